import TeigramXML

/// Turns one piece of source text (a paragraph, a line of an opener) into TEI phrase-level nodes:
/// bracketed matter, omissions, line breaks, names and dates. Every character of the source reaches the
/// output except the bracket characters of editorial matter and the dots of an omission, whose meaning
/// the element carries (`supplied`, `note`, `gap`).
///
/// Works on standoff annotations over the UTF-16 text, then nests them into a tree; an annotation that
/// would cross another is dropped (never the text).
struct InlineEncoder {
    let tagger: EntityTagger
    let dates: DateRecognizer
    /// Whether the page has numbered footnotes, so that a number glued to a word ("State1", "Black15",
    /// "Vyshinski,17") is a footnote's mark (``noteAnchorMarks(in:)``): the names are read without it.
    var readsNoteMarks = false
    /// The footnotes a mark may point at, by number, with their `xml:id`: such a mark becomes
    /// `ref type="noteAnchor"`. (A FRUS page may number its footnotes anew while the text keeps the
    /// volume's marks; those marks stay text.)
    var noteAnchors: [String: String] = [:]

    /// An element over a range of the text.
    struct Annotation {
        var range: Range<Int>
        var element: XML.Element
        /// Lower sorts outside when two annotations have the same range.
        var rank: Int
    }

    /// A person or organisation the encoder tagged, as the text's element links it.
    struct TaggedName: Equatable {
        /// The name as written, without the characters of brackets inside it ("[Ivan] Kovalev" → "Ivan
        /// Kovalev").
        var written: String
        /// Person or organisation.
        var kind: AuthorityEntry.Kind
        /// The id the element links to: an authority entry's, or a provisional entry's.
        var ref: String
        /// Whether ``ref`` is a provisional entry (a name the authority does not know).
        var isProvisional: Bool
        /// The element's `cert`, `nil` when the link is certain.
        var certainty: String?
    }

    /// Encodes `text`. Mentions update `state`.
    /// - Parameter copy: the same text in other letter case, of the same UTF-16 length, whose names are
    ///   tagged instead (a title in capitals, tagged as the citation's mixed-case copy of it reads);
    ///   ignored when its length differs.
    func encode(
        _ text: String, taggedAs copy: String? = nil, context: TaggingContext = .prose, state: inout TaggingState
    ) -> [XML.Node] {
        var names: [TaggedName] = []
        return encode(text, taggedAs: copy, context: context, state: &state, names: &names, recordsNames: false)
    }

    /// Encodes `text` as ``encode(_:taggedAs:context:state:)`` does, and gives the persons and
    /// organisations it tagged, in the order of the text: what a signature line names, read once.
    func encodeRecordingNames(_ text: String, context: TaggingContext, state: inout TaggingState) -> (
        nodes: [XML.Node], names: [TaggedName]
    ) {
        var names: [TaggedName] = []
        let nodes = encode(text, taggedAs: nil, context: context, state: &state, names: &names, recordsNames: true)
        return (nodes, names)
    }

    private func encode(
        _ text: String, taggedAs copy: String?, context: TaggingContext, state: inout TaggingState,
        names: inout [TaggedName], recordsNames: Bool
    ) -> [XML.Node] {
        let units = UTF16Text.units(of: text)
        var annotations: [Annotation] = []
        var hidden = [Bool](repeating: false, count: units.count)
        var blocked: [Range<Int>] = []

        // 1. Brackets. Footnote marks ("Lu Ping[3]", "Black15") are collected in `anchorRanges`: the names
        // are read without them.
        var anchorRanges: [Range<Int>] = []
        let spans = BracketScanner.spans(in: units)
        var identificationSpans: [BracketSpan] = []
        for span in spans {
            hidden[span.open] = true
            hidden[span.close] = true
            switch span.kind {
            case .supplied:
                // A supplied bracket inside another ("[[special sector]]") adds nothing: never nested.
                if spans.contains(where: {
                    $0.kind == .supplied && $0.open < span.open && span.close < $0.close
                }) {
                    continue
                }
                annotations.append(
                    Annotation(
                        range: span.whole,
                        element: XML.Element("supplied", attributes: [XML.Attribute("reason", "omitted-in-original")]),
                        rank: 2))
            case .expansion(let wordStart):
                annotations.append(
                    Annotation(range: wordStart..<(span.close + 1), element: XML.Element("expan"), rank: 5))
                annotations.append(Annotation(range: span.whole, element: XML.Element("ex"), rank: 6))
            case .identification:
                annotations.append(
                    Annotation(
                        range: span.whole,
                        element: XML.Element("note", attributes: [XML.Attribute("type", "identification")]), rank: 1))
                blocked.append(span.whole)
                identificationSpans.append(span)
            case .labelled(let type, let labelEnd):
                annotations.append(
                    Annotation(
                        range: span.whole, element: XML.Element("note", attributes: [XML.Attribute("type", type)]),
                        rank: 1))
                annotations.append(
                    Annotation(range: (span.open + 1)..<labelEnd, element: XML.Element("label"), rank: 3))
                blocked.append(span.whole)
                blocked.append((span.open + 1)..<labelEnd)
                if type == "stamp" {
                    var start = labelEnd
                    while start < span.close, units[start] == 0x20 { start += 1 }
                    if start < span.close {
                        annotations.append(
                            Annotation(range: start..<span.close, element: XML.Element("stamp"), rank: 3))
                        blocked.append(start..<span.close)
                    }
                }
            case .description(let type):
                annotations.append(
                    Annotation(
                        range: span.whole, element: XML.Element("note", attributes: [XML.Attribute("type", type)]),
                        rank: 1))
                blocked.append(span.whole)
            case .footnoteMark(let number):
                // A pointer to the page's note of that number when it has one; else the mark stays text. The
                // brackets stay visible: the mark is written as the source prints it, and no name runs on
                // across it.
                hidden[span.open] = false
                hidden[span.close] = false
                if let id = noteAnchors[number] {
                    annotations.append(
                        Annotation(
                            range: span.whole,
                            element: XML.Element(
                                "ref",
                                attributes: [XML.Attribute("type", "noteAnchor"), XML.Attribute("target", "#" + id)]),
                            rank: 1))
                }
                anchorRanges.append(span.whole)
            case .omission:
                for index in span.whole { hidden[index] = true }
                annotations.append(
                    Annotation(
                        range: span.whole,
                        element: XML.Element("gap", attributes: [XML.Attribute("reason", "omitted")]), rank: 1))
                blocked.append(span.whole)
            case .sic:
                annotations.append(
                    Annotation(
                        range: span.whole,
                        element: XML.Element(
                            "note", attributes: [XML.Attribute("type", "editorial"), XML.Attribute("subtype", "sic")]),
                        rank: 1))
                blocked.append(span.whole)
            }
        }
        // Footnote marks glued to the text ("Black15"): a pointer to the note, no part of the name before it.
        if readsNoteMarks {
            for (range, number) in Self.noteAnchorMarks(in: units) {
                anchorRanges.append(range)
                guard let id = noteAnchors[number] else { continue }
                annotations.append(
                    Annotation(
                        range: range,
                        element: XML.Element(
                            "ref", attributes: [XML.Attribute("type", "noteAnchor"), XML.Attribute("target", "#" + id)]),
                        rank: 1))
                blocked.append(range)
            }
        }
        // 2. Line breaks.
        var index = 0
        while index < units.count {
            if units[index] == 0x0A {
                // The line break stays in the text (so plain-text consumers keep the words apart) and
                // an <lb/> marks where the new line begins.
                annotations.append(Annotation(range: (index + 1)..<(index + 1), element: XML.Element("lb"), rank: 0))
            }
            // An unbracketed ellipsis stays text: it may be the original's own mark, or a form's leader dots
            // ("From…Saigon……dispatched"), and claims no omission; only a bracketed one ("[…]") is the
            // editor's gap (see the omission spans above).
            index += 1
        }

        // 3. Names. A mention that starts or ends inside a supplied bracket or an expansion grows to cover it
        // ("[Ivan] Kovalev"), except that one whose bracket supplies words before the name too ("[Soviet
        // Deputy Premier Anastas] Mikoyan") keeps only what follows the bracket: the title stays outside
        // the name, and the bracket is not split.
        let copyUnits = copy.map(UTF16Text.units(of:))
        var taggedUnits = copyUnits?.count == units.count ? copyUnits ?? units : units
        // The names are read without the footnote marks ("Black15" is Black).
        for range in anchorRanges {
            for index in range { taggedUnits[index] = 0x20 }
        }
        var mentions = tagger.mentions(in: taggedUnits, blocked: blocked, context: context, state: &state)
        for (position, mention) in mentions.enumerated() {
            var range = mention.range
            for span in spans {
                if case .expansion = span.kind {} else if span.kind != .supplied { continue }
                if span.whole.contains(range.lowerBound) && span.whole.upperBound <= range.upperBound {
                    var contentStart = span.open + 1
                    while contentStart < span.close, units[contentStart] == 0x20 { contentStart += 1 }
                    var after = span.close + 1
                    while after < range.upperBound, units[after] == 0x20 { after += 1 }
                    range =
                        range.lowerBound <= contentStart || after >= range.upperBound
                        ? span.open..<range.upperBound : after..<range.upperBound
                }
                if span.whole.contains(range.upperBound - 1) && span.open >= range.lowerBound {
                    range = range.lowerBound..<(span.close + 1)
                }
            }
            mentions[position].range = range
        }
        // Identifications bind to the name before them. A gloss that restates that name in another spelling
        // ("Pak Seong-cheol [Pak Song Chol]") or completes words that are no name of their own ("Fidel
        // [Castro]", "Zhang [Wentian]") adds no mention: the name as written is the one. A gloss that
        // identifies a pseudonym ("Filippov [Stalin]") keeps its own.
        for span in identificationSpans {
            guard
                let innerIndex = mentions.firstIndex(where: {
                    span.content.contains($0.range.lowerBound) && $0.range.upperBound <= span.close
                })
            else { continue }
            let inner = mentions[innerIndex]
            if let beforeIndex = mentions.lastIndex(where: { $0.range.upperBound <= span.open }),
                units[mentions[beforeIndex].range.upperBound..<span.open].allSatisfy({ $0 == 0x20 })
            {
                let before = mentions[beforeIndex]
                if before.ref == nil, let ref = inner.ref {
                    mentions[beforeIndex].ref = ref
                    mentions[beforeIndex].kind = inner.kind
                    mentions[beforeIndex].certainty = nil
                }
                if before.kind == inner.kind, before.nameType != "pseudonym",
                    Self.restates(UTF16Text.string(units[inner.range]), UTF16Text.string(units[before.range]))
                {
                    mentions.remove(at: innerIndex)
                }
            } else if let start = Self.capitalisedRunStart(units, before: span.open) {
                let run = UTF16Text.string(units[start..<(span.open - 1)])
                let words = run.split(separator: " ").map { $0.lowercased() }
                guard
                    !words.contains(where: {
                        EntityTagger.personTitles.contains($0) || CorrespondentReader.titleWords.contains($0)
                            || CorrespondentReader.officeWords.contains($0)
                    })
                else { continue }
                // The words before the bracket, with the gloss's name, name whom they write.
                var ref = inner.ref
                if ref == nil, inner.kind == .person {
                    var scratch = state
                    let whole = UTF16Text.units(of: run + " " + UTF16Text.string(units[inner.range]))
                    ref =
                        tagger.mentions(in: whole, state: &scratch).first {
                            $0.kind == .person && $0.range == 0..<whole.count
                        }?.ref
                    if let ref { state.recordReference(ref) }
                }
                guard ref != nil || inner.kind == .person else { continue }
                mentions[innerIndex] = EntityMention(
                    range: start..<(span.open - 1), kind: inner.kind, ref: ref, nameType: nil,
                    certainty: ref == nil ? inner.certainty : nil)
            }
        }
        for mention in mentions {
            var attributes: [XML.Attribute] = []
            let name: String
            if let ref = mention.ref {
                name = mention.kind.nameElement
                attributes.append(XML.Attribute("ref", "#" + ref))
                if let type = mention.nameType { attributes.append(XML.Attribute("type", type)) }
                if let certainty = mention.certainty { attributes.append(XML.Attribute("cert", certainty)) }
                if recordsNames, mention.kind != .place {
                    names.append(
                        TaggedName(
                            written: Self.visibleText(units, mention.range, hidden: hidden), kind: mention.kind,
                            ref: ref, isProvisional: false, certainty: mention.certainty))
                }
            } else if mention.kind != .place {
                // A person or organisation the authority does not know: linked to a provisional entry.
                name = mention.kind.nameElement
                let written = Self.visibleText(units, mention.range, hidden: hidden)
                let id = state.provisionalID(name: written, kind: mention.kind)
                attributes.append(XML.Attribute("ref", "#" + id))
                // An ambiguous surname of the authority: which of its people is meant is open.
                if let certainty = mention.certainty { attributes.append(XML.Attribute("cert", certainty)) }
                if recordsNames {
                    names.append(
                        TaggedName(
                            written: written, kind: mention.kind, ref: id, isProvisional: true,
                            certainty: mention.certainty))
                }
            } else {
                name = "rs"
                attributes.append(XML.Attribute("type", mention.kind.rawValue))
            }
            annotations.append(
                Annotation(range: mention.range, element: XML.Element(name, attributes: attributes), rank: 4))
        }

        // 4. Dates.
        for date in dates.dates(in: text, units: units) {
            var element = XML.Element("date", attributes: [XML.Attribute("when", date.iso)])
            if let certainty = date.certainty { element.attributes.append(XML.Attribute("cert", certainty)) }
            annotations.append(Annotation(range: date.range, element: element, rank: 5))
        }

        return Self.nest(units: units, hidden: hidden, annotations: annotations)
    }

    /// Footnote marks glued to the text: one to three ASCII digits right after a letter ("State1",
    /// "Black15") or after a comma, period, semicolon, colon, closing quotation mark or parenthesis that
    /// follows a letter ("Vyshinski,17", "telegram.17"), with no letter or digit after them. A word that
    /// holds a digit before ("489R101") or a number before the
    /// punctuation ("2,3") has none.
    static func noteAnchorMarks(in units: [UInt16]) -> [(range: Range<Int>, number: String)] {
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        func isLetter(_ unit: UInt16) -> Bool {
            if unit < 0x80 { return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
            return Unicode.Scalar(unit).map(\.properties.isAlphabetic) ?? false
        }
        var marks: [(Range<Int>, String)] = []
        var index = 1
        while index < units.count {
            guard isDigit(units[index]), !isDigit(units[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < units.count, isDigit(units[end]) { end += 1 }
            defer { index = end }
            guard end - index <= 3, end == units.count || !(isLetter(units[end]) || isDigit(units[end])) else {
                continue
            }
            var before = index - 1
            if Self.markPunctuation.contains(units[before]) {
                guard before > 0 else { continue }
                before -= 1
                if Self.markPunctuation.contains(units[before]), before > 0 { before -= 1 }
            }
            guard isLetter(units[before]) else { continue }
            // The word before holds no digit ("489R101", "B52").
            var start = before
            while start > 0, isLetter(units[start - 1]) { start -= 1 }
            if start > 0, isDigit(units[start - 1]) { continue }
            marks.append((index..<end, String(decoding: units[index..<end], as: UTF16.self)))
        }
        return marks
    }

    /// What may stand between a word and its footnote mark: comma, period, semicolon, colon, closing
    /// quotation marks, closing parenthesis.
    private static let markPunctuation: Set<UInt16> = [0x2C, 0x2E, 0x3B, 0x3A, 0x201D, 0x2019, 0x29, 0x22]

    /// The text of `range` without its hidden units (bracket characters, an omission's dots), and without the
    /// full stop of an initial the editor expanded ("V[asily]. Pisarev" → "Vasily Pisarev").
    static func visibleText(_ units: [UInt16], _ range: Range<Int>, hidden: [Bool]) -> String {
        // Most names hide nothing: their units are the text.
        guard hidden[range].contains(true) else { return UTF16Text.string(units[range]) }
        // An abbreviation the editor expanded inside its word loses its full stop: "V[asily]. Pisarev" is
        // "Vasily Pisarev", as "V. Pisarev" expanded would be.
        func closesExpansion(_ index: Int) -> Bool {
            guard index > range.lowerBound, units[index] == 0x2E, units[index - 1] == 0x5D, hidden[index - 1],
                let open = units[range.lowerBound..<index].lastIndex(of: 0x5B), open > range.lowerBound,
                let before = Unicode.Scalar(units[open - 1])
            else { return false }
            return before.properties.isAlphabetic
        }
        return UTF16Text.string(range.filter { !hidden[$0] && !closesExpansion($0) }.map { units[$0] })
    }

    /// Whether `gloss` restates `name` in another spelling or transliteration ("Pak Song Chol" of "Pak
    /// Seong-cheol", "Sergei Antonov" of "Sergej Antonow", "Butler" of "Батлером"): a word the two share
    /// (folded), or as many words each opening with the same letter; a Cyrillic name's Latin gloss counts.
    static func restates(_ gloss: String, _ name: String) -> Bool {
        let glossWords = gloss.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
        let nameWords = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.lowercased() }
        if glossWords.contains(where: nameWords.contains) { return true }
        if RussianInflection.isCyrillic(name) != RussianInflection.isCyrillic(gloss) { return true }
        let glossCapitals = gloss.split(separator: " ").compactMap(\.first).map { $0.lowercased() }
        let nameCapitals = name.split(separator: " ").compactMap(\.first).map { $0.lowercased() }
        return !glossCapitals.isEmpty && glossCapitals == nameCapitals
    }

    /// Start of the capitalised words (up to four) that end one space before `offset`.
    static func capitalisedRunStart(_ units: [UInt16], before offset: Int) -> Int? {
        guard offset >= 2, units[offset - 1] == 0x20 else { return nil }
        // Only the last words count: the text from the fifth space before the end on splits into the same
        // last four words as the whole prefix.
        var from = offset - 1
        var spaces = 0
        while from > 0, spaces < 5 {
            if units[from - 1] == 0x20 { spaces += 1 }
            if spaces < 5 { from -= 1 }
        }
        let prefix = UTF16Text.string(units[from..<(offset - 1)])
        var words = prefix.split(separator: " ", omittingEmptySubsequences: false)
        var taken = 0
        var length = 0
        while let last = words.last, taken < 4, let first = last.first, first.isUppercase,
            last.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" })
        {
            length += last.utf16.count + (taken > 0 ? 1 : 0)
            taken += 1
            words.removeLast()
        }
        guard taken > 0 else { return nil }
        return offset - 1 - length
    }

    /// Builds the node tree from annotations. Annotations are opened outermost first; one that would
    /// cross an open one is dropped.
    static func nest(units: [UInt16], hidden: [Bool], annotations: [Annotation]) -> [XML.Node] {
        let sorted = annotations.sorted {
            if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
            if $0.range.isEmpty != $1.range.isEmpty { return $0.range.isEmpty }
            if $0.range.upperBound != $1.range.upperBound { return $0.range.upperBound > $1.range.upperBound }
            return $0.rank < $1.rank
        }
        var position = 0
        var cursor = 0
        var text: [UInt16] = []
        func build(until end: Int) -> [XML.Node] {
            var nodes: [XML.Node] = []
            func flushText() {
                if !text.isEmpty {
                    nodes.append(.text(UTF16Text.string(text)))
                    text.removeAll(keepingCapacity: true)
                }
            }
            while cursor < end {
                if position < sorted.count, sorted[position].range.lowerBound <= cursor {
                    let range = sorted[position].range
                    position += 1
                    guard range.upperBound <= end, range.lowerBound == cursor else { continue }
                    flushText()
                    var element = sorted[position - 1].element
                    element.children = build(until: range.upperBound)
                    if element.name == "gap" || element.name == "lb" { element.children = [] }
                    nodes.append(.element(element))
                    continue
                }
                // The text up to the next annotation (or the end), without its hidden units.
                let stop = position < sorted.count ? min(end, sorted[position].range.lowerBound) : end
                var runStart = cursor
                while cursor < stop {
                    if hidden[cursor] {
                        text.append(contentsOf: units[runStart..<cursor])
                        runStart = cursor + 1
                    }
                    cursor += 1
                }
                text.append(contentsOf: units[runStart..<stop])
            }
            flushText()
            return nodes
        }
        return build(until: units.count)
    }
}
