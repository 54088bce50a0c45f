import Foundation

/// The edition's registers: every entry that a telegram carries, with the telegrams in which it is a
/// correspondent (sender or recipient of a letter) kept apart from those that only mention it.
///
/// Entries are keyed by kind and id. An authority id is one entry everywhere; a provisional id is made per
/// telegram from the name's spelling, so one telegram's `prov.politburo` may be a person and another's an
/// organisation: they are two entries of two registers, never one entry with the other's uses. Provisional
/// entries of one kind and id from several telegrams are one register entry (the same spelling, marked
/// provisional: no identity is claimed beyond it).
struct EditionRegister: Sendable {
    /// What an entry is keyed by.
    struct Key: Hashable, Sendable {
        var kind: PublishedName.Kind
        var id: String
    }

    /// Where an entry is used: indexes into the listings, in edition order, each once.
    struct Uses: Sendable {
        var correspondentIn: [Int] = []
        var mentionedIn: [Int] = []
        /// Telegrams sent from or received at this place.
        var placeOfLetterIn: [Int] = []
    }

    /// Entries by kind and id (the first telegram's copy of an entry wins: they are copies of one entry).
    private(set) var entries: [Key: PublishedEntry] = [:]
    /// Uses by entry.
    private var uses: [Key: Uses] = [:]

    /// Adds the entries a telegram carries (a key already known keeps its first copy).
    mutating func add(entries carried: [PublishedEntry]) {
        for entry in carried {
            let key = Key(kind: entry.kind, id: entry.id)
            if entries[key] == nil { entries[key] = entry }
        }
    }

    /// Records where the telegram at `index` of the edition's listings uses the entries; its entries must have
    /// been added with ``add(entries:)``.
    mutating func add(_ listing: EditionListing, at index: Int) {
        for key in listing.correspondentKeys where entries[key] != nil {
            uses[key, default: Uses()].correspondentIn.append(index)
        }
        var places: [Key] = []
        for letter in listing.letters {
            for place in letter.origins + letter.destinations {
                if let key = listing.key(of: place), !places.contains(key) { places.append(key) }
            }
        }
        for key in places where entries[key] != nil { uses[key, default: Uses()].placeOfLetterIn.append(index) }
        for key in listing.mentionedKeys where entries[key] != nil {
            uses[key, default: Uses()].mentionedIn.append(index)
        }
    }

    /// The entry a name of `listing` links to, `nil` when it is unlinked or its entry is in no register.
    func entry(of name: PublishedName, in listing: EditionListing) -> PublishedEntry? {
        listing.key(of: name).flatMap { entries[$0] }
    }

    /// Where `entry` is used.
    func uses(of entry: PublishedEntry) -> Uses {
        uses[Key(kind: entry.kind, id: entry.id)] ?? Uses()
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
