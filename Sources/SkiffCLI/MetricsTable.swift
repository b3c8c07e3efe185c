import SkiffAPI

/// The tables of `skiff top`, as kubectl's top printer writes them: CPU in millicores (`12m`),
/// memory in whole mebibytes (`34Mi`), node percentages of allocatable as whole numbers, and
/// `<unknown>` for a node that reported no metrics. Every cell ends with a tab, so the last column
/// is padded too, through Go's tabwriter with kubectl's settings (minimum width 6, padding 3).
/// Pure: tested without a cluster.
public enum MetricsTable {
    /// `NAME  CPU(cores)  MEMORY(bytes)`, with `NAMESPACE` first when `showsNamespace`.
    public static func pods(_ metrics: [PodMetrics], showsNamespace: Bool) -> String {
        var text = (showsNamespace ? "NAMESPACE\t" : "") + "NAME\tCPU(cores)\tMEMORY(bytes)\t\n"
        for pod in metrics {
            var cpu = Quantity(0)
            var memory = Quantity(0)
            for container in pod.containers {
                cpu += container.usage["cpu"] ?? Quantity(0)
                memory += container.usage["memory"] ?? Quantity(0)
            }
            if showsNamespace { text += (pod.metadata.namespace ?? "") + "\t" }
            text += "\(pod.metadata.name ?? "")\t\(millicores(cpu))\t\(mebibytes(memory))\t\n"
        }
        return format(text)
    }

    /// `NAME  CPU(cores)  CPU(%)  MEMORY(bytes)  MEMORY(%)` for every node, in the order given,
    /// with the percentages of each node's allocatable (capacity when allocatable is unset).
    public static func nodes(_ nodes: [Node], metrics: [NodeMetrics]) -> String {
        let byName = Dictionary(metrics.map { ($0.metadata.name ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var text = "NAME\tCPU(cores)\tCPU(%)\tMEMORY(bytes)\tMEMORY(%)\t\n"
        for node in nodes {
            let name = node.metadata.name ?? ""
            guard let usage = byName[name]?.usage else {
                text += "\(name)\t<unknown>\t<unknown>\t<unknown>\t<unknown>\t\n"
                continue
            }
            let cpu = usage["cpu"] ?? Quantity(0)
            let memory = usage["memory"] ?? Quantity(0)
            let allocatable = node.status?.allocatable ?? node.status?.capacity ?? [:]
            let cpuPercent = percent(cpu.milliValue, of: allocatable["cpu"]?.milliValue)
            let memoryPercent = percent(memory.value, of: allocatable["memory"]?.value)
            text += "\(name)\t\(millicores(cpu))\t\(cpuPercent)\t\(mebibytes(memory))\t\(memoryPercent)\t\n"
        }
        return format(text)
    }

    private static func millicores(_ quantity: Quantity) -> String { "\(quantity.milliValue)m" }

    private static func mebibytes(_ quantity: Quantity) -> String { "\(quantity.value / (1024 * 1024))Mi" }

    private static func percent(_ used: Int64, of available: Int64?) -> String {
        guard let available, available > 0 else { return "<unknown>" }
        return "\(used * 100 / available)%"
    }

    private static func format(_ text: String) -> String {
        var writer = TabWriter(minimumWidth: 6, padding: 3, remembersWidths: false)
        return writer.format(text)
    }
}
