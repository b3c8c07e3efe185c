import SkiffAPI

/// One object read from a `-f` source: the document as written (what the last-applied
/// annotation records), its decoded typed object, and where it came from (for messages).
public struct Manifest: Sendable {
    /// The file name as given, or `STDIN`.
    public var source: String
    public var document: JSONValue
    public var object: any APIObject

    public init(source: String, document: JSONValue, object: any APIObject) {
        self.source = source
        self.document = document
        self.object = object
    }
}
