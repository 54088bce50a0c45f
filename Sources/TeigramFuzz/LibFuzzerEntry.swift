import Foundation

// libFuzzer's entry points. They are compiled in every build (so a plain `swift build` type-checks them), but
// only the fuzz build (`Scripts/fuzz.sh`: `-sanitize=fuzzer,address -DTEIGRAM_FUZZING`) links libFuzzer.
//
// Why `fuzzMain` below: an executable target needs a `main`, and libFuzzer brings its own. SwiftPM compiles an
// executable module's entry point as `<Module>_main` and links with `--defsym main=TeigramFuzz_main` (so tests
// can link executables), which would fail without a `@main`. So the fuzz build defines `TeigramFuzz_main`
// itself and hands over to libFuzzer's driver (`LLVMFuzzerRunDriver`, what libFuzzer's own `main` calls);
// the plain build's `main` is `ReplayCommand` (Replay.swift), a replay tool.

/// The target chosen by `TEIGRAM_FUZZ_TARGET` (encode, text or validate), read once.
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["TEIGRAM_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(
            Data(
                "TeigramFuzz: set TEIGRAM_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n"
                    .utf8))
        exit(2)
    }
    return target
}()

/// Loads the fixtures before the first input, so their cost is not charged to it (nor to `-timeout`).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    _ = selectedTarget
    _ = FuzzFixtures.shared
    return 0
}

/// One input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { [UInt8](UnsafeBufferPointer(start: $0, count: count)) } ?? []
    selectedTarget.run(bytes)
    return 0
}

#if TEIGRAM_FUZZING
    /// libFuzzer's driver: `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *, size_t))`.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The process entry point of the fuzz build (see above).
    @_cdecl("TeigramFuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { start, size in fuzzTestOneInput(start, size) }
    }
#endif
