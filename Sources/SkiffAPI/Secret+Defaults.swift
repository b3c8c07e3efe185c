import Foundation

// Defaults of Secrets, after Kubernetes' `SetDefaults_Secret`, and the write-only `stringData`
// merge that Kubernetes does while converting a v1 Secret.

extension Secret {
    /// type Opaque; `stringData` merged into `data` (base64-encoded, overwriting) and cleared.
    public mutating func applyDefaults() {
        if type == nil { type = .opaque }
        if let stringData, !stringData.isEmpty {
            var data = data ?? [:]
            for (key, value) in stringData { data[key] = Data(value.utf8).base64EncodedString() }
            self.data = data
        }
        stringData = nil
    }
}
