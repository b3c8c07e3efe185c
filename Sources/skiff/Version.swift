import ArgumentParser

/// `skiff version`: the client version (and, once the wire exists, the server's).
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the Skiff version.")

    static let current = "0.1.0"
    /// The Kubernetes API version Skiff follows.
    static let kubernetesVersion = "v1.33.0"

    func run() {
        print("Skiff version \(Self.current) (Kubernetes API \(Self.kubernetesVersion))")
    }
}
