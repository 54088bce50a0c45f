import TeigramXML

/// What the published edition says about one telegram, read once from its TEI by ``init(document:name:)``:
/// the reading pages, the registers, CMIF, GeoJSON and JSON lines are all written from this value.
///
/// It reads any TEI P5 document that keeps its names in `correspDesc` and its register in `standOff` or
/// the header (as Teigram writes them); what a document lacks stays empty.
public struct PublishedTelegram: Sendable, Equatable {
    /// A source of the text (`sourceDesc/bibl`, `msIdentifier`).
    public struct Source: Sendable, Equatable {
        /// `bibl/@type`: `online`, `archival`, `citation`, `file-number`, or `manuscript` for `msIdentifier`.
        public var type: String
        /// The citation as written.
        public var text: String
        /// The address the source gives (`idno type="URI"`, `ref/@target`).
        public var url: String?
    }

    /// The file's base name: the telegram's id in the edition (`1950-10-14_shtykov-to-fyn-si`).
    public var id: String
    /// The main title.
    public var title: String
    /// The acts of correspondence, the first being the telegram's own.
    public var letters: [PublishedLetter]
    /// The kind of document (`classCode` of the document-type scheme).
    public var documentType: String?
    /// Classification and handling terms.
    public var classification: [String]
    /// The sources: online, archival, citations.
    public var sources: [Source]
    /// The rights statement (`availability`).
    public var rights: String
    /// The editorial summary (`abstract`).
    public var summary: String?
    /// The languages (`langUsage/language`): ident and description.
    public var languages: [(ident: String, text: String)]
    /// The text's main language (`text/@xml:lang`, else the root's, else `en`).
    public var textLanguage: String
    /// The register entries the document carries, in document order.
    public var entries: [PublishedEntry]
    /// The reading text (``TextOptions/Edition/normalised``) with its element spans.
    public var normalised: AnnotatedText
    /// The text as the source writes it (``TextOptions/Edition/diplomatic``).
    public var diplomatic: AnnotatedText

    /// The telegram's own letter (the first), or an empty one.
    public var mainLetter: PublishedLetter { letters.first ?? PublishedLetter() }

    /// The date a list shows and sorts by: the first letter's dispatch date.
    public var date: PublishedDate? { mainLetter.sent ?? mainLetter.received }

    /// Every name in the text that links to an entry: kind, entry id, and the span in ``normalised``.
    public private(set) var mentions: [(name: PublishedName, span: TextSpan)] = []

    private static func mentions(in text: AnnotatedText) -> [(name: PublishedName, span: TextSpan)] {
        let bytes = Array(text.text.utf8)
        return text.spans.compactMap { span in
            guard let kind = PublishedName.Kind(element: span.element, type: span[attribute: "type"]),
                let id = PublishedName.entryID(ofReference: span[attribute: "ref"])
            else { return nil }
            let name = String(decoding: bytes[span.utf8Range], as: UTF8.self)
            return (PublishedName(kind: kind, text: name, entryID: id), span)
        }
    }

    /// The ids of the entries that send or receive one of its letters.
    public var correspondentIDs: Set<String> {
        var ids: Set<String> = []
        for letter in letters {
            for name in letter.senders + letter.recipients { if let id = name.entryID { ids.insert(id) } }
        }
        return ids
    }

    public static func == (lhs: PublishedTelegram, rhs: PublishedTelegram) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.letters == rhs.letters
            && lhs.documentType == rhs.documentType && lhs.classification == rhs.classification
            && lhs.sources == rhs.sources && lhs.rights == rhs.rights && lhs.summary == rhs.summary
            && lhs.languages.map(\.ident) == rhs.languages.map(\.ident)
            && lhs.languages.map(\.text) == rhs.languages.map(\.text) && lhs.textLanguage == rhs.textLanguage
            && lhs.entries == rhs.entries && lhs.normalised == rhs.normalised && lhs.diplomatic == rhs.diplomatic
    }
}

extension PublishedTelegram {
    /// Reads a TEI document. Total: a part the document lacks stays empty.
    /// - Parameters:
    ///   - document: the parsed TEI.
    ///   - name: the telegram's id (its file's base name).
    public init(document: XML.Document, name: String) {
        let root = document.root
        let header = root.firstChild("teiHeader")
        let fileDesc = header?.firstChild("fileDesc")
        let profile = header?.firstChild("profileDesc")
        let titles = fileDesc?.firstChild("titleStmt")?.children("title") ?? []
        let title = titles.first { $0[attribute: "type"] == "main" } ?? titles.first
        self.id = name
        self.title = title.map(PublishedText.flat) ?? name
        self.letters = profile?.children("correspDesc").map(Self.letter) ?? []

        var documentType: String?
        var classification: [String] = []
        if let textClass = profile?.firstChild("textClass") {
            for child in textClass.childElements {
                let scheme = child[attribute: "scheme"] ?? ""
                if child.localName == "classCode", scheme.hasSuffix("document-type") {
                    documentType = documentType ?? PublishedText.flat(child)
                } else if child.localName == "keywords", scheme.hasSuffix("classification") {
                    classification += child.children("term").map(PublishedText.flat).filter { !$0.isEmpty }
                }
            }
        }
        self.documentType = documentType
        self.classification = classification

        var sources: [Source] = []
        if let sourceDesc = fileDesc?.firstChild("sourceDesc") {
            sourceDesc.forEachElement { element in
                switch element.localName {
                case "bibl":
                    var url: String?
                    element.forEachElement { inner in
                        if url == nil, inner.localName == "idno", inner[attribute: "type"] == "URI" {
                            url = PublishedText.flat(inner)
                        } else if url == nil, inner.localName == "ref", let target = inner[attribute: "target"],
                            target.hasPrefix("http")
                        {
                            url = target
                        }
                    }
                    let text = PublishedText.flat(element)
                    if !text.isEmpty {
                        sources.append(Source(type: element[attribute: "type"] ?? "", text: text, url: url))
                    }
                case "msIdentifier":
                    let parts = element.childElements.map { child -> String in
                        let value = PublishedText.flat(child)
                        guard child.localName == "idno", let type = child[attribute: "type"] else { return value }
                        return "\(type) \(value)"
                    }.filter { !$0.isEmpty }
                    if !parts.isEmpty {
                        sources.append(Source(type: "manuscript", text: parts.joined(separator: ", ")))
                    }
                default:
                    break
                }
            }
        }
        self.sources = sources
        self.rights = fileDesc?.firstChild("publicationStmt")?.firstChild("availability").map(PublishedText.flat) ?? ""
        let abstract = profile?.firstChild("abstract").map(PublishedText.flat)
        self.summary = abstract?.isEmpty == false ? abstract : nil
        self.languages = (profile?.firstChild("langUsage")?.children("language") ?? []).map {
            ($0[attribute: "ident"] ?? "", PublishedText.flat($0))
        }
        self.textLanguage = root.firstChild("text")?[attribute: "xml:lang"] ?? root[attribute: "xml:lang"] ?? "en"

        var entries: [PublishedEntry] = []
        var seen: Set<String> = []
        func collect(_ element: XML.Element, provisional: Bool) {
            if let entry = PublishedEntry(element: element, provisional: provisional) {
                if seen.insert(entry.id).inserted { entries.append(entry) }
                return
            }
            let isProvisional = provisional || element[attribute: "type"] == "provisional"
            for child in element.childElements { collect(child, provisional: isProvisional) }
        }
        for container in [root.firstChild("standOff"), header?.firstChild("profileDesc")?.firstChild("particDesc")] {
            if let container { collect(container, provisional: false) }
        }
        self.entries = entries
        let normalised = PlainTextExtractor(options: TextOptions(edition: .normalised)).annotate(document, path: name)
        self.normalised = normalised
        // The diplomatic reading differs only where the text has a `choice` or an expansion's parts.
        self.diplomatic =
            normalised.dependsOnEdition
            ? PlainTextExtractor(options: TextOptions(edition: .diplomatic)).annotate(document, path: name) : normalised
        self.mentions = Self.mentions(in: normalised)
    }

    private static func letter(_ correspDesc: XML.Element) -> PublishedLetter {
        var letter = PublishedLetter()
        letter.textPart = correspDesc[attribute: "corresp"].flatMap { PublishedName.entryID(ofReference: $0) }
        for action in correspDesc.children("correspAction") {
            var agents: [PublishedName] = []
            var places: [PublishedName] = []
            var date: PublishedDate?
            for child in action.childElements {
                if child.localName == "date" {
                    date = date ?? Self.date(child)
                    continue
                }
                if child.localName == "idno", child[attribute: "type"] == "telegram-number" {
                    letter.number = letter.number ?? PublishedText.flat(child)
                    continue
                }
                guard let kind = PublishedName.Kind(element: child.localName, type: child[attribute: "type"]) else {
                    continue
                }
                let name = PublishedName(
                    kind: kind, text: PublishedText.flat(child),
                    entryID: PublishedName.entryID(ofReference: child[attribute: "ref"]))
                guard !name.text.isEmpty else { continue }
                if kind == .place { places.append(name) } else { agents.append(name) }
            }
            switch action[attribute: "type"] {
            case "sent":
                letter.senders += agents
                letter.origins += places
                letter.sent = letter.sent ?? date
            case "received":
                letter.recipients += agents
                letter.destinations += places
                letter.received = letter.received ?? date
            case "transmitted", "forwarded", "redirected":
                letter.transmitters += agents
            default:
                break
            }
        }
        return letter
    }

    private static func date(_ element: XML.Element) -> PublishedDate {
        PublishedDate(
            when: element[attribute: "when"], notBefore: element[attribute: "notBefore"],
            notAfter: element[attribute: "notAfter"], from: element[attribute: "from"], to: element[attribute: "to"],
            cert: element[attribute: "cert"], text: PublishedText.flat(element))
    }
}
