// swift-tools-version:6.0
import PackageDescription

/// Teigram: archival telegrams → TEI P5.
///
/// Layers (see ARCHITECTURE.md):
/// - `CLibXML2`: the system libxml2 (pkg-config `libxml-2.0`, Debian `libxml2-dev`).
/// - `TeigramXML`: the only target that imports libxml2; offers Swift values only.
/// - `TeigramDefaults`: the bundled schema and the built-in authority, embedded at build time by the
///   `EmbedDefaults` plugin (it runs `Scripts/embed-defaults.sh`), so the executable works from any directory.
/// - `TeigramCore`: reading raw telegrams, tagging, TEI writing, validation rules, text extraction.
/// - `TeigramTools`: tooling beside the pipeline: `teigram bench` and `teigram evaluate`.
/// - `teigram`: the thin command-line tool.
/// - `TeigramFuzz`: libFuzzer targets (encode, text, validate) over TeigramCore's API; `Scripts/fuzz.sh`
///   builds it with `-sanitize=fuzzer,address`, a plain build gives a replay tool (see its Replay.swift).
let package = Package(
    name: "Teigram",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "teigram", targets: ["teigram"]),
        .library(name: "TeigramCore", targets: ["TeigramCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TeigramXML", dependencies: ["CLibXML2"]),
        .plugin(
            name: "EmbedDefaults",
            capability: .buildTool(),
            path: "Sources/EmbedDefaultsPlugin"
        ),
        .target(name: "TeigramDefaults", exclude: ["Authority", "Names"], plugins: ["EmbedDefaults"]),
        .target(
            name: "TeigramCore", dependencies: ["TeigramXML", "TeigramDefaults"], exclude: ["TextFastPaths/README.md"]),
        .target(name: "TeigramTools", dependencies: ["TeigramCore", "TeigramXML"]),
        .executableTarget(
            name: "teigram",
            dependencies: [
                "TeigramCore",
                "TeigramTools",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "TeigramFuzz", dependencies: ["TeigramCore"]),
        .testTarget(name: "TeigramXMLTests", dependencies: ["TeigramXML"]),
        .testTarget(
            name: "TeigramCoreTests",
            dependencies: ["TeigramCore", "TeigramXML", "TeigramDefaults", "TeigramTools"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
