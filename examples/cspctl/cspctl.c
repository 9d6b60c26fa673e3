/*
 * cspctl: the libcsp command-line tool.
 *
 *   cspctl import REGISTER FILE...     import JSON documents (all or nothing, per file)
 *   cspctl export [--public] [--compact] REGISTER [FILE]
 *   cspctl list REGISTER WHAT          one line per record (WHAT: every entity, see --help)
 *   cspctl demo [DATA_DIR]             the bundled partnerships on an in-memory register
 *
 * Exit status: 0 success, 1 an error from libcsp or the system, 2 a usage error.
 * Errors are one line on stderr naming the place.
 */
#define _POSIX_C_SOURCE 200809L
#include <csp/csp.h>

#include "listing.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_USAGE 2

static const char *prog = "cspctl";

static int fail(const char *context)
{
    const csp_error *e = csp_error_last();
    if (context)
        fprintf(stderr, "%s: %s: %s\n", prog, context, e->message);
    else
        fprintf(stderr, "%s: %s\n", prog, e->message);
    return EXIT_FAILURE;
}

static int usage_error(const char *cmd, const char *msg)
{
    fprintf(stderr, "%s%s%s: %s (see '%s%s%s --help')\n", prog, cmd ? " " : "", cmd ? cmd : "", msg, prog,
            cmd ? " " : "", cmd ? cmd : "");
    return EXIT_USAGE;
}

static int is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

static int open_register(csp_register **reg, const char *path, unsigned flags)
{
    csp_open_options opts = CSP_OPEN_OPTIONS_INIT;
    opts.flags = flags;
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
            printf("imported %s\n", argv[i]);
    }
    csp_register_close(reg);
    return status;
}

/* ---- export ------------------------------------------------------------ */

static const char export_help[] =
    "usage: cspctl export [--public] [--compact] REGISTER [FILE]\n"
    "\n"
    "Writes the whole register as a libcsp JSON document to FILE, or to standard\n"
    "output. The same register always gives the same bytes.\n"
    "  --public   leave out people marked private (and the person of their seats)\n"
    "  --compact  one record per line instead of indented\n";

static int cmd_export(int argc, char **argv)
{
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    const char *args[2] = {NULL, NULL};
    int nargs = 0;
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i]))
            return fputs(export_help, stdout), EXIT_SUCCESS;
        else if (strcmp(argv[i], "--public") == 0)
            opts.flags |= CSP_EXPORT_PUBLIC;
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
        if (csp_json_export_file(reg, args[1], &opts))
            status = fail(args[1]);
    } else {
        char *text;
        if (csp_json_export(&text, reg, &opts))
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

/* Writes text on one line: control characters escaped. */
static void put_text(const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\t')
            fputs("\\t", stdout);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c == '\\')
            fputs("\\\\", stdout);
        else if (c < 0x20 || c == 0x7f)
            printf("\\x%02x", c);
        else
            putchar(c);
    }
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
            put_text(csp_record_item(r, field, i));
        }
    } else if (csp_record_text(r, field)) {
        put_text(csp_record_text(r, field));
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

static const char *dash(const char *s)
{
    return s ? s : "-";
}

/* ---- demo -------------------------------------------------------------- */

static const char demo_help[] =
    "usage: cspctl demo [DATA_DIR]\n"
    "\n"
    "Imports every *.json file of the bundled example data into an in-memory\n"
    "register and prints the partnerships, their members grouped by organisation\n"
    "and role, and which partnerships are accountable to which. DATA_DIR defaults\n"
    "to $CSP_DATA_DIR, then the installed example data, then the source tree's.\n";

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the .json files of dir, sorted; returns the count or -1. */
static int json_files(const char *dir, char ***out)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char **names = NULL;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
            continue;
        char **grown = realloc(names, (size_t)(n + 1) * sizeof *names);
        size_t size = strlen(dir) + len + 2;
        char *path = malloc(size);
        if (!grown || !path) {
            free(path);
            free(grown ? grown : names);
            closedir(d);
            return -1;
        }
        names = grown;
        snprintf(path, size, "%s/%s", dir, de->d_name);
        names[n++] = path;
    }
    closedir(d);
    if (n)
        qsort(names, (size_t)n, sizeof *names, cmp_names);
    *out = names;
    return n;
}

static const char *org_name(csp_register *reg, const char *id, char *buf, size_t size)
{
    csp_organisation *o;
    if (!id)
        return "-";
    if (csp_organisation_get(&o, reg, id) != CSP_OK) {
        snprintf(buf, size, "%s", id);
        return buf;
    }
    snprintf(buf, size, "%s", csp_organisation_name(o));
    csp_organisation_free(o);
    return buf;
}

static const char *partnership_name(csp_register *reg, const char *id, char *buf, size_t size)
{
    csp_partnership *p;
    if (csp_partnership_get(&p, reg, id) != CSP_OK) {
        snprintf(buf, size, "%s", id);
        return buf;
    }
    snprintf(buf, size, "%s", csp_partnership_name(p));
    csp_partnership_free(p);
    return buf;
}

/* Prints the seats of one partnership, grouped by organisation then role. */
static int print_members(csp_register *reg, const char *partnership)
{
    csp_membership_filter f = CSP_MEMBERSHIP_FILTER_INIT;
    f.partnership = partnership;
    csp_membership_iterator *it;
    csp_membership *m;
    csp_membership **seats = NULL;
    size_t n = 0;
    int rc;
    if (csp_membership_iterator_new(&it, reg, &f))
        return fail("demo");
    while ((rc = csp_membership_next(&m, it)) == CSP_OK) {
        csp_membership **grown = realloc(seats, (n + 1) * sizeof *seats);
        if (!grown) {
            csp_membership_free(m);
            rc = CSP_ENOMEM;
            break;
        }
        seats = grown;
        seats[n++] = m;
    }
    csp_membership_iterator_free(it);
    int status = rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
    /* Group: organisation in first-seen order (seats come in id order), role within it. */
    char *done = calloc(n ? n : 1, 1);
    for (size_t i = 0; status == EXIT_SUCCESS && i < n; i++) {
        if (done[i])
            continue;
        char buf[256];
        const char *org = csp_membership_organisation(seats[i]);
        printf("    %s\n", org_name(reg, org, buf, sizeof buf));
        for (size_t j = i; j < n; j++) {
            if (done[j] || strcmp(csp_membership_organisation(seats[j]), org) != 0)
                continue;
            const char *role = csp_membership_role(seats[j]);
            for (size_t k = j; k < n; k++) {
                if (done[k] || strcmp(csp_membership_organisation(seats[k]), org) != 0 ||
                    strcmp(csp_membership_role(seats[k]), role) != 0)
                    continue;
                done[k] = 1;
                const char *person = csp_membership_person(seats[k]);
                const char *post = csp_membership_post(seats[k]);
                printf("      %-10s %s", role, post ? post : "(seat)");
                if (person) {
                    csp_person *p;
                    if (csp_person_get(&p, reg, person) == CSP_OK) {
                        const char *hon = csp_person_honorific(p);
                        printf(" - %s%s%s", hon ? hon : "", hon ? " " : "", csp_person_name(p));
                        csp_person_free(p);
                    }
                }
                const char *behalf = csp_membership_on_behalf_of(seats[k]);
                if (behalf)
                    printf(" (on behalf of %s)", org_name(reg, behalf, buf, sizeof buf));
                putchar('\n');
            }
        }
    }
    if (n == 0 && status == EXIT_SUCCESS)
        printf("    (no seats recorded)\n");
    free(done);
    for (size_t i = 0; i < n; i++)
        csp_membership_free(seats[i]);
    free(seats);
    return status;
}

/* Prints the duties a partnership holds. */
static int print_duties(csp_register *reg, const char *partnership)
{
    csp_duty_holding_filter f = CSP_DUTY_HOLDING_FILTER_INIT;
    f.partnership = partnership;
    csp_duty_holding_iterator *it;
    csp_duty_holding *h;
    int rc, any = 0;
    if (csp_duty_holding_iterator_new(&it, reg, &f))
        return fail("demo");
    while ((rc = csp_duty_holding_next(&h, it)) == CSP_OK) {
        csp_duty *d;
        if (!any)
            printf("  duties held:\n");
        any = 1;
        printf("    %s", csp_duty_holding_duty(h));
        if (csp_duty_get(&d, reg, csp_duty_holding_duty(h)) == CSP_OK) {
            printf(" (%s; %s, %s)", csp_duty_source(d), csp_duty_recurrence(d), csp_duty_confidence(d));
            csp_duty_free(d);
        }
        if (csp_duty_holding_start_date(h))
            printf(", since %s", csp_duty_holding_start_date(h));
        putchar('\n');
        csp_duty_holding_free(h);
    }
    csp_duty_holding_iterator_free(it);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* Prints one strategy and its elements as a tree. */
static int print_strategy(csp_register *reg, const csp_strategy *s)
{
    printf("  current strategy: %s [%s, %s", csp_strategy_title(s), csp_strategy_kind(s), csp_strategy_status(s));
    if (csp_strategy_agreed_on(s))
        printf(", agreed %s", csp_strategy_agreed_on(s));
    if (csp_strategy_start_date(s) || csp_strategy_end_date(s))
        printf(", %s to %s", dash(csp_strategy_start_date(s)), dash(csp_strategy_end_date(s)));
    printf("]\n");
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    f.strategy = csp_strategy_id(s);
    csp_element_iterator *it;
    csp_element *el;
    int rc;
    char *depth_ids[8] = {NULL};
    if (csp_element_iterator_new(&it, reg, &f))
        return fail("demo");
    while ((rc = csp_element_next(&el, it)) == CSP_OK) {
        /* Depth from the chain of parents seen so far (elements come in tree order). */
        int depth = 0;
        const char *parent = csp_element_parent(el);
        if (parent)
            for (int d = 0; d < 7; d++)
                if (depth_ids[d] && strcmp(depth_ids[d], parent) == 0)
                    depth = d + 1;
        if (depth < 8) {
            free(depth_ids[depth]);
            depth_ids[depth] = strdup(csp_element_id(el));
        }
        printf("    %*s- %s: %s\n", depth * 2, "", csp_element_kind(el), csp_element_title(el));
        csp_element_free(el);
    }
    csp_element_iterator_free(it);
    for (int d = 0; d < 8; d++)
        free(depth_ids[d]);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* Prints a partnership's current strategies: those agreed or published (not
 * drafts, superseded or withdrawn ones). */
static int print_strategies(csp_register *reg, const char *partnership)
{
    csp_strategy_filter f = CSP_STRATEGY_FILTER_INIT;
    f.partnership = partnership;
    csp_strategy_iterator *it;
    csp_strategy *s;
    int rc, status = EXIT_SUCCESS;
    if (csp_strategy_iterator_new(&it, reg, &f))
        return fail("demo");
    while (status == EXIT_SUCCESS && (rc = csp_strategy_next(&s, it)) == CSP_OK) {
        const char *st = csp_strategy_status(s);
        if (strcmp(st, "agreed") == 0 || strcmp(st, "published") == 0)
            status = print_strategy(reg, s);
        csp_strategy_free(s);
    }
    csp_strategy_iterator_free(it);
    if (status == EXIT_SUCCESS && rc != CSP_ITEROVER)
        status = fail("demo");
    return status;
}

static int print_partnership(csp_register *reg, const csp_partnership *p)
{
    char buf[256];
    const char *short_name = csp_partnership_short_name(p);
    printf("\n%s%s%s%s  [%s]\n", csp_partnership_name(p), short_name ? " (" : "", short_name ? short_name : "",
           short_name ? ")" : "", csp_partnership_kind(p));
    if (csp_partnership_area(p))
        printf("  area:            %s\n", csp_partnership_area(p));
    if (csp_partnership_formed_on(p))
        printf("  formed:          %s\n", csp_partnership_formed_on(p));
    for (size_t i = 0; i < csp_partnership_former_names_count(p); i++)
        printf("  formerly:        %s\n", csp_partnership_former_names(p, i));
    if (csp_partnership_statutory_basis(p))
        printf("  statutory basis: %s\n", csp_partnership_statutory_basis(p));
    if (csp_partnership_meetings_per_year(p)) {
        printf("  meets:           %d times a year", csp_partnership_meetings_per_year(p));
        if (csp_partnership_minutes_per_meeting(p))
            printf(", %d minutes each", csp_partnership_minutes_per_meeting(p));
        if (csp_partnership_ad_hoc_meetings(p))
            printf(", and ad hoc as required");
        putchar('\n');
    }
    if (csp_partnership_parent(p))
        printf("  part of:         %s\n", partnership_name(reg, csp_partnership_parent(p), buf, sizeof buf));
    if (csp_partnership_accountable_to(p))
        printf("  accountable to:  %s\n", partnership_name(reg, csp_partnership_accountable_to(p), buf, sizeof buf));
    for (size_t i = 0; i < csp_partnership_works_with_count(p); i++)
        printf("  works with:      %s\n", partnership_name(reg, csp_partnership_works_with(p, i), buf, sizeof buf));
    int status = print_duties(reg, csp_partnership_id(p));
    if (status == EXIT_SUCCESS)
        status = print_strategies(reg, csp_partnership_id(p));
    if (status == EXIT_SUCCESS) {
        printf("  members:\n");
        status = print_members(reg, csp_partnership_id(p));
    }
    return status;
}

static int print_accountability(csp_register *reg)
{
    csp_partnership_iterator *it;
    csp_partnership *p;
    int rc, any = 0;
    char a[256], b[256];
    printf("\nAccountability\n");
    if (csp_partnership_iterator_new(&it, reg, NULL))
        return fail("demo");
    while ((rc = csp_partnership_next(&p, it)) == CSP_OK) {
        if (csp_partnership_accountable_to(p)) {
            printf("  %s -> accountable to -> %s\n", csp_partnership_name(p),
                   partnership_name(reg, csp_partnership_accountable_to(p), a, sizeof a));
            any = 1;
        }
        if (csp_partnership_parent(p)) {
            printf("  %s -> part of -> %s\n", csp_partnership_name(p),
                   partnership_name(reg, csp_partnership_parent(p), b, sizeof b));
            any = 1;
        }
        csp_partnership_free(p);
    }
    csp_partnership_iterator_free(it);
    if (!any)
        printf("  (no links recorded)\n");
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* The order the demo shows partnerships in: by area, the CSP first and the
 * groups around it after, then by id. */
static int kind_rank(const char *kind)
{
    static const char *const order[] = {"community_safety_partnership", "statutory_officer_group",
                                        "resilience_partnership", "delivery_group", "task_group",
                                        "scrutiny_committee", "local_strategic_partnership", "board", "other"};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (strcmp(order[i], kind) == 0)
            return (int)i;
    return (int)(sizeof order / sizeof order[0]);
}

static int cmp_partnerships(const void *a, const void *b)
{
    const csp_partnership *x = *(const csp_partnership *const *)a, *y = *(const csp_partnership *const *)b;
    const char *ax = csp_partnership_area(x), *ay = csp_partnership_area(y);
    int c = (ax == NULL) - (ay == NULL);
    if (c == 0 && ax && ay)
        c = strcmp(ax, ay);
    if (c == 0)
        c = kind_rank(csp_partnership_kind(x)) - kind_rank(csp_partnership_kind(y));
    return c ? c : strcmp(csp_partnership_id(x), csp_partnership_id(y));
}

static int print_partnerships(csp_register *reg)
{
    csp_partnership_iterator *it;
    csp_partnership *p, **all = NULL;
    size_t n = 0;
    int rc, status = EXIT_SUCCESS;
    if (csp_partnership_iterator_new(&it, reg, NULL))
        return fail("demo");
    while ((rc = csp_partnership_next(&p, it)) == CSP_OK) {
        csp_partnership **grown = realloc(all, (n + 1) * sizeof *all);
        if (!grown) {
            csp_partnership_free(p);
            rc = CSP_ENOMEM;
            break;
        }
        all = grown;
        all[n++] = p;
    }
    csp_partnership_iterator_free(it);
    if (rc != CSP_ITEROVER)
        status = rc == CSP_ENOMEM ? (fprintf(stderr, "%s: demo: out of memory\n", prog), EXIT_FAILURE) : fail("demo");
    if (n)
        qsort(all, n, sizeof *all, cmp_partnerships);
    const char *area = NULL;
    for (size_t i = 0; i < n && status == EXIT_SUCCESS; i++) {
        const char *a = csp_partnership_area(all[i]);
        if (i == 0 || (a ? !area || strcmp(a, area) != 0 : area != NULL))
            printf("\n==== %s ====\n", a ? a : "(no area)");
        area = a;
        status = print_partnership(reg, all[i]);
    }
    for (size_t i = 0; i < n; i++)
        csp_partnership_free(all[i]);
    free(all);
    return status;
}

static const char *demo_dir(void)
{
    static const char *candidates[] = {
#ifdef CSPCTL_INSTALL_DATA_DIR
        CSPCTL_INSTALL_DATA_DIR,
#endif
#ifdef CSPCTL_SOURCE_DATA_DIR
        CSPCTL_SOURCE_DATA_DIR,
#endif
        "examples/data"};
    const char *env = getenv("CSP_DATA_DIR");
    if (env && *env)
        return env;
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        DIR *d = opendir(candidates[i]);
        if (d) {
            closedir(d);
            return candidates[i];
        }
    }
    return "examples/data";
}

static int cmd_demo(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return fputs(demo_help, stdout), EXIT_SUCCESS;
    if (argc > 2)
        return usage_error("demo", "expected at most one DATA_DIR");
    const char *dir = argc == 2 ? argv[1] : demo_dir();
    char **files = NULL;
    int n = json_files(dir, &files);
    if (n < 0) {
        fprintf(stderr, "%s: demo: cannot read the example data directory \"%s\"\n", prog, dir);
        return EXIT_FAILURE;
    }
    if (n == 0) {
        free(files);
        fprintf(stderr, "%s: demo: no *.json files in \"%s\"\n", prog, dir);
        return EXIT_FAILURE;
    }
    csp_register *reg;
    int status = EXIT_SUCCESS;
    if (open_register(&reg, ":memory:", CSP_OPEN_CREATE)) {
        status = fail("demo");
        reg = NULL;
    }
    printf("libcsp %s demo: the bundled partnerships on an in-memory register\n", csp_version());
    for (int i = 0; i < n && status == EXIT_SUCCESS; i++) {
        if (csp_json_import_file(reg, files[i], NULL))
            status = fail(files[i]);
        else
            printf("  imported %s\n", files[i]);
    }
    if (status == EXIT_SUCCESS)
        status = print_partnerships(reg);
    if (status == EXIT_SUCCESS)
        status = print_accountability(reg);
    csp_register_close(reg);
    for (int i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return status;
}

/* ---- main -------------------------------------------------------------- */

static const char main_help[] =
    "usage: cspctl COMMAND [ARGS]\n"
    "\n"
    "The libcsp command-line tool: a community safety partnership register.\n"
    "\n"
    "commands:\n"
    "  import REGISTER FILE...   import JSON documents\n"
    "  export REGISTER [FILE]    export the register as JSON\n"
    "  list REGISTER WHAT        one line per record: organisations, people, partnerships,\n"
    "                            memberships, duties, holdings, ... ('cspctl list --help')\n"
    "  demo [DATA_DIR]           show the bundled example partnerships\n"
    "\n"
    "'cspctl COMMAND --help' describes a command; 'cspctl --version' prints the version.\n";

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } cmds[] = {{"import", cmd_import}, {"export", cmd_export}, {"list", cmd_list}, {"demo", cmd_demo}};
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
