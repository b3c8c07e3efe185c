/// Go's `text/tabwriter`, which kubectl runs every table and description through: cells end at
/// a tab, and the cells of one column are padded to the widest cell in their *column block* (the
/// run of consecutive lines that have a cell in that column) plus `padding`, but never narrower
/// than `minimumWidth`. The text after a line's last tab is not part of a column and is not padded.
///
/// `remembersWidths` is kubectl's `RememberWidths` flag (from liggitt/tabwriter): a column never
/// gets narrower than it was in an earlier `format` call, so the rows `get -w` prints one by one
/// line up under the table printed first. Widths are counted in Unicode scalars, as Go counts runes.
public struct TabWriter: Sendable {
    /// kubectl's table printer: `tabwriter.NewWriter(out, 6, 4, 3, ' ', RememberWidths)`.
    public static func table() -> TabWriter { TabWriter(minimumWidth: 6, padding: 3, remembersWidths: true) }
    /// kubectl's describe output: `tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)`.
    public static func description() -> TabWriter { TabWriter(minimumWidth: 0, padding: 2, remembersWidths: false) }

    public var minimumWidth: Int
    public var padding: Int
    public var remembersWidths: Bool
    private var rememberedWidths: [Int] = []

    public init(minimumWidth: Int, padding: Int, remembersWidths: Bool) {
        self.minimumWidth = minimumWidth
        self.padding = padding
        self.remembersWidths = remembersWidths
    }

    /// Aligns `text` (lines ending in `\n`; a last line without one is kept without one), as one
    /// `Flush` of Go's writer.
    public mutating func format(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let endsWithNewline = text.hasSuffix("\n")
        if endsWithNewline { lines.removeLast() }
        var formatter = BlockFormatter(
            lines: lines, minimumWidth: minimumWidth, padding: padding,
            rememberedWidths: remembersWidths ? rememberedWidths : nil
        )
        formatter.format(from: 0, to: lines.count)
        if remembersWidths { rememberedWidths = formatter.rememberedWidths ?? [] }
        var result = formatter.output
        if !endsWithNewline, result.hasSuffix("\n") { result.removeLast() }
        return result
    }

    /// The recursive column-block algorithm of Go's `Writer.format`.
    private struct BlockFormatter {
        let lines: [[String]]
        let minimumWidth: Int
        let padding: Int
        var rememberedWidths: [Int]?
        var widths: [Int] = []
        var output = ""

        init(lines: [[String]], minimumWidth: Int, padding: Int, rememberedWidths: [Int]?) {
            self.lines = lines
            self.minimumWidth = minimumWidth
            self.padding = padding
            self.rememberedWidths = rememberedWidths
        }

        mutating func format(from start: Int, to end: Int) {
            var blockStart = start
            let column = widths.count
            var line = start
            while line < end {
                guard column < lines[line].count - 1 else {
                    line += 1
                    continue
                }
                // A cell exists in this column: lines before it are printed with the known widths.
                writeLines(from: blockStart, to: line)
                blockStart = line
                var width = minimumWidth
                while line < end, column < lines[line].count - 1 {
                    width = max(width, lines[line][column].unicodeScalars.count + padding)
                    line += 1
                }
                if var remembered = rememberedWidths {
                    if column < remembered.count {
                        width = max(width, remembered[column])
                        remembered[column] = width
                    } else {
                        remembered.append(width)
                    }
                    rememberedWidths = remembered
                }
                widths.append(width)
                format(from: blockStart, to: line)
                widths.removeLast()
                blockStart = line
            }
            writeLines(from: blockStart, to: end)
        }

        mutating func writeLines(from start: Int, to end: Int) {
            guard start < end else { return }
            for line in lines[start..<end] {
                for (index, cell) in line.enumerated() {
                    output += cell
                    if index < widths.count {
                        output += String(repeating: " ", count: max(0, widths[index] - cell.unicodeScalars.count))
                    }
                }
                output += "\n"
            }
        }
    }
}
