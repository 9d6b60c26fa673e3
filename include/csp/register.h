/**
 * @file register.h
 * @brief Opening and closing a register: one SQLite database, a file or ":memory:".
 *
 * The file carries an application id ("CSP0") and a schema version. Opening
 * an older file read-write migrates it; a file from a newer libcsp, a SQLite
 * database that is not a register, and a damaged file are each refused with
 * their own code. Foreign keys are on, a file register uses WAL, and a busy
 * timeout lets several handles share one file. A handle is used by one
 * thread at a time.
 */
#ifndef CSP_REGISTER_H
#define CSP_REGISTER_H

#include "common.h"

#include <stddef.h>

CSP_BEGIN_DECLS

/** Create the file (and the schema) if it does not exist. */
#define CSP_OPEN_CREATE 0x1u
/** Open read-only: every write fails with CSP_EREADONLY. Implies no CREATE. */
#define CSP_OPEN_READONLY 0x2u
/** Skip the integrity check (PRAGMA quick_check) a read-write open runs (a read-only
 *  open checks only the header, the size and the schema, which is cheap). */
#define CSP_OPEN_NOCHECK 0x4u

/** Options for csp_register_open(). Fields are only ever appended. */
typedef struct csp_open_options {
    unsigned int version;        /**< CSP_OPEN_OPTIONS_VERSION */
    unsigned int flags;          /**< CSP_OPEN_* bits */
    int busy_timeout_ms;         /**< wait this long for a locked file; 0 means the default 5000 */
} csp_open_options;

/** The version of csp_open_options this header declares. */
#define CSP_OPEN_OPTIONS_VERSION 1
/** Defaults: create if missing, read-write, 5 s busy timeout. */
#define CSP_OPEN_OPTIONS_INIT { CSP_OPEN_OPTIONS_VERSION, CSP_OPEN_CREATE, 0 }

/**
 * Opens (and if asked, creates) a register.
 * @param[out] out  the new handle, owned by the caller: close it with csp_register_close().
 *                  Set to NULL on failure.
 * @param path      a file path, or ":memory:" for a private in-memory register
 * @param opts      options, or NULL for CSP_OPEN_OPTIONS_INIT
 * @return CSP_OK; CSP_EARG; CSP_EIO (cannot open the path); CSP_ENOTREGISTER;
 *         CSP_EVERSION (newer schema, or older schema opened read-only);
 *         CSP_ECORRUPT; CSP_EBUSY; CSP_ENOMEM.
 */
CSP_API int csp_register_open(csp_register **out, const char *path, const csp_open_options *opts);

/**
 * Closes a register and frees it. Objects read from it (entities) stay
 * valid: they are copies. Accepts NULL.
 */
CSP_API void csp_register_close(csp_register *reg);

/**
 * The path the register was opened with (":memory:" for memory).
 * @return borrowed from reg; valid until csp_register_close().
 */
CSP_API const char *csp_register_path(const csp_register *reg);

/**
 * Whether the register was opened read-only.
 * @return 1 if read-only, 0 if writable or reg is NULL.
 */
CSP_API int csp_register_readonly(const csp_register *reg);

/**
 * Begins a transaction: the writes that follow form one atomic unit, made
 * permanent by csp_register_commit() or undone by csp_register_rollback().
 * Transactions nest: an inner begin and commit only mark a point to roll back
 * to, and nothing is written to the file until the outermost commit. Every
 * write is also a transaction of its own when none is open; a bulk load is far
 * faster inside one.
 *
 * The outermost begin takes the register's write lock (waiting up to the busy
 * timeout for another writer), so a transaction should be short.
 * @return CSP_OK, CSP_EARG, CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_register_begin(csp_register *reg);

/**
 * Commits the innermost open transaction.
 * @return CSP_OK; CSP_EARG (NULL, or no transaction is open); CSP_EBUSY or a
 *         store error, when the transaction stays open (roll it back).
 */
CSP_API int csp_register_commit(csp_register *reg);

/**
 * Rolls back the innermost open transaction: the writes made since its begin
 * are undone. Accepts a register with no open transaction (and does nothing).
 * @return CSP_OK, CSP_EARG (NULL), or a store error.
 */
CSP_API int csp_register_rollback(csp_register *reg);

/** @name Flags of csp_verify_options */
/**@{*/
#define CSP_VERIFY_QUICK 0x1u /**< SQLite's quick_check instead of its full integrity_check */
/**@}*/

/** Options for csp_register_verify(). */
typedef struct csp_verify_options {
    unsigned int version; /**< CSP_VERIFY_OPTIONS_VERSION */
    unsigned int flags;   /**< CSP_VERIFY_* bits */
    size_t max_findings;  /**< the report lists at most this many (all are counted); 0 means 100 */
} csp_verify_options;

/** The version of csp_verify_options this header declares. */
#define CSP_VERIFY_OPTIONS_VERSION 1
/** Defaults: the full integrity check, at most 100 findings listed. */
#define CSP_VERIFY_OPTIONS_INIT { CSP_VERIFY_OPTIONS_VERSION, 0, 0 }

/**
 * Checks a whole register: the file (SQLite's integrity_check: every page,
 * index, NOT NULL and CHECK constraint), every reference and list item (each
 * names a record that exists), and every record against the model (as a
 * read would, but going on past each finding). Opening a register runs only
 * the cheap checks; this is the full one, for `cspctl verify` and a
 * scheduled job. It reads in one transaction: a consistent snapshot.
 * @param reg            an open register (read-only is enough)
 * @param opts           options, or NULL for CSP_VERIFY_OPTIONS_INIT
 * @param[out] findings  the number of things found wrong (0: sound)
 * @param[out] report    NULL, or the findings, one line each ("file: ...",
 *                       "reference: ...", "record: ..."), then a line "and N
 *                       more" past max_findings; "" when sound. Owned by the
 *                       caller: csp_free().
 * @return CSP_OK when the check ran, whatever it found; CSP_EARG; CSP_ENOMEM;
 *         a store error when it could not read the register.
 */
CSP_API int csp_register_verify(csp_register *reg, const csp_verify_options *opts, size_t *findings,
                                char **report);

/**
 * Writes a consistent copy of the register to another file, while it may be
 * in use (SQLite's online backup: every committed change, those still in the
 * -wal file included). Copying a register file alone can lose its recent
 * commits, which live in FILE-wal until a checkpoint; this cannot. The copy
 * is written safely (as csp_json_export_file() writes): whole or not at all,
 * created 0600 (a register may hold people marked private) or keeping an
 * existing file's mode. An existing register at path that is open (its -wal
 * or -shm file exists) is not replaced.
 * @param reg   an open register
 * @param path  the file to write
 * @return CSP_OK, CSP_EARG (NULL), CSP_EIO (naming the file and why: a
 *         folder, no permission, a full disk, an open register there),
 *         CSP_EBUSY, CSP_ENOMEM. A register in memory is copied too.
 */
CSP_API int csp_register_backup(csp_register *reg, const char *path);

/**
 * How many transactions are open on the handle (0 when none).
 * @return the depth; 0 if reg is NULL.
 */
CSP_API int csp_register_transaction_depth(const csp_register *reg);

CSP_END_DECLS

#endif /* CSP_REGISTER_H */
