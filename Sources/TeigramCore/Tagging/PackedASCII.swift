import Foundation

/// A short ASCII string packed into integers: a cheap dictionary key for the deletion variants of a word.
struct PackedASCII: Hashable, Sendable {
    /// The longest string that can be packed.
    static let capacity = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var length: UInt8 = 0

    private init() {}

    /// The key's bits mixed into one word (for ``PackedKeyFilter``): equal keys give equal values.
    var mixed: UInt64 {
        (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high ^ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F)
    }

    /// `string` packed; `nil` unless it is ASCII of at most ``capacity`` bytes.
    init?(_ string: String) {
        guard string.utf8.count <= Self.capacity else { return nil }
        for byte in string.utf8 {
            guard byte < 0x80 else { return nil }
            append(byte)
        }
    }

    private mutating func append(_ byte: UInt8) {
        let shift = UInt64(length % 8) * 8
        if length < 8 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << shift }
        length += 1
    }

    /// Calls `body` with `bytes` (ASCII, at most ``capacity``) and every string made by deleting one
    /// byte, and, for `depth` 2, two bytes: the variants of ``NameIndex/deletions(of:depth:)``.
    static func forEachDeletion(of bytes: [UInt8], depth: Int, _ body: (PackedASCII) -> Void) {
        func packed(skipping first: Int, _ second: Int) -> PackedASCII {
            var key = PackedASCII()
            for (index, byte) in bytes.enumerated() where index != first && index != second { key.append(byte) }
            return key
        }
        body(packed(skipping: -1, -1))
        guard depth >= 1 else { return }
        for first in bytes.indices {
            body(packed(skipping: first, -1))
            guard depth >= 2 else { continue }
            for second in (first + 1)..<bytes.count { body(packed(skipping: first, second)) }
        }
    }
}
