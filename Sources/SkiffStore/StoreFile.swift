// File-system facts about the store's path that SQLite does not cover.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's database file on disk.
enum StoreFile {
    /// True when something exists at `path`.
    static func exists(_ path: String) -> Bool {
        size(path) != nil
    }

    /// The size in bytes of the file at `path`, or nil if there is none.
    static func size(_ path: String) -> Int64? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int64(status.st_size)
    }

    /// Makes a rename in the directory of `path` durable (best effort: not every file system
    /// supports fsync on a directory).
    static func syncDirectory(containing path: String) {
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }
}
