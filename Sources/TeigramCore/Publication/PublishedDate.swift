/// A date of a correspondence action as the TEI gives it: the W3C attributes, the certainty and the words.
public struct PublishedDate: Sendable, Equatable, Codable {
    /// `@when`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time.
    public var when: String?
    /// `@notBefore`.
    public var notBefore: String?
    /// `@notAfter`.
    public var notAfter: String?
    /// `@from`.
    public var from: String?
    /// `@to`.
    public var to: String?
    /// `@cert` (`high`, `medium`, `low`, `unknown`), absent when the date is certain.
    public var cert: String?
    /// The date as the source words it.
    public var text: String

    /// Creates a date.
    public init(
        when: String? = nil, notBefore: String? = nil, notAfter: String? = nil, from: String? = nil,
        to: String? = nil, cert: String? = nil, text: String = ""
    ) {
        self.when = when
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.from = from
        self.to = to
        self.cert = cert
        self.text = text
    }

    /// The ISO date a list sorts by: `when`, else the start of the range, else `nil`.
    public var sortKey: String? { when ?? from ?? notBefore }

    /// The day an authority identifier is chosen for (`YYYY[-MM[-DD]]` of ``sortKey``), `nil` when unknown.
    public var day: String? { isUnknown ? nil : sortKey.flatMap(CMIFWriter.cmifDay) }

    /// Whether the date says nothing: Teigram writes an undated telegram as the whole period with
    /// `cert="unknown"`.
    public var isUnknown: Bool { cert == "unknown" || (when == nil && from == nil && notBefore == nil && to == nil) }

    /// The date for a reader: the ISO value, a range, or the words when the date is unknown.
    public var display: String {
        if isUnknown { return "undated" }
        var value: String
        if let when {
            value = when
        } else if from != nil || to != nil {
            value = "\(from ?? "…")–\(to ?? "…")"
        } else {
            value = "\(notBefore ?? "…")–\(notAfter ?? "…")"
        }
        if let cert, cert != "high" { value += " (\(cert == "medium" ? "inferred" : "uncertain"))" }
        return value
    }
}
