import Foundation
import TeigramCore
import TeigramXML

/// Tagging cost against authority size and text length.
public struct TaggingScale: Sendable {
    /// One authority and text length.
    public struct Row: Sendable {
        /// The authority.
        public var authority: String
        /// Names in its index.
        public var names: Int
        /// Length factor of the texts.
        public var factor: Int
        /// Texts.
        public var documents: Int
        /// Their UTF-8 bytes.
        public var bytes: Int
        /// Mentions found in one pass over all texts.
        public var mentions: Int
        /// Seconds of the tagger (``EntityTagger``) for one pass over all texts.
        public var taggerSeconds: Double
        /// Seconds of ``TEIWriter`` (tagging and building the tree) for one pass.
        public var writerSeconds: Double
    }

    /// Seconds to parse the generated authority and build its index.
    public var authorityLoadSeconds = 0.0
    /// The rows, real authority first.
    public var rows: [Row] = []
}
