import Foundation

/// A regular expression with a cheap test in front of it: the test is a necessary condition (every text
/// the expression matches passes it), so a text that fails it is known not to match without running the
/// expression. The two are defined together, here, so that neither can change without the other, and
/// ``registry`` lets one test hold every guard to its expression on generated and real text.
///
/// The expression is compiled once, when the value is made; a malformed one (a programming error the
/// tests catch) matches nothing.
public struct GuardedPattern: @unchecked Sendable {
    /// What a text must have for the expression to be able to match it.
    public enum Guard: Sendable {
        /// It starts with one of these (as UTF-8 bytes: an anchored expression opening with a literal).
        case opensWith([String])
        /// It contains one of these (as UTF-8 bytes: a case-sensitive literal the expression needs).
        case contains([String])
        /// A test of its own, described for people.
        case test(String, @Sendable (Substring) -> Bool)
    }

    /// The expression, as `NSRegularExpression` reads it.
    public let pattern: String
    /// Whether the expression ignores case (the guard must then hold for every casing it matches).
    public let caseInsensitive: Bool
    /// The necessary condition.
    public let mayMatchGuard: Guard
    /// Texts the expression matches: documentation, and the tests check each one.
    public let examples: [String]
    /// The compiled expression (immutable; `NSRegularExpression` is safe to share between threads).
    private let regex: NSRegularExpression?
    /// For an ``Guard/opensWith(_:)`` guard, the first bytes of its openings, by byte value: a text whose
    /// first byte is none of them opens with none (an empty opening lets every text through).
    private let openingFirstBytes: [Bool]?

    /// Compiles `pattern` (at most ``TextPattern/longestPattern`` UTF-16 units) with its guard.
    public init(_ pattern: String, caseInsensitive: Bool = false, guard mayMatchGuard: Guard, examples: [String]) {
        // Foundation on Linux leaks a longer pattern's buffer (see ``TextPattern/longestPattern``).
        assert(
            pattern.utf16.count <= TextPattern.longestPattern,
            "pattern longer than \(TextPattern.longestPattern) UTF-16 units: \(pattern)")
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        self.mayMatchGuard = mayMatchGuard
        self.examples = examples
        regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        if case .opensWith(let openings) = mayMatchGuard, !openings.contains(where: \.isEmpty) {
            var table = [Bool](repeating: false, count: 256)
            for opening in openings { if let first = opening.utf8.first { table[Int(first)] = true } }
            openingFirstBytes = table
        } else {
            openingFirstBytes = nil
        }
    }

    /// Whether `text` passes the guard: `false` means the expression cannot match it.
    public func mayMatch(_ text: some StringProtocol) -> Bool {
        switch mayMatchGuard {
        case .opensWith(let openings):
            if let openingFirstBytes {
                guard let first = text.utf8.first, openingFirstBytes[Int(first)] else { return false }
            }
            return openings.contains { text.utf8.starts(with: $0.utf8) }
        case .contains(let needles): return needles.contains { text.containsBytes(of: $0) }
        case .test(_, let test): return test(Substring(text))
        }
    }

    /// Whether the expression matches somewhere in `text` (the guard first).
    public func matches(_ text: some StringProtocol) -> Bool {
        firstRange(in: text) != nil
    }

    /// The range of the first match in `text`'s own indices, or `nil` (the guard first).
    public func firstRange<Text: StringProtocol>(in text: Text) -> Range<Text.Index>? {
        guard mayMatch(text) else { return nil }
        return unguardedFirstRange(in: text)
    }

    /// `text` with every match replaced by `template` (`$1` refers to groups); `text` itself when the guard
    /// fails.
    public func replacing(in text: some StringProtocol, with template: String) -> String {
        let string = String(text)
        guard mayMatch(text), let regex else { return string }
        return regex.stringByReplacingMatches(
            in: string, range: NSRange(string.startIndex..., in: string), withTemplate: template)
    }

    /// The first match without the guard: what the guard is tested against.
    func unguardedFirstRange<Text: StringProtocol>(in text: Text) -> Range<Text.Index>? {
        guard let regex else { return nil }
        return regex.firstRange(in: text)
    }
}

extension NSRegularExpression {
    /// The range of the first match in `text`, in `text`'s own indices (a substring's are its base's).
    func firstRange<Text: StringProtocol>(in text: Text) -> Range<Text.Index>? {
        // The expression is given this text alone, never a substring's whole base: Foundation converts all
        // of the string it is given to UTF-16 first.
        let string = String(text)
        guard let match = firstMatch(in: string, range: NSRange(location: 0, length: string.utf16.count)),
            let range = Range(match.range, in: string)
        else { return nil }
        let lower = string.utf8.distance(from: string.startIndex, to: range.lowerBound)
        let upper = string.utf8.distance(from: string.startIndex, to: range.upperBound)
        return text.utf8.index(text.startIndex, offsetBy: lower)..<text.utf8.index(text.startIndex, offsetBy: upper)
    }
}
