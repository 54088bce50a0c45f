import ArgumentParser
import Foundation
import TeigramCore

/// Exit status shared by the subcommands: 0 success, 1 invalid or failed input, 2 usage or I/O errors.
enum ExitStatus {
    static let invalid = ExitCode(1)
    static let usage = ExitCode(2)
}
