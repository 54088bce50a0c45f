import TeigramXML

/// The rules a RELAX NG schema cannot state, checked on any TEI document:
/// - every `#id` pointer in `@ref`, `@target`, `@corresp`, `@sameAs`, `@scheme`, `@resp`, `@source`,
///   `@hand`, `@who` resolves to an `xml:id` of the same document;
/// - `xml:id`s are unique;
/// - `@when`, `@notBefore`, `@notAfter`, `@from`, `@to` are ISO 8601 dates with real months and days, and
///   `@notBefore` is not after `@notAfter` (`@from` not after `@to`);
/// - a `correspAction type="sent"` has a `date`;
/// - under Teigram's schema only (``RuleSet/teigram``), rule S4's pointer shape: `@ref` on `persName`,
///   `placeName`, `orgName` and `@corresp` on `correspDesc` are one local pointer, `#` and an ASCII name
///   (``isLocalPointer(_:)``).
public enum IntegrityRules {
    /// The rules that apply: TEI's, or TEI's and the pointer shape Teigram's schema leaves to them.
    ///
    /// `Schemas/teigram.rng` declares `teigram.localPointer` as a plain `xsd:anyURI`, without the
    /// `#[A-Za-z_][A-Za-z0-9_.\-]*` pattern facet: libxml2 2.9 compiles a pattern's regular expression anew
    /// for every value it checks, and that facet alone was 22 % of the validation of Teigram's output
    /// (0.43 M instructions per telegram, BENCHMARKS.md). The rule is kept here instead, in one byte loop.
    public enum RuleSet: Sendable, Equatable {
        /// The rules for any TEI document.
        case tei
        /// Those and the pointer shape of rule S4, for a schema that defines `teigram.localPointer`.
        case teigram

        /// The rule set a schema asks for: ``teigram`` when it defines `teigram.localPointer` (Teigram's
        /// schema, the bundled copy or a project's), else ``tei``.
        public init(schema bytes: [UInt8]) {
            self = bytes.firstRange(of: Array(#"<define name="teigram.localPointer">"#.utf8)) == nil ? .tei : .teigram
        }
    }

    /// Elements whose child element names the rules look at.
    public static let elementsNeedingChildren: Set<String> = ["correspAction"]

    /// What the rules do with an attribute, by its qualified name.
    enum AttributeRole {
        case pointer, date, other
        init(_ name: String) {
            // The first byte rules out most names (xml:id, type, n, xml:lang, reason...) before any comparison.
            switch name.utf8.first {
            case UInt8(ascii: "r"), UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "h"):
                switch name {
                case "ref", "resp", "corresp", "sameAs", "scheme", "source", "hand": self = .pointer
                default: self = .other
                }
            case UInt8(ascii: "t"):
                self = name == "target" ? .pointer : name == "to" ? .date : .other
            case UInt8(ascii: "w"):
                self = name == "who" ? .pointer : name == "when" ? .date : .other
            case UInt8(ascii: "n"), UInt8(ascii: "f"):
                self = name == "notBefore" || name == "notAfter" || name == "from" ? .date : .other
            default:
                self = .other
            }
        }
    }

    /// The findings for `document` (read from `path`).
    public static func check(_ document: XML.Document, path: String, rules: RuleSet = .tei) -> [Diagnostic] {
        var findings = AllFindings()
        check(tree: document.root, path: path, rules: rules, into: &findings)
        return findings.sorted
    }

    /// Whether `document` keeps every rule: ``check(_:path:)`` finds nothing. Cheaper for the documents
    /// Teigram builds, which nearly always do: no finding is written out.
    public static func holds(in document: XML.Document, rules: RuleSet = .tei) -> Bool {
        var findings = AnyFinding()
        check(tree: document.root, path: "", rules: rules, into: &findings)
        return !findings.found
    }

    /// The findings for a document given as its elements in document order (elements without attributes
    /// may be left out).
    public static func check(elements: [XMLElementSummary], path: String, rules: RuleSet = .tei) -> [Diagnostic] {
        var findings = AllFindings()
        var pass = Pass(rules: rules)
        for element in elements where !element.attributes.isEmpty {
            pass.visit(
                element.name, line: element.line, attributes: element.attributes, path: path,
                hasChild: { element.childElementNames.contains($0) }, into: &findings)
        }
        pass.resolvePointers(path: path, into: &findings)
        return findings.sorted
    }

    /// The rules on a tree, walked once as it is (elements without attributes break none).
    private static func check<Findings: IntegrityFindings>(
        tree root: XML.Element, path: String, rules: RuleSet, into findings: inout Findings
    ) {
        var pass = Pass(rules: rules)
        root.forEachElement { element in
            guard !element.attributes.isEmpty else { return }
            pass.visit(
                element.name, line: element.line, attributes: element.attributes, path: path,
                hasChild: { name in
                    element.children.contains { if case .element(let child) = $0 { child.name == name } else { false } }
                },
                into: &findings)
        }
        pass.resolvePointers(path: path, into: &findings)
    }

    /// One walk over the elements: `xml:id`s are recorded and every rule but the pointers' is checked as
    /// the elements come; the pointers, which may point forward, are checked at the end. (Findings are
    /// sorted by line and message, so the order they are found in does not show.)
    private struct Pass {
        let rules: RuleSet
        var ids: [String: Int] = [:]
        /// Pointer attributes met: value, attribute name, element name, line.
        var pointers: [(value: String, attribute: String, element: String, line: Int)] = []

        mutating func visit<Findings: IntegrityFindings>(
            _ element: String, line: Int, attributes: [XML.Attribute], path: String, hasChild: (String) -> Bool,
            into findings: inout Findings
        ) {
            IntegrityRules.recordID(
                of: element, line: line, attributes: attributes, ids: &ids, path: path, into: &findings)
            IntegrityRules.checkAttributes(
                of: element, line: line, attributes: attributes, pointers: &pointers, path: path,
                hasChild: hasChild, into: &findings)
        }

        func resolvePointers<Findings: IntegrityFindings>(path: String, into findings: inout Findings) {
            for pointer in pointers {
                if rules == .teigram, IntegrityRules.hasLocalPointerShape(pointer.attribute, on: pointer.element),
                    !IntegrityRules.isLocalPointer(pointer.value)
                {
                    findings.add(
                        Diagnostic(
                            .error, .integrity, path: path, line: pointer.line,
                            "@\(pointer.attribute)=\"\(pointer.value)\" on <\(pointer.element)> is not one local pointer (#id), as Teigram's schema requires (S4)"
                        ))
                    continue
                }
                checkPointers(
                    pointer.value, attribute: pointer.attribute, element: pointer.element, line: pointer.line, ids: ids,
                    path: path, into: &findings)
            }
        }
    }

    /// Whether rule S4 gives `attribute` on `element` the shape of one local pointer: `@ref` on a name,
    /// `@corresp` on `correspDesc`.
    static func hasLocalPointerShape(_ attribute: String, on element: String) -> Bool {
        switch attribute {
        case "ref": element == "persName" || element == "placeName" || element == "orgName"
        case "corresp": element == "correspDesc"
        default: false
        }
    }

    /// Whether `value` is one local pointer as rule S4 writes it, `#[A-Za-z_][A-Za-z0-9_.\-]*`: the pattern
    /// `Schemas/teigram.rng` once held, as a byte loop (see ``RuleSet``).
    static func isLocalPointer(_ value: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
        var bytes = value.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "#"), let first = bytes.next(), isLetter(first) || first == UInt8(ascii: "_")
        else { return false }
        while let byte = bytes.next() {
            guard
                isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            else { return false }
        }
        return true
    }

    /// Records an element's `xml:id`; a second use of one is a finding.
    private static func recordID<Findings: IntegrityFindings>(
        of element: String, line: Int, attributes: [XML.Attribute], ids: inout [String: Int], path: String,
        into findings: inout Findings
    ) {
        guard let id = attributes.first(where: { $0.name == "xml:id" })?.value else { return }
        if let first = ids[id] {
            findings.add(
                Diagnostic(
                    .error, .integrity, path: path, line: line,
                    "duplicate xml:id '\(id)' on <\(element)> (first used on line \(first))"))
        } else {
            ids[id] = line
        }
    }

    /// The rules on one element's attributes (dates, date ranges; pointers are put aside for the end) and on
    /// a sent `correspAction`.
    private static func checkAttributes<Findings: IntegrityFindings>(
        of element: String, line: Int, attributes: [XML.Attribute],
        pointers: inout [(value: String, attribute: String, element: String, line: Int)], path: String,
        hasChild: (String) -> Bool, into findings: inout Findings
    ) {
        // One pass over the attributes; most elements carry none of the checked ones.
        var hasRange = false
        for attribute in attributes {
            let name = attribute.name
            let value = attribute.value
            switch AttributeRole(name) {
            case .pointer:
                pointers.append((value, name, element, line))
            case .date:
                if name != "when" { hasRange = true }
                if name == "when" && element == "time" {
                    if !ISODate.isValidTime(value) && !isTEIDate(value) {
                        findings.add(
                            Diagnostic(
                                .error, .integrity, path: path, line: line,
                                "@when=\"\(value)\" on <time> is not an ISO time (HH:MM or HH:MM:SS)"))
                    }
                } else if !isTEIDate(value) {
                    findings.add(
                        Diagnostic(
                            .error, .integrity, path: path, line: line,
                            "@\(name)=\"\(value)\" on <\(element)> is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time)"
                        ))
                }
            case .other:
                break
            }
        }
        if hasRange {
            func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
            for (lower, upper) in [("notBefore", "notAfter"), ("from", "to")] {
                if let low = value(lower), let high = value(upper), isTEIDate(low), isTEIDate(high),
                    ISODate.lowerBound(strippingSign(low)) > ISODate.upperBound(strippingSign(high)),
                    !low.hasPrefix("-"), !high.hasPrefix("-")
                {
                    findings.add(
                        Diagnostic(
                            .error, .integrity, path: path, line: line,
                            "@\(lower)=\"\(low)\" is after @\(upper)=\"\(high)\" on <\(element)>"))
                }
            }
        }
        if element == "correspAction", attributes.first(where: { $0.name == "type" })?.value == "sent",
            !hasChild("date")
        {
            findings.add(
                Diagnostic(
                    .error, .integrity, path: path, line: line,
                    "<correspAction type=\"sent\"> has no <date>: a sent letter needs a date (use @notBefore/@notAfter if uncertain)"
                ))
        }
    }

    /// Every `#id` in a pointer attribute's value (space-separated URIs) must name an `xml:id`.
    private static func checkPointers<Findings: IntegrityFindings>(
        _ value: String, attribute name: String, element: String, line: Int, ids: [String: Int], path: String,
        into findings: inout Findings
    ) {
        func check(_ pointer: Substring) {
            guard pointer.utf8.first == UInt8(ascii: "#") else { return }
            if ids[String(pointer.dropFirst())] == nil {
                findings.add(
                    Diagnostic(
                        .error, .integrity, path: path, line: line,
                        "@\(name)=\"\(pointer)\" on <\(element)> points to no xml:id in this document"))
            }
        }
        if value.containsBytes(of: " ") {
            for pointer in value.split(separator: " ") { check(pointer) }
        } else {
            check(Substring(value))
        }
    }

    private static func strippingSign(_ value: String) -> String {
        value.hasPrefix("-") ? String(value.dropFirst()) : value
    }

    /// ISO dates as TEI's `teidata.temporal.w3c` allows them: optional sign, year of four or more digits,
    /// optional month and day (checked), optional time and zone; also `--MM-DD` and `--MM`.
    static func isTEIDate(_ raw: String) -> Bool {
        plainCalendarDate(raw) ?? isTEIDateReadInFull(raw)
    }

    /// ``isTEIDate(_:)`` for every form, field by field.
    static func isTEIDateReadInFull(_ raw: String) -> Bool {
        var value = raw
        if value.hasPrefix("--") { return value.count >= 4 }
        if value.hasPrefix("-") { value.removeFirst() }
        // Zone.
        if value.hasSuffix("Z") { value.removeLast() }
        if let t = value.firstIndex(of: "T") {
            var time = String(value[value.index(after: t)...])
            if let zone = time.firstIndex(where: { $0 == "+" || $0 == "-" }) { time = String(time[..<zone]) }
            if let dot = time.firstIndex(of: ".") { time = String(time[..<dot]) }
            guard ISODate.isValidTime(time) else { return false }
            value = String(value[..<t])
        }
        let fields = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearField = fields.first, yearField.count >= 4, yearField.allSatisfy(\.isNumber) else { return false }
        if yearField.count > 4 {
            return fields.count == 1
        }
        return ISODate.isValid(value)
    }

    /// The verdict on `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written with ASCII digits (nearly every value a
    /// document holds), without allocating: the year is any four digits, the month 01–12, the day real for
    /// that month and year. `nil` for any other form, which ``isTEIDate(_:)`` then reads in full.
    static func plainCalendarDate(_ value: String) -> Bool? {
        let bytes = value.utf8
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
        var (year, month, day) = (0, 0, 0)
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: year = year * 10 + digit
            case ..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        if bytes.count >= 7 && !(1...12).contains(month) { return false }
        if bytes.count == 10 && !(1...DateRecognizer.daysIn(month: month, year: year)).contains(day) { return false }
        return true
    }
}

/// Where the rules put what they find: every finding, or only whether there is one.
protocol IntegrityFindings {
    /// Adds a finding (built only when it is kept).
    mutating func add(_ finding: @autoclosure () -> Diagnostic)
}

/// Every finding, sorted by line and message when read.
struct AllFindings: IntegrityFindings {
    private var diagnostics: [Diagnostic] = []
    mutating func add(_ finding: @autoclosure () -> Diagnostic) { diagnostics.append(finding()) }
    var sorted: [Diagnostic] { diagnostics.sorted { ($0.line, $0.message) < ($1.line, $1.message) } }
}

/// Whether there is any finding; none is built.
struct AnyFinding: IntegrityFindings {
    private(set) var found = false
    mutating func add(_ finding: @autoclosure () -> Diagnostic) { found = true }
}
