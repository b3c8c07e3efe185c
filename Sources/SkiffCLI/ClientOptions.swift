import ArgumentParser

/// The options every client command shares, spelled as kubectl spells them.
public struct ClientOptions: ParsableArguments, Sendable {
    @Option(help: "The API server, HOST:PORT (default: $SKIFF_SERVER, else 127.0.0.1:7443).")
    public var server: String?

    @Option(name: .shortAndLong, help: "The namespace of namespaced objects.")
    public var namespace: String = "default"

    @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "List objects across all namespaces.")
    public var allNamespaces = false

    @Option(name: [.customShort("l"), .long], help: "A label selector (app=web,tier!=db).")
    public var selector: String?

    public init() {}
}
