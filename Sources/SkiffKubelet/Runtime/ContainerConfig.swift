/// Everything a runtime needs to start one container, already resolved by the kubelet: the
/// command line (command + args), the environment (downward API, ConfigMaps and Secrets included),
/// where the output goes and which host directories appear at which paths.
public struct ContainerConfig: Sendable, Hashable {
    /// A host path made visible inside the container at `containerPath`.
    public struct Mount: Sendable, Hashable {
        public var hostPath: String
        public var containerPath: String
        public var isReadOnly: Bool

        /// Creates a mount.
        public init(hostPath: String, containerPath: String, isReadOnly: Bool = false) {
            self.hostPath = hostPath
            self.containerPath = containerPath
            self.isReadOnly = isReadOnly
        }
    }

    public var podNamespace: String
    public var podName: String
    public var podUID: String
    public var containerName: String
    /// Recorded in status; never pulled.
    public var image: String
    /// `command` followed by `args`; empty when the container names no command.
    public var commandLine: [String]
    public var environment: [String: String]
    public var workingDirectory: String?
    /// The file that receives stdout and stderr (appended).
    public var logPath: String
    public var mounts: [Mount]
    /// The pod's annotations (the simulated runtime reads its instructions from them).
    public var podAnnotations: [String: String]
    /// Which start of this container this is (0 for the first).
    public var restartCount: Int32

    /// Creates a configuration.
    public init(
        podNamespace: String, podName: String, podUID: String, containerName: String, image: String = "",
        commandLine: [String], environment: [String: String] = [:], workingDirectory: String? = nil,
        logPath: String, mounts: [Mount] = [], podAnnotations: [String: String] = [:], restartCount: Int32 = 0
    ) {
        self.podNamespace = podNamespace
        self.podName = podName
        self.podUID = podUID
        self.containerName = containerName
        self.image = image
        self.commandLine = commandLine
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.logPath = logPath
        self.mounts = mounts
        self.podAnnotations = podAnnotations
        self.restartCount = restartCount
    }
}
