import Testing
@testable import SkiffAPI

@Suite struct YAMLCodecTests {
    /// The example from the Kubernetes documentation ("Creating a Deployment").
    static let nginxDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx-deployment
          labels:
            app: nginx
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: nginx:1.14.2
                ports:
                - containerPort: 80
        """

    @Test func kubernetesDocsDeployment() throws {
        let documents = try YAMLCodec.decodeDocuments(Self.nginxDeployment)
        let expected: JSONValue = [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "nginx-deployment", "labels": ["app": "nginx"]],
            "spec": [
                "replicas": 3,
                "selector": ["matchLabels": ["app": "nginx"]],
                "template": [
                    "metadata": ["labels": ["app": "nginx"]],
                    "spec": ["containers": [["name": "nginx", "image": "nginx:1.14.2", "ports": [["containerPort": 80]]]]],
                ],
            ],
        ]
        #expect(documents == [expected])
        #expect(documents[0].objectValue?.keys == ["apiVersion", "kind", "metadata", "spec"])
        // The selector decodes into the API type and matches the template's labels.
        let selector = try JSONCodec.decode(LabelSelector.self, from: try #require(documents[0]["spec"]?["selector"]))
        #expect(try LabelSelectorExpression(selector).matches(["app": "nginx", "pod-template-hash": "abc"]))
        // And the YAML we write reads back the same.
        #expect(try YAMLCodec.decodeDocuments(YAMLCodec.encode(expected)) == [expected])
    }

    @Test func multipleDocumentsCommentsAndEmptyDocuments() throws {
        let text = """
            # leading comment
            ---
            a: 1 # trailing comment
            ---
            ---
            # only a comment
            ---
            - x
            - z
            ...
            ---
            ~
            ---
            b: two
            """
        #expect(try YAMLCodec.decodeDocuments(text) == [["a": 1], ["x", "z"], ["b": "two"]])
        #expect(try YAMLCodec.decodeDocuments("") == [])
        #expect(try YAMLCodec.decodeDocuments("---\n---\n") == [])
    }

    @Test func scalarsResolveAsKubernetesResolvesThem() throws {
        let text = """
            quotedNumber: "80"
            singleQuoted: '443'
            number: 80
            negative: -7
            hex: 0x1F
            octal: 0o17
            oldOctal: 017
            underscores: 1_000
            float: 1.5
            exponent: 1e3
            leadingDot: .5
            yes: yes
            no: No
            on: ON
            off: off
            y: y
            true: true
            tilde: ~
            null: null
            empty:
            version: 1.14.2
            image: nginx:1.14.2
            timestamp: 2026-11-23T11:52:10Z
            date: 2001-12-14
            explicitString: !!str 80
            explicitInt: !!int "80"
            explicitFloat: !!float 3
            nonSpecific: ! 12
            literal: |
              line one
              line two
            folded: >-
              folded
              text
            """
        let value = try #require(try YAMLCodec.decodeDocuments(text).first)
        let expected: [String: JSONValue] = [
            "quotedNumber": "80", "singleQuoted": "443", "number": 80, "negative": -7, "hex": 31, "octal": 15, "oldOctal": 15,
            "underscores": 1000, "float": 1.5, "exponent": 1000.0, "leadingDot": 0.5,
            "yes": true, "no": false, "on": true, "off": false, "y": true, "true": true,
            "tilde": nil, "null": nil, "empty": nil, "version": "1.14.2", "image": "nginx:1.14.2",
            "timestamp": "2026-11-23T11:52:10Z", "date": "2001-12-14",
            "explicitString": "80", "explicitInt": 80, "explicitFloat": 3.0, "nonSpecific": "12",
            "literal": "line one\nline two\n", "folded": "folded text",
        ]
        for (key, expectedValue) in expected {
            #expect(value[key] == expectedValue, "\(key)")
        }
        // Keys keep their text, even when they would resolve to something else.
        #expect(value.objectValue?.keys.contains("yes") == true)
        #expect(value.objectValue?.keys.contains("null") == true)
    }

    @Test func anchorsAliasesAndMergeKeys() throws {
        let text = """
            base: &base
              image: nginx
              pullPolicy: Always
            limits: &limits {cpu: 500m}
            first:
              <<: *base
              name: first
              pullPolicy: IfNotPresent
            second:
              <<: [*limits, *base]
              name: second
            copy: *limits
            """
        let value = try #require(try YAMLCodec.decodeDocuments(text).first)
        #expect(value["first"] == ["image": "nginx", "pullPolicy": "IfNotPresent", "name": "first"])
        #expect(value["second"] == ["cpu": "500m", "image": "nginx", "pullPolicy": "Always", "name": "second"])
        #expect(value["copy"] == ["cpu": "500m"])
    }

    static let invalid: [(name: String, text: String, fragment: String)] = [
        ("bad indentation", "a:\n  b: 1\n c: 2\n", "line 3"),
        ("mapping in a plain scalar", "a: b: c\n", "line 1"),
        ("unterminated quote", "a: \"open\n", "line"),
        ("tab indentation", "a:\n\tb: 1\n", "line 2"),
        ("duplicate key", "a: 1\na: 2\n", "duplicate"),
        ("undefined alias", "a: *nowhere\n", "line 1"),
        ("NaN", "a: .nan\n", "cannot be represented in JSON"),
        ("bad explicit int", "a: !!int twelve\n", "cannot decode"),
        ("unclosed flow", "a: [1, 2\n", "line"),
    ]

    @Test(arguments: invalid)
    func invalidYAMLIsABadRequest(name: String, text: String, fragment: String) {
        do {
            _ = try YAMLCodec.decodeDocuments(text)
            Issue.record("\(name): accepted")
        } catch let status as Status {
            #expect(status.code == 400)
            #expect(status.message?.hasPrefix("error converting YAML to JSON: ") == true, "\(name)")
            #expect(status.message?.contains(fragment) == true, "\(name): \(status.message ?? "")")
        } catch {
            Issue.record("\(name): \(error)")
        }
    }

    @Test func aliasBombsAreRejected() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        #expect(throws: Status.self) { try YAMLCodec.decodeDocuments(text) }
    }

    @Test func deepNestingIsRejected() {
        let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: Status.self) { try YAMLCodec.decodeDocuments(text) }
    }

    @Test func writesKubectlStyleYAML() throws {
        let value: JSONValue = [
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": ["name": "web", "labels": ["app": "web"], "annotations": [:]],
            "spec": [
                "containers": [["name": "c", "args": ["-g", "daemon off;"], "ports": [["containerPort": 80]]]],
                "nested": [[1, 2], []],
            ],
        ]
        #expect(YAMLCodec.encode(value) == """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              labels:
                app: web
              annotations: {}
            spec:
              containers:
              - name: c
                args:
                - "-g"
                - daemon off;
                ports:
                - containerPort: 80
              nested:
              - - 1
                - 2
              - []

            """)
    }

    static let trickyStrings: [String] = [
        "", "80", "1.5", "1e3", "0x10", "017", "true", "yes", "No", "off", "y", "null", "~", "-", "- item", "-dash",
        "a: b", "a:b", "ends:", "#hash", "a #b", "a#b", "[x]", "{x}", "*alias", "&anchor", "!tag", "|", ">", "'q'", "\"q\"",
        "%d", "@at", "`tick`", " leading", "trailing ", "tab\tinside", "line\nbreak", "line\nbreak\n", "two\n\n",
        "\nleading newline", " spaced\nblock", "2026-11-23T11:52:10Z", "2001-12-14", "<<", "é中😀", "ctl\u{01}\u{7F}",
        "1_000", ".5", "+1", ".inf", ".NaN", "=",
    ]

    @Test(arguments: trickyStrings)
    func stringsSurviveEncoding(text: String) throws {
        let value: JSONValue = ["key": .string(text), .init(text.isEmpty ? "k" : text): ["list": [.string(text)]]]
        let yaml = YAMLCodec.encode(value)
        #expect(try YAMLCodec.decodeDocuments(yaml) == [value], "\(yaml)")
    }

    @Test func scalarDocumentsAndNumbers() throws {
        for value: JSONValue in [1, -2.5, true, "text", 1e300, 0.1, [1.0, 2.5e-8], ["n": nil]] {
            #expect(try YAMLCodec.decodeDocuments(YAMLCodec.encode(value)) == [value], "\(value)")
        }
    }

    @Test func decodesTypedValues() throws {
        let selector = try YAMLCodec.decode(LabelSelector.self, from: """
            matchLabels: {app: web}
            matchExpressions:
            - {key: tier, operator: In, values: [frontend, "80"]}
            """)
        #expect(selector.matchExpressions?.first?.values == ["frontend", "80"])
        #expect(selector.matchExpressions?.first?.operator == "In")
        #expect(try YAMLCodec.encode(selector).contains("operator: In"))
    }
}
