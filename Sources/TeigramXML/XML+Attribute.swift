extension XML {
    /// One attribute, by qualified name (`xml:id`, `ref`).
    public struct Attribute: Sendable, Equatable {
        /// The qualified name.
        public var name: String
        /// The unescaped value.
        public var value: String

        /// Creates an attribute.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }
}
