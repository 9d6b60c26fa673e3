/**
 * @file json.h
 * @brief Import and export of whole registers as JSON documents.
 *
 * The format is described in docs/json-format.md and docs/libcsp.schema.json.
 * Import is all-or-nothing (one transaction): on any error the register is
 * unchanged and csp_error_last() names the place, either line and column
 * (malformed JSON) or a path ("partnerships[2].members[0].role"). Unknown
 * fields, duplicate keys and NUL characters in strings are refused. Export
 * is deterministic: the same register gives the same bytes.
 */
#ifndef CSP_JSON_H
#define CSP_JSON_H

#include "common.h"

CSP_BEGIN_DECLS

/** Options for import. Fields are only ever appended. */
typedef struct csp_import_options {
    unsigned int version; /**< CSP_IMPORT_OPTIONS_VERSION */
    unsigned int flags;   /**< reserved, must be 0 */
} csp_import_options;

/** The version of csp_import_options this header declares. */
#define CSP_IMPORT_OPTIONS_VERSION 1
/** Default import options. */
#define CSP_IMPORT_OPTIONS_INIT { CSP_IMPORT_OPTIONS_VERSION, 0 }

/** Leave out people marked private, and the person of every seat they hold. */
#define CSP_EXPORT_PUBLIC 0x1u
/** Indent the output (two spaces); the default is one record per line, compact. */
#define CSP_EXPORT_INDENT 0x2u

/** Options for export. Fields are only ever appended. */
typedef struct csp_export_options {
    unsigned int version; /**< CSP_EXPORT_OPTIONS_VERSION */
    unsigned int flags;   /**< CSP_EXPORT_* bits */
} csp_export_options;

/** The version of csp_export_options this header declares. */
#define CSP_EXPORT_OPTIONS_VERSION 1
/** Default export options: indented, private people included. */
#define CSP_EXPORT_OPTIONS_INIT { CSP_EXPORT_OPTIONS_VERSION, CSP_EXPORT_INDENT }

/**
 * Imports a JSON document held in memory. Records are added: a record whose
 * id is already in the register is accepted when it is identical to the stored
 * one (so importing the same document twice changes nothing, and two documents
 * may carry the same organisation), and is an error (CSP_EEXISTS) when it
 * differs; an id repeated in the document is CSP_EEXISTS too. Each record
 * is parsed and written in turn, in one transaction: any error leaves the
 * register as it was.
 * @param reg   an open, writable register
 * @param text  the document, UTF-8; need not be NUL-terminated
 * @param len   its length in bytes
 * @param opts  options, or NULL for defaults
 * @return CSP_OK; CSP_EPARSE; CSP_EUNKNOWN; CSP_EINVALID; CSP_EREQUIRED;
 *         CSP_EENUM; CSP_EDATE; CSP_EREFERENCE; CSP_EEXISTS; CSP_EREADONLY; CSP_EBUSY; CSP_ENOMEM.
 */
CSP_API int csp_json_import(csp_register *reg, const char *text, size_t len,
                            const csp_import_options *opts);

/**
 * Imports a JSON document from a file; as csp_json_import(), plus CSP_EIO.
 * The file is read as it is imported, through a window that holds its
 * largest record, so memory does not grow with the file (a million records
 * need no more than a thousand). Errors come in the document's order: the
 * first problem found, a syntax error with its line and column, any other
 * with its JSON path.
 */
CSP_API int csp_json_import_file(csp_register *reg, const char *path,
                                 const csp_import_options *opts);

/**
 * Exports the whole register as a JSON document.
 * @param[out] out  the NUL-terminated text, owned by the caller: free it with csp_free().
 *                  Set to NULL on failure.
 * @param reg       an open register
 * @param opts      options, or NULL for CSP_EXPORT_OPTIONS_INIT
 * @return CSP_OK, CSP_EARG, CSP_ENOMEM, or a store error.
 */
CSP_API int csp_json_export(char **out, csp_register *reg, const csp_export_options *opts);

/**
 * Exports the whole register to a file (replaced if it exists), ending in a newline.
 *
 * The file is written safely: into a temporary file in the same folder that
 * no one else can have prepared (unnamed while it is written, where the file
 * system allows; else created exclusively under a random name, never through
 * a symlink), flushed to disk, then renamed over the target in one step, so
 * a reader sees the old file or the new one and a failure or a kill leaves
 * no half-written file. An existing target keeps its mode; a new file is
 * created 0600 for a full export (it may hold people marked private) and
 * 0666 less the umask for a CSP_EXPORT_PUBLIC one. A symlink at path is
 * replaced, not followed.
 * @param reg   an open register
 * @param path  the file to write
 * @param opts  options, or NULL for CSP_EXPORT_OPTIONS_INIT
 * @return as csp_json_export(), plus CSP_EIO (naming the file and why: a
 *         folder, a missing folder, no permission, a full disk).
 */
CSP_API int csp_json_export_file(csp_register *reg, const char *path,
                                 const csp_export_options *opts);

/**
 * Exports the register as a Popolo document (http://www.popoloproject.com):
 * one JSON object with the arrays "organizations" (the organisations and
 * the partnerships, each with its kind as classification), "persons",
 * "memberships" (one per seat: role, post, person or member organisation,
 * on_behalf_of), "posts" (the seats that name a post) and "events" (the
 * meetings, each with the partnership as organization_id). Ids are the
 * register's, prefixed with their kind ("partnership/ealing-sep"), so they
 * are stable and never collide. docs/popolo.md has the whole mapping.
 *
 * The Popolo export is always public: it is built from the export with
 * CSP_EXPORT_PUBLIC (whether or not opts asks for it), so people marked
 * private, and the person of every seat they hold, never appear.
 * Deterministic: the same register gives the same bytes.
 * @param[out] out  the NUL-terminated text, ending in a newline, owned by the
 *                  caller: free it with csp_free(). Set to NULL on failure.
 * @param reg       an open register
 * @param opts      options (CSP_EXPORT_INDENT is honoured, CSP_EXPORT_PUBLIC
 *                  is implied), or NULL for CSP_EXPORT_OPTIONS_INIT
 * @return CSP_OK, CSP_EARG (a NULL argument, unknown options), CSP_ENOMEM,
 *         or a store error (as csp_json_export()).
 */
CSP_API int csp_json_export_popolo(char **out, csp_register *reg, const csp_export_options *opts);

/**
 * Writes csp_json_export_popolo() to a file (replaced if it exists), safely
 * as csp_json_export_file() does: a temporary file nobody could have
 * prepared, flushed, then renamed over the target. An existing target keeps
 * its mode; a new file is created 0666 less the umask (the export is public).
 * @param reg   an open register
 * @param path  the file to write
 * @param opts  options, or NULL for CSP_EXPORT_OPTIONS_INIT
 * @return as csp_json_export_popolo(), plus CSP_EIO (naming the file and why).
 */
CSP_API int csp_json_export_popolo_file(csp_register *reg, const char *path,
                                        const csp_export_options *opts);

CSP_END_DECLS

#endif /* CSP_JSON_H */
