import Foundation
import SkiffAPI

/// A kind that kubectl prints with columns of its own (its server-side table printer) rather
/// than just `NAME AGE`.
public protocol TablePrintable: APIObject {
    /// The column headers, `NAME` first where kubectl has it; `wide` adds the `-o wide` columns.
    static func columns(wide: Bool) -> [String]
    /// The cells of this object's row, in `columns(wide:)` order; ages are taken at `now`.
    func cells(wide: Bool, now: Date) -> [String]
}

/// kubectl's human-readable table (`get` without `-o`, or `-o wide`): a header line, then one
/// row per object, aligned by `TabWriter.table()`.
///
/// Contract: the header is printed before the first row ever printed and never again, so a
/// `get -w` that starts from an empty list still gets one header. Column widths are remembered
/// across `render` calls (kubectl's `RememberWidths`). `showsNamespace` adds kubectl's leading
/// `NAMESPACE` column (`-A`, namespaced kinds only); `showsLabels` a trailing `LABELS` column.
public struct ResourceTable: Sendable {
    public var wide: Bool
    public var showsNamespace: Bool
    public var showsLabels: Bool
    private var writer = TabWriter.table()
    private var hasPrintedHeader = false

    public init(wide: Bool = false, showsNamespace: Bool = false, showsLabels: Bool = false) {
        self.wide = wide
        self.showsNamespace = showsNamespace
        self.showsLabels = showsLabels
    }

    /// The lines for `objects` (and the header, the first time), aligned; empty for no objects.
    public mutating func render<Object: APIObject>(_ objects: [Object], now: Date) -> String {
        guard !objects.isEmpty else { return "" }
        var lines: [[String]] = []
        if !hasPrintedHeader {
            lines.append(decorate(Self.columns(of: Object.self, wide: wide), namespace: "NAMESPACE", labels: "LABELS"))
            hasPrintedHeader = true
        }
        for object in objects {
            lines.append(decorate(
                Self.cells(of: object, wide: wide, now: now),
                namespace: object.metadata.namespace ?? "", labels: Self.formatLabels(object.metadata.labels)
            ))
        }
        return writer.format(lines.map { $0.joined(separator: "\t") + "\n" }.joined())
    }

    private func decorate(_ cells: [String], namespace: String, labels: String) -> [String] {
        (showsNamespace ? [namespace] : []) + cells + (showsLabels ? [labels] : [])
    }

    static func columns<Object: APIObject>(of type: Object.Type, wide: Bool) -> [String] {
        if let printable = type as? any TablePrintable.Type { return printable.columns(wide: wide) }
        return ["NAME", "AGE"]
    }

    static func cells<Object: APIObject>(of object: Object, wide: Bool, now: Date) -> [String] {
        if let printable = object as? any TablePrintable { return printable.cells(wide: wide, now: now) }
        return [object.metadata.name ?? "", HumanDuration.since(object.metadata.creationTimestamp, now: now)]
    }

    /// kubectl's `labels.FormatLabels`: `a=1,b=2` in key order, `<none>` when there are none.
    public static func formatLabels(_ labels: [String: String]?) -> String {
        guard let labels, !labels.isEmpty else { return "<none>" }
        return labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: the selector's string form, `<none>` when it selects by nothing.
    static func formatSelector(_ selector: LabelSelector?) -> String {
        guard let selector, let expression = try? LabelSelectorExpression(selector) else { return "<none>" }
        let text = expression.description
        return text.isEmpty ? "<none>" : text
    }

    /// The `CONTAINERS` and `IMAGES` cells of `-o wide` for workloads.
    static func containerCells(_ spec: PodSpec?) -> [String] {
        let containers = spec?.containers ?? []
        return [containers.map(\.name).joined(separator: ","), containers.map { $0.image ?? "" }.joined(separator: ",")]
    }
}
