import TeigramXML

/// The TEI namespace.
public let teiNamespace = "http://www.tei-c.org/ns/1.0"

/// Writes a ``TelegramPage`` as one self-contained TEI P5 document (see `docs/TEI-ENCODING.md`).
/// A total function: every page gives a document; what it could not determine is reported as warnings.
public struct TEIWriter: Sendable {
    /// The authority used for tagging and copied (in part) into each document.
    public let authority: Authority
    /// The `href` of the `xml-model` processing instruction.
    public var schemaHref: String

    /// Creates a writer.
    public init(authority: Authority, schemaHref: String = "../Schemas/teigram.rng") {
        self.authority = authority
        self.schemaHref = schemaHref
    }

    /// Encodes `page` with `metadata`; `documentID` becomes the root `xml:id` (made an NCName).
    public func encode(page: TelegramPage, metadata: TelegramMetadata, documentID: String) -> (
        XML.Document, EncodingReport
    ) {
        // The indentation is written with the tree, not built into it (see XMLIndentation).
        let (root, report) = tree(page: page, metadata: metadata, documentID: documentID)
        let prolog = [
            XML.ProcessingInstruction(
                target: "xml-model",
                data:
                    "href=\"\(schemaHref)\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\""
            )
        ]
        return (XML.Document(prolog: prolog, root: root, indentation: TEILayout.indentation), report)
    }

    /// The document's root element before layout, and the report.
    private func tree(page: TelegramPage, metadata: TelegramMetadata, documentID: String) -> (
        XML.Element, EncodingReport
    ) {
        var report = EncodingReport()
        var state = TaggingState(documentYear: metadata.date?.year)
        state.textLanguage = metadata.textLanguage
        let tagger = EntityTagger(authority: authority)
        let metadata = Self.placesAsPlaces(metadata, tagger: tagger, state: state)
        var inline = InlineEncoder(tagger: tagger, dates: DateRecognizer(contextYear: metadata.date?.year))
        // The page's numbered footnotes; one whose number is the page's only one of that number has an id,
        // and the text's marks point at it.
        let footnoteNumbers = page.parts.flatMap(\.closer).compactMap(\.footnoteMark?.number).filter {
            $0.utf8.allSatisfy { (0x30...0x39).contains($0) }
        }
        inline.readsNoteMarks = !footnoteNumbers.isEmpty
        for number in footnoteNumbers {
            inline.noteAnchors[number] =
                footnoteNumbers.filter { $0 == number }.count == 1
                ? Self.ncName(documentID) + "-fn" + number : nil
        }
        var footnoteIDsWritten: Set<String> = []
        let path = page.path
        for (key, ref) in [
            ("sender-ref", metadata.senderRef), ("recipient-ref", metadata.recipientRef),
            ("origin-ref", metadata.originRef),
        ] {
            if let ref, authority.entries[ref] == nil {
                report.warnings.append(
                    Diagnostic(
                        .warning, .heuristic, path: Project.sidecarPath(for: path),
                        "\(key) '\(ref)' is not an authority id; the name is tagged by the rules instead"))
            }
        }

        // Correspondents the authority does not know are still names of this document: register them so
        // their mentions in the text are tagged (as `rs`, for the review report). A "name" of titles and
        // nationalities only ("Soviet Ambassador", "the President") names an office, not a person.
        let correspondents = ([metadata] + metadata.parts).flatMap { $0.senders + $0.recipientParts }
        for name in correspondents.compactMap(\.person)
        where NameTokenizer.tokens(of: name).contains(where: {
            tagger.isNameWord($0) && !EntityTagger.isNationalityWord($0.folded)
        }) {
            var scratch = state
            if !tagger.mentions(in: UTF16Text.units(of: name), state: &scratch).contains(where: { $0.ref != nil }) {
                state.registerLocalPerson(NameTokenizer.tokens(of: name).map(\.folded))
            }
        }

        // Text first: mentions found there decide what the standOff carries.
        // Front: the title page and the preface, in the order they stand in the source (a textbook's
        // introduction follows its heading; another document's summary precedes the date line).
        // Each part of the title page with its source line: they are written in the source's order.
        var titleParts: [(line: Int, node: XML.Node)] = []
        func docTitle(_ children: [XML.Node], type: String?) -> XML.Node {
            let part = XML.Element(
                "titlePart", attributes: type.map { [XML.Attribute("type", $0)] } ?? [], children: children)
            return .element(XML.Element("docTitle", children: [.element(part)]))
        }
        if let heading = page.pageHeading {
            titleParts.append((heading.line, docTitle(inline.encode(heading.text, state: &state), type: "main")))
        }
        if let dateLine = page.dateLine {
            var docDate = XML.Element("docDate", children: [.text(dateLine.text.trimmedText)])
            if let date = metadata.date, metadata.dateText == dateLine.text { docDate.setAttribute("when", date.iso) }
            titleParts.append((dateLine.line, .element(docDate)))
        }
        if let title = page.titleLine {
            let copy = Self.mixedCaseCopy(of: title.text, in: page.citation)
            titleParts.append(
                (title.line, docTitle(inline.encode(title.text, taggedAs: copy, state: &state), type: nil)))
        }
        let titleLine = titleParts.map(\.line).min() ?? Int.max
        let titlePage = titleParts.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element.node)
        let prefaceBefore = page.preface.filter { $0.line < titleLine }
        let prefaceAfter = page.preface.filter { $0.line >= titleLine }
        var front: [XML.Element] = []
        if !prefaceBefore.isEmpty {
            front.append(
                XML.Element(
                    "div", attributes: [XML.Attribute("type", "preface")],
                    children: prefaceBefore.map { .element(paragraph($0, inline: inline, state: &state)) }))
        }
        if !titlePage.isEmpty { front.append(XML.Element("titlePage", children: titlePage)) }
        if !prefaceAfter.isEmpty {
            front.append(
                XML.Element(
                    "div", attributes: [XML.Attribute("type", "preface")],
                    children: prefaceAfter.map { .element(paragraph($0, inline: inline, state: &state)) }))
        }

        var divisions: [XML.Node] = []
        // The names the closers' signature lines were tagged with, by source line: the header's signatories.
        var signedNames: [Int: [InlineEncoder.TaggedName]] = [:]
        for (number, part) in page.parts.enumerated() {
            var children: [XML.Node] = []
            if let heading = part.heading {
                children.append(.element(XML.Element("head", children: inline.encode(heading.text, state: &state))))
            }
            if !part.opener.isEmpty {
                children.append(.element(frame("opener", part.opener, inline: inline, state: &state)))
            }
            children += blocks(part.body, inline: inline, state: &state).map { .element($0) }
            let closer = part.closer.filter { $0.kind != .footnote && $0.kind != .postscript }
            if !closer.isEmpty {
                children.append(
                    .element(frame("closer", closer, inline: inline, state: &state, signedNames: &signedNames)))
            }
            let postscript = part.closer.filter { $0.kind == .postscript }
            if !postscript.isEmpty {
                children.append(
                    .element(
                        XML.Element(
                            "postscript",
                            children: postscript.map { .element(paragraph($0.unit, inline: inline, state: &state)) })))
            }
            // Where the part's last footnote stands among its children: a page cut off inside that note ends there.
            var lastFootnoteChild: Int?
            for line in part.closer {
                guard let (mark, number, rest) = line.footnoteMark else { continue }
                lastFootnoteChild = children.count
                var attributes = [
                    XML.Attribute("type", line.isSourceNote ? "source" : "footnote"), XML.Attribute("n", number),
                ]
                if let id = inline.noteAnchors[number], footnoteIDsWritten.insert(id).inserted {
                    attributes.insert(XML.Attribute("xml:id", id), at: 0)
                }
                children.append(
                    .element(
                        XML.Element(
                            "note", attributes: attributes,
                            children: [.element(XML.Element("label", children: [.text(mark)])), .text(" ")]
                                + inline.encode(rest, state: &state))))
            }
            if let citation = part.citation {
                let nodes = inline.encode(citation.text.trimmedText, state: &state)
                if nodes.count == 1, case .element(let note) = nodes[0], note.name == "note" {
                    children.append(.element(note))
                } else {
                    children.append(
                        .element(XML.Element("note", attributes: [XML.Attribute("type", "source")], children: nodes)))
                }
            }
            var attributes = [XML.Attribute("type", "telegram")]
            if page.parts.count > 1 {
                attributes.insert(XML.Attribute("xml:id", Self.partID(documentID, number)), at: 0)
                attributes.append(XML.Attribute("n", String(number + 1)))
            }
            // TEI wants prose in a div before its closer: a page cut off before the text gets a gap in a p.
            if !children.contains(where: {
                if case .element(let e) = $0 { ["p", "list", "floatingText"].contains(e.name) } else { false }
            }) {
                let index =
                    children.firstIndex(where: {
                        if case .element(let e) = $0 { e.name == "closer" || e.name == "postscript" } else { false }
                    }) ?? children.count
                children.insert(
                    .element(
                        XML.Element(
                            "p",
                            children: [.element(XML.Element("gap", attributes: [XML.Attribute("reason", "missing")]))])),
                    at: index)
            }
            // The gap goes where the text stops: the last paragraph, list item or closing line, or the last
            // footnote when the page's last line is one.
            let cutOffNote = part.closer.last?.kind == .footnote ? lastFootnoteChild : nil
            if page.isTruncated, number == page.parts.count - 1,
                let last = cutOffNote
                    ?? children.lastIndex(where: {
                        if case .element(let e) = $0 { ["p", "list", "closer"].contains(e.name) } else { false }
                    }),
                case .element(var element) = children[last]
            {
                let gap = XML.Node.element(XML.Element("gap", attributes: [XML.Attribute("reason", "truncated")]))
                if element.name == "list",
                    let itemIndex = element.children.lastIndex(where: {
                        if case .element(let e) = $0 { e.name == "item" } else { false }
                    }), case .element(var item) = element.children[itemIndex]
                {
                    item.children.append(gap)
                    element.children[itemIndex] = .element(item)
                } else {
                    element.children.append(gap)
                }
                children[last] = .element(element)
                report.warnings.append(
                    Diagnostic(
                        .warning, .heuristic, path: path,
                        "the page ends inside a sentence and has no rights text or footer: it looks cut off; the text ends with <gap reason=\"truncated\"/>"
                    ))
            }
            divisions.append(.element(XML.Element("div", attributes: attributes, children: children)))
        }
        if divisions.isEmpty {
            divisions = [
                .element(
                    XML.Element(
                        "div", attributes: [XML.Attribute("type", "telegram")],
                        children: [
                            .element(
                                XML.Element(
                                    "p",
                                    children: [
                                        .element(XML.Element("gap", attributes: [XML.Attribute("reason", "missing")]))
                                    ]))
                        ]))
            ]
            report.warnings.append(Diagnostic(.warning, .heuristic, path: path, "no telegram text found"))
        }

        var textChildren: [XML.Node] = []
        if !front.isEmpty { textChildren.append(.element(XML.Element("front", children: front.map { .element($0) }))) }
        textChildren.append(.element(XML.Element("body", children: divisions)))
        // The header is in English (the root's `xml:lang`); a text published in another language says so.
        let text = XML.Element(
            "text",
            attributes: metadata.textLanguage == "en" ? [] : [XML.Attribute("xml:lang", metadata.textLanguage)],
            children: textChildren)

        // Header: correspondents resolved with the same tagger, so they link to the same entries.
        let header = teiHeader(
            page: page, metadata: metadata, documentID: documentID, signedNames: signedNames, inline: inline,
            state: &state, report: &report)

        report.mentionCount = state.mentionCount
        report.linkedIDs = state.mentionedIDs
        report.unresolved = state.unresolved

        var rootChildren: [XML.Node] = [.element(header)]
        if let standOff = standOff(
            ids: state.mentionedIDs, provisional: state.provisional, textLanguage: metadata.textLanguage)
        {
            rootChildren.append(.element(standOff))
        }
        rootChildren.append(.element(text))
        let root = XML.Element(
            "TEI", namespaceURI: teiNamespace,
            attributes: [XML.Attribute("xml:id", Self.ncName(documentID)), XML.Attribute("xml:lang", "en")],
            children: rootChildren)
        return (root, report)
    }

    // MARK: Header

    private func teiHeader(
        page: TelegramPage, metadata: TelegramMetadata, documentID: String,
        signedNames: [Int: [InlineEncoder.TaggedName]], inline: InlineEncoder, state: inout TaggingState,
        report: inout EncodingReport
    ) -> XML.Element {
        let path = page.path
        var titleStmt: [XML.Node] = [
            .element(
                XML.Element(
                    "title", attributes: [XML.Attribute("type", "main")],
                    children: [.text(metadata.title.isEmpty ? "Untitled telegram" : metadata.title)]))
        ]
        for part in page.parts where page.parts.count > 1 {
            if let heading = part.heading {
                titleStmt.append(
                    .element(
                        XML.Element(
                            "title", attributes: [XML.Attribute("type", "sub")],
                            children: [.text(collapseWhitespace(heading.text))])))
            }
        }
        let sender = correspondentNames(
            metadata.senders, phrase: metadata.sender, ref: metadata.senderRef, inline: inline, state: &state)
        let recipient = correspondentNames(
            metadata.recipientParts, phrase: metadata.recipient, ref: metadata.recipientRef, inline: inline,
            state: &state)
        if let author = sender.first { titleStmt.append(.element(XML.Element("author", children: [.element(author)]))) }
        if let funder = page.funder {
            let name = String(funder.text.dropFirst(PageReader.funderOpening.count)).trimmedText
            titleStmt.append(.element(XML.Element("funder", children: [.text(name)])))
        }
        for translator in metadata.translators {
            titleStmt.append(.element(respStmt("translated by", translator)))
        }
        for contributor in metadata.contributors {
            titleStmt.append(.element(respStmt("contributed by", contributor)))
        }
        titleStmt.append(
            .element(
                XML.Element(
                    "respStmt",
                    children: [
                        .element(XML.Element("resp", children: [.text("TEI encoding generated by")])),
                        .element(XML.Element("name", children: [.text("Teigram")])),
                    ])))

        var availability = XML.Element(
            "availability", attributes: [XML.Attribute("status", page.rights.isEmpty ? "unknown" : "restricted")])
        availability.children =
            page.rights.isEmpty
            ? [.element(XML.Element("p", children: [.text("No rights statement was given with the source.")]))]
            : page.rights.map { .element(XML.Element("p", children: [.text(collapseWhitespace($0.text))])) }
        let publicationStmt = XML.Element(
            "publicationStmt",
            children: [
                .element(XML.Element("publisher", children: [.text("Teigram edition")])),
                .element(availability),
            ])

        var sourceDesc: [XML.Node] = []
        for reference in metadata.archivalReferences {
            var identifier: [XML.Node] = [.element(XML.Element("repository", children: [.text(reference.repository)]))]
            for part in reference.parts {
                identifier.append(
                    .element(
                        XML.Element(
                            "idno", attributes: [XML.Attribute("type", part.type)], children: [.text(part.value)])))
            }
            sourceDesc.append(
                .element(XML.Element("msDesc", children: [.element(XML.Element("msIdentifier", children: identifier))]))
            )
        }
        for citation in page.citation {
            sourceDesc.append(
                .element(
                    XML.Element(
                        "bibl", attributes: [XML.Attribute("type", "citation")],
                        children: [.text(collapseWhitespace(citation.text))])))
        }
        for part in page.parts {
            if let citation = part.citation {
                sourceDesc.append(
                    .element(
                        XML.Element(
                            "bibl", attributes: [XML.Attribute("type", "citation")],
                            children: [.text(collapseWhitespace(citation.text))])))
            }
        }
        if let file = metadata.fileNumber {
            sourceDesc.append(
                .element(
                    XML.Element("bibl", attributes: [XML.Attribute("type", "file-number")], children: [.text(file)])))
        }
        if let citation = metadata.archivalCitation {
            // Recorded by the editor (sidecar) for a page that does not state it.
            sourceDesc.append(
                .element(
                    XML.Element(
                        "bibl", attributes: [XML.Attribute("type", "archival"), XML.Attribute("n", "editor")],
                        children: [.text(collapseWhitespace(citation))])))
        }
        let hasCitation = !sourceDesc.isEmpty
        if metadata.sourceURL != nil || metadata.sourcePublisher != nil {
            var online: [XML.Node] = []
            if let publisher = metadata.sourcePublisher { online.append(.text(collapseWhitespace(publisher))) }
            if let url = metadata.sourceURL {
                if !online.isEmpty { online.append(.text(", ")) }
                online.append(
                    .element(XML.Element("idno", attributes: [XML.Attribute("type", "URI")], children: [.text(url)])))
            }
            sourceDesc.append(
                .element(XML.Element("bibl", attributes: [XML.Attribute("type", "online")], children: online)))
        }
        if !hasCitation {
            if sourceDesc.isEmpty {
                sourceDesc = [.element(XML.Element("p", children: [.text("The source gives no archival citation.")]))]
            }
            report.warnings.append(
                Diagnostic(
                    .warning, .heuristic, path: path,
                    "no archival citation found; record one as 'archival-citation' in a .meta sidecar"))
        }
        var fileDescChildren: [XML.Node] = [
            .element(XML.Element("titleStmt", children: titleStmt)), .element(publicationStmt),
        ]
        let notes = page.footerFields.filter { $0.label != "Original Classification" }
        if !notes.isEmpty {
            fileDescChildren.append(
                .element(
                    XML.Element(
                        "notesStmt",
                        children: notes.map {
                            .element(
                                XML.Element(
                                    "note", attributes: [XML.Attribute("type", Self.ncName($0.label.lowercased()))],
                                    children: [.text(collapseWhitespace($0.value.text))]))
                        })))
        }
        fileDescChildren.append(.element(XML.Element("sourceDesc", children: sourceDesc)))
        let fileDesc = XML.Element("fileDesc", children: fileDescChildren)

        var profile: [XML.Node] = []
        if !page.summary.isEmpty {
            profile.append(
                .element(
                    XML.Element(
                        "abstract",
                        children: page.summary.map {
                            .element(XML.Element("p", children: inline.encode($0.text.trimmedText, state: &state)))
                        })))
        }
        if metadata.parts.isEmpty {
            var description = correspDesc(
                metadata, sender: sender, recipient: recipient, path: path, line: page.titleLine?.line ?? 0,
                inline: inline, state: &state, report: &report)
            addSignatories(
                metadata.signature, signedNames: signedNames, to: &description, sender: sender,
                role: metadata.senderParts.role)
            writeProvisionalPersonsFully(in: &description, state: state)
            profile.append(.element(description))
        } else {
            for (number, part) in metadata.parts.enumerated() {
                let partSender = correspondentNames(
                    part.senders, phrase: part.sender, ref: nil, inline: inline, state: &state)
                let partRecipient = correspondentNames(
                    part.recipientParts, phrase: part.recipient, ref: nil, inline: inline, state: &state)
                var element = correspDesc(
                    part, sender: partSender, recipient: partRecipient, path: path,
                    line: page.parts[number].heading?.line ?? 0, inline: inline, state: &state, report: &report)
                addSignatories(
                    part.signature, signedNames: signedNames, to: &element, sender: partSender,
                    role: part.senderParts.role)
                writeProvisionalPersonsFully(in: &element, state: state)
                element.attributes.append(XML.Attribute("corresp", "#" + Self.partID(documentID, number)))
                profile.append(.element(element))
            }
        }
        // The text's language (``TextLanguage``), and the original's when a sidecar records another.
        let textLanguage = metadata.textLanguage
        var languages: [XML.Node] = [
            .element(
                XML.Element(
                    "language", attributes: [XML.Attribute("ident", textLanguage)],
                    children: [
                        .text((LanguageName.name(for: textLanguage) ?? textLanguage) + " (as published by the archive)")
                    ]))
        ]
        if let original = metadata.originalLanguage, original != textLanguage {
            languages.append(
                .element(
                    XML.Element(
                        "language", attributes: [XML.Attribute("ident", original)],
                        children: [
                            .text(
                                (LanguageName.name(for: original) ?? original)
                                    + " (the original; the text is a translation)")
                        ])))
        }
        profile.append(.element(XML.Element("langUsage", children: languages)))
        var textClass: [XML.Node] = []
        if !metadata.classification.isEmpty {
            textClass.append(
                .element(
                    XML.Element(
                        "keywords", attributes: [XML.Attribute("scheme", "#classification")],
                        children: metadata.classification.map { .element(XML.Element("term", children: [.text($0)])) }))
            )
        }
        if let kind = metadata.documentKind {
            textClass.append(
                .element(
                    XML.Element(
                        "classCode", attributes: [XML.Attribute("scheme", "#document-type")],
                        children: [.text(kind.lowercased())])))
        }
        if !textClass.isEmpty { profile.append(.element(XML.Element("textClass", children: textClass))) }

        return XML.Element(
            "teiHeader",
            children: [
                .element(fileDesc), .element(Self.encodingDesc),
                .element(XML.Element("profileDesc", children: profile)),
            ])
    }

    /// The encoding description, the same for every document: built once.
    static let encodingDesc = XML.Element(
        "encodingDesc",
        children: [
            .element(
                XML.Element(
                    "projectDesc",
                    children: [
                        .element(
                            XML.Element(
                                "p",
                                children: [
                                    .text(
                                        "Encoded by Teigram from the archive's published text. Site navigation was removed; every other word of the page is kept: the document in the text, the editorial summary in the abstract, the citation in the source description and the rights statement in the availability statement. Names link to the entries in standOff, copied from the project's authority files."
                                    )
                                ]))
                    ])),
            .element(
                XML.Element(
                    "classDecl",
                    children: [
                        .element(
                            XML.Element(
                                "taxonomy", attributes: [XML.Attribute("xml:id", "classification")],
                                children: [
                                    .element(
                                        XML.Element(
                                            "bibl",
                                            children: [
                                                .text(
                                                    "Security classification and handling instructions as written on the document."
                                                )
                                            ]))
                                ])),
                        .element(
                            XML.Element(
                                "taxonomy", attributes: [XML.Attribute("xml:id", "document-type")],
                                children: [
                                    .element(
                                        XML.Element(
                                            "bibl",
                                            children: [.text("Kind of document as named in the archive's title.")]))
                                ])),
                    ])),
        ])

    /// The personal name of a correspondent phrase ("Savel'yev in Urumchi" → "Savel'yev"): one to three
    /// capitalised words once a trailing "in/at Place" is dropped; `nil` for phrases that are no name.
    static func personalName(in phrase: String) -> String? {
        let place = TitlePatterns.trailingPlace.replacing(in: phrase, with: "")
        let name = collapseWhitespace(place)
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase ?? false }),
            !words.contains(where: {
                EntityTagger.personTitles.contains(String.trimmingPunctuation($0.lowercasedText))
                    || EntityTagger.commonWords.contains($0.lowercasedText)
            })
        else { return nil }
        return name
    }

    /// `correspDesc` with sent (sender, origin, date) and received (recipient), plus transmitted (intermediary).
    private func correspDesc(
        _ metadata: TelegramMetadata, sender: [XML.Element], recipient: [XML.Element], path: String, line: Int,
        inline: InlineEncoder, state: inout TaggingState, report: inout EncodingReport
    ) -> XML.Element {
        var sent: [XML.Node] = []
        if !sender.isEmpty {
            sent += sender.map { .element($0) }
        } else {
            report.warnings.append(
                Diagnostic(
                    .warning, .heuristic, path: path, line: line,
                    "unknown sender: no 'X to Y' in the title or citation; set 'sender' in a .meta sidecar"))
        }
        // An origin inferred from the sender's phrase ("Embassy in X") stands only as a place the authority
        // knows, and not a country: an embassy "in Hungary" states no place of dispatch.
        if let origin = placeElement(metadata.origin, ref: metadata.originRef, inline: inline, state: &state),
            !(metadata.originIsInferred && (isCountry(origin) || origin.name != "placeName"))
        {
            sent.append(.element(origin))
        }
        var date = XML.Element("date")
        if let when = metadata.date {
            date.setAttribute("when", when.iso)
            if let certainty = when.certainty { date.setAttribute("cert", certainty) }
            date.children = [.text(collapseWhitespace(metadata.dateText ?? when.iso))]
        } else {
            // Undated: say so with the widest honest bounds rather than guess.
            date.setAttribute("notBefore", "1900")
            date.setAttribute("notAfter", "2000")
            date.setAttribute("cert", "unknown")
            date.children = [.text("undated")]
            report.warnings.append(
                Diagnostic(
                    .warning, .heuristic, path: path, line: line,
                    "undated telegram: no date line, dated title or dated signature; set 'date' in a .meta sidecar"))
        }
        sent.append(.element(date))
        if let number = metadata.number {
            sent.append(
                .element(
                    XML.Element(
                        "idno", attributes: [XML.Attribute("type", "telegram-number")], children: [.text(number)])))
        }
        var received: [XML.Node] = []
        if !recipient.isEmpty {
            received += recipient.map { .element($0) }
        } else {
            received.append(
                .element(XML.Element("rs", attributes: [XML.Attribute("type", "person")], children: [.text("unknown")]))
            )
            report.warnings.append(
                Diagnostic(
                    .warning, .heuristic, path: path, line: line,
                    "unknown recipient; set 'recipient' in a .meta sidecar"))
        }
        if let place = placeElement(metadata.receivedPlace, ref: nil, inline: inline, state: &state) {
            received.append(.element(place))
        }
        if let receipt = metadata.receivedDate {
            var date = XML.Element(
                "date", attributes: [XML.Attribute("when", receipt.iso)],
                children: [.text(metadata.receivedDateText ?? receipt.iso)])
            if let certainty = receipt.certainty { date.setAttribute("cert", certainty) }
            received.append(.element(date))
        }
        var correspondence: [XML.Node] = [
            .element(XML.Element("correspAction", attributes: [XML.Attribute("type", "sent")], children: sent)),
            .element(XML.Element("correspAction", attributes: [XML.Attribute("type", "received")], children: received)),
        ]
        if let intermediary = correspondent(metadata.intermediary, ref: nil, inline: inline, state: &state) {
            correspondence.append(
                .element(
                    XML.Element(
                        "correspAction", attributes: [XML.Attribute("type", "transmitted")],
                        children: [.element(intermediary)])))
        }
        return XML.Element("correspDesc", children: correspondence)
    }

    /// The people who signed, added to the sent action when the sender is someone else or unknown: an
    /// embassy's report signed by its ambassador names both; a role named alone (`rs type="person"`) is the
    /// signatory's, and gives way to the name. The signatories are the persons the text's tagging found on
    /// the reader's signature block (``TelegramMetadata/signature``): the first line that names one, except
    /// that below a role the name's own line wins ("USSR AMBASSADOR IN THE DPRK", "[signature]",
    /// "(A. PUZANOV)"); a line naming a person the authority knows ends the search.
    private func addSignatories(
        _ signature: [SignatureLine], signedNames: [Int: [InlineEncoder.TaggedName]],
        to description: inout XML.Element, sender: [XML.Element], role: String?
    ) {
        guard
            let sentIndex = description.children.firstIndex(where: {
                if case .element(let e) = $0 { e[attribute: "type"] == "sent" } else { false }
            }),
            case .element(var sent) = description.children[sentIndex]
        else { return }
        var found: (line: SignatureLine, people: [InlineEncoder.TaggedName])?
        for (offset, line) in signature.enumerated() {
            let people = (signedNames[line.sourceLine] ?? []).filter { $0.kind == .person }
            if !people.isEmpty, found == nil || offset > 0 { found = (line, people) }
            if people.contains(where: { !$0.isProvisional }) || (offset > 0 && !people.isEmpty) { break }
        }
        guard let (line, people) = found else { return }
        // A signatory the authority does not know counts only when no person is named as sender and the
        // signature is a short line of names (a longer "signature" is a closing line misread).
        let sentHasPerson = sent.children.contains {
            if case .element(let e) = $0 { e.name == "persName" } else { false }
        }
        for person in people where !person.isProvisional || (!sentHasPerson && line.isShort) {
            guard !sender.contains(where: { $0[attribute: "ref"] == "#" + person.ref }),
                !sent.children.contains(where: {
                    if case .element(let e) = $0 { e[attribute: "ref"] == "#" + person.ref } else { false }
                })
            else { continue }
            let name =
                person.isProvisional
                ? person.written : headerName(ref: person.ref, written: person.written, certainty: person.certainty)
            let insertAt =
                sent.children.firstIndex(where: {
                    if case .element(let e) = $0 {
                        e.name == "placeName" || e.name == "date" || (e.name == "rs" && e[attribute: "type"] == "place")
                    } else {
                        false
                    }
                }) ?? sent.children.count
            sent.children.insert(
                .element(
                    XML.Element(
                        "persName", attributes: [XML.Attribute("ref", "#" + person.ref)], children: [.text(name)])),
                at: insertAt)
            // The signatory holds the role the title names ("Заместитель Народного Комиссара …", signed
            // "Л. Карахан"): the person is now identified, so the role's `rs` gives way.
            if let role = role.map(collapseWhitespace) {
                sent.children.removeAll {
                    if case .element(let e) = $0 {
                        e.name == "rs" && e[attribute: "type"] == "person" && e.textContent == role
                    } else {
                        false
                    }
                }
            }
        }
        description.children[sentIndex] = .element(sent)
    }

    /// The header's name for a person linked to the authority entry `ref`: the entry's standard name when
    /// the link is certain ("A. PUZANOV" signs for Aleksandr Puzanov), else the name as the source writes it
    /// (a surname alone, linked by the entry's dates).
    private func headerName(ref: String, written: String, certainty: String?) -> String {
        certainty == nil ? authority.entries[ref]?.standardName ?? written : written
    }

    static func partID(_ documentID: String, _ number: Int) -> String {
        ncName(documentID) + "-doc" + String(number + 1)
    }

    private func respStmt(_ resp: String, _ name: String) -> XML.Element {
        XML.Element(
            "respStmt",
            children: [
                .element(XML.Element("resp", children: [.text(resp)])),
                .element(XML.Element("persName", children: [.text(name)])),
            ])
    }

    /// The names of a correspondent for `correspAction`: for each ``Correspondent``, a role named alone as
    /// `rs type="person"` (an `orgName` when the authority knows the phrase as an institution), its person as
    /// `persName` and its office as `orgName`, each linked when the authority knows it
    /// (``linkedName(_:kind:isTitled:inline:state:)``), else to a provisional entry. A sidecar's `ref` links
    /// the first name of its kind. A phrase the reader could not take apart falls back to
    /// ``correspondent(_:ref:inline:state:)``.
    private func correspondentNames(
        _ parts: [Correspondent], phrase: String?, ref forced: String?, inline: InlineEncoder,
        state: inout TaggingState
    ) -> [XML.Element] {
        let readable = parts.filter { !$0.isEmpty }
        if readable.isEmpty || (forced.map { authority.entries[$0] != nil } ?? false) {
            return correspondent(phrase, ref: forced, inline: inline, state: &state).map { [$0] } ?? []
        }
        var elements: [XML.Element] = []
        for part in readable {
            // An office-holder named by role alone is a person not identified, unless the authority knows the
            // whole phrase as an institution ("Secretary of State for External Relations", Brazil's ministry).
            if let role = part.role {
                let display = collapseWhitespace(role)
                elements.append(
                    linkedName(display, kind: .org, isTitled: false, inline: inline, state: &state)
                        ?? XML.Element("rs", attributes: [XML.Attribute("type", "person")], children: [.text(display)]))
            }
            for (name, kind) in [(part.person, AuthorityEntry.Kind.person), (part.office, .org)] {
                guard let name, !name.isEmpty else { continue }
                let display = collapseWhitespace(name)
                if let linked = linkedName(display, kind: kind, isTitled: part.isTitled, inline: inline, state: &state)
                {
                    elements.append(linked)
                } else if kind == .person, part.office != nil,
                    let place = wholePlace(display, inline: inline, state: &state)
                {
                    // "Ministry of Foreign Affairs (Bucharest)": a place read where the office's holder may
                    // stand is its seat, no person.
                    elements.append(place)
                } else {
                    let id = state.provisionalID(name: display, kind: kind)
                    elements.append(
                        XML.Element(
                            kind.nameElement, attributes: [XML.Attribute("ref", "#" + id)], children: [.text(display)]))
                }
            }
        }
        return elements
    }

    /// Each person of `description`'s actions that links to a provisional entry naming the person more
    /// fully (``namesMoreFully(_:than:)``) is written with the entry's standard name: "G. Kunadze" signing
    /// is "G.F. Kunadze" of the title, as a person of the authority is written with the entry's name.
    private func writeProvisionalPersonsFully(in description: inout XML.Element, state: TaggingState) {
        for (actionIndex, actionNode) in description.children.enumerated() {
            guard case .element(var action) = actionNode, action.name == "correspAction" else { continue }
            var changed = false
            for (index, node) in action.children.enumerated() {
                guard case .element(var name) = node, name.name == "persName",
                    let ref = name[attribute: "ref"], ref.hasPrefix("#prov."),
                    let entry = state.provisionalEntry(String(ref.dropFirst())),
                    Self.namesMoreFully(entry.standardName, than: name.textContent)
                else { continue }
                name.children = [.text(entry.standardName)]
                action.children[index] = .element(name)
                changed = true
            }
            if changed { description.children[actionIndex] = .element(action) }
        }
    }

    /// Whether `fuller` names a person with more words than `name`, ending with the same surname in any case
    /// ("G.F. Kunadze" than "G. Kunadze", "B.N. Vereshchagin" than "B. VERESHCHAGIN"): initials written
    /// together count one word each.
    static func namesMoreFully(_ fuller: String, than name: String) -> Bool {
        func words(_ text: String) -> [Substring] {
            text.split(whereSeparator: { $0 == " " || $0 == "." }).filter { !$0.isEmpty }
        }
        let long = words(fuller)
        let short = words(name)
        guard let longLast = long.last, let shortLast = short.last, long.count > short.count else { return false }
        return longLast.lowercased() == shortLast.lowercased()
    }

    /// A correspondent's name (`display`, as read) linked to the authority entry of `kind` the tagger finds
    /// for it, the mention recorded in `state`; `nil`, with `state` untouched, when none is found. An
    /// organisation links only by the whole phrase; a titled person is looked up among persons only (a place
    /// may bear the name), and is written with the entry's standard name unless the link is uncertain (a
    /// surname alone, by the entry's dates: the name the source gives stays).
    private func linkedName(
        _ display: String, kind: AuthorityEntry.Kind, isTitled: Bool, inline: InlineEncoder, state: inout TaggingState
    ) -> XML.Element? {
        let units = UTF16Text.units(of: display)
        var scratch = state
        var mentions = inline.tagger.mentions(in: units, state: &scratch)
        if kind == .person, isTitled, !mentions.contains(where: { $0.kind == .person }),
            let person = inline.tagger.headerPerson(display, state: state)
        {
            scratch = state
            scratch.record(person, units: units)
            mentions = [person]
        }
        // An organisation links only by the whole phrase; a person by a name that ends the phrase (a given
        // name inside "Apostol M. Apostolov" is not the surname "Apostol" of an entry).
        // A person who died before the document's year neither wrote nor received it.
        guard let linked = mentions.first(where: { $0.kind == kind && $0.ref != nil }), let ref = linked.ref,
            let entry = authority.entries[ref],
            !(entry.deathYear.map { death in state.documentYear.map { death < $0 } ?? false } ?? false),
            kind == .org
                ? linked.range.count == display.utf16.count
                : linked.range.upperBound == display.utf16.count || !isTitled
        else { return nil }
        state = scratch
        return XML.Element(
            kind.nameElement, attributes: [XML.Attribute("ref", "#" + ref)],
            children: [
                .text(kind == .person ? headerName(ref: ref, written: display, certainty: linked.certainty) : display)
            ])
    }

    /// `display` as a `placeName` linked to the authority's place when the tagger reads the whole phrase as
    /// that one place (the mention recorded in `state`), else `nil` with `state` untouched.
    private func wholePlace(_ display: String, inline: InlineEncoder, state: inout TaggingState) -> XML.Element? {
        let units = UTF16Text.units(of: display)
        var scratch = state
        let mentions = inline.tagger.mentions(in: units, state: &scratch)
        guard mentions.count == 1, let place = mentions.first, place.kind == .place, let ref = place.ref,
            place.range == 0..<units.count
        else { return nil }
        state = scratch
        return XML.Element("placeName", attributes: [XML.Attribute("ref", "#" + ref)], children: [.text(display)])
    }

    /// A correspondent phrase as one name element: the first person (else organisation, else place)
    /// the tagger finds in it; unknown → `rs`.
    private func correspondent(_ phrase: String?, ref forced: String?, inline: InlineEncoder, state: inout TaggingState)
        -> XML.Element?
    {
        guard let phrase, !phrase.isEmpty else { return nil }
        let display = collapseWhitespace(phrase)
        if let forced, let entry = authority.entries[forced] {
            state.recordReference(forced)
            return XML.Element(
                entry.kind.nameElement, attributes: [XML.Attribute("ref", "#" + forced)], children: [.text(display)])
        }
        var scratch = state
        let mentions = inline.tagger.mentions(in: UTF16Text.units(of: display), state: &scratch)
        let best =
            mentions.first { $0.kind == .person && $0.ref != nil }
            ?? mentions.first { $0.kind == .org && $0.ref != nil }
        if let best, let ref = best.ref {
            state = scratch
            return XML.Element(
                best.kind.nameElement, attributes: [XML.Attribute("ref", "#" + ref)], children: [.text(display)])
        }
        if let name = Self.personalName(in: display), name != display {
            return XML.Element("rs", attributes: [XML.Attribute("type", "person")], children: [.text(name)])
        }
        let isBody = display.matches(
            #"\b(Embassy|Ministry|Council|Committee|Government|Department|Bureau|Secretariat|Foreign Office|Staff|Command)\b"#,
            caseInsensitive: true)
        return XML.Element(
            "rs", attributes: [XML.Attribute("type", isBody ? "org" : "person")], children: [.text(display)])
    }

    /// Correspondents that are only a place the authority knows ("Telegram from Pyongyang to Bucharest"): the
    /// sender's place becomes the origin and an addressee's the place of receipt, and neither stays a
    /// correspondent (a city is no person). Only a phrase read as a person alone, with no office and no
    /// title (``Correspondent/isTitled``: "the Ambassador in the United Kingdom (Douglas)" names a person), is
    /// looked at; a sidecar's ref keeps its correspondent. An addressee that is a place gives way to the
    /// address line's (``TelegramMetadata/addresseeLine``).
    static func placesAsPlaces(_ metadata: TelegramMetadata, tagger: EntityTagger, state: TaggingState)
        -> TelegramMetadata
    {
        func place(_ part: Correspondent) -> String? {
            guard part.office == nil, !part.isTitled, let person = part.person else { return nil }
            let name = person.components(separatedBy: ", ").first ?? person
            if case .place = tagger.headerPlace(name, state: state) { return person }
            return nil
        }
        var metadata = metadata
        // Several senders are places only when every one is ("Beijing and Shanghai"): the first is the origin.
        if metadata.senderRef == nil, let origin = place(metadata.senderParts),
            metadata.jointSenders.allSatisfy({ place($0) != nil })
        {
            metadata.sender = nil
            metadata.senderParts = Correspondent()
            metadata.jointSenders = []
            if metadata.origin == nil || metadata.originIsInferred {
                metadata.origin = origin
                metadata.originIsInferred = false
            }
        }
        // "From: Pyongyang" in a form whose title named the sender: the field names the place of dispatch.
        if metadata.origin == nil || metadata.originIsInferred, let line = metadata.senderLine,
            let origin = place(line)
        {
            metadata.origin = origin
            metadata.originIsInferred = false
        }
        // "To the Secretary of State for External Affairs, Ottawa", "Fifth Department, Ministry of Foreign
        // Affairs, Sofia": a place after the addressees is where they receive it, no addressee.
        // Each addressee is looked up once.
        var recipientPlaces = metadata.recipientParts.map(place)
        if recipientPlaces.count > 1, let receivedAt = recipientPlaces.last ?? nil,
            !recipientPlaces.dropLast().contains(where: { $0 != nil })
        {
            metadata.recipientParts.removeLast()
            recipientPlaces.removeLast()
            if metadata.receivedPlace == nil { metadata.receivedPlace = receivedAt }
        }
        if metadata.recipientRef == nil, let firstPlace = recipientPlaces.first ?? nil,
            recipientPlaces.allSatisfy({ $0 != nil })
        {
            if metadata.receivedPlace == nil { metadata.receivedPlace = firstPlace }
            // "From Beijing to Warsaw" above "To Comrade Fijalkowski" or "To: the Ministry of Foreign
            // Affairs": the address line or field names the addressee.
            metadata.recipient = metadata.addresseeLine.flatMap { $0.person ?? $0.office ?? $0.role }
            metadata.recipientParts = metadata.addresseeLine.map { [$0] } ?? []
        }
        return metadata
    }

    /// The citation's mixed-case copy of a title written in capitals ("CABLE FROM THE CHINESE EMBASSY …" is
    /// quoted in the citation as "Cable from the Chinese Embassy …"): the start of a citation's quoted title
    /// that equals `title` but for letter case, with the same UTF-16 length; `nil` for a title in mixed case
    /// or without such a copy. In capitals every word looks like a name, so the copy is what the tagger
    /// reads.
    static func mixedCaseCopy(of title: String, in citation: [TextUnit]) -> String? {
        let units = UTF16Text.units(of: title)
        guard EntityTagger.isWrittenInCapitals(units) else { return nil }
        let upper = title.uppercased()
        for unit in citation {
            guard let quoted = MetadataReader.citationTitle(unit), quoted.utf16.count >= units.count else {
                continue
            }
            let quotedUnits = UTF16Text.units(of: quoted)
            let prefix = UTF16Text.string(quotedUnits[0..<units.count])
            if prefix.uppercased() == upper, prefix != title { return prefix }
        }
        return nil
    }

    /// Whether a place element links to an authority entry of `type="country"` (an embassy "in Hungary"
    /// states no place of dispatch).
    private func isCountry(_ element: XML.Element) -> Bool {
        guard let ref = element[attribute: "ref"], let entry = authority.entries[String(ref.dropFirst())] else {
            return false
        }
        return entry.element[attribute: "type"] == "country"
    }

    private func placeElement(_ phrase: String?, ref forced: String?, inline: InlineEncoder, state: inout TaggingState)
        -> XML.Element?
    {
        guard let phrase, !phrase.isEmpty else { return nil }
        let display = collapseWhitespace(phrase)
        if let forced, authority.entries[forced] != nil {
            state.recordReference(forced)
            return XML.Element(
                "placeName", attributes: [XML.Attribute("ref", "#" + forced)], children: [.text(display)])
        }
        switch inline.tagger.headerPlace(display, state: state) {
        case .person:
            // A person's name is no place ("Filippov (Stalin)" read as a place of receipt).
            return nil
        case .place(let ref):
            state.recordReference(ref)
            return XML.Element("placeName", attributes: [XML.Attribute("ref", "#" + ref)], children: [.text(display)])
        case .unknown:
            break
        }
        let mentions = inline.tagger.mentions(in: UTF16Text.units(of: display), state: &state)
        if let place = mentions.first(where: { $0.kind == .place && $0.ref != nil }), let ref = place.ref {
            return XML.Element("placeName", attributes: [XML.Attribute("ref", "#" + ref)], children: [.text(display)])
        }
        return XML.Element("rs", attributes: [XML.Attribute("type", "place")], children: [.text(display)])
    }

    // MARK: Text

    private func paragraph(_ unit: TextUnit, inline: InlineEncoder, state: inout TaggingState) -> XML.Element {
        let text = unit.text.trimmedText
        return XML.Element(
            "p", children: inline.encode(text, context: TaggingContext.ofLine(text) ?? .prose, state: &state))
    }

    private func blocks(_ blocks: [BodyBlock], inline: InlineEncoder, state: inout TaggingState) -> [XML.Element] {
        blocks.map { block in
            switch block {
            case .paragraph(let unit):
                return paragraph(unit, inline: inline, state: &state)
            case .gap(let unit):
                let nodes = inline.encode(unit.text.trimmedText, state: &state)
                if nodes.count == 1, case .element(let gap) = nodes[0] { return gap }
                return XML.Element("p", children: nodes)
            case .list(let items):
                return XML.Element(
                    "list", attributes: [XML.Attribute("type", "ordered")],
                    children: items.map { item in
                        let content: [XML.Node] =
                            item.paragraphs.count == 1
                            ? inline.encode(item.paragraphs[0].text.trimmedText, state: &state)
                            : item.paragraphs.map { .element(paragraph($0, inline: inline, state: &state)) }
                        return .element(
                            XML.Element("item", attributes: [XML.Attribute("n", item.number)], children: content))
                    })
            case .embedded(let message):
                var body = self.blocks(message.blocks, inline: inline, state: &state).map { XML.Node.element($0) }
                if !message.closer.isEmpty {
                    body.append(.element(frame("closer", message.closer, inline: inline, state: &state)))
                }
                if body.isEmpty { body = [.element(XML.Element("p"))] }
                return XML.Element(
                    "floatingText", attributes: [XML.Attribute("type", "message")],
                    children: [.element(XML.Element("body", children: body))])
            }
        }
    }

    /// An opener or closer: one element per line, lines separated by `lb`.
    private func frame(_ name: String, _ lines: [FrameLine], inline: InlineEncoder, state: inout TaggingState)
        -> XML.Element
    {
        var signedNames: [Int: [InlineEncoder.TaggedName]] = [:]
        return frame(name, lines, inline: inline, state: &state, signedNames: &signedNames)
    }

    /// An opener or closer, as ``frame(_:_:inline:state:)``; the names tagged on each signature line are
    /// added to `signedNames` under the line's source line.
    private func frame(
        _ name: String, _ lines: [FrameLine], inline: InlineEncoder, state: inout TaggingState,
        signedNames: inout [Int: [InlineEncoder.TaggedName]]
    ) -> XML.Element {
        var children: [XML.Node] = []
        for (index, line) in lines.enumerated() {
            if index > 0 {
                // The line break stays in the text, so words of two lines never run together.
                children.append(.text("\n"))
                children.append(.element(XML.Element("lb")))
            }
            let context: TaggingContext =
                switch line.kind {
                case .signature: .signature
                case .transmission, .copies: .dispatch
                default: .prose
                }
            let text = line.unit.text.trimmedText
            let content: [XML.Node]
            if line.kind == .signature {
                let encoded = inline.encodeRecordingNames(
                    text, context: TaggingContext.ofLine(text) ?? context, state: &state)
                content = encoded.nodes
                signedNames[line.unit.line] = encoded.names
            } else {
                content = inline.encode(text, context: TaggingContext.ofLine(text) ?? context, state: &state)
            }
            switch line.kind {
            case .bracketed:
                children += content
            case .origin, .date:
                children.append(.element(XML.Element("dateline", children: content)))
            case .salute, .address:
                children.append(.element(XML.Element("salute", children: content)))
            case .signature:
                children.append(.element(XML.Element("signed", children: content)))
            default:
                children.append(
                    .element(
                        XML.Element("seg", attributes: [XML.Attribute("type", line.kind.rawValue)], children: content)))
            }
        }
        return XML.Element(name, children: children)
    }

    // MARK: standOff

    /// The entries the document links to: those of the authority, then the provisional ones in lists of
    /// `type="provisional"`. An entry's names in other languages than the text's (`xml:lang` another than
    /// `textLanguage`: the authority's Russian, German or French forms of a place an English text names)
    /// stay in the authority files; the document keeps the entry's other names, identifiers and
    /// coordinates.
    private func standOff(ids: [String], provisional: [ProvisionalEntry], textLanguage: String) -> XML.Element? {
        var lists: [AuthorityEntry.Kind: [XML.Element]] = [:]
        for id in ids.sorted() {
            guard let entry = authority.entries[id] else { continue }
            var element = entry.element(forTextIn: textLanguage)
            element.namespaceURI = nil
            lists[entry.kind, default: []].append(element)
        }
        var children: [XML.Node] = []
        for (kind, listName) in [(AuthorityEntry.Kind.person, "listPerson"), (.place, "listPlace"), (.org, "listOrg")] {
            if let entries = lists[kind], !entries.isEmpty {
                children.append(.element(XML.Element(listName, children: entries.map { .element($0) })))
            }
        }
        for (kind, listName) in [(AuthorityEntry.Kind.person, "listPerson"), (.org, "listOrg")] {
            let entries = provisional.filter { $0.kind == kind }.sorted { $0.id < $1.id }
            if !entries.isEmpty {
                children.append(
                    .element(
                        XML.Element(
                            listName, attributes: [XML.Attribute("type", "provisional")],
                            children: entries.map { .element($0.element) })))
            }
        }
        return children.isEmpty ? nil : XML.Element("standOff", children: children)
    }

    /// `text` made a valid NCName for `xml:id` (letters, digits, `-`, `_`, `.`; not starting with a digit).
    public static func ncName(_ text: String) -> String {
        // ASCII text: ASCII letters are the alphabetic ASCII scalars, so the bytes can be mapped directly.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = text.utf8.map { byte in
                switch byte {
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x2E: byte  // letters, digits, - _ .
                default: 0x2D
                }
            }
            if let first = bytes.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) || first == 0x5F
            {
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes.insert(0x74, at: 0)  // "t"
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                    || scalar == "."
            {
                result.unicodeScalars.append(scalar)
            } else {
                result.append("-")
            }
        }
        if result.isEmpty || !(result.unicodeScalars.first.map { $0.properties.isAlphabetic || $0 == "_" } ?? false) {
            result = "t" + result
        }
        return result
    }
}
