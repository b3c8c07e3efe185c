import Foundation
import SkiffAPI

/// The opaque `continue` token of a paginated list: the list's resourceVersion and the last key
/// returned, base64-encoded JSON as Kubernetes does it. Clients must treat it as opaque.
struct ContinueToken: Codable, Equatable {
    /// The resourceVersion of the first page (every page reports it).
    var resourceVersion: Int64
    /// The storage key of the last item returned; the next page starts after it.
    var startAfter: String

    func encoded() -> String {
        let json = (try? JSONEncoder().encode(self)) ?? Data()
        return json.base64EncodedString()
    }

    /// Decodes a token from a client; a malformed one is a `BadRequest`, as in Kubernetes.
    init(decoding text: String) throws {
        guard let data = Data(base64Encoded: text),
              let token = try? JSONDecoder().decode(ContinueToken.self, from: data)
        else {
            throw Status.badRequest("invalid continue token: \(text)", field: "continue")
        }
        self = token
    }

    init(resourceVersion: Int64, startAfter: String) {
        self.resourceVersion = resourceVersion
        self.startAfter = startAfter
    }
}
