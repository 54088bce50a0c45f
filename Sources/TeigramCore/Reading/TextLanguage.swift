/// The language a telegram's text is published in, told from its body by general evidence (no list of
/// documents):
///
/// - Russian when most of its letters are Cyrillic (a Cyrillic letter of U+0400–U+04FF is exactly a scalar
///   whose UTF-8 lead byte is 0xD0–0xD3; ASCII letters are counted as the others);
/// - else the language whose function words ("the", "le", "der", "il", "el", "o", "się", …) are most
///   frequent among the first words of the text, when there are enough of them and clearly more than of any
///   other language's (``minimumHits``, ``margin``);
/// - else English, the language the archives translate into.
///
/// Only the first ``sampleBytes`` bytes of the body are read: function words are about a third of running
/// text, so a few hundred words decide, and the cost stays flat in the length of the telegram.
public enum TextLanguage {
    /// How many bytes of the body text are looked at.
    static let sampleBytes = 3_000
    /// How many function words the winning language needs.
    static let minimumHits = 8
    /// How many times the runner-up's count the winner needs.
    static let margin = 1.5

    /// Function words of each language, lower case: frequent, short, and (within this table) each found in
    /// one language only, so that a hit is evidence for that language alone.
    static let functionWords: [String: String] = {
        let lists: [(String, [String])] = [
            (
                "en",
                [
                    "the", "and", "of", "that", "is", "was", "with", "this", "which", "have", "has", "would", "will",
                    "not", "they", "from", "were", "been", "his", "their",
                ]
            ),
            (
                "fr",
                [
                    "le", "les", "et", "est", "qui", "une", "dans", "pour", "pas", "sur", "avec", "nous", "vous",
                    "sont", "au", "aux", "du", "cette", "être", "été", "mais",
                ]
            ),
            (
                "de",
                [
                    "der", "die", "das", "und", "den", "dem", "nicht", "mit", "ist", "sich", "auf", "für", "eine",
                    "ein", "zu", "von", "wir", "auch", "daß", "dass", "wird", "werden", "sie",
                ]
            ),
            ("it", ["il", "che", "della", "non", "per", "sono", "gli", "alla", "nel", "questo", "anche", "di"]),
            ("es", ["el", "los", "las", "y", "para", "por", "está", "pero", "muy", "como", "del"]),
            ("pt", ["os", "não", "em", "uma", "com", "são", "foi", "pelo", "pela", "ao", "dos", "é", "também"]),
            ("pl", ["się", "nie", "że", "jest", "na", "przez", "oraz", "jak", "już", "tylko", "będzie", "w", "z"]),
            ("cs", ["že", "je", "jako", "které", "který", "byl", "bylo", "jsou", "aby", "také", "v"]),
            ("hu", ["az", "és", "hogy", "egy", "nem", "van", "meg", "volt", "mint", "csak"]),
            ("ro", ["și", "în", "cu", "că", "pe", "nu", "este", "din", "pentru"]),
        ]
        var table: [String: String] = [:]
        var shared: Set<String> = []
        for (language, words) in lists {
            for word in Set(words) {
                if table[word] != nil, table[word] != language { shared.insert(word) }
                table[word] = language
            }
        }
        for word in shared { table[word] = nil }
        return table
    }()

    /// The BCP 47 tag of the language of `units` (the body's paragraphs, in order).
    public static func identify(_ units: [TextUnit]) -> String {
        // One pass over the sample's bytes, in place: letters by script, and the English markers.
        var cyrillic = 0
        var latin = 0
        var markers = 0
        var budget = sampleBytes
        for unit in units where budget > 0 {
            let take = min(budget, unit.text.utf8.count)
            budget -= take
            let counted: Void? = unit.text.utf8.withContiguousStorageIfAvailable { bytes in
                let sample = UnsafeBufferPointer(rebasing: bytes.prefix(take))
                count(sample, cyrillic: &cyrillic, latin: &latin, markers: &markers)
            }
            if counted == nil {
                let bytes = Array(unit.text.utf8.prefix(take))
                bytes.withUnsafeBufferPointer { count($0, cyrillic: &cyrillic, latin: &latin, markers: &markers) }
            }
        }
        if cyrillic > latin { return "ru" }
        // Most texts are English: a few " the " and " of " decide before any word is looked up (the
        // look-up of every word cost 0.8 M instructions a telegram).
        if markers >= englishMarkersEnough { return "en" }
        var sample: [UInt8] = []
        budget = sampleBytes
        for unit in units where budget > 0 {
            let bytes = unit.text.utf8.prefix(budget)
            budget -= bytes.count
            sample += bytes
            sample.append(0x0A)
        }
        var hits: [String: Int] = [:]
        for word in words(in: sample) {
            if let language = functionWords[word] { hits[language, default: 0] += 1 }
        }
        let ranked = hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value >= minimumHits else { return "en" }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        return Double(best.value) >= margin * Double(runnerUp) ? best.key : "en"
    }

    /// Counts in `bytes` the Cyrillic letters (lead bytes 0xD0–0xD3), the ASCII letters and the English
    /// markers (``englishMarkers(in:)``).
    private static func count(
        _ bytes: UnsafeBufferPointer<UInt8>, cyrillic: inout Int, latin: inout Int, markers: inout Int
    ) {
        for byte in bytes {
            if byte >= 0xD0 && byte <= 0xD3 {
                cyrillic += 1
            } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                latin += 1
            }
        }
        markers += englishMarkers(in: bytes)
    }

    /// How many " the " and " of " in the sample make a text English without counting other languages'
    /// words: neither occurs in running text of the others.
    static let englishMarkersEnough = 6

    /// The number of " the " and " of " (in any case, between spaces) in `bytes`.
    static func englishMarkers(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        let end = bytes.count
        while index + 3 < end {
            if bytes[index] == 0x20 {
                if bytes[index + 1] | 0x20 == 0x6F, bytes[index + 2] | 0x20 == 0x66, bytes[index + 3] == 0x20 {
                    count += 1
                } else if index + 4 < end, bytes[index + 1] | 0x20 == 0x74, bytes[index + 2] | 0x20 == 0x68,
                    bytes[index + 3] | 0x20 == 0x65, bytes[index + 4] == 0x20
                {
                    count += 1
                }
            }
            index += 1
        }
        return count
    }

    /// The words of `bytes`, of at most 8 bytes (function words are short), case folded by
    /// `lowercasedLatin`: runs of bytes that are ASCII letters or belong to a multi-byte scalar (accented
    /// and other letters).
    static func words(in bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty, word.count <= 8 {
                result.append(String(decoding: lowercasedLatin(word), as: UTF8.self))
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            let isLetterByte = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
            if isLetterByte { word.append(byte) } else { flush() }
        }
        flush()
        return result
    }

    /// The word with its ASCII capitals and its Latin-1 capitals ("É", "À": C3 80–C3 9E but the
    /// multiplication sign) folded, so that a sentence's first word and text in capitals count.
    private static func lowercasedLatin(_ word: [UInt8]) -> [UInt8] {
        var folded = word.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        var index = 0
        while index + 1 < folded.count {
            if folded[index] == 0xC3, folded[index + 1] >= 0x80, folded[index + 1] <= 0x9E, folded[index + 1] != 0x97 {
                folded[index + 1] |= 0x20
            }
            index += 1
        }
        return folded
    }
}
