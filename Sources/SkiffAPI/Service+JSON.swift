extension Service: JSONWritable {
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

extension ServiceSpec: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("ports", ports)
        writer.member("selector", selector)
        writer.member("clusterIP", clusterIP)
        writer.member("clusterIPs", clusterIPs)
        writer.member("type", type)
        writer.member("externalIPs", externalIPs)
        writer.member("sessionAffinity", sessionAffinity)
        writer.member("loadBalancerIP", loadBalancerIP)
        writer.member("externalName", externalName)
        writer.member("externalTrafficPolicy", externalTrafficPolicy)
        writer.member("publishNotReadyAddresses", publishNotReadyAddresses)
        writer.member("ipFamilies", ipFamilies)
        writer.member("ipFamilyPolicy", ipFamilyPolicy)
        writer.member("internalTrafficPolicy", internalTrafficPolicy)
        writer.endObject()
    }
}

extension ServicePort: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("protocol", `protocol`)
        writer.member("appProtocol", appProtocol)
        writer.member("port", port)
        try writer.member("targetPort", targetPort)
        writer.member("nodePort", nodePort)
        writer.endObject()
    }
}

extension ServiceStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("loadBalancer", loadBalancer)
        writer.endObject()
    }
}

extension LoadBalancerStatus: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        try writer.member("ingress", ingress)
        writer.endObject()
    }
}

extension LoadBalancerIngress: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("ip", ip)
        writer.member("hostname", hostname)
        writer.member("ipMode", ipMode)
        writer.endObject()
    }
}
