import Foundation

/// A token trie over folded names (case, diacritics, hyphens and spaces ignored). Lookup cost depends on
/// the length of the text and of the longest name, not on how many names there are.
public struct NameIndex: Sendable {
    /// What a matched name stands for.
    public struct Candidate: Sendable, Equatable {
        /// Entry id.
        public var id: String
        /// Entry kind.
        public var kind: AuthorityEntry.Kind
        /// The name's `@type` in the authority.
        public var nameType: String
        /// Generated (gazetteer) entry.
        public var isGenerated: Bool
        /// The entry's ``AuthorityEntry/earliestMentionYear``, kept here so the tagger does not look the
        /// entry up for every candidate of a name.
        public var earliestMentionYear: Int? = nil
        /// The name is one word of two or three capitals ("UN", "US"): an abbreviation, which names the entry
        /// only where the text writes it in capitals ("Un télégramme" is no United Nations).
        public var isShortAbbreviation = false
    }

    struct Node: Sendable {
        var children: [String: Int] = [:]
        var candidates: [Candidate] = []
    }

    private var nodes: [Node] = [Node()]
    /// One- and two-letter deletions of curated one-word place names → (name, entry id), for approximate
    /// spelling (a symmetric-delete index: lookup cost does not grow with the number of names).
    private var placeDeletions: [String: [(name: String, id: String)]] = [:]
    /// The entries of `placeDeletions` whose key is ASCII of at most ``PackedASCII/capacity`` bytes, by
    /// packed key: an ASCII word's deletions are looked up without making a string of each.
    private var packedPlaceDeletions: [PackedASCII: [(name: String, id: String)]] = [:]
    /// Whether the canonical decomposition of a name indexed for approximate matching holds a scalar of the
    /// Cyrillic block (see ``hasMoreCyrillicCharacters(_:than:)``).
    private var approximateNamesHaveCyrillic = false
    /// Every key of `packedPlaceDeletions`, for a test cheaper than the dictionary's lookup.
    private var packedKeyFilter = PackedKeyFilter()

    /// Number of names indexed.
    public private(set) var count = 0

    /// Creates an empty index.
    public init() {}

    /// Adds one name of an entry; a Russian name also with the oblique cases of its last word, a Russian
    /// place's or institution's adjective and noun with those of both (``RussianInflection``), and a German
    /// institution's adjectives and noun in their declined forms (``GermanInflection``).
    /// A person's name that an honorific or a rank opens ("Dr. Subandrio", "Mrs. Thatcher", "Marshal Pétain")
    /// is indexed without it: a text's title is no part of the name it tags, and the tagger finds the title
    /// as evidence before the name.
    mutating func add(name: String, type: String, entry: AuthorityEntry) {
        var tokens = NameTokenizer.tokens(of: name).map(\.folded)
        // The honorifics open with c, d, f, g, h or m and have eight letters at most: the bytes decide for most
        // of the authority's names before a word is hashed.
        if entry.kind == .person, tokens.count > 1, let first = tokens.first, first.utf8.count <= 8,
            let lead = first.utf8.first, Self.honorificLeads.contains(lead), Self.honorificsBeforeNames.contains(first)
        {
            tokens.removeFirst()
        }
        guard !tokens.isEmpty else { return }
        if tokens.count == 1, (2...3).contains(name.count), name.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            insert(tokens, type: type, entry: entry, isShortAbbreviation: true)
            return
        }
        insert(tokens, type: type, entry: entry)
        // Russian declines a name's last word ("Мао Цзэдуна", "с Гэ Баоцюанем"): its forms are indexed too.
        if let word = tokens.last {
            for form in RussianInflection.formsByScalars(of: word, isPersonName: entry.kind == .person) {
                insert(tokens.dropLast() + [form], type: type, entry: entry)
            }
        }
        // An adjective and a noun decline together ("Советского Союза", "Соединенными Штатами").
        if entry.kind != .person {
            for form in RussianInflection.phraseForms(of: tokens) { insert(form, type: type, entry: entry) }
            // German declines an institution's adjectives and noun too ("des Politischen Departements").
            for form in GermanInflection.phraseForms(of: tokens) { insert(form, type: type, entry: entry) }
        }
    }

    /// Honorifics and ranks an authority's variant may write before a person's name, as folded tokens.
    static let honorificsBeforeNames: Set<String> = [
        "dr", "mr", "mrs", "ms", "miss", "mme", "monsieur", "herr", "frau", "gen", "general", "marshal", "comrade",
        "cde",
    ]

    /// The first bytes of ``honorificsBeforeNames``.
    static let honorificLeads: [UInt8] = Array("cdfghm".utf8)

    private mutating func insert(
        _ tokens: [String], type: String, entry: AuthorityEntry, isShortAbbreviation: Bool = false
    ) {
        var node = 0
        for token in tokens {
            // One hash of the token: its slot is found, or made holding the node about to be appended.
            let fresh = nodes.count
            var isNew = false
            node = Self.slotValue(&nodes[node].children[token, default: -1], fresh: fresh, isNew: &isNew)
            if isNew { nodes.append(Node()) }
        }
        let candidate = Candidate(
            id: entry.id, kind: entry.kind, nameType: type, isGenerated: entry.isGenerated,
            earliestMentionYear: entry.earliestMentionYear, isShortAbbreviation: isShortAbbreviation)
        if !nodes[node].candidates.contains(candidate) {
            nodes[node].candidates.append(candidate)
            count += 1
        }
    }

    /// The node a child slot holds; an empty slot (-1) is given `fresh`, and `isNew` says so.
    private static func slotValue(_ slot: inout Int, fresh: Int, isNew: inout Bool) -> Int {
        if slot < 0 {
            slot = fresh
            isNew = true
        }
        return slot
    }

    /// Makes room for about `count` first words of names, so that the root's table is not rehashed
    /// (every Cyrillic key hashed again) as it grows.
    mutating func reserveFirstWords(_ count: Int) {
        nodes[0].children.reserveCapacity(count)
    }

    /// Indexes a curated one-word place name for approximate matching.
    mutating func addApproximatePlace(_ name: String, id: String) {
        let tokens = NameTokenizer.tokens(of: name).map(\.folded)
        guard tokens.count == 1, let word = tokens.first, word.count >= 6 else { return }
        if word.decomposedStringWithCanonicalMapping.unicodeScalars.contains(where: Self.isCyrillicBlock) {
            approximateNamesHaveCyrillic = true
        }
        for variant in Self.deletions(of: word, depth: 2) {
            if !(placeDeletions[variant]?.contains { $0.id == id && $0.name == word } ?? false) {
                placeDeletions[variant, default: []].append((word, id))
                if let key = PackedASCII(variant) {
                    packedPlaceDeletions[key] = placeDeletions[variant]
                    packedKeyFilter.insert(key)
                }
            }
        }
    }

    /// The one curated place whose name is within one edit (two for words of seven letters or more) of
    /// `word` and begins with its letter, excluding names that `word` merely extends or shortens ("Korean",
    /// "Korea").
    func approximatePlace(_ word: String) -> String? {
        // No variant of a word that keeps a Cyrillic letter can be a key made from Latin names (at most two
        // letters are deleted).
        if !approximateNamesHaveCyrillic, Self.hasMoreCyrillicCharacters(word, than: 2) { return nil }
        return approximatePlace(word, filtered: true)
    }

    /// ``approximatePlace(_:)`` without its filters: the general code, which looks every variant up.
    func unfilteredApproximatePlace(_ word: String) -> String? {
        approximatePlace(word, filtered: false)
    }

    /// The lookup of ``approximatePlace(_:)``; `filtered`: a packed variant ``packedKeyFilter`` does not
    /// hold is not looked up (it is no key).
    private func approximatePlace(_ word: String, filtered: Bool) -> String? {
        guard !placeDeletions.isEmpty else { return nil }
        let packed = PackedASCII(word)
        // An ASCII word has one character a byte.
        let limit = (packed != nil ? word.utf8.count : word.count) >= 7 ? 2 : 1
        var found: Set<String> = []
        func consider(_ candidates: [(name: String, id: String)]) {
            for candidate in candidates where !found.contains(candidate.id) {
                if candidate.name.hasPrefix(word) || word.hasPrefix(candidate.name) { continue }
                // A misspelling keeps the name's first letter: "Änderung" is no "Dandong", "Italien" no "Dalian".
                if candidate.name.unicodeScalars.first != word.unicodeScalars.first { continue }
                if Self.editDistance(word, candidate.name) <= limit { found.insert(candidate.id) }
            }
        }
        if packed != nil {
            // The same variants as `deletions(of:depth:)`, packed (repeats only repeat a lookup).
            PackedASCII.forEachDeletion(of: Array(word.utf8), depth: limit) { key in
                if filtered, !packedKeyFilter.mayContain(key) { return }
                if let candidates = packedPlaceDeletions[key] { consider(candidates) }
            }
        } else {
            for variant in Self.deletions(of: word, depth: limit) {
                consider(placeDeletions[variant] ?? [])
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// `word` and every string made by deleting up to `depth` of its Characters.
    static func deletions(of word: String, depth: Int) -> Set<String> {
        if word.hasOneScalarPerCharacter { return scalarDeletions(of: word, depth: depth) }
        return characterDeletions(of: word, depth: depth)
    }

    /// ``deletions(of:depth:)`` by Characters: the general code.
    static func characterDeletions(of word: String, depth: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<depth {
            var next: Set<String> = []
            for item in frontier {
                let characters = Array(item)
                for index in characters.indices {
                    var copy = characters
                    copy.remove(at: index)
                    next.insert(String(copy))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }

    /// The longest name starting at `tokens[start]`: how many tokens it spans and its candidates.
    public func longestMatch(in tokens: [NameTokenizer.Token], from start: Int) -> (
        length: Int, candidates: [Candidate]
    )? {
        var node = 0
        var best: (Int, [Candidate])?
        var index = start
        while index < tokens.count, let next = nodes[node].children[tokens[index].folded] {
            node = next
            index += 1
            if !nodes[node].candidates.isEmpty { best = (index - start, nodes[node].candidates) }
        }
        return best
    }
}
