import Foundation

/// English names of the languages of the sources and their BCP 47 tags, for `langUsage/language/@ident`.
public enum LanguageName {
    /// Name (lower case) → tag.
    static let tags: [String: String] = [
        "english": "en", "russian": "ru", "polish": "pl", "czech": "cs", "slovak": "sk", "hungarian": "hu",
        "romanian": "ro", "bulgarian": "bg", "german": "de", "chinese": "zh", "vietnamese": "vi", "korean": "ko",
        "japanese": "ja", "portuguese": "pt", "spanish": "es", "french": "fr", "finnish": "fi", "italian": "it",
        "swedish": "sv", "turkish": "tr", "mongolian": "mn", "serbo-croatian": "sh", "serbian": "sr",
        "croatian": "hr", "albanian": "sq", "greek": "el", "persian": "fa", "arabic": "ar", "hebrew": "he",
        "ukrainian": "uk", "georgian": "ka", "armenian": "hy", "dutch": "nl", "norwegian": "no", "danish": "da",
    ]

    /// Names of the languages in German, French and Italian (lower case) → tag, as edition sites that
    /// speak those languages label a document's language ("Sprache: Französisch", "Lingua: francese").
    static let namesInOtherLanguages: [String: String] = [
        "deutsch": "de", "französisch": "fr", "italienisch": "it", "englisch": "en", "russisch": "ru",
        "spanisch": "es", "rätoromanisch": "rm", "allemand": "de", "français": "fr", "italien": "it", "anglais": "en",
        "russe": "ru", "espagnol": "es", "tedesco": "de", "francese": "fr", "italiano": "it", "inglese": "en",
        "russo": "ru", "spagnolo": "es",
    ]

    /// The BCP 47 tag of an English language name ("Czech" → "cs") or of one of ``namesInOtherLanguages``
    /// ("französisch" → "fr"); a value that is already a tag of the
    /// table ("cs") is returned as it is; `nil` for a name the table does not know.
    public static func tag(for name: String) -> String? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let tag = tags[key] { return tag }
        if tags.values.contains(key) { return key }
        return namesInOtherLanguages[key]
    }

    /// The English name of a tag ("cs" → "Czech").
    public static func name(for tag: String) -> String? {
        tags.first { $0.value == tag }.map { $0.key.prefix(1).uppercased() + $0.key.dropFirst() }
    }
}
