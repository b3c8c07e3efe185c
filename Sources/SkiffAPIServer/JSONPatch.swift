import Foundation
import SkiffAPI

/// RFC 6902 JSON patch: a list of `add`, `remove`, `replace`, `move`, `copy` and `test`
/// operations on JSON pointers (RFC 6901). Any failing operation fails the whole patch with a
/// `BadRequest` (or `Invalid` for a failed `test`) and nothing is written.
enum JSONPatch {
    static func apply(_ patch: JSONValue, to target: JSONValue) throws -> JSONValue {
        guard case .array(let operations) = patch else {
            throw Status.badRequest("a JSON patch must be an array of operations")
        }
        var document = target
        for (index, operation) in operations.enumerated() {
            guard let op = operation["op"]?.stringValue else {
                throw Status.badRequest("JSON patch operation \(index) has no \"op\"")
            }
            guard let path = operation["path"]?.stringValue else {
                throw Status.badRequest("JSON patch operation \(index) (\(op)) has no \"path\"")
            }
            let pointer = try pointerTokens(path)
            switch op {
            case "add":
                document = try add(operation["value"], at: pointer, in: document, op: op)
            case "remove":
                document = try remove(at: pointer, in: document).document
            case "replace":
                _ = try value(at: pointer, in: document, path: path)
                document = try remove(at: pointer, in: document).document
                document = try add(operation["value"], at: pointer, in: document, op: op)
            case "move", "copy":
                guard let from = operation["from"]?.stringValue else {
                    throw Status.badRequest("JSON patch operation \(index) (\(op)) has no \"from\"")
                }
                let source = try pointerTokens(from)
                let moved = try value(at: source, in: document, path: from)
                if op == "move" { document = try remove(at: source, in: document).document }
                document = try add(moved, at: pointer, in: document, op: op)
            case "test":
                let actual = try value(at: pointer, in: document, path: path)
                if actual != (operation["value"] ?? .null) {
                    throw Status(
                        message: "the JSON patch test operation failed at \(path)", reason: .invalid, code: 422
                    )
                }
            default:
                throw Status.badRequest("unknown JSON patch operation \"\(op)\"")
            }
        }
        return document
    }

    /// RFC 6901: `/a/b~1c/0` → `["a", "b/c", "0"]`.
    static func pointerTokens(_ path: String) throws -> [String] {
        if path.isEmpty { return [] }
        guard path.hasPrefix("/") else { throw Status.badRequest("invalid JSON pointer \"\(path)\"") }
        return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    private static func value(at pointer: [String], in document: JSONValue, path: String) throws -> JSONValue {
        var current = document
        for token in pointer {
            switch current {
            case .object(let object):
                guard let next = object[token] else { throw Status.badRequest("JSON patch path \(path) does not exist") }
                current = next
            case .array(let array):
                guard let index = Int(token), array.indices.contains(index) else {
                    throw Status.badRequest("JSON patch path \(path) does not exist")
                }
                current = array[index]
            default:
                throw Status.badRequest("JSON patch path \(path) does not exist")
            }
        }
        return current
    }

    private static func add(_ value: JSONValue?, at pointer: [String], in document: JSONValue, op: String) throws -> JSONValue {
        guard let value else { throw Status.badRequest("JSON patch \(op) operation has no \"value\"") }
        guard let first = pointer.first else { return value }
        let rest = Array(pointer.dropFirst())
        switch document {
        case .object(var object):
            if rest.isEmpty {
                object[first] = value
            } else {
                guard let child = object[first] else {
                    throw Status.badRequest("JSON patch path /\(pointer.joined(separator: "/")) does not exist")
                }
                object[first] = try add(value, at: rest, in: child, op: op)
            }
            return .object(object)
        case .array(var array):
            if rest.isEmpty {
                if first == "-" {
                    array.append(value)
                } else if let index = Int(first), index >= 0, index <= array.count {
                    array.insert(value, at: index)
                } else {
                    throw Status.badRequest("JSON patch index \(first) is out of range")
                }
            } else {
                guard let index = Int(first), array.indices.contains(index) else {
                    throw Status.badRequest("JSON patch index \(first) is out of range")
                }
                array[index] = try add(value, at: rest, in: array[index], op: op)
            }
            return .array(array)
        default:
            throw Status.badRequest("JSON patch path /\(pointer.joined(separator: "/")) does not exist")
        }
    }

    private static func remove(at pointer: [String], in document: JSONValue) throws -> (document: JSONValue, removed: JSONValue) {
        guard let first = pointer.first else { throw Status.badRequest("JSON patch cannot remove the whole document") }
        let rest = Array(pointer.dropFirst())
        switch document {
        case .object(var object):
            guard let child = object[first] else {
                throw Status.badRequest("JSON patch path /\(pointer.joined(separator: "/")) does not exist")
            }
            if rest.isEmpty {
                _ = object.removeValue(forKey: first)
                return (.object(object), child)
            }
            let inner = try remove(at: rest, in: child)
            object[first] = inner.document
            return (.object(object), inner.removed)
        case .array(var array):
            guard let index = Int(first), array.indices.contains(index) else {
                throw Status.badRequest("JSON patch index \(first) is out of range")
            }
            if rest.isEmpty {
                let removed = array.remove(at: index)
                return (.array(array), removed)
            }
            let inner = try remove(at: rest, in: array[index])
            array[index] = inner.document
            return (.array(array), inner.removed)
        default:
            throw Status.badRequest("JSON patch path /\(pointer.joined(separator: "/")) does not exist")
        }
    }
}
