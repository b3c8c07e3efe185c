import Yams

/// YAML in and out, for manifests (`skiff apply -f`) and `-o yaml`, through `JSONValue`.
///
/// Contract:
/// - `decodeDocuments` reads a multi-document stream (`---`); empty documents (and documents that
///   are just `null`) are skipped. Scalars resolve as Kubernetes resolves them (see
///   `YAMLScalarResolution`): `"80"` quoted stays a string, `80` is an integer, `yes` is true.
///   Explicit tags `!!str`, `!!int`, `!!float`, `!!bool`, `!!null` are honoured (`!!timestamp`
///   and `!!binary` stay strings). Anchors, aliases and `<<` merge keys are expanded, with a
///   budget on the number of nodes so alias bombs fail instead of exhausting memory; nesting is
///   limited (libyaml stops at 1000 levels, conversion at `maximumDepth`). Mapping
///   keys keep their text as written. Duplicate keys are an error.
/// - Every failure is `Status.badRequest` saying `error converting YAML to JSON: …` with the
///   line and column.
/// - `encode` writes block-style YAML like `kubectl -o yaml` (see `YAMLWriter`), in the value's
///   own key order; `decodeDocuments(encode(v)) == [v]` for any non-null value.
public enum YAMLCodec {
    /// Most nodes one stream may expand to (aliases included).
    static let nodeBudget = 2_000_000
    /// Deepest nesting accepted.
    static let maximumDepth = 512

    /// The documents of a YAML stream, as JSON values.
    public static func decodeDocuments(_ text: String) throws -> [JSONValue] {
        var documents: [JSONValue] = []
        do {
            // `.default`, although we resolve scalars ourselves: Yams' duplicate-key check resolves
            // (and stores) key tags, and with `.basic` a `<<` merge key would read as a plain string.
            let parser = try Parser(yaml: text, resolver: .default, constructor: .default, encoding: .utf8)
            var converter = Converter()
            while let node = try parser.nextRoot() {
                let value = try converter.convert(node, depth: 0)
                if !value.isNull { documents.append(value) }
            }
        } catch let status as Status {
            throw status
        } catch let error as YamlError {
            throw Status.badRequest("error converting YAML to JSON: " + describe(error))
        } catch {
            throw Status.badRequest("error converting YAML to JSON: \(error)")
        }
        return documents
    }

    /// Decodes a `T` from a single-document YAML text (the first document if there are several).
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        guard let first = try decodeDocuments(text).first else {
            throw Status.badRequest("error converting YAML to JSON: the document is empty")
        }
        return try JSONCodec.decode(type, from: first)
    }

    /// Block-style YAML for `value`, ending in a newline.
    public static func encode(_ value: JSONValue) -> String {
        var writer = YAMLWriter()
        writer.writeDocument(value)
        return writer.text
    }

    /// Block-style YAML for an `Encodable` value (through `JSONCodec.encodeValue`).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        encode(try JSONCodec.encodeValue(value))
    }

    // MARK: Conversion

    private struct Converter {
        var nodesLeft = YAMLCodec.nodeBudget

        mutating func convert(_ node: Yams.Node, depth: Int) throws -> JSONValue {
            nodesLeft -= 1
            guard nodesLeft >= 0 else { throw Status.badRequest("error converting YAML to JSON: yaml: document contains excessive aliasing") }
            guard depth <= YAMLCodec.maximumDepth else {
                throw Status.badRequest("error converting YAML to JSON: yaml: exceeded maximum nesting depth of \(YAMLCodec.maximumDepth)")
            }
            switch node {
            case .scalar(let scalar):
                return try resolve(scalar)
            case .sequence(let sequence):
                var elements: [JSONValue] = []
                elements.reserveCapacity(sequence.count)
                for element in sequence { elements.append(try convert(element, depth: depth + 1)) }
                return .array(elements)
            case .mapping(let mapping):
                return .object(try convertMapping(mapping, depth: depth))
            case .alias(let alias):
                throw Status.badRequest("error converting YAML to JSON: yaml: unresolved alias \(alias.anchor)\(position(alias.mark))")
            }
        }

        private mutating func convertMapping(_ mapping: Yams.Node.Mapping, depth: Int) throws -> JSONObject {
            var object = JSONObject()
            var explicitKeys = Set<String>()
            for (key, _) in mapping where !isMergeKey(key) { explicitKeys.insert(try keyText(key)) }
            for (key, value) in mapping {
                if isMergeKey(key) {
                    // `<<: *base` or `<<: [*a, *b]`: keys defined here win, then earlier sources.
                    let sources: [Yams.Node]
                    switch value {
                    case .mapping: sources = [value]
                    case .sequence(let sequence): sources = Array(sequence)
                    default: throw Status.badRequest("error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\(position(value.mark))")
                    }
                    for source in sources {
                        guard case .mapping(let merged) = source else {
                            throw Status.badRequest("error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value\(position(source.mark))")
                        }
                        for (mergedKey, mergedValue) in try convertMapping(merged, depth: depth + 1)
                        where !explicitKeys.contains(mergedKey) && object[mergedKey] == nil {
                            object.appendUnique(mergedKey, mergedValue)
                        }
                    }
                    continue
                }
                object[try keyText(key)] = try convert(value, depth: depth + 1)
            }
            return object
        }

        private func isMergeKey(_ node: Yams.Node) -> Bool {
            guard case .scalar(let scalar) = node, scalar.string == "<<" else { return false }
            return scalar.tag.rawValue == Tag.Name.merge.rawValue
                || (scalar.style == .plain || scalar.style == .any) && (scalar.tag.rawValue.isEmpty)
        }

        /// Keys keep their text: JSON keys are strings, and `80:` or `on:` should not turn into
        /// `"80"`-vs-`80` or `true` surprises.
        private func keyText(_ node: Yams.Node) throws -> String {
            guard case .scalar(let scalar) = node else {
                throw Status.badRequest("error converting YAML to JSON: yaml: mapping keys must be scalars\(position(node.mark))")
            }
            return scalar.string
        }

        private func resolve(_ scalar: Yams.Node.Scalar) throws -> JSONValue {
            let text = scalar.string
            let tag = scalar.tag.rawValue
            let isPlain = scalar.style == .plain || scalar.style == .any
            do {
                switch tag {
                case "":
                    return isPlain ? try YAMLScalarResolution.resolvePlain(text) : .string(text)
                case Tag.Name.nonSpecific.rawValue, Tag.Name.str.rawValue, Tag.Name.timestamp.rawValue, Tag.Name.binary.rawValue:
                    return .string(text)
                case Tag.Name.int.rawValue:
                    let plain = String(text.unicodeScalars.filter { $0 != "_" })
                    guard let integer = YAMLScalarResolution.integer(plain) else { throw mismatch(text, "!!int", scalar) }
                    return .integer(integer)
                case Tag.Name.float.rawValue:
                    let plain = String(text.unicodeScalars.filter { $0 != "_" })
                    if let integer = YAMLScalarResolution.integer(plain) { return .double(Double(integer)) }
                    guard YAMLScalarResolution.isFloatSyntax(plain), let double = Double(plain), double.isFinite else {
                        throw mismatch(text, "!!float", scalar)
                    }
                    return .double(double)
                case Tag.Name.bool.rawValue:
                    guard case .bool(let flag) = try YAMLScalarResolution.resolvePlain(text) else { throw mismatch(text, "!!bool", scalar) }
                    return .bool(flag)
                case Tag.Name.null.rawValue:
                    return .null
                default:
                    // Application tags (`!foo`): the content decides, as if untagged.
                    return isPlain ? try YAMLScalarResolution.resolvePlain(text) : .string(text)
                }
            } catch YAMLScalarResolution.Problem.notRepresentable(let word) {
                throw Status.badRequest("error converting YAML to JSON: yaml: \(word) cannot be represented in JSON\(position(scalar.mark))")
            }
        }

        private func mismatch(_ text: String, _ tag: String, _ scalar: Yams.Node.Scalar) -> Status {
            .badRequest("error converting YAML to JSON: yaml: cannot decode `\(text)` as a \(tag)\(position(scalar.mark))")
        }

        private func position(_ mark: Mark?) -> String {
            guard let mark else { return "" }
            return " at line \(mark.line), column \(mark.column)"
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var text = "yaml: line \(mark.line), column \(mark.column): \(problem)"
            if let context { text += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return text
        case .reader(let problem, let offset, _, _):
            return "yaml: \(problem)" + (offset.map { " at byte offset \($0)" } ?? "")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return "yaml: line \(context.mark.line), column \(context.mark.column): duplicate mapping keys: \(duplicates.joined(separator: ", "))"
        default:
            return "yaml: \(error)"
        }
    }
}
