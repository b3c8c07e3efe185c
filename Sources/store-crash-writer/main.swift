// store-crash-writer: the child process of SkiffStoreTests' crash-durability test.
//
//   store-crash-writer <database path> <concurrent writers> <key prefix>
//
// Opens the store, prints "open <revision>", and has each writer create keys
// `<key prefix>/<writer>/<n>` (n = 0, 1, …) forever,
// with a value derived from the key (`CrashWriterValue`). Each acknowledged create is printed as
// one line "<revision> <key>" — with a single write(2), so lines never interleave — only after
// `create` returned, i.e. only once it is durable. The test SIGKILLs this process mid-stream.

import SkiffStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = CommandLine.arguments
let prefix = arguments.count > 3 ? arguments[3] : "/crash"
guard arguments.count == 4, let writers = Int(arguments[2]), writers > 0 else {
    report("usage: store-crash-writer <database path> <concurrent writers> <key prefix>", to: 2)
    exit(2)
}

/// Writes `line` and a newline to `descriptor` in one write(2).
func report(_ line: String, to descriptor: Int32 = 1) {
    var line = line + "\n"
    line.withUTF8 { bytes in _ = write(descriptor, bytes.baseAddress, bytes.count) }
}

/// The value stored under `key`: its bytes repeated to 2 KB, so the test can check content.
func value(for key: String) -> [UInt8] {
    let bytes = Array(key.utf8)
    return (0..<2048).map { bytes[$0 % bytes.count] }
}

do {
    let store = try await EmbeddedStore(path: arguments[1])
    report("open \(try await store.currentRevision())")
    try await withThrowingTaskGroup(of: Void.self) { group in
        for writer in 0..<writers {
            group.addTask {
                var number = 0
                while true {
                    let key = "\(prefix)/\(writer)/\(number)"
                    let item = try await store.create(key, value: value(for: key))
                    report("\(item.modRevision) \(key)")
                    number += 1
                }
            }
        }
        try await group.waitForAll()
    }
} catch {
    report("store-crash-writer: \(error)", to: 2)
    exit(1)
}
