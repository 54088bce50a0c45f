/// What the edition keeps of one telegram once its own page and record are written: enough for the index,
/// the registers, CMIF and GeoJSON. Small, so that publishing holds one of these per telegram and never
/// the texts; the entries the telegram carries go to the ``EditionRegister`` once.
struct EditionListing: Sendable {
    /// The telegram's id.
    var id: String
    /// Its title.
    var title: String
    /// Its acts of correspondence.
    var letters: [PublishedLetter]
    /// Its document type and classification, for the index.
    var documentType: String?
    var classification: [String]
    /// The entries named in the text, each once, in order of first mention.
    var mentionedKeys: [EditionRegister.Key]
    /// The entries that send or receive one of its letters, ordered by kind and id.
    var correspondentKeys: [EditionRegister.Key]
    /// The kind of each entry the telegram carries, by id (ids are unique within one telegram).
    private var kindOfEntry: [String: PublishedName.Kind]

    init(_ telegram: PublishedTelegram) {
        id = telegram.id
        title = telegram.title
        letters = telegram.letters
        documentType = telegram.documentType
        classification = telegram.classification
        kindOfEntry = [:]
        for entry in telegram.entries where kindOfEntry[entry.id] == nil { kindOfEntry[entry.id] = entry.kind }
        mentionedKeys = []
        correspondentKeys = []
        var seen: Set<EditionRegister.Key> = []
        mentionedKeys = telegram.mentions.compactMap { key(of: $0.name) }.filter { seen.insert($0).inserted }
        var correspondents: Set<EditionRegister.Key> = []
        for letter in telegram.letters {
            for name in letter.senders + letter.recipients {
                if let key = key(of: name) { correspondents.insert(key) }
            }
        }
        correspondentKeys = correspondents.sorted {
            $0.kind != $1.kind ? $0.kind.rawValue < $1.kind.rawValue : $0.id < $1.id
        }
    }

    /// The register key of the entry `name` links to: the telegram's own entry of that id, or, for an id the
    /// telegram carries no entry of (a reference into another file), the name's kind.
    func key(of name: PublishedName) -> EditionRegister.Key? {
        name.entryID.map { EditionRegister.Key(kind: kindOfEntry[$0] ?? name.kind, id: $0) }
    }

    /// The first letter, or an empty one.
    var mainLetter: PublishedLetter { letters.first ?? PublishedLetter() }

    /// The date the index shows and sorts by.
    var date: PublishedDate? { mainLetter.sent ?? mainLetter.received }

    /// The key the edition is ordered by: the ISO date, undated telegrams last ("9999").
    var dateSortKey: String { date.flatMap { $0.isUnknown ? nil : $0.sortKey } ?? "9999" }
}
