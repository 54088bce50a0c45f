/// Where a text stands, which decides what an unknown capitalised name is likely to be.
public enum TaggingContext: Sendable, Equatable {
    /// Running text: only titled unknown names ("Comrade X") are tagged.
    case prose
    /// A signature line: unknown capitalised names are the signatories.
    case signature
    /// A dispatch or distribution line ("Typed by X", "Copy Nº 2 to X", "Copies: X (2), Y"): the names
    /// after "by"/"to" and in the list are clerks and recipients.
    case dispatch
    /// A cable's routing or page-header line ("FM AMEMBASSY MOSCOW", "TO SECSTATE WASHDC", "PAGE 02 MOSCOW
    /// 30317 090657Z", "TAGS: PFOR, UR") or its declassification stamp: no names are tagged; the correspondents it names are recorded in
    /// the header's `correspDesc`.
    case routing

    /// The context a line sets by its own opening words wherever it stands: ``routing(for:)``, else
    /// `.dispatch` for a distribution line of at most 200 bytes ("FYI – Trojanowski, Thee, Chodorek",
    /// "Copies to: …"; ``LinePatterns/distributionLabel``), else `nil`.
    public static func ofLine(_ line: String) -> TaggingContext? {
        if let routing = routing(for: line) { return routing }
        guard line.utf8.count <= 200, opensWithDistributionWord(line) else { return nil }
        let head = String(decoding: line.utf8.prefix(24), as: UTF8.self).lowercased()
        return LinePatterns.distributionLabel.matches(head) ? .dispatch : nil
    }

    /// Whether the line's first bytes spell, in any ASCII letter case, an opening of
    /// ``LinePatterns/distributionLabel`` (a necessary condition, tested on the bytes before any text is
    /// lower-cased: most paragraphs open otherwise).
    static func opensWithDistributionWord(_ line: String) -> Bool {
        var head: [UInt8] = []
        head.reserveCapacity(8)
        for byte in line.utf8.prefix(8) { head.append(byte | 0x20) }
        guard let first = head.first else { return false }
        /// Whether `head` opens with `word` (lower case; a space stands for itself, as 0x20 | 0x20 = 0x20).
        func opens(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount <= head.count
                && word.withUTF8Buffer { buffer in zip(head, buffer).allSatisfy { $0 == $1 } }
        }
        switch first {
        case UInt8(ascii: "t"): return opens("to be")
        case UInt8(ascii: "s"): return opens("seen")
        case UInt8(ascii: "r"): return opens("read")
        case UInt8(ascii: "f"): return opens("fyi") || opens("for the")
        case UInt8(ascii: "c"): return opens("cop") || opens("cc") || opens("circul")
        case UInt8(ascii: "d"): return opens("distrib")
        default: return false
        }
    }

    /// `.routing` for a line that opens with a cable's routing or page-header field, else `nil`. The first
    /// word is looked up before the expression runs (most lines open with another word).
    public static func routing(for line: String) -> TaggingContext? {
        guard let first = line.utf8.first, first >= 0x41, first <= 0x5A else { return nil }
        if isCableReference(line) || isDeclassificationStamp(line) || isAddresseeOfAList(line) { return .routing }
        let word = line.utf8.prefix { $0 != 0x20 && $0 != 0x3A && $0 != 0x0A }
        guard word.count <= 10, routingWords.contains(String(decoding: word, as: UTF8.self)) else { return nil }
        if word.elementsEqual("TO".utf8) || word.elementsEqual("FM".utf8) || word.elementsEqual("INFO".utf8) {
            guard isAddressLine(line.prefix { $0 != "\n" }.dropFirst(word.count)) else { return nil }
        }
        // A label that ends in a colon or period ("TAGS: PEPR", "E.O. 12065") ends at it: "\b" there would ask
        // for a word character next, so those labels stand outside the word-boundary group.
        return line.matches(
            #"^(?:(?:FM|TO|INFO|XMT|PAGE\s+\d+|ACTION\s|DRAFTED\s+BY|APPROVED\s+BY|SIG\s|(?:[OPRZ]{1,2}\s+){1,3}\d{6}\s?Z)\b|E\.\s?O\.|TAGS:|REF:|CLEARANCES?:|DISTR?:)"#
        ) ? .routing : nil
    }

    /// Whether the rest of a "TO", "FM" or "INFO" line is an address list rather than prose that happens
    /// to open with the word ("TO WESTERN EUROPEAN COMMUNIST PARTIES. THE HIGHLY TOUTED" after a page
    /// break): a telegraphic address, at most five words ("SECSTATE WASHDC PRIORITY 8591"), or words of
    /// which at least half hold a digit ("OCT-01 IO-14 EA-10 SMS-01 …").
    static func isAddressLine(_ rest: Substring) -> Bool {
        let words = rest.split(separator: " ")
        if words.count <= 5 { return true }
        if CorrespondentReader.isTelegraphicAddress(String(rest.drop { $0 == " " })) { return true }
        return words.filter { $0.contains(where: \.isNumber) }.count * 2 >= words.count
    }

    /// Whether a line is one address of a cable's FM, TO or INFO list, standing on a line of its own below
    /// the label ("AMEMBASSY WARSAW", "USMISSION GENEVA", "AMEMBASSY PRETORIA IMMEDIATE 1234"): a
    /// telegraphic address (``CorrespondentReader/isTelegraphicAddress(_:)``), at most six words, in
    /// capitals, digits and spaces.
    static func isAddresseeOfAList(_ text: String) -> Bool {
        guard let line = firstLineOfCapitals(text, atMost: 80),
            line.first == 0x41 || line.first == 0x53 || line.first == 0x55,  // "A", "S", "U"
            line.split(separator: 0x20).count <= 6
        else { return false }
        return CorrespondentReader.isTelegraphicAddress(String(decoding: line, as: UTF8.self))
    }

    /// A cable's reference line, repeated on every page: its post, serial number, section and date-time
    /// group ("MOSCOW 02542 01 OF 02 311904Z", "SANTIA 01341 01 OF 02 010555 Z", "C O N F I D E N T I A L
    /// SECTION 01 OF 02 MOSCOW 02542"). One line of capitals and digits, at most twelve words, at most two
    /// words of two letters or more besides OF and SECTION, and a number of four to six digits.
    static func isCableReference(_ text: String) -> Bool {
        guard let line = firstLineOfCapitals(text, atMost: 80) else { return false }
        let words = line.split(separator: 0x20)
        guard (2...20).contains(words.count) else { return false }
        var names = 0
        var hasSerial = false
        for word in words {
            if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                if (4...6).contains(word.count) { hasSerial = true }
            } else if word.count >= 2, !word.elementsEqual("OF".utf8), !word.elementsEqual("SECTION".utf8),
                !(word.count == 7 && word.last == 0x5A && word.dropLast().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }))
            {
                names += 1
            }
        }
        return hasSerial && names <= 2
    }

    /// The text's first line (up to a line feed) when it has at most `limit` bytes, each an ASCII capital, a
    /// digit or a space; `nil` otherwise. The scan stops at the first other byte, so a paragraph of prose
    /// costs a byte or two, not its length.
    static func firstLineOfCapitals(_ text: String, atMost limit: Int) -> Substring.UTF8View? {
        var length = 0
        for byte in text.utf8 {
            if byte == 0x0A { break }
            guard length < limit, (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x20
            else { return nil }
            length += 1
        }
        return text.utf8.prefix(length)
    }

    /// The State Department's declassification stamp on every page of a released cable ("Sheryl P. Walter
    /// Declassified/Released US Department of State EO Systematic Review 20 Mar 2014"): the reviewer is no
    /// name of the telegram; and the CIA's release stamp and document number on every page of a CREST
    /// document ("Sanitized Copy Approved for Release 2010/11/16: CIA-RDP87M00539R001101440026-0"), whose
    /// "CIA" is part of an identifier; the State Department's release stamp of a FOIA case ("UNCLASSIFIED
    /// U.S. Department of State Case No. F-2014-01300 Doc No. C05517347 Date: 03/26/2014"); and the stamp
    /// of a copy of the British Public Record Office ("2 cms PUBLIC RECORD OFFICE ins I"). A line of at
    /// most 160 bytes holding "Declassified/Released", "EO Systematic Review", "Approved for Release" (or
    /// "For"), "CIA-RDP", a FOIA case's "Case No. F-" or "PUBLIC RECORD OFFICE" (searched from their capitals,
    /// rarer in a line than the words' other first letters).
    static func isDeclassificationStamp(_ line: String) -> Bool {
        line.utf8.count <= 160
            && (line.containsBytes(of: "Declassified/Released") || line.containsBytes(of: "EO Systematic Review")
                || line.containsBytes(of: "pproved for Release") || line.containsBytes(of: "pproved For Release")
                || line.containsBytes(of: "CIA-RDP") || line.containsBytes(of: "Case No. F-")
                || line.containsBytes(of: "PUBLIC RECORD OFFICE"))
    }

    /// First words of the fields ``routing(for:)`` knows.
    static let routingWords: Set<String> = [
        "FM", "TO", "INFO", "XMT", "PAGE", "E.O.", "E.", "TAGS", "REF", "ACTION", "DRAFTED", "APPROVED", "CLEARANCE",
        "CLEARANCES", "DIST", "DISTR", "SIG", "O", "P", "R", "Z",
    ]

}
