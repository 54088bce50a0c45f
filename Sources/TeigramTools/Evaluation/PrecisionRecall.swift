import TeigramCore
import TeigramXML

/// Precision and recall for one entity kind.
public struct PrecisionRecall: Sendable, Equatable {
    /// Matches.
    public var truePositives = 0
    /// Predicted, not in the gold.
    public var falsePositives = 0
    /// In the gold, not predicted.
    public var falseNegatives = 0

    /// tp / (tp + fp), 1 when nothing was predicted.
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// tp / (tp + fn), 1 when the gold is empty.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    /// Harmonic mean.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
