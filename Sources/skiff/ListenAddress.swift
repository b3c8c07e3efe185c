import ArgumentParser
import SkiffCLI
import SkiffLoop

/// `--listen HOST:PORT` of the serving roles, where port 0 asks for a free port.
enum ListenAddress {
    static func parse(_ text: String) throws -> SocketAddress {
        if text.hasSuffix(":0") { return SocketAddress(host: String(text.dropLast(2)), port: 0) }
        do {
            return try ServerAddress.parse(text)
        } catch {
            throw ValidationError("invalid --listen \"\(text)\": expected HOST:PORT")
        }
    }
}
