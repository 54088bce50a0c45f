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
        "комитет", "совет", "партии", "партия", "наркомат", "departement", "departementes", "département",
        "dipartimento", "ministerium", "ministeriums", "ministère", "légation", "gesandtschaft", "botschaft",
        "ambassade", "ambasciata", "legazione", "senate", "bundesrat", "bundestag", "volkskammer", "reichstag",
        "majlis", "knesset", "duma", "sobranie", "mfa", "mofa",
    ]
    /// The portfolios of ministries and departments, which end their names ("Ministry of Foreign Affairs").
    static let portfolioWords: Set<String> = [
        "affairs", "relations", "trade", "defence", "defense", "education", "culture", "industry", "security",
        "justice", "interior", "health", "finance", "agriculture", "communications", "transport",
    ]

    /// Nouns of a body's meetings: before "of" and the body's name they name an event, not an institution.
    static let meetingNouns: Set<String> = ["congress", "plenum", "plenary", "session", "conference", "meeting"]

    /// Words of a person's membership in a body: before "of" and the body's name they name a role, not an
    /// institution ("Candidate Member of the Executive Political Committee", "Alternate Member of the …").
    static let membershipWords: Set<String> = ["member", "members", "candidate", "alternate", "full"]

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
        /// Whether one or two spaces, hyphens or apostrophes join word `a` to word `b` (indices into the
        /// units, no slice: the test runs on every pair of a run).
        func joined(_ a: Int, _ b: Int) -> Bool {
            var start = tokens[a].range.upperBound
            let end = tokens[b].range.lowerBound
            // "F[oreign] M[inistry]": the bracket closing an expansion inside word `a` ends that word.
            if start < end, units[start] == 0x5D, tokens[a].range.count > 2,
                units[tokens[a].range.lowerBound + 1] == 0x5B
            {
                start += 1
            }
            guard end - start >= 1, end - start <= 2 else { return false }
            for offset in start..<end {
                let unit = units[offset]
                guard unit == 0x20 || unit == 0x2D || unit == 0x2019 || unit == 0x27 else { return false }
            }
            return true
        }
        // For each token that starts an organisation already found, the token that ends it.
        let knownOrganisationEnd = Self.mentionEnds(tokens, found.filter { $0.kind == .org })
        func knownEnd(at token: Int) -> Int? {
            guard !knownOrganisationEnd.isEmpty, token < tokens.count else { return nil }
            let end = knownOrganisationEnd[token]
            return end >= 0 ? end : nil
        }
        var index = 0
        while index < tokens.count {
            // The run's own words start at `runStart`; a known organisation before them is part of the name
            // ("HSWP Central Committee", "KWP CC International Department"), and stays tagged inside it.
            var runStart = index
            if !isCapitalWord(index) {
                guard let knownEnd = knownEnd(at: index), knownEnd + 1 < tokens.count,
                    joined(knownEnd, knownEnd + 1), isCapitalWord(knownEnd + 1)
                else {
                    index += 1
                    continue
                }
                runStart = knownEnd + 1
            }
            // The run: capitalised words, and joiners followed by a capitalised word.
            var end = runStart + 1
            var runEnd = runStart
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
                } else if Self.isPossessiveEnding(end, tokens: tokens, units: units), end + 1 < tokens.count,
                    joined(end, end + 1), isCapitalWord(end + 1)
                {
                    // "the DPRK's Supreme People's Assembly": a place's possessive is no part of the name; the
                    // name starts after it.
                    let possessor = tokens[index].range.lowerBound..<tokens[runEnd].range.upperBound
                    if runStart == index, found.contains(where: { $0.kind == .place && $0.range == possessor }) {
                        index = end + 1
                        runStart = end + 1
                        runEnd = end + 1
                        end += 2
                        continue
                    }
                    // "Polish People's Republic": a possessive "s" between capitalised words.
                    end += 1
                } else if Self.institutionJoiners.contains(tokens[end].folded), end + 1 < tokens.count,
                    joined(end, end + 1)
                {
                    let joiner = tokens[end].folded
                    let hasNoun =
                        (joiner == "of" || joiner == "and")
                        && (runStart...runEnd).contains { Self.institutionNouns.contains(tokens[$0].folded) }
                    // "Central Committee of the Bulgarian Communist Party": an institution "of" an organisation
                    // already found takes that organisation's name as its end.
                    if hasNoun, joiner == "of",
                        let knownEnd = knownEnd(at: end + 1)
                            ?? (tokens[end + 1].folded == "the" && end + 2 < tokens.count && joined(end + 1, end + 2)
                                ? knownEnd(at: end + 2) : nil)
                    {
                        runEnd = knownEnd
                        break
                    }
                    // "the Department and the Czechoslovak Embassy", "Council of State and Minister of Foreign
                    // Affairs": "and" starts a second name before a person's title, or before another
                    // institution's noun when the first name is complete (it ends with its noun, its portfolio
                    // or "State"; "Foreign Ministry Soviet and East Europe Department" is one name).
                    if hasNoun, joiner == "and",
                        let second = Self.secondName(after: end, tokens: tokens, units: units),
                        second == .person || Self.endsInstitutionName(tokens[runEnd].folded)
                    {
                        break
                    }
                    // "between the Hungarian embassy to Havana and the Cuban Ministry of Foreign Affairs": words
                    // without an institution noun before "and the" are no part of the organisation named after
                    // it ("Finance and Planning Department", without "the", is one name).
                    if joiner == "and", tokens[end + 1].folded == "the",
                        !(runStart...runEnd).contains(where: { Self.institutionNouns.contains(tokens[$0].folded) }),
                        Self.secondName(after: end, tokens: tokens, units: units) == .org
                    {
                        break
                    }
                    // "the National Assembly on October 5": a date is no part of a name.
                    if Self.isMonthOrWeekday(tokens[end + 1].folded) { break }
                    end += 1
                } else {
                    break
                }
            }
            // A known organisation before the run joins it only when the run names an institution itself.
            if runStart > index,
                !tokens[runStart...runEnd].contains(where: { Self.institutionNouns.contains($0.folded) })
            {
                index = runStart
                continue
            }
            let words = tokens[index...runEnd]
            guard words.contains(where: { $0.isCapitalised && Self.institutionNouns.contains($0.folded) }),
                // "the Embassy" alone is the writer's own mission, a description rather than a name.
                // An abbreviation the editor completed after its first letter ("F[oreign] M[inistry]") is a
                // name, not a noun alone.
                words.count > 1 || !Self.bareMissionNouns.contains(tokens[index].folded)
                    || (tokens[index].range.count > 2 && units[tokens[index].range.lowerBound + 1] == 0x5B),
                // "its 6th Congress", "the Twentieth Party Congress": a meeting counted by its ordinal is an
                // event, no body.
                !(Self.meetingNouns.contains(tokens[runEnd].folded)
                    && (Self.isOrdinal(tokens[index]) || (index > 0 && Self.isOrdinal(tokens[index - 1]))))
            else {
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
            // A role before the name is no part of it ("Chief of the Serbian Agrarian Party", "Candidate Member
            // of the Executive Political Committee"), nor is a meeting of the body, which is an event ("Congress
            // of the Romanian Communist Party", "Plenum of the Polish Party Central Committee").
            // Roles joined by "and" are one role ("Deputy Prime Minister and Candidate for the Politburo"), and
            // "in" ends a role as "of" does ("Director General in the Foreign Ministry").
            var start = index
            if runStart == index,
                let roleEnd = (index..<last).first(where: { ["of", "for", "in"].contains(tokens[$0].folded) }),
                (index..<roleEnd).allSatisfy({
                    ($0 > index && tokens[$0].folded == "and")
                        || Self.personTitles.contains(tokens[$0].folded) || Self.roleWords.contains(tokens[$0].folded)
                        || CorrespondentReader.titleWords.contains(tokens[$0].folded)
                        || Self.meetingNouns.contains(tokens[$0].folded)
                        || Self.membershipWords.contains(tokens[$0].folded)
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

    /// What the words after "and" at `andIndex` (after an optional "the") start, judged by the first
    /// institution noun or person's title among up to four capitalised words: an organisation's or a
    /// person's name, or `nil`.
    static func secondName(after andIndex: Int, tokens: [NameTokenizer.Token], units: [UInt16]) -> AuthorityEntry.Kind?
    {
        var next = andIndex + 1
        if next < tokens.count, tokens[next].folded == "the" { next += 1 }
        var taken = 0
        while next < tokens.count, taken < 4, tokens[next].isCapitalised,
            isOneSpace(units, from: tokens[next - 1], to: tokens[next])
        {
            let word = tokens[next].folded
            if institutionNouns.contains(word) { return .org }
            // "Chairman of the Ministerial Council and Member of the Political Bureau": a membership is a role.
            if personTitles.contains(word) || membershipWords.contains(word) { return .person }
            taken += 1
            next += 1
        }
        return nil
    }

    /// Whether a word can end an institution's name: its noun ("Department"), its portfolio ("Affairs")
    /// or "State" ("Department of State").
    static func endsInstitutionName(_ folded: String) -> Bool {
        institutionNouns.contains(folded) || portfolioWords.contains(folded) || folded == "state"
    }

    /// Whether a folded word is an English month's name or abbreviation, or a weekday: the length and the
    /// first letter are tested before the word is hashed.
    static func isMonthOrWeekday(_ folded: String) -> Bool {
        let bytes = folded.utf8
        guard bytes.count >= 3, bytes.count <= 9, let first = bytes.first, monthOrWeekdayInitials.contains(first)
        else { return false }
        return monthAndWeekdayNames.contains(folded)
    }

    /// English month names and abbreviations (``DateRecognizer/monthNames``) and weekdays, folded.
    static let monthAndWeekdayNames: Set<String> = Set(DateRecognizer.monthNames.map(\.0)).union(PageReader.weekdays)

    /// The first bytes of ``monthAndWeekdayNames``.
    static let monthOrWeekdayInitials: Set<UInt8> = Set(monthAndWeekdayNames.compactMap(\.utf8.first))

    /// For each token, the last token of the one of `mentions` that starts there, else -1; empty when there
    /// are no mentions. One sweep over both, sorted, so linear in the text and the mentions.
    static func mentionEnds(_ tokens: [NameTokenizer.Token], _ mentions: [EntityMention]) -> [Int] {
        guard !mentions.isEmpty else { return [] }
        var ends = [Int](repeating: -1, count: tokens.count)
        var first = 0
        for range in mentions.map(\.range).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            while first < tokens.count, tokens[first].range.lowerBound < range.lowerBound { first += 1 }
            guard first < tokens.count, tokens[first].range.lowerBound == range.lowerBound else { continue }
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].range.upperBound <= range.upperBound { last += 1 }
            ends[first] = max(ends[first], last)
        }
        return ends
    }

    /// Whether token `index` is the "s" of a possessive: one apostrophe (' or ’) between it and the word before.
    static func isPossessiveEnding(_ index: Int, tokens: [NameTokenizer.Token], units: [UInt16]) -> Bool {
        guard index > 0, tokens[index].folded == "s" else { return false }
        let gap = units[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
        return gap.count == 1 && (gap.first == 0x27 || gap.first == 0x2019)
    }

    /// Whether a token is an ordinal number: digits with "st", "nd", "rd" or "th" ("6th", "20th"), or an
    /// English ordinal word up to the thirtieth ("Sixth", "Twentieth", "twenty-second" as its last part).
    static func isOrdinal(_ token: NameTokenizer.Token) -> Bool {
        let folded = token.folded
        guard folded.utf8.count >= 3, let last = folded.utf8.last, last == 0x74 || last == 0x68 || last == 0x64 else {
            return false
        }
        if folded.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            let digits = folded.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            return ["st", "nd", "rd", "th"].contains(String(folded.dropFirst(digits)))
        }
        return ordinalWords.contains(folded)
    }

    /// English ordinal words ``isOrdinal(_:)`` accepts.
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth",
    ]

    /// Nouns that name no institution standing alone ("the Embassy", "Legation", "the Delegation", "the
    /// Party", "the Cabinet"): the writer's own mission or delegation, or a body described, not named.
    static let bareMissionNouns: Set<String> = [
        "embassy", "legation", "consulate", "mission", "delegation", "cabinet", "party",
        // "the Commission", "the Ministry", "the Division": a body the text has named, referred to again.
        // "Department" is no such noun: State Department cables name the Department of State so.
        "commission", "ministry", "division", "office", "council", "committee", "bureau",
    ]

    /// Telegraphic names of institutions, in any case ("FonOff", "FONOFF", "Dept"): a foreign office, the
    /// Department of State.
    static let telegraphicInstitutions: Set<String> = ["fonoff", "dept"]

    /// Words that make a ministry's or office's name with the noun after them in a cable written in
    /// capitals ("FOREIGN MINISTRY", "TREASURY DEPARTMENT", "HOME OFFICE"), besides nationalities
    /// ("HUNGARIAN FOREIGN MINISTRY", "BRITISH EMBASSY").
    static let capitalsInstitutionModifiers: Set<String> = [
        "foreign", "state", "treasury", "commerce", "defense", "defence", "war", "navy", "interior", "home",
        "colonial", "external", "justice", "finance", "trade", "agriculture", "labor", "labour", "education",
        "health", "information", "press",
    ]

    /// The nouns of ``capitalsInstitutions(tokens:units:capitalsText:found:blocked:state:)``.
    static let capitalsInstitutionNouns: Set<String> = [
        "ministry", "office", "department", "embassy", "legation", "consulate", "secretariat",
    ]

    /// Institutions in a cable written in capitals, where ``institutions(tokens:units:capitalsText:found:blocked:state:)``
    /// cannot tell names by their capitals, and telegraphic names in any text:
    ///
    /// - nationalities and ``capitalsInstitutionModifiers`` before a noun of ``capitalsInstitutionNouns``
    ///   ("FOREIGN MINISTRY", "HUNGARIAN FOREIGN MINISTRY", "TREASURY DEPARTMENT", "FOREIGN OFFICE"), with
    ///   "OF" and a portfolio after it ("MINISTRY OF FOREIGN AFFAIRS" needs none before);
    /// - "DEPARTMENT" alone, which in a cable is the Department of State;
    /// - ``telegraphicInstitutions`` ("FONOFF", "FonOff", "Dept").
    func capitalsInstitutions(
        tokens: [NameTokenizer.Token], units: [UInt16], capitalsText: Bool, found: inout [EntityMention],
        blocked: [Range<Int>], state: inout TaggingState
    ) {
        func isTelegraphicName(_ token: NameTokenizer.Token) -> Bool {
            // "dept" and "fonoff": the length is compared before the word is hashed.
            let length = token.folded.utf8.count
            return (length == 4 || length == 6) && Self.telegraphicInstitutions.contains(token.folded)
        }
        // Text in mixed case holds no telegraphic name, mostly: one pass tells, before any array is made.
        guard capitalsText || tokens.contains(where: { $0.isCapitalised && isTelegraphicName($0) }) else { return }
        var covered = Self.tokenCoverage(tokens, found.filter { $0.kind != .place })
        func joined(_ a: Int, _ b: Int) -> Bool { Self.isOneSpace(units, from: tokens[a], to: tokens[b]) }
        func add(_ start: Int, _ end: Int) {
            let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
            guard !blocked.contains(where: { crosses($0, range) }) else { return }
            let mention = EntityMention(range: range, kind: .org, ref: nil, nameType: nil)
            state.record(mention, units: units)
            found.append(mention)
            for token in start..<end { covered[token] = true }
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            guard !covered[index], token.isCapitalised else { continue }
            if isTelegraphicName(token) {
                add(index, index + 1)
                continue
            }
            // The noun first (its length compared before the word is hashed), then the words before it.
            guard capitalsText, token.isAllCaps, (6...11).contains(token.folded.utf8.count),
                Self.capitalsInstitutionNouns.contains(token.folded)
            else { continue }
            let noun = index
            var start = noun
            while start > 0, noun - start < 3, tokens[start - 1].isAllCaps, !covered[start - 1],
                joined(start - 1, start),
                Self.capitalsInstitutionModifiers.contains(tokens[start - 1].folded)
                    || Self.isNationalityWord(tokens[start - 1].folded)
            {
                start -= 1
            }
            var end = noun + 1
            // "MINISTRY OF FOREIGN AFFAIRS": "OF" and one to three portfolio words.
            if end + 1 < tokens.count, tokens[end].folded == "of", joined(noun, end), joined(end, end + 1) {
                var portfolio = end + 1
                while portfolio < tokens.count, portfolio - end <= 3, tokens[portfolio].isAllCaps,
                    joined(portfolio - 1, portfolio),
                    Self.portfolioWords.contains(tokens[portfolio].folded)
                        || Self.capitalsInstitutionModifiers.contains(tokens[portfolio].folded)
                {
                    portfolio += 1
                }
                if portfolio > end + 1, Self.portfolioWords.contains(tokens[portfolio - 1].folded) {
                    end = portfolio
                }
            }
            if start < noun || end > noun + 1 || tokens[noun].folded == "department" {
                add(start, end)
                index = end - 1
            }
        }
    }

    /// Institution nouns that a nationality makes a name of even in lower case ("the Vietnamese embassy").
    static let missionNouns: Set<String> = ["embassy", "legation", "consulate", "ministry"]
    /// Nationality adjectives without a demonym ending (``isNationalityAdjective(_:)``).
    static let nationalityAdjectives: Set<String> = [
        "soviet", "czech", "swiss", "thai", "lao", "greek", "dutch", "french", "british", "irish", "danish",
        "swedish", "finnish", "polish", "turkish", "spanish", "afghan", "slovak", "english", "scottish", "welsh",
        "flemish",
        // Ending in "-an" or "-i" like many surnames ("Sullivan", "Lozovski"), so named one by one.
        "korean", "american", "german", "cuban", "mexican", "african", "chilean", "venezuelan", "guatemalan",
        "nicaraguan", "dominican", "angolan", "moroccan", "libyan", "kenyan", "ugandan", "uruguayan",
        "paraguayan", "salvadoran", "honduran", "tibetan", "european", "iraqi", "israeli", "pakistani", "kuwaiti",
        "saudi", "yemeni", "somali", "omani", "bangladeshi",
    ]

    /// Whether a capitalised word is a nationality adjective: one of ``nationalityAdjectives``, or a word
    /// of five letters or more ending in "-ese", "-ian", "-an" or "-i" ("Vietnamese", "Romanian", "Korean",
    /// "Iraqi") that the authority does not know as a name.
    func isNationalityAdjective(_ tokens: [NameTokenizer.Token], at index: Int) -> Bool {
        let word = tokens[index].folded
        if Self.nationalityAdjectives.contains(word) { return true }
        guard tokens[index].isCapitalised, word.utf8.count >= 5, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        else { return false }
        return ["ese", "ian", "an", "i"].contains { Self.hasSuffix(word, $0) }
            && authority.index.longestMatch(in: tokens, from: index) == nil
    }

    /// "the Vietnamese embassy", "the Soviet legation": a nationality adjective before a mission noun
    /// written in lower case (``missionNouns``) is an organisation, and with its post after "in" or "at"
    /// when a place is tagged there ("the Indonesian embassy in Pyongyang").
    func nationalMissions(
        tokens: [NameTokenizer.Token], units: [UInt16], capitalsText: Bool, found: inout [EntityMention],
        blocked: [Range<Int>], state: inout TaggingState
    ) {
        // Most texts hold no mission noun in lower case: one pass over the tokens tells, before any array
        // is made.
        guard !capitalsText, tokens.count > 1,
            tokens.contains(where: { token in
                // The nouns have seven to nine letters: the length is compared before the word is hashed.
                !token.isCapitalised && (7...9).contains(token.folded.utf8.count)
                    && Self.missionNouns.contains(token.folded)
            })
        else { return }
        let covered = Self.tokenCoverage(tokens, found.filter { $0.kind != .place })
        for index in 0..<(tokens.count - 1) {
            let noun = tokens[index + 1]
            guard !noun.isCapitalised, Self.missionNouns.contains(noun.folded), tokens[index].isCapitalised,
                !covered[index], !covered[index + 1],
                gapIsSpace(units: units, from: tokens[index].range.upperBound, to: noun.range.lowerBound),
                isNationalityAdjective(tokens, at: index)
            else { continue }
            var range = tokens[index].range.lowerBound..<noun.range.upperBound
            // "the Indonesian embassy in Pyongyang": the mission's post, a place tagged right after "in" or
            // "at", ends its name (the place stays tagged inside it).
            if index + 3 < tokens.count, ["in", "at"].contains(tokens[index + 2].folded),
                !tokens[index + 2].isCapitalised,
                Self.isOneSpace(units, from: noun, to: tokens[index + 2]),
                Self.isOneSpace(units, from: tokens[index + 2], to: tokens[index + 3]),
                let post = found.first(where: {
                    $0.kind == .place && $0.range.lowerBound == tokens[index + 3].range.lowerBound
                })
            {
                range = range.lowerBound..<post.range.upperBound
            }
            guard !blocked.contains(where: { crosses($0, range) }) else { continue }
            // A nationality the authority knows as a place ("Soviet" for the Soviet Union) was tagged a place:
            // the organisation takes its place.
            found.removeAll { $0.kind == .place && $0.range == tokens[index].range }
            let mention = EntityMention(range: range, kind: .org, ref: nil, nameType: nil)
            state.record(mention, units: units)
            found.append(mention)
        }
    }

    /// Abbreviations in capitals that name no institution: a page's formats and identifiers ("TEI XML",
    /// "PDF", "UTF-8", "ISBN") and a vessel's prefix ("USS Pueblo", "HMS Hood").
    static let nonInstitutionAbbreviations: Set<String> = Set([
        "pdf", "utf", "xml", "tei", "html", "htm", "url", "uri", "isbn", "issn", "doi", "jpeg", "jpg", "png", "rtf",
        "csv", "ascii",
    ]).union(vesselPrefixes)

    /// Words of telegraphic routing and handling written in capitals, and the cables' abbreviations of
    /// governments, that are no institution's name.
    static let cableWords: Set<String> = [
        "nodis", "exdis", "limdis", "niact", "noforn", "deptel", "embtel", "reftel", "septel", "cirtel", "urtel",
        "mytel", "ourtel", "sitrep", "fyi", "info", "amembassy", "amemb", "secstate", "washdc", "eyes", "only",
        "roger", "stop", "end", "para", "tags", "subj", "ref", "cite", "oct", "nov", "dec", "sept", "gmt", "utc",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // A government named by the cables' abbreviation ("USG", "GOI", "GVN", "GRC", "HMG"): a country's
        // government, which the gold guides do not tag as an organisation.
        "usg", "goi", "gvn", "grc", "hmg", "goj", "gop", "gok", "gog", "gof", "rgv", "rvng",
    ]

    /// An abbreviation the authority does not know, in prose of mixed case: a word of three to six ASCII
    /// capitals ("ICC", "COSVN", "UNHCR"), or two or three such words in a row ("RCP CC"), with a lower-case
    /// word right before or after it ("the future of the ICC in Vietnam"), is an organisation. Never an
    /// ordinary English word, a title, a month or day, a Roman numeral, a word of cable routing
    /// (``cableWords``) or apparatus, or a word a mention already covers; a line of capitals and codes
    /// ("TAGS: PFOR, GDS") has no lower-case neighbour.
    func abbreviatedInstitutions(
        tokens: [NameTokenizer.Token], units: [UInt16], capitalsText: Bool, found: inout [EntityMention],
        blocked: [Range<Int>], state: inout TaggingState
    ) {
        // Most texts hold no word of three to six capitals: one pass over the tokens tells, before any
        // array is made.
        guard !capitalsText,
            tokens.contains(where: { token in
                token.isAllCaps && (3...6).contains(token.folded.utf8.count)
                    && token.folded.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } == true
            })
        else { return }
        let covered = Self.tokenCoverage(tokens, found)
        func isAbbreviation(_ index: Int) -> Bool {
            let token = tokens[index]
            let word = token.folded
            guard token.isAllCaps, !covered[index], (3...6).contains(word.utf8.count),
                word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
            else { return false }
            return !englishWords.contains(word) && !Self.commonWords.contains(word)
                && !Self.personTitles.contains(word) && !Self.apparatusWords.contains(word)
                && !Self.cableWords.contains(word) && !Self.nonInstitutionAbbreviations.contains(word)
                && DateRecognizer.monthNumber(word) == nil
                && !Self.isRomanNumeral(UTF16Text.string(units[token.range]).lowercased())
                && authority.index.longestMatch(in: tokens, from: index) == nil
        }
        var index = 0
        while index < tokens.count {
            guard isAbbreviation(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 3,
                isAbbreviation(end)
                    || (tokens[end].isAllCaps && !covered[end]
                        && tokens[end].folded.utf8.count == 2 && !englishWords.contains(tokens[end].folded)),
                gapIsSpace(units: units, from: tokens[end - 1].range.upperBound, to: tokens[end].range.lowerBound),
                units[tokens[end - 1].range.upperBound] == 0x20
            {
                end += 1
            }
            let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
            let isInProse =
                (index > 0 && !tokens[index - 1].isCapitalised) || (end < tokens.count && !tokens[end].isCapitalised)
            if isInProse, !blocked.contains(where: { crosses($0, range) }) {
                let mention = EntityMention(range: range, kind: .org, ref: nil, nameType: nil)
                state.record(mention, units: units)
                found.append(mention)
            }
            index = end
        }
    }

    /// Whether a lower-case word as written is a well-formed Roman numeral ("xviii", "mcm"; not "icc"). The
    /// folded form will not do: folding writes "ii" as "y".
    static func isRomanNumeral(_ word: String) -> Bool {
        // Read the letters as a number, then write the number back: a well-formed numeral is its own
        // canonical form (a regular expression here cost 1.2 M instructions a telegram).
        let values: [UInt8: Int] = [0x69: 1, 0x76: 5, 0x78: 10, 0x6C: 50, 0x63: 100, 0x64: 500, 0x6D: 1000]
        let digits = word.utf8.compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == word.utf8.count, digits.count <= 15 else { return false }
        var total = 0
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        guard (1...3999).contains(total) else { return false }
        var canonical = ""
        var rest = total
        for (value, letters) in [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
            (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ] {
            while rest >= value {
                canonical += letters
                rest -= value
            }
        }
        return canonical == word
    }

    /// Words that open sentences and headings and are never part of a name.
    static let commonFunctionWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "to", "from", "with",
        "and", "but", "or", "as", "if", "when", "after", "before", "during", "since", "our", "his", "her", "their",
        "its", "my", "your", "we", "he", "she", "they", "it", "i", "you", "no", "not", "all", "both", "der", "die",
        "das", "regarding", "concerning", "between", "about", "against", "following", "via",
    ]
}
