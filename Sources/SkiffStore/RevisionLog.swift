// The on-disk log: one SQLite table with a row per revision, like kine.
//
//   log(revision INTEGER PRIMARY KEY, key, value, create_revision, prev_revision, version,
//       deleted, checksum)
//   meta(name, value): 'compact_revision'
//
// Writes only ever append rows (the cheapest thing SQLite does: the rowid B-tree grows at its
// right edge), so a commit of N writes is N inserts and one fsync of the WAL. The current state
// is the last row of each key, rebuilt in memory on open by replaying the log and verifying each
// row's checksum and its link to the key's previous row (`prev_revision`). Compaction deletes
// rows superseded at or before the compacted revision, and tombstones; the revision counter
// survives in `meta` even when the newest row was a compacted tombstone.
//
// Everything here runs on the writer thread (see `CommitWriter`).

import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SQLite log of one store file. Confined to the writer thread.
final class RevisionLog {
    /// `PRAGMA application_id` of a Skiff store ("Skif").
    static let applicationID: Int64 = 0x536B_6966
    /// `PRAGMA user_version`: the schema version.
    static let schemaVersion: Int64 = 1
    /// Page size of new stores. A 2 KB row takes a whole 4 KB page (two do not fit), so 4 KB
    /// pages double the bytes written per row; 16 KB pages hold seven. Measured with 64 writers
    /// of 2 KB values: ~38k creates/s with 4 KB pages, ~50–55k with 16 KB.
    static let pageSize = 16_384

    private static let schema = """
        CREATE TABLE log (
            revision INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            value BLOB NOT NULL,
            create_revision INTEGER NOT NULL,
            prev_revision INTEGER NOT NULL,
            version INTEGER NOT NULL,
            deleted INTEGER NOT NULL,
            checksum INTEGER NOT NULL
        );
        CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO meta (name, value) VALUES ('compact_revision', 0);
        """

    let path: String
    private let connection: SQLiteConnection
    private let begin: SQLiteStatement
    private let commit: SQLiteStatement
    private let rollback: SQLiteStatement
    private let insert: SQLiteStatement
    private var isClosed = false

    /// Opens (creating if absent) the store at `path` and replays it.
    /// Throws `.corrupt` naming the file when it is damaged or not a Skiff store.
    static func open(path: String, options: EmbeddedStoreOptions) throws(StoreError) -> (RevisionLog, RecoveredState) {
        switch StoreFile.size(path) {
        case nil: try createEmpty(path: path)
        case 0?: throw .corrupt("\(path) is empty, not a Skiff store")
        default: break
        }
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection(path: path, create: false)
        } catch {
            throw storeError(error, path: path, doing: "open")
        }
        do {
            try configure(connection, path: path, options: options)
            let recovered = try replay(connection, path: path, options: options)
            let log = try RevisionLog(path: path, connection: connection)
            return (log, recovered)
        } catch let error as SQLiteError {
            throw storeError(error, path: path, doing: "read")
        } catch let error as StoreError {
            throw error
        } catch {
            throw .backend("\(path): \(error)")
        }
    }

    private init(path: String, connection: SQLiteConnection) throws(SQLiteError) {
        self.path = path
        self.connection = connection
        begin = try connection.prepare("BEGIN")
        commit = try connection.prepare("COMMIT")
        rollback = try connection.prepare("ROLLBACK")
        insert = try connection.prepare("""
            INSERT INTO log (revision, key, value, create_revision, prev_revision, version, deleted, checksum)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """)
    }

    // MARK: - Writing

    /// Appends `writes` in one transaction and commits it durably (an fsync with
    /// `synchronous=FULL`). On failure the transaction is rolled back and nothing is written.
    /// `injectFailure` fails the commit after the inserts (for tests of the failure path).
    func append(_ writes: [PendingWrite], injectFailure: Bool = false) throws(StoreError) {
        do {
            try run(begin)
            do {
                for write in writes { try insertRow(write.event) }
                if injectFailure { throw SQLiteError(code: SQLITE_IOERR, message: "injected commit failure") }
                try run(commit)
            } catch {
                try? run(rollback)
                throw error
            }
        } catch {
            throw .backend("\(path): commit failed: \(error)")
        }
    }

    private func insertRow(_ event: StoreEvent) throws(SQLiteError) {
        let isDeleted = event.kind == .delete
        let createRevision = isDeleted ? 0 : event.current.createRevision
        let version = isDeleted ? 0 : event.current.version
        let previousRevision = event.previous?.modRevision ?? 0
        let revision = event.revision
        let value = isDeleted ? [] : event.current.value
        var key = event.current.key
        let result: Result<Void, SQLiteError> = key.withUTF8 { keyBytes in
            value.withUnsafeBytes { valueBytes in
                let keyRaw = UnsafeRawBufferPointer(keyBytes)
                let checksum = RowChecksum.of(
                    revision: revision, key: keyRaw, value: valueBytes, createRevision: createRevision,
                    previousRevision: previousRevision, version: version, isDeleted: isDeleted)
                do throws(SQLiteError) {
                    try insert.bind(revision, at: 1)
                    try insert.bindText(keyRaw, at: 2)
                    try insert.bindBlob(valueBytes, at: 3)
                    try insert.bind(createRevision, at: 4)
                    try insert.bind(previousRevision, at: 5)
                    try insert.bind(version, at: 6)
                    try insert.bind(isDeleted ? 1 : 0, at: 7)
                    try insert.bind(checksum, at: 8)
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
        }
        defer { insert.reset() }
        try result.get()
        _ = try insert.step()
    }

    /// Deletes the rows superseded at or before `revision`, and tombstones at or before it.
    func compact(upTo revision: Int64) throws(StoreError) {
        do {
            try run(begin)
            do {
                let superseded = try connection.prepare("""
                    DELETE FROM log WHERE revision IN
                        (SELECT prev_revision FROM log WHERE revision <= ?1 AND prev_revision > 0)
                    """)
                try superseded.bind(revision, at: 1)
                _ = try superseded.step()
                let tombstones = try connection.prepare("DELETE FROM log WHERE revision <= ?1 AND deleted = 1")
                try tombstones.bind(revision, at: 1)
                _ = try tombstones.step()
                let meta = try connection.prepare(
                    "UPDATE meta SET value = max(value, ?1) WHERE name = 'compact_revision'")
                try meta.bind(revision, at: 1)
                _ = try meta.step()
                superseded.finalize()
                tombstones.finalize()
                meta.finalize()
                try run(commit)
            } catch {
                try? run(rollback)
                throw error
            }
        } catch {
            throw .backend("\(path): compaction failed: \(error)")
        }
    }

    /// Number of rows in the log (for tests and benchmarks).
    func rowCount() throws(StoreError) -> Int64 {
        do {
            return try connection.singleInteger("SELECT count(*) FROM log") ?? 0
        } catch {
            throw .backend("\(path): \(error)")
        }
    }

    /// Closes the database; the WAL is checkpointed into the file.
    func close() throws(StoreError) {
        guard !isClosed else { return }
        isClosed = true
        begin.finalize()
        commit.finalize()
        rollback.finalize()
        insert.finalize()
        do {
            try connection.close()
        } catch {
            throw .backend("\(path): close failed: \(error)")
        }
    }

    private func run(_ statement: SQLiteStatement) throws(SQLiteError) {
        defer { statement.reset() }
        _ = try statement.step()
    }

    // MARK: - Opening

    /// Creates an empty store beside `path` and renames it into place, so a crash during creation
    /// never leaves a half-made file at `path` (any file there must be a complete store).
    private static func createEmpty(path: String) throws(StoreError) {
        for suffix in ["-wal", "-shm"] where StoreFile.exists(path + suffix) {
            throw .corrupt("\(path): the database file is missing but \(path + suffix) exists")
        }
        let temporary = path + ".creating"
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        do {
            let connection = try SQLiteConnection(path: temporary, create: true)
            try connection.execute("PRAGMA page_size = \(pageSize)")
            guard try connection.singleText("PRAGMA journal_mode = WAL")?.lowercased() == "wal" else {
                throw SQLiteError(code: SQLITE_ERROR, message: "cannot enable WAL mode")
            }
            try connection.execute("""
                PRAGMA synchronous = FULL;
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = \(schemaVersion);
                BEGIN;
                \(schema)
                COMMIT;
                """)
            try connection.close()
        } catch {
            throw .backend("\(path): cannot create the store: \(error)")
        }
        guard rename(temporary, path) == 0 else {
            throw .backend("\(path): cannot move the new store into place: \(String(cString: strerror(errno)))")
        }
        StoreFile.syncDirectory(containing: path)
    }

    private static func configure(_ connection: SQLiteConnection, path: String, options: EmbeddedStoreOptions) throws {
        // Read-only checks first: nothing may write to a file that is not ours (setting WAL mode
        // would rewrite the header). The first read fails here for a non-database or bad header.
        let applicationID = try connection.singleInteger("PRAGMA application_id") ?? 0
        let version = try connection.singleInteger("PRAGMA user_version") ?? 0
        guard applicationID == Self.applicationID else {
            throw StoreError.corrupt("\(path) is a SQLite database but not a Skiff store (application_id \(applicationID))")
        }
        guard version == Self.schemaVersion else {
            throw StoreError.corrupt("\(path): unsupported store schema version \(version)")
        }
        guard try connection.singleText("PRAGMA journal_mode = WAL")?.lowercased() == "wal" else {
            throw StoreError.backend("\(path): cannot enable WAL mode")
        }
        try connection.execute("PRAGMA synchronous = FULL")
        try connection.execute("PRAGMA wal_autocheckpoint = \(options.walAutoCheckpointPages)")
        try connection.execute("PRAGMA cache_size = -32768")  // 32 MiB
        let check: String?
        switch options.integrityCheck {
        case .none: check = nil
        case .quick: check = "PRAGMA quick_check(20)"
        case .full: check = "PRAGMA integrity_check(20)"
        }
        if let check {
            let statement = try connection.prepare(check)
            var problems: [String] = []
            while try statement.step() { problems.append(statement.text(at: 0)) }
            if problems != ["ok"] {
                throw StoreError.corrupt("\(path) failed its integrity check: \(problems.joined(separator: "; "))")
            }
        }
    }

    /// Rebuilds the current state and the watchable history by replaying the log in revision
    /// order, verifying every row's checksum and its link to the key's previous row.
    private static func replay(_ connection: SQLiteConnection, path: String, options: EmbeddedStoreOptions) throws -> RecoveredState {
        guard let compactRevision = try connection.singleInteger(
            "SELECT value FROM meta WHERE name = 'compact_revision'")
        else {
            throw StoreError.corrupt("\(path): the compact_revision record is missing")
        }
        var items: [IndexKey: KeyValue] = [:]
        var history: [StoreEvent] = []
        let historyCapacity = max(options.historyCapacity, 0)
        var historyFloor = compactRevision
        var revision = compactRevision
        let rows = try connection.prepare("""
            SELECT revision, key, value, create_revision, prev_revision, version, deleted, checksum
            FROM log ORDER BY revision
            """)
        while try rows.step() {
            let rowRevision = rows.integer(at: 0)
            let createRevision = rows.integer(at: 3)
            let previousRevision = rows.integer(at: 4)
            let version = rows.integer(at: 5)
            let deletedFlag = rows.integer(at: 6)
            let storedChecksum = rows.integer(at: 7)
            let checksum = rows.withBytes(at: 1) { key in
                rows.withBytes(at: 2) { value in
                    RowChecksum.of(
                        revision: rowRevision, key: key, value: value, createRevision: createRevision,
                        previousRevision: previousRevision, version: version, isDeleted: deletedFlag != 0)
                }
            }
            func damaged(_ reason: String) -> StoreError {
                .corrupt("\(path): the log is damaged at revision \(rowRevision): \(reason)")
            }
            guard checksum == storedChecksum, deletedFlag == 0 || deletedFlag == 1 else {
                throw damaged("checksum mismatch")
            }
            let key = rows.text(at: 1)
            let indexKey = IndexKey(key)
            let previous = items[indexKey]
            // Each row must follow the key's previous row; a missing previous row is only
            // allowed where compaction removed it.
            if let previous {
                guard previousRevision == previous.modRevision else {
                    throw damaged("key \(key) was at revision \(previous.modRevision), the row follows \(previousRevision)")
                }
            } else if previousRevision > compactRevision {
                throw damaged("key \(key) follows revision \(previousRevision), which is not in the log")
            }
            let event: StoreEvent
            if deletedFlag != 0 {
                guard let previous else {
                    if rowRevision <= compactRevision { revision = max(revision, rowRevision); continue }
                    throw damaged("deletes key \(key), which does not exist")
                }
                items.removeValue(forKey: indexKey)
                let tombstone = KeyValue(key: key, value: [], createRevision: 0, modRevision: rowRevision, version: 0)
                event = StoreEvent(kind: .delete, current: tombstone, previous: previous)
            } else {
                if previousRevision == 0 {
                    guard createRevision == rowRevision, version == 1 else { throw damaged("bad create of key \(key)") }
                } else if let previous {
                    guard createRevision == previous.createRevision, version == previous.version + 1 else {
                        throw damaged("bad update of key \(key)")
                    }
                }
                let item = KeyValue(
                    key: key, value: rows.bytes(at: 2), createRevision: createRevision,
                    modRevision: rowRevision, version: version)
                items[indexKey] = item
                event = StoreEvent(kind: .put, current: item, previous: previous)
            }
            revision = max(revision, rowRevision)
            if rowRevision > compactRevision, historyCapacity > 0 {
                history.append(event)
                if history.count >= historyCapacity * 2 {
                    historyFloor = history[history.count - historyCapacity - 1].revision
                    history.removeFirst(history.count - historyCapacity)
                }
            }
        }
        rows.finalize()
        if history.count > historyCapacity {
            let dropped = history.count - historyCapacity
            historyFloor = history[dropped - 1].revision
            history.removeFirst(dropped)
        } else if historyCapacity == 0 {
            historyFloor = revision
        }
        var watchHistory = WatchHistory(capacity: historyCapacity, floor: historyFloor)
        watchHistory.append(contentsOf: history)
        return RecoveredState(
            index: KeyIndex(items: items), revision: revision, compactRevision: compactRevision,
            history: watchHistory)
    }

    private static func storeError(_ error: SQLiteError, path: String, doing action: String) -> StoreError {
        if error.isCorruption {
            return .corrupt("\(path) is damaged or is not a database: \(error)")
        }
        return .backend("\(path): cannot \(action) the store: \(error)")
    }
}
