/// A set of ``PackedASCII`` keys that can only say "maybe" or "no" (a Bloom filter with one bit a key):
/// a key it was given always gives "maybe". Approximate place matching asks it before the dictionary
/// lookup of each deletion variant of a word: most variants are no key, and this test costs a
/// multiplication and a load where hashing the key cost about 300 instructions (0.14 M a telegram).
/// `FastPathTests.approximatePlaceFiltersChangeNoAnswer` holds the filtered lookup to the
/// unfiltered one.
struct PackedKeyFilter: Sendable {
    /// 2^18 bits: with the 20,000-odd keys of the built-in authority about one variant in ten passes.
    private static let bitCount = 1 << 18
    private var words = [UInt64](repeating: 0, count: bitCount / 64)

    /// Records `key`.
    mutating func insert(_ key: PackedASCII) {
        let bit = Self.bit(of: key)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// `false` only when `key` was never inserted.
    func mayContain(_ key: PackedASCII) -> Bool {
        let bit = Self.bit(of: key)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(of key: PackedASCII) -> Int {
        Int(truncatingIfNeeded: key.mixed >> 46)
    }
}
