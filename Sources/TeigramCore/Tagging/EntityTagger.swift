/// Tags persons, places and organisations by longest match against the authority, with the rules of
/// `docs/TEI-ENCODING.md`: case, hyphen/space and diacritic variants match; a match never starts or ends
/// inside a word and must start with a capital; a surname alone links to the person last met in the same
/// document, or to the only person with that surname; titled names not in the authority ("Comrade X",
/// "Ambassador X") are tagged without a link and reported.
public struct EntityTagger: Sendable {
    /// The authority.
    public let authority: Authority

    /// Creates a tagger.
    /// Ordinary English words (``EnglishWords``), read when the tagger is made: a cost of start-up, not of
    /// the first document that needs them.
    let englishWords: Set<String>

    public init(authority: Authority) {
        self.authority = authority
        englishWords = EnglishWords.all
    }

    /// Words that are never a name on their own, even when an authority lists them (surnames, cities).
    static let commonWords: Set<String> = [
        "he", "she", "it", "we", "i", "me", "us", "an", "a", "as", "at", "be", "by", "do", "go", "in", "is",
        "no", "of", "on", "or", "so", "to", "up", "ma", "may", "long", "will", "mission", "police", "reading",
        "split", "nice", "sale", "mobile", "bath", "union", "university", "independence", "victoria",
        "march", "june", "july", "august", "april", "january", "october", "december", "about", "also",
        "the", "and", "for", "with", "from", "this", "that", "there", "here", "but", "all", "one", "two",
        "new", "south", "north", "east", "west", "central", "chairman", "comrade", "party", "state",
        "government", "army", "general", "minister", "ambassador", "president", "secretary", "copy",
        "cable", "telegram", "report", "source", "date", "type", "language", "rights", "kim", "li", "ri",
        "staff", "committee", "council", "ministry", "department", "bureau", "assembly", "command",
        "headquarters", "directorate", "office", "embassy", "secretariat", "affairs", "forces", "front",
        "administration", "subject", "visit", "troops", "policy", "problem", "letter", "transcript",
        // Parties' adjectives ("the Christian Democratic Party" names no Christian).
        "democratic", "democrat", "democrats", "socialist", "communist", "republican", "nationalist",
        "revolutionary", "liberal", "conservative", "progressive",
    ]

    /// Titles that are also adjectives ("major", "general").
    static let adjectiveTitles: Set<String> = ["major", "general", "premier"]

    /// Title words after which an unknown capitalised name is a person.
    static let personTitles: Set<String> = [
        "comrade", "cde", "com", "ambassador", "general", "marshal", "mr", "mrs", "dr", "minister",
        "colonel", "lieutenant", "major", "captain", "admiral", "premier", "president", "chairman",
        "counsellor", "secretary", "consul", "attaché", "attache", "counselor", "chargé", "charge", "envoy",
        "gen", "col", "amb", "capt", "adm", "lt", "herr", "frau", "señor", "senor", "sr", "sra", "senhor",
        "monsieur", "mme", "genosse", "towarzysz", "tow", "tov", "тов", "товарищ", "товарищу", "товарища",
        "господин", "посол", "маршал", "генерал", "senator", "sen", "governor", "prof", "professor",
        "commissar", "ambassadeur", "embajador", "embaixador", "botschafter", "chancellor", "prince", "king",
        "queen", "emperor", "ms", "miss", "affaires", "daffaires", "fonmin", "primin", "defmin", "shri", "shrimati",
        "smt", "полпред", "посланник", "нарком", "министр", "консул", "поверенный", "botschaftsrat", "gesandter",
        "legationsrat", "generalkonsul", "konsul", "bundeskanzler", "außenminister", "aussenminister",
        "staatssekretär", "bundespräsident", "ministerpräsident", "ministerpräsidenten", "marquis", "graf",
        "freiherr",
    ]

    /// Titles that also stand before a place in an office's designation ("Ambassador Tokyo", "Consul General
    /// Lagos", "Chargé Paris", "FonMin Cairo").
    static let officeTitles: Set<String> = [
        "ambassador", "minister", "secretary", "consul", "general", "affaires", "daffaires", "chargé", "charge",
        "envoy", "counsellor", "counselor", "attaché", "attache", "governor", "commissar", "ambassadeur",
        "embajador", "embaixador", "botschafter", "amb", "fonmin", "primin", "defmin", "посол", "министр", "консул",
        "полпред", "посланник", "нарком", "поверенный",
    ]
    /// Titles that only a person bears ("Senator Duran", "Mr. Lima"): ``personTitles`` without the
    /// ``officeTitles``.
    static let personalTitles = personTitles.subtracting(officeTitles)

    /// Whether the token at `index` is a name's lower-case particle one space before a capitalised word
    /// ("de Gaulle", "van Kleffens"), where an authority's name written with its particle may start. The
    /// test runs on every lower-case word: the particle's length and first letter are tested before its
    /// word is hashed.
    func startsParticleName(_ tokens: [NameTokenizer.Token], at index: Int, units: [UInt16]) -> Bool {
        let token = tokens[index]
        // The word as written: two or three UTF-16 units, the first a particle's initial in lower case.
        guard token.range.count >= 2, token.range.count <= 3, Self.isParticleInitial(units[token.range.lowerBound]),
            index + 1 < tokens.count, tokens[index + 1].isCapitalised,
            CorrespondentReader.nameParticles.contains(token.folded)
        else { return false }
        return Self.isOneSpace(units, from: token, to: tokens[index + 1])
    }

    /// Whether a UTF-16 unit is the first letter of a word of ``CorrespondentReader/nameParticles`` ("a",
    /// "b", "d", "l", "v"): compared, not hashed, since the test runs on most words of a text (`NameEvidenceFormsTests`
    /// holds it to the set).
    static func isParticleInitial(_ unit: UInt16) -> Bool {
        unit == 0x64 || unit == 0x6C || unit == 0x76 || unit == 0x61 || unit == 0x62
    }

    /// Finds the mentions in `units` (UTF-16), in order, updating `state`.
    /// - Parameter blocked: ranges no mention may cross partially (notes, labels).
    public func mentions(
        in units: [UInt16], blocked: [Range<Int>] = [], context: TaggingContext = .prose, state: inout TaggingState
    ) -> [EntityMention] {
        if context == .routing { return [] }
        let idsMetBefore = state.mentionedIDs.count
        var tokens = NameTokenizer.tokens(of: units)
        let capitalsText = Self.isWrittenInCapitals(units)
        var found: [EntityMention] = []
        // Event names ("the Geneva Accords") hold no name of their own: their words leave the tokens the
        // later rules read.
        var eventNames: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].isCapitalised
                || (tokens[index].range.count <= 3 && startsParticleName(tokens, at: index, units: units)),
                let match = authority.index.longestMatch(in: tokens, from: index),
                tokens[index].isCapitalised || match.length > 1
            {
                var range = tokens[index].range.lowerBound..<tokens[index + match.length - 1].range.upperBound
                // "U.S.": an abbreviation's final period belongs to the name.
                let last = tokens[index + match.length - 1]
                if last.folded.count == 1, range.upperBound < units.count, units[range.upperBound] == 0x2E,
                    match.length > 1 || last.isAllCaps
                {
                    range = range.lowerBound..<(range.upperBound + 1)
                }
                // "ЦК РКП(б)", "CPSU(b)": the parenthesis the name opened before its last word closes in it.
                if match.length > 1, range.upperBound < units.count, units[range.upperBound] == 0x29,
                    units[tokens[index + match.length - 2].range.upperBound..<last.range.lowerBound].contains(0x28)
                {
                    range = range.lowerBound..<(range.upperBound + 1)
                }
                if !blocked.contains(where: { crosses($0, range) }),
                    let mention = resolve(
                        match.candidates, range: range, tokens: tokens, at: index, length: match.length, units: units,
                        capitalsText: capitalsText, state: state)
                {
                    if mention.kind == .place, let end = Self.eventNameEnd(after: range.upperBound, in: units) {
                        eventNames.append(range.lowerBound..<end)
                        index += match.length
                        continue
                    }
                    found.append(mention)
                    state.record(mention, units: units)
                    index += match.length
                    continue
                }
            } else if tokens[index].isCapitalised, let mention = transliteratedPerson(tokens[index], state: state),
                !blocked.contains(where: { crosses($0, mention.range) })
            {
                found.append(mention)
                state.record(mention, units: units)
            }
            index += 1
        }
        if !eventNames.isEmpty {
            tokens.removeAll { token in eventNames.contains { $0.contains(token.range.lowerBound) } }
        }
        found += approximatePlaces(tokens: tokens, units: units, taken: found, blocked: blocked, state: &state)
        found += germanGenitivePlaces(tokens: tokens, units: units, taken: found, blocked: blocked, state: &state)
        found += titledUnknownNames(
            tokens: tokens, units: units, taken: found, blocked: blocked, capitalsText: capitalsText, state: &state)
        if !capitalsText {
            pluralTitledNames(tokens: tokens, units: units, found: &found, blocked: blocked, state: &state)
        }
        evidencedPersons(
            tokens: tokens, units: units, capitalsText: capitalsText, found: &found, blocked: blocked, state: &state)
        found += localNameMentions(tokens: tokens, units: units, taken: found, blocked: blocked, state: &state)
        institutions(
            tokens: tokens, units: units, capitalsText: capitalsText, found: &found, blocked: blocked, state: &state)
        nationalMissions(
            tokens: tokens, units: units, capitalsText: capitalsText, found: &found, blocked: blocked, state: &state)
        abbreviatedInstitutions(
            tokens: tokens, units: units, capitalsText: capitalsText, found: &found, blocked: blocked, state: &state)
        capitalsInstitutions(
            tokens: tokens, units: units, capitalsText: capitalsText, found: &found, blocked: blocked, state: &state)
        switch context {
        case .prose, .routing: break
        case .signature:
            // "USSR MFA DVO (B. VERESHCHAGIN)": after the signer's office, the closing parenthesis holds the name.
            var signing = tokens
            if units.last == 0x29, let open = units.lastIndex(of: 0x28),
                let first = tokens.firstIndex(where: { $0.range.lowerBound > open }), first > 0
            {
                signing = Array(tokens[first...])
            }
            found += unknownNameRuns(
                tokens: signing, units: units, taken: found, blocked: blocked, after: nil, state: &state)
        case .dispatch:
            let isList =
                tokens.first.map { ["copies", "distribution", "copy", "fyi", "cc"].contains($0.folded) } ?? false
            found += unknownNameRuns(
                tokens: tokens, units: units, taken: found, blocked: blocked, after: isList ? nil : ["by", "to"],
                state: &state)
        }
        for index in found.indices where found[index].kind == .person {
            found[index].range = Self.personNameRange(
                found[index].range, units: units, textLanguage: state.textLanguage)
            // A double surname ("Pilet-Golaz", "Антонову-Овсеенко"): the capitalised word after the hyphen
            // belongs to the name unless a name of its own starts there ("Molotov-Ribbentrop") or it is an
            // ordinary English word ("Yen-Dollar").
            if let end = Self.endOfHyphenatedSurname(after: found[index].range, units: units),
                !found.contains(where: { $0.range.lowerBound == found[index].range.upperBound + 1 }),
                !englishWords.contains(UTF16Text.string(units[(found[index].range.upperBound + 1)..<end]).lowercased())
            {
                found[index].range = found[index].range.lowerBound..<end
            }
        }
        if !capitalsText {
            for index in found.indices where found[index].kind == .org {
                found[index].range = Self.extendedOverCentralCommittee(found[index].range, units: units)
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        joinPersonParts(&found, units: units, blocked: blocked, idsMetBefore: idsMetBefore, state: &state)
        return found
    }

    /// Persons written one after another with one space between them are one person's name the rules
    /// found in parts ("Pak" "Jeong-ae", "Tran" "Chi" "Hien", "VASCO TRISTÃO" "LEITÃO DA CUNHA"): prose
    /// writes a comma or "and" between two persons. The parts become one mention, unless every part is a
    /// confident link to the authority (two known persons whose comma a slip of the source lost, "with
    /// Tsedenbal Ulanfu announced"), when they stay apart. The joined name keeps the link of its last part
    /// when that is a confident link and no other part is linked (unknown given names before a known
    /// surname, "VASCO TRISTÃO" "LEITÃO DA CUNHA"); otherwise it is linked to nothing (a provisional
    /// entry). `state` then holds the joined name in place of its parts.
    /// - Parameter mentions: the text's mentions, sorted by start.
    /// - Parameter idsMetBefore: how many ids the document had met before this text (a part's id met
    ///   earlier stays met).
    func joinPersonParts(
        _ mentions: inout [EntityMention], units: [UInt16], blocked: [Range<Int>], idsMetBefore: Int,
        state: inout TaggingState
    ) {
        func isConfidentLink(_ mention: EntityMention) -> Bool { mention.ref != nil && mention.certainty == nil }
        var index = 0
        while index + 1 < mentions.count {
            guard mentions[index].kind == .person else {
                index += 1
                continue
            }
            var end = index + 1
            while end < mentions.count, mentions[end].kind == .person,
                Self.runsOnIntoNextPart(mentions[end - 1].range, mentions[end].range, units: units)
            {
                end += 1
            }
            let range = mentions[index].range.lowerBound..<mentions[end - 1].range.upperBound
            guard end - index > 1, !mentions[index..<end].allSatisfy(isConfidentLink),
                !isListOfSurnames(mentions[index..<end], units: units),
                !blocked.contains(where: { crosses($0, range) })
            else {
                index = end
                continue
            }
            let parts = Array(mentions[index..<end])
            let last = mentions[end - 1]
            let keepsLink = isConfidentLink(last) && mentions[index..<(end - 1)].allSatisfy { $0.ref == nil }
            let joined = EntityMention(range: range, kind: .person, ref: keepsLink ? last.ref : nil, nameType: nil)
            mentions.replaceSubrange(index..<end, with: [joined])
            state.replace(parts, with: joined, idsMetBefore: idsMetBefore, kept: mentions, units: units)
            index += 1
        }
    }

    /// Whether the person at `next` goes on with the person at `part`: one space between them, or the
    /// editor's closing bracket and a space after a part the editor supplied whole ("[Mikhail Stepanovich]
    /// Kapitsa": the given names in brackets belong to the surname the original writes).
    static func runsOnIntoNextPart(_ part: Range<Int>, _ next: Range<Int>, units: [UInt16]) -> Bool {
        if next.lowerBound == part.upperBound + 1 { return units[part.upperBound] == 0x20 }
        return next.lowerBound == part.upperBound + 2 && part.lowerBound > 0 && units[part.lowerBound - 1] == 0x5B
            && isClosingBracketAndSpace(units[part.upperBound..<next.lowerBound])
    }

    /// Whether two or more of `parts` end like a surname (``hasSurnameEnding(_:)``): a list of surnames
    /// without commas ("Two copies printed. Belova Smirova Novoselova"), not one name.
    private func isListOfSurnames(_ parts: ArraySlice<EntityMention>, units: [UInt16]) -> Bool {
        parts.count { part in
            let tokens = NameTokenizer.tokens(of: Array(units[part.range]))
            return tokens.last.map { Self.hasSurnameEnding($0.folded) } ?? false
        } >= 2
    }

    /// A party's abbreviation with "CC" before or after it names its Central Committee in one name ("CC SED",
    /// "CC of the SED", "RCP CC", as "CC CPSU" and "CPSU CC" are variants of the authority's entry, and as
    /// `Tests/Fixtures/entity-gold/GUIDELINES.md` annotates a Central Committee as its party): the
    /// organisation's range takes in "CC" when the abbreviation is in capitals (two to six letters) and "CC" is
    /// a word of its own. The caller leaves out text written in capitals, where "CC" also heads a distribution
    /// list.
    static func extendedOverCentralCommittee(_ range: Range<Int>, units: [UInt16]) -> Range<Int> {
        let count = range.count
        guard (2...6).contains(count), units[range].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return range }
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < units.count
                && ((units[index] | 0x20) >= 0x61 && (units[index] | 0x20) <= 0x7A)
        }
        let before = range.lowerBound
        // "CC SED", "CC of SED", "CC of the SED".
        for joiner in ["", "of ", "of the "] {
            let start = before - 3 - joiner.utf16.count
            guard start >= 0, units[start] == 0x43, units[start + 1] == 0x43, units[start + 2] == 0x20,
                !isLetter(start - 1), units[(start + 3)..<before].elementsEqual(joiner.utf16)
            else { continue }
            return start..<range.upperBound
        }
        let after = range.upperBound
        if after + 3 <= units.count, units[after] == 0x20, units[after + 1] == 0x43, units[after + 2] == 0x43,
            !isLetter(after + 3)
        {
            return range.lowerBound..<(after + 3)
        }
        return range
    }

    /// The range a person's name is written over: the matched words with the initials before them and a
    /// hyphenated syllable after them (``extendedOverInitials(_:units:)``,
    /// ``extendedOverHyphenatedSyllable(_:units:)``). Both the mention and the review report use it.
    static func personNameRange(_ range: Range<Int>, units: [UInt16], textLanguage: String) -> Range<Int> {
        extendedOverInitials(
            extendedOverSuffix(
                extendedOverHyphenatedSyllable(withoutFootnoteMark(range, units: units), units: units), units: units),
            units: units, textLanguage: textLanguage)
    }

    /// `range` without a footnote mark glued to a surname in capitals ("JASZCZUK1" → "JASZCZUK"): one or two
    /// digits closing the range after five ASCII capitals or more. (The tokenizer keeps digits after a
    /// capital in the word, as a code's are: "MIG21"; tested in its loop, this cost 13 K instructions a
    /// telegram, here it costs nothing measurable.)
    static func withoutFootnoteMark(_ range: Range<Int>, units: [UInt16]) -> Range<Int> {
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        guard range.count >= 6, isDigit(units[range.upperBound - 1]) else { return range }
        var markStart = range.upperBound - 1
        if isDigit(units[markStart - 1]) { markStart -= 1 }
        let letters = units[range.lowerBound..<markStart].reversed().prefix { $0 >= 0x41 && $0 <= 0x5A }
        guard letters.count >= 5, !isDigit(units[markStart - 1]) else { return range }
        return range.lowerBound..<markStart
    }

    /// Where a capitalised word of two letters or more joined to a name by a hyphen ends ("Pilet-Golaz",
    /// "Антонову-Овсеенко"): a capital, then letters of its script (Latin lower case, Latin-1 and Extended-A;
    /// Cyrillic lower case), then no letter, digit or hyphen. `nil` when no such word follows `range`.
    static func endOfHyphenatedSurname(after range: Range<Int>, units: [UInt16]) -> Int? {
        var end = range.upperBound
        guard end + 2 < units.count, units[end] == 0x2D else { return nil }
        let capital = units[end + 1]
        let isLatin = capital >= 0x41 && capital <= 0x5A
        guard isLatin || (capital >= 0x410 && capital <= 0x42F) else { return nil }
        end += 2
        let start = end
        while end < units.count,
            isLatin
                ? (units[end] >= 0x61 && units[end] <= 0x7A) || (units[end] >= 0xDF && units[end] <= 0x17F)
                : (units[end] >= 0x430 && units[end] <= 0x44F) || units[end] == 0x451
        {
            end += 1
        }
        guard end > start else { return nil }
        if end < units.count {
            let next = units[end]
            guard
                !((next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5A) || next == 0x2D
                    || (next >= 0x400 && next <= 0x4FF))
            else { return nil }
        }
        return end
    }

    /// A letter of the scripts of names the boundary rules read: ASCII, Latin-1 and Latin Extended-A and -B,
    /// basic Cyrillic.
    static func isNameLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || (unit >= 0xC0 && unit <= 0x24F)
            || (unit >= 0x400 && unit <= 0x4FF)
    }

    /// A capital of ASCII or of basic Cyrillic, as an initial is written.
    static func isNameCapital(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x410 && unit <= 0x42F)
    }

    /// A person's name takes in what closes it: the period of an initial that ends it (Hungarian writes the
    /// surname first, "Szabó F."), and a generational suffix after it, with or without a comma ("Thomas J.
    /// Coolidge, Jr.", "Alexander M Haig Jr"), its period included.
    static func extendedOverSuffix(_ range: Range<Int>, units: [UInt16]) -> Range<Int> {
        let end = range.upperBound
        guard end < units.count, range.count >= 3 else { return range }
        if units[end] == 0x2E, units[end - 2] == 0x20, isNameCapital(units[end - 1]) {
            return range.lowerBound..<(end + 1)
        }
        var position = end
        if units[position] == 0x2C { position += 1 }
        guard position + 2 < units.count, units[position] == 0x20 else { return range }
        let first = units[position + 1]
        guard first == 0x4A || first == 0x53, units[position + 2] == 0x72 else { return range }
        var suffixEnd = position + 3
        if suffixEnd < units.count, units[suffixEnd] == 0x2E { suffixEnd += 1 }
        guard suffixEnd == units.count || !isNameLetter(units[suffixEnd]) else { return range }
        return range.lowerBound..<suffixEnd
    }

    /// A person's name right after initials takes them in: "И. В. Сталин", "В.М.Молотова", "A. Gromyko" —
    /// up to three single capital letters, each followed by a period and at most one space. A letter that
    /// ends a word ("to A.") or stands after a letter is no initial, nor is "M." in French text (Monsieur).
    /// Before a Cyrillic name the digit "3" is a scan's "З" ("Я. 3. Сурицу").
    static func extendedOverInitials(_ range: Range<Int>, units: [UInt16], textLanguage: String = "en") -> Range<Int> {
        var start = range.lowerBound
        let isCyrillicName = range.lowerBound < units.count && (0x410...0x42F).contains(units[range.lowerBound])
        for _ in 0..<3 {
            var position = start
            if position > 0, units[position - 1] == 0x20 { position -= 1 }
            // Now "X." must end at `position`.
            guard position >= 2, units[position - 1] == 0x2E,
                isNameCapital(units[position - 2]) || (isCyrillicName && units[position - 2] == 0x33),
                position - 2 == 0 || !isNameLetter(units[position - 3]),
                !Self.isAbbreviatedTitle(Self.foldedLetter(units[position - 2]), textLanguage: textLanguage)
            else { break }
            start = position - 2
        }
        // "… with the U.S. Vorontsov reportedly": a country's abbreviation is no initials of the name.
        if start < range.lowerBound {
            let letters = units[start..<range.lowerBound].filter { isNameCapital($0) }.map { foldedLetter($0) }
            if countryInitials.contains(letters.joined()) { return range }
        }
        return start..<range.upperBound
    }

    /// English words that make a compound with a name ("Kim-led", "Tito-style"): no syllable of it.
    static let compoundSuffixes: Set<String> = [
        "led", "backed", "based", "era", "style", "type", "like", "made", "owned", "run", "held", "line", "ist",
        "ists", "ism", "ite", "ites",
    ]

    /// A person's name that ends right before "-" and a lower-case syllable of one to six letters takes the
    /// syllable in: romanised given names are written "Bang Jong-gap", "Choe Hak-geun", "Chiang Kai-shek".
    static func extendedOverHyphenatedSyllable(_ range: Range<Int>, units: [UInt16]) -> Range<Int> {
        var end = range.upperBound
        guard end + 1 < units.count, units[end] == 0x2D else { return range }
        end += 1
        let start = end
        // Latin or Cyrillic lower case ("Chiang Kai-shek", "Чан Кай-ши"), one script a syllable.
        let isCyrillic = units[end] >= 0x430 && units[end] <= 0x44F
        while end < units.count,
            isCyrillic ? (units[end] >= 0x430 && units[end] <= 0x44F) : (units[end] >= 0x61 && units[end] <= 0x7A)
        {
            end += 1
        }
        let length = end - start
        guard (1...6).contains(length), !compoundSuffixes.contains(UTF16Text.string(units[start..<end])) else {
            return range
        }
        // The syllable ends the word: no other letter, digit or hyphen follows.
        if end < units.count {
            let next = units[end]
            let isWordCharacter =
                (next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5A) || next == 0x2D || next >= 0x80
            guard !isWordCharacter else { return range }
        }
        return range.lowerBound..<end
    }

    /// Whether a token is a number or starts with one (the tokenizer counts a digit as a capital).
    static func startsWithDigit(_ token: NameTokenizer.Token) -> Bool {
        token.folded.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
    }

    /// Words that describe a role in dispatch lines ("Verified by Shift Chief X").
    static let roleWords: Set<String> = [
        "shift", "chief", "comrade", "cde", "com", "comr", "mr", "mrs", "typist", "clerk", "officer", "duty", "head",
        "deputy", "assistant", "under",
    ]

    /// Words of dispatch and signature lines that are never names.
    static let apparatusWords: Set<String> = [
        "no", "nº", "n°", "copy", "copies", "distribution", "list", "top", "secret", "outgoing", "incoming", "file",
        "telegram", "ciphered", "cipher", "cable", "special", "section", "sector", "unit", "vch", "vtch", "shift",
        "advanced", "advance", "document", "documents", "author", "authors", "emphasis", "image", "footer", "header",
        "original", "translation", "translated", "end", "text", "note", "notes", "page", "files", "summary",
        "download", "citation", "archive", "source", "sources", "related", "keywords", "decoded", "received", "sent",
        "declassified", "released", "classified", "unclassified", "systematic", "review", "fyi", "cc",
    ]

    /// Capitalised runs (one to three words) not already tagged: signatories in a signature line; in a
    /// dispatch line the run after "by"/"to" (role words skipped), or every run of a copy list.
    /// Words that label a signature or a copy's signature mark ("Signed: N. Popa", "Sgd. Fry", "gez.
    /// Winzer", "Signé"): no part of the name.
    static let signatureLabels: Set<String> = [
        "signed", "sgd", "sig", "gez", "gezeichnet", "signé", "signe", "firmado", "assinado", "подписал", "подпись",
        "signature", "illegible",
    ]

    /// Where a word ends with the editor's bracket that closes inside it: "V[asily]" ends after its "]", so
    /// that "V[asily]. Pisarev" is one name as "V. Pisarev" is; any other word ends where its token does.
    static func endOfExpansion(_ token: NameTokenizer.Token, units: [UInt16]) -> Int {
        let end = token.range.upperBound
        guard end < units.count, units[end] == 0x5D, units[token.range].contains(0x5B) else { return end }
        return end + 1
    }

    private func unknownNameRuns(
        tokens: [NameTokenizer.Token], units: [UInt16], taken: [EntityMention], blocked: [Range<Int>],
        after markers: Set<String>?, state: inout TaggingState
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            if let markers {
                guard markers.contains(tokens[index].folded), !tokens[index].isCapitalised else {
                    index += 1
                    continue
                }
                index += 1
                while index < tokens.count, Self.roleWords.contains(tokens[index].folded) { index += 1 }
            }
            guard index < tokens.count, isNameWord(tokens[index]), !Self.signatureLabels.contains(tokens[index].folded),
                !taken.contains(where: { $0.range.overlaps(tokens[index].range) })
            else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 3, isNameWord(tokens[end]),
                !Self.signatureLabels.contains(tokens[end].folded),
                gapIsSpace(
                    units: units, from: Self.endOfExpansion(tokens[end - 1], units: units),
                    to: tokens[end].range.lowerBound),
                !taken.contains(where: { $0.range.overlaps(tokens[end].range) })
            {
                end += 1
            }
            let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
            // Ordinary English words only, none the start of a known name, are a cable's words, not a signatory
            // ("HAD EXPRESSED BOTH", "EYES ONLY", "Authenticated"); "SMITH" stays, the authority knows it, and
            // so does a word between the commas of a list ("FYI: Trojanowski, Thee, Chodorek") or right after
            // a signature's mark ("(Signed) SILOS", "Sgd. Wood").
            let before = index > 0 ? units[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound] : []
            let after = end < tokens.count ? units[tokens[end - 1].range.upperBound..<tokens[end].range.lowerBound] : []
            let isPlainEnglish =
                tokens[index..<end].allSatisfy { englishWords.contains($0.folded) } && !before.contains(0x2C)
                && !after.contains(0x2C) && !(index > 0 && Self.signatureLabels.contains(tokens[index - 1].folded))
                && authority.index.longestMatch(in: tokens, from: index) == nil
            if !isPlainEnglish, !blocked.contains(where: { crosses($0, range) }) {
                let mention = EntityMention(range: range, kind: .person, ref: nil, nameType: nil)
                state.record(mention, units: units)
                state.registerLocalName(tokens[index..<end].map(\.folded), kind: .person)
                result.append(mention)
            }
            index = end
        }
        return result
    }

    /// A word that can be part of a person's name: capitalised, letters only, not a title, month,
    /// common word, role, word of apparatus, initial-free number, institution's noun ("Politburo member"
    /// names no one) or word of an institution's name ("German Foreign Office" names no German Foreign).
    func isNameWord(_ token: NameTokenizer.Token) -> Bool {
        token.isCapitalised && Self.isWordOfLetters(token.folded) && !Self.notPersonNameWords.contains(token.folded)
            && DateRecognizer.monthNumber(token.folded) == nil && DateRecognizer.romanMonth(token.folded) == nil
            && Self.hasVowelOrIsLong(token.folded)
    }

    /// Adjectives of institutions' names, and "Soviets" (the Soviet side), which no person's name holds.
    static let institutionNameWords: Set<String> = [
        "foreign", "external", "political", "federal", "national", "special", "supreme", "soviets",
    ]

    /// The words ``isNameWord(_:)`` rules out by lookup, in one set (one hash a word):
    /// ``personTitles``, ``commonWords``, ``roleWords``, ``apparatusWords``, ``institutionNouns``,
    /// ``institutionNameWords`` and ``postNominalTitles``.
    static let notPersonNameWords: Set<String> = personTitles.union(commonWords).union(roleWords)
        .union(apparatusWords).union(institutionNouns).union(institutionNameWords).union(postNominalTitles)

    /// At least two characters, all letters but `º` and `ª`; on the bytes for ASCII words.
    private static func isWordOfLetters(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.count >= 2
                && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
        }
        return word.count >= 2 && word.allSatisfy { $0.isLetter && $0 != "º" && $0 != "ª" }
    }

    /// A vowel (a e i o u y) or more than three characters; on the bytes for ASCII words.
    private static func hasVowelOrIsLong(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.contains { [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79].contains($0) } || word.utf8.count > 3
        }
        return word.contains { "aeiouy".contains($0) } || word.count > 3
    }

    /// Names of this document the authority does not know (see ``TaggingState/registerLocalName(_:kind:)``).
    private func localNameMentions(
        tokens: [NameTokenizer.Token], units: [UInt16], taken: [EntityMention], blocked: [Range<Int>],
        state: inout TaggingState
    ) -> [EntityMention] {
        guard !state.localNames.isEmpty else { return [] }
        var result: [EntityMention] = []
        var index = 0
        while index < tokens.count {
            var matched = 0
            var kind: AuthorityEntry.Kind = .person
            let mayStartLocalName =
                tokens[index].isCapitalised && state.localNameFirstWords.contains(tokens[index].folded)
            for length in stride(from: min(4, tokens.count - index), through: 1, by: -1) where mayStartLocalName {
                if let found = state.localNames[tokens[index..<(index + length)].map(\.folded)] {
                    matched = length
                    kind = found
                    break
                }
            }
            if matched == 0, tokens[index].isCapitalised, RussianInflection.isCyrillic(tokens[index].folded),
                let found = state.localStems[RussianInflection.stem(tokens[index].folded)]
            {
                matched = 1
                kind = found
            }
            if matched > 0 {
                let range = tokens[index].range.lowerBound..<tokens[index + matched - 1].range.upperBound
                if !taken.contains(where: { $0.range.overlaps(range) })
                    && !blocked.contains(where: { crosses($0, range) })
                {
                    let mention = EntityMention(range: range, kind: kind, ref: nil, nameType: nil)
                    state.record(mention, units: units)
                    result.append(mention)
                }
                index += matched
            } else {
                index += 1
            }
        }
        return result
    }

    /// A capitalised word the index does not know but which is one or two letters away from a curated
    /// place name of six letters or more ("Urumchi" for "Urumqi", "Seisin" for "Seishin"): linked with
    /// `cert="medium"`. Adjectives and plurals of the name ("Korean", "Koreas") never qualify.
    private func approximatePlaces(
        tokens: [NameTokenizer.Token], units: [UInt16], taken: [EntityMention], blocked: [Range<Int>],
        state: inout TaggingState
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        for index in tokens.indices {
            // Cheapest tests first, on the token in place (a word has at least as many UTF-8 bytes as characters).
            guard tokens[index].isCapitalised, tokens[index].folded.utf8.count >= 6 else { continue }
            let token = tokens[index]
            let word = token.folded
            guard !taken.contains(where: { $0.range.overlaps(token.range) }),
                !blocked.contains(where: { crosses($0, token.range) }),
                !isSentenceStart(token.range.lowerBound, units: units),
                Self.isLongWordOfLetters(word), !Self.commonWords.contains(word),
                !Self.hasAdjectiveEnding(word),
                // An ordinary English word is no misspelt place ("Minister of Finance" is not "France").
                !englishWords.contains(word),
                let candidate = authority.index.approximatePlace(word),
                // A person of this document ("Ambassador Cannon" before, "notified Cannon" now), or a word
                // after a person's title, is no misspelt place ("Cannon" is not "Canton"). Tested last: few
                // words come this far.
                state.localNames[[word]] != .person,
                index == 0 || !Self.personTitles.contains(tokens[index - 1].folded)
                    || !gapIsSpace(units: units, from: tokens[index - 1].range.upperBound, to: token.range.lowerBound)
            else { continue }
            // Part of a longer capitalised name ("Port Urumchi Company") is not this place.
            if index + 1 < tokens.count, tokens[index + 1].isCapitalised,
                gapIsSpace(units: units, from: token.range.upperBound, to: tokens[index + 1].range.lowerBound)
            {
                continue
            }
            let mention = EntityMention(
                range: token.range, kind: .place, ref: candidate, nameType: nil, certainty: "medium")
            state.record(mention, units: units)
            result.append(mention)
        }
        return result
    }

    /// A German genitive of a known place ("Österreichs", "Moskaus", "Frankreichs"): in a text read as German,
    /// a capitalised word of five letters or more ending in one "s", whose stem (the word without it) is one
    /// word the authority knows as a place and as nothing else. Linked to that place; no other language's
    /// text is looked at. After a body's noun ("Sozialistische Einheitspartei Deutschlands", "Evangelische
    /// Kirche Deutschlands": ``germanBodyNounEndings``) the genitive is part of the body's name.
    private func germanGenitivePlaces(
        tokens: [NameTokenizer.Token], units: [UInt16], taken: [EntityMention], blocked: [Range<Int>],
        state: inout TaggingState
    ) -> [EntityMention] {
        guard state.textLanguage == "de" else { return [] }
        var result: [EntityMention] = []
        for (index, token) in tokens.enumerated() {
            let bytes = token.folded.utf8
            guard token.isCapitalised, bytes.count >= 5, bytes.last == 0x73, bytes.dropLast().last != 0x73,
                index == 0 || !Self.germanBodyNounEndings.contains(where: { tokens[index - 1].folded.hasSuffix($0) }),
                !taken.contains(where: { $0.range.overlaps(token.range) }),
                !blocked.contains(where: { crosses($0, token.range) })
            else { continue }
            let stem = NameTokenizer.Token(
                folded: String(token.folded.dropLast()), range: token.range, isCapitalised: true,
                isAllCaps: token.isAllCaps)
            guard let match = authority.index.longestMatch(in: [stem], from: 0), match.length == 1,
                !match.candidates.isEmpty, match.candidates.allSatisfy({ $0.kind == .place }),
                let place = choose(match.candidates, state: state)
            else { continue }
            let mention = EntityMention(range: token.range, kind: .place, ref: place.id, nameType: nil)
            state.record(mention, units: units)
            result.append(mention)
        }
        return result
    }

    /// How a German body's noun ends ("Einheitspartei", "Kirche", "Gewerkschaftsbund"), before a country's
    /// genitive that belongs to the body's name.
    static let germanBodyNounEndings = ["partei", "kirche", "bund", "verband", "union", "front"]

    static let adjectiveEndings = ["an", "ese", "ish", "ic", "ian", "ians", "ans", "ern", "s"]

    /// The last bytes of ``adjectiveEndings``.
    static let adjectiveEndingLastBytes: Set<UInt8> = Set(adjectiveEndings.compactMap(\.utf8.last))

    /// Whether `word` ends with one of ``adjectiveEndings`` ("Koreans", "Chinese"):
    /// `adjectiveEndings.contains { hasSuffix(word, $0) }`, with the last byte tested first (a word that
    /// ends with another byte ends with no ending, as characters or as bytes) and the word's bytes checked
    /// for ASCII once rather than for each ending.
    static func hasAdjectiveEnding(_ word: String) -> Bool {
        let bytes = word.utf8
        guard let last = bytes.last, adjectiveEndingLastBytes.contains(last) else { return false }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return adjectiveEndings.contains { word.hasSuffix($0) } }
        return adjectiveEndings.contains { ending in
            bytes.count >= ending.utf8.count && bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8)
        }
    }

    /// `word.count >= 6 && word.allSatisfy(\.isLetter)`, on the bytes for ASCII words (one character a byte).
    static func isLongWordOfLetters(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.count >= 6
                && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
        }
        return word.count >= 6 && word.allSatisfy(\.isLetter)
    }

    /// `word.hasSuffix(ending)` for an ASCII `ending`, comparing bytes when `word` is ASCII too.
    static func hasSuffix(_ word: String, _ ending: String) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.hasSuffix(ending) }
        return word.utf8.count >= ending.utf8.count && word.utf8.suffix(ending.utf8.count).elementsEqual(ending.utf8)
    }

    func crosses(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.overlaps(b) && !(a.lowerBound <= b.lowerBound && b.upperBound <= a.upperBound)
            && !(b.lowerBound <= a.lowerBound && a.upperBound <= b.upperBound)
    }

    private func resolve(
        _ allCandidates: [NameIndex.Candidate], range: Range<Int>, tokens: [NameTokenizer.Token], at index: Int,
        length: Int, units: [UInt16], capitalsText: Bool, state: TaggingState
    ) -> EntityMention? {
        let singleWord = length == 1 ? tokens[index].folded : nil
        // "Un", "Us" in mixed-case text: not the abbreviations "UN", "US".
        let candidates =
            singleWord != nil && !capitalsText && !tokens[index].isAllCaps
            ? allCandidates.filter { !$0.isShortAbbreviation } : allCandidates
        guard !candidates.isEmpty else { return nil }
        // "USS Pueblo", "HMS Hood": a vessel's name after its prefix is no place (the capitals and the
        // prefix's length are tested before its word).
        if index > 0, tokens[index - 1].isAllCaps, tokens[index - 1].range.count == 3,
            Self.vesselPrefixes.contains(tokens[index - 1].folded)
        {
            return nil
        }
        // A common word written in capitals in mixed-case text ("US", "UN") is an abbreviation, and names
        // what the authority's curated entry says.
        let isAbbreviation =
            singleWord != nil && !capitalsText && tokens[index].isAllCaps && tokens[index].folded.count >= 2
            && candidates.contains { !$0.isGenerated && $0.nameType != "surname" }
        if let word = singleWord, Self.commonWords.contains(word), !isAbbreviation,
            !state.mentionedIDs.contains(where: { id in candidates.contains { $0.id == id } })
        {
            return nil
        }
        // 1. A curated full name (standard, variant, historical, pseudonym).
        let curated = candidates.filter { $0.nameType != "surname" && !$0.isGenerated && isNameable($0, state: state) }
        if let chosen = choose(curated, state: state) {
            return mention(chosen, range: range)
        }
        // 2. A curated surname alone: the person with that surname met last in this document, else the only
        //    one. Not when it stands inside a longer capitalised name ("Ri Pyong Nam" is not Nam Il).
        let people = candidates.filter { $0.nameType == "surname" && !$0.isGenerated && isNameable($0, state: state) }
        // In text written in capitals every neighbour looks like a name word, so the test says nothing there.
        if !people.isEmpty, length == 1, !capitalsText, isInsideLongerName(tokens, at: index, units: units) {
            return nil
        }
        if let seen = state.mentionedIDs.last(where: { id in people.contains { $0.id == id } }),
            let person = people.first(where: { $0.id == seen })
        {
            return mention(person, range: range)
        }
        if Set(people.map(\.id)).count == 1, let person = people.first, (singleWord?.count ?? 4) >= 3 {
            return mention(person, range: range)
        }
        // "F. Kuznetsov": an initial before the surname picks the one person whose name starts with it.
        if index >= 1, tokens[index - 1].folded.count == 1, tokens[index - 1].isCapitalised {
            let initial = tokens[index - 1].folded
            let matching = people.filter { candidate in
                guard let entry = authority.entries[candidate.id] else { return false }
                return NameTokenizer.tokens(of: entry.standardName).first?.folded.hasPrefix(initial) ?? false
            }
            if Set(matching.map(\.id)).count == 1, let person = matching.first {
                return mention(person, range: tokens[index - 1].range.lowerBound..<range.upperBound)
            }
        }
        // A surname several people of the authority share, and nothing in the document picks one: a
        // person all the same, linked to a provisional entry with low certainty for the editor to resolve,
        // never to one of them by chance.
        if !people.isEmpty {
            guard (singleWord?.count ?? 4) >= 3 else { return nil }
            return EntityMention(range: range, kind: .person, ref: nil, nameType: nil, certainty: "low")
        }
        // 3. A generated full name (the gazetteer's places, the reference list's persons); a single word
        //    opening a sentence is too likely an ordinary word.
        let generated = candidates.filter { $0.nameType != "surname" && $0.isGenerated && isNameable($0, state: state) }
        if let chosen = choose(generated, state: state) {
            // "PARA 3": in a cable written in capitals a word of its routing and handling is no place.
            if length == 1, capitalsText, Self.cableWords.contains(tokens[index].folded) { return nil }
            // A Cyrillic word of three letters is a name all the same ("в Рим"): Russian capitalises no
            // ordinary word inside a sentence; but not one inside a longer name ("Ван Чун-хой").
            if length == 1,
                isSentenceStart(tokens[index].range.lowerBound, units: units)
                    || tokens[index].folded.count < 3
                    || (tokens[index].folded.count == 3
                        && !(RussianInflection.isCyrillic(tokens[index].folded)
                            && !isInsideLongerName(tokens, at: index, units: units))
                        && !isPlaceAfterLocative(
                            chosen, tokens: tokens, at: index, units: units, capitalsText: capitalsText))
            {
                return nil
            }
            // "Senator Duran": a title only a person bears, right before one word, names a person whatever
            // city of the gazetteer bears the name (the title rule tags it).
            if length == 1, chosen.kind == .place, !capitalsText, index >= 1,
                Self.personalTitles.contains(tokens[index - 1].folded),
                tokens[index].range.lowerBound - tokens[index - 1].range.upperBound <= 2
            {
                return nil
            }
            return mention(chosen, range: range)
        }
        // 4. A generated person's surname alone.
        return referenceSurname(
            candidates, range: range, tokens: tokens, at: index, length: length, units: units,
            capitalsText: capitalsText, state: state)
    }

    /// Prepositions of place after which a capitalised word of three letters that the gazetteer knows as a
    /// place is that place ("Der Botschafter in Rom", "nach Ulm", "from Ufa").
    static let locativePrepositions: Set<String> = ["in", "nach", "aus", "from", "to", "at", "near", "bei", "à"]

    /// Whether a Latin word of three letters is the place `chosen` names because a preposition of place
    /// (``locativePrepositions``) stands right before it: in mixed-case text, written with one capital, neither
    /// an ordinary English word nor a given name, and not opening a longer capitalised name.
    private func isPlaceAfterLocative(
        _ chosen: NameIndex.Candidate, tokens: [NameTokenizer.Token], at index: Int, units: [UInt16],
        capitalsText: Bool
    ) -> Bool {
        let token = tokens[index]
        guard chosen.kind == .place, !capitalsText, index >= 1, token.isCapitalised, !token.isAllCaps,
            Self.locativePrepositions.contains(tokens[index - 1].folded), !tokens[index - 1].isCapitalised,
            Self.isOneSpace(units, from: tokens[index - 1], to: token),
            !englishWords.contains(token.folded), !GivenNames.contains(token.folded)
        else { return false }
        return
            !(index + 1 < tokens.count && tokens[index + 1].isCapitalised
            && Self.isOneSpace(units, from: token, to: tokens[index + 1]))
    }

    /// Lower-case words that join the words of one name of any kind ("Escola Superior de Guerra", "Ministry of
    /// Defence"); a person's particles alone are ``CorrespondentReader/nameParticles``.
    static let nameJoiningWords: Set<String> = [
        "de", "da", "do", "dos", "das", "di", "del", "della", "la", "le", "du", "van", "von", "der", "of", "y",
    ]

    /// Whether `candidate` can be named in this document: a person is not named before
    /// ``AuthorityEntry/earliestMentionYear`` (unknown years admit everyone).
    private func isNameable(_ candidate: NameIndex.Candidate, state: TaggingState) -> Bool {
        guard let earliest = candidate.earliestMentionYear, let year = state.documentYear else { return true }
        return year >= earliest
    }

    /// A surname alone that only generated persons (the reference list) bear: the one this document has
    /// already named in full; else, in a document of known year, the one person whose
    /// ``AuthorityEntry/floruitYears`` hold that year, two years either side (linked `cert="medium"`), or a
    /// person unlinked with `cert="low"` when several do. Never an ordinary English word, a word
    /// the authority uses as a given name (``Authority/personFirstWords``: "Robert"), a word of two letters,
    /// an abbreviation (capitals in mixed-case text), a word standing inside a longer unknown name, or a word
    /// some other entry (a place, an organisation, a curated person) also bears.
    private func referenceSurname(
        _ candidates: [NameIndex.Candidate], range: Range<Int>, tokens: [NameTokenizer.Token], at index: Int,
        length: Int, units: [UInt16], capitalsText: Bool, state: TaggingState
    ) -> EntityMention? {
        let bearers = candidates.filter { $0.nameType == "surname" && $0.isGenerated && $0.kind == .person }
        guard !bearers.isEmpty, bearers.count == candidates.count, length == 1 else { return nil }
        if let seen = state.mentionedIDs.last(where: { id in bearers.contains { $0.id == id } }) {
            return EntityMention(range: range, kind: .person, ref: seen, nameType: nil)
        }
        let word = tokens[index].folded
        guard let year = state.documentYear, word.count >= 3, !englishWords.contains(word),
            !authority.personFirstWords.contains(word),
            capitalsText || !tokens[index].isAllCaps,
            capitalsText || !isInsideLongerName(tokens, at: index, units: units)
        else { return nil }
        // "Escola Superior de Guerra", "Banco de la Nación": after a particle that follows a capitalised word
        // it ends a longer name.
        if index >= 2, Self.nameJoiningWords.contains(tokens[index - 1].folded), !tokens[index - 1].isCapitalised,
            tokens[index - 2].isCapitalised
        {
            return nil
        }
        var active: [String] = []
        var nameable = false
        for bearer in bearers where !active.contains(bearer.id) && isNameable(bearer, state: state) {
            nameable = true
            if let floruit = authority.entries[bearer.id]?.floruitYears,
                (floruit.lowerBound - 2)...(floruit.upperBound + 2) ~= year
            {
                active.append(bearer.id)
            }
        }
        switch active.count {
        case 0:
            // "the sending of Cripps" (1940; the list knows Stafford Cripps from 1945 only): a person's surname
            // all the same, unlinked, in mixed-case text not in German (which capitalises every noun: "im
            // Lande"), alone or after a title (a name before it, "Robert
            // Brennan", or an initial after it, "Szabó F.", is the evidence rules' to read whole), and neither
            // a nationality ("English") nor a given name ("Inge").
            guard nameable, !capitalsText, state.textLanguage != "de", word.count >= 4,
                // A correspondent of the header ("The Ambassador in Turkey (Morgenthau)") is this document's
                // person, tagged as such by its local name.
                state.localNames[[word]] != .person,
                !isNationalityAdjective(tokens, at: index),
                !GivenNames.contains(word),
                index == 0 || !tokens[index - 1].isCapitalised || Self.personTitles.contains(tokens[index - 1].folded)
                    || !gapIsSpace(units: units, from: tokens[index - 1].range.upperBound, to: range.lowerBound),
                index + 1 >= tokens.count || tokens[index + 1].folded.count > 1
                    || !gapIsSpace(units: units, from: range.upperBound, to: tokens[index + 1].range.lowerBound)
            else { return nil }
            return EntityMention(range: range, kind: .person, ref: nil, nameType: nil, certainty: "low")
        case 1: return EntityMention(range: range, kind: .person, ref: active[0], nameType: nil, certainty: "medium")
        default: return EntityMention(range: range, kind: .person, ref: nil, nameType: nil, certainty: "low")
        }
    }

    /// Whether the word at `index` stands inside a longer capitalised name the authority does not know:
    /// a neighbour joined by one space or hyphen that is itself a name word (not a title, a number, a
    /// known name, or a sentence's first word).
    private func isInsideLongerName(_ tokens: [NameTokenizer.Token], at index: Int, units: [UInt16]) -> Bool {
        func joined(_ a: Int, _ b: Int) -> Bool {
            let gap = units[tokens[a].range.upperBound..<tokens[b].range.lowerBound]
            return gap.count == 1 && (gap.first == 0x20 || gap.first == 0x2D)
        }
        func isUnknownNameWord(_ i: Int) -> Bool {
            let token = tokens[i]
            return token.isCapitalised && token.folded.count > 1 && token.folded.allSatisfy(\.isLetter)
                && !Self.personTitles.contains(token.folded) && !Self.commonWords.contains(token.folded)
                && !englishWords.contains(token.folded)
                && authority.index.longestMatch(in: tokens, from: i) == nil
                && !isSentenceStart(token.range.lowerBound, units: units)
        }
        if index > 0, joined(index - 1, index), isUnknownNameWord(index - 1) { return true }
        if index + 1 < tokens.count, joined(index, index + 1), isUnknownNameWord(index + 1) { return true }
        return false
    }

    /// The candidate an ambiguous name stands for: one this document has already named, else one whose
    /// standard name it is ("Santiago" is the standard name of Chile's capital and only a variant of
    /// Santiago de Cuba's), else the lowest id (deterministic).
    private func choose(_ pool: [NameIndex.Candidate], state: TaggingState) -> NameIndex.Candidate? {
        if let seen = pool.first(where: { state.hasMentioned($0.id) }) { return seen }
        return pool.min { a, b in
            let (aStandard, bStandard) = (a.nameType == "standard", b.nameType == "standard")
            return aStandard != bStandard ? aStandard : a.id < b.id
        }
    }

    /// A capitalised Cyrillic word the authority knows only in Latin letters ("Громыко", "Молотову"): the one
    /// person one of its Latin spellings (``CyrillicTransliteration``) names, as a surname or a one-word
    /// name; `nil` when none or several do, or the word is short (four letters or fewer).
    func transliteratedPerson(_ token: NameTokenizer.Token, state: TaggingState) -> EntityMention? {
        guard RussianInflection.isCyrillic(token.folded), token.folded.count > 4 else {
            return nil
        }
        var people: [NameIndex.Candidate] = []
        for form in CyrillicTransliteration.latinForms(of: token.folded) {
            let latin = NameTokenizer.Token(folded: form, range: token.range, isCapitalised: true, isAllCaps: false)
            guard let match = authority.index.longestMatch(in: [latin], from: 0) else { continue }
            people += match.candidates.filter { $0.kind == .person && !$0.isGenerated && !people.contains($0) }
        }
        if let seen = people.first(where: { state.hasMentioned($0.id) }) {
            return EntityMention(range: token.range, kind: .person, ref: seen.id, nameType: nil)
        }
        guard Set(people.map(\.id)).count == 1, let person = people.first else { return nil }
        return EntityMention(range: token.range, kind: .person, ref: person.id, nameType: nil)
    }

    /// The entries a header phrase names as a whole ("Santiago", "the Soviet Union", "Москвы"): the
    /// candidates of a name spanning every word of it, a leading "the" aside; empty when the phrase is
    /// more or less than one known name.
    func wholeNameCandidates(_ phrase: String) -> [NameIndex.Candidate] {
        wholeName(UTF16Text.units(of: phrase))?.candidates ?? []
    }

    /// ``wholeNameCandidates(_:)`` with the phrase's tokens (a leading "the" dropped), for a caller that
    /// resolves among the candidates; `nil` when the phrase is more or less than one known name.
    private func wholeName(_ units: [UInt16]) -> (tokens: [NameTokenizer.Token], candidates: [NameIndex.Candidate])? {
        var tokens = NameTokenizer.tokens(of: units)
        if tokens.first?.folded == "the" { tokens.removeFirst() }
        guard !tokens.isEmpty, let match = authority.index.longestMatch(in: tokens, from: 0),
            match.length == tokens.count
        else { return nil }
        return (tokens, match.candidates)
    }

    /// The person entry a correspondent's name links to when the header reader knows it names a person
    /// (``Correspondent/isTitled``): the tagger's own choice among the person entries that bear the whole
    /// name (a surname by the document's year, as in the text), so that a place of the same name
    /// ("Douglas") does not take it. `nil` when no person entry bears it or the choice is not clear.
    public func headerPerson(_ name: String, state: TaggingState) -> EntityMention? {
        let units = UTF16Text.units(of: name)
        guard let (tokens, candidates) = wholeName(units), let first = tokens.first, let last = tokens.last else {
            return nil
        }
        let persons = candidates.filter { $0.kind == .person }
        guard !persons.isEmpty else { return nil }
        return resolve(
            persons, range: first.range.lowerBound..<last.range.upperBound, tokens: tokens, at: 0,
            length: tokens.count, units: units, capitalsText: Self.isWrittenInCapitals(units), state: state)
    }

    /// What a header phrase names as a whole (see ``headerPlace(_:state:)``).
    public enum HeaderPlace: Equatable, Sendable {
        /// The place entry with this id.
        case place(String)
        /// A person's name: no place at all ("Filippov (Stalin)" read as a place of receipt).
        case person
        /// No place the authority knows as a whole name.
        case unknown
    }

    /// What a header phrase names as a whole. Unlike running text, a phrase standing alone in a header
    /// field is a name even when it is one short word at the start: the sentence-start and length guards
    /// of ``mentions(in:blocked:context:state:)`` do not apply. A curated entry wins over a gazetteer one.
    /// A name that is also a person's is ``HeaderPlace/person`` ("Stalin" is a historical name of Varna,
    /// but a cable's "(Stalin)" is the man); one that is also an organisation's is no place.
    public func headerPlace(_ phrase: String, state: TaggingState) -> HeaderPlace {
        let candidates = wholeNameCandidates(phrase)
        // A reference list's person is no evidence against a place ("Washington" is also a surname there).
        if candidates.contains(where: { $0.kind == .person && !$0.isGenerated }) { return .person }
        let places = candidates.filter { $0.kind == .place }
        guard !candidates.contains(where: { $0.kind == .org }),
            let chosen = choose(places.filter { !$0.isGenerated }, state: state) ?? choose(places, state: state)
        else { return .unknown }
        return .place(chosen.id)
    }

    private func mention(_ candidate: NameIndex.Candidate, range: Range<Int>) -> EntityMention {
        EntityMention(
            range: range, kind: candidate.kind, ref: candidate.id,
            nameType: candidate.nameType == "pseudonym" ? "pseudonym" : nil)
    }

    /// "Comrade Petrov", "Ambassador Szarvas": a title word, then capitalised words not already tagged.
    private func titledUnknownNames(
        tokens: [NameTokenizer.Token], units: [UInt16], taken: [EntityMention], blocked: [Range<Int>],
        capitalsText: Bool, state: inout TaggingState
    ) -> [EntityMention] {
        var result: [EntityMention] = []
        var index = 0
        // In text written in capitals the name is the one word after the title ("MINISTER LETELIER EXPRESSED").
        let longest = capitalsText ? 1 : 3
        while index < tokens.count - 1 {
            defer { index += 1 }
            guard tokens[index].isCapitalised || Self.isLowerCaseTitle(tokens[index].folded),
                Self.personTitles.contains(tokens[index].folded)
                    || Self.isAbbreviatedTitle(tokens[index].folded, textLanguage: state.textLanguage)
            else { continue }
            // "THE MAJOR ISSUE", "A GENERAL VIEW": in capitals, a title that is also an adjective is one
            // after an article.
            if capitalsText, Self.adjectiveTitles.contains(tokens[index].folded), index > 0,
                ["the", "a", "an", "this", "that", "its", "their", "our"].contains(tokens[index - 1].folded)
            {
                continue
            }
            let title = index
            /// Whether the name runs on from word `a` to word `b`: one space, or a period after an
            /// abbreviated title of four letters at most ("Gen. Smith", "Capt. Jones") or an initial ("J. Smith", "Yu. V. Andropov"), but not after a longer word, where it ends a sentence
            /// ("Admiral Felt. Redeptel 294"); or the editor's closing bracket ("[Soviet Ambassador Aleksandr]
            /// Alekseev", where the encoder keeps the part outside the bracket, the original's wording).
            func runsOn(_ a: Int, _ b: Int) -> Bool {
                let gap = units[tokens[a].range.upperBound..<tokens[b].range.lowerBound]
                if gap.contains(0x2E), a != title, tokens[a].folded.count > 2 { return false }
                // A title written out ends a sentence with its period ("For the Secretary. Most …").
                if gap.contains(0x2E), a == title, tokens[a].range.count > 4 { return false }
                return gapIsSpace(units: units, from: tokens[a].range.upperBound, to: tokens[b].range.lowerBound)
                    || Self.isClosingBracketAndSpace(gap)
            }
            var first = index + 1
            // "Ambassador [Przemysław] Ogrodziński": a given name the editor supplied after the title is passed
            // over; the name is the part the original writes, outside the brackets.
            let afterTitle = tokens[index].range.upperBound
            if tokens[first].range.lowerBound == afterTitle + 2, units[afterTitle] == 0x20,
                units[afterTitle + 1] == 0x5B
            {
                /// Whether the editor's bracket closes between word `b - 1` and word `b`.
                func closesBefore(_ b: Int) -> Bool {
                    Self.isClosingBracketAndSpace(units[tokens[b - 1].range.upperBound..<tokens[b].range.lowerBound])
                }
                var close = first + 1
                while close < tokens.count, close - first < 3, tokens[close - 1].isCapitalised, !closesBefore(close) {
                    close += 1
                }
                guard close < tokens.count, tokens[close - 1].isCapitalised, closesBefore(close) else { continue }
                first = close
            }
            var end = first
            // A number is no part of the name ("President Yahya 10 minutes", "Miss Willis3").
            while end < tokens.count, tokens[end].isCapitalised, !Self.startsWithDigit(tokens[end]),
                !Self.personTitles.contains(tokens[end].folded),
                !Self.commonWords.contains(tokens[end].folded), end - first < longest, runsOn(end - 1, end),
                capitalsText || !Self.isCyrillicAbbreviation(tokens[end])
            {
                end += 1
            }
            guard end > first else { continue }
            // In capitals every word is capitalised: an ordinary English word after the title is no name
            // ("THE MINISTER HAD SAID").
            if capitalsText, englishWords.contains(tokens[first].folded) { continue }
            // A title-case heading runs the name into its subject ("Chairman Ho Meeting with …"): an
            // ordinary English word by its shape (six letters or more: "Lu Ping" is a name), or a
            // preposition, ends the name.
            while end - first > 1,
                (tokens[end - 1].range.count >= 6 && Self.mayBeWordAfterTitle(tokens[end - 1]))
                    || (tokens[end - 1].range.count <= 10 && tokens[end - 1].folded.utf8.first.map { $0 < 0x80 } == true
                        && Self.headingPrepositions.contains(tokens[end - 1].folded)),
                englishWords.contains(tokens[end - 1].folded)
            {
                end -= 1
            }
            // "Vice Foreign Minister Level Talks": words that are all ordinary English words, none a given name,
            // that no entry of the authority bears, are no name.
            if end - first > 1,
                tokens[first..<end].allSatisfy({
                    englishWords.contains($0.folded) && !GivenNames.contains($0.folded)
                }),
                authority.index.longestMatch(in: tokens, from: first) == nil
            {
                continue
            }
            // Elsewhere one ordinary English word after the title that no entry of the authority bears as a
            // name is no name either when its ending or its capitals say so (``mayBeWordAfterTitle(_:)``:
            // "Foreign Minister Meeting", "Ambassadeur Soviets", "FOR PRESIDENT ONLY"), when a capitalised
            // word it does not join follows, itself or after a possessive ("New Sub-Secretary Foreign
            // Affairs", "Mr. People's Commissar"), or when it names an institution ("General Consulate in
            // Kiev"); other words are surnames as often ("Admiral Felt", "Ambassador Cannon", "Counselor
            // Mine").
            if end - first == 1,
                Self.mayBeWordAfterTitle(tokens[first])
                    || (end < tokens.count && tokens[end].isCapitalised && runsOn(first, end))
                    || (end + 1 < tokens.count && Self.isPossessiveEnding(end, tokens: tokens, units: units)
                        && tokens[end + 1].isCapitalised)
                    || Self.institutionNouns.contains(tokens[first].folded),
                englishWords.contains(tokens[first].folded),
                authority.index.longestMatch(in: tokens, from: first) == nil
            {
                continue
            }
            // "Comrade German Ambassador Fischer": a word between two titles describes, it is no name.
            if end < tokens.count, Self.personTitles.contains(tokens[end].folded), end - first == 1 { continue }
            let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
            if taken.contains(where: { $0.range.overlaps(range) }) || blocked.contains(where: { crosses($0, range) }) {
                continue
            }
            let mention = EntityMention(range: range, kind: .person, ref: nil, nameType: nil)
            state.record(mention, units: units)
            state.registerLocalPerson(tokens[first..<end].map(\.folded))
            result.append(mention)
            index = end - 1
        }
        return result
    }

    /// Titles in the plural, which name the people of the list after them ("Senators Mansfield, Humphrey,
    /// Dirksen", "Messrs. Smith and Jones", "Comrades Kim and Pak"), folded.
    static let pluralPersonTitles: Set<String> = [
        "senators", "ambassadors", "messrs", "comrades", "cdes", "generals", "ministers", "secretaries",
        "congressmen", "counsellors", "counselors", "colonels", "товарищи",
    ]

    /// The names of a list after a plural title (``pluralPersonTitles``) in mixed-case text: each item one to
    /// three capitalised words run on by single spaces, the items joined by ``conjunctiveListSeparators``. Each
    /// item is a person, where nothing tagged it already or where the gazetteer alone took it for a place
    /// ("Senators Mansfield, Humphrey": Mansfield is a town too); an item that another entry names is left
    /// as it is and the list goes on. The list ends at the first item that is no name: a word not
    /// capitalised, a title ("…, Mr. McCone"), an ordinary English word, or a word in capitals.
    private func pluralTitledNames(
        tokens: [NameTokenizer.Token], units: [UInt16], found: inout [EntityMention], blocked: [Range<Int>],
        state: inout TaggingState
    ) {
        var index = 0
        while index < tokens.count - 1 {
            defer { index += 1 }
            // Every plural title ends in "s" or "и": the last byte rules out most words before the hash.
            guard tokens[index].isCapitalised, tokens[index].range.count >= 5,
                let last = tokens[index].folded.utf8.last, last == 0x73 || last == 0xB8,
                Self.pluralPersonTitles.contains(tokens[index].folded)
            else { continue }
            var first = index + 1
            // "Messrs. Smith": the abbreviation's period before the first name.
            let gap = units[tokens[index].range.upperBound..<tokens[first].range.lowerBound]
            guard gap.elementsEqual([0x20]) || gap.elementsEqual([0x2E, 0x20]) else { continue }
            while first < tokens.count {
                var end = first
                while end < tokens.count, end - first < 3, isListName(tokens[end]),
                    end == first || Self.isOneASCIISpace(units, from: tokens[end - 1], to: tokens[end])
                {
                    end += 1
                }
                guard end > first else { break }
                let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
                let overlapping = found.indices.filter { found[$0].range.overlaps(range) }
                if overlapping.isEmpty, !blocked.contains(where: { crosses($0, range) }) {
                    let mention = EntityMention(range: range, kind: .person, ref: nil, nameType: nil)
                    state.record(mention, units: units)
                    state.registerLocalPerson(tokens[first..<end].map(\.folded))
                    found.append(mention)
                } else if overlapping.count == 1, found[overlapping[0]].range == range,
                    found[overlapping[0]].kind == .place, let ref = found[overlapping[0]].ref,
                    authority.entries[ref]?.isGenerated == true
                {
                    found[overlapping[0]] = EntityMention(range: range, kind: .person, ref: nil, nameType: nil)
                    state.registerLocalPerson(tokens[first..<end].map(\.folded))
                }
                guard
                    let next = Self.listItemStart(
                        after: tokens[end - 1].range.upperBound, units: units,
                        separators: Self.conjunctiveListSeparators),
                    let nextIndex = Self.tokenIndex(startingAt: next, in: tokens)
                else { break }
                first = nextIndex
            }
        }
    }

    /// Whether `token` can be a word of a name in a plural title's list (``pluralTitledNames``).
    private func isListName(_ token: NameTokenizer.Token) -> Bool {
        token.isCapitalised && !token.isAllCaps && token.range.count >= 2 && !Self.startsWithDigit(token)
            && !Self.personTitles.contains(token.folded) && !Self.pluralPersonTitles.contains(token.folded)
            && !englishWords.contains(token.folded) && !Self.commonWords.contains(token.folded)
    }

    /// Whether an English word after a title is an ordinary word rather than a surname, by its shape
    /// alone: written in capitals in mixed-case text, or ending as abstract nouns and adjectives do
    /// ("-ing", "-ary", "-ence", "-ance", "-ment", "-tion", "-ity"), or a plural of six letters or more
    /// ("Soviets"; not "-ss", "-us", "-is").
    static func mayBeWordAfterTitle(_ token: NameTokenizer.Token) -> Bool {
        if token.isAllCaps { return true }
        let word = token.folded
        if ordinaryWordEndings.contains(where: { hasSuffix(word, $0) }) { return true }
        // A verb's past of six letters or more ("The Indonesian Ambassador Discussed …").
        if token.range.count >= 6, hasSuffix(word, "ed") { return true }
        return token.range.count >= 6 && hasSuffix(word, "s") && !hasSuffix(word, "ss") && !hasSuffix(word, "us")
            && !hasSuffix(word, "is")
    }

    /// Prepositions a title-case heading capitalises after a name ("Chairman Ho Meeting with …", "Level
    /// Talks Between China and Vietnam"), folded.
    /// An array: its short words compare faster than a set hashes one.
    static let headingPrepositions: [String] = [
        "between", "with", "on", "about", "regarding", "concerning", "in", "at", "for", "to", "from", "of", "and",
    ]

    /// Endings of English abstract nouns and adjectives (``mayBeWordAfterTitle(_:)``).
    static let ordinaryWordEndings = ["ing", "ary", "ence", "ance", "ment", "tion", "ity"]

    /// Prefixes of a vessel's name, folded ("USS Pueblo", "HMS Hood").
    static let vesselPrefixes: Set<String> = ["uss", "hms"]

    /// French titles written abbreviated before a surname ("M. Rakowsky", "MM. Motta et Schulthess", "Mme
    /// Curie"): in French text, "M." is no initial.
    static let frenchAbbreviatedTitles: Set<String> = ["m", "mm", "mme", "mlle", "me"]

    /// A capital letter of UTF-16 as the tokenizer folds it, for ASCII ("M" → "m"); else the empty string.
    static func foldedLetter(_ unit: UInt16) -> String {
        unit >= 0x41 && unit <= 0x5A ? String(UnicodeScalar(UInt8(unit) | 0x20)) : ""
    }

    /// Whether a folded word is a title written abbreviated in the text's language (BCP 47 tag): in French,
    /// ``frenchAbbreviatedTitles``, so "M." before a surname is a title, not an initial. The one home of
    /// that rule, for the titled names, the evidence rules' initials and a name's extension over initials.
    static func isAbbreviatedTitle(_ folded: String, textLanguage: String) -> Bool {
        textLanguage == "fr" && frenchAbbreviatedTitles.contains(folded)
    }

    /// A Russian word in capitals of two to five letters (an initial is one), in text not written in capitals: an
    /// abbreviation ("Представителя СССР", "Посол США", "секретарь ЦК"), never a name after a title.
    static func isCyrillicAbbreviation(_ token: NameTokenizer.Token) -> Bool {
        guard token.isAllCaps, RussianInflection.isCyrillic(token.folded) else { return false }
        return (2...5).contains(token.folded.unicodeScalars.count)
    }

    /// "comrade", "cde" and the Russian "тов.", "т.", "товарищ", "г-н": the titles that count written in
    /// lower case (lengths compared first: most words are none; the Russian titles are compared only
    /// with a word whose first byte leads a Cyrillic letter, 0xD0 or 0xD1, as theirs do: comparing every
    /// lower-case word with the seven cost 0.4 M instructions a telegram).
    private static func isLowerCaseTitle(_ folded: String) -> Bool {
        let length = folded.utf8.count
        if (length == 7 && folded == "comrade") || (length == 3 && folded == "cde") { return true }
        guard let lead = folded.utf8.first, lead == 0xD0 || lead == 0xD1 else { return false }
        return ["тов", "т", "товарищ", "товарищу", "товарища", "господин", "г"].contains(folded)
    }

    func gapIsSpace(units: [UInt16], from: Int, to: Int) -> Bool {
        guard from <= to else { return false }
        return units[from..<to].allSatisfy { $0 == 0x20 || $0 == 0x2E || $0 == 0xA0 }
            && units[from..<to].filter({ $0 == 0x2E }).count <= 1 && to - from <= 2
    }

    /// Nouns that make a place's name before them the name of an event or an agreement ("the Moscow
    /// Conference", "the Geneva Accords", "the Vietnam War"): such a name is not the place, and the place is
    /// not tagged in it (`docs/TAGGING.md`, "Events"). "Pact" is not among them: the Warsaw Pact and the
    /// Baghdad Pact are organisations.
    static let eventNouns: Set<String> = [
        "conference", "accords", "accord", "agreement", "agreements", "treaty", "declaration", "summit", "talks",
        "protocol", "convention", "communiqué", "communique", "olympics", "games", "uprising", "offensive",
        "process", "war", "crisis",
    ]

    /// Where an event's name ends when the text from `offset`, just after a place's name, goes on as one:
    /// "-Place" words of a compound ("Japan-China Treaty"), one space, "Peace" at most, and a capitalised
    /// event noun (``eventNouns``) that ends the name, so not "War" in "the US War Department". `nil` when
    /// it does not.
    static func eventNameEnd(after offset: Int, in units: [UInt16]) -> Int? {
        func isLetter(_ unit: UInt16) -> Bool {
            (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
                || (unit >= 0xC0 && unit <= 0x24F
                    && unit != 0xD7 && unit != 0xF7)
        }
        func isCapital(_ unit: UInt16) -> Bool { (unit >= 0x41 && unit <= 0x5A) || (unit >= 0xC0 && unit <= 0xDE) }
        func wordEnd(from start: Int) -> Int {
            var end = start
            while end < units.count, isLetter(units[end]) { end += 1 }
            return end
        }
        var index = offset
        while index + 1 < units.count, units[index] == 0x2D, isCapital(units[index + 1]) {
            index = wordEnd(from: index + 1)
        }
        guard index + 1 < units.count, units[index] == 0x20, isCapital(units[index + 1]) else { return nil }
        var end = wordEnd(from: index + 1)
        var noun = UTF16Text.string(units[(index + 1)..<end]).lowercased()
        if noun == "peace", end + 1 < units.count, units[end] == 0x20, isCapital(units[end + 1]) {
            index = end
            end = wordEnd(from: index + 1)
            noun = UTF16Text.string(units[(index + 1)..<end]).lowercased()
        }
        guard eventNouns.contains(noun) else { return nil }
        guard end < units.count else { return end }
        let goesOn = units[end] == 0x2D || (units[end] == 0x20 && end + 1 < units.count && isCapital(units[end + 1]))
        return goesOn ? nil : end
    }

    /// "] ": an editor's supplied words end inside a name ("[Ambassador Aleksandr] Alekseev").
    static func isClosingBracketAndSpace(_ gap: ArraySlice<UInt16>) -> Bool {
        gap.elementsEqual([0x5D, 0x20])
    }

    func isSentenceStart(_ offset: Int, units: [UInt16]) -> Bool {
        var index = offset - 1
        while index >= 0, units[index] == 0x20 || units[index] == 0x0A { index -= 1 }
        guard index >= 0 else { return true }
        return [0x2E, 0x21, 0x3F, 0x3A].contains(units[index])
    }

    /// The sentence (or up to 160 characters) around `range`, for review reports.
    static func sentence(around range: Range<Int>, in units: [UInt16]) -> String {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 80, units[start - 1] != 0x2E || start == range.lowerBound {
            start -= 1
        }
        var end = range.upperBound
        while end < units.count, end - range.upperBound < 80, units[end] != 0x2E { end += 1 }
        return collapseWhitespace(UTF16Text.string(units[start..<min(end + 1, units.count)]))
    }
}
