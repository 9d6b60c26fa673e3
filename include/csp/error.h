/**
 * @file error.h
 * @brief Error codes and the thread-local last error.
 *
 * Every libcsp function that can fail returns an int: 0 (CSP_OK) on success
 * or one of the negative codes below. The code says what kind of failure it
 * was (a binding maps it to an exception class); csp_error_last() gives the
 * message and, for bad input, where the problem is. The library never
 * aborts and never prints.
 */
#ifndef CSP_ERROR_H
#define CSP_ERROR_H

#include "common.h"

CSP_BEGIN_DECLS

/** Result codes. Values are stable across releases; new ones are only added. */
typedef enum csp_code {
    CSP_OK = 0,            /**< success */
    CSP_ERROR = -1,        /**< an error with no more specific code */
    CSP_ENOMEM = -2,       /**< out of memory */
    CSP_EARG = -3,         /**< a bad argument from the calling program (NULL, wrong handle) */
    CSP_ENOTFOUND = -4,    /**< no record with that id */
    CSP_EEXISTS = -5,      /**< a record with that id already exists */
    CSP_EINVALID = -6,     /**< a value of the wrong type or out of range */
    CSP_EREQUIRED = -7,    /**< a required field is missing */
    CSP_EENUM = -8,        /**< a value not in the field's list of allowed values */
    CSP_EDATE = -9,        /**< not an ISO 8601 date, or an impossible one (2023-02-30) */
    CSP_EUNKNOWN = -10,    /**< an unknown field name in a document */
    CSP_EREFERENCE = -11,  /**< a reference to a record that does not exist */
    CSP_EINUSE = -12,      /**< the record is still referenced and cannot be deleted */
    CSP_ECONSTRAINT = -13, /**< another rule of the data model was broken */
    CSP_EPARSE = -14,      /**< malformed JSON (line and column in csp_error_last()) */
    CSP_EIO = -15,         /**< a file could not be read or written */
    CSP_EBUSY = -16,       /**< the register is locked by another connection */
    CSP_EVERSION = -17,    /**< the register is from a newer libcsp, or needs migration */
    CSP_ECORRUPT = -18,    /**< the file is damaged or not a database */
    CSP_ENOTREGISTER = -19,/**< a SQLite database that is not a libcsp register */
    CSP_EREADONLY = -20,   /**< a write to a register opened read-only */
    CSP_ITEROVER = -31     /**< not an error: an iterator has no more items */
} csp_code;

/**
 * The last error on the calling thread. Fields are borrowed and stay valid
 * until the next libcsp call on the same thread.
 */
typedef struct csp_error {
    int code;            /**< the csp_code, or CSP_OK when there is no error */
    const char *message; /**< a full sentence naming the place; never NULL ("" when no error) */
    const char *path;    /**< for bad input, where: "partnerships[2].members[0].role"; "" if none */
    int line;            /**< for CSP_EPARSE, 1-based line of the JSON text; 0 if none */
    int column;          /**< for CSP_EPARSE, 1-based column; 0 if none */
} csp_error;

/**
 * The last error raised on this thread.
 * @return a borrowed pointer to thread-local storage; never NULL.
 */
CSP_API const csp_error *csp_error_last(void);

/** Clears the last error on this thread (code becomes CSP_OK). */
CSP_API void csp_error_clear(void);

/**
 * A short name for a code ("CSP_ENOTFOUND"), for logs and bindings.
 * @return a static string; "CSP_ERROR" for an unknown code.
 */
CSP_API const char *csp_code_name(int code);

CSP_END_DECLS

#endif /* CSP_ERROR_H */
