/**
 * @file version.h
 * @brief The libcsp version: compile-time macros and the run-time value.
 *
 * CMake reads CSP_VERSION_MAJOR/MINOR/PATCH from this file: it is the one
 * place the version is written.
 */
#ifndef CSP_VERSION_H
#define CSP_VERSION_H

#include "common.h"

/** The major version: a change breaks the ABI (and the SONAME follows it). */
#define CSP_VERSION_MAJOR 0
/** The minor version: additions. */
#define CSP_VERSION_MINOR 1
/** The patch version: fixes. */
#define CSP_VERSION_PATCH 0
/** The version as a string literal, "MAJOR.MINOR.PATCH". */
#define CSP_VERSION_STRING "0.1.0"
/** The version as one comparable number: MAJOR*10000 + MINOR*100 + PATCH. */
#define CSP_VERSION_NUMBER \
    (CSP_VERSION_MAJOR * 10000 + CSP_VERSION_MINOR * 100 + CSP_VERSION_PATCH)

CSP_BEGIN_DECLS

/**
 * The version of the library linked at run time ("0.1.0"), which may differ
 * from CSP_VERSION_STRING of the headers a program was compiled against.
 * @return a static string; never NULL.
 */
CSP_API const char *csp_version(void);

/**
 * The register schema version this library writes (PRAGMA user_version).
 * Files with a smaller version are migrated on open; larger ones are refused.
 */
CSP_API int csp_schema_version(void);

CSP_END_DECLS

#endif /* CSP_VERSION_H */
