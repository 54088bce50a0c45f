import Foundation
import TeigramCore
import TeigramXML

/// Scores the header Teigram writes (`correspDesc`, `idno`, classification) against gold header files
/// (`<name>.header.tsv`: `field\tvalue`, see `Tests/Fixtures/heldout/wide/GOLD-GUIDE.md`).
///
/// A field of a document is one of:
/// - *right*: both empty, or both given and equal after ``normalised(_:)``; a linked name is also right
///   when any of its authority entry's names equals the gold; a person's name is also right when its
///   words, or the words of one of its linked entry's names, are a subset of the gold's words that
///   includes the gold's last word ("Drożniak" for the editor's "Edward Drożniak"; the entry "Joseph
///   Stalin", whose surname is "Stalin", for the editor's "И. В. Сталин": a Cyrillic word of the gold
///   counts in its Latin spelling too); several recipients (`A | B`) are right when each predicted name is
///   right, by these rules, for a gold name of its own;
/// - *missed*: the gold gives a value, Teigram none;
/// - *spurious*: Teigram gives a value the gold leaves empty;
/// - *wrong*: both given, not equal.
///
/// Accuracy is right / documents.
public enum HeaderEvaluation {
    /// The fields scored, in report order.
    public static let fields = [
        "date", "sender", "sender-org", "recipient", "origin", "received-date", "number", "classification",
    ]

    /// Counts for one field.
    public struct FieldScore: Sendable, Equatable {
        /// Equal, or both empty.
        public var right = 0
        /// Gold given, none predicted.
        public var missed = 0
        /// Predicted where the gold has none.
        public var spurious = 0
        /// Both given, different.
        public var wrong = 0
        /// Documents scored.
        public var documents: Int { right + missed + spurious + wrong }
        /// right / documents (1 when there are none).
        public var accuracy: Double { documents == 0 ? 1 : Double(right) / Double(documents) }
    }

    /// Scores by field, and the differences for inspection.
    public struct Scores: Sendable {
        /// Counts by field name.
        public var fields: [String: FieldScore] = [:]
        /// (document, field, gold, predicted) for every field not right.
        public var differences: [(document: String, field: String, gold: String, predicted: String)] = []

        /// A plain-text table: field, accuracy, right, missed, wrong, spurious.
        public func table() -> String {
            var lines = ["field            accuracy  right missed wrong spurious"]
            for field in HeaderEvaluation.fields {
                let s = self.fields[field] ?? FieldScore()
                lines.append(
                    field.padding(toLength: 16, withPad: " ", startingAt: 0)
                        + String(format: " %8.3f %6d %6d %5d %8d", s.accuracy, s.right, s.missed, s.wrong, s.spurious))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Reads a gold header file into field → value.
    public static func gold(tsv: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = fields.first else { continue }
            result[String(name)] = fields.count > 1 ? String(fields[1]).trimmingCharacters(in: .whitespaces) : ""
        }
        return result
    }

    /// One predicted header field: its text, and the names of its authority entry when linked.
    public struct PredictedValue: Sendable, Equatable {
        /// The value as Teigram wrote it (several recipients joined by ` | `).
        public var text: String
        /// Standard and variant names of the linked entry, for a value of one name.
        public var entryNames: [String] = []
        /// For a value of several names, each name's ``entryNames``, in the order of the ` | ` parts of
        /// ``text`` (empty for a single name).
        public var partEntryNames: [[String]] = []
    }

    /// The header fields of an encoded document.
    public static func predicted(_ document: XML.Document, authority: Authority) -> [String: PredictedValue] {
        var result: [String: PredictedValue] = [:]
        guard let header = document.root.childElements.first(where: { $0.name == "teiHeader" }) else { return result }
        var correspDesc: XML.Element?
        var classification: [String] = []
        var number: String?
        header.forEachElement { element in
            if element.name == "correspDesc", correspDesc == nil { correspDesc = element }
            if element.name == "keywords", element[attribute: "scheme"] == "#classification" {
                classification += element.childElements.map { collapseWhitespace($0.textContent) }
            }
            if element.name == "idno", element[attribute: "type"] == "telegram-number", number == nil {
                number = collapseWhitespace(element.textContent)
            }
        }
        if !classification.isEmpty {
            result["classification"] = PredictedValue(text: classification.joined(separator: "; "))
        }
        if let number { result["number"] = PredictedValue(text: number) }
        guard let correspDesc else { return result }
        func value(_ elements: [XML.Element]) -> PredictedValue? {
            let names = elements.filter { $0.textContent.trimmingCharacters(in: .whitespaces) != "unknown" }
            guard !names.isEmpty else { return nil }
            let partEntryNames = names.map { name -> [String] in
                guard let id = name[attribute: "ref"].map({ String($0.dropFirst()) }), let entry = authority.entries[id]
                else { return [] }
                return [entry.standardName] + entry.names.map { $0.text }
            }
            return PredictedValue(
                text: names.map { collapseWhitespace($0.textContent) }.joined(separator: " | "),
                entryNames: names.count == 1 ? partEntryNames[0] : [],
                partEntryNames: names.count > 1 ? partEntryNames : [])
        }
        for action in correspDesc.childElements where action.name == "correspAction" {
            let children = action.childElements
            let people = children.filter {
                $0.name == "persName" || ($0.name == "rs" && $0[attribute: "type"] == "person")
            }
            let orgs = children.filter { $0.name == "orgName" || ($0.name == "rs" && $0[attribute: "type"] == "org") }
            // A place the authority does not know is an `rs type="place"`: still the place the header states.
            let places = children.filter {
                $0.name == "placeName" || ($0.name == "rs" && $0[attribute: "type"] == "place")
            }
            let dates = children.filter { $0.name == "date" }
            switch action[attribute: "type"] {
            case "sent":
                result["sender"] = value(people.isEmpty ? orgs : people)
                result["sender-org"] = value(orgs)
                result["origin"] = value(places)
                if let when = dates.first?[attribute: "when"] { result["date"] = PredictedValue(text: when) }
            case "received":
                result["recipient"] = value(people.isEmpty ? orgs : people)
                if let when = dates.first?[attribute: "when"] { result["received-date"] = PredictedValue(text: when) }
            default: break
            }
        }
        return result
    }

    /// Lower case, diacritics removed, brackets, titles' periods and white space runs collapsed, initials
    /// written together ("N.G. Sudarikov" and "N. G. Sudarikov" are one spelling), a leading "the" dropped.
    public static func normalised(_ text: String) -> String {
        var value = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        value = value.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        value = value.replacingOccurrences(of: "’", with: "'")
        value = collapseWhitespace(value).trimmingCharacters(in: CharacterSet(charactersIn: " .,;:"))
        if value.contains(". ") {
            value = value.replacingOccurrences(
                of: #"(?<=(?:^|[\s.])\p{L}\.)\s+(?=\p{L}\.)"#, with: "", options: .regularExpression)
        }
        if value.hasPrefix("the ") { value.removeFirst(4) }
        return value
    }

    /// Whether a predicted value is right for a gold value (see the type's description).
    public static func isRight(field: String, gold: String, predicted: PredictedValue?) -> Bool {
        guard let predicted, !predicted.text.isEmpty else { return gold.isEmpty }
        guard !gold.isEmpty else { return false }
        if field == "date" || field == "received-date" {
            // xsd:dateTime needs seconds; the gold writes a DTG's time without them.
            return predicted.text.replacingOccurrences(of: ":00Z", with: "Z") == gold
        }
        let goldParts = Set(gold.components(separatedBy: " | ").map(normalised))
        let predictedParts = predicted.text.components(separatedBy: " | ").map(normalised)
        if Set(predictedParts) == goldParts { return true }
        // A cable's number printed with its leading zeros ("BONN 00983") is the number 983.
        if field == "number", let number = Int(predicted.text), let goldNumber = Int(gold) {
            return number == goldNumber
        }
        if field == "date" || field == "received-date" || field == "number" { return false }
        if field == "classification" {
            let words = { (s: String) in Set(s.split(whereSeparator: { !$0.isLetter }).map(String.init)) }
            return words(normalised(gold)) == words(normalised(predicted.text))
        }
        // Several names: each predicted name is right for a gold name of its own, as a single name would be.
        let goldList = gold.components(separatedBy: " | ")
        if goldList.count > 1 || predictedParts.count > 1 {
            let texts = predicted.text.components(separatedBy: " | ")
            guard texts.count == goldList.count, predicted.partEntryNames.count == texts.count else { return false }
            var remaining = goldList
            for (text, names) in zip(texts, predicted.partEntryNames) {
                let single = PredictedValue(text: text, entryNames: names)
                guard let match = remaining.firstIndex(where: { isRight(field: field, gold: $0, predicted: single) })
                else { return false }
                remaining.remove(at: match)
            }
            return true
        }
        if goldParts.count == 1, let only = goldParts.first {
            if predicted.entryNames.contains(where: { normalised($0) == only }) { return true }
            // A Cyrillic word of the gold also counts in its Latin spelling ("сталин" as "stalin").
            let goldWords = Set(
                only.split(separator: " ").flatMap { word in
                    [String(word)] + CyrillicTransliteration.latinForms(of: String(word))
                })
            guard let lastWord = only.split(separator: " ").last.map(String.init) else { return false }
            let lastForms = Set([lastWord] + CyrillicTransliteration.latinForms(of: lastWord))
            // The gold's name as written ("И. В. Сталин") holds the predicted name, or a name of the linked
            // entry ("Сталин"), with its surname.
            func isHeld(_ name: String) -> Bool {
                let words = name.split(separator: " ").map(String.init)
                return Set(words).isSubset(of: goldWords) && words.contains(where: lastForms.contains)
            }
            if predictedParts.count == 1, let predictedText = predictedParts.first, isHeld(predictedText) {
                return true
            }
            if predictedParts.count == 1, predicted.entryNames.contains(where: { isHeld(normalised($0)) }) {
                return true
            }
        }
        return false
    }

    /// Adds one document's comparison to `scores`.
    public static func score(
        document: String, gold: [String: String], predicted: [String: PredictedValue], into scores: inout Scores
    ) {
        for field in fields {
            let goldValue = gold[field] ?? ""
            let predictedValue = predicted[field]
            var count = scores.fields[field] ?? FieldScore()
            if isRight(field: field, gold: goldValue, predicted: predictedValue) {
                count.right += 1
            } else {
                let text = predictedValue?.text ?? ""
                if goldValue.isEmpty {
                    count.spurious += 1
                } else if text.isEmpty {
                    count.missed += 1
                } else {
                    count.wrong += 1
                }
                scores.differences.append((document, field, goldValue, text))
            }
            scores.fields[field] = count
        }
    }
}
