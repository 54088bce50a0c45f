import TeigramXML

/// Turns a stream of XML events into plain text by the rules of ``PlainTextExtractor``. Works the same
/// whether the events come from a parsed tree or from the streaming reader; holds only the open-element
/// stack, the current `choice` or `teiHeader` (both small) and the text being written.
final class TextRenderer {
    /// Whether the events are a whole TEI document or a fragment whose every element is text.
    enum Scope { case document, fragment }

    private enum Frame {
        /// An element rendered by its content only (inline, or a container outside `text`).
        case plain
        /// A block element: `level` 1 starts a line, 2 a paragraph.
        case block(level: Int)
        /// The content is wrapped in these brackets ("[", "]").
        case bracketed
        /// A note for the end section, rendered into its own sink.
        case endNote(number: Int)
        /// A `text` element.
        case text
        /// A `TEI` element: its end notes are written when it ends.
        case document
        /// A table cell: a space on both sides.
        case cell
    }

    private struct Open {
        var frame: Frame
        var preserve: Bool
        /// Holds blocks only (`div`, `body`): a note standing here is a paragraph of its own.
        var holdsBlocks = false
        /// The element's span in ``recordedSpans``, when spans are recorded.
        var spanIndex: Int?
    }

    let options: TextOptions
    let path: String
    private let scope: Scope

    private var sinks: [TextSink] = [TextSink()]
    private var stack: [Open] = []
    private var skipDepth = 0
    private var textDepth = 0
    private var choiceEvents: [XMLStreamEvent] = []
    private var choiceDepth = 0
    private var headerBuilder: XMLTreeBuilder?
    private var endNotes: [(number: Int, text: String)] = []
    private var noteCount = 0
    private var reported: Set<String> = []
    private(set) var rejection: Diagnostic?
    private(set) var warnings: [Diagnostic] = []
    /// Whether the spans of the elements of the main text are recorded (``AnnotatedText``).
    private let recordsSpans: Bool
    /// The spans recorded so far, in start order; UTF-8 offsets into the main sink, not yet trimmed.
    private(set) var recordedSpans: [TextSpan] = []
    /// Whether the text held markup the two editions render differently (`choice`, `am`, `ex`).
    private(set) var sawEditionMarkup = false
    /// The element being started and where its span starts: set before its opening mark is written.
    private var startingSpan: (element: XMLStreamElement, start: Int)?

    init(options: TextOptions, path: String, scope: Scope = .document, recordsSpans: Bool = false) {
        self.options = options
        self.path = path
        self.scope = scope
        self.recordsSpans = recordsSpans
        if scope == .fragment { textDepth = 1 }
    }

    // MARK: Events

    /// Renders one event; after a start, says whether the element's content is needed at all (a stream
    /// reader can then skip it without making strings; the renderer skips it anyway if it is sent).
    @discardableResult
    func consume(_ event: XMLStreamEvent) -> XMLStreamControl {
        guard rejection == nil else { return .skipContent }
        if choiceDepth > 0 {
            collectChoice(event)
            return .proceed
        }
        if let builder = headerBuilder {
            builder.consume(event)
            if let header = builder.finished {
                headerBuilder = nil
                stack.removeLast()
                current.appendBlock(headerBlock(header))
            }
            return .proceed
        }
        switch event {
        case .startElement(let element):
            let skipping = skipDepth > 0
            start(element)
            return !skipping && skipDepth == 1 ? .skipContent : .proceed
        case .endElement:
            end()
        case .text(let text):
            characters(text)
        }
        return .proceed
    }

    /// The rendered text (ending with a newline unless empty).
    func finish() -> String {
        writeEndNotes()
        return sinks[0].text
    }

    /// The rendered text on one line.
    func finishFlat() -> String {
        writeEndNotes()
        return sinks[0].flatText
    }

    // MARK: Elements

    private var current: TextSink {
        get { sinks[sinks.count - 1] }
        _modify { yield &sinks[sinks.count - 1] }
    }

    private func characters(_ text: String) {
        guard skipDepth == 0, textDepth > 0 else { return }
        if stack.last?.preserve == true { current.appendPreserved(text) } else { current.appendCollapsed(text) }
    }

    private func start(_ element: XMLStreamElement) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let parentPreserve = stack.last?.preserve ?? false
        let preserve =
            switch element[attribute: "xml:space"] {
            case "preserve": true
            case "default": false
            default: parentPreserve
            }
        let isTEI = element.namespaceURI == teiNamespace
        if stack.isEmpty && scope == .document && !isTEI {
            let namespace = element.namespaceURI.map { "namespace \($0)" } ?? "no namespace"
            rejection = Diagnostic(
                .error, .input, path: path, line: element.line, column: 0,
                "not a TEI document (root element <\(element.name)> in \(namespace); TEI P5 uses \(teiNamespace))")
            return
        }
        let name = isTEI ? element.localName : ""
        if !isTEI {
            report(
                element,
                "element <\(element.name)> is not TEI (namespace \(element.namespaceURI ?? "none")); its text is given as it stands"
            )
        }

        if textDepth == 0 {
            // Outside `text`: only the document structure and, on request, the header.
            switch name {
            case "TEI", "teiCorpus":
                current.requestBreak(2)
                push(.document, preserve)
            case "text":
                textDepth += 1
                current.requestBreak(2)
                push(.text, preserve)
            case "teiHeader" where options.includeHeader:
                push(.plain, preserve)
                let builder = XMLTreeBuilder()
                builder.consume(.startElement(element))
                headerBuilder = builder
            default:
                if stack.isEmpty {
                    // A TEI fragment (a lone `div`): all of it is text.
                    textDepth += 1
                    push(.text, preserve)
                    startInText(name, element, preserve: preserve)
                } else {
                    skipDepth = 1
                }
            }
            return
        }
        startInText(name, element, preserve: preserve)
    }

    private func startInText(_ name: String, _ element: XMLStreamElement, preserve: Bool) {
        startingSpan = recordsSpans && sinks.count == 1 ? (element, sinks[0].bytes.count) : nil
        defer { startingSpan = nil }
        if name == "choice" || name == "am" || name == "ex" { sawEditionMarkup = true }
        switch name {
        case "text":
            textDepth += 1
            current.requestBreak(2)
            push(.text, preserve)
        case "teiHeader", "standOff", "facsimile", "sourceDoc", "fsdDecl":
            skipDepth = 1
        case "choice":
            push(.plain, preserve)
            choiceDepth = 1
            choiceEvents = []
        case "note":
            switch options.notes {
            case .none:
                current.markOmission()
                skipDepth = 1
            case .inline where stack.last?.holdsBlocks == true:
                // A note between blocks (a footnote after the closer) is a paragraph, not a bracket.
                current.requestBreak(2)
                push(.block(level: 2), preserve)
            case .inline:
                current.appendOpening("[")
                push(.bracketed, preserve)
            case .end:
                noteCount += 1
                current.appendLiteral("[\(noteCount)]")
                sinks.append(TextSink())
                push(.endNote(number: noteCount), preserve)
            }
        case "supplied":
            switch options.supplied {
            case .brackets:
                current.appendOpening("[")
                push(.bracketed, preserve)
            case .plain:
                push(.plain, preserve)
            case .omit:
                current.markOmission()
                skipDepth = 1
            }
        case "gap":
            if options.gaps == .marker { current.appendLiteral("[…]") } else { current.markOmission() }
            if let span = openSpan() { closeSpan(span) }
            skipDepth = 1
        case "lb":
            if element[attribute: "break"] == "no" { current.joinWords() } else { current.requestBreak(1) }
            skipDepth = 1
        case "pb", "cb", "gb", "milestone", "anchor", "index", "link", "linkGrp", "join", "alt", "altGrp", "span",
            "spanGrp", "interpGrp", "interp", "fw":
            // Reference systems and links: no text, and never a word boundary.
            skipDepth = 1
        case "space":
            current.whitespace()
            skipDepth = 1
        case "rdg", "witDetail":
            // In an apparatus the lemma is the text.
            skipDepth = 1
        case "am" where options.edition == .normalised, "ex" where options.edition == .diplomatic:
            skipDepth = 1
        case "graphic", "media", "binaryObject":
            report(element, "<\(element.name)> has no text to give; left out")
            skipDepth = 1
        case "cell":
            current.whitespace()
            push(.cell, preserve)
        default:
            if let level = Self.blockLevels[name] {
                current.requestBreak(level)
                push(.block(level: level), preserve)
                stack[stack.count - 1].holdsBlocks = Self.blockContainers.contains(name)
            } else {
                push(.plain, preserve)
            }
        }
    }

    private func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let open = stack.popLast() else { return }
        defer { if let span = open.spanIndex { closeSpan(span) } }
        switch open.frame {
        case .plain:
            break
        case .block(let level):
            current.requestBreak(level)
        case .bracketed:
            current.appendClosing("]")
        case .endNote(let number):
            let note = sinks.removeLast()
            endNotes.append((number, note.flatText))
        case .text:
            textDepth -= 1
            current.requestBreak(2)
        case .document:
            writeEndNotes()
            noteCount = 0
            current.requestBreak(2)
        case .cell:
            current.whitespace()
        }
    }

    private func push(_ frame: Frame, _ preserve: Bool) {
        stack.append(Open(frame: frame, preserve: preserve, spanIndex: openSpan()))
    }

    /// Starts the span of the element being started, if spans are recorded and it writes to the main text.
    private func openSpan() -> Int? {
        guard let starting = startingSpan, sinks.count == 1 else { return nil }
        startingSpan = nil
        recordedSpans.append(
            TextSpan(
                element: starting.element.localName, attributes: starting.element.attributes,
                utf8Range: starting.start..<starting.start, depth: stack.count))
        return recordedSpans.count - 1
    }

    /// Ends a span where the main text now ends.
    private func closeSpan(_ index: Int) {
        let end = max(sinks[0].bytes.count, recordedSpans[index].utf8Range.lowerBound)
        recordedSpans[index].utf8Range = recordedSpans[index].utf8Range.lowerBound..<end
    }

    private func report(_ element: XMLStreamElement, _ message: String) {
        let key = element.namespaceURI.map { "{\($0)}" + element.localName } ?? element.localName
        guard reported.insert(key).inserted else { return }
        warnings.append(Diagnostic(.warning, .heuristic, path: path, line: element.line, message))
    }

    private func writeEndNotes() {
        guard !endNotes.isEmpty else { return }
        let lines = endNotes.sorted { $0.number < $1.number }.map { "[\($0.number)] \($0.text)" }.joined(
            separator: "\n")
        endNotes = []
        sinks[0].appendBlock("Notes\n\n" + lines)
    }

    // MARK: choice

    private func collectChoice(_ event: XMLStreamEvent) {
        switch event {
        case .startElement: choiceDepth += 1
        case .endElement: choiceDepth -= 1
        case .text: break
        }
        guard choiceDepth == 0 else {
            choiceEvents.append(event)
            return
        }
        let events = choiceEvents
        choiceEvents = []
        for event in Self.chosenReading(of: events, edition: options.edition) { consume(event) }
        end()  // the choice itself
    }

    /// The events of the child of a `choice` to render: the reading the edition asks for, else the first child.
    static func chosenReading(of events: [XMLStreamEvent], edition: TextOptions.Edition) -> ArraySlice<XMLStreamEvent> {
        let preferred: Set<String> = edition == .diplomatic ? ["orig", "sic", "abbr"] : ["reg", "corr", "expan"]
        var children: [(name: String, range: Range<Int>)] = []
        var depth = 0
        var childStart = 0
        var childName = ""
        for (index, event) in events.enumerated() {
            switch event {
            case .startElement(let element):
                if depth == 0 {
                    childStart = index
                    childName = element.namespaceURI == teiNamespace ? element.localName : element.name
                }
                depth += 1
            case .endElement:
                depth -= 1
                if depth == 0 { children.append((childName, childStart..<(index + 1))) }
            case .text:
                break
            }
        }
        guard let chosen = children.first(where: { preferred.contains($0.name) }) ?? children.first else { return [] }
        return events[chosen.range]
    }

    // MARK: Header

    /// The citation block: title, date, sender → recipient, funder, source, rights, summary.
    private func headerBlock(_ header: XML.Element) -> String {
        var lines: [String] = []
        let fileDesc = header.firstChild("fileDesc")
        let titleStmt = fileDesc?.firstChild("titleStmt")
        let titles = titleStmt?.children("title") ?? []
        if let title = titles.first(where: { $0[attribute: "type"] == "main" }) ?? titles.first(where: {
            $0[attribute: "type"] == nil
        }) ?? titles.first {
            lines.append("Title: " + flat(title))
        }
        let profile = header.firstChild("profileDesc")
        let actions = profile?.firstChild("correspDesc")?.children("correspAction") ?? []
        let sent = actions.first { $0[attribute: "type"] == "sent" }
        let received = actions.first { $0[attribute: "type"] == "received" }
        if let date = sent?.firstChild("date") ?? fileDesc?.firstChild("publicationStmt")?.firstChild("date") {
            lines.append("Date: " + flat(date))
        }
        let sender = sent.map(correspondents) ?? ""
        let recipient = received.map(correspondents) ?? ""
        if !sender.isEmpty || !recipient.isEmpty {
            lines.append(
                "Sender → recipient: \(sender.isEmpty ? "?" : sender) → \(recipient.isEmpty ? "?" : recipient)")
        }
        for funder in titleStmt?.children("funder") ?? [] { lines.append("Funder: " + flat(funder)) }
        if let sourceDesc = fileDesc?.firstChild("sourceDesc") {
            let bibls = sourceDesc.childElements.filter { ["bibl", "biblStruct", "biblFull"].contains($0.localName) }
            if !bibls.isEmpty {
                for bibl in bibls { lines.append("Source: " + flat(bibl)) }
            } else {
                var identifiers: [XML.Element] = []
                sourceDesc.forEachElement { if $0.localName == "msIdentifier" { identifiers.append($0) } }
                if !identifiers.isEmpty {
                    for identifier in identifiers {
                        lines.append(
                            "Source: "
                                + identifier.childElements.map(flat).filter { !$0.isEmpty }.joined(separator: ", "))
                    }
                } else {
                    let text = flat(sourceDesc)
                    if !text.isEmpty { lines.append("Source: " + text) }
                }
            }
        }
        if let availability = fileDesc?.firstChild("publicationStmt")?.firstChild("availability") {
            let text = flat(availability)
            if !text.isEmpty { lines.append("Rights: " + text) }
        }
        if let abstract = profile?.firstChild("abstract") {
            let paragraphs = abstract.childElements.isEmpty ? [abstract] : abstract.childElements
            let text = paragraphs.map(flat).filter { !$0.isEmpty }.joined(separator: "\n\n")
            if !text.isEmpty { lines.append("\nSummary: " + text) }
        }
        return lines.joined(separator: "\n")
    }

    private func correspondents(_ action: XML.Element) -> String {
        action.childElements.filter { ["persName", "orgName", "name", "rs"].contains($0.localName) }
            .map(flat).filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// An element's content rendered with these options, on one line.
    private func flat(_ element: XML.Element) -> String {
        let renderer = TextRenderer(options: options, path: path, scope: .fragment)
        for child in element.children {
            XMLEvents.emit(child, inheritedNamespace: teiNamespace) { _ = renderer.consume($0) }
        }
        return renderer.finishFlat()
    }

    /// Elements whose children are blocks.
    static let blockContainers: Set<String> = [
        "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "body", "front", "back", "group",
    ]

    /// Elements that start a line (1) or a paragraph (2). Any other element is inline: it adds no space.
    static let blockLevels: [String: Int] = {
        var levels: [String: Int] = [:]
        for name in [
            "p", "ab", "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "head", "opener", "closer",
            "list", "listBibl", "table", "lg", "sp", "spGrp", "floatingText", "titlePage", "front", "body", "back",
            "group", "postscript", "epigraph", "argument", "trailer", "byline", "castList", "docImprint",
            "figure", "entry", "set", "listPerson", "listPlace", "listOrg", "listEvent", "msDesc",
        ] {
            levels[name] = 2
        }
        for name in [
            "item", "l", "row", "dateline", "salute", "signed", "titlePart", "docTitle", "docDate",
            "docAuthor", "docEdition", "speaker", "stage", "address", "addrLine", "castItem", "castGroup",
            "u", "person", "place", "org", "event", "respStmt",
        ] {
            levels[name] = 1
        }
        return levels
    }()
}
