/// Per-document state of the tagger: which entries were met (so a later surname alone can link to
/// them), and what was found.
public struct TaggingState: Sendable {
    /// Ids met so far, in order of first mention.
    public private(set) var mentionedIDs: [String] = []
    /// Number of mentions tagged, linked or not.
    public private(set) var mentionCount = 0
    /// Names tagged without a link.
    public private(set) var unresolved: [UnresolvedName] = []
    private var mentionedSet: Set<String> = []
    /// Names met in this document that the authority does not know (an unresolved correspondent, a
    /// signatory): folded tokens → kind. Later mentions of them are tagged too.
    private(set) var localNames: [[String]: AuthorityEntry.Kind] = [:]
    /// The first word of every key of ``localNames``: a run of tokens whose first is not among them is
    /// no local name, which one lookup of a word tells (instead of one of an array for each length).
    private(set) var localNameFirstWords: Set<String> = []

    /// The year the document was written (its date's year), when known: an authority entry whose dates
    /// exclude it is no candidate for a name (``AuthorityEntry/lifeYears``), and a generated person's surname
    /// alone links only inside the entry's ``AuthorityEntry/floruitYears``.
    public var documentYear: Int?
    /// The BCP 47 tag of the text's language (``TextLanguage``): French writes "M." for "Monsieur" before
    /// a surname, which in English text is an initial.
    public var textLanguage = "en"

    /// Creates an empty state for a document of `documentYear` (`nil`: unknown).
    public init(documentYear: Int? = nil) {
        self.documentYear = documentYear
    }

    /// Remembers an unknown name of this document so its later mentions are tagged.
    mutating func registerLocalName(_ tokens: [String], kind: AuthorityEntry.Kind) {
        guard !tokens.isEmpty, tokens.count <= 4 else { return }
        localNames[tokens] = kind
        localNameFirstWords.insert(tokens[0])
        if tokens.count == 1, let word = tokens.first, RussianInflection.isCyrillic(word) {
            localStems[RussianInflection.stem(word)] = kind
        }
    }

    /// Remembers an unknown person of this document: the whole name (folded words), and its last word alone
    /// when that is a surname (three letters or more, no given name), so that "Drożniak" is found after
    /// "Edward Drożniak".
    mutating func registerLocalPerson(_ words: [String]) {
        registerLocalName(words, kind: .person)
        if let surname = words.last, surname.count >= 3, !GivenNames.contains(surname) {
            registerLocalName([surname], kind: .person)
        }
    }

    /// Stems of this document's one-word Russian names, so that "Сталину" is found after "Сталин".
    private(set) var localStems: [String: AuthorityEntry.Kind] = [:]

    mutating func record(_ mention: EntityMention, units: [UInt16]) {
        mentionCount += 1
        if let ref = mention.ref {
            if mentionedSet.insert(ref).inserted { mentionedIDs.append(ref) }
        } else {
            let range = writtenRange(of: mention, units: units)
            unresolved.append(
                UnresolvedName(
                    name: UTF16Text.string(units[range]), context: EntityTagger.sentence(around: range, in: units)))
        }
    }

    /// The range of an unlinked mention's name as it will be written: a person's with the boundaries
    /// ``EntityTagger/personNameRange(_:units:textLanguage:)`` gives it ("В.М. Молотова", "Bang Jong-gap"),
    /// another's as tagged. The one home of the name ``record(_:units:)`` adds to the review report and
    /// ``replace(_:with:idsMetBefore:kept:units:)`` takes out of it.
    private func writtenRange(of mention: EntityMention, units: [UInt16]) -> Range<Int> {
        mention.kind == .person
            ? EntityTagger.personNameRange(mention.range, units: units, textLanguage: textLanguage) : mention.range
    }

    func hasMentioned(_ id: String) -> Bool { mentionedSet.contains(id) }

    /// Provisional entries of this document, by id, in order of creation: persons and organisations
    /// named in it that the authority does not know.
    public private(set) var provisional: [ProvisionalEntry] = []
    private var provisionalIndex: [String: Int] = [:]

    /// The id of the provisional entry for a person or organisation the authority does not know, made on
    /// first use: `prov.` and the name's folded form. A person's one-word name joins the entry of a longer
    /// name of this document that ends or starts with it ("Drożniak" after "Edward Drożniak"), a longer
    /// name joins an entry made for its last word, and a name whose initials agree with another's
    /// (``initialsAgree(_:_:)``: "B. VERESHCHAGIN" after "B.N. Vereshchagin") joins it.
    public mutating func provisionalID(name: String, kind: AuthorityEntry.Kind) -> String {
        let display = collapseWhitespace(name)
        // The tokenizer's folding (cached) rather than Foundation's: a Russian word is reduced to its stem.
        // A scan's "3" for the initial "З" ("Я. 3. Сурицу") keys the name as its letter would.
        let words = NameTokenizer.tokens(of: RussianHeading.withScannedInitialsRepaired(display)).map {
            RussianInflection.stem($0.folded)
        }
        guard !words.isEmpty else { return ProvisionalEntry.id(for: [display]) }
        var index: Int?
        if kind == .person, let last = words.last {
            if words.count == 1 {
                index = provisional.firstIndex {
                    $0.kind == .person && ($0.keyWords.last == last || $0.keyWords.first == last)
                }
            } else {
                index = provisional.firstIndex {
                    $0.kind == .person
                        && ($0.keyWords == words || $0.keyWords == [last] || Self.initialsAgree($0.keyWords, words))
                }
            }
        } else {
            index = provisional.firstIndex { $0.kind == kind && $0.keyWords == words }
        }
        if let index {
            provisional[index].add(display, keyWords: words)
            return provisional[index].id
        }
        var id = ProvisionalEntry.id(for: words)
        if provisionalIndex[id] != nil { id += "-" + String(provisional.count + 1) }
        provisionalIndex[id] = provisional.count
        provisional.append(ProvisionalEntry(id: id, kind: kind, names: [display], keyWords: words))
        return id
    }

    /// The provisional entry of `id`, if this document made one.
    func provisionalEntry(_ id: String) -> ProvisionalEntry? {
        provisionalIndex[id].map { provisional[$0] }
    }

    /// Whether two persons' names (words in the tokenizer's folding) name one person by their initials: both
    /// have a word before the same last word, and the words before it in one are initials, each the first
    /// letter of the other's word in the same place ("B. VERESHCHAGIN" and "B.N. Vereshchagin"; "B. N. Smith"
    /// and "Boris Smith" do not agree, nor "A. Smith" and "B. Smith").
    static func initialsAgree(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, a.last == b.last, a != b else { return false }
        func stand(_ initials: ArraySlice<String>, for words: ArraySlice<String>) -> Bool {
            initials.count <= words.count && initials.allSatisfy { $0.count == 1 }
                && zip(initials, words).allSatisfy { initial, word in word.first.map(String.init) == initial }
        }
        return stand(a.dropLast(), for: b.dropLast()) || stand(b.dropLast(), for: a.dropLast())
    }

    /// Takes back what ``record(_:units:)`` noted of `parts`, found in one text and now written as the one
    /// mention `joined` (``EntityTagger/joinPersonParts(_:units:blocked:idsMetBefore:state:)``), records
    /// `joined`, and remembers its words as a person of this document. A part's id stays met when the
    /// document met it before the text (its index below `idsMetBefore`) or a mention of `kept` (the text's
    /// mentions now) holds it.
    mutating func replace(
        _ parts: [EntityMention], with joined: EntityMention, idsMetBefore: Int, kept: [EntityMention],
        units: [UInt16]
    ) {
        for part in parts {
            mentionCount -= 1
            if let ref = part.ref {
                guard !kept.contains(where: { $0.ref == ref }),
                    let index = mentionedIDs.lastIndex(of: ref), index >= idsMetBefore
                else { continue }
                mentionedIDs.remove(at: index)
                mentionedSet.remove(ref)
            } else {
                let name = UnresolvedName.oneLine(UTF16Text.string(units[writtenRange(of: part, units: units)]))
                if let index = unresolved.lastIndex(where: { $0.name == name }) { unresolved.remove(at: index) }
            }
        }
        record(joined, units: units)
        registerLocalPerson(
            NameTokenizer.tokens(of: Array(units[joined.range])).filter { $0.folded.count > 1 }.map(\.folded))
    }

    /// Records a link made outside the text (an editor's sidecar), so the entry goes into the standOff.
    mutating func recordReference(_ id: String) {
        if mentionedSet.insert(id).inserted { mentionedIDs.append(id) }
    }
}
