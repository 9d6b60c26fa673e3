/**
 * @file common.h
 * @brief Export macro, C++ guards and the small types every libcsp header uses.
 *
 * Included by every other public header; you never need to include it yourself.
 */
#ifndef CSP_COMMON_H
#define CSP_COMMON_H

#include <stddef.h>

/** @cond INTERNAL (C++ linkage for the declarations between them) */
#ifdef __cplusplus
#define CSP_BEGIN_DECLS extern "C" {
#define CSP_END_DECLS }
#else
#define CSP_BEGIN_DECLS
#define CSP_END_DECLS
#endif
/** @endcond */

/** Marks a function exported from libcsp. Everything else is hidden. */
#if defined(CSP_STATIC)
#define CSP_API
#elif defined(_WIN32)
#if defined(CSP_BUILDING)
#define CSP_API __declspec(dllexport)
#else
#define CSP_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define CSP_API __attribute__((visibility("default")))
#else
#define CSP_API
#endif

CSP_BEGIN_DECLS

/** An open register (a SQLite database). Opaque; see register.h. */
typedef struct csp_register csp_register;

/**
 * Frees memory that libcsp handed to the caller as a plain buffer
 * (for example the text from csp_json_export()). Accepts NULL.
 */
CSP_API void csp_free(void *ptr);

CSP_END_DECLS

#endif /* CSP_COMMON_H */
