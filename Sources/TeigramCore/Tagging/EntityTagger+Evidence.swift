/// Persons the authority does not know, recognised from general evidence in the text itself (see
/// `docs/TAGGING.md`):
///
/// - initials before a capitalised word ("A. Gromyko", "J.F. Dulles", "В. М. МОЛОТОВА");
/// - a given name of ``GivenNames`` before one to three capitalised words ("Eugeniusz Milnikiel", "Ivan
///   Popov"), except in text written in capitals;
/// - a lower-case office before a capitalised name, directly or after a comma ("the Swiss ambassador,
///   Lindt").
///
/// Each name found is remembered for the document (its full form and its last word), so that later
/// mentions of the surname alone are tagged too.
extension EntityTagger {
    /// Offices written in lower case that introduce a name in apposition.
    static let appositionTitles: Set<String> = [
        "ambassador", "minister", "chargé", "charge", "counsellor", "counselor", "consul", "envoy", "attaché",
        "attache", "premier", "president", "chairman", "secretary", "comrade", "cde", "general", "marshal",
        "colonel", "посол", "министр", "товарищ", "тов",
    ]

    /// - Parameter capitalsText: whether `units` is written in capitals (``isWrittenInCapitals(_:)``, worked
    ///   out once per text by ``mentions(in:blocked:context:state:)``).
    func evidencedPersons(
        tokens: [NameTokenizer.Token], units: [UInt16], capitalsText: Bool, found: inout [EntityMention],
        blocked: [Range<Int>], state: inout TaggingState
    ) {
        let taken = found
        var result: [EntityMention] = []
        var absorbed: [Range<Int>] = []
        // Which tokens a mention already covers, kept per token so the pass stays linear in the text.
        var covered = Self.tokenCoverage(tokens, taken)
        // Known persons by the offset they start or end at, for widening them.
        var personStarting: [Int: EntityMention] = [:]
        var personEnding: [Int: EntityMention] = [:]
        for mention in taken where mention.kind == .person && mention.ref != nil {
            personStarting[mention.range.lowerBound] = mention
            personEnding[mention.range.upperBound] = mention
        }
        func isFree(_ index: Int) -> Bool { !covered[index] }
        func joined(_ a: Int, _ b: Int) -> Bool {
            gapIsSpace(units: units, from: tokens[a].range.upperBound, to: tokens[b].range.lowerBound)
        }
        func isInitial(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.isCapitalised && token.folded.count == 1 && token.range.upperBound < units.count
                && units[token.range.upperBound] == 0x2E
                && token.folded.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
        }
        func add(_ start: Int, _ end: Int) {
            let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
            guard !blocked.contains(where: { crosses($0, range) }) else { return }
            let mention = EntityMention(range: range, kind: .person, ref: nil, nameType: nil)
            state.record(mention, units: units)
            for token in start..<end { covered[token] = true }
            state.registerLocalPerson(tokens[start..<end].filter { $0.folded.count > 1 }.map(\.folded))
            result.append(mention)
        }
        var index = 0
        while index < tokens.count {
            // Initials, then a name word.
            if isInitial(index), isFree(index) {
                var end = index
                while end < tokens.count, isInitial(end), end - index < 3, isFree(end),
                    end == index || joined(end - 1, end)
                {
                    end += 1
                }
                if end < tokens.count, end > index, joined(end - 1, end), isFree(end), isNameWord(tokens[end]) {
                    add(index, end + 1)
                    index = end + 1
                    continue
                }
            }
            // A given name, then name words (not in text written in capitals, where every word looks like a name).
            // The given-name lookup (one hash) before the name-word tests (several): few words are given names.
            if !capitalsText, tokens[index].isCapitalised, isFree(index), GivenNames.contains(tokens[index].folded),
                isNameWord(tokens[index]), index + 1 < tokens.count
            {
                var end = index + 1
                while end < tokens.count, end - index <= 3, joined(end - 1, end), isFree(end),
                    isNameWord(tokens[end]) || (isInitial(end) && end + 1 < tokens.count)
                {
                    end += 1
                }
                // "Andrey Yanuaryevich Vyshinsky": a known person right after the given names takes them in.
                if end < tokens.count, end - index <= 3, joined(end - 1, end),
                    let known = personStarting[tokens[end].range.lowerBound]
                {
                    var widened = known
                    widened.range = tokens[index].range.lowerBound..<known.range.upperBound
                    absorbed.append(known.range)
                    result.append(widened)
                    index = end + 1
                    continue
                }
                // "Mengistu Haile Mariam": given names right after a known person belong to that name.
                if end > index + 1, !isInitial(end - 1), index > 0, joined(index - 1, index),
                    let known = personEnding[tokens[index - 1].range.upperBound]
                {
                    var widened = known
                    widened.range = known.range.lowerBound..<tokens[end - 1].range.upperBound
                    absorbed.append(known.range)
                    result.append(widened)
                    index = end
                    continue
                }
                if end > index + 1, !isInitial(end - 1) {
                    add(index, end)
                    index = end
                    continue
                }
            }
            // A lower-case office, then a name: "the Swiss ambassador, Lindt".
            if !tokens[index].isCapitalised, Self.appositionTitles.contains(tokens[index].folded),
                index + 1 < tokens.count, isFree(index + 1), isNameWord(tokens[index + 1]),
                Self.isSpaceOrComma(units[tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound])
            {
                var end = index + 2
                while end < tokens.count, end - index <= 3, joined(end - 1, end), isFree(end), isNameWord(tokens[end]) {
                    end += 1
                }
                add(index + 1, end)
                index = end
                continue
            }
            index += 1
        }
        found.removeAll { mention in absorbed.contains(mention.range) }
        found += result
    }

    /// For each token, whether one of `mentions` overlaps it: one sweep over both, sorted (tokens are in
    /// text order), so linear in the text and the mentions.
    static func tokenCoverage(_ tokens: [NameTokenizer.Token], _ mentions: [EntityMention]) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokens.count)
        let ranges = mentions.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var first = 0
        for range in ranges {
            while first < tokens.count, tokens[first].range.upperBound <= range.lowerBound { first += 1 }
            var index = first
            while index < tokens.count, tokens[index].range.lowerBound < range.upperBound {
                covered[index] = true
                index += 1
            }
        }
        return covered
    }

    /// One space, or a comma and one space.
    static func isSpaceOrComma(_ gap: ArraySlice<UInt16>) -> Bool {
        gap.elementsEqual([0x20]) || gap.elementsEqual([0x2C, 0x20])
    }

    /// Whether a text is written in capitals (a telegraphic cable): fewer than one letter in ten is lower
    /// case, among at least twenty ASCII letters.
    static func isWrittenInCapitals(_ units: [UInt16]) -> Bool {
        var upper = 0
        var lower = 0
        for unit in units {
            if unit >= 0x41 && unit <= 0x5A { upper += 1 } else if unit >= 0x61 && unit <= 0x7A { lower += 1 }
        }
        return upper + lower >= 20 && lower * 10 < upper + lower
    }
}
