import TeigramXML

/// Text of header elements for publication.
enum PublishedText {
    /// An element's character data on one line, runs of white space collapsed.
    static func flat(_ element: XML.Element) -> String {
        collapseWhitespace(element.textContent)
    }
}
