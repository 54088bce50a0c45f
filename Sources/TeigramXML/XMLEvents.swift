/// Events from a tree, so that trees and streams render through the same code.
public enum XMLEvents {
    /// Emits the events of `node`. An element without a namespace URI takes its parent's (trees built by the
    /// encoder give the namespace on the root only).
    public static func emit(_ node: XML.Node, inheritedNamespace: String?, to handler: (XMLStreamEvent) -> Void) {
        switch node {
        case .element(let element):
            let namespace = element.namespaceURI ?? inheritedNamespace
            handler(
                .startElement(
                    XMLStreamElement(
                        name: element.name, localName: element.localName, namespaceURI: namespace,
                        attributes: element.attributes, line: element.line)))
            for child in element.children { emit(child, inheritedNamespace: namespace, to: handler) }
            handler(.endElement)
        case .text(let text):
            handler(.text(text))
        case .comment, .processingInstruction:
            break
        }
    }
}
