/// Builds a tree from events (used for the `teiHeader`, which is small).
public final class XMLTreeBuilder {
    private var open: [XML.Element] = []
    /// The root element once its end tag has come.
    public private(set) var finished: XML.Element?

    /// Creates an empty builder.
    public init() {}

    /// Adds one event to the tree.
    public func consume(_ event: XMLStreamEvent) {
        switch event {
        case .startElement(let element):
            open.append(
                XML.Element(
                    element.name, namespaceURI: element.namespaceURI, attributes: element.attributes, line: element.line
                ))
        case .endElement:
            guard let element = open.popLast() else { return }
            if open.isEmpty { finished = element } else { open[open.count - 1].children.append(.element(element)) }
        case .text(let text):
            guard !open.isEmpty else { return }
            open[open.count - 1].children.append(.text(text))
        }
    }
}
