/**
 * @file error.h
 * @brief Error codes and the thread-local last error.
 *
 * Every libcsp function that can fail returns an int: 0 (CSP_OK) on success
 * or one of the negative codes of codes.h. The code says what kind of failure it
 * was (a binding maps it to an exception class); csp_error_last() gives the
 * message and, for bad input, where the problem is. The library never
 * aborts and never prints.
 */
#ifndef CSP_ERROR_H
#define CSP_ERROR_H

#include "codes.h"
#include "common.h"

CSP_BEGIN_DECLS

/* The codes themselves (enum csp_code: CSP_OK, CSP_ENOMEM, ...) are in codes.h. */

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
