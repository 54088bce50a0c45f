/// One act of correspondence (`correspDesc`): a telegram page may hold several (embedded letters,
/// bulletin pages with more than one document).
public struct PublishedLetter: Sendable, Equatable {
    /// Who sent it: persons and organisations (an office that sends and the person who signs).
    public var senders: [PublishedName] = []
    /// Where it was sent from.
    public var origins: [PublishedName] = []
    /// When it was sent.
    public var sent: PublishedDate?
    /// Who received it (every addressee).
    public var recipients: [PublishedName] = []
    /// Where it was received.
    public var destinations: [PublishedName] = []
    /// When it was received.
    public var received: PublishedDate?
    /// Who passed it on (`correspAction type="transmitted"`).
    public var transmitters: [PublishedName] = []
    /// The telegram number the sender gave it.
    public var number: String?
    /// The `xml:id` of the part of the text that holds this letter (`correspDesc/@corresp`), if any.
    public var textPart: String?

    /// Creates an empty letter.
    public init() {}

    /// The sender's names for a list, joined.
    public var senderLine: String { senders.map(\.text).joined(separator: "; ") }
    /// The recipients' names for a list, joined.
    public var recipientLine: String { recipients.map(\.text).joined(separator: "; ") }
    /// The places of origin for a list, joined.
    public var originLine: String { origins.map(\.text).joined(separator: "; ") }
}
