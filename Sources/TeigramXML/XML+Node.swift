extension XML {
    /// A node of an ``XML.Element``'s content.
    public enum Node: Sendable, Equatable {
        /// A child element.
        case element(XML.Element)
        /// Character data (unescaped).
        case text(String)
        /// A comment.
        case comment(String)
        /// A processing instruction inside the element.
        case processingInstruction(target: String, data: String)
    }
}
