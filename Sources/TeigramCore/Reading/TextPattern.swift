import Foundation
import Synchronization

/// The compiled regular expression of an inline pattern string, compiled on first use and then shared by
/// all threads. Rules that guard an expression with a cheaper test use ``GuardedPattern`` instead.
enum TextPattern {
    /// Compiled expressions by pattern: case-sensitive ones first, case-insensitive ones second (two
    /// tables, so that looking one up needs no key built from the pattern).
    private static let cache = Mutex<
        (sensitive: [String: NSRegularExpression], insensitive: [String: NSRegularExpression])
    >(([:], [:]))

    /// The longest pattern, in UTF-16 units: Foundation on Linux copies a longer one into a buffer it never
    /// frees (LeakSanitizer reports it in the fuzzing run), so patterns are kept at most this long.
    static let longestPattern = 256

    /// The compiled expression for `pattern` (a malformed pattern, a programming error caught by the
    /// tests, matches nothing). `pattern` is at most ``longestPattern`` UTF-16 units long.
    static func regex(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression? {
        assert(pattern.utf16.count <= longestPattern, "pattern longer than \(longestPattern) UTF-16 units: \(pattern)")
        if let cached = cache.withLock({ caseInsensitive ? $0.insensitive[pattern] : $0.sensitive[pattern] }) {
            return cached
        }
        guard
            let compiled = try? NSRegularExpression(
                pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        else { return nil }
        cache.withLock {
            if caseInsensitive { $0.insensitive[pattern] = compiled } else { $0.sensitive[pattern] = compiled }
        }
        return compiled
    }
}

extension StringProtocol {
    /// Whether the regular expression `pattern` matches somewhere in the string.
    func matches(_ pattern: String, caseInsensitive: Bool = false) -> Bool {
        firstRange(of: pattern, caseInsensitive: caseInsensitive) != nil
    }

    /// The range of the first match of `pattern`, in this string's own indices (a substring's are its
    /// base string's).
    func firstRange(of pattern: String, caseInsensitive: Bool = false) -> Range<String.Index>? {
        TextPattern.regex(pattern, caseInsensitive: caseInsensitive)?.firstRange(in: self)
    }

    /// The string with every match of `pattern` replaced by `template` (`$1` refers to groups).
    func replacingPattern(_ pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        let string = String(self)
        guard let regex = TextPattern.regex(pattern, caseInsensitive: caseInsensitive) else { return string }
        return regex.stringByReplacingMatches(
            in: string, range: NSRange(string.startIndex..., in: string), withTemplate: template)
    }
}
