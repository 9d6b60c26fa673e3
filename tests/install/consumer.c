/* A program that uses an installed libcsp: built by the install test once
 * with pkg-config and once with find_package(libcsp). */
#include <csp/csp.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    csp_register *reg = NULL;
    const char *version;

    if (csp_register_open(&reg, ":memory:", NULL) != CSP_OK) {
        fprintf(stderr, "csp_register_open: %s\n", csp_error_last()->message);
        return 1;
    }
    version = csp_version();
    printf("libcsp %s (headers %s)\n", version, CSP_VERSION_STRING);
    csp_register_close(reg);
    if (strcmp(version, CSP_VERSION_STRING) != 0) {
        fprintf(stderr, "csp_version() is %s but the headers say %s\n",
                version, CSP_VERSION_STRING);
        return 1;
    }
    return 0;
}
