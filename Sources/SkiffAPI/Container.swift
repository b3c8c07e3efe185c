/// A single application container that you want to run within a pod.
public struct Container: Codable, Sendable, Hashable {
    /// A DNS-1123 label, unique among the pod's containers and init containers.
    public var name: String
    /// The container image. Optional in Skiff, whose process runtime runs `command`.
    public var image: String?
    /// The entrypoint array; run as a process by Skiff's process runtime.
    public var command: [String]?
    /// Arguments to the entrypoint.
    public var args: [String]?
    /// The container's working directory.
    public var workingDir: String?
    /// Ports to expose from the container.
    public var ports: [ContainerPort]?
    /// Sources of environment variables (all keys of a ConfigMap or Secret).
    public var envFrom: [EnvFromSource]?
    /// Environment variables to set in the container.
    public var env: [EnvVar]?
    /// Compute resources required by this container.
    public var resources: ResourceRequirements?
    /// Pod volumes to mount into the container's filesystem.
    public var volumeMounts: [VolumeMount]?
    /// Periodic probe of container liveness; the container is restarted if it fails.
    public var livenessProbe: Probe?
    /// Periodic probe of container service readiness; the pod is removed from service endpoints if it fails.
    public var readinessProbe: Probe?
    /// Indicates the pod has successfully initialized; other probes wait for it.
    public var startupProbe: Probe?
    /// Actions the system takes in response to container lifecycle events.
    public var lifecycle: Lifecycle?
    /// Where the container's termination message is read from.
    public var terminationMessagePath: String?
    /// How the termination message is populated.
    public var terminationMessagePolicy: TerminationMessagePolicy?
    /// Always, Never or IfNotPresent.
    public var imagePullPolicy: PullPolicy?
    public var stdin: Bool?
    public var stdinOnce: Bool?
    public var tty: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Container`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String = "",
        image: String? = nil,
        command: [String]? = nil,
        args: [String]? = nil,
        workingDir: String? = nil,
        ports: [ContainerPort]? = nil,
        envFrom: [EnvFromSource]? = nil,
        env: [EnvVar]? = nil,
        resources: ResourceRequirements? = nil,
        volumeMounts: [VolumeMount]? = nil,
        livenessProbe: Probe? = nil,
        readinessProbe: Probe? = nil,
        startupProbe: Probe? = nil,
        lifecycle: Lifecycle? = nil,
        terminationMessagePath: String? = nil,
        terminationMessagePolicy: TerminationMessagePolicy? = nil,
        imagePullPolicy: PullPolicy? = nil,
        stdin: Bool? = nil,
        stdinOnce: Bool? = nil,
        tty: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.image = image
        self.command = command
        self.args = args
        self.workingDir = workingDir
        self.ports = ports
        self.envFrom = envFrom
        self.env = env
        self.resources = resources
        self.volumeMounts = volumeMounts
        self.livenessProbe = livenessProbe
        self.readinessProbe = readinessProbe
        self.startupProbe = startupProbe
        self.lifecycle = lifecycle
        self.terminationMessagePath = terminationMessagePath
        self.terminationMessagePolicy = terminationMessagePolicy
        self.imagePullPolicy = imagePullPolicy
        self.stdin = stdin
        self.stdinOnce = stdinOnce
        self.tty = tty
        self.unknownFields = unknownFields
    }
}

/// A network port in a single container.
public struct ContainerPort: Codable, Sendable, Hashable {
    /// An IANA service name, unique within the pod, that services can refer to.
    public var name: String?
    /// The port number on the pod's IP address, 1 to 65535.
    public var containerPort: Int32
    /// The port number to expose on the host.
    public var hostPort: Int32?
    /// The host IP to bind the external port to.
    public var hostIP: String?
    /// TCP (the default), UDP or SCTP.
    public var `protocol`: Protocol?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ContainerPort`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        containerPort: Int32 = 0,
        hostPort: Int32? = nil,
        hostIP: String? = nil,
        protocol: Protocol? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.containerPort = containerPort
        self.hostPort = hostPort
        self.hostIP = hostIP
        self.protocol = `protocol`
        self.unknownFields = unknownFields
    }
}

/// A mounting of a Volume within a container.
public struct VolumeMount: Codable, Sendable, Hashable {
    /// The name of a volume of the pod.
    public var name: String
    /// Path within the container at which the volume should be mounted.
    public var mountPath: String
    /// Path within the volume from which the container's volume should be mounted.
    public var subPath: String?
    public var readOnly: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `VolumeMount`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String = "",
        mountPath: String = "",
        subPath: String? = nil,
        readOnly: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.mountPath = mountPath
        self.subPath = subPath
        self.readOnly = readOnly
        self.unknownFields = unknownFields
    }
}

/// When the kubelet pulls a container's image.
public struct PullPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let always: Self = "Always"
    public static let never: Self = "Never"
    public static let ifNotPresent: Self = "IfNotPresent"

    public static let knownValues: [Self] = [.always, .never, .ifNotPresent]
}

/// How a container's termination message is populated.
public struct TerminationMessagePolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let file: Self = "File"
    public static let fallbackToLogsOnError: Self = "FallbackToLogsOnError"

    public static let knownValues: [Self] = [.file, .fallbackToLogsOnError]
}
