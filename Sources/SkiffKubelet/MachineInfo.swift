import Foundation
import Glibc
import SkiffAPI

/// What this machine offers, as the kubelet reports it in the Node's capacity and nodeInfo:
/// cores from `sysconf`, memory from `/proc/meminfo`, disk from `statvfs` of the data directory.
public struct MachineInfo: Sendable, Hashable {
    public var cpuCores: Int
    public var memoryBytes: Int64
    public var ephemeralStorageBytes: Int64
    public var kernelVersion: String
    public var osImage: String
    public var architecture: String
    public var machineID: String
    public var bootID: String

    /// Reads the machine; `dataDirectory` is where ephemeral storage is measured.
    public static func current(dataDirectory: String) -> MachineInfo {
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let machine = withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return MachineInfo(
            cpuCores: max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1),
            memoryBytes: memoryTotal() ?? 0,
            ephemeralStorageBytes: storageTotal(of: dataDirectory) ?? 0,
            kernelVersion: release,
            osImage: osImage() ?? "Linux",
            architecture: goArchitecture(machine),
            machineID: firstLine(of: "/etc/machine-id") ?? "",
            bootID: firstLine(of: "/proc/sys/kernel/random/boot_id") ?? ""
        )
    }

    /// Creates a description of a machine (for simulated nodes).
    public init(
        cpuCores: Int, memoryBytes: Int64, ephemeralStorageBytes: Int64, kernelVersion: String = "",
        osImage: String = "", architecture: String = "amd64", machineID: String = "", bootID: String = ""
    ) {
        self.cpuCores = cpuCores
        self.memoryBytes = memoryBytes
        self.ephemeralStorageBytes = ephemeralStorageBytes
        self.kernelVersion = kernelVersion
        self.osImage = osImage
        self.architecture = architecture
        self.machineID = machineID
        self.bootID = bootID
    }

    /// The Node capacity: cpu, memory, pods and ephemeral-storage.
    func capacity(maxPods: Int) -> [String: Quantity] {
        [
            "cpu": Quantity(Int64(cpuCores)),
            "memory": Quantity(memoryBytes, format: .binarySI),
            "pods": Quantity(Int64(maxPods)),
            "ephemeral-storage": Quantity(ephemeralStorageBytes, format: .binarySI),
        ]
    }

    /// `MemTotal` from `/proc/meminfo`, in bytes.
    static func memoryTotal() -> Int64? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let kibibytes = Int64(fields[1]) { return kibibytes * 1024 }
        }
        return nil
    }

    static func storageTotal(of path: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int64(stats.f_blocks) * Int64(stats.f_frsize)
    }

    private static func osImage() -> String? {
        guard let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
            return String(line.dropFirst("PRETTY_NAME=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    private static func firstLine(of path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").first.map(String.init)
    }

    /// Kubernetes names architectures as Go does (`kubernetes.io/arch`).
    static func goArchitecture(_ machine: String) -> String {
        switch machine {
        case "x86_64": "amd64"
        case "aarch64", "arm64": "arm64"
        case "i386", "i686": "386"
        case let other where other.hasPrefix("arm"): "arm"
        default: machine
        }
    }
}
