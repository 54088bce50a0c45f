/// Where a text stands, which decides what an unknown capitalised name is likely to be.
public enum TaggingContext: Sendable, Equatable {
    /// Running text: only titled unknown names ("Comrade X") are tagged.
    case prose
    /// A signature line: unknown capitalised names are the signatories.
    case signature
    /// A dispatch or distribution line ("Typed by X", "Copy Nº 2 to X", "Copies: X (2), Y"): the names
    /// after "by"/"to" and in the list are clerks and recipients.
    case dispatch
    /// A cable's routing or page-header line ("FM AMEMBASSY MOSCOW", "TO SECSTATE WASHDC", "PAGE 02 MOSCOW
    /// 30317 090657Z", "TAGS: PFOR, UR"): no names are tagged; the correspondents it names are recorded in
    /// the header's `correspDesc`.
    case routing

    /// `.routing` for a line that opens with a cable's routing or page-header field, else `nil`. The first
    /// word is looked up before the expression runs (most lines open with another word).
    public static func routing(for line: String) -> TaggingContext? {
        guard let first = line.utf8.first, first >= 0x41, first <= 0x5A else { return nil }
        let word = line.utf8.prefix { $0 != 0x20 && $0 != 0x3A && $0 != 0x0A }
        guard word.count <= 10, routingWords.contains(String(decoding: word, as: UTF8.self)) else { return nil }
        return line.matches(
            #"^(?:FM|TO|INFO|XMT|PAGE\s+\d+|E\.\s?O\.|TAGS:|REF:|ACTION\s|DRAFTED\s+BY|APPROVED\s+BY|CLEARANCES?:|DISTR?:|SIG\s|(?:[OPRZ]{1,2}\s+){1,3}\d{6}\s?Z)\b"#
        ) ? .routing : nil
    }

    /// First words of the fields ``routing(for:)`` knows.
    static let routingWords: Set<String> = [
        "FM", "TO", "INFO", "XMT", "PAGE", "E.O.", "E.", "TAGS", "REF", "ACTION", "DRAFTED", "APPROVED", "CLEARANCE",
        "CLEARANCES", "DIST", "DISTR", "SIG", "O", "P", "R", "Z",
    ]

}
