import Foundation

extension String {
    /// `trimmingCharacters(in: set)`, where `asciiMembers` are exactly the ASCII members of `set`. Foundation
    /// trims scalar by scalar, so the ASCII members are trimmed on the UTF-8 bytes; when a non-ASCII scalar
    /// is then at an end, Foundation decides (it may belong to `set`).
    func trimming(_ set: CharacterSet, asciiMembers: String) -> String {
        let bytes = utf8
        let members = asciiMembers.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, members.contains(bytes[start]) { start = bytes.index(after: start) }
        while start < end, members.contains(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start < end, bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 {
            return trimmingCharacters(in: set)
        }
        return String(self[start..<end])
    }
}
