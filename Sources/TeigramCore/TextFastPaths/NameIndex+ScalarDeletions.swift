extension NameIndex {
    /// ``characterDeletions(of:depth:)`` for a word of one scalar per Character
    /// (``StringProtocol/hasOneScalarPerCharacter``): every set of up to `depth` positions is deleted from
    /// the scalars once, where the general code splits each intermediate string into Characters again (a
    /// Cyrillic word of eight letters cost 0.6 M instructions; approximate place matching of Russian text
    /// 0.4 M a telegram). The scalars of such a word stand alone, so deleting scalars deletes Characters.
    static func scalarDeletions(of word: String, depth: Int) -> Set<String> {
        let scalars = Array(word.unicodeScalars)
        var result: Set<String> = [word]
        var deleted: [Int] = []
        func deleteMore(from first: Int) {
            guard deleted.count < depth else { return }
            for position in first..<scalars.count {
                deleted.append(position)
                var variant = String.UnicodeScalarView()
                for (index, scalar) in scalars.enumerated() where !deleted.contains(index) { variant.append(scalar) }
                result.insert(String(variant))
                deleteMore(from: position + 1)
                deleted.removeLast()
            }
        }
        deleteMore(from: 0)
        return result
    }
}
