import TeigramXML

/// The rules a RELAX NG schema cannot state, checked on any TEI document:
/// - every `#id` pointer in `@ref`, `@target`, `@corresp`, `@sameAs`, `@scheme`, `@resp`, `@source`,
///   `@hand`, `@who` resolves to an `xml:id` of the same document;
/// - `xml:id`s are unique;
/// - `@when`, `@notBefore`, `@notAfter`, `@from`, `@to` are ISO 8601 dates with real months and days, and
///   `@notBefore` is not after `@notAfter` (`@from` not after `@to`);
/// - a `correspAction type="sent"` has a `date`.
public enum IntegrityRules {
    static let pointerAttributes = ["ref", "target", "corresp", "sameAs", "scheme", "resp", "source", "hand", "who"]
    static let dateAttributes = ["when", "notBefore", "notAfter", "from", "to"]
    static let pointerSet = Set(pointerAttributes)
    /// Elements whose child element names the rules look at.
    public static let elementsNeedingChildren: Set<String> = ["correspAction"]
    static let dateSet = Set(dateAttributes)

    /// The findings for `document` (read from `path`).
    public static func check(_ document: XMLDocument, path: String) -> [Diagnostic] {
        check(elements: XMLElementSummary.all(in: document.root), path: path)
    }

    /// The findings for a document given as its elements in document order.
    public static func check(elements: [XMLElementSummary], path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var ids: [String: Int] = [:]
        for element in elements where !element.attributes.isEmpty {
            guard let id = element[attribute: "xml:id"] else { continue }
            if let first = ids[id] {
                diagnostics.append(Diagnostic(.error, path: path, line: element.line,
                    "duplicate xml:id '\(id)' on <\(element.name)> (first used on line \(first))"))
            } else {
                ids[id] = element.line
            }
        }
        for element in elements where !element.attributes.isEmpty {
            // One pass over the attributes; most elements carry none of the checked ones.
            for attribute in element.attributes {
                let name = attribute.name
                let value = attribute.value
                if pointerSet.contains(name) {
                    for pointer in value.split(separator: " ") where pointer.hasPrefix("#") {
                        if ids[String(pointer.dropFirst())] == nil {
                            diagnostics.append(Diagnostic(.error, path: path, line: element.line,
                                "@\(name)=\"\(pointer)\" on <\(element.name)> points to no xml:id in this document"))
                        }
                    }
                } else if dateSet.contains(name) {
                    if name == "when" && element.name == "time" {
                        if !ISODate.isValidTime(value) && !isTEIDate(value) {
                            diagnostics.append(Diagnostic(.error, path: path, line: element.line, "@when=\"\(value)\" on <time> is not an ISO time (HH:MM or HH:MM:SS)"))
                        }
                    } else if !isTEIDate(value) {
                        diagnostics.append(Diagnostic(.error, path: path, line: element.line,
                            "@\(name)=\"\(value)\" on <\(element.name)> is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time)"))
                    }
                }
            }
            for (lower, upper) in [("notBefore", "notAfter"), ("from", "to")] {
                if let low = element[attribute: lower], let high = element[attribute: upper], isTEIDate(low), isTEIDate(high),
                   ISODate.lowerBound(strippingSign(low)) > ISODate.upperBound(strippingSign(high)), !low.hasPrefix("-"), !high.hasPrefix("-") {
                    diagnostics.append(Diagnostic(.error, path: path, line: element.line,
                        "@\(lower)=\"\(low)\" is after @\(upper)=\"\(high)\" on <\(element.name)>"))
                }
            }
            if element.name == "correspAction", element[attribute: "type"] == "sent",
               !element.childElementNames.contains("date") {
                diagnostics.append(Diagnostic(.error, path: path, line: element.line,
                    "<correspAction type=\"sent\"> has no <date>: a sent letter needs a date (use @notBefore/@notAfter if uncertain)"))
            }
        }
        return diagnostics.sorted { ($0.line, $0.message) < ($1.line, $1.message) }
    }

    private static func strippingSign(_ value: String) -> String {
        value.hasPrefix("-") ? String(value.dropFirst()) : value
    }

    /// ISO dates as TEI's `teidata.temporal.w3c` allows them: optional sign, year of four or more digits,
    /// optional month and day (checked), optional time and zone; also `--MM-DD` and `--MM`.
    static func isTEIDate(_ raw: String) -> Bool {
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
}
