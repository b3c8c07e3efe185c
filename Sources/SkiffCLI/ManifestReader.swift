import Foundation
import SkiffAPI

/// Reads the objects of `-f FILE|DIR|-` sources, as kubectl's resource builder does.
///
/// Contract:
/// - A directory means every `*.yaml`, `*.yml` and `*.json` file directly in it, in name order;
///   `-` means standard input (named `STDIN` in messages).
/// - A file is YAML (several documents separated by `---`) or JSON; a `kind: List` document
///   stands for its `items`.
/// - A file is all or nothing: if any document fails to parse or decode (unknown kind, wrong
///   field type), the error is reported and no object of that file is returned, so nothing is
///   applied from a file that does not parse. Other files still are.
public struct ManifestReader: Sendable {
    public var registry: KindRegistry

    public init(registry: KindRegistry = ResourceTypes.registry) {
        self.registry = registry
    }

    /// The manifests of `paths`, in order, and whether every source was read cleanly. Errors are
    /// reported on `output`.
    public func read(
        _ paths: [String], standardInput: () -> String, output: CommandOutput
    ) -> (manifests: [Manifest], succeeded: Bool) {
        var manifests: [Manifest] = []
        var succeeded = true
        for path in paths {
            do {
                for (source, text) in try sources(path, standardInput: standardInput) {
                    guard let decoded = decode(text, source: source, output: output) else {
                        succeeded = false
                        continue
                    }
                    manifests += decoded
                }
            } catch {
                output.report(error)
                succeeded = false
            }
        }
        return (manifests, succeeded)
    }

    /// The objects of one source's text, or nil after reporting why it cannot be used.
    public func decode(_ text: String, source: String, output: CommandOutput) -> [Manifest]? {
        var documents: [JSONValue]
        do {
            documents = try Self.documents(of: text, source: source)
        } catch {
            output.writeError("error: error parsing \(source): \((error as? Status)?.message ?? "\(error)")\n")
            return nil
        }
        documents = documents.flatMap { document -> [JSONValue] in
            if document["kind"]?.stringValue == "List", let items = document["items"]?.arrayValue { return items }
            return [document]
        }
        var manifests: [Manifest] = []
        var failed = false
        for document in documents {
            do {
                manifests.append(Manifest(source: source, document: document, object: try registry.decode(document)))
            } catch let status as Status where status.reason == .notFound {
                // kubectl's wording for a kind its REST mapper does not know.
                let name = document["metadata"]?["name"]?.stringValue ?? ""
                let namespace = document["metadata"]?["namespace"]?.stringValue ?? ""
                output.writeError(
                    "error: resource mapping not found for name: \"\(name)\" namespace: \"\(namespace)\" from \"\(source)\": "
                        + "\(status.message ?? "")\nensure CRDs are installed first\n"
                )
                failed = true
            } catch {
                output.writeError("error: error validating \"\(source)\": \((error as? Status)?.message ?? "\(error)")\n")
                failed = true
            }
        }
        return failed ? nil : manifests
    }

    /// JSON when the text looks like JSON (a tab-indented JSON file is not valid YAML), else YAML.
    static func documents(of text: String, source: String) throws -> [JSONValue] {
        let trimmed = text.drop { $0.isWhitespace }
        if source.hasSuffix(".json") || trimmed.hasPrefix("{") {
            if let value = try? JSONValue(parsing: Array(text.utf8)) { return [value] }
        }
        return try YAMLCodec.decodeDocuments(text)
    }

    /// The (name, text) of each file `path` stands for.
    private func sources(_ path: String, standardInput: () -> String) throws -> [(String, String)] {
        if path == "-" { return [("STDIN", standardInput())] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("the path \"\(path)\" does not exist")
        }
        guard isDirectory.boolValue else { return [(path, try Self.readText(path))] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { name in [".yaml", ".yml", ".json"].contains { name.hasSuffix($0) } }
            .sorted()
        let directory = path.hasSuffix("/") ? path : path + "/"
        return try names.map { (directory + $0, try Self.readText(directory + $0)) }
    }

    private static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("error reading \(path): the file cannot be read")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
