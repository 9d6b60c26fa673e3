/*
 * cspctl: the libcsp command-line tool.
 *
 *   cspctl import REGISTER FILE...     import JSON documents (all or nothing, per file)
 *   cspctl import-moderngov REGISTER --mapping FILE RESPONSE.xml...
 *                                      import ModernGov responses (moderngov.c: runs Python)
 *   cspctl export [--public] [--compact] [--popolo] REGISTER [FILE]
 *   cspctl list REGISTER WHAT          one line per record (WHAT: every entity, see --help)
 *   cspctl actions REGISTER [filters]  the actions that match (governance.c)
 *   cspctl agenda REGISTER MEETING     a meeting's details, agenda and attendance
 *   cspctl risks REGISTER [PARTNERSHIP] the risk register, by score
 *   cspctl progress REGISTER STRATEGY  each element's share of actions done
 *   cspctl check REGISTER --as-of DATE the compliance checker (check.c)
 *   cspctl graph REGISTER --area AREA  a picture in Graphviz DOT (graph.c)
 *   cspctl calendar REGISTER --partnership ID [-o FILE]
 *                                      its meetings as iCalendar (calendar.c)
 *   cspctl demo [--as-of DATE] [DATA_DIR]
 *                                      the bundled partnerships on an in-memory register (demo.c)
 *
 * Exit status: 0 success, 1 an error from libcsp or the system, 2 a usage error.
 * Errors are one line on stderr naming the place.
 */
#define _POSIX_C_SOURCE 200809L
#include "cspctl.h"
#include "listing.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const prog = "cspctl";

int fail(const char *context)
{
    /* libcsp's message is already one safe line; the context may be a file
     * name from a shared folder, so it is escaped here. */
    const csp_error *e = csp_error_last();
    fprintf(stderr, "%s: ", prog);
    if (context && context[0]) { /* an empty one (a file name given as "") says nothing */
        put_text(stderr, context);
        fputs(": ", stderr);
    }
    fprintf(stderr, "%s\n", e->message);
    return EXIT_FAILURE;
}

int usage_error(const char *cmd, const char *msg)
{
    fprintf(stderr, "%s%s%s: %s (see '%s%s%s --help')\n", prog, cmd ? " " : "", cmd ? cmd : "", msg, prog,
            cmd ? " " : "", cmd ? cmd : "");
    return EXIT_USAGE;
}

int date_usage_error(const char *cmd, const char *option)
{
    char msg[320];
    snprintf(msg, sizeof msg, "%s: %s (YYYY, YYYY-MM or YYYY-MM-DD)", option, csp_error_last()->message);
    return usage_error(cmd, msg);
}

int is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

/* --busy-timeout MS: how long a command waits for a register another process
 * is writing (0: libcsp's default, 5 seconds). */
int cspctl_write_file(const char *cmd, const char *path, const char *data, size_t len)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    size_t cap = strlen(path) + 32;
    char *tmp = malloc(cap);
    if (!tmp) {
        fprintf(stderr, "%s %s: out of memory\n", prog, cmd);
        return -1;
    }
    snprintf(tmp, cap, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
    struct stat st;
    mode_t mode;
    if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "%s %s: ", prog, cmd);
        put_text(stderr, path);
        fputs(": is a folder\n", stderr);
        free(tmp);
        return -1;
    }
    if (lstat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        mode = st.st_mode & 07777;
    } else {
        mode_t mask = umask(0);
        umask(mask);
        mode = 0666 & ~mask;
    }
    int fd = mkstemp(tmp);
    const char *what = "cannot create a temporary file beside it";
    int ok = fd >= 0;
    for (size_t done = 0; ok && done < len;) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = 0;
            what = "cannot write";
        } else {
            done += (size_t)n;
        }
    }
    if (ok && fsync(fd) != 0)
        ok = 0, what = "cannot flush to disk";
    if (ok && fchmod(fd, mode) != 0)
        ok = 0, what = "cannot set its mode";
    int err = errno;
    if (fd >= 0 && close(fd) != 0 && ok)
        ok = 0, what = "cannot write", err = errno;
    if (ok && rename(tmp, path) != 0)
        ok = 0, what = "cannot rename the temporary file over it", err = errno;
    if (!ok) {
        if (fd >= 0)
            unlink(tmp);
        fprintf(stderr, "%s %s: ", prog, cmd);
        put_text(stderr, path);
        fprintf(stderr, ": %s: %s\n", what, strerror(err));
    }
    free(tmp);
    return ok ? 0 : -1;
}

void cspctl_number(cspctl_numbering *n, const char *id, const char *parent, char *out, size_t size)
{
    int d = 0; /* the new record's depth: its parent's, plus one */
    if (parent)
        for (d = n->depth; d > 0 && strcmp(n->ids[d - 1], parent) != 0; d--)
            ;
    if (d > 15)
        d = 15;
    n->num[d] = d < n->depth ? n->num[d] + 1 : 1;
    snprintf(n->ids[d], sizeof n->ids[d], "%s", id);
    n->depth = d + 1;
    out[0] = '\0';
    for (int k = 0; k <= d; k++) {
        size_t len = strlen(out);
        snprintf(out + len, size - len, "%s%d", k ? "." : "", n->num[k]);
    }
}

static int busy_timeout_ms;

int open_register(csp_register **reg, const char *path, unsigned flags)
{
    csp_open_options opts = CSP_OPEN_OPTIONS_INIT;
    opts.flags = flags;
    opts.busy_timeout_ms = busy_timeout_ms;
    return csp_register_open(reg, path, &opts);
}

/* ---- import ------------------------------------------------------------ */

static const char import_help[] =
    "usage: cspctl import REGISTER FILE...\n"
    "\n"
    "Imports libcsp JSON documents into REGISTER (created if missing; \":memory:\"\n"
    "for a throw-away register). Each file is imported in one transaction: a bad\n"
    "file changes nothing, and the error names the file and the place in it.\n";

static int cmd_import(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return fputs(import_help, stdout), EXIT_SUCCESS;
    if (argc < 3)
        return usage_error("import", "expected REGISTER and at least one FILE");
    csp_register *reg;
    if (open_register(&reg, argv[1], CSP_OPEN_CREATE))
        return fail(argv[1]);
    int status = EXIT_SUCCESS;
    for (int i = 2; i < argc && status == EXIT_SUCCESS; i++) {
        if (csp_json_import_file(reg, argv[i], NULL))
            status = fail(argv[i]);
        else
            printf_text("imported %s\n", argv[i]);
    }
    csp_register_close(reg);
    return status;
}

/* ---- export ------------------------------------------------------------ */

static const char export_help[] =
    "usage: cspctl export [--public] [--compact] [--popolo] REGISTER [FILE]\n"
    "\n"
    "Writes the whole register as a libcsp JSON document to FILE, or to standard\n"
    "output. The same register always gives the same bytes.\n"
    "  --public   leave out people marked private (and the person of their seats)\n"
    "  --compact  one record per line instead of indented\n"
    "  --popolo   write a Popolo document (organizations, persons, memberships,\n"
    "             posts, events) for open data instead; always public\n"
    "             (docs/popolo.md)\n";

static int cmd_export(int argc, char **argv)
{
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    const char *args[2] = {NULL, NULL};
    int nargs = 0, popolo = 0;
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i]))
            return fputs(export_help, stdout), EXIT_SUCCESS;
        else if (strcmp(argv[i], "--public") == 0)
            opts.flags |= CSP_EXPORT_PUBLIC;
        else if (strcmp(argv[i], "--popolo") == 0)
            popolo = 1;
        else if (strcmp(argv[i], "--compact") == 0)
            opts.flags &= ~CSP_EXPORT_INDENT;
        else if (argv[i][0] == '-' && argv[i][1])
            return usage_error("export", "unknown option");
        else if (nargs < 2)
            args[nargs++] = argv[i];
        else
            return usage_error("export", "too many arguments");
    }
    if (nargs < 1)
        return usage_error("export", "expected REGISTER");
    csp_register *reg;
    if (open_register(&reg, args[0], CSP_OPEN_READONLY))
        return fail(args[0]);
    int status = EXIT_SUCCESS;
    if (args[1]) {
        if ((popolo ? csp_json_export_popolo_file : csp_json_export_file)(reg, args[1], &opts))
            status = fail(args[1]);
    } else {
        char *text;
        if ((popolo ? csp_json_export_popolo : csp_json_export)(&text, reg, &opts))
            status = fail(args[0]);
        else {
            if (fputs(text, stdout) == EOF) {
                fprintf(stderr, "%s: cannot write to standard output\n", prog);
                status = EXIT_FAILURE;
            }
            csp_free(text);
        }
    }
    csp_register_close(reg);
    return status;
}

/* ---- list -------------------------------------------------------------- */

/* The nouns and their columns come from listing.c, generated from the model's
 * description: a new entity is listed with no edit here. */

static void list_help(FILE *out)
{
    fputs("usage: cspctl list REGISTER WHAT\n"
          "\n"
          "Prints one record per line, tab-separated, after a line naming the columns:\n"
          "in id order (ordered records, such as strategy elements, in their order).\n"
          "Text with a tab, a line break or another control character is escaped (\\t, \\n,\n"
          "\\xNN); an unset value is \"-\"; a list is joined with \", \". WHAT is one of:\n",
          out);
    for (size_t k = 0; k < cspctl_listing_count; k++) {
        const cspctl_listing *l = &cspctl_listings[k];
        fprintf(out, "  %-15s", l->alias ? l->alias : l->noun);
        for (int c = 0; c < l->ncolumns; c++)
            fprintf(out, "%s%s", c ? ", " : "", csp_schema_field_name(l->entity, l->columns[c]));
        putchar('\n');
    }
}

/* Writes text on one line to out: control characters escaped (C0, DEL and the
 * C1 controls U+0080-U+009F), and the backslash that introduces an escape. */
void put_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\\')
            fputs("\\\\", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\x%02x", c);
        else if (c == 0xc2 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9f)
            fprintf(out, "\\u%04x", (unsigned char)*++s);
        else
            putc(c, out);
    }
}

void fprintf_text(FILE *out, const char *fmt, const char *text)
{
    const char *at = strstr(fmt, "%s");
    if (!at) {
        fputs(fmt, out);
        return;
    }
    fwrite(fmt, 1, (size_t)(at - fmt), out);
    put_text(out, text);
    fputs(at + 2, out);
}

void printf_text(const char *fmt, const char *text)
{
    fprintf_text(stdout, fmt, text);
}

static void put_value(const csp_record *r, int field)
{
    int type = csp_schema_field_type(csp_record_entity(r), field);
    if (type == CSP_FIELD_BOOL) {
        fputs(csp_record_int(r, field) ? "yes" : "no", stdout);
    } else if (type == CSP_FIELD_INT) {
        long long v = csp_record_int(r, field);
        if (v)
            printf("%lld", v);
        else
            putchar('-');
    } else if (csp_record_count(r, field) > 0) {
        for (size_t i = 0; i < csp_record_count(r, field); i++) {
            if (i)
                fputs(", ", stdout);
            put_text(stdout, csp_record_item(r, field, i));
        }
    } else if (csp_record_text(r, field)) {
        put_text(stdout, csp_record_text(r, field));
    } else {
        putchar('-');
    }
}

static int list_records(csp_register *reg, const cspctl_listing *l)
{
    csp_record_iterator *it;
    csp_record *r;
    int rc;
    if (csp_record_iterator_new(&it, reg, l->entity, NULL))
        return fail("list");
    for (int c = 0; c < l->ncolumns; c++)
        printf("%s%s", c ? "\t" : "", csp_schema_field_name(l->entity, l->columns[c]));
    putchar('\n');
    while ((rc = csp_record_next(&r, it)) == CSP_OK) {
        for (int c = 0; c < l->ncolumns; c++) {
            if (c)
                putchar('\t');
            put_value(r, l->columns[c]);
        }
        putchar('\n');
        csp_record_free(r);
    }
    csp_record_iterator_free(it);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("list");
}

static int cmd_list(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return list_help(stdout), EXIT_SUCCESS;
    if (argc != 3)
        return usage_error("list", "expected REGISTER and what to list");
    for (size_t k = 0; k < cspctl_listing_count; k++) {
        const cspctl_listing *l = &cspctl_listings[k];
        if (strcmp(argv[2], l->noun) != 0 && !(l->alias && strcmp(argv[2], l->alias) == 0))
            continue;
        csp_register *reg;
        if (open_register(&reg, argv[1], CSP_OPEN_READONLY))
            return fail(argv[1]);
        int status = list_records(reg, l);
        csp_register_close(reg);
        return status;
    }
    char expected[512] = "expected one of:";
    for (size_t k = 0; k < cspctl_listing_count; k++) {
        size_t n = strlen(expected);
        const cspctl_listing *l = &cspctl_listings[k];
        snprintf(expected + n, sizeof expected - n, " %s", l->alias ? l->alias : l->noun);
    }
    return usage_error("list", expected);
}

/* ---- main -------------------------------------------------------------- */

/* ---- verify ------------------------------------------------------------- */

static const char verify_help[] =
    "usage: cspctl verify [--quick] REGISTER\n"
    "\n"
    "Checks the whole register: the file (SQLite's integrity check of every page,\n"
    "index and constraint), every reference (each names a record that exists),\n"
    "and every record against the model. Prints each finding, one per line, and\n"
    "exits 0 when the register is sound, 1 when anything was found (or it could\n"
    "not be read). Opening a register runs only the cheap checks; run this on a\n"
    "schedule, or when a register may have been damaged or written by another tool.\n"
    "  --quick   SQLite's quick check instead of the full integrity check\n";

static int cmd_verify(int argc, char **argv)
{
    csp_verify_options opts = CSP_VERIFY_OPTIONS_INIT;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i]))
            return fputs(verify_help, stdout), EXIT_SUCCESS;
        if (strcmp(argv[i], "--quick") == 0)
            opts.flags |= CSP_VERIFY_QUICK;
        else if (argv[i][0] == '-' && argv[i][1])
            return usage_error("verify", "unknown option");
        else if (!path)
            path = argv[i];
        else
            return usage_error("verify", "expected one REGISTER");
    }
    if (!path)
        return usage_error("verify", "expected REGISTER");
    /* Read-only, and without the quick check on open: a damaged register is
     * what this command is for. */
    csp_register *reg;
    if (open_register(&reg, path, CSP_OPEN_READONLY | CSP_OPEN_NOCHECK))
        return fail(path);
    size_t findings = 0;
    char *report = NULL;
    int rc = csp_register_verify(reg, &opts, &findings, &report);
    csp_register_close(reg);
    if (rc)
        return fail(path);
    fputs(report, stdout);
    csp_free(report);
    if (findings == 0) {
        printf_text("%s: sound\n", path);
        return EXIT_SUCCESS;
    }
    fprintf_text(stderr, "cspctl: %s: ", path);
    fprintf(stderr, "%zu finding%s\n", findings, findings == 1 ? "" : "s");
    return EXIT_FAILURE;
}

/* ---- backup ------------------------------------------------------------- */

static const char backup_help[] =
    "usage: cspctl backup REGISTER FILE\n"
    "\n"
    "Writes a consistent copy of REGISTER to FILE while it may be in use, every\n"
    "committed change included (those still in REGISTER-wal too: copying the\n"
    "register file alone can lose them). FILE is written whole or not at all,\n"
    "created 0600; a register open at FILE is not replaced.\n";

static int cmd_backup(int argc, char **argv)
{
    const char *args[2] = {NULL, NULL};
    int nargs = 0;
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i]))
            return fputs(backup_help, stdout), EXIT_SUCCESS;
        if (argv[i][0] == '-' && argv[i][1])
            return usage_error("backup", "unknown option");
        if (nargs == 2)
            return usage_error("backup", "expected REGISTER FILE");
        args[nargs++] = argv[i];
    }
    if (nargs < 2)
        return usage_error("backup", "expected REGISTER FILE");
    csp_register *reg;
    if (open_register(&reg, args[0], CSP_OPEN_READONLY))
        return fail(args[0]);
    int status = csp_register_backup(reg, args[1]) ? fail(args[0]) : EXIT_SUCCESS;
    csp_register_close(reg);
    if (status == EXIT_SUCCESS) {
        printf_text("backed up %s", args[0]);
        printf_text(" to %s\n", args[1]);
    }
    return status;
}

static const char main_help[] =
    "usage: cspctl [--busy-timeout MS] COMMAND [ARGS]\n"
    "\n"
    "The libcsp command-line tool: a community safety partnership register.\n"
    "\n"
    "commands:\n"
    "  import REGISTER FILE...   import JSON documents\n"
    "  import-moderngov REGISTER --mapping FILE RESPONSE.xml...\n"
    "                            import a ModernGov committee system's XML responses\n"
    "                            (needs the libcsp Python binding)\n"
    "  export REGISTER [FILE]    export the register as JSON (--popolo: as Popolo)\n"
    "  list REGISTER WHAT        one line per record: organisations, people, partnerships,\n"
    "                            memberships, duties, holdings, ... ('cspctl list --help')\n"
    "  verify [--quick] REGISTER check the whole register: file, references, records\n"
    "  backup REGISTER FILE      copy the register safely while it may be in use\n"
    "  actions REGISTER [--overdue --as-of DATE] [--partnership ID] ...\n"
    "                            the actions that match: overdue, without an update\n"
    "                            since the last meeting, by champion, owner, element\n"
    "  agenda REGISTER MEETING   a meeting: details, agenda items, attendance\n"
    "  risks REGISTER [PARTNERSHIP]\n"
    "                            the risk register: open risks by score\n"
    "  progress REGISTER STRATEGY\n"
    "                            each element's share of the actions serving it done\n"
    "  check REGISTER --as-of DATE [--format text|json|markdown|html] ...\n"
    "                            is each partnership doing what the law asks, and why\n"
    "  graph REGISTER --area AREA | --partnership ID | --strategy ID [-o FILE]\n"
    "                            a picture (Graphviz DOT) of an area's partnerships,\n"
    "                            who sits on each, or a strategy's tree\n"
    "  calendar REGISTER --partnership ID [-o FILE]\n"
    "                            a partnership's meetings as an iCalendar file,\n"
    "                            to publish for Outlook and other calendars\n"
    "  demo [--as-of DATE] [DATA_DIR]\n"
    "                            show the bundled example partnerships, as of a date\n"
    "\n"
    "options:\n"
    "  --busy-timeout MS         wait up to MS milliseconds for a register another\n"
    "                            process is writing (default 5000), then fail\n"
    "\n"
    "'cspctl COMMAND --help' describes a command; 'cspctl --version' prints the version.\n";

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {{"import", cmd_import}, {"export", cmd_export}, {"list", cmd_list},
                {"import-moderngov", cspctl_import_moderngov},
                {"verify", cmd_verify}, {"backup", cmd_backup}, {"demo", cspctl_demo},
                {"actions", cspctl_actions}, {"agenda", cspctl_agenda}, {"risks", cspctl_risks},
                {"progress", cspctl_progress}, {"check", cspctl_check},
                {"graph", cspctl_graph}, {"calendar", cspctl_calendar}};
    while (argc >= 2 && strcmp(argv[1], "--busy-timeout") == 0) {
        char *end = NULL;
        long ms = argc >= 3 ? strtol(argv[2], &end, 10) : -1;
        if (argc < 3 || !end || *end || end == argv[2] || ms < 1 || ms > 86400000L)
            return usage_error(NULL, "--busy-timeout takes a number of milliseconds, 1 to 86400000");
        busy_timeout_ms = (int)ms;
        argc -= 2;
        argv += 2;
    }
    if (argc < 2)
        return fputs(main_help, stderr), EXIT_USAGE;
    if (is_help(argv[1]))
        return fputs(main_help, stdout), EXIT_SUCCESS;
    if (strcmp(argv[1], "--version") == 0)
        return printf("cspctl (libcsp) %s\n", csp_version()), EXIT_SUCCESS;
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (strcmp(argv[1], cmds[i].name) == 0)
            return cmds[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "%s: unknown command \"%s\" (see '%s --help')\n", prog, argv[1], prog);
    return EXIT_USAGE;
}
