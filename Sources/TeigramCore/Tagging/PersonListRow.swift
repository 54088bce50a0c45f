import TeigramXML

/// One person of a tab-separated person list (`Authority/*.tsv`, written by
/// `Scripts/generate-hsg-persons.py`): the compact form of a generated list of some ten thousand persons,
/// which the authority reads without building an XML tree for each (see `BENCHMARKS.md`, 2026-12-04). A row
/// stands for exactly the `person` element ``element`` builds, and ``AuthorityEntry/element`` is that
/// element, made when a document needs it.
///
/// The format: UTF-8, LF line ends, `#` lines are comments; every other line has ten tab-separated fields:
/// `xml:id`, standard name, variant names, surnames, birth year, death year, floruit from, floruit to,
/// occupation, identifier URIs. Lists within a field are separated by `|`; an empty field is absent.
public struct PersonListRow: Sendable, Equatable {
    /// The fields' names, in order (the header comment of a list names them too).
    public static let columns = [
        "id", "standard", "variants", "surnames", "birth", "death", "floruit-from", "floruit-to", "occupation",
        "uris",
    ]

    public var id: String
    public var standardName: String
    public var variants: [String]
    public var surnames: [String]
    public var birth: String?
    public var death: String?
    public var floruit: (from: String, to: String)?
    public var occupation: String?
    public var uris: [String]
    /// The 1-based line of the row.
    public var line: Int

    public static func == (a: PersonListRow, b: PersonListRow) -> Bool {
        a.id == b.id && a.standardName == b.standardName && a.variants == b.variants && a.surnames == b.surnames
            && a.birth == b.birth && a.death == b.death && a.floruit?.from == b.floruit?.from
            && a.floruit?.to == b.floruit?.to && a.occupation == b.occupation && a.uris == b.uris && a.line == b.line
    }

    /// The names with their `@type`, in the order ``element`` writes them.
    public var names: [(text: String, type: String)] {
        [(standardName, "standard")] + variants.map { ($0, "variant") } + surnames.map { ($0, "surname") }
    }

    /// The `person` element the row stands for: its names, `birth`, `death`, `floruit`, `occupation` and
    /// `idno type="URI"`, in that order.
    public var element: XML.Element {
        func leaf(_ name: String, _ attributes: [XML.Attribute] = [], text: String? = nil) -> XML.Node {
            .element(XML.Element(name, attributes: attributes, children: text.map { [.text($0)] } ?? [], line: line))
        }
        var children = names.map { leaf("persName", [XML.Attribute("type", $0.type)], text: $0.text) }
        if let birth { children.append(leaf("birth", [XML.Attribute("when", birth)])) }
        if let death { children.append(leaf("death", [XML.Attribute("when", death)])) }
        if let floruit {
            children.append(leaf("floruit", [XML.Attribute("from", floruit.from), XML.Attribute("to", floruit.to)]))
        }
        if let occupation { children.append(leaf("occupation", text: occupation)) }
        children += uris.map { leaf("idno", [XML.Attribute("type", "URI")], text: $0) }
        return XML.Element("person", attributes: [XML.Attribute("xml:id", id)], children: children, line: line)
    }

    /// The rows of a list.
    /// - Throws: ``Diagnostic`` (file and line) for a file that is not UTF-8, a row without ten fields, an
    ///   empty id or standard name, or a year that is not four digits.
    public static func rows(bytes: [UInt8], path: String) throws(Diagnostic) -> [PersonListRow] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Diagnostic(.error, .input, path: path, "not UTF-8 text")
        }
        // On the bytes: tab, LF and "|" are ASCII, so they never occur inside a multi-byte character, and
        // splitting a 3 MB list into characters would cost about 3 G instructions at every start.
        var rows: [PersonListRow] = []
        for (offset, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == 0x23 { continue }
            let number = offset + 1
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            guard fields.count == columns.count else {
                throw Diagnostic(
                    .error, .input, path: path, line: number,
                    "a person list row needs \(columns.count) tab-separated fields, this one has \(fields.count)")
            }
            func list(_ field: String) -> [String] {
                field.utf8.split(separator: 0x7C).map { String(decoding: $0, as: UTF8.self) }
            }
            func year(_ column: Int) throws(Diagnostic) -> String? {
                let value = fields[column]
                if value.isEmpty { return nil }
                guard value.utf8.count == 4, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                    throw Diagnostic(
                        .error, .input, path: path, line: number, "\(columns[column]) '\(value)' is not a year")
                }
                return value
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                throw Diagnostic(.error, .input, path: path, line: number, "a person list row without id or name")
            }
            let from = try year(6)
            let to = try year(7)
            rows.append(
                PersonListRow(
                    id: fields[0], standardName: fields[1], variants: list(fields[2]), surnames: list(fields[3]),
                    birth: try year(4), death: try year(5), floruit: from.flatMap { f in to.map { (f, $0) } },
                    occupation: fields[8].isEmpty ? nil : fields[8], uris: list(fields[9]), line: number))
        }
        return rows
    }
}
