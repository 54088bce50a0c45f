import Foundation

extension String {
    /// `word.trimmingCharacters(in: .punctuationCharacters)`; for ASCII words on the bytes (the ASCII
    /// punctuation characters, general category P: `!"#%&'()*,-./:;?@[\]_{}`).
    static func trimmingPunctuation(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.trimmingCharacters(in: .punctuationCharacters) }
        func isPunctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
            default: false
            }
        }
        let bytes = Array(word.utf8)
        guard let first = bytes.firstIndex(where: { !isPunctuation($0) }),
            let last = bytes.lastIndex(where: { !isPunctuation($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
