import Foundation

/// Writes CSV as RFC 4180 says: records end with CRLF, a field holding a comma, a double quote, CR or LF (or
/// starting or ending with a space) is quoted, and its double quotes doubled.
public enum CSVWriter {
    /// One record, with its CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(quotedIfNeeded).joined(separator: ",") + "\r\n"
    }

    /// The records, header first.
    public static func table(header: [String], rows: [[String]]) -> String {
        record(header) + rows.map(record).joined()
    }

    /// `field`, quoted when RFC 4180 requires it (or when spaces at its ends could be lost).
    public static func quotedIfNeeded(_ field: String) -> String {
        let needsQuotes =
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
