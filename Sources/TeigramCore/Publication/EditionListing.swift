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
    /// The ids of the entries named in the text, each once, in order of first mention.
    var mentionedIDs: [String]
    /// The ids of the entries that send or receive one of its letters.
    var correspondentIDs: Set<String>

    init(_ telegram: PublishedTelegram) {
        id = telegram.id
        title = telegram.title
        letters = telegram.letters
        documentType = telegram.documentType
        classification = telegram.classification
        var seen: Set<String> = []
        mentionedIDs = telegram.mentions.compactMap { $0.name.entryID }.filter { seen.insert($0).inserted }
        correspondentIDs = telegram.correspondentIDs
    }

    /// The first letter, or an empty one.
    var mainLetter: PublishedLetter { letters.first ?? PublishedLetter() }

    /// The date the index shows and sorts by.
    var date: PublishedDate? { mainLetter.sent ?? mainLetter.received }

    /// The key the edition is ordered by: the ISO date, undated telegrams last ("9999").
    var dateSortKey: String { date.flatMap { $0.isUnknown ? nil : $0.sortKey } ?? "9999" }
}
