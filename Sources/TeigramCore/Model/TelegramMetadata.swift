import Foundation

/// Header facts read from a page: correspondents, date, origin, classification, people responsible,
/// archival references. Each may be overridden by an editor's sidecar (``Sidecar``).
public struct TelegramMetadata: Sendable, Equatable {
    /// The title as given by the archive.
    public var title: String = ""
    /// The kind of document ("Ciphered Telegram", "Cable", "Report").
    public var documentKind: String?
    /// Who sent it, as written ("Shtykov", "Soviet Representative Aleksei Ignatieff in Pyongyang").
    public var sender: String?
    /// Who received it, as written.
    public var recipient: String?
    /// Through whom it went ("[via Kovalev]").
    public var intermediary: String?
    /// Date sent.
    public var date: RecognizedDate?
    /// The text the date was read from.
    public var dateText: String?
    /// Date of receipt, from a line like "received at 2300 23 October 1949" or "Received in Moscow on 10/14/50".
    public var receivedDate: RecognizedDate?
    /// The text the receipt date was read from.
    public var receivedDateText: String?
    /// Place of origin as written ("Pyongyang", "PEKING").
    public var origin: String?
    /// Classification and handling terms.
    public var classification: [String] = []
    /// Translators named in the citation.
    public var translators: [String] = []
    /// Contributors named in the citation.
    public var contributors: [String] = []
    /// Archival references parsed from the citation.
    public var archivalReferences: [ArchivalReference] = []
    /// For a page holding several documents: each document's own correspondents and date, in order.
    public var parts: [TelegramMetadata] = []
    /// The sender as the header records it: person, office, place (see ``CorrespondentReader``). When the
    /// phrase names several senders, the first of them; the place the phrase names is this one's.
    public var senderParts = Correspondent()
    /// The senders a phrase names after the first, in order ("Kuznetsov and Fedorenko in Pyongyang": Fedorenko).
    /// Empty for a telegram with one sender; a signature, a sender line or a dispatch line completes only
    /// ``senderParts``.
    public var jointSenders: [Correspondent] = []
    /// Every sender the header records, in order: ``senderParts``, then ``jointSenders``.
    public var senders: [Correspondent] { [senderParts] + jointSenders }
    /// Each addressee as the header records it.
    public var recipientParts: [Correspondent] = []
    /// The person an address line above the text names ("To Comrade Fijalkowski"), or the office a form's
    /// addressee field names ("To: the Ministry of Foreign Affairs, Second Direction"), when the title's one
    /// addressee is a lone name that may be a place ("From Beijing to Warsaw"): the writer, which knows the
    /// places, makes it the recipient when the title's addressee is one.
    public var addresseeLine: Correspondent?
    /// The sender a line or field other than the title names ("From Apostol M. Apostolov" below the
    /// title's embassy; "From: Pyongyang" in a form whose title named the sender): a person there is the
    /// office's signatory, and a lone name the writer finds to be a place is the place of dispatch.
    public var senderLine: Correspondent?
    /// The lines of the signature block, in order: the first signature line, and when it names a role
    /// the signature lines below it (bracketed remarks such as "[signature]" left out). Empty when the
    /// document has no signature line.
    public var signature: [SignatureLine] = []
    /// The telegram's own number ("3175", "12768"), from a title, heading or routing line.
    public var number: String?
    /// Whether ``origin`` was inferred from the sender's phrase ("Embassy in X") rather than stated as the
    /// place of dispatch; such an origin is kept only when it names a place smaller than a country.
    public var originIsInferred = false
    /// Where the telegram was received, when the source states it.
    public var receivedPlace: String?
    /// A FRUS page's Department of State decimal file number ("860h.00/11–1945").
    public var fileNumber: String?
    /// The address of the online copy the text was taken from (sidecar `source-url`).
    public var sourceURL: String?
    /// Who publishes the online copy (sidecar `source`).
    public var sourcePublisher: String?
    /// The original's archival reference as an editor recorded it (sidecar `archival-citation`), for pages
    /// whose text does not give it.
    public var archivalCitation: String?
    /// BCP 47 tag of the original's language (sidecar `language`).
    public var originalLanguage: String?
    /// BCP 47 tag of the language the text is published in (``TextLanguage``, from the body).
    public var textLanguage = "en"
    /// Authority ids forced by the sidecar.
    public var senderRef: String?
    /// Authority id of the recipient forced by the sidecar.
    public var recipientRef: String?
    /// Authority id of the origin forced by the sidecar.
    public var originRef: String?

    /// Records `name` as the person who signs for the sender, named with a title or in a form's line of
    /// its own ("Mr. Fry", "Comrade Olszowski relays the following:"); the sender too when nothing named
    /// one.
    mutating func setSigningSender(_ name: String) {
        senderParts.person = name
        senderParts.isTitled = true
        if sender == nil { sender = name }
    }

    /// Adds a classification or handling term unless the list has it already in any letter case (a cable
    /// repeats its classification at every page break). A term that only names the kind of document
    /// ("CIPHER TELEGRAM", "Cypher") is no classification and is left out.
    public mutating func addClassification(_ term: String) {
        let words = term.lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, !words.allSatisfy({ Self.documentKindWords.contains(String($0)) }) else { return }
        if !classification.contains(where: { $0.caseInsensitiveCompare(term) == .orderedSame }) {
            classification.append(term)
        }
    }

    /// Words that name the kind of a document, not its classification.
    static let documentKindWords: Set<String> = [
        "cipher", "cypher", "ciphered", "coded", "telegram", "cable", "ciphergram", "cryptogram",
    ]
}
