// swift-tools-version: 6.1
import PackageDescription

// Every Swift target is built in Swift 6 mode with strict concurrency and `ExistentialAny`.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Skiff",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skiff", targets: ["skiff"]),
        .library(name: "SkiffAPI", targets: ["SkiffAPI"]),
        .library(name: "SkiffClient", targets: ["SkiffClient"]),
        .library(name: "SkiffWire", targets: ["SkiffWire"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries: shims only.
        .systemLibrary(name: "CLibUV", pkgConfig: "libuv", providers: [.apt(["libuv1-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // The runtime: libuv loop thread, executors, timers, TCP, processes, signals, time.
        .target(name: "SkiffLoop", dependencies: ["CLibUV"], swiftSettings: strict),
        // Deterministic doubles for tests: the manual time source.
        .target(name: "SkiffLoopTesting", dependencies: ["SkiffLoop"], swiftSettings: strict),
        // Shared test fixtures for suites that drive an API server: the harness, sample objects,
        // watch and informer helpers.
        .target(
            name: "SkiffAPITesting",
            dependencies: ["SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffLoop", "SkiffLoopTesting", "SkiffStore"],
            swiftSettings: strict
        ),

        // The API types, their JSON/YAML codec, quantities, selectors and Status errors.
        .target(
            name: "SkiffAPI",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // The MVCC store protocol and its embedded SQLite backend.
        .target(name: "SkiffStore", dependencies: ["CSQLite", "SkiffLoop"], swiftSettings: strict),
        // How components talk: APIClient, Informer, WorkQueue.
        .target(name: "SkiffClient", dependencies: ["SkiffAPI", "SkiffLoop"], swiftSettings: strict),
        // REST semantics over the store, and the in-process APIClient.
        .target(
            name: "SkiffAPIServer",
            dependencies: ["SkiffAPI", "SkiffStore", "SkiffClient", "SkiffLoop"],
            swiftSettings: strict
        ),

        // The scheduler: scheduling queue, node cache and snapshot, framework, plugins and binding.
        .target(name: "SkiffScheduler", dependencies: ["SkiffAPI", "SkiffClient", "SkiffLoop"], swiftSettings: strict),

        // The controllers (ReplicaSet, Deployment, garbage collector, node lifecycle, namespace) and
        // the manager that runs them on shared informers; they talk only through `APIClient`.
        .target(name: "SkiffControllers", dependencies: ["SkiffAPI", "SkiffClient", "SkiffLoop"], swiftSettings: strict),
        // The kubelet: node registration and lease, pod workers, probes, volumes, logs, and the
        // `ContainerRuntime` protocol with its process and simulated runtimes.
        .target(name: "SkiffKubelet", dependencies: ["SkiffAPI", "SkiffClient", "SkiffLoop"], swiftSettings: strict),

        // The framed TCP transport, client side: frames, protocol messages and `RemoteClient`.
        // It must not depend on `SkiffAPIServer`, so a component process links no server code.
        .target(name: "SkiffWire", dependencies: ["SkiffAPI", "SkiffClient", "SkiffLoop"], swiftSettings: strict),
        // The framed TCP transport, server side: exposes an `APIServer` to `RemoteClient`s.
        .target(name: "SkiffWireServer", dependencies: ["SkiffWire", "SkiffAPI", "SkiffAPIServer", "SkiffLoop"], swiftSettings: strict),

        // Assembles components: the apiserver role, and the all-in-one cluster of `skiff up`.
        .target(
            name: "SkiffCluster",
            dependencies: [
                "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffControllers", "SkiffKubelet", "SkiffLoop", "SkiffScheduler",
                "SkiffStore", "SkiffWireServer",
            ],
            swiftSettings: strict
        ),

        // The scheduler_perf-style throughput benchmark, shared by `SkiffBenchmarks` and `skiff bench schedule`.
        .target(
            name: "SkiffSchedulingBenchmark",
            dependencies: [
                "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffLoop", "SkiffScheduler", "SkiffStore", "SkiffWire",
                "SkiffWireServer",
            ],
            swiftSettings: strict
        ),

        // The kubectl-shaped client commands (apply, create, get, describe, delete, scale, version),
        // their printers, and the logic behind them, testable against any `APIClient`.
        .target(
            name: "SkiffCLI",
            dependencies: [
                "SkiffAPI", "SkiffClient", "SkiffControllers", "SkiffWire", "SkiffLoop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),

        .executableTarget(
            name: "skiff",
            dependencies: [
                "SkiffAPI", "SkiffAPIServer", "SkiffCLI", "SkiffClient", "SkiffCluster", "SkiffControllers", "SkiffKubelet",
                "SkiffLoop", "SkiffScheduler", "SkiffSchedulingBenchmark", "SkiffStore", "SkiffWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),

        // The child process of the store's crash-durability test: writes until it is killed.
        .executableTarget(name: "store-crash-writer", dependencies: ["SkiffStore"], swiftSettings: strict),

        .executableTarget(
            name: "SkiffBenchmarks",
            dependencies: [
                "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffCluster", "SkiffLoop", "SkiffSchedulingBenchmark",
                "SkiffStore", "SkiffWire", "SkiffWireServer",
            ],
            path: "Benchmarks/SkiffBenchmarks",
            swiftSettings: strict
        ),

        .testTarget(name: "SkiffLoopTests", dependencies: ["SkiffLoop", "SkiffLoopTesting"], swiftSettings: strict),
        .testTarget(name: "SkiffAPITests", dependencies: ["SkiffAPI", "SkiffLoop"], swiftSettings: strict),
        .testTarget(
            name: "SkiffWireTests",
            dependencies: [
                "SkiffWire", "SkiffWireServer", "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffStore",
                "SkiffLoop", "SkiffLoopTesting", "SkiffAPITesting",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SkiffStoreTests",
            dependencies: ["SkiffStore", "SkiffLoop", "SkiffLoopTesting", "CSQLite", "store-crash-writer"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SkiffClientTests",
            dependencies: ["SkiffClient", "SkiffAPIServer", "SkiffStore", "SkiffLoop", "SkiffLoopTesting"],
            swiftSettings: strict
        ),
        // Scheduler tests: plugins, queue and cache on their own, and whole clusters on a manual clock.
        .testTarget(
            name: "SkiffSchedulerTests",
            dependencies: [
                "SkiffScheduler", "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffStore", "SkiffLoop", "SkiffLoopTesting",
                "SkiffAPITesting",
            ],
            swiftSettings: strict
        ),
        // Controller tests: pure helpers, and whole clusters (API server, controllers) on a manual clock.
        .testTarget(
            name: "SkiffControllersTests",
            dependencies: [
                "SkiffControllers", "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffStore", "SkiffLoop", "SkiffLoopTesting",
            ],
            swiftSettings: strict
        ),
        // Kubelet tests: a real API server and store on a manual clock, real processes and simulated pods.
        .testTarget(
            name: "SkiffKubeletTests",
            dependencies: [
                "SkiffKubelet", "SkiffAPI", "SkiffAPIServer", "SkiffClient", "SkiffStore", "SkiffLoop", "SkiffLoopTesting",
                "SkiffAPITesting",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SkiffCLITests",
            dependencies: [
                "SkiffCLI", "SkiffAPIServer", "SkiffStore", "SkiffLoop", "SkiffLoopTesting", "SkiffAPITesting",
                "SkiffWire", "SkiffWireServer", "SkiffClient", "SkiffAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Real processes: the `skiff` binary's roles started, killed and restarted by the tests.
        .testTarget(
            name: "SkiffEndToEndTests",
            dependencies: ["skiff", "SkiffAPI", "SkiffAPITesting", "SkiffClient", "SkiffLoop", "SkiffWire"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SkiffAPIServerTests",
            dependencies: ["SkiffAPIServer", "SkiffClient", "SkiffStore", "SkiffLoop", "SkiffLoopTesting", "SkiffAPITesting"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
