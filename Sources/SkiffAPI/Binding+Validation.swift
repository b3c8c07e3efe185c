// Validation of Bindings, after Kubernetes' `ValidatePodBinding`: a pod is bound to a node.

extension Binding {
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        if let kind = target.kind, !kind.isEmpty, kind != "Node" {
            errors.append(.notSupported(FieldPath("target").child("kind").description, value: kind, supported: ["Node", "<empty>"]))
        }
        if target.name?.isEmpty ?? true {
            errors.append(.required(FieldPath("target").child("name")))
        }
        return errors
    }
}
