/// A named volume in a pod that may be accessed by any container in the pod. Volume kinds Skiff does not model (projected, downwardAPI, …) are kept in `unknownFields`.
public struct Volume: Codable, Sendable, Hashable {
    /// A DNS-1123 label, unique within the pod.
    public var name: String
    /// A file or directory on the host.
    public var hostPath: HostPathVolumeSource?
    /// A temporary directory that shares a pod's lifetime.
    public var emptyDir: EmptyDirVolumeSource?
    /// The keys of a Secret as files.
    public var secret: SecretVolumeSource?
    /// A PersistentVolumeClaim in the same namespace.
    public var persistentVolumeClaim: PersistentVolumeClaimVolumeSource?
    /// The keys of a ConfigMap as files.
    public var configMap: ConfigMapVolumeSource?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `Volume`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String = "",
        hostPath: HostPathVolumeSource? = nil,
        emptyDir: EmptyDirVolumeSource? = nil,
        secret: SecretVolumeSource? = nil,
        persistentVolumeClaim: PersistentVolumeClaimVolumeSource? = nil,
        configMap: ConfigMapVolumeSource? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.hostPath = hostPath
        self.emptyDir = emptyDir
        self.secret = secret
        self.persistentVolumeClaim = persistentVolumeClaim
        self.configMap = configMap
        self.unknownFields = unknownFields
    }
}

/// A host path mapped into a pod.
public struct HostPathVolumeSource: Codable, Sendable, Hashable {
    public var path: String
    public var type: HostPathType?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `HostPathVolumeSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        path: String = "",
        type: HostPathType? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.path = path
        self.type = type
        self.unknownFields = unknownFields
    }
}

/// What a host path must be, checked before it is mounted.
public struct HostPathType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// No checks.
    public static let unset: Self = ""
    public static let directoryOrCreate: Self = "DirectoryOrCreate"
    public static let directory: Self = "Directory"
    public static let fileOrCreate: Self = "FileOrCreate"
    public static let file: Self = "File"
    public static let socket: Self = "Socket"
    public static let charDevice: Self = "CharDevice"
    public static let blockDevice: Self = "BlockDevice"

    public static let knownValues: [Self] = [.unset, .directoryOrCreate, .directory, .fileOrCreate, .file, .socket, .charDevice, .blockDevice]
}

/// An empty directory for a pod.
public struct EmptyDirVolumeSource: Codable, Sendable, Hashable {
    /// What backs the directory: the node's default medium, or `Memory`.
    public var medium: StorageMedium?
    public var sizeLimit: Quantity?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EmptyDirVolumeSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        medium: StorageMedium? = nil,
        sizeLimit: Quantity? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.medium = medium
        self.sizeLimit = sizeLimit
        self.unknownFields = unknownFields
    }
}

/// The medium that backs an emptyDir volume.
public struct StorageMedium: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `default`: Self = ""
    public static let memory: Self = "Memory"
    public static let hugePages: Self = "HugePages"

    public static let knownValues: [Self] = [.`default`, .memory, .hugePages]
}

/// The keys of a ConfigMap as files in a volume.
public struct ConfigMapVolumeSource: Codable, Sendable, Hashable {
    /// Name of the ConfigMap.
    public var name: String?
    /// Which keys to project, and where; all keys when empty.
    public var items: [KeyToPath]?
    /// Mode bits of the files; defaults to 0644.
    public var defaultMode: Int32?
    public var optional: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `ConfigMapVolumeSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        name: String? = nil,
        items: [KeyToPath]? = nil,
        defaultMode: Int32? = nil,
        optional: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.name = name
        self.items = items
        self.defaultMode = defaultMode
        self.optional = optional
        self.unknownFields = unknownFields
    }
}

/// The keys of a Secret as files in a volume.
public struct SecretVolumeSource: Codable, Sendable, Hashable {
    public var secretName: String?
    public var items: [KeyToPath]?
    /// Mode bits of the files; defaults to 0644.
    public var defaultMode: Int32?
    public var optional: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `SecretVolumeSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        secretName: String? = nil,
        items: [KeyToPath]? = nil,
        defaultMode: Int32? = nil,
        optional: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.secretName = secretName
        self.items = items
        self.defaultMode = defaultMode
        self.optional = optional
        self.unknownFields = unknownFields
    }
}

/// Maps a key of a ConfigMap or Secret to a path within a volume.
public struct KeyToPath: Codable, Sendable, Hashable {
    public var key: String
    public var path: String
    public var mode: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `KeyToPath`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        key: String = "",
        path: String = "",
        mode: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.key = key
        self.path = path
        self.mode = mode
        self.unknownFields = unknownFields
    }
}

/// A reference to a PersistentVolumeClaim in the same namespace.
public struct PersistentVolumeClaimVolumeSource: Codable, Sendable, Hashable {
    public var claimName: String
    public var readOnly: Bool?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `PersistentVolumeClaimVolumeSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        claimName: String = "",
        readOnly: Bool? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.claimName = claimName
        self.readOnly = readOnly
        self.unknownFields = unknownFields
    }
}
