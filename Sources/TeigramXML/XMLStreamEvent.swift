import CLibXML2

/// What ``XMLEventReader`` reports, in document order. Comments and processing instructions are not reported.
public enum XMLStreamEvent: Sendable, Equatable {
    /// An element starts (an empty element gives a start and an end).
    case startElement(XMLStreamElement)
    /// The innermost open element ends.
    case endElement
    /// Character data (text or CDATA), unescaped; one text run may arrive in several pieces.
    case text(String)
}
