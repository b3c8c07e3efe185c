extension ObjectMeta: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        guard unknownFields == nil else { return try writer.writeCodable(self) }
        writer.beginObject()
        writer.member("name", name)
        writer.member("generateName", generateName)
        writer.member("namespace", namespace)
        writer.member("uid", uid)
        writer.member("resourceVersion", resourceVersion)
        writer.member("generation", generation)
        try writer.member("creationTimestamp", creationTimestamp)
        try writer.member("deletionTimestamp", deletionTimestamp)
        writer.member("deletionGracePeriodSeconds", deletionGracePeriodSeconds)
        writer.member("labels", labels)
        writer.member("annotations", annotations)
        try writer.member("ownerReferences", ownerReferences)
        writer.member("finalizers", finalizers)
        writer.endObject()
    }
}

extension ObjectMeta: JSONReadable {
    init(json: JSONValue) throws {
        self.init()
        var unknown: [JSONObject.Element] = []
        for member in try JSONRead.members(json) {
            let value = member.value
            switch member.key {
            case "name": name = try JSONRead.string(value)
            case "generateName": generateName = try JSONRead.string(value)
            case "namespace": namespace = try JSONRead.string(value)
            case "uid": uid = try JSONRead.string(value)
            case "resourceVersion": resourceVersion = try JSONRead.string(value)
            case "generation": generation = try JSONRead.integer(value)
            case "creationTimestamp": creationTimestamp = try JSONRead.object(value)
            case "deletionTimestamp": deletionTimestamp = try JSONRead.object(value)
            case "deletionGracePeriodSeconds": deletionGracePeriodSeconds = try JSONRead.integer(value)
            case "labels": labels = try JSONRead.stringMap(value)
            case "annotations": annotations = try JSONRead.stringMap(value)
            case "ownerReferences": ownerReferences = try JSONRead.array(value)
            case "finalizers": finalizers = try JSONRead.strings(value)
            default: unknown.append(member)
            }
        }
        unknownFields = JSONRead.unknownFields(unknown)
    }
}
