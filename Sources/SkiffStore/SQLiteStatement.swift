// A prepared statement: bind, step, read columns, reset. Reused across commits.

import CSQLite

/// One compiled statement of a `SQLiteConnection`; confined to the connection's thread.
final class SQLiteStatement {
    private var statement: OpaquePointer?
    private unowned let connection: SQLiteConnection

    init(statement: OpaquePointer, connection: SQLiteConnection) {
        self.statement = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(statement) }

    /// Releases the statement now (before closing the connection).
    func finalize() {
        sqlite3_finalize(statement)
        statement = nil
    }

    func bind(_ value: Int64, at index: Int32) throws(SQLiteError) {
        try check(sqlite3_bind_int64(statement, index, value))
    }

    /// Binds a copy of `bytes` as TEXT (empty text for an empty buffer).
    func bindText(_ bytes: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
        try check(skiff_sqlite3_bind_text_copy(
            statement, index, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count)))
    }

    /// Binds a copy of `bytes` as a BLOB (an empty blob for an empty buffer).
    func bindBlob(_ bytes: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
        try check(skiff_sqlite3_bind_blob_copy(statement, index, bytes.baseAddress, Int32(bytes.count)))
    }

    /// Runs one step: true when a row is available, false when done.
    func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(statement)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code)
        }
    }

    /// Makes the statement ready to run again and drops its bindings.
    func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    func integer(at column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func isNull(at column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    /// The column's bytes (valid until the next step/reset), empty for NULL.
    func withBytes<Result>(at column: Int32, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        // sqlite3_column_blob before sqlite3_column_bytes, as SQLite's docs require.
        let base = sqlite3_column_blob(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        return try body(UnsafeRawBufferPointer(start: count > 0 ? base : nil, count: count))
    }

    func text(at column: Int32) -> String {
        withBytes(at: column) { String(decoding: $0, as: UTF8.self) }
    }

    func bytes(at column: Int32) -> [UInt8] {
        withBytes(at: column) { Array($0) }
    }

    private func check(_ code: Int32) throws(SQLiteError) {
        if code != SQLITE_OK { throw connection.error(code) }
    }
}
