/* The thread-local last error and the code names. */
#include "core/error.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CSP__MSG_MAX 1024
#define CSP__PATH_MAX 256

typedef struct {
    csp_error pub;
    char message[CSP__MSG_MAX];
    char path[CSP__PATH_MAX];
} csp__error_state;

static _Thread_local csp__error_state tls_error = {{CSP_OK, "", "", 0, 0}, "", ""};

/*
 * An error's message and path are one line of safe text, whatever the input
 * that caused them held: they quote ids and values from documents and files,
 * so every control character (a newline, an escape sequence that would
 * retitle or clear a terminal), bidirectional override or byte that is not
 * UTF-8 is written as an escape (\u001B, \xFF) here, once, for every message.
 */
static int vfail(int code, const char *path, const char *fmt, va_list ap)
{
    char raw[CSP__MSG_MAX];
    size_t used = 0;
    csp__escape_unsafe(tls_error.path, sizeof tls_error.path, path ? path : "");
    if (tls_error.path[0]) {
        int n = snprintf(tls_error.message, sizeof tls_error.message, "%s: ", tls_error.path);
        used = n > 0 ? (size_t)n : 0;
    }
    if (used < sizeof tls_error.message) {
        vsnprintf(raw, sizeof raw, fmt, ap);
        csp__escape_unsafe(tls_error.message + used, sizeof tls_error.message - used, raw);
    }
    tls_error.pub.code = code;
    tls_error.pub.message = tls_error.message;
    tls_error.pub.path = tls_error.path;
    tls_error.pub.line = 0;
    tls_error.pub.column = 0;
    return code;
}

int csp__fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(code, NULL, fmt, ap);
    va_end(ap);
    return code;
}

int csp__fail_at(int code, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(code, path, fmt, ap);
    va_end(ap);
    return code;
}

int csp__fail_parse(int line, int column, const char *text)
{
    csp__fail(CSP_EPARSE, "invalid JSON at line %d, column %d: %s", line, column, text);
    tls_error.pub.line = line;
    tls_error.pub.column = column;
    return CSP_EPARSE;
}

int csp__ok(void)
{
    csp_error_clear();
    return CSP_OK;
}

const csp_error *csp_error_last(void)
{
    if (tls_error.pub.message == NULL || tls_error.pub.path == NULL) {
        tls_error.pub.message = tls_error.message;
        tls_error.pub.path = tls_error.path;
    }
    return &tls_error.pub;
}

void csp_error_clear(void)
{
    tls_error.pub.code = CSP_OK;
    tls_error.message[0] = '\0';
    tls_error.path[0] = '\0';
    tls_error.pub.message = tls_error.message;
    tls_error.pub.path = tls_error.path;
    tls_error.pub.line = 0;
    tls_error.pub.column = 0;
}

/* csp_code_name() is generated, with the codes: codes.c. */

void csp_free(void *ptr)
{
    free(ptr);
}
