import Foundation
import SkiffLoop

/// The `skiff` executable built beside the test bundle, run as a real child process.
enum SkiffBinary {
    static var path: String {
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .map { URL(fileURLWithPath: $0) } ?? Bundle.main.bundleURL
        var directory = testBinary.deletingLastPathComponent()
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "Contents"
            || directory.lastPathComponent == "MacOS" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("skiff").path
    }

    /// Starts `skiff <arguments>` with its stderr appended to `log`.
    static func start(_ arguments: [String], log: String, on loop: EventLoop) async throws -> ChildProcess {
        try await ChildProcess.spawn(
            executable: path, arguments: arguments, stdout: .appendToFile(log), stderr: .appendToFile(log),
            newProcessGroup: true, on: loop
        )
    }

    /// A port that was free a moment ago: bound, read and released.
    static func freePort(on loop: EventLoop) async throws -> Int {
        let listener = try await TCPListener.bind(host: "127.0.0.1", port: 0, on: loop)
        let port = listener.localAddress.port
        await listener.close()
        return port
    }
}
