import Foundation
import SkiffAPI

/// The parts of kubectl's describers that several kinds share.
enum DescriptionParts {
    /// `Containers:` with image, ports, command, args, state, readiness, restarts, environment
    /// and mounts per container (kubectl's `describeContainers`); `space` indents a pod
    /// template's containers.
    static func containers(
        _ title: String, _ containers: [Container], statuses: [ContainerStatus]?, space: String, into writer: inout DescriptionWriter
    ) {
        writer.write(0, "\(space)\(title):\n")
        for container in containers {
            let status = statuses?.first { $0.name == container.name }
            writer.write(1, "\(space.isEmpty ? "" : " ")\(container.name):\n")
            if let status { writer.write(2, "Container ID:\t\(status.containerID ?? "")\n") }
            writer.write(2, "Image:\t\(container.image ?? "")\n")
            if let status { writer.write(2, "Image ID:\t\(status.imageID)\n") }
            let ports = (container.ports ?? []).map { "\($0.containerPort)/\($0.protocol?.rawValue ?? "TCP")" }
            let hostPorts = (container.ports ?? []).map { "\($0.hostPort ?? 0)/\($0.protocol?.rawValue ?? "TCP")" }
            writer.write(2, ports.count > 1 ? "Ports:\t\(ports.joined(separator: ", "))\n" : "Port:\t\(ports.first ?? "<none>")\n")
            writer.write(2, hostPorts.count > 1 ? "Host Ports:\t\(hostPorts.joined(separator: ", "))\n" : "Host Port:\t\(hostPorts.first ?? "<none>")\n")
            for (label, lines) in [("Command", container.command ?? []), ("Args", container.args ?? [])] where !lines.isEmpty {
                writer.write(2, "\(label):\n")
                for line in lines.flatMap({ $0.split(separator: "\n", omittingEmptySubsequences: false) }) {
                    writer.write(3, "\(line)\n")
                }
            }
            if let status {
                state("State", status.state, into: &writer)
                if status.lastState?.terminated != nil { state("Last State", status.lastState, into: &writer) }
                writer.write(2, "Ready:\t\(status.ready ? "True" : "False")\n")
                writer.write(2, "Restart Count:\t\(status.restartCount)\n")
            }
            let environment = container.env ?? []
            if environment.isEmpty {
                writer.write(2, "Environment:\t<none>\n")
            } else {
                writer.write(2, "Environment:\n")
                for variable in environment {
                    writer.write(3, "\(variable.name):\t\(variable.value ?? "")\n")
                }
            }
            let mounts = container.volumeMounts ?? []
            if mounts.isEmpty {
                writer.write(2, "Mounts:\t<none>\n")
            } else {
                writer.write(2, "Mounts:\n")
                for mount in mounts {
                    writer.write(3, "\(mount.mountPath) from \(mount.name) (\(mount.readOnly == true ? "ro" : "rw"))\n")
                }
            }
        }
    }

    /// kubectl's `describeStatus`: `Running` with its start, `Waiting` with its reason, or
    /// `Terminated` with reason, exit code and times.
    static func state(_ title: String, _ state: ContainerState?, into writer: inout DescriptionWriter) {
        if let running = state?.running {
            writer.write(2, "\(title):\tRunning\n")
            writer.write(3, "Started:\t\(DescriptionWriter.timestamp(running.startedAt))\n")
        } else if let terminated = state?.terminated {
            writer.write(2, "\(title):\tTerminated\n")
            if let reason = terminated.reason, !reason.isEmpty { writer.write(3, "Reason:\t\(reason)\n") }
            if let message = terminated.message, !message.isEmpty { writer.write(3, "Message:\t\(message)\n") }
            writer.write(3, "Exit Code:\t\(terminated.exitCode)\n")
            if let signal = terminated.signal, signal > 0 { writer.write(3, "Signal:\t\(signal)\n") }
            writer.write(3, "Started:\t\(DescriptionWriter.timestamp(terminated.startedAt))\n")
            writer.write(3, "Finished:\t\(DescriptionWriter.timestamp(terminated.finishedAt))\n")
        } else {
            writer.write(2, "\(title):\tWaiting\n")
            if let reason = state?.waiting?.reason, !reason.isEmpty { writer.write(3, "Reason:\t\(reason)\n") }
        }
    }

    /// `Volumes:` with each volume's name (kubectl also prints each source's fields).
    static func volumes(_ volumes: [Volume]?, space: String, into writer: inout DescriptionWriter) {
        guard let volumes, !volumes.isEmpty else {
            writer.write(0, "\(space)Volumes:\t<none>\n")
            return
        }
        writer.write(0, "\(space)Volumes:\n")
        for volume in volumes { writer.write(1, "\(space)\(volume.name):\n") }
    }

    /// `Tolerations:` as kubectl's `key=value:Effect op=Exists for 300s`, one per line.
    static func tolerations(_ tolerations: [Toleration]?, indent: String, into writer: inout DescriptionWriter) {
        let lines = (tolerations ?? []).map { toleration -> String in
            var text = toleration.key ?? ""
            if let value = toleration.value, !value.isEmpty { text += "=\(value)" }
            if let effect = toleration.effect?.rawValue, !effect.isEmpty { text += ":\(effect)" }
            if toleration.operator?.rawValue == "Exists", (toleration.value ?? "").isEmpty {
                text += text.isEmpty ? "op=Exists" : " op=Exists"
            }
            if let seconds = toleration.tolerationSeconds { text += " for \(seconds)s" }
            return text
        }
        guard let first = lines.first else {
            writer.write(0, "\(indent)Tolerations:\t<none>\n")
            return
        }
        writer.write(0, "\(indent)Tolerations:\t\(first)\n")
        for line in lines.dropFirst() { writer.write(0, "\(indent)\t\(line)\n") }
    }

    /// kubectl's `DescribePodTemplate`.
    static func podTemplate(_ template: PodTemplateSpec?, into writer: inout DescriptionWriter) {
        writer.write(0, "Pod Template:\n")
        guard let template else {
            writer.write(1, "<unset>")
            return
        }
        writer.labels("Labels", template.metadata?.labels, indent: "  ")
        if let annotations = template.metadata?.annotations, !annotations.isEmpty {
            writer.annotations("Annotations", annotations, indent: "  ")
        }
        if let account = template.spec?.serviceAccountName, !account.isEmpty {
            writer.write(1, "Service Account:\t\(account)\n")
        }
        if let initContainers = template.spec?.initContainers, !initContainers.isEmpty {
            containers("Init Containers", initContainers, statuses: nil, space: "  ", into: &writer)
        }
        containers("Containers", template.spec?.containers ?? [], statuses: nil, space: "  ", into: &writer)
        volumes(template.spec?.volumes, space: "  ", into: &writer)
        writer.labels("Node-Selectors", template.spec?.nodeSelector, indent: "  ")
        tolerations(template.spec?.tolerations, indent: "  ", into: &writer)
    }
}
