import Foundation
import TeigramCore

/// A synthetic corpus of any size, made from the real telegrams: document *i* is a real telegram (in
/// turn) with its names swapped for other authority names of the same kind, its dates shifted (days and
/// years) and its length varied (body paragraphs dropped or repeated). Document *i* depends only on the
/// seed and *i*, so a corpus can be generated in batches, in any order, on any thread, and never needs to
/// be held in memory as a whole.
public struct SyntheticCorpus: Sendable {
    /// A real telegram prepared for variation.
    struct Template: Sendable {
        var name: String
        var lines: [String]
        /// Per line: the authority names found in it (UTF-16 ranges within the line) and their kinds.
        var names: [[(range: Range<Int>, kind: AuthorityEntry.Kind)]]
        /// Lines of body prose: may be dropped or repeated.
        var bodyLines: Set<Int>
    }

    let templates: [Template]
    /// Replacement names by kind (standard names of the authority).
    let replacements: [AuthorityEntry.Kind: [String]]
    /// The seed.
    public let seed: UInt64

    /// The default seed.
    public static let defaultSeed: UInt64 = 0x7E16_2A4D_1962_1024

    /// Number of real telegrams the corpus varies.
    public var templateCount: Int { templates.count }

    /// Prepares the real telegrams: each is tagged once with `authority` to find the names to swap.
    /// Telegrams that are not readable text are skipped.
    /// - Parameters:
    ///   - telegrams: `(path, bytes)` of the real telegrams.
    ///   - authority: names to find and to swap in.
    ///   - seed: the generator's seed.
    public init(
        telegrams: [(path: String, bytes: [UInt8])], authority: Authority, seed: UInt64 = SyntheticCorpus.defaultSeed
    ) {
        self.seed = seed
        let tagger = EntityTagger(authority: authority)
        var templates: [Template] = []
        for telegram in telegrams {
            guard let source = try? SourceText(bytes: telegram.bytes, path: telegram.path) else { continue }
            var lines = source.lines
            while lines.last?.isEmpty == true { lines.removeLast() }
            var names: [[(range: Range<Int>, kind: AuthorityEntry.Kind)]] = []
            for line in lines {
                var state = TaggingState()
                let mentions = tagger.mentions(in: Array(line.utf16), state: &state)
                names.append(mentions.filter { $0.ref != nil }.map { ($0.range, $0.kind) })
            }
            templates.append(
                Template(
                    name: Project.baseName(telegram.path), lines: lines, names: names, bodyLines: Self.bodyLines(lines))
            )
        }
        self.templates = templates
        var replacements: [AuthorityEntry.Kind: [String]] = [:]
        for id in authority.entries.keys.sorted() {
            guard let entry = authority.entries[id] else { continue }
            let name = entry.standardName
            // Plain names only: brackets or digits would change the layout rules' reading.
            guard name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || " .-'’".unicodeScalars.contains($0) }),
                name.first?.isUppercase == true
            else { continue }
            replacements[entry.kind, default: []].append(name)
        }
        self.replacements = replacements
    }

    /// Lines of body prose: prose lines after the first two lines (date, title) and before the editorial
    /// summary and the page footer; in a cable written in capitals, the wrapped lines of its paragraphs
    /// (``PageReader/continuesCapitalsParagraph(_:_:)``).
    static func bodyLines(_ lines: [String]) -> Set<Int> {
        let footer =
            lines.firstIndex { PageReader.footerLabels.contains($0.trimmingCharacters(in: .whitespaces)) }
            ?? lines.count
        var result: Set<Int> = []
        // The unit before the footer is the summary: leave it alone.
        let end = footer < lines.count ? footer - 1 : footer
        for index in 2..<max(2, end) where PageReader.isProse(lines[index]) && !lines[index].hasPrefix("Source:") {
            result.insert(index)
        }
        for index in 2..<max(2, end)
        where index + 1 < lines.count
            && PageReader.continuesCapitalsParagraph(lines[index], lines[index + 1])
        {
            result.insert(index)
        }
        return result
    }

    /// Document `index` of the corpus.
    public func telegram(at index: Int) -> SyntheticTelegram {
        guard !templates.isEmpty else { return SyntheticTelegram(name: "empty", bytes: []) }
        var random = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        let template = templates[index % templates.count]
        let lengthMode = Int.random(in: 0..<3, using: &random)
        let yearShift = Int.random(in: -5...5, using: &random)
        let dayShift = Int.random(in: 0...27, using: &random)
        var swapped: [String: String] = [:]
        var output: [String] = []
        for (number, line) in template.lines.enumerated() {
            var text = swapNames(in: line, names: template.names[number], swapped: &swapped, random: &random)
            text = Self.shiftDates(in: text, years: yearShift, days: dayShift)
            guard template.bodyLines.contains(number) else {
                output.append(text)
                continue
            }
            switch lengthMode {
            case 1 where Double.random(in: 0..<1, using: &random) < 0.3 && template.bodyLines.count > 1:
                continue  // dropped
            case 2 where Double.random(in: 0..<1, using: &random) < 0.5:
                for _ in 0...Int.random(in: 1...2, using: &random) { output.append(text) }
            default:
                output.append(text)
            }
        }
        let name = String(format: "synthetic-%07d_", index) + template.name
        return SyntheticTelegram(name: name, bytes: Array((output.joined(separator: "\n") + "\n").utf8))
    }

    /// Documents `range` of the corpus.
    public func telegrams(_ range: Range<Int>) -> [SyntheticTelegram] { range.map(telegram(at:)) }

    /// The real telegrams unchanged but for their body prose, each paragraph written `factor` times in a
    /// row: texts of 1×, 4×, 16× length with the same kind of content, to show that tagging cost is linear.
    public func lengthened(by factor: Int) -> [SyntheticTelegram] {
        templates.map { template in
            var output: [String] = []
            for (number, line) in template.lines.enumerated() {
                let copies = template.bodyLines.contains(number) ? max(1, factor) : 1
                for _ in 0..<copies { output.append(line) }
            }
            return SyntheticTelegram(
                name: template.name + "_x\(factor)", bytes: Array((output.joined(separator: "\n") + "\n").utf8))
        }
    }

    /// Replaces the authority names of `line` by other names of the same kind, the same name by the same
    /// replacement throughout a document; about a third of the names stay.
    private func swapNames(
        in line: String, names: [(range: Range<Int>, kind: AuthorityEntry.Kind)], swapped: inout [String: String],
        random: inout SplitMix64
    ) -> String {
        guard !names.isEmpty else { return line }
        let units = Array(line.utf16)
        var result: [UInt16] = []
        var position = 0
        for name in names where name.range.lowerBound >= position && name.range.upperBound <= units.count {
            result += units[position..<name.range.lowerBound]
            let original = String(decoding: units[name.range], as: UTF16.self)
            let replacement: String
            if let chosen = swapped[original] {
                replacement = chosen
            } else {
                let pool = replacements[name.kind] ?? []
                replacement =
                    pool.isEmpty || Int.random(in: 0..<3, using: &random) == 0
                    ? original : pool[Int.random(in: 0..<pool.count, using: &random)]
                swapped[original] = replacement
            }
            result += Array(replacement.utf16)
            position = name.range.upperBound
        }
        result += units[position...]
        return String(decoding: result, as: UTF16.self)
    }

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Shifts years (four-digit numbers 1900–1999, kept in that range) by `years`, and day numbers next to
    /// a month name ("8 January", "January 8") by `days` (kept in 1–28, so every date stays valid).
    static func shiftDates(in line: String, years: Int, days: Int) -> String {
        let bytes = Array(line.utf8)
        guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return line }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func word(before start: Int) -> String {
            var end = start
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > 0, isLetter(bytes[begin - 1]) { begin -= 1 }
            return String(decoding: bytes[begin..<end], as: UTF8.self).lowercased()
        }
        func word(after end: Int) -> String {
            var begin = end
            while begin < bytes.count, bytes[begin] == 0x20 { begin += 1 }
            var finish = begin
            while finish < bytes.count, isLetter(bytes[finish]) { finish += 1 }
            return String(decoding: bytes[begin..<finish], as: UTF8.self).lowercased()
        }
        while index < bytes.count {
            guard isDigit(bytes[index]),
                index == 0
                    || !(isDigit(bytes[index - 1]) || isLetter(bytes[index - 1]) || bytes[index - 1] == 0x2C
                        || bytes[index - 1] == 0x2E)
            else {
                result.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            let digits = bytes[index..<end]
            let followedByLetterOrNumber =
                end < bytes.count
                && (isLetter(bytes[end])
                    || ((bytes[end] == 0x2C || bytes[end] == 0x2E) && end + 1 < bytes.count && isDigit(bytes[end + 1])))
            let value = Int(String(decoding: digits, as: UTF8.self)) ?? 0
            if !followedByLetterOrNumber, digits.count == 4, (1900...1999).contains(value) {
                let shifted = min(1999, max(1900, value + years))
                result += Array(String(shifted).utf8)
            } else if !followedByLetterOrNumber, digits.count <= 2, (1...31).contains(value),
                monthNames.contains(word(before: index)) || monthNames.contains(word(after: end))
            {
                let shifted = (value - 1 + days) % 28 + 1
                result += Array(String(shifted).utf8)
            } else {
                result += digits
            }
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }
}
