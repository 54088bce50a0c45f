import Foundation
import TeigramCore

/// A CSV file read as RFC 4180 says (fields separated by commas, records by CRLF or LF, a field in double
/// quotes may hold commas, line breaks and doubled quotes), UTF-8, a byte-order mark ignored; the first record
/// is the header. Each record keeps the line it starts on, for diagnostics.
public struct CSVTable: Sendable {
    /// One record after the header.
    public struct Record: Sendable, Equatable {
        /// 1-based line on which the record starts.
        public var line: Int
        /// The fields, as many as the record has (not padded to the header).
        public var fields: [String]

        /// The field of 0-based `column`, or the empty string when the record is shorter.
        public subscript(column: Int) -> String { column < fields.count ? fields[column] : "" }
    }

    /// The header's field names, as written.
    public var header: [String]
    /// The records after the header; records of one empty field (blank lines) are left out.
    public var records: [Record]

    /// Parses `text`.
    /// - Throws: ``Diagnostic`` (kind ``Diagnostic/Kind/input``, with line and column) for a quote inside an
    ///   unquoted field, text after a closing quote, a quoted field left open, or an empty file.
    public init(text: String, path: String) throws(Diagnostic) {
        var rows: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var quoteLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        if text.unicodeScalars.first == "\u{FEFF}" { _ = scalars.next() }
        func endField() {
            fields.append(field)
            field = ""
            wasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        wasQuoted = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !wasQuoted else {
                    throw Diagnostic(
                        .error, .input, path: path, line: line, column: fields.count + 1,
                        "a double quote inside a field that does not start with one (double it, and quote the field)")
                }
                inQuotes = true
                quoteLine = line
            default:
                guard !wasQuoted else {
                    throw Diagnostic(
                        .error, .input, path: path, line: line, column: fields.count + 1,
                        "text after the closing double quote of a field")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw Diagnostic(
                .error, .input, path: path, line: quoteLine, column: fields.count + 1,
                "a quoted field is not closed")
        }
        if !field.isEmpty || wasQuoted || !fields.isEmpty { endRecord() }
        guard let first = rows.first else {
            throw Diagnostic(.error, .input, path: path, line: 1, column: 1, "empty CSV file: a header row is required")
        }
        header = first.fields
        records = Array(rows.dropFirst())
    }

    /// The 0-based column of the header field named `name` (compared without case and surrounding spaces).
    public func column(named name: String) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }
    }
}
