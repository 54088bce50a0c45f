import TeigramDefaults
import TeigramXML

/// The personography, placeography and organisation list, loaded from TEI files (`listPerson`,
/// `listPlace`, `listOrg` anywhere in the document) and person lists (`*.tsv`, ``PersonListRow``), with a
/// name index for the tagger.
public struct Authority: Sendable {
    /// Entries by `xml:id`.
    public private(set) var entries: [String: AuthorityEntry] = [:]
    /// The name index.
    public private(set) var index = NameIndex()
    /// The first word (folded) of every person's name of two words or more: words the authority itself
    /// uses as given names ("Robert" of "Robert Amory"), which a reference list's surname alone is too
    /// ambiguous to stand for.
    public private(set) var personFirstWords: Set<String> = []

    /// An empty authority.
    public init() {}

    /// Loads authority files, all of one layer.
    /// - Parameter files: `(path, bytes)` pairs, read in the given order.
    /// - Throws: ``Diagnostic`` (with file and line) for unreadable files, duplicate ids, entries without a
    ///   name or without an id, and references (`@ref`, `@corresp`, `@sameAs` = `#id`) to no entry.
    public init(files: [(path: String, bytes: [UInt8])]) throws(Diagnostic) {
        try self.init(layers: [files])
    }

    /// Loads layers of authority files, each layered over the ones before it: an entry whose `xml:id` an
    /// earlier layer already defines replaces that entry (an edition corrects or extends the built-in
    /// authority by redefining an id), while two entries with one id in the same layer are an error.
    /// - Parameter layers: `(path, bytes)` pairs per layer, lowest first; files are read in the given order.
    /// - Throws: ``Diagnostic`` as ``init(files:)``; a reference may point into any layer.
    public init(layers: [[(path: String, bytes: [UInt8])]]) throws(Diagnostic) {
        var pendingReferences: [(target: String, path: String, line: Int)] = []
        var layerOfEntry: [String: Int] = [:]
        for (layer, file) in layers.enumerated().flatMap({ layer in layer.element.map { (layer.offset, $0) } }) {
            if file.path.hasSuffix(".tsv") {
                for row in try PersonListRow.rows(bytes: file.bytes, path: file.path) {
                    if let existing = entries[row.id], layerOfEntry[row.id] == layer {
                        throw Diagnostic(
                            .error, .input, path: file.path, line: row.line,
                            "duplicate xml:id '\(row.id)' (first defined at \(existing.file):\(existing.line))")
                    }
                    layerOfEntry[row.id] = layer
                    entries[row.id] = AuthorityEntry(row: row, file: file.path)
                }
                continue
            }
            let document: XML.Document
            do {
                document = try XMLParsedDocument(bytes: file.bytes, path: file.path).tree()
            } catch {
                throw error.diagnostics.first
                    ?? Diagnostic(.error, .notWellFormed, path: file.path, "not well-formed XML")
            }
            var failure: Diagnostic?
            document.root.forEachElement { element in
                guard failure == nil else { return }
                guard let kind = AuthorityEntry.Kind(rawValue: element.name) else {
                    for name in ["ref", "corresp", "sameAs"] {
                        if let value = element[attribute: name], value.hasPrefix("#") {
                            pendingReferences.append((String(value.dropFirst()), file.path, element.line))
                        }
                    }
                    return
                }
                guard let id = element[attribute: "xml:id"], !id.isEmpty else {
                    failure = Diagnostic(
                        .error, .input, path: file.path, line: element.line, "\(kind.rawValue) entry without xml:id")
                    return
                }
                if let existing = entries[id], layerOfEntry[id] == layer {
                    failure = Diagnostic(
                        .error, .input, path: file.path, line: element.line,
                        "duplicate xml:id '\(id)' (first defined at \(existing.file):\(existing.line))")
                    return
                }
                let names: [(String, String)] = element.childElements
                    .filter { $0.name == kind.nameElement }
                    .map { (collapseWhitespace($0.textContent), $0[attribute: "type"] ?? "variant") }
                    .filter { !$0.0.isEmpty }
                guard !names.isEmpty else {
                    failure = Diagnostic(
                        .error, .input, path: file.path, line: element.line,
                        "\(kind.rawValue) '\(id)' has no \(kind.nameElement)")
                    return
                }
                let standard = names.first { $0.1 == "standard" }?.0 ?? names[0].0
                layerOfEntry[id] = layer
                entries[id] = AuthorityEntry(
                    id: id, kind: kind, standardName: standard, names: names, element: element, file: file.path)
            }
            if let failure { throw failure }
        }
        for reference in pendingReferences where entries[reference.target] == nil {
            throw Diagnostic(
                .error, .input, path: reference.path, line: reference.line,
                "reference '#\(reference.target)' points to no authority entry")
        }
        // A one-word Russian name brings up to five case forms (RussianInflection).
        index.reserveFirstWords(entries.values.reduce(0) { $0 + $1.names.count } * 2)
        for id in entries.keys.sorted() {
            guard let entry = entries[id] else { continue }
            for name in entry.names { index.add(name: name.text, type: name.type, entry: entry) }
            if entry.kind == .person, let reference = Self.vietnameseReferenceName(entry.standardName),
                !entry.names.contains(where: { $0.text == reference })
            {
                index.add(name: reference, type: "surname", entry: entry)
            }
            if entry.kind == .person {
                for name in entry.names where name.type != "surname" {
                    let words = NameTokenizer.tokens(of: name.text)
                    if words.count > 1, let first = words.first, first.folded.count > 1 {
                        personFirstWords.insert(first.folded)
                    }
                }
            }
            if entry.kind == .place && !entry.isGenerated {
                // Approximate spelling is for Latin transliterations; Cyrillic names are matched with their
                // case forms instead (NameIndex.add).
                for name in entry.names where !RussianInflection.isCyrillic(name.text) {
                    index.addApproximatePlace(name.text, id: entry.id)
                }
            }
        }
    }
}

extension Authority {
    /// The name a Vietnamese person is referred to by alone: the personal name, last ("Ngo Dinh Diem" →
    /// "Diem", "Pham Van Dong" → "Dong"), for a name of three words with a Vietnamese family name first and
    /// a common middle name second; `nil` for any other name ("Ho Chi Minh", whose middle name is none of
    /// them, is referred to otherwise) and for a personal name that is an English word.
    static func vietnameseReferenceName(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 3 else { return nil }
        let fold = { (word: Substring) in word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        }
        guard vietnameseFamilyNames.contains(fold(words[0])), vietnameseMiddleNames.contains(fold(words[1])),
            words[2].first?.isUppercase == true,
            // "Ngo Dinh Can": "CAN" in a cable in capitals is the verb.
            !EnglishWords.contains(fold(words[2]))
        else { return nil }
        return String(words[2])
    }

    static let vietnameseFamilyNames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ngo",
        "duong", "trinh", "truong", "dinh", "lam", "mai",
    ]
    static let vietnameseMiddleNames: Set<String> = [
        "van", "thi", "dinh", "huu", "duc", "quang", "xuan", "ngoc", "cong", "tan", "thanh", "hong", "trong",
        "khanh", "cao", "ba",
    ]

    /// The authority the executable carries (``TeigramDefaults/authority``), as `(path, bytes)` pairs named
    /// `built-in:Authority/<file>` in diagnostics.
    public static var builtInFiles: [(path: String, bytes: [UInt8])] {
        TeigramDefaults.authority.map { ("built-in:" + $0.name, $0.bytes) }
    }

    /// The layers of an authority, lowest first: the built-in files (when `usesBuiltIn`), then the `*.xml` files
    /// of each directory in `directories`, one layer each (see ``init(layers:)``).
    /// - Throws: ``Diagnostic`` (kind ``Diagnostic/Kind/io``) when a directory is missing or a file cannot be
    ///   read.
    public static func layers(usesBuiltIn: Bool, directories: [String]) throws(Diagnostic) -> [[(
        path: String, bytes: [UInt8]
    )]] {
        var layers = [usesBuiltIn ? builtInFiles : []]
        for directory in directories {
            guard FileIO.isDirectory(directory) else {
                throw Diagnostic(.error, .io, path: directory, "authority directory not found")
            }
            layers.append(try files(inDirectory: directory))
        }
        return layers
    }

    /// Every `*.xml` file (TEI) and `*.tsv` file (a person list, ``PersonListRow``) of `directory`, sorted by
    /// name, as one layer.
    /// - Throws: ``Diagnostic`` (kind ``Diagnostic/Kind/io``) when a file cannot be read.
    public static func files(inDirectory directory: String) throws(Diagnostic) -> [(path: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        let paths = (FileIO.files(in: directory, suffix: ".xml") + FileIO.files(in: directory, suffix: ".tsv")).sorted()
        for path in paths { files.append((path, try FileIO.read(path))) }
        return files
    }
}
