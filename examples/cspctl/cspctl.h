/* cspctl: what its commands share. */
#ifndef CSPCTL_H
#define CSPCTL_H

#include <csp/csp.h>

#include <stdio.h>

/* Exit status of a usage error (1 is an error from libcsp or the system). */
#define EXIT_USAGE 2

extern const char *const prog;

/* Prints "cspctl: CONTEXT: <the last libcsp error>" on stderr; returns EXIT_FAILURE. */
int fail(const char *context);
/* Prints a usage error naming the command; returns EXIT_USAGE. */
int usage_error(const char *cmd, const char *msg);
/* The usage error of a date option whose value libcsp refused
 * (csp_date_check): "OPTION: <what is wrong with it> (YYYY, ...)". */
int date_usage_error(const char *cmd, const char *option);
/* Writes text on one line to out, control characters escaped (\t, \n, \x1b). */
void put_text(FILE *out, const char *s);
/* Writes fmt to out with its one %s replaced by text, escaped as put_text does
 * (for names that come from outside: file names, folder listings). */
void fprintf_text(FILE *out, const char *fmt, const char *text);
void printf_text(const char *fmt, const char *text);
/* Whether arg asks for help (--help, -h). */
int is_help(const char *arg);
/* Opens a register with CSP_OPEN_* flags. */
int open_register(csp_register **reg, const char *path, unsigned flags);
/* Writes data to path safely: a temporary file created exclusively beside it,
 * flushed, given the target's mode (or 0666 less the umask) and renamed over
 * it. Returns 0, or -1 after printing "cspctl CMD: PATH: what failed". */
int cspctl_write_file(const char *cmd, const char *path, const char *data, size_t len);

/* A record's number in its tree ("1.2") for records that come in tree order
 * (a parent before its children): the path to the last one is enough, and a
 * new one sits one below its parent on the path, after the sibling there.
 * Zero-initialise, then number each record in turn. */
typedef struct cspctl_numbering {
    char ids[16][130]; /* the path to the last record */
    int num[16];       /* each one's number among its siblings */
    int depth;
} cspctl_numbering;
void cspctl_number(cspctl_numbering *n, const char *id, const char *parent, char *out, size_t size);

/* cspctl demo (demo.c). */
int cspctl_demo(int argc, char **argv);

/* The coordinator's commands (governance.c): actions, agenda, risks, progress. */
int cspctl_actions(int argc, char **argv);
int cspctl_agenda(int argc, char **argv);
int cspctl_risks(int argc, char **argv);
int cspctl_progress(int argc, char **argv);

/* cspctl check (check.c): the compliance checker. */
int cspctl_check(int argc, char **argv);

/* cspctl import-moderngov (moderngov.c): runs the Python binding's ModernGov importer. */
int cspctl_import_moderngov(int argc, char **argv);

/* cspctl graph (graph.c): an area's partnerships or a strategy's tree, as DOT. */
int cspctl_graph(int argc, char **argv);

/* cspctl calendar (calendar.c): a partnership's meetings as iCalendar (RFC 5545). */
int cspctl_calendar(int argc, char **argv);

#endif
