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

extension Pod: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "apiVersion": apiVersion = try JSONRead.string(value)
            case "kind": kind = try JSONRead.string(value)
            case "metadata": metadata = try JSONRead.required(JSONRead.object(value)); requiredRead += 1
            case "spec": spec = try JSONRead.object(value)
            case "status": status = try JSONRead.object(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodSpec: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "volumes": volumes = try JSONRead.array(value)
            case "initContainers": initContainers = try JSONRead.array(value)
            case "containers": containers = try JSONRead.required(JSONRead.array(value)); requiredRead += 1
            case "restartPolicy": restartPolicy = try JSONRead.openEnum(value)
            case "terminationGracePeriodSeconds": terminationGracePeriodSeconds = try JSONRead.integer(value)
            case "activeDeadlineSeconds": activeDeadlineSeconds = try JSONRead.integer(value)
            case "dnsPolicy": dnsPolicy = try JSONRead.openEnum(value)
            case "nodeSelector": nodeSelector = try JSONRead.stringMap(value)
            case "serviceAccountName": serviceAccountName = try JSONRead.string(value)
            case "automountServiceAccountToken": automountServiceAccountToken = try JSONRead.bool(value)
            case "nodeName": nodeName = try JSONRead.string(value)
            case "hostNetwork": hostNetwork = try JSONRead.bool(value)
            case "hostname": hostname = try JSONRead.string(value)
            case "subdomain": subdomain = try JSONRead.string(value)
            case "affinity": affinity = try JSONRead.object(value)
            case "schedulerName": schedulerName = try JSONRead.string(value)
            case "tolerations": tolerations = try JSONRead.array(value)
            case "priorityClassName": priorityClassName = try JSONRead.string(value)
            case "priority": priority = try JSONRead.integer(value)
            case "preemptionPolicy": preemptionPolicy = try JSONRead.openEnum(value)
            case "overhead": overhead = try JSONRead.map(value)
            case "topologySpreadConstraints": topologySpreadConstraints = try JSONRead.array(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodStatus: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "phase": phase = try JSONRead.openEnum(value)
            case "conditions": conditions = try JSONRead.array(value)
            case "message": message = try JSONRead.string(value)
            case "reason": reason = try JSONRead.string(value)
            case "nominatedNodeName": nominatedNodeName = try JSONRead.string(value)
            case "hostIP": hostIP = try JSONRead.string(value)
            case "hostIPs": hostIPs = try JSONRead.array(value)
            case "podIP": podIP = try JSONRead.string(value)
            case "podIPs": podIPs = try JSONRead.array(value)
            case "startTime": startTime = try JSONRead.object(value)
            case "initContainerStatuses": initContainerStatuses = try JSONRead.array(value)
            case "containerStatuses": containerStatuses = try JSONRead.array(value)
            case "qosClass": qosClass = try JSONRead.openEnum(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodCondition: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "type": type = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "status": status = try JSONRead.required(JSONRead.openEnum(value)); requiredRead += 1
            case "lastProbeTime": lastProbeTime = try JSONRead.object(value)
            case "lastTransitionTime": lastTransitionTime = try JSONRead.object(value)
            case "reason": reason = try JSONRead.string(value)
            case "message": message = try JSONRead.string(value)
            default: unknown.append(member)
            }
        }
        guard requiredRead == 2 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension PodIP: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "ip": ip = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}

extension HostIP: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        var requiredRead = 0
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "ip": ip = try JSONRead.required(JSONRead.string(value)); requiredRead += 1
            default: unknown.append(member)
            }
        }
        guard requiredRead == 1 else { throw JSONReadableUnsupported() }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
