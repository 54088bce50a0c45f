/// The regular expressions of the layout rules (``PageReader``), each with the guard that spares running
/// it on most lines. A guard is a necessary condition only: any further condition of a rule (a length, a
/// position) stands in the rule, not here.
enum LinePatterns {
    /// "For report to …", "For immediate delivery to …" (on lower-case text).
    static let forDelivery = GuardedPattern(
        #"^for (immediate )?(report|delivery|transmission) to\b"#,
        guard: .opensWith(["for "]), examples: ["for report to comrade stalin", "for immediate delivery to"])

    /// Handling instructions (on lower-case text).
    static let handling = GuardedPattern(
        #"^(copying prohibited|making copies is forbidden|copying forbidden|immediate|priority|personal)\b"#,
        guard: .opensWith([
            "copying prohibited", "making copies is forbidden", "copying forbidden", "immediate", "priority",
            "personal",
        ]),
        examples: ["copying prohibited.", "immediate", "personal and confidential"])

    /// Copy and distribution lines (on lower-case text).
    static let copies = GuardedPattern(
        #"^(copy|copies|distribution list)\b"#,
        guard: .opensWith(["cop", "distribution list"]),
        examples: ["copies: stalin, molotov", "copy nº 1", "distribution list"])

    /// A distribution note's label, whose names (on the line or on the lines after it) are readers, not
    /// signatories: "To be seen by", "Seen by", "FYI", "Copies to", "For the information of" (on lower-case
    /// text).
    static let distributionLabel = GuardedPattern(
        #"^(?:to be seen by|seen by|to be read by|read by|fyi|cc|copies to|copy to|for the information of|distributed to|circulated to|distribution|recipients(?=:)|received by(?=:))\b"#,
        guard: .opensWith([
            "to be", "seen by", "read by", "fyi", "cc", "cop", "for the information", "distribut", "circulated",
            "recipients", "received by:",
        ]),
        examples: [
            "to be seen by", "seen by", "fyi  – trojanowski, thee", "copies to: a, b", "recipients:", "received by:",
        ])

    /// Transmission notes: sent, received, deciphered… (on lower-case text).
    static let transmission = GuardedPattern(
        #"^(?:sent|received|arrived|deciphered|decoded|printed|typed|cabled|verified|dispatched|transmitted|telegraph|repeated|came in|from[…:.\s]+\S+[…,.\s]+dispatched)\b"#,
        guard: .opensWith([
            "sent", "received", "arrived", "deciphered", "decoded", "printed", "typed", "cabled", "verified",
            "dispatched", "transmitted", "telegraph", "repeated", "came in", "from",
        ]),
        examples: [
            "received 12.10.50 at 03.15", "deciphered by ivanov", "telegraph", "repeated to belgrade.",
            "from…moscow…dispatched on 02.13.63 at 20:40 hours", "came in to the decoding department…02.13.63",
        ])

    /// A closing salutation (on lower-case text).
    static let closingSalute = GuardedPattern(
        #"^(with\b.*\b(greetings|regards|respect)|yours\b|respectfully|best wishes|sincerely)"#,
        guard: .opensWith(["with", "yours", "respectfully", "best wishes", "sincerely"]),
        examples: ["with communist greetings", "yours faithfully", "sincerely"])

    /// A telegram number with its sign ("Telegram No. 34691", "№ 12"), on lower-case text.
    static let numberWithSign = GuardedPattern(
        #"^(cable|ciphered telegram|telegram|special|incoming|outgoing)?\s*(no\.|nº|n°|#|№)\s*:?\s*[\d]"#,
        guard: .test("holds one of the number signs no. nº n° # №", mayHoldNumberSign),
        examples: ["ciphered telegram no. 34691", "№ 12", "# 5"])

    /// A line that is only a number with its sign ("No. 258/sh"), on lower-case text.
    static let numberOnly = GuardedPattern(
        #"^(no\.|nº|n°|№)\s*:?\s*\d+(/\w+)?\.?$"#,
        guard: .test("holds one of the number signs no. nº n° # №", mayHoldNumberSign),
        examples: ["no. 258/sh", "nº 7."])

    /// A reference number such as "1/2-34" or "12(A)".
    static let referenceNumber = GuardedPattern(
        #"^[\d/.()A-Z\-]+\.?$"#,
        guard: .test("every ASCII byte is one the expression allows", mayBeReferenceNumber),
        examples: ["1/2-34", "12(A).", "0001118/1955"])

    /// A footnote mark: "x/ ", "1/ ", "**/ ".
    static let footnoteMark = GuardedPattern(
        #"^[a-z0-9*]{1,2}/\s"#,
        guard: .test("a slash at byte 1 or 2", { $0.utf8.dropFirst().prefix(2).contains(UInt8(ascii: "/")) }),
        examples: ["x/ see above", "1/ the note", "**/ a note"])

    /// A download or file-size line of an archive page ("Download 1.2 MB").
    static let downloadSize = GuardedPattern(
        #"^(Download|Size)\s*[\d.,]+\s*[KMG]b\.?$"#, caseInsensitive: true,
        guard: .test(
            "opens with d or s and ends in b, b. or a line end",
            { text in
                guard let first = text.utf8.first,
                    first | 0x20 == UInt8(ascii: "d") || first | 0x20 == UInt8(ascii: "s")
                else { return false }
                let last = text.utf8.last ?? 0
                let beforeLast = text.utf8.dropLast().last ?? 0
                return last | 0x20 == UInt8(ascii: "b")
                    || last == UInt8(ascii: ".") && beforeLast | 0x20 == UInt8(ascii: "b")
                    || (0x0A...0x0D).contains(last) || last >= 0x80
            }),
        examples: ["Download 1.2 MB", "Size 340 Kb.", "download 3 mb"])

    /// A pagination line of digits ("1 2 3 4").
    static let digitRuns = GuardedPattern(
        #"^\d+(\s+\d+){2,}$"#,
        guard: .test(
            "only digits and white space among ASCII bytes",
            { text in
                guard let first = text.utf8.first, first >= 0x80 || (0x30...0x39).contains(first) else { return false }
                return text.utf8.allSatisfy {
                    $0 >= 0x80 || (0x30...0x39).contains($0) || $0 == 0x20 || (0x09...0x0D).contains($0)
                }
            }),
        examples: ["1 2 3 4", "10  11  12"])

    /// Prose that still belongs after a signature: reference notes and footnotes.
    static let trailerProse = GuardedPattern(
        #"^(Spravka|Reference|Note|N\.B\.|Deciphered|Printed|Typed|Sent|Received|Arrived|Cabled|Copies|Distribution|Verified|Five copies|[a-z0-9*]{1,2}/\s|\*|\[\d{1,3}\]\s)"#,
        guard: .test(
            "opens with S R N D P T A C V F * or [, or has a slash at byte 1 or 2",
            { text in
                guard let first = text.utf8.first else { return false }
                // Compared, not searched in a string: the guard runs on every line after a signature.
                switch first {
                case UInt8(ascii: "S"), UInt8(ascii: "R"), UInt8(ascii: "N"), UInt8(ascii: "D"), UInt8(ascii: "P"),
                    UInt8(ascii: "T"), UInt8(ascii: "A"), UInt8(ascii: "C"), UInt8(ascii: "V"), UInt8(ascii: "F"),
                    UInt8(ascii: "*"), UInt8(ascii: "["):
                    return true
                default:
                    return text.utf8.dropFirst().prefix(2).contains(UInt8(ascii: "/"))
                }
            }),
        examples: [
            "Spravka: the cable was sent", "Note: see above", "x/ a footnote", "* an asterisk note",
            "[1] 10 августа 1937 г.",
        ])

    /// A numbered point ("1. The…", "(2) We…"); group 1 is the number.
    static let numberedPoint = GuardedPattern(
        #"^\(?(\d{1,2})[.)]\)?\s+\S"#,
        guard: .test(
            "a non-ASCII byte among the first six, else the opening read as the expression reads it: an "
                + "optional (, one or two digits, . or ), an optional ), white space",
            { text in mayOpenWithNumberedPoint(text) }),
        examples: ["1. The Soviet government", "(2) We agree"])

    /// A unit that is only an omission mark in brackets ("[...]", "[…]").
    static let omissionOnly = GuardedPattern(
        #"^\[\s*(\.\.\.|…|\. \. \.)\s*\]$"#,
        guard: .opensWith(["["]), examples: ["[...]", "[ … ]", "[. . .]"])

    /// A document heading of a page with several documents ("Document 24.2", "DOCUMENT IV"); a reference
    /// that a line of running text opens with ("Document 258), but on 17 December …") is none.
    static let documentHeading = GuardedPattern(
        #"^Document\s+[0-9IVXL]+(\.[0-9]+)?\b(?![),;])"#,
        guard: .test("opens with D, or a non-ASCII byte", mayOpenWithD), examples: ["Document 24.2", "Document IV"])

    /// ``documentHeading`` in any case.
    static let documentHeadingAnyCase = GuardedPattern(
        #"^Document\s+[0-9IVXL]+(\.[0-9]+)?\b(?![),;])"#, caseInsensitive: true,
        guard: .test("opens with d or D, or a non-ASCII byte", mayOpenWithD), examples: ["DOCUMENT 7", "document 24.2"])

    /// The guard of ``numberedPoint``. When the first six bytes are ASCII, the expression's opening is
    /// read on them (its `\d` is then an ASCII digit, its `\s` a space or a byte from tab to carriage
    /// return); a paragraph that opens with another character (most Cyrillic ones) fails at its first
    /// scalar unless that is a decimal digit.
    static func mayOpenWithNumberedPoint(_ text: Substring) -> Bool {
        let head = Array(text.utf8.prefix(6))
        guard let first = head.first else { return false }
        if first >= 0x80 { return text.unicodeScalars.first?.properties.generalCategory == .decimalNumber }
        guard head.allSatisfy({ $0 < 0x80 }) else { return true }
        func at(_ index: Int) -> UInt8 { index < head.count ? head[index] : 0 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var index = first == 0x28 ? 1 : 0
        guard isDigit(at(index)) else { return false }
        index += isDigit(at(index + 1)) ? 2 : 1
        guard at(index) == 0x2E || at(index) == 0x29 else { return false }
        index += 1
        if at(index) == 0x29 { index += 1 }
        let space = at(index)
        // The white space may also be a non-ASCII one past the sixth byte.
        return space == 0x20 || (space >= 0x09 && space <= 0x0D) || index >= head.count && text.utf8.count > index
    }

    /// A cable line that opens a field or block of its own, so a paragraph in capitals does not go on
    /// into it: a label and colon ("SUBJECT:"), "E.O.", "FM ", "TO ", "INFO ", "PAGE 2", "A) ", "(B) ".
    static let cableLabelHead = GuardedPattern(
        #"^(?:[A-Z][A-Z .]{0,20}:|E\.\s?O\.|FM\s|TO\s|INFO\s|PAGE\s\d|[A-Z]\)\s|\(\w\)\s)"#,
        guard: .test(
            "its first 24 bytes, when ASCII, read as the expression reads them; else a non-ASCII byte among them",
            mayOpenWithCableLabel),
        examples: [
            "SUBJECT: TALKS", "E.O. 11652", "E. O. 12065", "FM AMEMBASSY MOSCOW", "PAGE 2 MOSCOW", "A) THE",
            "(C) ENTIRE",
        ])

    /// The guard of ``cableLabelHead``: the expression matches at most 22 characters from the start, so
    /// when the first 24 bytes are ASCII they decide exactly (ICU's `\s` there is a space or a byte from tab
    /// to carriage return, vertical tab included; `\w` a letter, digit or "_"). A non-ASCII byte among them passes.
    static func mayOpenWithCableLabel(_ text: Substring) -> Bool {
        let head = Array(text.utf8.prefix(24))
        guard head.allSatisfy({ $0 < 0x80 }) else { return true }
        func at(_ index: Int) -> UInt8 { index < head.count ? head[index] : 0 }
        func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        }
        func opens(_ literal: String) -> Bool { head.starts(with: literal.utf8) }
        // "[A-Z][A-Z .]{0,20}:"
        if isCapital(at(0)) {
            var run = 0
            while run <= 20, isCapital(at(1 + run)) || at(1 + run) == 0x20 || at(1 + run) == 0x2E { run += 1 }
            if run <= 20, at(1 + run) == 0x3A { return true }
            // "[A-Z]\)\s"
            if at(1) == 0x29, isSpace(at(2)) { return true }
        }
        // "E\.\s?O\."
        if opens("E.O.") || (opens("E.") && isSpace(at(2)) && at(3) == 0x4F && at(4) == 0x2E) { return true }
        if (opens("FM") || opens("TO")) && isSpace(at(2)) { return true }
        if opens("INFO") && isSpace(at(4)) { return true }
        if opens("PAGE") && isSpace(at(4)) && at(5) >= 0x30 && at(5) <= 0x39 { return true }
        // "\(\w\)\s"
        let word = at(1)
        let isWordByte = (word | 0x20 >= 0x61 && word | 0x20 <= 0x7A) || (word >= 0x30 && word <= 0x39) || word == 0x5F
        return at(0) == 0x28 && isWordByte && at(2) == 0x29 && isSpace(at(3))
    }

    /// Every expression of the layout rules, for the tests.
    static let all: [GuardedPattern] = [
        forDelivery, handling, copies, transmission, closingSalute, numberWithSign, numberOnly, referenceNumber,
        footnoteMark,
        downloadSize, digitRuns, trailerProse, numberedPoint, omissionOnly, documentHeading, documentHeadingAnyCase,
        distributionLabel, cableLabelHead,
    ]

    /// Whether `text` may open with "D" or "d": false only when its first byte is another ASCII character
    /// (no other character matches "d", case-sensitively or not).
    static func mayOpenWithD(_ text: Substring) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first >= 0x80 || first | 0x20 == UInt8(ascii: "d")
    }

    /// Whether `text` holds one of the number signs "no.", "nº", "n°", "#", "№" (on its bytes; a case-
    /// insensitive match is not needed: the number expressions run on lower-case text).
    static func mayHoldNumberSign(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "#") { return true }
            if byte == UInt8(ascii: "n"), index + 2 < bytes.count {
                let next = bytes[index + 1]
                let after = bytes[index + 2]
                if next == UInt8(ascii: "o") && after == UInt8(ascii: ".") { return true }
                // º is C2 BA, ° is C2 B0.
                if next == 0xC2 && (after == 0xBA || after == 0xB0) { return true }
            }
            // № is E2 84 96.
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x84, bytes[index + 2] == 0x96 { return true }
        }
        return false
    }

    /// Whether every ASCII byte of `text` is one `^[\d/.()A-Z\-]+\.?$` allows (other bytes may belong to
    /// non-ASCII digits, which the expression then judges; "$" also matches before a final line end).
    static func mayBeReferenceNumber(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { byte in
            byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x0A...0x0D).contains(byte)
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "-")
        }
    }
}
