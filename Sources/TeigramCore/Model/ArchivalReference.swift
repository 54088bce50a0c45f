/// A reference to an archival unit: repository plus its fond/opis/delo/… parts.
public struct ArchivalReference: Sendable, Equatable {
    /// One part of a reference: its type and its value (`fond` `45`).
    public struct Part: Sendable, Equatable {
        /// One of `fond`, `opis`, `delo`, `papka`, `list`, or `reference` for a form the rules do not know,
        /// kept whole.
        public var type: String
        /// The value as cited (`45`, `335`, `XIX-J-1-j Korea, 2. doboz`).
        public var value: String

        /// Creates a part.
        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    /// Repository as cited ("AVP RF", "RGASPI").
    public var repository: String
    /// Parts in order.
    public var parts: [Part]
    /// The text of this reference.
    public var text: String
}
