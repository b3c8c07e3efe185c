import Foundation

/// bubblewrap (`bwrap`), the unprivileged sandboxing tool Debian ships: how Skiff gives a plain
/// process a mount namespace so volumes appear at their `mountPath`.
public enum Bubblewrap {
    /// The `bwrap` executable on `PATH`, or nil when it is not installed.
    public static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/bwrap"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// bwrap's arguments up to and including `--`: the host filesystem at `/` (so the command and
    /// its libraries are found), fresh `/dev` and `/proc`, then each mount, later ones on top.
    static func arguments(mounts: [ContainerConfig.Mount], workingDirectory: String?) -> [String] {
        var arguments = ["--bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]
        for mount in mounts {
            arguments += [mount.isReadOnly ? "--ro-bind" : "--bind", mount.hostPath, mount.containerPath]
        }
        if let workingDirectory { arguments += ["--chdir", workingDirectory] }
        arguments.append("--")
        return arguments
    }
}
