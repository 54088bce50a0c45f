import TeigramCore
import TeigramXML

/// Scores the tagger against gold annotations (`Tests/Fixtures/entity-gold/*.tsv`). Matching is by
/// multiset per document: a predicted mention counts once against one gold mention of the same kind and
/// surface ("detection"); "linking" also requires the same authority id.
public enum TaggingEvaluation {
    /// A name's text as the original document words it, as the wide held-out set's gold guide counts a name
    /// split by an editor's bracket (`Tests/Fixtures/heldout/wide/GOLD-GUIDE.md`: "[Emilio] Aragones" →
    /// "Aragones"; `Tests/Fixtures/entity-gold/GUIDELINES.md` keeps "[Ivan] Kovalev" whole, the element's text):
    /// a `supplied` part at either end of the name, set off from the rest by a space, is left out. A name
    /// wholly supplied keeps its text, as do supplied letters inside a word ("Lip[p]man[n]").
    static func originalWording(_ name: XML.Element) -> String {
        var pieces: [(isSupplied: Bool, text: String)] = name.children.compactMap { child in
            switch child {
            case .text(let text): (false, text)
            case .element(let element): (element.name == "supplied", element.textContent)
            case .comment, .processingInstruction: nil
            }
        }
        func isSpace(_ character: Character?) -> Bool { character?.isWhitespace ?? false }
        while pieces.count > 1, pieces[0].isSupplied, isSpace(pieces[1].text.first),
            pieces.dropFirst().contains(where: { !$0.isSupplied && !$0.text.allSatisfy(\.isWhitespace) })
        {
            pieces.removeFirst()
        }
        while pieces.count > 1, let last = pieces.last, last.isSupplied, isSpace(pieces[pieces.count - 2].text.last),
            pieces.dropLast().contains(where: { !$0.isSupplied && !$0.text.allSatisfy(\.isWhitespace) })
        {
            pieces.removeLast()
        }
        return pieces.map(\.text).joined()
    }

    /// Scores per kind.
    public struct Scores: Sendable {
        /// Detection scores by kind.
        public var detection: [String: PrecisionRecall] = [:]
        /// Detection and linking scores by kind.
        public var linking: [String: PrecisionRecall] = [:]
        /// Misses and false alarms, for inspection: (document, record, "missed" | "extra").
        public var errors: [(document: String, record: MentionRecord, kind: String)] = []
    }

    /// Reads a gold TSV (`type\tsurface\tref` with a header line).
    public static func gold(tsv: String) -> [MentionRecord] {
        tsv.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { return nil }
            return MentionRecord(kind: fields[0], surface: fields[1], ref: fields.count > 2 ? fields[2] : "")
        }
    }

    /// The mentions Teigram tagged in a TEI document: names in `text` and in the abstract, except in
    /// citations (`note type="source"`), which the gold does not annotate. A name nested in another
    /// ("Hungary" in "Embassy of Hungary in North Korea") counts only with `nested`: gold written by the
    /// longest-span rule (`Tests/Fixtures/heldout/wide/GOLD-GUIDE.md`) does not annotate it, gold written by
    /// `Tests/Fixtures/entity-gold/GUIDELINES.md` (rule 11) does.
    public static func predicted(_ document: XML.Document, nested: Bool = false) -> [MentionRecord] {
        var records: [MentionRecord] = []
        func visit(_ element: XML.Element) {
            if element.name == "note" && element[attribute: "type"] == "source" { return }
            let kind: String? =
                switch element.name {
                case "persName": "person"
                case "placeName": "place"
                case "orgName": "org"
                case "rs": element[attribute: "type"]
                default: nil
                }
            if let kind {
                let ref =
                    element[attribute: "ref"].map { String($0.dropFirst()) }.flatMap {
                        $0.hasPrefix("prov.") ? nil : $0
                    } ?? ""
                records.append(
                    MentionRecord(
                        kind: kind, surface: element.textContent, ref: ref,
                        alternativeSurface: originalWording(element)))
            }
            for child in element.childElements where kind == nil || nested || child.name == "note" { visit(child) }
        }
        for child in document.root.childElements {
            if child.name == "text" { visit(child) }
            if child.name == "teiHeader" {
                child.forEachElement { if $0.name == "abstract" { visit($0) } }
            }
        }
        return records
    }

    /// Adds one document's comparison to `scores`. A key is a mention's kind and surface (and, for linking,
    /// its id), never its alternative surface.
    public static func score(
        document: String, gold: [MentionRecord], predicted: [MentionRecord], into scores: inout Scores
    ) {
        func compare(
            _ key: (MentionRecord) -> MentionRecord, into table: inout [String: PrecisionRecall], recordErrors: Bool
        ) {
            var remaining: [MentionRecord: Int] = [:]
            for record in gold { remaining[key(record), default: 0] += 1 }
            /// Takes one remaining gold mention equal to `record` under `key`, if there is one.
            func takeGold(_ record: MentionRecord) -> Bool {
                let k = key(record)
                guard let count = remaining[k], count > 0 else { return false }
                remaining[k] = count - 1
                return true
            }
            // Names with one surface first; then each name with an alternative surface (an editor's supplied
            // part, which the two gold guides count differently) by its surface, else by its alternative.
            // Each gold mention is matched once.
            for record in predicted.filter({ $0.alternativeSurface == nil })
                + predicted.filter({ $0.alternativeSurface != nil })
            {
                var alternative = record
                alternative.surface = record.alternativeSurface ?? record.surface
                if takeGold(record) || (record.alternativeSurface != nil && takeGold(alternative)) {
                    table[record.kind, default: PrecisionRecall()].truePositives += 1
                } else {
                    table[record.kind, default: PrecisionRecall()].falsePositives += 1
                    if recordErrors { scores.errors.append((document, record, "extra")) }
                }
            }
            for (record, count) in remaining.sorted(by: { $0.key.surface < $1.key.surface }) where count > 0 {
                table[record.kind, default: PrecisionRecall()].falseNegatives += count
                if recordErrors { for _ in 0..<count { scores.errors.append((document, record, "missed")) } }
            }
        }
        compare(
            { MentionRecord(kind: $0.kind, surface: $0.surface, ref: "") }, into: &scores.detection, recordErrors: true)
        // Linking is scored only where the gold gives authority ids (gold written without the authority has none).
        if gold.contains(where: { !$0.ref.isEmpty }) {
            compare(
                { MentionRecord(kind: $0.kind, surface: $0.surface, ref: $0.ref) }, into: &scores.linking,
                recordErrors: false)
        }
    }
}

extension TaggingEvaluation {
    /// Scores over a corpus.
    public struct CorpusScores: Sendable {
        /// Documents compared.
        public var documents = 0
        /// The scores.
        public var scores = Scores()
        /// Documents with a gold header file (`<name>.header.tsv`).
        public var headerDocuments = 0
        /// Header field scores (see ``HeaderEvaluation``).
        public var header = HeaderEvaluation.Scores()

        /// A plain-text table: kind, precision, recall, F1 for detection and linking.
        public func table() -> String {
            var lines = [
                "documents: \(documents)", "kind     detection P   R     F1      linking P   R     F1      gold",
            ]
            for kind in ["person", "place", "org"] {
                let d = scores.detection[kind] ?? PrecisionRecall()
                let l = scores.linking[kind] ?? PrecisionRecall()
                lines.append(
                    String(
                        format: "%-8@ %11.3f %5.3f %5.3f  %9.3f %5.3f %5.3f  %6d",
                        kind, d.precision, d.recall, d.f1, l.precision, l.recall, l.f1,
                        d.truePositives + d.falseNegatives))
            }
            if headerDocuments > 0 {
                lines.append("")
                lines.append("header fields: \(headerDocuments) documents")
                lines.append(String(header.table().dropLast()))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Encodes each corpus telegram that has a gold file and scores it.
    public static func evaluateCorpus(project: Project, authority: Authority, goldDirectory: String) -> CorpusScores {
        evaluate(telegrams: project.telegrams, authority: authority, goldDirectory: goldDirectory)
    }

    /// Encodes each telegram that has a gold file `goldDirectory/<name>.tsv` and scores it.
    public static func evaluate(
        telegrams: [String], authority: Authority, goldDirectory: String, nested: Bool = false
    ) -> CorpusScores {
        var result = CorpusScores()
        let encoder = TelegramEncoder(authority: authority)
        for telegram in telegrams {
            let name = Project.baseName(telegram)
            let goldPath = goldDirectory + "/" + name + ".tsv"
            guard let goldBytes = try? FileIO.read(goldPath),
                let goldText = String(validating: goldBytes, as: UTF8.self),
                let bytes = try? FileIO.read(telegram),
                let encoded = try? encoder.encode(
                    bytes: bytes, path: telegram, documentID: name,
                    sidecar: (try? Project.sidecar(for: telegram)) ?? Sidecar())
            else { continue }
            result.documents += 1
            score(
                document: name, gold: gold(tsv: goldText), predicted: predicted(encoded.document, nested: nested),
                into: &result.scores)
            if let headerBytes = try? FileIO.read(goldDirectory + "/" + name + ".header.tsv"),
                let headerText = String(validating: headerBytes, as: UTF8.self)
            {
                result.headerDocuments += 1
                HeaderEvaluation.score(
                    document: name, gold: HeaderEvaluation.gold(tsv: headerText),
                    predicted: HeaderEvaluation.predicted(encoded.document, authority: authority),
                    into: &result.header)
            }
        }
        return result
    }
}
