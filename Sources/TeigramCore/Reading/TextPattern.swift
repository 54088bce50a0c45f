import Foundation
import Synchronization

/// Regular expressions compiled once per process and shared by all threads. Foundation's
/// `range(of:options: .regularExpression)` compiles the pattern on every call, which made layout reading
/// the slowest stage; the rules read better with the patterns inline, so they stay inline and are cached.
enum TextPattern {
    private static let cache = Mutex<[String: NSRegularExpression]>([:])

    /// The compiled expression for `pattern` (a malformed pattern, a programming error caught by the
    /// tests, matches nothing).
    static func regex(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression? {
        let key = (caseInsensitive ? "i:" : "c:") + pattern
        if let cached = cache.withLock({ $0[key] }) { return cached }
        guard let compiled = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : []) else { return nil }
        cache.withLock { $0[key] = compiled }
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
        guard let regex = TextPattern.regex(pattern, caseInsensitive: caseInsensitive) else { return nil }
        if let substring = self as? Substring {
            let base = substring.base
            guard let match = regex.firstMatch(in: base, range: NSRange(substring.startIndex..<substring.endIndex, in: base)),
                  let range = Range(match.range, in: base) else { return nil }
            return range
        }
        let string = String(self)
        guard let match = regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)),
              let range = Range(match.range, in: string) else { return nil }
        return range
    }

    /// The string with every match of `pattern` replaced by `template` (`$1` refers to groups).
    func replacingPattern(_ pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        let string = String(self)
        guard let regex = TextPattern.regex(pattern, caseInsensitive: caseInsensitive) else { return string }
        return regex.stringByReplacingMatches(in: string, range: NSRange(string.startIndex..., in: string), withTemplate: template)
    }
}
