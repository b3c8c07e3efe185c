import Foundation

/// This process's threads as the kernel lists them (`/proc/self/task`), by name: how tests see
/// that a component started its thread and that shutdown ended it.
enum ProcessThreads {
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").compactMap { task in
            try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)
                .trimmingCharacters(in: .newlines)
        }
    }

    /// Whether no thread carries `name`. `pthread_join` returns once the thread has finished,
    /// but the kernel removes its `/proc/self/task` entry a moment later (the joiner is woken when
    /// the thread clears its tid, before the task is reaped), so a joined thread may still be
    /// listed briefly: wait for that, bounded.
    static func hasExited(named name: String) throws -> Bool {
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while try names().contains(name) {
            guard ContinuousClock.now < deadline else { return false }
            usleep(1_000)
        }
        return true
    }
}
