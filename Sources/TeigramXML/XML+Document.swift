extension XML {
    /// A whole document: the processing instructions before the root and the root element.
    public struct Document: Sendable, Equatable {
        /// Processing instructions written before the root (`xml-model`, `xml-stylesheet`), in order.
        public var prolog: [XML.ProcessingInstruction]
        /// The root element.
        public var root: XML.Element
        /// The indentation the document is written with, if any: the tree then holds no indentation text, and
        /// ``laidOut()`` is the tree a parser builds from the written bytes.
        public var indentation: XMLIndentation?

        /// Creates a document.
        public init(prolog: [XML.ProcessingInstruction] = [], root: XML.Element, indentation: XMLIndentation? = nil) {
            self.prolog = prolog
            self.root = root
            self.indentation = indentation
        }
    }
}
