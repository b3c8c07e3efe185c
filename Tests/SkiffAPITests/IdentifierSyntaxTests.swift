import SkiffAPI
import Testing

@Suite("Identifier syntax")
struct IdentifierSyntaxTests {
    @Test(arguments: [
        ("web", true), ("web-1", true), ("1web", true), ("Web", false), ("-web", false), ("web-", false),
        ("web.app", false), (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false), ("", false),
    ])
    func dns1123Label(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.dns1123Label(value).isEmpty == isValid)
    }

    @Test(arguments: [
        ("example.com", true), ("web-1.default", true), ("a..b", false), (".a", false), ("A.b", false),
        (String(repeating: "a", count: 253), true), (String(repeating: "a", count: 254), false),
    ])
    func dns1123Subdomain(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.dns1123Subdomain(value).isEmpty == isValid)
    }

    @Test(arguments: [("web", true), ("1web", false), ("w-1", true)])
    func dns1035Label(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.dns1035Label(value).isEmpty == isValid)
    }

    @Test(arguments: [
        ("app", true), ("App_Name.v1", true), ("app.kubernetes.io/name", true), ("example.com/", false), ("/name", false),
        ("a/b/c", false), ("-app", false), ("Example.com/name", false), (String(repeating: "a", count: 64), false),
    ])
    func qualifiedName(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.qualifiedName(value).isEmpty == isValid)
    }

    @Test(arguments: [("", true), ("v1.2_3-a", true), ("-a", false), ("a b", false), (String(repeating: "a", count: 64), false)])
    func labelValue(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.labelValue(value).isEmpty == isValid)
    }

    @Test(arguments: [
        ("http", true), ("web-80", true), ("80", false), ("http--web", false), ("-http", false), ("HTTP", false),
        ("a-very-long-port-name", false),
    ])
    func portName(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.portName(value).isEmpty == isValid)
    }

    @Test(arguments: [
        ("127.0.0.1", true), ("10.96.0.10", true), ("256.1.1.1", false), ("1.2.3", false), ("::1", true),
        ("fd00::a", true), ("2001:db8::ffff:1.2.3.4", true), ("1:2:3:4:5:6:7:8", true), ("1:2:3:4:5:6:7:8:9", false),
        ("1::2::3", false), ("g::1", false), ("", false),
    ])
    func ipAddress(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.ipAddress(value).isEmpty == isValid)
    }

    @Test(arguments: [("MY_VAR", true), ("my.env-name", true), ("1VAR", false), ("A=B", false), ("", false)])
    func environmentVariableName(value: String, isValid: Bool) {
        #expect(IdentifierSyntax.environmentVariableName(value).isEmpty == isValid)
    }

    @Test func messagesReadLikeKubernetes() {
        #expect(IdentifierSyntax.portNumber(0) == ["must be between 1 and 65535, inclusive"])
        #expect(IdentifierSyntax.percent("abc").first?.hasPrefix("a valid percent string must be a numeric string followed by an ending '%'") == true)
        #expect(FieldPath("spec").child("template", "spec").child("containers").index(0).child("ports").index(1).description
            == "spec.template.spec.containers[0].ports[1]")
        #expect(FieldPath("data").key("app.conf").description == "data[app.conf]")
    }
}
