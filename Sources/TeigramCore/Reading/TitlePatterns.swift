/// The guarded regular expressions with which ``MetadataReader`` cuts a title or citation down to its
/// correspondents (see ``GuardedPattern``). A guard is a necessary condition only.
enum TitlePatterns {
    /// "Document 24.2: " before a title, or an edition's bare document number ("177 Department of External
    /// Affairs to Mackay", "338 High Commission in New Delhi to …").
    static let documentNumber = GuardedPattern(
        #"^(?:Document\s+[0-9IVXL.]+:?\s*|\d{1,4}\s+(?=\p{Lu}\p{Ll}))"#,
        guard: .test(
            "opens with Document or a decimal digit (an ASCII one, or a non-ASCII scalar of category Nd)",
            { text in
                guard let first = text.utf8.first else { return false }
                if text.hasPrefix("Document") || (first >= 0x30 && first <= 0x39) { return true }
                return first >= 0x80 && text.unicodeScalars.first?.properties.generalCategory == .decimalNumber
            }),
        examples: ["Document 24.2: Telegram", "Document IV ", "177 Department of External Affairs to Mackay"])

    /// "Source:" or "[Source:" before an archival citation.
    static let sourceLabel = GuardedPattern(
        #"^\[?Source:\s*"#, guard: .opensWith(["Source:", "[Source:"]),
        examples: ["Source: APRF, F. 45", "[Source: AVPRF"])

    /// ", containing a message from X" at the end of a title; the quoted author is not a correspondent.
    static let containingMessage = GuardedPattern(
        #",?\s*containing a message from\s+(.+)$"#, guard: .contains(["containing a message from"]),
        examples: ["Kovalev to Stalin, containing a message from Mao Zedong"])

    /// A citation's lead-in ("Source:", an opening quotation mark, "Document N:", in that order; never an
    /// empty match).
    static let citationLeadIn = GuardedPattern(
        #"^(?:Source:\s*[“"]?(?:Document\s+[0-9IVXL.]+:\s*)?|[“"](?:Document\s+[0-9IVXL.]+:\s*)?|Document\s+[0-9IVXL.]+:\s*)"#,
        guard: .opensWith(["Source:", "“", "\"", "Document"]), examples: ["Source: “Document VI: Ciphered"])

    /// The kind of document with its number at the start of a title ("Ciphered Telegram No. 3582 from ").
    static let documentKind = GuardedPattern(
        #"^(?:[a-z]+\s+){0,2}(?:(?:tele|radio|cipher|crypto|cable)gram|cable|report|letter|memorandum|message|note|information)s?(?: via \w+)?(?:\s+(?:(?:n[oºr]\.?|#)\s*)?[a-z]{0,3}(?:\d{1,3}(?:[ .]\d{3})+(?!\d)|\d[\d/]*\w*))?\s*(?:,|[-–—]?\s*(?:from|by|of)\s)?\s*"#,
        caseInsensitive: true,
        guard: .test("ASCII text holding one of the kind words in any case, or any non-ASCII text", mayHoldKindWord),
        examples: [
            "Ciphered Telegram No. 3582 from Filippov", "Telegram, Shtykov to Vyshinsky", "REPORT from",
            "CRYPTOGRAM NO 10456 FROM", "TELEGRAM 066.621 from the Romanian Embassy",
            "Telegram No. 048 626 from the Czechoslovak Embassy", "Telegrams from Romanian Embassy",
            "Secret Telegram No. 3267/IV - From Beijing", "Information from BG Embassy",
            "Note by the East German Embassy in Hanoi", "Cablegram P298 CANBERRA",
            "Letter of Hungarian Ambassador Sándor Nógrádi to",
        ])

    /// "from " at the start of a phrase, in any case.
    static let leadingFrom = GuardedPattern(
        #"^(?i:from)\s+"#,
        guard: .test(
            "the first four bytes spell from in any ASCII case",
            { $0.utf8.opensWithASCIIWord("from") }),
        examples: ["from Roshchin to Filippov", "FROM the Embassy"])

    /// ", concerning …" (a subject) at the end of a phrase.
    static let trailingSubject = GuardedPattern(
        #",\s*(?:Concerning|re|regarding|about|on|conveying|containing|enclosing|transmitting|forwarding)\b.*$"#,
        guard: .contains([","]),
        examples: ["Zhou to Mao, regarding the talks", "Bayerlacher to Honecker, conveying a Message"])

    /// A subject a title in title case runs on to without a comma ("Telegram from X to Y Regarding the Reply
    /// of …"): only the capitalised words, so a name's lower-case "on" or "about" stays; "re:" with its
    /// colon in any case ("Information from BG Embassy in DPRK re: visit of …"); a lower-case "on" only
    /// before a subject's noun ("… to the Hungarian Foreign Ministry on the Meeting of …"), as a body's
    /// name never has it ("Committee on the Peaceful Uses of Outer Space" keeps its "on").
    static let titleCaseSubject = GuardedPattern(
        #"\s+(?:(?:Regarding|Concerning|(?i:re):|About|On\s+the)\s|on\s+(?:the\s+|a\s+)?(?:Meetings?|Talks?|Conversations?|Visits?|Situation|Questions?|Results?|Issues?|Problems?|Discussions?|Negotiations?|Events?)\b).*$"#,
        guard: .test(
            "holds a capitalised opener, or \" on \" and one of the subject's nouns",
            { text in
                ["Regarding", "Concerning", "Re:", "re:", "RE:", "About", "On"].contains { text.containsBytes(of: $0) }
                    || (text.containsBytes(of: " on ") && subjectNouns.contains { text.containsBytes(of: $0) })
            }),
        examples: [
            "Ion Dorobantu to Corneliu Manescu Regarding the Reply", "A to B On the Talks", "X re: visit",
            "Ambassador to the Hungarian Foreign Ministry on the Meeting of Hungarian President",
        ])

    /// A subject after a spaced dash, in a phrase whose white space is collapsed ("Nikishov to Beria - Henry A. Wallace’s visit to the city of Magadan"),
    /// from the first such dash to the end of a phrase. ``MetadataReader/readCorrespondents(_:into:)`` drops
    /// it only when " to " stands before the dash.
    static let trailingDashSubject = GuardedPattern(
        #"\x{20}[-–—]\x{20}.*$"#,
        guard: .test("a space, a hyphen or an en or em dash, and a space", holdsSpacedDash),
        examples: ["Nikishov to Beria - Henry A. Wallace’s visit", "A to B – The Talks", "A to B — The Talks"])

    /// Whether `text` holds " - ", " – " or " — ".
    static func holdsSpacedDash(_ text: Substring) -> Bool {
        spacedDashes.contains { text.containsBytes(of: $0) }
    }

    /// A space, a hyphen or an en or em dash, and a space.
    private static let spacedDashes = [" - ", " – ", " — "]

    /// A title's subject after a participle of reporting ("Telegram from Soviet Politburo members Mikoyan
    /// and Suslov reporting on the situation in Hungary"): lower case, before "on", "about" or "that".
    static let reportingSubject = GuardedPattern(
        #"\s+(?:reporting|informing|reports|informs)\s+(?:on|about|that)\s.*$"#,
        guard: .contains(["reporting", "informing", "reports", "informs"]),
        examples: ["Mikoyan and Suslov reporting on the situation", "X informing that Y"])

    /// A date in words that opens a title on a page where text extraction ran the date line into it
    /// ("October 22, 1964 Cable from the Chinese Embassy in India"): the month, the day, a comma, the year.
    static let leadingDate = GuardedPattern(
        #"^(?:\#(englishMonths))\s+\d{1,2},\s+\d{4}\s+"#, guard: .opensWith(englishMonths.components(separatedBy: "|")),
        examples: ["October 22, 1964 Cable from the Chinese Embassy in India"])

    /// A record of a meeting between its participants at the start of a title ("Memo of Meeting Between …",
    /// "Record of Conversation between …", "Minutes of the Talks between …").
    static let meetingBetween = GuardedPattern(
        #"^(?i:(?:memo|memorandum|record|minutes|notes?|summary|transcript)\s+of\s+(?:a\s+|the\s+)?(?:meeting|conversation|talk|discussion|negotiation)s?\s+between)\s"#,
        guard: .contains(["between", "Between", "BETWEEN"]),
        examples: [
            "Memo of Meeting Between Bulgarian Deputy Foreign Minister", "Record of Conversation between Yumjaagiin",
        ])

    /// The nouns of a subject ``titleCaseSubject`` ends a title at after a lower-case "on", as stems.
    static let subjectNouns = [
        "Meeting", "Talk", "Conversation", "Visit", "Situation", "Question", "Result", "Issue", "Problem",
        "Discussion", "Negotiation", "Event",
    ]

    /// The English month names, as alternatives of a regular expression: a date's month after a comma ends
    /// a phrase.
    static let englishMonths = "January|February|March|April|May|June|July|August|September|October|November|December"

    /// ", 12 May …" or ", December 11, …" (a date) at the end of a phrase, or a date in figures after a space
    /// ("… to Exteriores  4/9/87").
    static let trailingDate = GuardedPattern(
        #"(?:[,;]\s*(?:\d|(?:\#(englishMonths))\s+\d).*|\s+\d{1,2}/\d{1,2}/(?:\d{2}|\d{4}))$"#,
        guard: .contains([",", "/", ";"]),
        examples: [
            "Shtykov to Vyshinsky, 19 January 1950", "From Beijing to Warsaw, December 11, 1980",
            "From Brasemb Baires to Exteriores  4/9/87", "to the German Foreign Office; May 29, 1940",
        ])

    /// ", Place, Month Day[, Year]" or ", Place, 12 …" at the end of a phrase: the place and date of writing.
    static let trailingPlaceAndDate = GuardedPattern(
        #",\s*\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,2},\s*(?:\d|(?:\#(englishMonths))\s+\d).*$"#,
        guard: .contains([","]),
        examples: ["Secretary to Dominions Secretary, Ottawa, October 4, 1941", "A to B, Addis Ababa, 29 March 1988"])

    /// A quotation (a title's subject) at the end of a phrase.
    static let trailingQuotation = GuardedPattern(
        #"(?:,?\s*[“"”]|(?:,\s*|\s+)[‘']).*$"#, guard: .contains(["\"", "“", "”", "‘", "'"]),
        examples: ["Mao to Stalin “On the talks”", "Katori to the Foreign Minister, 'Premier Visit'"])

    /// "[via X]": the intermediary of a cable.
    static let via = GuardedPattern(
        #"\s*\[via\s+([^\]]+)\]"#, guard: .contains(["[via"]), examples: ["Mao Zedong [via Kovalev]"])

    /// A place after a correspondent's name (", Beijing" or " in Urumchi").
    static let trailingPlace = GuardedPattern(
        #"(?:,.*|\s+(?:in|at)\s+.*)$"#,
        guard: .test("a comma, or in or at right after white space", mayHavePlaceOrComma),
        examples: ["Savel'yev in Urumchi", "Roshchin, Beijing", "Kim at Pyongyang"])

    /// Every expression, for the tests.
    static let all: [GuardedPattern] = [
        documentNumber, sourceLabel, containingMessage, citationLeadIn, documentKind, leadingFrom, trailingSubject,
        titleCaseSubject, reportingSubject, leadingDate, trailingDashSubject, meetingBetween, trailingDate,
        trailingPlaceAndDate,
        trailingQuotation, via, trailingPlace,
    ]

    /// Words one of which ``documentKind`` needs.
    static let kindWords = [
        "telegram", "cable", "report", "letter", "memorandum", "message", "note", "radiogram", "ciphergram",
        "cryptogram", "cablegram", "information",
    ]

    /// Whether the text is ASCII and holds, in any letter case, one of ``kindWords`` (non-ASCII text is left
    /// to the expression, as case folding maps a few other characters to ASCII letters).
    static func mayHoldKindWord(_ text: Substring) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        let lower = text.lowercasedText
        return kindWords.contains { lower.containsBytes(of: $0) }
    }

    /// Whether ``trailingPlace`` can match `phrase` at all: it needs a comma, or "in" or "at" right after
    /// white space.
    static func mayHavePlaceOrComma(_ phrase: Substring) -> Bool {
        var previous: Unicode.Scalar = "x"
        var beforePrevious: Unicode.Scalar = "x"
        for scalar in phrase.unicodeScalars {
            if scalar == "," { return true }
            if (previous == "i" && scalar == "n") || (previous == "a" && scalar == "t"),
                beforePrevious.properties.isWhitespace
            {
                return true
            }
            beforePrevious = previous
            previous = scalar
        }
        return false
    }
}
