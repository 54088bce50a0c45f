extension XML {
    /// A processing instruction of the prolog.
    public struct ProcessingInstruction: Sendable, Equatable {
        /// The target (`xml-model`).
        public var target: String
        /// The data after the target.
        public var data: String

        /// Creates a processing instruction.
        public init(target: String, data: String) {
            self.target = target
            self.data = data
        }
    }
}
