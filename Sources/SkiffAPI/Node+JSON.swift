extension Node: JSONWritable {
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

extension NodeSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("podCIDR", podCIDR)
        writer.member("podCIDRs", podCIDRs)
        writer.member("providerID", providerID)
        writer.member("unschedulable", unschedulable)
        try writer.member("taints", taints)
        writer.endObject()
    }
}

extension NodeStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("capacity", capacity)
        try writer.member("allocatable", allocatable)
        try writer.member("conditions", conditions)
        try writer.member("addresses", addresses)
        try writer.member("daemonEndpoints", daemonEndpoints)
        try writer.member("nodeInfo", nodeInfo)
        writer.endObject()
    }
}

extension NodeCondition: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("status", status)
        try writer.member("lastHeartbeatTime", lastHeartbeatTime)
        try writer.member("lastTransitionTime", lastTransitionTime)
        writer.member("reason", reason)
        writer.member("message", message)
        writer.endObject()
    }
}

extension NodeAddress: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("type", type)
        writer.member("address", address)
        writer.endObject()
    }
}

extension NodeSystemInfo: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("machineID", machineID)
        writer.member("systemUUID", systemUUID)
        writer.member("bootID", bootID)
        writer.member("kernelVersion", kernelVersion)
        writer.member("osImage", osImage)
        writer.member("containerRuntimeVersion", containerRuntimeVersion)
        writer.member("kubeletVersion", kubeletVersion)
        writer.member("kubeProxyVersion", kubeProxyVersion)
        writer.member("operatingSystem", operatingSystem)
        writer.member("architecture", architecture)
        writer.endObject()
    }
}

extension NodeDaemonEndpoints: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("kubeletEndpoint", kubeletEndpoint)
        writer.endObject()
    }
}

extension DaemonEndpoint: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("Port", Port)
        writer.endObject()
    }
}
