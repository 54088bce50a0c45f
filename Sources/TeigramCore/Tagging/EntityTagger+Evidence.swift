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
        /// A function word of a text in a language other than English ("Le" in French text) is no given name.
        func isOwnLanguagesFunctionWord(_ word: String) -> Bool {
            state.textLanguage != "en" && TextLanguage.functionWords[word] == state.textLanguage
        }
        func joined(_ a: Int, _ b: Int) -> Bool {
            gapIsSpace(units: units, from: tokens[a].range.upperBound, to: tokens[b].range.lowerBound)
        }
        func isInitial(_ index: Int) -> Bool {
            let token = tokens[index]
            // The period first: the Character count is the dearest test and few tokens pass the others.
            return token.isCapitalised && token.range.upperBound < units.count
                && units[token.range.upperBound] == 0x2E && token.folded.count == 1
                && !Self.isAbbreviatedTitle(token.folded, textLanguage: state.textLanguage)
                && token.folded.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
        }
        /// Whether one letter and its period opening a line or a sentence label a list's item or a question
        /// and its answer ("A. Beginning with …", "B. ARRIVAL", "Q. EVEN IF …"): the word after it is an
        /// ordinary English word no authority entry starts with ("J. Smith" and "J. SMITH" stay names).
        /// `index` is the letter, `word` the word after it.
        func isListLabel(letter index: Int, word: Int) -> Bool {
            word == index + 1 && Self.opensSentence(before: tokens[index].range.lowerBound, in: units)
                && englishWords.contains(tokens[word].folded)
                && authority.index.longestMatch(in: tokens, from: word) == nil
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
                // "… with the U.S. Vorontsov reportedly": initials that spell a country's abbreviation are no
                // person's.
                if end - index >= 2, end - index <= 4,
                    Self.countryInitials.contains(tokens[index..<end].map(\.folded).joined())
                {
                    index = end
                    continue
                }
                if end < tokens.count, end > index, joined(end - 1, end), isFree(end), isNameWord(tokens[end]),
                    !isListLabel(letter: index, word: end)
                {
                    // "Vahn H. Van Diepen": a capitalised particle (three letters at most) is the surname's
                    // first word.
                    if end + 1 < tokens.count, tokens[end].folded.utf8.count <= 3,
                        CorrespondentReader.nameParticles.contains(tokens[end].folded),
                        tokens[end + 1].isCapitalised, isFree(end + 1), isNameWord(tokens[end + 1]),
                        Self.isOneASCIISpace(units, from: tokens[end], to: tokens[end + 1])
                    {
                        end += 1
                    }
                    // "and Vahn H. Van Diepen": a capitalised word in Latin letters just before the initials
                    // that is no ordinary English word, nor a sentence's first word unless a given name, is the
                    // given name (a Russian word there is a case form: "Республике А. Я. Охтину").
                    var start = index
                    if index > 0, isFree(index - 1), tokens[index - 1].isCapitalised, !tokens[index - 1].isAllCaps,
                        Self.isOneASCIISpace(units, from: tokens[index - 1], to: tokens[index]),
                        isNameWord(tokens[index - 1]), !englishWords.contains(tokens[index - 1].folded),
                        !RussianInflection.isCyrillic(tokens[index - 1].folded),
                        !Self.opensSentence(before: tokens[index - 1].range.lowerBound, in: units)
                            || GivenNames.contains(tokens[index - 1].folded)
                    {
                        start = index - 1
                    }
                    add(start, end + 1)
                    index = end + 1
                    continue
                }
            }
            // A given name, then name words (not in text written in capitals, where every word looks like a name).
            // Every form below needs a capitalised word joined to the given name, which is tested first (most
            // capitalised words stand alone); then the given-name lookup (one hash) before the name-word tests
            // (several): few words are given names.
            if !capitalsText, tokens[index].isCapitalised, index + 1 < tokens.count, tokens[index + 1].isCapitalised,
                isFree(index), joined(index, index + 1),
                // "NAI DFA" (an archive's initials): a word of three capitals or fewer is no given name.
                !(tokens[index].isAllCaps && tokens[index].folded.utf8.count <= 3),
                GivenNames.contains(tokens[index].folded),
                !isOwnLanguagesFunctionWord(tokens[index].folded), isNameWord(tokens[index])
            {
                // A period ends the name unless it is an initial's, two bytes at most ("Yu. V. Andropov", a
                // Cyrillic letter's two; "Bela Kovacs. However" is two sentences).
                var end = index + 1
                while end < tokens.count, end - index <= 3, joined(end - 1, end), isFree(end),
                    tokens[end - 1].folded.utf8.count <= 2 || units[tokens[end - 1].range.upperBound] != 0x2E,
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
            // An East Asian family name, then a given name of two syllables joined by a hyphen ("Kim
            // Byeong-seon", "Ri Won-beom", "Chang Tso-lin"): the romanisations write personal names so.
            // The hyphen first: the family-name lookup (one hash) only before a hyphenated word.
            if tokens[index].isCapitalised, index + 2 < tokens.count,
                tokens[index + 1].range.upperBound + 1 == tokens[index + 2].range.lowerBound,
                units[tokens[index + 1].range.upperBound] == 0x2D, tokens[index + 1].isCapitalised, isFree(index),
                Self.eastAsianFamilyNames.contains(tokens[index].folded), isFree(index + 1), isFree(index + 2),
                joined(index, index + 1), Self.isSyllable(tokens[index + 1].folded),
                Self.isSyllable(tokens[index + 2].folded)
            {
                add(index, index + 3)
                index += 3
                continue
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
            // A surname by its ending ("Sadovsky", "Skachkov", "Balashova", "Lozovski", "Munteanu"… see
            // ``hasSurnameEnding(_:)``), with up to two name words one space before it in mixed-case text
            // ("and Stoycho Moshanov"; a sentence's first word only when it is a given name, "Selon
            // Loukianov" is none; not before a surname in capitals, "HIS INTERPRETER SUKHADREV"). Not after
            // an initial the editor expanded, which the signature's rules read with it ("V[asily]. Pisarev"),
            // nor in an editor's bracketed gloss of a thing named after a person ("Soviet TU [Tupolev]").
            if tokens[index].isCapitalised, isFree(index), Self.hasSurnameEnding(tokens[index].folded),
                isNameWord(tokens[index]), !Self.isNationalityWord(tokens[index].folded)
            {
                let offset = tokens[index].range.lowerBound
                if !(offset > 0 && units[offset - 1] == 0x5B),
                    !(index > 0 && units[tokens[index - 1].range].contains(0x5B))
                {
                    var start = index
                    while !capitalsText, !tokens[index].isAllCaps, start > 0, index - start < 2, isFree(start - 1),
                        tokens[start - 1].isCapitalised,
                        Self.isOneASCIISpace(units, from: tokens[start - 1], to: tokens[start]),
                        !Self.opensSentence(before: tokens[start - 1].range.lowerBound, in: units)
                            || GivenNames.contains(tokens[start - 1].folded),
                        isNameWord(tokens[start - 1])
                    {
                        start -= 1
                    }
                    add(start, index + 1)
                }
            }
            index += 1
        }
        // An East Asian name of which the authority matched one word alone, as a surname it does not link
        // with confidence: a family name before it ("Xu Huang", where "Huang" is the given name), or a
        // hyphenated given name after it ("Lee Hu-rak"). The other word is a part of the person's name,
        // which ``joinPersonParts`` joins with it. One pass over those mentions, outside the tokens' loop.
        for mention in taken where mention.kind == .person && (mention.ref == nil || mention.certainty != nil) {
            guard let at = Self.tokenIndex(startingAt: mention.range.lowerBound, in: tokens),
                tokens[at].range == mention.range
            else { continue }
            if at > 0, isFree(at - 1), tokens[at - 1].isCapitalised, Self.isSyllable(tokens[at].folded),
                Self.eastAsianFamilyNames.contains(tokens[at - 1].folded), joined(at - 1, at)
            {
                add(at - 1, at)
            } else if at + 2 < tokens.count,
                tokens[at + 1].range.upperBound + 1 == tokens[at + 2].range.lowerBound,
                units[tokens[at + 1].range.upperBound] == 0x2D, tokens[at + 1].isCapitalised, isFree(at + 1),
                isFree(at + 2), Self.eastAsianFamilyNames.contains(tokens[at].folded),
                Self.isSyllable(tokens[at + 1].folded), Self.isSyllable(tokens[at + 2].folded), joined(at, at + 1)
            {
                add(at + 1, at + 3)
            }
        }
        reportedPersons(
            tokens: tokens, units: units, capitalsText: capitalsText, knownPersons: { taken + result },
            isCovered: { covered[$0] }, add: add)
        if !capitalsText {
            russianProperNouns(tokens: tokens, units: units, isCovered: { covered[$0] }, add: add)
        }
        found.removeAll { mention in absorbed.contains(mention.range) }
        found += result
    }

    /// Ottoman and Persian titles written after a person's name ("Bekir Sami Bey", "Kemal Pasha"), as folded
    /// tokens: no part of the name (``isNameWord(_:)`` rules them out).
    static let postNominalTitles: Set<String> = ["bey", "beg", "pasha", "pacha", "effendi", "efendi"]

    /// Whether a sentence or a line opens at `offset`: nothing but spaces between it and the text's start,
    /// a line break, or a sentence's closing mark (. ! ? :).
    static func opensSentence(before offset: Int, in units: [UInt16]) -> Bool {
        var position = offset - 1
        while position >= 0, units[position] == 0x20 { position -= 1 }
        guard position >= 0 else { return true }
        let unit = units[position]
        return unit == 0x0A || unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x3A
    }

    /// Endings of Slavic, Romanian, Georgian and Armenian surnames (folded: "-skiy" and "-skii" are "-sky"),
    /// as UTF-8: Russian and Bulgarian "-ov", "-ev", "-ova", "-ieva"; Polish "-ski", "-cki", "-wicz"; Russian
    /// and Serbian "-vich"; Ukrainian "-enko", "-chuk"; Georgian "-idze", "-adze", "-shvili"; Romanian
    /// "-escu", "-eanu"; Armenian "-yan". English writes no capitalised word of five letters or more so.
    static let surnameEndings: [[UInt8]] = [
        "ov", "ev", "ova", "ieva", "eeva", "yeva", "sky", "ski", "skaya", "cki", "wicz", "vich", "enko", "chuk",
        "idze", "adze", "shvili", "escu", "eanu", "yan",
    ].map { Array($0.utf8) }

    /// ``surnameEndings`` by their last byte, so that a word is compared with the few endings its last
    /// letter allows (the test runs on every free capitalised word of a text).
    private static let surnameEndingsByLastByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for ending in surnameEndings { table[Int(ending[ending.count - 1])].append(ending) }
        return table
    }()

    /// Whether a folded word of five letters or more ends like a surname (``surnameEndings``).
    static func hasSurnameEnding(_ folded: String) -> Bool {
        let utf8 = folded.utf8
        guard let last = utf8.last else { return false }
        // The endings' last letters: v y i a z h o e u n k. Most words end otherwise and go no further.
        switch last {
        case 0x76, 0x79, 0x69, 0x61, 0x7A, 0x68, 0x6F, 0x65, 0x75, 0x6E, 0x6B: break
        default: return false
        }
        guard utf8.count >= 5 else { return false }
        let endings = surnameEndingsByLastByte[Int(last)]
        return utf8.withContiguousStorageIfAvailable { bytes in
            endings.contains { ending in
                var offset = 1
                while offset <= ending.count, bytes[bytes.count - offset] == ending[ending.count - offset] {
                    offset += 1
                }
                return offset > ending.count
            }
        } ?? false
    }

    /// Korean and Chinese family names as the period's romanisations write them (McCune–Reischauer,
    /// Revised, the North's own; Wade–Giles and pinyin), in lower case: before a hyphenated given name they
    /// name a person.
    static let eastAsianFamilyNames: Set<String> = [
        "kim", "ri", "rhee", "lee", "yi", "pak", "park", "choi", "choe", "jeong", "jung", "chung", "jang", "chang",
        "han", "kang", "cho", "jo", "yun", "yoon", "hong", "hwang", "kwon", "ryu", "yu", "mun", "moon", "nam", "son",
        "shin", "sin", "ryom", "ho", "heo", "seo", "paek", "baek", "kye", "chon", "jon", "an", "ahn", "o", "oh",
        "chiang", "chou", "chu", "liu", "wang", "sun", "chen", "lin", "huang", "tung", "teng", "yang", "wu", "hsu",
        "kuo", "ma", "hu", "kao", "sung", "tsai", "tseng", "peng", "yen", "yeh", "li", "lu", "pai", "fu", "shih",
        "chao", "hsieh", "tang", "tan", "feng", "ting", "pan", "yuan", "su", "lo", "wei", "chi", "hsiao", "tsao",
        "yao", "tai", "shen", "liao", "mao", "zhou", "zhang", "zhu", "xu", "zhao", "guo", "deng", "xie", "gao",
    ]

    /// Whether a folded word can be one syllable of a romanised East Asian name: two to six letters.
    static func isSyllable(_ folded: String) -> Bool {
        (2...6).contains(folded.utf8.count) && folded.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Countries' abbreviations written as initials ("U.S.", "U.K."), folded and joined: no person's initials.
    static let countryInitials: Set<String> = ["us", "uk", "un", "usa", "ussr", "gb", "prc", "gdr", "frg"]

    /// Verbs of speech after which a capitalised name is a person's ("Marjai said", "Maisky has now
    /// proposed").
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "stated", "states", "replied", "answered", "remarked", "asked", "added", "explained",
        "declared", "insisted", "emphasized", "emphasised", "stressed", "assured", "promised", "admitted",
        "complained", "suggested", "proposed", "mentioned", "observed", "confirmed", "commented", "responded",
        "recalled", "warned", "urged", "agreed", "thinks", "thought", "believes", "believed", "intends", "intended",
        "reported", "expressed", "assures", "informed", "indicated", "reiterated", "felt", "feels", "announced",
        "denied", "acknowledged", "conceded", "requested", "claimed", "argued", "hinted", "revealed", "disclosed",
    ]

    /// Words that may stand between a name and its verb of speech ("Maisky has now proposed").
    static let speechAuxiliaries: Set<String> = [
        "has", "had", "also", "then", "again", "later", "now", "further", "once", "himself", "herself", "still",
    ]

    /// Reflexive pronouns that follow only a person's name ("Vitos himself").
    static let reflexivePronouns: Set<String> = ["himself", "herself"]

    /// Verbs whose object is a person ("told Marjai", "informed Lozovski").
    static let addressVerbs: Set<String> = [
        "told", "informed", "asked", "thanked", "urged", "assured", "advised", "telling", "informing", "asking",
    ]

    /// Words that take a person after "with" or "to" ("talks with Lozovski", "spoke to Marjai").
    static let conversationWords: Set<String> = [
        "conversation", "conversations", "talk", "talks", "talked", "talking", "spoke", "speaking", "meeting",
        "meetings", "met", "interview", "discussion", "discussions", "conferred", "consulted",
    ]

    /// Persons the authority does not know, named by what is said of them:
    ///
    /// - one to three name words right before a verb of speech, after at most two ``speechAuxiliaries``
    ///   ("Marjai said", "Maisky has now proposed"), or right before "himself" or "herself" ("Vitos
    ///   himself");
    /// - one to three name words right after a verb that takes a person ("told Marjai"), or after a word
    ///   of conversation and "with" or "to" ("talks with Lozovski", "spoke to Marjai");
    /// - one to three name words in a list with a known person, joined by ", ", " and " or " or "
    ///   ("Molotov, Vyshinski, or Lozovski").
    ///
    /// None of the words is an ordinary English word, a nationality ("asked British to delay"), an
    /// abbreviation in capitals, or already part of a name; a name after "the", "a" or "an" is a
    /// description ("the Chinese said"), not a person. In a cable written in capitals only a verb that takes
    /// a person or a word of conversation before the name counts ("TOLD VADASZ", "MEETING WITH ZAMAN"), or a
    /// verb of speech after one word of five letters or more that opens a sentence ("… POSTPONEMENT.
    /// KRISHNAN SAID"): any other word may stand before "SAID" (a heading's, an OCR fragment's), and a comma
    /// before a name as often ends a phrase; no word of cable routing ("DEPTEL") is a name.
    /// Capitalised Russian words the tagger does not know, in running Russian text: Russian writes only
    /// proper names with a capital inside a sentence (not nationalities, months or offices), so one to
    /// three such words that are no place, organisation or person already found, and that no sentence,
    /// quotation or heading opens, name a person ("Беседовал с Залесским", "поездке Соколовского и
    /// Голувко"). A text in title case (a Soviet edition's heading, where every word of an office is
    /// capitalised: half its Russian words or more) gives none, nor do words of
    /// ``russianCapitalisedCommonWords``, nor an adjective before a noun (a place's or an institution's name).
    private func russianProperNouns(
        tokens: [NameTokenizer.Token], units: [UInt16], isCovered: (Int) -> Bool, add: (Int, Int) -> Void
    ) {
        func isCyrillicWord(_ index: Int) -> Bool { RussianInflection.isCyrillic(tokens[index].folded) }
        // Most texts hold no Cyrillic word at all.
        guard units.contains(where: { $0 >= 0x0400 && $0 <= 0x04FF }) else { return }
        let cyrillic = tokens.indices.filter(isCyrillicWord)
        let capitalised = cyrillic.filter { tokens[$0].isCapitalised }
        // A heading in title case: most of its Russian words capitalised.
        guard cyrillic.count >= 6, capitalised.count * 2 <= cyrillic.count else { return }
        func isCandidate(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.isCapitalised && !token.isAllCaps && isCyrillicWord(index) && token.folded.count >= 3
                && !isCovered(index) && !Self.russianCapitalisedCommonWords.contains(token.folded)
        }
        func joined(_ a: Int, _ b: Int) -> Bool { Self.isOneSpace(units, from: tokens[a], to: tokens[b]) }
        /// Whether a sentence, a quotation, a parenthesis or a note opens right before `index` (a short
        /// lower-case abbreviation's period, "тов. Сталину", opens none).
        func opensSomething(_ index: Int) -> Bool {
            var offset = tokens[index].range.lowerBound - 1
            while offset >= 0, units[offset] == 0x20 || units[offset] == 0xA0 { offset -= 1 }
            guard offset >= 0 else { return true }
            let unit = units[offset]
            // « „ " “ ( [, a line break and an ellipsis ("… Возможно").
            if [0xAB, 0x201E, 0x22, 0x201C, 0x28, 0x5B, 0x0A, 0x2026].contains(unit) { return true }
            // A note's asterisks, not attached to a word before them ("… Финляндии. *** Министры"; a word's
            // own mark, "разговоре** Иден", opens nothing).
            if unit == 0x2A {
                while offset >= 0, units[offset] == 0x2A { offset -= 1 }
                return offset < 0 || units[offset] == 0x20 || units[offset] == 0x0A
            }
            guard [0x2E, 0x21, 0x3F, 0x3A].contains(unit) else { return false }
            if unit == 0x2E, index > 0, tokens[index - 1].range.upperBound == offset,
                Self.russianTitleAbbreviations.contains(tokens[index - 1].folded)
            {
                return false
            }
            return true
        }
        /// Whether a hyphen joins the word to the one before or after it: a part of a compound ("Юго-Восточной",
        /// "Аман-и-Афган", "Маньчжоу-Го"), not a name of its own.
        func isHyphenated(_ index: Int) -> Bool {
            let range = tokens[index].range
            return (range.lowerBound > 0 && units[range.lowerBound - 1] == 0x2D)
                || (range.upperBound < units.count && units[range.upperBound] == 0x2D)
        }
        /// Whether the word is an adjective before the lower-case noun it qualifies ("Советской власти",
        /// "Прибалтийских республик", "Белорусского фронта"): part of a name of another kind. The masculine
        /// nominative ("-ий", "-ый") is left out: it is the surname's own form before a verb ("Залесский
        /// ответил"); so is the instrumental of a surname in -ов, -ев, -ин, -ын ("с Терентьевым встретился").
        func qualifiesNextNoun(_ index: Int) -> Bool {
            let word = tokens[index].folded
            guard index + 1 < tokens.count, joined(index, index + 1), !word.hasSuffix("ии"), !word.hasSuffix("ыи"),
                Self.russianAdjectiveEndings.contains(where: { word.hasSuffix($0) }),
                !(word.hasSuffix("ым") && ["ов", "ев", "ин", "ын"].contains { word.dropLast(2).hasSuffix($0) })
            else { return false }
            let next = tokens[index + 1]
            return !next.isCapitalised && isCyrillicWord(index + 1) && next.folded.count >= 4
        }
        var index = 0
        while index < tokens.count {
            guard isCandidate(index), !opensSomething(index), !isHyphenated(index),
                index == 0 || !joined(index - 1, index) || !tokens[index - 1].isCapitalised
            else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 3, joined(end - 1, end), isCandidate(end) { end += 1 }
            // A run that goes on into a known name or a capitalised word of another kind is left alone;
            // an adjective before a noun names a place or an institution ("Красной Армией").
            if end < tokens.count, joined(end - 1, end), tokens[end].isCapitalised {
                index = end + 1
                continue
            }
            if end - index >= 2
                ? Self.russianAdjectiveEndings.contains(where: { tokens[index].folded.hasSuffix($0) })
                : qualifiesNextNoun(index)
            {
                index = end
                continue
            }
            add(index, end)
            index = end
        }
    }

    /// Folded Russian abbreviations that stand before a name with a period ("тов. Сталину", "г. Литвинов",
    /// "ген. Сикорский"): the period ends no sentence there.
    static let russianTitleAbbreviations: Set<String> = [
        "тов", "т", "г", "гг", "гр", "ген", "адм", "полк", "подп", "кап", "проф", "акад", "д-р", "м-р", "им", "ст",
        "мл", "лейт", "п", "пр", "см",
    ]

    /// Folded endings of Russian adjectives ("й" folded to "и").
    static let russianAdjectiveEndings = [
        "ыи", "ии", "ои", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ых", "их",
        "ую", "юю", "ыми", "ими",
    ]

    /// Russian words often capitalised in official prose although they name no person (folded: "й" is
    /// "и", as ``NameTokenizer`` folds it).
    static let russianCapitalisedCommonWords: Set<String> = Set(
        [
            "народный", "народного", "народному", "комиссариат", "комиссариата", "комиссар", "комиссара",
            "правительство", "правительства", "правительству", "председатель", "председателя", "председателю",
            "совет", "совета", "совету", "министерство", "министерства", "посольство", "посольства", "полпредство",
            "полпредства", "президент", "президента", "президенту", "премьер", "генеральный", "генерального",
            "секретарь", "секретаря", "государственный", "верховный", "верховного", "центральный", "центрального",
            "комитет", "комитета", "республика", "республики", "королевство", "королевства", "лига", "лиги", "лигу",
            "союз", "союза", "конференция", "конференции", "пакт", "пакта", "армия", "армии", "штаб", "партия",
            "партии", "господин", "господина", "товарищ", "товарища", "уважаемый", "посол", "посла", "министр",
            "министра", "министру", "поверенный", "поверенного", "представитель", "представителя", "заместитель",
            "заместителя", "наркоминдел", "император", "императора", "король", "короля", "маршал", "маршала",
            // The polite pronouns of a letter.
            "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашеи", "вашему", "вашим", "вашими",
            "ваших", "вашу", "вашем", "твои", "тебе",
        ].map { $0.replacingOccurrences(of: "й", with: "и") })

    private func reportedPersons(
        tokens: [NameTokenizer.Token], units: [UInt16], capitalsText: Bool, knownPersons: () -> [EntityMention],
        isCovered: (Int) -> Bool, add: (Int, Int) -> Void
    ) {
        /// One space between two words (no period: "Consuls. Maisky" are two sentences).
        func joined(_ a: Int, _ b: Int) -> Bool { Self.isOneSpace(units, from: tokens[a], to: tokens[b]) }
        func isUnknownNameWord(_ index: Int) -> Bool {
            let token = tokens[index]
            // In a cable written in capitals every word is in capitals: there a word of cable routing is no
            // name ("DEPTEL"); elsewhere a word in capitals is an abbreviation.
            guard capitalsText ? !Self.cableWords.contains(token.folded) : !token.isAllCaps else { return false }
            return !isCovered(index) && isNameWord(token) && !englishWords.contains(token.folded)
                && !Self.isNationalityWord(token.folded)
        }
        /// A word that may be a name: capitalised, and in text of mixed case not in capitals.
        func mayBeName(_ index: Int) -> Bool {
            capitalsText ? tokens[index].isAllCaps : tokens[index].isCapitalised && !tokens[index].isAllCaps
        }
        /// The run of unknown name words ending at `last` (at most three), if the word before it is not
        /// capitalised too and is no article.
        func run(endingAt last: Int) -> Range<Int>? {
            guard isUnknownNameWord(last) else { return nil }
            var start = last
            while start > 0, last - start < 2, joined(start - 1, start), isUnknownNameWord(start - 1) { start -= 1 }
            if start > 0, joined(start - 1, start) {
                // A capitalised word before the run makes it part of a longer name, unless it is an
                // ordinary word opening the sentence ("Yesterday Marjai said").
                let before = tokens[start - 1]
                let opensSentence =
                    englishWords.contains(before.folded) && isSentenceStart(before.range.lowerBound, units: units)
                if (capitalsText ? isCovered(start - 1) : before.isCapitalised && !opensSentence)
                    || ["the", "a", "an"].contains(before.folded)
                {
                    return nil
                }
            }
            return start..<(last + 1)
        }
        /// The run of unknown name words starting at `first` (at most three), if the word after it is not
        /// capitalised too.
        func run(startingAt first: Int) -> Range<Int>? {
            guard first < tokens.count, isUnknownNameWord(first) else { return nil }
            var end = first + 1
            while end < tokens.count, end - first < 3, joined(end - 1, end), isUnknownNameWord(end) { end += 1 }
            // A capitalised word after the run makes it part of a longer name (in capitals: a word already named).
            if end < tokens.count, joined(end - 1, end), capitalsText ? isCovered(end) : tokens[end].isCapitalised {
                return nil
            }
            return first..<end
        }
        // Where known persons start and end, made when a list first needs them (most paragraphs hold none).
        var boundaries: (starts: Set<Int>, ends: Set<Int>)?
        func personBoundaries() -> (starts: Set<Int>, ends: Set<Int>) {
            if let boundaries { return boundaries }
            let persons = knownPersons().filter { $0.kind == .person }
            let made = (Set(persons.map(\.range.lowerBound)), Set(persons.map(\.range.upperBound)))
            boundaries = made
            return made
        }
        func accept(_ range: Range<Int>) {
            guard range.allSatisfy({ !isCovered($0) }) else { return }
            add(range.lowerBound, range.upperBound)
            boundaries?.starts.insert(tokens[range.lowerBound].range.lowerBound)
            boundaries?.ends.insert(tokens[range.upperBound - 1].range.upperBound)
        }
        /// Whether `index` holds a word of `words`, whose lengths in bytes lie in `lengths` (compared before
        /// the word is hashed: most words are none).
        func isWord(_ index: Int, of words: Set<String>, lengths: ClosedRange<Int>) -> Bool {
            let token = tokens[index]
            return (capitalsText || !token.isCapitalised) && lengths.contains(token.folded.utf8.count)
                && words.contains(token.folded)
        }
        func isWithOrTo(_ index: Int) -> Bool {
            let word = tokens[index].folded.utf8
            return word.elementsEqual("with".utf8) || word.elementsEqual("to".utf8)
        }
        // Only capitalised words can be names: each looks at its neighbours, and the name-word tests run
        // only when a neighbour gives evidence (one pass, linear in the text).
        for index in tokens.indices where mayBeName(index) && !isCovered(index) {
            // "Marjai said", "Maisky has now proposed": a verb of speech after the name, past auxiliaries.
            if !capitalsText, index + 1 < tokens.count, !tokens[index + 1].isCapitalised, joined(index, index + 1) {
                var verb = index + 1
                while verb < tokens.count, verb - index <= 2, isWord(verb, of: Self.speechAuxiliaries, lengths: 3...7),
                    verb + 1 < tokens.count, joined(verb, verb + 1)
                {
                    verb += 1
                }
                // "possibly Vitos himself": a reflexive pronoun right after the name is said only of a person.
                if isWord(verb, of: Self.speechVerbs, lengths: 4...10)
                    || isWord(index + 1, of: Self.reflexivePronouns, lengths: 7...7),
                    let found = run(endingAt: index)
                {
                    accept(found)
                    continue
                }
            }
            // In capitals, "… POSTPONEMENT. KRISHNAN SAID THAT": one unknown word of five letters or more that
            // opens a sentence, right before a verb of speech (a heading's or an OCR fragment's word opens none).
            if capitalsText, index + 1 < tokens.count, joined(index, index + 1), tokens[index].folded.utf8.count >= 5,
                isWord(index + 1, of: Self.speechVerbs, lengths: 4...10),
                isSentenceStart(tokens[index].range.lowerBound, units: units), isUnknownNameWord(index),
                index == 0 || !joined(index - 1, index)
            {
                accept(index..<(index + 1))
                continue
            }
            guard index > 0,
                joined(index - 1, index)
                    || Self.listItemEnd(before: tokens[index].range.lowerBound, units: units) != nil
            else {
                continue
            }
            // "told Ostrowski"; "talks with Lozovski", "spoke to Marjai".
            if joined(index - 1, index),
                isWord(index - 1, of: Self.addressVerbs, lengths: 4...9)
                    || (index > 1 && isWithOrTo(index - 1) && joined(index - 2, index - 1)
                        && isWord(index - 2, of: Self.conversationWords, lengths: 3...13)),
                let found = run(startingAt: index)
            {
                accept(found)
                continue
            }
            // "Molotov, Vyshinski": after a known person in a list (not in capitals, where a comma before a
            // name as often ends a phrase: "DURING INTIAL PLESANTRIES, GROMYKO EXPRESSED").
            if !capitalsText, let previousEnd = Self.listItemEnd(before: tokens[index].range.lowerBound, units: units),
                personBoundaries().ends.contains(previousEnd), let found = run(startingAt: index)
            {
                accept(found)
            }
        }
        // "Lozovski and Molotov": before a known person in a list (backwards, so that a list's names are
        // found from its known one).
        for index in tokens.indices.reversed()
        where !capitalsText && index + 1 < tokens.count && mayBeName(index) && !isCovered(index) {
            guard let nextStart = Self.listItemStart(after: tokens[index].range.upperBound, units: units),
                personBoundaries().starts.contains(nextStart), let found = run(endingAt: index)
            else { continue }
            accept(found)
        }
    }

    /// A nationality, as a noun or adjective: one of ``nationalityAdjectives``, or a word of five letters
    /// or more ending in "-ese", "-ian" or "-ish" that is no given name ("Romanian", but "Adrian"). Unlike
    /// ``isNationalityAdjective(_:at:)`` it leaves out "-an" and "-i", which end many surnames
    /// ("Sullivan", "Lozovski").
    static func isNationalityWord(_ folded: String) -> Bool {
        if nationalityAdjectives.contains(folded) { return true }
        return folded.utf8.count >= 5 && ["ese", "ian", "ish"].contains { hasSuffix(folded, $0) }
            && !GivenNames.contains(folded)
    }

    /// Whether one space (or a no-break space) and nothing else stands between two tokens.
    static func isOneSpace(_ units: [UInt16], from a: NameTokenizer.Token, to b: NameTokenizer.Token) -> Bool {
        b.range.lowerBound - a.range.upperBound == 1
            && (units[a.range.upperBound] == 0x20 || units[a.range.upperBound] == 0xA0)
    }

    /// Whether exactly one ASCII space, and nothing else, stands between `a` and `b`: stricter than
    /// `isOneSpace`, for the rules that join a word to a name only across an ordinary typed space (a no-break
    /// space there is an edition's layout, not a name's).
    static func isOneASCIISpace(_ units: [UInt16], from a: NameTokenizer.Token, to b: NameTokenizer.Token) -> Bool {
        b.range.lowerBound - a.range.upperBound == 1 && units[a.range.upperBound] == 0x20
    }

    /// What joins the items of a list of names, as UTF-16, longest first: ", and ", ", or ", " and ", " or ",
    /// ", ".
    private static let listSeparators: [[UInt16]] = [", and ", ", or ", " and ", " or ", ", "].map {
        Array($0.utf16)
    }

    /// The separators of ``listSeparators`` that add an item rather than offer one, longest first: ", and ",
    /// " and ", ", " (the people a plural title names: "Senators Mansfield, Humphrey and Dirksen").
    static let conjunctiveListSeparators: [[UInt16]] = [", and ", " and ", ", "].map { Array($0.utf16) }

    /// Where the list item before `offset` ends, if a list separator stands right before `offset`.
    private static func listItemEnd(before offset: Int, units: [UInt16]) -> Int? {
        for separator in listSeparators where offset >= separator.count {
            if units[(offset - separator.count)..<offset].elementsEqual(separator) { return offset - separator.count }
        }
        return nil
    }

    /// Where the list item after `offset` starts, if one of `separators` (longest first) stands right after
    /// `offset`.
    static func listItemStart(
        after offset: Int, units: [UInt16], separators: [[UInt16]] = listSeparators
    ) -> Int? {
        for separator in separators where offset + separator.count <= units.count {
            if units[offset..<(offset + separator.count)].elementsEqual(separator) { return offset + separator.count }
        }
        return nil
    }

    /// For each token, whether one of `mentions` overlaps it: one sweep over both, sorted (tokens are in
    /// text order), so linear in the text and the mentions.
    /// The index of the token of `tokens` (in text order) that starts at `offset`, by binary search; `nil`
    /// when none does.
    static func tokenIndex(startingAt offset: Int, in tokens: [NameTokenizer.Token]) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.lowerBound == offset ? low : nil
    }

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
