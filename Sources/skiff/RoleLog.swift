import Glibc

/// A role's log: one line per message on stderr, written at once (stdio buffers a pipe, and a
/// supervisor or test reading the log must see "listening on …" when it happens).
enum RoleLog {
    static func line(_ role: String, _ message: String) {
        var bytes = Array("skiff \(role): \(message)\n".utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
