/* Internal: raising errors into the thread-local csp_error (include/csp/error.h). */
#ifndef CSP_CORE_ERROR_H
#define CSP_CORE_ERROR_H

#include "csp/error.h"

#if defined(__GNUC__)
#define CSP__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CSP__PRINTF(a, b)
#endif

/* Sets the last error: code and a printf-style message. Returns code. */
int csp__fail(int code, const char *fmt, ...) CSP__PRINTF(2, 3);

/* Sets the last error with a location path ("partnerships[2].members[0].role");
 * the message becomes "<path>: <text>". An empty or NULL path means none. Returns code. */
int csp__fail_at(int code, const char *path, const char *fmt, ...) CSP__PRINTF(3, 4);

/* Sets a JSON syntax error with line and column. Returns CSP_EPARSE. */
int csp__fail_parse(int line, int column, const char *text);

/* Marks success: clears the last error. Returns CSP_OK. */
int csp__ok(void);

/* Checks a pointer argument; on NULL raises CSP_EARG naming the function and argument. */
#define CSP__ARG(ptr)                                                                          \
    do {                                                                                       \
        if ((ptr) == NULL)                                                                     \
            return csp__fail(CSP_EARG, "%s: argument '%s' is NULL", __func__, #ptr);           \
    } while (0)

#endif
