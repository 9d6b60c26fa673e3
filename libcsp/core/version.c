/* The run-time version. */
#include "csp/version.h"
#include "store/schema.h"

const char *csp_version(void)
{
    return CSP_VERSION_STRING;
}

int csp_schema_version(void)
{
    return CSP__SCHEMA_VERSION;
}
