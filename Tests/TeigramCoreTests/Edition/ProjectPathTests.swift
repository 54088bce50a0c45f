import Foundation
import Testing
@testable import TeigramCore

@Suite("Project paths")
struct ProjectPathTests {
    /// The bridging-free path split must name the same files as Foundation's path methods.
    @Test(arguments: [
        "a/b.txt", "b.txt", "a/.hidden", "a/name.", "a/x.tar.gz", "/abs/dir/f.meta", "a/b/", "noext", "a.b/c",
        "a/..txt", "", "/", "./x.txt", "a//b.txt", "Corpus/1950-05-13_roshchin-to-filippov.txt",
        "Корпус/телеграмма.txt",
    ])
    func sameNamesAsFoundation(_ path: String) {
        #expect(Project.baseName(path) == ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        #expect(Project.sidecarPath(for: path) == (path as NSString).deletingPathExtension + ".meta")
        #expect(Project.fileName(path) == (path as NSString).lastPathComponent)
    }
}
