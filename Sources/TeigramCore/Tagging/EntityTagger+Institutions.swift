/// Organisations the authority does not know, recognised by the noun that names an institution
/// ("Czechoslovak Embassy", "Polish Embassy in Beijing", "Central Committee of the BCP", "Foreign
/// Relations Section"): a run of capitalised words, joined by "of", "the", "for", "and" or "in", that
/// holds such a noun, written with a capital. The longest run is one name; a place inside it is part of
/// it. Text written in capitals is left alone (every word there looks like a name).
extension EntityTagger {
    /// Nouns that name an institution when capitalised.
    static let institutionNouns: Set<String> = [
        "embassy", "legation", "consulate", "ministry", "department", "committee", "politburo", "presidium",
        "party", "council", "assembly", "congress", "bureau", "agency", "commission", "secretariat", "delegation",
        "mission", "cabinet", "army", "front", "directorate", "section", "institute", "academy", "bank", "company",
        "corporation", "office", "sejm", "parliament", "staff", "command", "headquarters", "league", "federation",
        "organization", "organisation", "service", "division", "court", "tribunal", "посольство", "министерство",
        "комитет", "совет", "партии", "партия", "наркомат",
    ]
    /// The portfolios of ministries and departments, which end their names ("Ministry of Foreign Affairs").
    static let portfolioWords: Set<String> = [
        "affairs", "relations", "trade", "defence", "defense", "education", "culture", "industry", "security",
        "justice", "interior", "health", "finance", "agriculture", "communications", "transport",
    ]

    /// Lower-case words that may join the words of an institution's name.
    static let institutionJoiners: Set<String> = ["of", "the", "for", "and", "in", "on"]

    /// - Parameter capitalsText: whether `units` is written in capitals, worked out once per text.
    func institutions(
        tokens: [NameTokenizer.Token], units: [UInt16], capitalsText: Bool, found: inout [EntityMention],
        blocked: [Range<Int>], state: inout TaggingState
    ) {
        guard !capitalsText else { return }
        // Tokens that a person or organisation already covers (places may be nested), kept per token so the
        // pass stays linear in the text.
        var covered = Self.tokenCoverage(tokens, found.filter { $0.kind != .place })
        var startsOfMentions = Set(found.map(\.range.lowerBound))
        func isCapitalWord(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.isCapitalised && !Self.commonFunctionWords.contains(token.folded)
                && token.folded.unicodeScalars.first.map(\.properties.isAlphabetic) == true
                && !covered[index]
        }
        func joined(_ a: Int, _ b: Int) -> Bool {
            let gap = units[tokens[a].range.upperBound..<tokens[b].range.lowerBound]
            return gap.count >= 1 && gap.count <= 2
                && gap.allSatisfy { $0 == 0x20 || $0 == 0x2D || $0 == 0x2019 || $0 == 0x27 }
        }
        var index = 0
        while index < tokens.count {
            guard isCapitalWord(index) else {
                index += 1
                continue
            }
            // The run: capitalised words, and joiners followed by a capitalised word.
            var end = index + 1
            var runEnd = index
            while end < tokens.count, joined(end - 1, end) {
                // "Ministry of Foreign Affairs Ha Van Lau": a ministry's portfolio ends its name, unless an
                // institution noun or a joiner follows ("Foreign Affairs Committee").
                if tokens[end].isCapitalised, tokens[end - 1].isCapitalised,
                    Self.portfolioWords.contains(tokens[end - 1].folded),
                    !Self.institutionNouns.contains(tokens[end].folded)
                {
                    break
                }
                if isCapitalWord(end) {
                    runEnd = end
                    end += 1
                } else if Self.institutionJoiners.contains(tokens[end].folded), end + 1 < tokens.count,
                    joined(end, end + 1)
                {
                    // "the Ministry of Foreign Affairs and the Ministry of Higher Education": "and" before
                    // another institution's noun starts a second name.
                    if tokens[end].folded == "and",
                        Self.institutionNouns.contains(tokens[end + 1].folded)
                            || (tokens[end + 1].folded == "the" && end + 2 < tokens.count
                                && Self.institutionNouns.contains(tokens[end + 2].folded)),
                        (index...runEnd).contains(where: { Self.institutionNouns.contains(tokens[$0].folded) })
                    {
                        break
                    }
                    end += 1
                } else {
                    break
                }
            }
            let words = tokens[index...runEnd]
            guard words.contains(where: { $0.isCapitalised && Self.institutionNouns.contains($0.folded) }) else {
                index = runEnd + 1
                continue
            }
            // Nothing after the last institution noun unless joined by "of", "for", "in" or "on"
            // ("Department Pak Yong" ends at "Department").
            var last = runEnd
            if let lastNoun = (index...last).last(where: { Self.institutionNouns.contains(tokens[$0].folded) }),
                lastNoun < last, !Self.institutionJoiners.contains(tokens[lastNoun + 1].folded)
            {
                last = lastNoun
            }
            // A role before the name is no part of it ("Chief of the Serbian Agrarian Party").
            var start = index
            if let roleEnd = (index..<last).first(where: { ["of", "for"].contains(tokens[$0].folded) }),
                (index..<roleEnd).allSatisfy({
                    Self.personTitles.contains(tokens[$0].folded) || Self.roleWords.contains(tokens[$0].folded)
                        || CorrespondentReader.titleWords.contains(tokens[$0].folded)
                })
            {
                start = roleEnd + 1
                while start < last, Self.institutionJoiners.contains(tokens[start].folded) { start += 1 }
            }
            // A sentence's first word is only part of the name when it is itself a name word.
            if start < last, isSentenceStart(tokens[start].range.lowerBound, units: units),
                !Self.institutionNouns.contains(tokens[start].folded),
                !startsOfMentions.contains(tokens[start].range.lowerBound),
                Self.commonWords.contains(tokens[start].folded)
            {
                start += 1
            }
            guard (start...last).contains(where: { Self.institutionNouns.contains(tokens[$0].folded) }) else {
                index = last + 1
                continue
            }
            let range = tokens[start].range.lowerBound..<tokens[last].range.upperBound
            if !startsOfMentions.contains(range.lowerBound) || !found.contains(where: { $0.range == range }),
                !blocked.contains(where: { crosses($0, range) })
            {
                // A place inside the name stays tagged: the encoder nests it in the orgName.
                let mention = EntityMention(range: range, kind: .org, ref: nil, nameType: nil)
                state.record(mention, units: units)
                found.append(mention)
                startsOfMentions.insert(range.lowerBound)
                for token in start...last { covered[token] = true }
            }
            index = last + 1
        }
    }

    /// Words that open sentences and headings and are never part of a name.
    static let commonFunctionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "to", "from", "with",
        "and", "but", "or", "as", "if", "when", "after", "before", "during", "since", "our", "his", "her", "their",
        "its", "my", "your", "we", "he", "she", "they", "it", "i", "you", "no", "not", "all", "both",
    ]
}
