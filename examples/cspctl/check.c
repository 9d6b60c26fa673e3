/*
 * cspctl check: is each partnership doing what the law asks, as of a date
 * (csp/check.h). Text for a terminal, JSON for a program, Markdown or one
 * self-contained HTML file for a board pack.
 *
 * Exit status: 0 when nothing is not met, 1 when a breach is not met (or an
 * error from libcsp or the system), 2 on a usage error.
 */
#define _POSIX_C_SOURCE 200809L
#include "cspctl.h"

#include <stdlib.h>
#include <string.h>

static const char check_help[] =
    "usage: cspctl check REGISTER --as-of DATE [--partnership ID] [--format text|json|markdown|html]\n"
    "                    [--problems] [--skip RULE]... [--enable RULE]... [--skip-secondary]\n"
    "                    [--skip-unverified]\n"
    "\n"
    "Checks each partnership against the rules of docs/rules.md as of DATE (a full\n"
    "date: the check never reads today's date), and prints each finding: met (the\n"
    "record shows it), NOT MET, or not shown (the record lacks what would decide\n"
    "it), with the rule, its legal source and confidence, and what would clear it.\n"
    "  --partnership ID   one partnership only\n"
    "  --format F         text (default), json, markdown or html (one file)\n"
    "  --problems         leave out the findings that are met\n"
    "  --skip RULE        do not run a rule (repeatable)\n"
    "  --enable RULE      run a rule that is off by default (repeatable)\n"
    "  --skip-secondary   leave out the rules resting on secondary sources\n"
    "  --skip-unverified  leave out the rules resting on unverified figures\n"
    "Exit status: 0 when nothing is not met, 1 when a breach is not met or on an\n"
    "error, 2 on a usage error.\n";

static const char *result_word(int result)
{
    return result == CSP_RESULT_MET ? "met" : result == CSP_RESULT_NOT_MET ? "NOT MET" : "not shown";
}

/* ---- text ---- */

/* Writes prefix then text, escaped onto lines of at most 79 columns, each
 * after the first indented by `indent` spaces (words longer than a line are
 * left whole). */
static void wrapped(const char *prefix, const char *text, int indent)
{
    int col = (int)strlen(prefix), fresh = 1; /* fresh: nothing yet on this line after the indent */
    fputs(prefix, stdout);
    for (const char *p = text; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        int len = (int)(p - w);
        if (len == 0)
            break;
        if (!fresh && col + 1 + len > 79) {
            printf("\n%*s", indent, "");
            col = indent;
            fresh = 1;
        }
        if (!fresh) {
            putchar(' ');
            col++;
        }
        char word[1024];
        snprintf(word, sizeof word, "%.*s", len, w);
        put_text(stdout, word);
        col += len;
        fresh = 0;
    }
    putchar('\n');
}

static void text_report(const csp_report *r)
{
    const char *last = NULL;
    for (size_t i = 0; i < csp_report_count(r); i++) {
        const csp_finding *f = csp_report_finding(r, i);
        if (!last || strcmp(last, csp_finding_partnership(f)) != 0) {
            last = csp_finding_partnership(f);
            printf_text("%s\n", last);
        }
        printf("  %-9s %s %s", result_word(csp_finding_result(f)), csp_finding_rule(f), csp_finding_severity(f));
        if (csp_finding_subject_entity(f) != CSP_ENTITY_PARTNERSHIP) {
            fputs(" ", stdout);
            put_text(stdout, csp_finding_subject(f));
        }
        putchar('\n');
        wrapped("            ", csp_finding_message(f), 12);
        if (csp_finding_result(f) != CSP_RESULT_MET) {
            char fix[1200];
            snprintf(fix, sizeof fix, "To clear it: %s", csp_finding_fix(f));
            wrapped("            ", fix, 12);
        }
        char source[600];
        snprintf(source, sizeof source, "Source: %s (%s).", csp_finding_source(f), csp_finding_confidence(f));
        wrapped("            ", source, 12);
    }
    printf("%zu findings as of %s: %zu met, %zu not met (%zu breaches), %zu not shown\n", csp_report_count(r),
           csp_report_as_of(r), csp_report_count_result(r, CSP_RESULT_MET, NULL),
           csp_report_count_result(r, CSP_RESULT_NOT_MET, NULL),
           csp_report_count_result(r, CSP_RESULT_NOT_MET, "breach"),
           csp_report_count_result(r, CSP_RESULT_NOT_SHOWN, NULL));
}

/* ---- JSON ---- */

/* JSON goes through a buffer of its own: a national register's report holds
 * a million evidence ids, and a stdio call for each piece of each was a
 * tenth of the check's time. */
static struct {
    char b[1 << 16];
    size_t n;
} out;

static void out_flush(void)
{
    fwrite(out.b, 1, out.n, stdout);
    out.n = 0;
}

static void out_mem(const char *s, size_t n)
{
    if (n > sizeof out.b - out.n) {
        out_flush();
        if (n > sizeof out.b) {
            fwrite(s, 1, n, stdout);
            return;
        }
    }
    memcpy(out.b + out.n, s, n);
    out.n += n;
}

static void out_str(const char *s)
{
    out_mem(s, strlen(s));
}

static void out_size(size_t v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%zu", v);
    out_mem(t, (size_t)n);
}

/* Whether byte c goes into a JSON string as it is. */
static int plain(unsigned char c)
{
    return c >= 0x20 && c != '"' && c != '\\' && c != 0x7f;
}

/* A JSON string: runs of plain characters written whole. */
static void json_string(const char *s)
{
    out_mem("\"", 1);
    while (s && *s) {
        size_t run = 0;
        while (plain((unsigned char)s[run]))
            run++;
        out_mem(s, run);
        s += run;
        if (!*s)
            break;
        unsigned char c = (unsigned char)*s++;
        char esc[8];
        if (c == '"' || c == '\\')
            snprintf(esc, sizeof esc, "\\%c", c);
        else if (c == '\n')
            snprintf(esc, sizeof esc, "\\n");
        else if (c == '\t')
            snprintf(esc, sizeof esc, "\\t");
        else
            snprintf(esc, sizeof esc, "\\u%04x", c);
        out_str(esc);
    }
    out_mem("\"", 1);
}

/* One evidence entry: sep, before (its entity), the id as a JSON string and
 * "}". An id is plain ASCII (the library checks it), so it is copied into the
 * buffer as it is checked, in one pass; anything else takes json_string's way. */
static void json_evidence(const char *sep, size_t nsep, const char *before, size_t nbefore, const char *id)
{
    enum { ID_ROOM = 512 }; /* more than the longest id, with its quotes and "}" */
    if (id && sizeof out.b - out.n < nsep + nbefore + ID_ROOM)
        out_flush();
    if (id && nsep + nbefore + ID_ROOM <= sizeof out.b - out.n) {
        char *p = out.b + out.n, *end = p + nsep + nbefore + ID_ROOM - 3;
        memcpy(p, sep, nsep);
        p += nsep;
        memcpy(p, before, nbefore);
        p += nbefore;
        *p++ = '"';
        const char *c = id;
        while (*c && p < end && plain((unsigned char)*c))
            *p++ = *c++;
        if (!*c) {
            *p++ = '"';
            *p++ = '}';
            out.n = (size_t)(p - out.b);
            return;
        }
    }
    out_mem(sep, nsep); /* the buffer's end is where it was */
    out_mem(before, nbefore);
    json_string(id);
    out_mem("}", 1);
}

static void json_field(const char *key, const char *value, int last)
{
    out_mem("\"", 1);
    out_str(key);
    out_mem("\": ", 3);
    if (value)
        json_string(value);
    else
        out_mem("null", 4);
    if (!last)
        out_mem(", ", 2);
}

static void json_report(const csp_report *r)
{
    out_str("{\"as_of\": ");
    json_string(csp_report_as_of(r));
    out_str(", \"summary\": {\"met\": ");
    out_size(csp_report_count_result(r, CSP_RESULT_MET, NULL));
    out_str(", \"not_met\": ");
    out_size(csp_report_count_result(r, CSP_RESULT_NOT_MET, NULL));
    out_str(", \"not_shown\": ");
    out_size(csp_report_count_result(r, CSP_RESULT_NOT_SHOWN, NULL));
    out_str(", \"breaches\": ");
    out_size(csp_report_count_result(r, CSP_RESULT_NOT_MET, "breach"));
    out_str("},\n \"findings\": [");
    for (size_t i = 0; i < csp_report_count(r); i++) {
        const csp_finding *f = csp_report_finding(r, i);
        out_str(i ? ",\n  {" : "\n  {");
        json_field("rule", csp_finding_rule(f), 0);
        json_field("result",
                   csp_finding_result(f) == CSP_RESULT_MET       ? "met"
                   : csp_finding_result(f) == CSP_RESULT_NOT_MET ? "not_met"
                                                                 : "not_shown",
                   0);
        json_field("severity", csp_finding_severity(f), 0);
        json_field("confidence", csp_finding_confidence(f), 0);
        json_field("family", csp_finding_family(f), 0);
        json_field("partnership", csp_finding_partnership(f), 0);
        json_field("subject_entity", csp_schema_entity_name((size_t)csp_finding_subject_entity(f)), 0);
        json_field("subject", csp_finding_subject(f), 0);
        json_field("message", csp_finding_message(f), 0);
        json_field("source", csp_finding_source(f), 0);
        json_field("due", csp_finding_due(f), 0);
        out_str("\"evidence\": [");
        /* A national register's findings hold a million evidence records:
         * what comes before each id is written once per entity. */
        char before[96] = "";
        size_t nbefore = 0;
        int entity = -1;
        for (size_t k = 0, nev = csp_finding_evidence_count(f); k < nev; k++) {
            if (csp_finding_evidence_entity(f, k) != entity) {
                entity = csp_finding_evidence_entity(f, k);
                int n = snprintf(before, sizeof before, "{\"entity\": \"%s\", \"id\": ",
                                 csp_schema_entity_name((size_t)entity)); /* an entity's name is plain */
                nbefore = n > 0 && (size_t)n < sizeof before ? (size_t)n : 0;
            }
            json_evidence(", ", k ? 2 : 0, before, nbefore, csp_finding_evidence_id(f, k));
        }
        out_str("]}");
    }
    out_str("\n]}\n");
    out_flush();
}

/* ---- Markdown and HTML: a board pack ---- */

/* Writes text with the characters special to the format escaped. */
static void put_escaped(const char *s, int html)
{
    for (; s && *s; s++) {
        if (html && *s == '<')
            fputs("&lt;", stdout);
        else if (html && *s == '>')
            fputs("&gt;", stdout);
        else if (html && *s == '&')
            fputs("&amp;", stdout);
        else if (html && *s == '"')
            fputs("&quot;", stdout);
        else if (!html && (*s == '|' || *s == '*' || *s == '_' || *s == '`' || *s == '[' || *s == ']' || *s == '<'))
            printf("\\%c", *s);
        else if (*s == '\n' || *s == '\t')
            putchar(' ');
        else
            putchar(*s);
    }
}

static void pack_report(csp_register *reg, const csp_report *r, int html)
{
    static const char *const families[] = {"membership", "duties", "meetings", "actions", "scrutiny", "reviews"};
    if (html)
        printf("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<title>Compliance as of %s</title>\n<style>\n"
               "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}\n"
               "table{border-collapse:collapse;width:100%%}td,th{border:1px solid #999;padding:.3em;vertical-align:top}\n"
               ".not_met{background:#fdd}.not_shown{background:#ffd}.met{background:#dfd}\n"
               "</style>\n</head>\n<body>\n<h1>Compliance with the law as of %s</h1>\n",
               csp_report_as_of(r), csp_report_as_of(r));
    else
        printf("# Compliance with the law as of %s\n", csp_report_as_of(r));
    size_t i = 0;
    while (i < csp_report_count(r)) {
        const char *p = csp_finding_partnership(csp_report_finding(r, i));
        size_t end = i;
        while (end < csp_report_count(r) && strcmp(csp_finding_partnership(csp_report_finding(r, end)), p) == 0)
            end++;
        size_t met = 0, not_met = 0, not_shown = 0;
        for (size_t k = i; k < end; k++) {
            int res = csp_finding_result(csp_report_finding(r, k));
            met += res == CSP_RESULT_MET;
            not_met += res == CSP_RESULT_NOT_MET;
            not_shown += res == CSP_RESULT_NOT_SHOWN;
        }
        csp_record *rec = NULL;
        const char *name = csp_record_get(&rec, reg, CSP_ENTITY_PARTNERSHIP, p) == CSP_OK ? csp_record_name(rec) : p;
        fputs(html ? "<h2>" : "\n## ", stdout);
        put_escaped(name, html);
        fputs(html ? "</h2>\n<p>" : "\n\n", stdout);
        printf("%zu met, %zu not met, %zu not shown.%s\n", met, not_met, not_shown, html ? "</p>" : "");
        csp_record_free(rec);
        for (size_t fam = 0; fam < sizeof families / sizeof families[0]; fam++) {
            int first = 1;
            for (size_t k = i; k < end; k++) {
                const csp_finding *f = csp_report_finding(r, k);
                if (strcmp(csp_finding_family(f), families[fam]) != 0)
                    continue;
                if (first && html)
                    printf("<h3>%s</h3>\n<table>\n<tr><th>Result</th><th>Rule</th><th>Finding</th>"
                           "<th>Legal source</th></tr>\n",
                           families[fam]);
                else if (first)
                    printf("\n### %c%s\n\n| result | rule | finding | legal source |\n| --- | --- | --- | --- |\n",
                           families[fam][0] - 'a' + 'A', families[fam] + 1);
                first = 0;
                int res = csp_finding_result(f);
                const char *cls = res == CSP_RESULT_MET ? "met" : res == CSP_RESULT_NOT_MET ? "not_met" : "not_shown";
                if (html)
                    printf("<tr class=\"%s\"><td>%s</td><td>%s (%s)</td><td>", cls, result_word(res),
                           csp_finding_rule(f), csp_finding_severity(f));
                else
                    printf("| %s | %s (%s) | ", result_word(res), csp_finding_rule(f), csp_finding_severity(f));
                put_escaped(csp_finding_message(f), html);
                if (res != CSP_RESULT_MET) {
                    fputs(html ? "<br><em>To clear it:</em> " : " *To clear it:* ", stdout);
                    put_escaped(csp_finding_fix(f), html);
                }
                fputs(html ? "</td><td>" : " | ", stdout);
                put_escaped(csp_finding_source(f), html);
                printf(" (%s)%s\n", csp_finding_confidence(f), html ? "</td></tr>" : " |");
            }
            if (!first && html)
                puts("</table>");
        }
        i = end;
    }
    if (html)
        puts("</body>\n</html>");
}

/* ---- the command ---- */

#define MAX_RULES 64

int cspctl_check(int argc, char **argv)
{
    csp_check_options opts = CSP_CHECK_OPTIONS_INIT;
    const char *skip[MAX_RULES + 1] = {NULL}, *enable[MAX_RULES + 1] = {NULL};
    size_t nskip = 0, nenable = 0;
    const char *path = NULL, *as_of = NULL, *format = "text";
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        int takes = strcmp(o, "--as-of") == 0 || strcmp(o, "--partnership") == 0 || strcmp(o, "--format") == 0 ||
                    strcmp(o, "--skip") == 0 || strcmp(o, "--enable") == 0;
        if (is_help(o))
            return fputs(check_help, stdout), EXIT_SUCCESS;
        if (takes && i + 1 >= argc) {
            char msg[80];
            snprintf(msg, sizeof msg, "%s needs a value", o);
            return usage_error("check", msg);
        }
        if (strcmp(o, "--as-of") == 0)
            as_of = argv[++i];
        else if (strcmp(o, "--partnership") == 0)
            opts.partnership = argv[++i];
        else if (strcmp(o, "--format") == 0)
            format = argv[++i];
        else if (strcmp(o, "--skip") == 0 && nskip < MAX_RULES)
            skip[nskip++] = argv[++i];
        else if (strcmp(o, "--enable") == 0 && nenable < MAX_RULES)
            enable[nenable++] = argv[++i];
        else if (strcmp(o, "--problems") == 0)
            opts.flags |= CSP_CHECK_PROBLEMS_ONLY;
        else if (strcmp(o, "--skip-secondary") == 0)
            opts.skip_confidence |= CSP_CHECK_SKIP_SECONDARY;
        else if (strcmp(o, "--skip-unverified") == 0)
            opts.skip_confidence |= CSP_CHECK_SKIP_UNVERIFIED;
        else if (o[0] == '-' && o[1])
            return usage_error("check", takes ? "too many rules given" : "unknown option");
        else if (!path)
            path = o;
        else
            return usage_error("check", "too many arguments");
    }
    if (!path)
        return usage_error("check", "expected REGISTER");
    if (!as_of)
        return usage_error("check", "--as-of DATE is needed: the check is as of a date, never today's unless given");
    if (strlen(as_of) != 10 || csp_date_check(as_of) != CSP_OK)
        return usage_error("check", "--as-of takes a full date: YYYY-MM-DD");
    int fmt = strcmp(format, "text") == 0 ? 0 : strcmp(format, "json") == 0 ? 1 : strcmp(format, "markdown") == 0 ? 2
              : strcmp(format, "html") == 0 ? 3 : -1;
    if (fmt < 0)
        return usage_error("check", "--format is one of text, json, markdown, html");
    opts.skip = nskip ? skip : NULL;
    opts.enable = nenable ? enable : NULL;
    csp_register *reg;
    if (open_register(&reg, path, CSP_OPEN_READONLY))
        return fail(path);
    csp_report *r = NULL;
    int status;
    if (csp_check(&r, reg, as_of, &opts) != CSP_OK) {
        status = fail("check");
    } else {
        if (fmt == 0)
            text_report(r);
        else if (fmt == 1)
            json_report(r);
        else
            pack_report(reg, r, fmt == 3);
        status = csp_report_count_result(r, CSP_RESULT_NOT_MET, "breach") ? EXIT_FAILURE : EXIT_SUCCESS;
        if (fflush(stdout) != 0 || ferror(stdout)) {
            fprintf(stderr, "cspctl: check: cannot write the report to standard output\n");
            status = EXIT_FAILURE;
        }
    }
    csp_report_free(r);
    csp_register_close(reg);
    return status;
}
