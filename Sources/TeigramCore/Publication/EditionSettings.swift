/// What an edition says about itself when it is published: its title, editor, publisher, address and
/// release date. Kept in `Corpus/edition.meta` (the `key: value` format of sidecars); every key is optional.
///
/// Keys: `title`, `editor`, `editor-email`, `publisher`, `base-url` (the address the edition folder is
/// served from, ending in `/`; CMIF and the JSON records give absolute addresses only when it is set),
/// `published` (the release's date or date-time, ISO 8601: CMIF's `publicationStmt/date`, which tells
/// correspSearch to harvest again; no clock is read, so a build is reproducible) and `licence` (the
/// address of the licence of the edition's metadata; CC BY 4.0 when not given).
public struct EditionSettings: Sendable, Equatable {
    /// The edition's title.
    public var title = "Teigram edition"
    /// The responsible editor.
    public var editor = "Teigram"
    /// The editor's e-mail address.
    public var editorEmail: String?
    /// The publisher.
    public var publisher = "Teigram edition"
    /// The address of the edition folder, with a trailing `/`.
    public var baseURL: String?
    /// The release date (`YYYY-MM-DD` or an xs:dateTime).
    public var published: String?
    /// The licence of the metadata.
    public var licence = "https://creativecommons.org/licenses/by/4.0/"

    /// The settings file of a project.
    public static func path(in project: Project) -> String { project.corpus + "/edition.meta" }

    /// Defaults.
    public init() {}

    /// Parses the settings file.
    /// - Throws: ``Diagnostic`` with the line of an unknown key, a malformed line, a `base-url` that is not an
    ///   http(s) address, or a `published` value that is not an ISO date.
    public init(text: String, path: String) throws(Diagnostic) {
        let keys: Set<String> = ["title", "editor", "editor-email", "publisher", "base-url", "published", "licence"]
        for setting in try KeyValueLines.parse(text, path: path, knownKeys: keys) {
            let value = setting.value
            switch setting.key {
            case "title": title = value
            case "editor": editor = value
            case "editor-email": editorEmail = value
            case "publisher": publisher = value
            case "licence": licence = value
            case "base-url":
                guard HTML.isLinkable(value) else {
                    throw Diagnostic(
                        .error, .input, path: path, line: setting.line, "base-url '\(value)' is not an http(s) address")
                }
                baseURL = value.hasSuffix("/") ? value : value + "/"
            case "published":
                guard ISODate.isValid(String(value.prefix(10))),
                    value.count == 10 || value.count == 4 || value.count == 7 || value.dropFirst(10).hasPrefix("T")
                else {
                    throw Diagnostic(
                        .error, .input, path: path, line: setting.line,
                        "published '\(value)' is not an ISO 8601 date or date-time")
                }
                published = value
            default: break
            }
        }
    }

    /// Reads the project's settings file, defaults when there is none.
    public static func load(for project: Project) throws(Diagnostic) -> EditionSettings {
        let path = path(in: project)
        guard FileIO.exists(path) else { return EditionSettings() }
        let bytes = try FileIO.read(path)
        return try EditionSettings(text: String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// The address of a file of the edition (`telegrams/x.html`): absolute with a base URL, else relative to
    /// the edition folder.
    public func address(of relativePath: String) -> String { (baseURL ?? "") + relativePath }
}
