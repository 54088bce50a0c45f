import CLibXML2
import Synchronization

/// A RELAX NG grammar compiled for validating Swift trees (``XMLDocument``) directly, by derivatives
/// (James Clark, "An algorithm for RELAX NG validation", 2002), with every derivative memoised.
///
/// Why it exists: `build` validates every document it writes. libxml2 validates a libxml2 tree, so each
/// document would be built a second time as C nodes, validated (libxml2 copies its validation state for
/// every optional attribute and compiles a pattern facet's regular expression again for every value) and
/// freed; that was about half of the cost of encoding a telegram. Here a document is a walk over the Swift
/// tree in which almost every step is a table lookup: the derivatives of the grammar are computed once per
/// process and shared by all documents of a session.
///
/// Datatypes are checked by libxml2 itself, with the same calls as its RELAX NG validator (XML Schema
/// built-in types, facets; a facet is compiled once), and `xsd:ID` values must be unique, as libxml2
/// requires. Only "valid" is final: a document this validator rejects is validated again by libxml2, whose
/// verdict and messages are the ones reported (``RelaxNGSchema/accepts(_:)``). Tests hold both validators
/// to the same verdict on the whole edition, on a small grammar for each construct and on thousands of
/// mutated documents.
///
/// Supported: the full RELAX NG structure of a self-contained grammar (`grammar`, `start`, `define`, `ref`,
/// `div`, `element` and `attribute` with a `name` attribute or `name` child, `group`, `choice`,
/// `interleave`, `optional`, `zeroOrMore`, `oneOrMore`, `mixed`, `list`, `empty`, `text`, `notAllowed`,
/// `value` of the built-in `token`/`string` types, `data` of the built-in and the XML Schema types with
/// `param`). A grammar with anything else (name classes other than a single name, `except`, `combine`,
/// `include`, `externalRef`, `parentRef`, nested grammars, typed values) is not compiled: the initializer
/// returns `nil` and callers use libxml2 alone.
public final class RelaxNGDerivativeGrammar: Sendable {
    private let base: DerivativeStore
    /// Idle stores with the derivatives learnt so far, one taken by each validation in progress.
    private let idle = Mutex<[DerivativeStore]>([])
    /// The datatypes, owners of libxml2 types and compiled facets.
    private let datatypes: [XSDDatatype]
    private let elementNames: NameTable
    private let attributeNames: NameTable
    /// A store that has grown past this many patterns is replaced by the compiled grammar (bounded memory).
    let maximumPatterns: Int

    /// Compiles the RELAX NG schema (XML syntax) whose root element is `schema`; `nil` when it uses a
    /// construct this validator does not implement (see the type's documentation). A session that has
    /// learnt more than `maximumPatterns` patterns starts again from the compiled grammar.
    public init?(schema: XMLElement, maximumPatterns: Int = 500_000) {
        self.maximumPatterns = maximumPatterns
        var compiler = DerivativeCompiler()
        guard let start = compiler.compileSchema(schema) else { return nil }
        compiler.store.start = start
        base = compiler.store
        datatypes = compiler.datatypes
        elementNames = NameTable(compiler.elementNames.map { ($0.key.namespace, $0.key.local, $0.value) })
        // Attributes by their name as written: only the `xml` prefix is resolved (see DocumentWalk).
        // Attributes in another namespace need a prefix that is not `xml`: such documents go to libxml2.
        attributeNames = NameTable(compiler.attributeNames.compactMap { name, number in
            switch name.namespace {
            case "": ("", name.local, number)
            case xmlNamespace: ("", "xml:" + name.local, number)
            default: nil
            }
        })
    }

    /// Whether `document` is valid against the grammar. Thread-safe.
    public func accepts(_ document: XMLDocument) -> Bool {
        var store = idle.withLock { $0.popLast() } ?? base
        var walk = DocumentWalk(datatypes: datatypes, elementNames: elementNames, attributeNames: attributeNames)
        let verdict = walk.accepts(document.root, store: &store)
        if store.patterns.count > maximumPatterns { store = base }
        idle.withLock { $0.append(store) }
        return verdict
    }
}

/// A namespace URI and a local name.
struct ExpandedName: Hashable {
    var namespace: String
    var local: String
}

/// A pattern of the derivative algorithm. Patterns are hash-consed in a ``DerivativeStore``: equal patterns
/// have the same number, so memo tables can be keyed by numbers.
enum DerivativePattern: Hashable {
    case empty
    case notAllowed
    case text
    /// Two or more alternatives, sorted and distinct, none a choice or `notAllowed`.
    case choice([Int])
    case group(Int, Int)
    case interleave(Int, Int)
    case oneOrMore(Int)
    /// A whitespace-separated list whose tokens match the pattern.
    case list(Int)
    /// A `value` leaf of the built-in `token` type: index into ``DerivativeStore/values``.
    case value(Int)
    /// A `data` leaf: index into the datatypes.
    case data(Int)
    case attribute(name: Int, content: Int)
    /// An element: its name and the index of its content in ``DerivativeStore/elementContents``.
    case element(name: Int, declaration: Int)
    /// The state inside an open element: the rest of its content, then what follows it.
    case after(Int, Int)
}

/// The patterns of a grammar and the derivatives learnt so far. A value: each validation works on its own
/// copy, so threads never share a mutable store.
struct DerivativeStore {
    static let empty = 0, notAllowed = 1, text = 2

    var patterns: [DerivativePattern] = [.empty, .notAllowed, .text]
    var isNullable: [Bool] = [true, false, true]
    var numbers: [DerivativePattern: Int] = [.empty: 0, .notAllowed: 1, .text: 2]
    /// The `value` leaves' values, white space collapsed (the built-in `token` type compares them so).
    var values: [String] = []
    var elementContents: [Int] = []
    var start = DerivativeStore.notAllowed

    private var startTagOpenMemo = MemoTable()
    private var startTagCloseMemo = MemoTable()
    private var endTagMemo = MemoTable()
    /// Leaf lists, referred to by number from the leaf memos.
    private var leafLists: [[Int]] = []
    private var textLeavesMemo = MemoTable()
    /// Keyed by pattern and the verdicts of its leaves: a derivative depends on a text only through them.
    private var textMemo = MemoTable()
    private var attributeLeavesMemo = MemoTable()
    private var attributeMemo = MemoTable()
    /// Datatype verdicts on values seen before (references and codes repeat across documents).
    private var datatypeVerdicts: DatatypeVerdicts?

    /// Whether `text` belongs to `datatype` (its number among the grammar's datatypes), remembered.
    mutating func datatypeAccepts(_ datatype: XSDDatatype, number: Int, _ text: String) -> Bool {
        if let known = datatypeVerdicts?.verdict(number, text) { return known }
        let verdict = datatype.accepts(text)
        if datatypeVerdicts == nil { datatypeVerdicts = DatatypeVerdicts() }  // made by the store that uses it
        datatypeVerdicts?.record(verdict, number, text)
        return verdict
    }

    private static func pair(_ pattern: Int, _ name: Int) -> UInt64 { UInt64(pattern) << 24 | UInt64(name) }

    // MARK: Constructors (with the simplifications that keep the set of derivatives finite)

    mutating func intern(_ pattern: DerivativePattern) -> Int {
        if let number = numbers[pattern] { return number }
        let number = patterns.count
        patterns.append(pattern)
        numbers[pattern] = number
        isNullable.append(nullable(pattern))
        return number
    }

    private func nullable(_ pattern: DerivativePattern) -> Bool {
        switch pattern {
        case .empty, .text: true
        case .notAllowed, .list, .value, .data, .attribute, .element, .after: false
        case .choice(let alternatives): alternatives.contains { isNullable[$0] }
        case .group(let first, let second), .interleave(let first, let second): isNullable[first] && isNullable[second]
        case .oneOrMore(let inner): isNullable[inner]
        }
    }

    mutating func choice(_ first: Int, _ second: Int) -> Int {
        if first == Self.notAllowed || first == second { return second }
        if second == Self.notAllowed { return first }
        var alternatives: [Int] = []
        for side in [first, second] {
            if case .choice(let inner) = patterns[side] { alternatives += inner } else { alternatives.append(side) }
        }
        alternatives.sort()
        var distinct: [Int] = []
        for alternative in alternatives where distinct.last != alternative { distinct.append(alternative) }
        return distinct.count == 1 ? distinct[0] : intern(.choice(distinct))
    }

    mutating func group(_ first: Int, _ second: Int) -> Int {
        if first == Self.notAllowed || second == Self.notAllowed { return Self.notAllowed }
        if first == Self.empty { return second }
        if second == Self.empty { return first }
        return intern(.group(first, second))
    }

    mutating func interleave(_ first: Int, _ second: Int) -> Int {
        if first == Self.notAllowed || second == Self.notAllowed { return Self.notAllowed }
        if first == Self.empty { return second }
        if second == Self.empty { return first }
        return intern(.interleave(first, second))
    }

    mutating func after(_ first: Int, _ second: Int) -> Int {
        if first == Self.notAllowed || second == Self.notAllowed { return Self.notAllowed }
        return intern(.after(first, second))
    }

    mutating func oneOrMore(_ inner: Int) -> Int {
        inner == Self.notAllowed ? Self.notAllowed : intern(.oneOrMore(inner))
    }

    // MARK: Derivatives

    /// What an `after` pattern's continuation becomes (Clark's `applyAfter`).
    private enum Continuation {
        case group(Int), interleaveBefore(Int), interleaveAfter(Int), repeatOf(Int), after(Int)
    }

    private mutating func apply(_ continuation: Continuation, to pattern: Int) -> Int {
        switch continuation {
        case .group(let second): group(pattern, second)
        case .interleaveBefore(let second): interleave(pattern, second)
        case .interleaveAfter(let first): interleave(first, pattern)
        case .repeatOf(let repeated): group(pattern, choice(repeated, Self.empty))
        case .after(let next): after(pattern, next)
        }
    }

    private mutating func applyAfter(_ continuation: Continuation, _ pattern: Int) -> Int {
        switch patterns[pattern] {
        case .after(let first, let second): return after(first, apply(continuation, to: second))
        case .choice(let alternatives):
            var result = Self.notAllowed
            for alternative in alternatives { result = choice(result, applyAfter(continuation, alternative)) }
            return result
        default: return Self.notAllowed
        }
    }

    mutating func startTagOpen(_ pattern: Int, _ name: Int) -> Int {
        let key = Self.pair(pattern, name)
        if let known = startTagOpenMemo.value(key) { return known }
        let result: Int
        switch patterns[pattern] {
        case .choice(let alternatives):
            var union = Self.notAllowed
            for alternative in alternatives { union = choice(union, startTagOpen(alternative, name)) }
            result = union
        case .element(let elementName, let declaration):
            result = elementName == name ? after(elementContents[declaration], Self.empty) : Self.notAllowed
        case .interleave(let first, let second):
            let left = applyAfter(.interleaveBefore(second), startTagOpen(first, name))
            result = choice(left, applyAfter(.interleaveAfter(first), startTagOpen(second, name)))
        case .oneOrMore(let inner):
            result = applyAfter(.repeatOf(pattern), startTagOpen(inner, name))
        case .group(let first, let second):
            let left = applyAfter(.group(second), startTagOpen(first, name))
            result = isNullable[first] ? choice(left, startTagOpen(second, name)) : left
        case .after(let first, let second):
            result = applyAfter(.after(second), startTagOpen(first, name))
        default:
            result = Self.notAllowed
        }
        startTagOpenMemo.set(result, key)
        return result
    }

    /// The contents of the attribute patterns named `name` that an attribute could match in `pattern`.
    private mutating func attributeLeaves(_ pattern: Int, _ name: Int) -> [Int] {
        let key = Self.pair(pattern, name)
        if let known = attributeLeavesMemo.value(key) { return leafLists[known] }
        var leaves: [Int] = []
        func collect(_ pattern: Int) {
            switch patterns[pattern] {
            case .after(let first, _), .oneOrMore(let first): collect(first)
            case .choice(let alternatives): alternatives.forEach(collect)
            case .group(let first, let second), .interleave(let first, let second): collect(first); collect(second)
            case .attribute(let attributeName, let content):
                if attributeName == name && !leaves.contains(content) { leaves.append(content) }
            default: break
            }
        }
        collect(pattern)
        attributeLeavesMemo.set(leafLists.count, key)
        leafLists.append(leaves)
        return leaves
    }

    /// The derivative by an attribute `name` whose value matches exactly the attribute contents in
    /// `matching` (Clark's `attDeriv`).
    mutating func attribute(_ pattern: Int, _ name: Int, value: String, check: (inout DerivativeStore, Int, String) -> Bool) -> Int {
        let leaves = attributeLeaves(pattern, name)
        if leaves.isEmpty { return Self.notAllowed }
        return derivative(leaves: leaves, memo: .attribute, key: Self.pair(pattern, name)) { store, content in
            store.valueMatches(content, value, check: check)
        } derive: { store, matching in
            store.attributeDerivative(pattern, name, matching)
        }
    }

    private mutating func attributeDerivative(_ pattern: Int, _ name: Int, _ matching: Set<Int>) -> Int {
        switch patterns[pattern] {
        case .after(let first, let second):
            return after(attributeDerivative(first, name, matching), second)
        case .choice(let alternatives):
            var union = Self.notAllowed
            for alternative in alternatives { union = choice(union, attributeDerivative(alternative, name, matching)) }
            return union
        case .group(let first, let second):
            let left = group(attributeDerivative(first, name, matching), second)
            return choice(left, group(first, attributeDerivative(second, name, matching)))
        case .interleave(let first, let second):
            let left = interleave(attributeDerivative(first, name, matching), second)
            return choice(left, interleave(first, attributeDerivative(second, name, matching)))
        case .oneOrMore(let inner):
            return group(attributeDerivative(inner, name, matching), choice(pattern, Self.empty))
        case .attribute(let attributeName, let content):
            return attributeName == name && matching.contains(content) ? Self.empty : Self.notAllowed
        default:
            return Self.notAllowed
        }
    }

    /// Whether `text` matches `pattern` as an attribute value or a list token does.
    mutating func valueMatches(_ pattern: Int, _ text: String, check: (inout DerivativeStore, Int, String) -> Bool) -> Bool {
        if isNullable[pattern] && isWhitespace(text) { return true }
        return isNullable[self.text(pattern, text, check: check)]
    }

    mutating func startTagClose(_ pattern: Int) -> Int {
        if let known = startTagCloseMemo.value(UInt64(pattern)) { return known }
        let result: Int
        switch patterns[pattern] {
        case .after(let first, let second): result = after(startTagClose(first), second)
        case .choice(let alternatives):
            var union = Self.notAllowed
            for alternative in alternatives { union = choice(union, startTagClose(alternative)) }
            result = union
        case .group(let first, let second): result = group(startTagClose(first), startTagClose(second))
        case .interleave(let first, let second): result = interleave(startTagClose(first), startTagClose(second))
        case .oneOrMore(let inner): result = oneOrMore(startTagClose(inner))
        case .attribute: result = Self.notAllowed
        default: result = pattern
        }
        startTagCloseMemo.set(result, UInt64(pattern))
        return result
    }

    /// A derivative that depends on a text only through which of `leaves` it matches: every leaf is decided,
    /// one bit each, and the bits with `key` look up `memo`; only on a miss is the matching set made and
    /// the derivative computed. More than 64 leaves cannot be keyed by the bits and are not memoised.
    private mutating func derivative(
        leaves: [Int], memo: LeafMemo, key: UInt64,
        matches: (inout DerivativeStore, Int) -> Bool, derive: (inout DerivativeStore, Set<Int>) -> Int
    ) -> Int {
        var verdicts: UInt64 = 0
        var matching: Set<Int> = []
        for (index, leaf) in leaves.enumerated() where matches(&self, leaf) {
            if index < 64 { verdicts |= 1 << UInt64(index) } else { matching.insert(leaf) }
        }
        let memoised = leaves.count <= 64
        if memoised, let known = memoValue(memo, key, verdicts) { return known }
        for index in leaves.indices.prefix(64) where verdicts & (1 << UInt64(index)) != 0 { matching.insert(leaves[index]) }
        let result = derive(&self, matching)
        if memoised {
            switch memo {
            case .attribute: attributeMemo.set(result, key, verdicts)
            case .text: textMemo.set(result, key, verdicts)
            }
        }
        return result
    }

    /// The memo tables keyed by leaf verdicts (an enumeration, not a key path: projecting a key path costs
    /// more than the lookup).
    private enum LeafMemo { case attribute, text }

    private func memoValue(_ memo: LeafMemo, _ key: UInt64, _ verdicts: UInt64) -> Int? {
        switch memo {
        case .attribute: attributeMemo.value(key, verdicts)
        case .text: textMemo.value(key, verdicts)
        }
    }

    /// The `value`, `data` and `list` leaves a text could match in `pattern`.
    private mutating func textLeaves(_ pattern: Int) -> [Int] {
        if let known = textLeavesMemo.value(UInt64(pattern)) { return leafLists[known] }
        var leaves: [Int] = []
        func collect(_ pattern: Int) {
            switch patterns[pattern] {
            case .choice(let alternatives): alternatives.forEach(collect)
            case .interleave(let first, let second): collect(first); collect(second)
            case .group(let first, let second): collect(first); if isNullable[first] { collect(second) }
            case .after(let first, _), .oneOrMore(let first): collect(first)
            case .value, .data, .list: if !leaves.contains(pattern) { leaves.append(pattern) }
            default: break
            }
        }
        collect(pattern)
        textLeavesMemo.set(leafLists.count, UInt64(pattern))
        leafLists.append(leaves)
        return leaves
    }

    /// The derivative by a text (Clark's `textDeriv`). `check` decides a `data` or `value` leaf.
    mutating func text(_ pattern: Int, _ text: String, check: (inout DerivativeStore, Int, String) -> Bool) -> Int {
        derivative(leaves: textLeaves(pattern), memo: .text, key: UInt64(pattern)) { store, leaf in
            store.leafMatches(leaf, text, check: check)
        } derive: { store, matching in
            store.textDerivative(pattern, matching)
        }
    }

    private mutating func leafMatches(_ leaf: Int, _ text: String, check: (inout DerivativeStore, Int, String) -> Bool) -> Bool {
        guard case .list(let item) = patterns[leaf] else { return check(&self, leaf, text) }
        var remaining = item
        for token in xmlTokens(text) {
            remaining = self.text(remaining, String(token), check: check)
            if remaining == Self.notAllowed { return false }
        }
        return isNullable[remaining]
    }

    private mutating func textDerivative(_ pattern: Int, _ matching: Set<Int>) -> Int {
        switch patterns[pattern] {
        case .choice(let alternatives):
            var union = Self.notAllowed
            for alternative in alternatives { union = choice(union, textDerivative(alternative, matching)) }
            return union
        case .interleave(let first, let second):
            let left = interleave(textDerivative(first, matching), second)
            return choice(left, interleave(first, textDerivative(second, matching)))
        case .group(let first, let second):
            let left = group(textDerivative(first, matching), second)
            return isNullable[first] ? choice(left, textDerivative(second, matching)) : left
        case .after(let first, let second):
            return after(textDerivative(first, matching), second)
        case .oneOrMore(let inner):
            return group(textDerivative(inner, matching), choice(pattern, Self.empty))
        case .text:
            return pattern
        case .value, .data, .list:
            return matching.contains(pattern) ? Self.empty : Self.notAllowed
        default:
            return Self.notAllowed
        }
    }

    mutating func endTag(_ pattern: Int) -> Int {
        if let known = endTagMemo.value(UInt64(pattern)) { return known }
        let result: Int
        switch patterns[pattern] {
        case .choice(let alternatives):
            var union = Self.notAllowed
            for alternative in alternatives { union = choice(union, endTag(alternative)) }
            result = union
        case .after(let first, let second): result = isNullable[first] ? second : Self.notAllowed
        default: result = Self.notAllowed
        }
        endTagMemo.set(result, UInt64(pattern))
        return result
    }
}

/// One validation: the walk over a document, with the `xsd:ID` values seen so far.
struct DocumentWalk {
    let datatypes: [XSDDatatype]
    let elementNames: NameTable
    /// By qualified name: `xml:id`, `ref` (a name with another prefix is not found, and the document is
    /// left to libxml2).
    let attributeNames: NameTable
    /// `xsd:ID` values seen, with the number of the text that registered each (a value may be checked more
    /// than once for the same attribute, once per pattern that could take it).
    private var identifiers: [String: Int] = [:]
    private var textNumber = 0

    init(datatypes: [XSDDatatype], elementNames: NameTable, attributeNames: NameTable) {
        self.datatypes = datatypes
        self.elementNames = elementNames
        self.attributeNames = attributeNames
    }

    mutating func accepts(_ root: XMLElement, store: inout DerivativeStore) -> Bool {
        let after = child(store.start, root, parentNamespace: "", store: &store)
        return store.isNullable[after]
    }

    private mutating func child(_ pattern: Int, _ element: XMLElement, parentNamespace: String, store: inout DerivativeStore) -> Int {
        let namespace = element.namespaceURI ?? parentNamespace
        guard let name = elementNames.number(namespace: namespace, local: element.name) else {
            return DerivativeStore.notAllowed
        }
        var current = store.startTagOpen(pattern, name)
        for attribute in element.attributes {
            guard current != DerivativeStore.notAllowed,
                  let attributeName = attributeNames.number(namespace: "", local: attribute.name)
            else { return DerivativeStore.notAllowed }
            textNumber += 1
            current = store.attribute(current, attributeName, value: attribute.value) { self.leafAccepts($1, $2, store: &$0) }
        }
        current = store.startTagClose(current)
        current = children(current, element.children, namespace: namespace, store: &store)
        return current == DerivativeStore.notAllowed ? current : store.endTag(current)
    }

    /// Clark's `childrenDeriv`: text runs merged across comments and processing instructions (which RELAX
    /// NG does not see); white-space-only runs between elements dropped.
    private mutating func children(_ pattern: Int, _ nodes: [XMLNode], namespace: String, store: inout DerivativeStore) -> Int {
        guard pattern != DerivativeStore.notAllowed else { return pattern }
        let hasElements = nodes.contains { if case .element = $0 { true } else { false } }
        if !hasElements {
            var text = ""
            for case .text(let piece) in nodes { text += piece }
            let derivative = self.text(pattern, text, store: &store)
            return isWhitespace(text) ? store.choice(pattern, derivative) : derivative
        }
        var current = pattern
        var run = ""
        for node in nodes {
            switch node {
            case .text(let piece): run += piece
            case .comment, .processingInstruction: continue
            case .element(let element):
                if !run.isEmpty && !isWhitespace(run) { current = text(current, run, store: &store) }
                run = ""
                current = child(current, element, parentNamespace: namespace, store: &store)
            }
            if current == DerivativeStore.notAllowed { return current }
        }
        if !run.isEmpty && !isWhitespace(run) { current = text(current, run, store: &store) }
        return current
    }

    /// The derivative by one text of the document (numbered, for the `xsd:ID` and collapsing records).
    private mutating func text(_ pattern: Int, _ text: String, store: inout DerivativeStore) -> Int {
        textNumber += 1
        return store.text(pattern, text) { self.leafAccepts($1, $2, store: &$0) }
    }

    /// Whether the text being matched is collapsed, found out once per text (number) and remembered.
    private var collapsedVerdict: (textNumber: Int, text: String, isCollapsed: Bool) = (-1, "", false)

    private mutating func textIsCollapsed(_ text: String) -> Bool {
        if collapsedVerdict.textNumber == textNumber && collapsedVerdict.text == text { return collapsedVerdict.isCollapsed }
        let verdict = isCollapsed(text)
        collapsedVerdict = (textNumber, text, verdict)
        return verdict
    }

    /// Decides a `value` or `data` leaf; an `xsd:ID` must not repeat within the document.
    private mutating func leafAccepts(_ leaf: Int, _ text: String, store: inout DerivativeStore) -> Bool {
        switch store.patterns[leaf] {
        case .value(let index):
            let value = store.values[index]
            return text == value || (!textIsCollapsed(text) && collapsedWhitespace(text) == value)
        case .data(let index):
            let datatype = datatypes[index]
            guard store.datatypeAccepts(datatype, number: index, text) else { return false }
            if datatype.isIdentifier {
                let number = textNumber
                let identifier = textIsCollapsed(text) ? text : collapsedWhitespace(text)
                return identifiers.updateValue(number, forKey: identifier).map { $0 == number } ?? true
            }
            return true
        default:
            return false
        }
    }
}

let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

/// An open-addressing hash table from one or two 64-bit keys to a number: the memo tables of the
/// derivatives, looked up several times per element. (Swift's `Dictionary` hashes with SipHash, which
/// costs more than these lookups should.) Keys and value share a slot, so a probe reads one cache line: the
/// tables outgrow the caches, and a lookup that read three arrays waited for memory three times.
struct MemoTable {
    private struct Slot {
        var first: UInt64
        var second: UInt64
        /// -1 marks an empty slot.
        var value: Int32
    }

    private var slots: [Slot]
    private var count = 0

    init(capacity: Int = 256) {
        slots = Array(repeating: Slot(first: 0, second: 0, value: -1), count: capacity)
    }

    private static func slot(_ first: UInt64, _ second: UInt64, mask: Int) -> Int {
        var hash = first &* 0x9E37_79B9_7F4A_7C15 ^ second &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash) & mask
    }

    func value(_ first: UInt64, _ second: UInt64 = 0) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.slot(first, second, mask: mask)
            while slots[index].value >= 0 {
                if slots[index].first == first && slots[index].second == second { return Int(slots[index].value) }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// Records a value for a key not yet in the table.
    mutating func set(_ value: Int, _ first: UInt64, _ second: UInt64 = 0) {
        if (count + 1) * 2 > slots.count {
            var larger = MemoTable(capacity: slots.count * 2)
            for slot in slots where slot.value >= 0 { larger.set(Int(slot.value), slot.first, slot.second) }
            self = larger
        }
        let mask = slots.count - 1
        var index = Self.slot(first, second, mask: mask)
        while slots[index].value >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(first: first, second: second, value: Int32(truncatingIfNeeded: value))
        count += 1
    }
}

/// FNV-1a of the UTF-8 bytes of `text`, folded: a cheap hash for short names and values.
func fnv1a(_ text: String, seed: UInt64 = 0) -> Int {
    func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
    let value = text.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(text.utf8)
    return Int(truncatingIfNeeded: value ^ value >> 29)
}

/// Verdicts of datatypes on values: an open-addressing table hashed with FNV-1a (cheaper than `Dictionary`'s
/// SipHash on strings). Emptied when half full, so its size is fixed. A slot holds the value's full hash, the
/// datatype and the verdict; the value itself, kept apart, is read only when the hashes agree (one cache
/// line per probe of a table larger than the caches).
struct DatatypeVerdicts {
    private struct Slot {
        var hash: UInt64
        var datatype: Int32
        /// 0 empty, 1 accepted, 2 refused.
        var verdict: UInt8
    }

    private var slots: [Slot]
    private var values: [String]
    private var count = 0
    static let capacity = 1 << 16

    init() {
        slots = Array(repeating: Slot(hash: 0, datatype: 0, verdict: 0), count: Self.capacity)
        values = Array(repeating: "", count: Self.capacity)
    }

    private static func hash(_ datatype: Int, _ value: String) -> UInt64 {
        UInt64(bitPattern: Int64(fnv1a(value, seed: UInt64(datatype) &* 0x9E37_79B9_7F4A_7C15)))
    }

    func verdict(_ datatype: Int, _ value: String) -> Bool? {
        let hash = Self.hash(datatype, value)
        var index = Int(truncatingIfNeeded: hash) & (Self.capacity - 1)
        while slots[index].verdict != 0 {
            if slots[index].hash == hash && slots[index].datatype == Int32(datatype) && values[index] == value {
                return slots[index].verdict == 1
            }
            index = (index + 1) & (Self.capacity - 1)
        }
        return nil
    }

    mutating func record(_ verdict: Bool, _ datatype: Int, _ value: String) {
        if count >= Self.capacity / 2 {
            self = DatatypeVerdicts()
        }
        let hash = Self.hash(datatype, value)
        var index = Int(truncatingIfNeeded: hash) & (Self.capacity - 1)
        while slots[index].verdict != 0 { index = (index + 1) & (Self.capacity - 1) }
        slots[index] = Slot(hash: hash, datatype: Int32(datatype), verdict: verdict ? 1 : 2)
        values[index] = value
        count += 1
    }
}

/// Names by namespace and local name, hashed on the bytes of the local name (FNV-1a).
struct NameTable: Sendable {
    private var slots: [(namespace: String, local: String, number: Int)?]

    init(_ names: [(namespace: String, local: String, number: Int)]) {
        var capacity = 16
        while capacity < names.count * 4 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        for name in names {
            var slot = Self.hash(name.local) & (capacity - 1)
            while slots[slot] != nil { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = name
        }
    }

    private static func hash(_ local: String) -> Int { fnv1a(local) }

    func number(namespace: String, local: String) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(local) & mask
        while let entry = slots[slot] {
            if entry.local == local && entry.namespace == namespace { return entry.number }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
private let relaxNGNamespace = "http://relaxng.org/ns/structure/1.0"
private let xsdLibrary = "http://www.w3.org/2001/XMLSchema-datatypes"

/// XML white space only (or nothing).
func isWhitespace(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
}

/// Whether `text` is its own collapsed form: no XML white space but single spaces between other characters.
func isCollapsed(_ text: String) -> Bool {
    var previousIsSpace = true  // a space at the start is not collapsed
    for byte in text.utf8 {
        if byte == 0x09 || byte == 0x0A || byte == 0x0D { return false }
        let isSpace = byte == 0x20
        if isSpace && previousIsSpace { return false }
        previousIsSpace = isSpace
    }
    return !previousIsSpace || text.isEmpty
}

/// White space collapsed as the built-in `token` type does: runs of XML white space become one space,
/// none at either end.
func collapsedWhitespace(_ text: String) -> String {
    xmlTokens(text).joined(separator: " ")
}

/// The pieces of `text` between runs of XML white space (the tokens of a `list`).
func xmlTokens(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
}

/// An XML Schema built-in datatype with its facets, checked by libxml2 as its RELAX NG validator checks it.
final class XSDDatatype: @unchecked Sendable {
    /// `nil` for the built-in library's `string` and `token`, which accept every text.
    private let type: xmlSchemaTypePtr?
    private let facets: UnsafeMutableBufferPointer<xmlSchemaFacetPtr?>
    /// Values of `xsd:ID` must be unique in a document.
    let isIdentifier: Bool

    /// The datatype `name` of `library` with `parameters` (facet name, value); `nil` when libxml2's RELAX NG
    /// validator does not know the type or a facet.
    init?(library: String, name: String, parameters: [(String, String)]) {
        if library.isEmpty {
            guard name == "string" || name == "token", parameters.isEmpty else { return nil }
            type = nil
            facets = .allocate(capacity: 0)
            isIdentifier = false
            return
        }
        guard library == xsdLibrary, let type = teigram_xsd_type(name) else { return nil }
        var facets: [xmlSchemaFacetPtr?] = []
        for (facet, value) in parameters {
            guard let compiled = teigram_xsd_facet(type, name, facet, value) else {
                facets.forEach { teigram_xsd_free_facet($0) }
                return nil
            }
            facets.append(compiled)
        }
        self.type = type
        self.facets = .allocate(capacity: facets.count)
        _ = self.facets.initialize(from: facets)
        isIdentifier = name == "ID"
    }

    deinit {
        facets.forEach { teigram_xsd_free_facet($0) }
        facets.deallocate()
    }

    /// Whether `value` belongs to the type and satisfies its facets. Thread-safe.
    func accepts(_ value: String) -> Bool {
        guard let type else { return true }
        return value.withCString { teigram_xsd_check(type, facets.baseAddress, Int32(facets.count), $0) == 1 }
    }
}

/// Turns the XML syntax of a RELAX NG schema into derivative patterns.
struct DerivativeCompiler {
    var store = DerivativeStore()
    var datatypes: [XSDDatatype] = []
    var elementNames: [ExpandedName: Int] = [:]
    var attributeNames: [ExpandedName: Int] = [:]
    private var definitions: [String: [XMLElement]] = [:]
    private var definitionContext: [String: Context] = [:]
    private var compiledDefinitions: [String: Int] = [:]
    private var definitionsInProgress: Set<String> = []
    /// Element declarations whose content is compiled after the pattern that holds them (recursion).
    private var pendingContents: [(declaration: Int, children: [XMLElement], context: Context)] = []
    private var datatypeNumbers: [String: Int] = [:]

    /// The inherited `ns` and `datatypeLibrary`.
    struct Context {
        var namespace: String
        var library: String
    }

    /// The start pattern, or `nil` for a schema using what this compiler does not implement.
    mutating func compileSchema(_ root: XMLElement) -> Int? {
        guard root.namespaceURI == relaxNGNamespace else { return nil }
        let context = Context(namespace: root[attribute: "ns"] ?? "", library: root[attribute: "datatypeLibrary"] ?? "")
        let start: Int?
        if localName(root) == "grammar" {
            var starts: [(XMLElement, Context)] = []
            guard collectGrammar(root, context: context, starts: &starts), let (element, startContext) = starts.first,
                  starts.count == 1 else { return nil }
            start = compileGroup(element.childElements.filter(isPattern), context: startContext)
        } else {
            start = compile(root, context: context)
        }
        guard let start else { return nil }
        while let pending = pendingContents.popLast() {
            guard let content = compileGroup(pending.children, context: pending.context) else { return nil }
            store.elementContents[pending.declaration] = content
        }
        return start
    }

    private func localName(_ element: XMLElement) -> String {
        guard let colon = element.name.firstIndex(of: ":") else { return element.name }
        return String(element.name[element.name.index(after: colon)...])
    }

    private func isPattern(_ element: XMLElement) -> Bool { element.namespaceURI == relaxNGNamespace }

    private mutating func collectGrammar(_ grammar: XMLElement, context: Context, starts: inout [(XMLElement, Context)]) -> Bool {
        for child in grammar.childElements where isPattern(child) {
            let childContext = context.inheriting(child)
            switch localName(child) {
            case "start":
                guard child[attribute: "combine"] == nil else { return false }
                starts.append((child, childContext))
            case "define":
                guard let name = child[attribute: "name"], child[attribute: "combine"] == nil,
                      definitions[name] == nil else { return false }
                definitions[name] = child.childElements.filter(isPattern)
                definitionContext[name] = childContext
            case "div":
                guard collectGrammar(child, context: childContext, starts: &starts) else { return false }
            default:
                return false  // include and anything else
            }
        }
        return true
    }

    /// The patterns of `elements` combined from `initial` (`group`, `choice` or `interleave`).
    private mutating func compileFold(
        _ elements: [XMLElement], context: Context, from initial: Int, _ combine: (inout DerivativeStore, Int, Int) -> Int
    ) -> Int? {
        var result = initial
        for element in elements {
            guard let pattern = compile(element, context: context) else { return nil }
            result = combine(&store, result, pattern)
        }
        return result
    }

    private mutating func compileGroup(_ elements: [XMLElement], context: Context) -> Int? {
        compileFold(elements, context: context, from: DerivativeStore.empty) { $0.group($1, $2) }
    }

    private mutating func compile(_ element: XMLElement, context outer: Context) -> Int? {
        let context = outer.inheriting(element)
        let children = element.childElements.filter(isPattern)
        switch localName(element) {
        case "empty": return DerivativeStore.empty
        case "notAllowed": return DerivativeStore.notAllowed
        case "text": return DerivativeStore.text
        case "group": return compileGroup(children, context: context)
        case "choice":
            guard !children.isEmpty else { return nil }
            return compileFold(children, context: context, from: DerivativeStore.notAllowed) { $0.choice($1, $2) }
        case "interleave":
            return compileFold(children, context: context, from: DerivativeStore.empty) { $0.interleave($1, $2) }
        case "mixed":
            return compileGroup(children, context: context).map { store.interleave($0, DerivativeStore.text) }
        case "optional":
            return compileGroup(children, context: context).map { store.choice($0, DerivativeStore.empty) }
        case "zeroOrMore":
            return compileGroup(children, context: context).map { store.choice(store.oneOrMore($0), DerivativeStore.empty) }
        case "oneOrMore":
            return compileGroup(children, context: context).map { store.oneOrMore($0) }
        case "list":
            return compileGroup(children, context: context).map { store.intern(.list($0)) }
        case "ref":
            guard let name = element[attribute: "name"] else { return nil }
            return compileDefinition(name)
        case "element":
            guard let (name, content) = nameAndContent(element, children, context: context, isAttribute: false) else { return nil }
            let declaration = store.elementContents.count
            store.elementContents.append(DerivativeStore.notAllowed)
            pendingContents.append((declaration, content, context))
            return store.intern(.element(name: name, declaration: declaration))
        case "attribute":
            guard let (name, content) = nameAndContent(element, children, context: context, isAttribute: true),
                  let value = content.isEmpty ? DerivativeStore.text : compileGroup(content, context: context)
            else { return nil }
            return store.intern(.attribute(name: name, content: value))
        case "value":
            guard element[attribute: "type"] == nil else { return nil }  // typed values: libxml2 compares them
            let text = element.textContent
            let index = store.values.count
            store.values.append(collapsedWhitespace(text))
            return store.intern(.value(index))
        case "data":
            guard let type = element[attribute: "type"] else { return nil }
            var parameters: [(String, String)] = []
            for child in children {
                guard localName(child) == "param", let name = child[attribute: "name"] else { return nil }  // except
                parameters.append((name, child.textContent))
            }
            let key = ([context.library, type] + parameters.flatMap { [$0.0, $0.1] }).joined(separator: "\u{0}")
            if let known = datatypeNumbers[key] { return store.intern(.data(known)) }
            guard let datatype = XSDDatatype(library: context.library, name: type, parameters: parameters) else { return nil }
            datatypes.append(datatype)
            datatypeNumbers[key] = datatypes.count - 1
            return store.intern(.data(datatypes.count - 1))
        default:
            return nil  // externalRef, parentRef, grammar, name classes: not implemented here
        }
    }

    private mutating func compileDefinition(_ name: String) -> Int? {
        if let known = compiledDefinitions[name] { return known }
        guard let body = definitions[name], let context = definitionContext[name],
              definitionsInProgress.insert(name).inserted else { return nil }  // unknown, or a loop without element
        defer { definitionsInProgress.remove(name) }
        guard let pattern = compileGroup(body, context: context) else { return nil }
        compiledDefinitions[name] = pattern
        return pattern
    }

    /// The name (from the `name` attribute or a single `name` child) and the content patterns.
    private mutating func nameAndContent(
        _ element: XMLElement, _ children: [XMLElement], context: Context, isAttribute: Bool
    ) -> (Int, [XMLElement])? {
        var qualified: String
        var namespace: String
        var content = children
        if let name = element[attribute: "name"] {
            qualified = name
            namespace = isAttribute ? (element[attribute: "ns"] ?? "") : context.namespace
        } else if let first = children.first, localName(first) == "name" {
            qualified = collapsedWhitespace(first.textContent)  // a name has no inner white space to collapse
            namespace = first[attribute: "ns"] ?? (isAttribute ? "" : context.namespace)
            content.removeFirst()
        } else {
            return nil  // anyName, nsName, choice of names
        }
        if let colon = qualified.firstIndex(of: ":") {
            guard qualified[..<colon] == "xml" else { return nil }  // other prefixes would need the schema's declarations
            namespace = xmlNamespace
            qualified = String(qualified[qualified.index(after: colon)...])
        }
        let expanded = ExpandedName(namespace: namespace, local: qualified)
        return (isAttribute ? Self.number(of: expanded, in: &attributeNames) : Self.number(of: expanded, in: &elementNames), content)
    }

    /// The number of `name` in `names`, the next one (from 1) when it is new.
    private static func number(of name: ExpandedName, in names: inout [ExpandedName: Int]) -> Int {
        if let known = names[name] { return known }
        names[name] = names.count + 1
        return names.count
    }
}

extension DerivativeCompiler.Context {
    /// The context below `element`: its own `ns` and `datatypeLibrary` when it has them.
    func inheriting(_ element: XMLElement) -> Self {
        Self(namespace: element[attribute: "ns"] ?? namespace, library: element[attribute: "datatypeLibrary"] ?? library)
    }
}
