import Foundation

/// The edition's registers: every entry that a telegram carries, with the telegrams in which it is a
/// correspondent (sender or recipient of a letter) kept apart from those that only mention it.
struct EditionRegister: Sendable {
    /// Where an entry is used: indexes into the listings, in edition order, each once.
    struct Uses: Sendable {
        var correspondentIn: [Int] = []
        var mentionedIn: [Int] = []
        /// Telegrams sent from or received at this place.
        var placeOfLetterIn: [Int] = []
    }

    /// Entries by id (the first telegram's copy of an entry wins: they are copies of one authority entry).
    private(set) var entries: [String: PublishedEntry] = [:]
    /// Uses by entry id.
    private(set) var uses: [String: Uses] = [:]

    /// Adds the entries a telegram carries (an id already known keeps its first copy).
    mutating func add(entries carried: [PublishedEntry]) {
        for entry in carried where entries[entry.id] == nil { entries[entry.id] = entry }
    }

    /// Records where the telegram at `index` of the edition's listings uses the entries; its entries must have
    /// been added with ``add(entries:)``.
    mutating func add(_ listing: EditionListing, at index: Int) {
        for id in listing.correspondentIDs.sorted() where entries[id] != nil {
            uses[id, default: Uses()].correspondentIn.append(index)
        }
        var places: Set<String> = []
        for letter in listing.letters {
            for place in letter.origins + letter.destinations { if let id = place.entryID { places.insert(id) } }
        }
        for id in places.sorted() where entries[id] != nil { uses[id, default: Uses()].placeOfLetterIn.append(index) }
        for id in listing.mentionedIDs where entries[id] != nil { uses[id, default: Uses()].mentionedIn.append(index) }
    }

    /// The entries of one kind, ordered by name (case- and accent-insensitive), then id.
    func entries(of kind: PublishedName.Kind) -> [PublishedEntry] {
        // Each key is folded once: folding is the costly part (Unicode decomposition).
        entries.values.filter { $0.kind == kind }.map { (key: Self.sortKey($0.name), entry: $0) }.sorted {
            $0.key != $1.key ? $0.key < $1.key : $0.entry.id < $1.entry.id
        }.map(\.entry)
    }

    /// A name folded for sorting.
    static func sortKey(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark
                }))
    }
}
