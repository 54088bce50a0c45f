/// What a line of an opener or closer is.
public enum FrameLineKind: String, Sendable, Equatable {
    /// "Strictly Secret", "Cypher.", "(Top Secret)".
    case classification
    /// "Copying Prohibited", "Making copies is forbidden".
    case handling
    /// "From Pyongyang", "FROM THE EMBASSY IN HAVANA".
    case origin
    /// "To Vyshinsky.", "to FILIPPOV [Stalin]".
    case address
    /// "Comrade Stalin!", "Com[rade] Filippov [Stalin]:".
    case salute
    /// "CABLE Nº 59363", "No. 1443", "Special No. 62".
    case number
    /// "Copy Nº: 1 to Cde. Stalin", "Copies: Stalin (2), …", "Distribution list …".
    case copies
    /// "Sent by wire on …", "Received in Moscow …", "Deciphered by …", "Printed by …", "received at 2300 …".
    case transmission
    /// A line that is only a date (and time).
    case date
    /// A line wholly in brackets: stamp, handwritten remark, letterhead, translator's note.
    case bracketed
    /// The signature: a name, possibly with a date or number.
    case signature
    /// A line of the address block or a heading the rules do not know more about.
    case heading
    /// "——————".
    case separator
    /// "x/ Pseudonym I.V. Stalin." — a footnote keyed to a mark in the text.
    case footnote
    /// A prose paragraph standing after the signature (a reference note, "Spravka: …").
    case postscript
}
