/* The run-time version. (The register schema version lives with the
 * description: csp_schema_version() is in schema/schema.c.) */
#include "csp/version.h"

const char *csp_version(void)
{
    return CSP_VERSION_STRING;
}
