extension Sequence where Element == UInt8 {
    /// Whether these bytes open with `word`, a lower-case ASCII word, in any letter case: each byte with
    /// bit 0x20 set equals the word's byte ("FROM", "From" and "from" open with "from"). A byte test for
    /// guards in front of regular expressions; the expression decides. (Setting the bit also maps "@" to
    /// "`" and a few other punctuation pairs onto each other, so the test is a necessary condition only.)
    func opensWithASCIIWord(_ word: String) -> Bool {
        var bytes = makeIterator()
        for expected in word.utf8 {
            guard let byte = bytes.next(), byte | 0x20 == expected else { return false }
        }
        return true
    }
}
