import TeigramDefaults

/// Ordinary English words (the built-in list `Sources/TeigramDefaults/Names/english-words.txt`, generated
/// from SCOWL by `Scripts/generate-english-words.py`). The tagger uses them as negative evidence only: a
/// capitalised word that is an ordinary word ("Trip" in "Allende Trip", "ISSUE" in a cable written in
/// capitals) is no sign of a name the authority does not know. Names the authority knows are never
/// looked up here.
public enum EnglishWords {
    /// The words, lower case (ASCII letters only, as ``NameTokenizer`` folds them).
    public static let all: Set<String> = {
        var words = Set<String>(minimumCapacity: 64_000)
        let bytes = TeigramDefaults.englishWords.bytes
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd > lineStart, bytes[lineStart] != 0x23 {
                words.insert(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
            }
            lineStart = lineEnd + 1
        }
        return words
    }()

    /// Whether a folded token is an ordinary English word.
    public static func contains(_ folded: String) -> Bool { all.contains(folded) }
}
