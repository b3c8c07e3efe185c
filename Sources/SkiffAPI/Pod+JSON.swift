extension Pod: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("apiVersion", apiVersion)
        writer.member("kind", kind)
        try writer.member("metadata", metadata)
        try writer.member("spec", spec)
        try writer.member("status", status)
        writer.endObject()
    }
}

extension PodSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("volumes", volumes)
        try writer.member("initContainers", initContainers)
        try writer.member("containers", containers)
        writer.member("restartPolicy", restartPolicy)
        writer.member("terminationGracePeriodSeconds", terminationGracePeriodSeconds)
        writer.member("activeDeadlineSeconds", activeDeadlineSeconds)
        writer.member("dnsPolicy", dnsPolicy)
        writer.member("nodeSelector", nodeSelector)
        writer.member("serviceAccountName", serviceAccountName)
        writer.member("automountServiceAccountToken", automountServiceAccountToken)
        writer.member("nodeName", nodeName)
        writer.member("hostNetwork", hostNetwork)
        writer.member("hostname", hostname)
        writer.member("subdomain", subdomain)
        try writer.member("affinity", affinity)
        writer.member("schedulerName", schedulerName)
        try writer.member("tolerations", tolerations)
        writer.member("priorityClassName", priorityClassName)
        writer.member("priority", priority)
        writer.member("preemptionPolicy", preemptionPolicy)
        try writer.member("overhead", overhead)
        try writer.member("topologySpreadConstraints", topologySpreadConstraints)
        writer.endObject()
    }
}

extension PodStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("phase", phase)
        try writer.member("conditions", conditions)
        writer.member("message", message)
        writer.member("reason", reason)
        writer.member("nominatedNodeName", nominatedNodeName)
        writer.member("hostIP", hostIP)
        try writer.member("hostIPs", hostIPs)
        writer.member("podIP", podIP)
        try writer.member("podIPs", podIPs)
        try writer.member("startTime", startTime)
        try writer.member("initContainerStatuses", initContainerStatuses)
        try writer.member("containerStatuses", containerStatuses)
        writer.member("qosClass", qosClass)
        writer.endObject()
    }
}

extension PodCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastProbeTime", lastProbeTime)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension PodIP: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("ip", ip)
        writer.endObject()
    }
}

extension HostIP: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("ip", ip)
        writer.endObject()
    }
}
