#ifndef SKIFF_CSQLITE_SHIM_H
#define SKIFF_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift cannot import: these
// wrappers bind a copy of the bytes. An empty buffer binds an empty TEXT/BLOB, never NULL
// (sqlite3_bind_* with a NULL pointer would bind SQL NULL).

static inline int skiff_sqlite3_bind_text_copy(sqlite3_stmt *statement, int index, const char *bytes, int count) {
    if (bytes == 0 || count == 0) {
        return sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
    }
    return sqlite3_bind_text(statement, index, bytes, count, SQLITE_TRANSIENT);
}

static inline int skiff_sqlite3_bind_blob_copy(sqlite3_stmt *statement, int index, const void *bytes, int count) {
    if (bytes == 0 || count == 0) {
        return sqlite3_bind_zeroblob(statement, index, 0);
    }
    return sqlite3_bind_blob(statement, index, bytes, count, SQLITE_TRANSIENT);
}

#endif
