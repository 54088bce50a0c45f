import Foundation
import TeigramCore
import TeigramXML

/// `teigram validate` against `xmllint` on the same files.
public struct ValidateComparison: Sendable {
    /// One way of validating the files.
    public struct Row: Sendable {
        /// What ran.
        public var label: String
        /// Seconds for all files.
        public var seconds: Double
        /// Exit status or count of invalid files (0: all valid).
        public var status: Int
    }

    /// Files.
    public var files = 0
    /// Their bytes.
    public var bytes = 0
    /// The rows.
    public var rows: [Row] = []
}
