/* cspctl: what its commands share. */
#ifndef CSPCTL_H
#define CSPCTL_H

#include <csp/csp.h>

/* Exit status of a usage error (1 is an error from libcsp or the system). */
#define EXIT_USAGE 2

extern const char *const prog;

/* Prints "cspctl: CONTEXT: <the last libcsp error>" on stderr; returns EXIT_FAILURE. */
int fail(const char *context);
/* Prints a usage error naming the command; returns EXIT_USAGE. */
int usage_error(const char *cmd, const char *msg);
/* Whether arg asks for help (--help, -h). */
int is_help(const char *arg);
/* Opens a register with CSP_OPEN_* flags. */
int open_register(csp_register **reg, const char *path, unsigned flags);

/* cspctl demo (demo.c). */
int cspctl_demo(int argc, char **argv);

#endif
