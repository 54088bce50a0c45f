import CLibXML2

/// What the handler of ``XMLEventReader`` wants after an element start.
public enum XMLStreamControl: Sendable, Equatable {
    /// Report the element's content.
    case proceed
    /// Skip the element's content (no strings are made for it); its end is still reported.
    case skipContent
}
