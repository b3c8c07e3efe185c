/// Lexer and recursive-descent parser for the label selector string syntax, following
/// Kubernetes' `labels.Parse` token by token so that accepted inputs and error messages match.
enum LabelSelectorParser {
    private enum Token: Equatable {
        case identifier(String)
        case doesNotExist  // !
        case equals, doubleEquals, notEquals, greaterThan, lessThan
        case `in`, notIn
        case openParen, closeParen, comma
        case end
        case error(String)

        var literal: String {
            switch self {
            case .identifier(let text): return text
            case .doesNotExist: return "!"
            case .equals: return "="
            case .doubleEquals: return "=="
            case .notEquals: return "!="
            case .greaterThan: return ">"
            case .lessThan: return "<"
            case .in: return "in"
            case .notIn: return "notin"
            case .openParen: return "("
            case .closeParen: return ")"
            case .comma: return ","
            case .end: return ""
            case .error(let text): return text
            }
        }
    }

    static func parse(_ text: String) throws -> [LabelSelectorExpression.Requirement] {
        var parser = Parser(tokens: tokenize(text))
        return try parser.parse()
    }

    // MARK: Lexer

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
            UInt8(ascii: ">"), UInt8(ascii: "<"):
            return true
        default:
            return false
        }
    }

    private static func symbol(_ text: String) -> Token? {
        switch text {
        case ")": return .closeParen
        case ",": return .comma
        case "!": return .doesNotExist
        case "==": return .doubleEquals
        case "=": return .equals
        case ">": return .greaterThan
        case "<": return .lessThan
        case "!=": return .notEquals
        case "(": return .openParen
        default: return nil
        }
    }

    private static func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var position = 0
        while true {
            while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] != 0 else {
                tokens.append(.end)
                return tokens
            }
            if isSpecial(bytes[position]) {
                // Longest run of symbols that still forms a token (`!=` rather than `!` `=`).
                var buffer = ""
                var last: (token: Token, end: Int)? = nil
                var scan = position
                while scan < bytes.count, isSpecial(bytes[scan]) {
                    buffer.append(Character(Unicode.Scalar(bytes[scan])))
                    if let token = symbol(buffer) {
                        last = (token, scan + 1)
                    } else if last != nil {
                        break
                    }
                    scan += 1
                }
                guard let last else {
                    tokens.append(.error("error expected: keyword found '\(buffer)'"))
                    tokens.append(.end)
                    return tokens
                }
                tokens.append(last.token)
                position = last.end
            } else {
                let start = position
                while position < bytes.count, bytes[position] != 0, !isSpecial(bytes[position]), !isWhitespace(bytes[position]) {
                    position += 1
                }
                let word = String(decoding: bytes[start..<position], as: UTF8.self)
                switch word {
                case "in": tokens.append(.in)
                case "notin": tokens.append(.notIn)
                default: tokens.append(.identifier(word))
                }
            }
        }
    }

    // MARK: Parser

    private struct Parser {
        let tokens: [Token]
        var position = 0

        /// In value context the keywords `in` and `notin` are ordinary identifiers.
        private func lookahead(values: Bool) -> Token {
            let token = tokens[min(position, tokens.count - 1)]
            if values, token == .in || token == .notIn { return .identifier(token.literal) }
            return token
        }

        private mutating func consume(values: Bool) -> Token {
            let token = lookahead(values: values)
            if position < tokens.count - 1 { position += 1 }
            return token
        }

        mutating func parse() throws -> [LabelSelectorExpression.Requirement] {
            var requirements: [LabelSelectorExpression.Requirement] = []
            while true {
                switch lookahead(values: true) {
                case .identifier, .doesNotExist:
                    do {
                        requirements.append(try parseRequirement())
                    } catch let problem as Problem {
                        throw Status.badRequest("unable to parse requirement: \(problem.message)")
                    }
                    let next = consume(values: true)
                    switch next {
                    case .end:
                        return requirements
                    case .comma:
                        let after = lookahead(values: true)
                        guard case .identifier = after else {
                            if after == .doesNotExist { continue }
                            throw Status.badRequest("found '\(after.literal)', expected: identifier after ','")
                        }
                    default:
                        throw Status.badRequest("found '\(next.literal)', expected: ',' or 'end of string'")
                    }
                case .end:
                    return requirements
                case let other:
                    throw Status.badRequest("found '\(other.literal)', expected: !, identifier, or 'end of string'")
                }
            }
        }

        private struct Problem: Error {
            let message: String
        }

        private mutating func parseRequirement() throws -> LabelSelectorExpression.Requirement {
            var token = consume(values: true)
            var unary: LabelSelectorExpression.Operator? = nil
            if token == .doesNotExist {
                unary = .doesNotExist
                token = consume(values: true)
            }
            guard case .identifier(let key) = token else {
                throw Problem(message: "found '\(token.literal)', expected: identifier")
            }
            let keyErrors = LabelValidation.keyErrors(key)
            guard keyErrors.isEmpty else {
                throw Problem(message: "invalid label key \"\(key)\": " + keyErrors.joined(separator: "; "))
            }
            let next = lookahead(values: true)
            // `!key` takes no operator or values; whatever follows is the caller's to reject.
            if let unary { return try requirement(key, unary, []) }
            if next == .end || next == .comma { return try requirement(key, .exists, []) }
            let operatorToken = consume(values: false)
            let op: LabelSelectorExpression.Operator
            switch operatorToken {
            case .in: op = .in
            case .notIn: op = .notIn
            case .equals: op = .equals
            case .doubleEquals: op = .doubleEquals
            case .notEquals: op = .notEquals
            case .greaterThan: op = .greaterThan
            case .lessThan: op = .lessThan
            default:
                throw Problem(message: "found '\(operatorToken.literal)', expected: in, notin, =, ==, !=, gt, lt")
            }
            let values: [String]
            switch op {
            case .in, .notIn: values = try parseValueSet()
            default: values = try parseExactValue()
            }
            return try requirement(key, op, values)
        }

        private func requirement(
            _ key: String, _ op: LabelSelectorExpression.Operator, _ values: [String]
        ) throws -> LabelSelectorExpression.Requirement {
            do {
                return try LabelSelectorExpression.Requirement(key: key, operator: op, values: values)
            } catch let status as Status {
                throw Problem(message: status.message ?? "invalid requirement")
            }
        }

        /// `(a,b,c)`; empty members (`(,a)`, `()`) mean the empty value, as in Kubernetes.
        private mutating func parseValueSet() throws -> [String] {
            let open = consume(values: true)
            guard open == .openParen else { throw Problem(message: "found '\(open.literal)', expected: '('") }
            let first = lookahead(values: true)
            switch first {
            case .identifier, .comma:
                let values = try parseIdentifierList()
                let close = consume(values: true)
                guard close == .closeParen else { throw Problem(message: "found '\(close.literal)', expected: ')'") }
                return values
            case .closeParen:
                _ = consume(values: true)
                return [""]
            default:
                throw Problem(message: "found '\(first.literal)', expected: ',', ')' or identifier")
            }
        }

        private mutating func parseIdentifierList() throws -> [String] {
            var values: [String] = []
            while true {
                let token = consume(values: true)
                switch token {
                case .identifier(let value):
                    values.append(value)
                    let next = lookahead(values: true)
                    switch next {
                    case .comma: continue
                    case .closeParen: return values
                    default: throw Problem(message: "found '\(next.literal)', expected: ',' or ')'")
                    }
                case .comma:
                    if values.isEmpty { values.append("") }  // `(,`
                    let next = lookahead(values: true)
                    if next == .closeParen {
                        values.append("")  // `,)`
                        return values
                    }
                    if next == .comma {
                        _ = consume(values: true)
                        values.append("")  // `,,`
                    }
                default:
                    throw Problem(message: "found '\(token.literal)', expected: ',', or identifier")
                }
            }
        }

        private mutating func parseExactValue() throws -> [String] {
            let next = lookahead(values: true)
            if next == .end || next == .comma { return [""] }
            let token = consume(values: true)
            guard case .identifier(let value) = token else {
                throw Problem(message: "found '\(token.literal)', expected: identifier")
            }
            return [value]
        }
    }
}
