import Testing
@testable import SkiffAPI

@Suite struct LabelSelectorTests {
    static let parsing: [(text: String, canonical: String)] = [
        ("", ""),
        ("app=web", "app=web"),
        ("app==web", "app==web"),
        ("app!=web", "app!=web"),
        ("tier in (frontend, backend)", "tier in (backend,frontend)"),
        ("tier notin (a)", "tier notin (a)"),
        ("app", "app"),
        ("!canary", "!canary"),
        ("c=d,a=b", "a=b,c=d"),
        ("  app =  web ,  !canary  ", "app=web,!canary"),
        ("x in ()", "x in ()"),
        ("x in (a,,b)", "x in (,a,b)"),
        ("x in (a,a)", "x in (a)"),
        ("app=", "app="),
        ("replicas>2", "replicas>2"),
        ("replicas<5", "replicas<5"),
        ("example.com/app=web", "example.com/app=web"),
        ("in=notin", "in=notin"),
        ("a.b-c_d=E.F-g_h", "a.b-c_d=E.F-g_h"),
    ]

    @Test(arguments: parsing)
    func parses(text: String, canonical: String) throws {
        let selector = try LabelSelectorExpression(parsing: text)
        #expect(selector.description == canonical)
        // The canonical form is itself parseable to the same selector.
        #expect(try LabelSelectorExpression(parsing: canonical) == selector)
    }

    static let matching: [(selector: String, labels: [String: String]?, matches: Bool)] = [
        ("", nil, true),
        ("", ["a": "b"], true),
        ("app=web", ["app": "web", "x": "y"], true),
        ("app=web", ["app": "db"], false),
        ("app=web", [:], false),
        ("app=web", nil, false),
        ("app!=web", [:], true),
        ("app!=web", ["app": "db"], true),
        ("app!=web", ["app": "web"], false),
        ("tier in (a,b)", ["tier": "b"], true),
        ("tier in (a,b)", ["tier": "c"], false),
        ("tier in (a,b)", [:], false),
        ("tier notin (a,b)", [:], true),
        ("tier notin (a,b)", ["tier": "a"], false),
        ("app", ["app": ""], true),
        ("app", [:], false),
        ("!app", [:], true),
        ("!app", ["app": "x"], false),
        ("x in ()", ["x": ""], true),
        ("replicas>2", ["replicas": "3"], true),
        ("replicas>2", ["replicas": "2"], false),
        ("replicas>2", ["replicas": "many"], false),
        ("replicas<5", ["replicas": "-1"], true),
        ("app=web,tier in (frontend),!canary", ["app": "web", "tier": "frontend"], true),
        ("app=web,tier in (frontend),!canary", ["app": "web", "tier": "frontend", "canary": "true"], false),
    ]

    @Test(arguments: matching)
    func matches(selector: String, labels: [String: String]?, matches: Bool) throws {
        #expect(try LabelSelectorExpression(parsing: selector).matches(labels) == matches)
    }

    static let invalid: [(text: String, message: String)] = [
        ("=web", "found '=', expected: !, identifier, or 'end of string'"),
        ("app in", "unable to parse requirement: found '', expected: '('"),
        ("app in (a", "unable to parse requirement: found '', expected: ',' or ')'"),
        ("app=a=b", "found '=', expected: ',' or 'end of string'"),
        ("app,", "found '', expected: identifier after ','"),
        ("!app=web", "found '=', expected: ',' or 'end of string'"),
        ("bad key=x", "unable to parse requirement: found 'key', expected: in, notin, =, ==, !=, gt, lt"),
        ("a=b c", "found 'c', expected: ',' or 'end of string'"),
        ("a=(b)", "unable to parse requirement: found '(', expected: identifier"),
        ("a in (b c)", "unable to parse requirement: found 'c', expected: ',' or ')'"),
        ("a >", "unable to parse requirement: "),
        ("a>b", "for 'Gt', 'Lt' operators, the value must be an integer"),
        ("Inv@lid=x", #"unable to parse requirement: invalid label key "Inv@lid": name part must consist of alphanumeric characters"#),
        ("x/y/z=1", #"invalid label key "x/y/z""#),
        ("Example.com/a=1", "prefix part a lowercase RFC 1123 subdomain"),
        ("/a=1", "prefix part must be non-empty"),
        (String(repeating: "k", count: 64), "name part must be no more than 63 characters"),
        ("app=inv@lid", #"Invalid value: "inv@lid": a valid label must be an empty string"#),
        ("app=" + String(repeating: "v", count: 64), "must be no more than 63 characters"),
        ("a ! b", "found '!'"),
        ("a=b,,c=d", "found ',', expected: identifier after ','"),
        ("&", #"invalid label key "&""#),
    ]

    @Test(arguments: invalid)
    func rejects(text: String, message: String) {
        do {
            _ = try LabelSelectorExpression(parsing: text)
            Issue.record("\(text): accepted")
        } catch let status as Status {
            #expect(status.code == 400)
            #expect(status.message?.contains(message) == true, "\(text): \(status.message ?? "")")
        } catch {
            Issue.record("\(text): \(error)")
        }
    }

    @Test func fromAPISelector() throws {
        let api = LabelSelector(
            matchLabels: ["app": "web", "env": "prod"],
            matchExpressions: [
                LabelSelectorRequirement(key: "tier", operator: "In", values: ["frontend", "edge"]),
                LabelSelectorRequirement(key: "canary", operator: "DoesNotExist"),
                LabelSelectorRequirement(key: "zone", operator: "Exists"),
                LabelSelectorRequirement(key: "track", operator: "NotIn", values: ["beta"]),
            ])
        let selector = try LabelSelectorExpression(api)
        #expect(selector.description == "app=web,!canary,env=prod,tier in (edge,frontend),track notin (beta),zone")
        #expect(selector.matches(["app": "web", "env": "prod", "tier": "edge", "zone": "a"]))
        #expect(!selector.matches(["app": "web", "env": "prod", "tier": "edge", "zone": "a", "canary": "1"]))
        #expect(selector.requiresExactMatch("app") == "web")
        #expect(selector.requiresExactMatch("tier") == nil)
        #expect(selector.exactMatchLabels == ["app": "web", "env": "prod"])
        #expect(try LabelSelectorExpression(LabelSelector()).isEverything)
        #expect(try LabelSelectorExpression(parsing: "x in (only)").requiresExactMatch("x") == "only")
        #expect(!LabelSelectorExpression.nothing.matches([:]))
        #expect(LabelSelectorExpression.everything.matches(nil))
    }

    static let invalidAPISelectors: [(LabelSelectorRequirement, String)] = [
        (LabelSelectorRequirement(key: "a", operator: "Equals", values: ["x"]), #""Equals" is not a valid label selector operator"#),
        (LabelSelectorRequirement(key: "a", operator: "In", values: []), "values set can't be empty"),
        (LabelSelectorRequirement(key: "a", operator: "NotIn"), "values set can't be empty"),
        (LabelSelectorRequirement(key: "a", operator: "Exists", values: ["x"]), "values set must be empty"),
        (LabelSelectorRequirement(key: "a", operator: "DoesNotExist", values: ["x"]), "values set must be empty"),
        (LabelSelectorRequirement(key: "bad key", operator: "Exists"), "invalid label key"),
    ]

    @Test(arguments: invalidAPISelectors)
    func rejectsInvalidAPISelectors(requirement: LabelSelectorRequirement, message: String) {
        #expect {
            _ = try LabelSelectorExpression(LabelSelector(matchExpressions: [requirement]))
        } throws: { error in
            (error as? Status)?.message?.contains(message) == true
        }
    }

    @Test func apiSelectorJSONShape() throws {
        let json = #"{"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"In","values":["a"],"future":1}]}"#
        let selector = try JSONCodec.decode(LabelSelector.self, from: Array(json.utf8))
        #expect(selector.matchExpressions?.first?.operator == "In")
        #expect(selector.matchExpressions?.first?.unknownFields?["future"] == 1)
        #expect(String(decoding: try JSONCodec.encode(selector), as: UTF8.self) == json)
    }
}

@Suite struct FieldSelectorTests {
    static let fields: [String: String] = [
        "metadata.name": "web", "metadata.namespace": "default", "spec.nodeName": "node-1", "status.phase": "Running",
        "involvedObject.kind": "Pod", "weird": "a,b=c",
    ]

    static let cases: [(text: String, canonical: String, matches: Bool)] = [
        ("", "", true),
        ("metadata.name=web", "metadata.name=web", true),
        ("metadata.name==web", "metadata.name=web", true),
        ("metadata.name!=web", "metadata.name!=web", false),
        ("status.phase!=Failed,spec.nodeName=node-1", "spec.nodeName=node-1,status.phase!=Failed", true),
        ("metadata.namespace=default,metadata.name=db", "metadata.name=db,metadata.namespace=default", false),
        ("spec.nodeName=", "spec.nodeName=", false),
        ("missing.field=", "missing.field=", true),
        ("missing.field!=x", "missing.field!=x", true),
        (#"weird=a\,b\=c"#, #"weird=a\,b\=c"#, true),
        ("involvedObject.kind=Pod,", "involvedObject.kind=Pod", true),
    ]

    @Test(arguments: cases)
    func parsesAndMatches(text: String, canonical: String, matches: Bool) throws {
        let selector = try FieldSelector(parsing: text)
        #expect(selector.description == canonical)
        #expect(selector.matches { Self.fields[$0] } == matches)
        #expect(try FieldSelector(parsing: canonical) == selector)
    }

    @Test func requirementsAreExposed() throws {
        let selector = try FieldSelector(parsing: "spec.nodeName=node-1,status.phase!=Failed")
        #expect(selector.requirements == [
            FieldSelector.Requirement(field: "spec.nodeName", operator: .equals, value: "node-1"),
            FieldSelector.Requirement(field: "status.phase", operator: .notEquals, value: "Failed"),
        ])
        #expect(selector.requiresExactMatch("spec.nodeName") == "node-1")
        #expect(selector.requiresExactMatch("status.phase") == nil)
        #expect(FieldSelector.everything.isEverything)
    }

    static let invalid: [(String, String)] = [
        ("metadata.name", "invalid selector: 'metadata.name'; can't understand 'metadata.name'"),
        ("a=b=c", "unescaped character in value: ="),
        (#"a=b\q"#, #"invalid escape sequence: \q"#),
        (#"a=b\"#, #"invalid escape sequence: \"#),
        ("a=b,c", "can't understand 'c'"),
    ]

    @Test(arguments: invalid)
    func rejects(text: String, message: String) {
        #expect {
            _ = try FieldSelector(parsing: text)
        } throws: { error in
            (error as? Status)?.code == 400 && (error as? Status)?.message?.contains(message) == true
        }
    }
}
