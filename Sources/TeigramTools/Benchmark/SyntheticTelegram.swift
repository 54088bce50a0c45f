import Foundation
import TeigramCore

/// One generated raw telegram.
public struct SyntheticTelegram: Sendable, Equatable {
    /// Base name (`<name>.txt`), unique in the corpus.
    public var name: String
    /// The raw text, UTF-8.
    public var bytes: [UInt8]
}
