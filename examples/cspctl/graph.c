/*
 * cspctl graph: pictures of a register in Graphviz's DOT language.
 *
 *   cspctl graph REGISTER --area AREA [--as-of DATE] [-o FILE]
 *   cspctl graph REGISTER --partnership ID [--as-of DATE] [-o FILE]
 *   cspctl graph REGISTER --strategy ID [-o FILE]
 *
 * The structure of an area (or of one partnership and its neighbours): each
 * partnership, the relations the model records between them (part of,
 * accountable to, works with, scrutinised by) and the organisations that sit
 * on each; or a strategy's tree of elements. Render with `dot -Tsvg` or
 * `dot -Tpng` (examples/pictures/render.sh does it for the bundled data).
 *
 * The output is deterministic (records in id order, elements in tree order),
 * so a committed picture can be compared with a fresh one. It is built whole
 * in memory and then written: to standard output, or to FILE through a
 * temporary file renamed into place, so FILE is never left half written.
 */
#define _POSIX_C_SOURCE 200809L
#include "cspctl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char graph_help[] =
    "usage: cspctl graph REGISTER (--area AREA | --partnership ID | --strategy ID)\n"
    "                    [--as-of DATE] [-o FILE]\n"
    "       cspctl graph REGISTER --list\n"
    "\n"
    "Writes a picture of the register in Graphviz's DOT language, to FILE or to\n"
    "standard output; render it with 'dot -Tsvg' or 'dot -Tpng'.\n"
    "  --area AREA         the partnerships of an area (their recorded area, e.g.\n"
    "                      \"Ealing\"): each with its kind, the relations between them\n"
    "                      (part of, accountable to, works with, scrutinised by),\n"
    "                      partnerships elsewhere they relate to, and the\n"
    "                      organisations that sit on each, labelled with the role\n"
    "  --partnership ID    one partnership, the partnerships it relates to either\n"
    "                      way, and the organisations that sit on it\n"
    "  --strategy ID       a strategy's tree: its strands, objectives, themes,\n"
    "                      delivery groups ..., numbered in tree order (1, 1.1)\n"
    "  --as-of DATE        only the seats in force on DATE (YYYY, YYYY-MM or\n"
    "                      YYYY-MM-DD), and not those of a body that had ceased to\n"
    "                      exist; without it, every seat on record, whatever its\n"
    "                      dates (the picture's title says which)\n"
    "  -o FILE             write FILE (whole, or not at all) instead of standard output\n"
    "  --list              instead of a picture, what can be drawn: a line\n"
    "                      \"area<TAB>AREA\" for each area recorded, then\n"
    "                      \"strategy<TAB>ID<TAB>ELEMENTS<TAB>TITLE\" for each strategy\n"
    "Exit status: 0 on success, 1 on an error reading the register or writing FILE,\n"
    "2 on a usage error or an area, partnership or strategy that is not recorded.\n";

/* The font of every picture: DejaVu Sans where it is installed (Debian's
 * graphviz brings it), then what a browser viewing the SVG has. */
#define GRAPH_FONT "DejaVu Sans,Helvetica,Arial,sans-serif"

/* ---- a growing string ------------------------------------------------------ */

typedef struct buf {
    char *s;
    size_t len, cap;
    int oom;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *s2 = realloc(b->s, cap);
        if (!s2) {
            b->oom = 1;
            return;
        }
        b->s = s2;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void buf_puts(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void buf_printf(buf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->oom = 1;
        return;
    }
    if ((size_t)n < sizeof small) {
        buf_add(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        b->oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_add(b, big, (size_t)n);
    free(big);
}

/* ---- DOT strings ---------------------------------------------------------- */

/* Appends text as the inside of a DOT quoted string: a quote and a backslash
 * escaped (a backslash would otherwise start one of Graphviz's label escapes,
 * \N, \G, \l ...), a line break as \n (Graphviz's centred line break), and any
 * other control character as a space. */
static void dot_text(buf *b, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"')
            buf_puts(b, "\\\"");
        else if (c == '\\')
            buf_puts(b, "\\\\");
        else if (c == '\n')
            buf_puts(b, "\\n");
        else if (c < 0x20 || c == 0x7f)
            buf_puts(b, " ");
        else
            buf_add(b, s, 1);
    }
}

/* Appends "text" (quoted, escaped). */
static void dot_quoted(buf *b, const char *s)
{
    buf_puts(b, "\"");
    dot_text(b, s);
    buf_puts(b, "\"");
}

/* Appends a node id: "prefix:id", quoted. */
static void dot_id(buf *b, const char *prefix, const char *id)
{
    buf_puts(b, "\"");
    dot_text(b, prefix);
    buf_puts(b, ":");
    dot_text(b, id);
    buf_puts(b, "\"");
}

/* The number of characters (not bytes) in the first n bytes of UTF-8 text. */
static size_t width_of(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            w++;
    return w;
}

/* Appends text for an HTML-like label (label=<...>): &, <, >, " and '
 * as entities, any control character as a space. */
static void html_text(buf *b, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '&')
            buf_puts(b, "&amp;");
        else if (c == '<')
            buf_puts(b, "&lt;");
        else if (c == '>')
            buf_puts(b, "&gt;");
        else if (c == '"')
            buf_puts(b, "&quot;");
        else if (c == '\'')
            buf_puts(b, "&#39;");
        else if (c < 0x20 || c == 0x7f)
            buf_puts(b, " ");
        else
            buf_add(b, s, 1);
    }
}

/* Appends text wrapped at spaces into lines of about `width` characters (a
 * longer word is left whole), escaped for an HTML-like label, each line
 * followed by `br` ("<BR/>", "<BR ALIGN=\"LEFT\"/>"). */
static void html_wrapped(buf *b, const char *s, size_t width, const char *br)
{
    size_t col = 0;
    int first = 1;
    while (s && *s) {
        while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
            s++;
        const char *w = s;
        while (*s && *s != ' ' && *s != '\n' && *s != '\t' && *s != '\r')
            s++;
        size_t n = (size_t)(s - w), wn = width_of(w, n);
        if (n == 0)
            break;
        if (!first && col + 1 + wn > width) {
            buf_puts(b, br);
            col = 0;
        } else if (!first) {
            buf_puts(b, " ");
            col++;
        }
        char word[1100];
        snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : sizeof word - 1), w);
        html_text(b, word);
        col += wn;
        first = 0;
    }
    buf_puts(b, br);
}

/* ---- the register's partnerships ------------------------------------------ */

/* Whether a partnership is drawn: not at all, with its seats (in the area, or
 * the one asked for), or as a neighbour (its name and kind only). */
enum { HIDDEN = 0, FOCUS = 1, NEIGHBOUR = 2 };

typedef struct partnerships {
    csp_record **p; /* every partnership, in id order */
    int *shown;
    size_t n;
} partnerships;

static void partnerships_free(partnerships *ps)
{
    for (size_t i = 0; i < ps->n; i++)
        csp_record_free(ps->p[i]);
    free(ps->p);
    free(ps->shown);
}

static int partnerships_load(partnerships *ps, csp_register *reg)
{
    csp_record_iterator *it;
    csp_record *r;
    size_t cap = 0;
    int rc = csp_record_iterator_new(&it, reg, CSP_ENTITY_PARTNERSHIP, NULL);
    while (rc == CSP_OK && (rc = csp_record_next(&r, it)) == CSP_OK) {
        if (ps->n == cap) {
            cap = cap ? cap * 2 : 32;
            csp_record **p2 = realloc(ps->p, cap * sizeof *p2);
            int *s2 = p2 ? realloc(ps->shown, cap * sizeof *s2) : NULL;
            if (p2)
                ps->p = p2;
            if (!s2) {
                csp_record_free(r);
                csp_record_iterator_free(it);
                return CSP_ENOMEM;
            }
            ps->shown = s2;
        }
        ps->shown[ps->n] = HIDDEN;
        ps->p[ps->n++] = r;
    }
    csp_record_iterator_free(it);
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

static long partnership_index(const partnerships *ps, const char *id)
{
    for (size_t i = 0; id && i < ps->n; i++)
        if (strcmp(csp_record_id(ps->p[i]), id) == 0)
            return (long)i;
    return -1;
}

/* The single relations of a partnership, each to one partnership. */
static const struct {
    int field;
    const char *label, *style;
} relations[] = {
    {CSP_PARTNERSHIP_PARENT, "part of", "color=\"#1f4e79\", fontcolor=\"#1f4e79\", penwidth=1.6"},
    {CSP_PARTNERSHIP_ACCOUNTABLE_TO, "accountable to",
     "color=\"#990000\", fontcolor=\"#990000\", penwidth=1.6, style=bold"},
    {CSP_PARTNERSHIP_SCRUTINISED_BY, "scrutinised by",
     "color=\"#674ea7\", fontcolor=\"#674ea7\", style=dotted, penwidth=1.6"},
};
#define WORKS_WITH_STYLE "color=\"#38761d\", fontcolor=\"#38761d\", style=dashed, dir=both, arrowsize=0.7"

/* Whether a and b are related, either way, by any recorded relation. */
static int related(const csp_record *a, const csp_record *b)
{
    const char *ida = csp_record_id(a), *idb = csp_record_id(b);
    for (size_t k = 0; k < sizeof relations / sizeof relations[0]; k++) {
        const char *t = csp_record_text(a, relations[k].field), *u = csp_record_text(b, relations[k].field);
        if ((t && strcmp(t, idb) == 0) || (u && strcmp(u, ida) == 0))
            return 1;
    }
    for (size_t i = 0; i < csp_record_count(a, CSP_PARTNERSHIP_WORKS_WITH); i++)
        if (strcmp(csp_record_item(a, CSP_PARTNERSHIP_WORKS_WITH, i), idb) == 0)
            return 1;
    for (size_t i = 0; i < csp_record_count(b, CSP_PARTNERSHIP_WORKS_WITH); i++)
        if (strcmp(csp_record_item(b, CSP_PARTNERSHIP_WORKS_WITH, i), ida) == 0)
            return 1;
    return 0;
}

/* Marks as neighbours the partnerships related to one in focus. */
static void mark_neighbours(partnerships *ps)
{
    for (size_t i = 0; i < ps->n; i++) {
        if (ps->shown[i] != HIDDEN)
            continue;
        for (size_t j = 0; j < ps->n; j++)
            if (ps->shown[j] == FOCUS && related(ps->p[i], ps->p[j])) {
                ps->shown[i] = NEIGHBOUR;
                break;
            }
    }
}

/* ---- seats ------------------------------------------------------------------ */

/* The seats of one organisation on one partnership. */
typedef struct tie {
    char *org;       /* organisation id */
    size_t p;        /* partnership index */
    int roles[16];   /* seats in each role, by the role's place in membership_role */
    buf posts;       /* "post (Role); ..." for the tooltip */
} tie;

typedef struct org {
    char *id, *name;
    int partnerships; /* how many drawn partnerships it sits on */
} org;

typedef struct seats {
    tie *t;
    size_t nt, capt;
    org *o;
    size_t no, capo;
} seats;

static void seats_free(seats *s)
{
    for (size_t i = 0; i < s->nt; i++) {
        free(s->t[i].org);
        free(s->t[i].posts.s);
    }
    for (size_t i = 0; i < s->no; i++) {
        free(s->o[i].id);
        free(s->o[i].name);
    }
    free(s->t);
    free(s->o);
}

static char *copy_text(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

static int role_index(const char *role)
{
    size_t n = csp_schema_enum_count("membership_role");
    for (size_t i = 0; i < n && i < 16; i++)
        if (strcmp(csp_schema_enum_value("membership_role", i), role) == 0)
            return (int)i;
    return n < 16 ? (int)n : 15;
}

/* Whether the organisation existed on the date (an organisation that cannot
 * be read is drawn: the seat names it). */
static int org_in_force(csp_register *reg, const char *id, const char *as_of, int *rc)
{
    csp_record *o = NULL;
    *rc = csp_record_get(&o, reg, CSP_ENTITY_ORGANISATION, id);
    if (*rc == CSP_ENOTFOUND) {
        *rc = CSP_OK;
        return 1;
    }
    if (*rc != CSP_OK)
        return 0;
    int in = csp_record_in_force(o, as_of);
    csp_record_free(o);
    if (in < 0) {
        *rc = in;
        return 0;
    }
    return in;
}

static int add_seat(seats *s, const csp_record *m, size_t p)
{
    const char *oid = csp_record_text(m, CSP_MEMBERSHIP_ORGANISATION);
    const char *oname = csp_record_ref_name(m, CSP_MEMBERSHIP_ORGANISATION);
    size_t t = 0;
    while (t < s->nt && !(s->t[t].p == p && strcmp(s->t[t].org, oid) == 0))
        t++;
    if (t == s->nt) {
        if (s->nt == s->capt) {
            size_t cap = s->capt ? s->capt * 2 : 32;
            tie *t2 = realloc(s->t, cap * sizeof *t2);
            if (!t2)
                return CSP_ENOMEM;
            s->t = t2;
            s->capt = cap;
        }
        memset(&s->t[t], 0, sizeof s->t[t]);
        s->t[t].p = p;
        if (!(s->t[t].org = copy_text(oid)))
            return CSP_ENOMEM;
        s->nt++;
        size_t o = 0;
        while (o < s->no && strcmp(s->o[o].id, oid) != 0)
            o++;
        if (o == s->no) {
            if (s->no == s->capo) {
                size_t cap = s->capo ? s->capo * 2 : 32;
                org *o2 = realloc(s->o, cap * sizeof *o2);
                if (!o2)
                    return CSP_ENOMEM;
                s->o = o2;
                s->capo = cap;
            }
            s->o[o].id = copy_text(oid);
            s->o[o].name = copy_text(oname ? oname : oid);
            s->o[o].partnerships = 0;
            s->no++;
            if (!s->o[o].id || !s->o[o].name)
                return CSP_ENOMEM;
        }
        s->o[o].partnerships++;
    }
    const char *role = csp_record_text(m, CSP_MEMBERSHIP_ROLE), *post = csp_record_text(m, CSP_MEMBERSHIP_POST);
    s->t[t].roles[role_index(role)]++;
    if (s->t[t].posts.len)
        buf_puts(&s->t[t].posts, "; ");
    buf_puts(&s->t[t].posts, post ? post : "no post recorded");
    buf_printf(&s->t[t].posts, " (%s)", csp_schema_enum_label("membership_role", role));
    return s->t[t].posts.oom ? CSP_ENOMEM : CSP_OK;
}

/* Reads the seats of every partnership in focus (in force on as_of, when
 * given, and of a body that then existed). */
static int seats_load(seats *s, csp_register *reg, const partnerships *ps, const char *as_of)
{
    int rc = CSP_OK;
    for (size_t i = 0; rc == CSP_OK && i < ps->n; i++) {
        if (ps->shown[i] != FOCUS)
            continue;
        csp_query *q = NULL;
        csp_record_iterator *it = NULL;
        csp_record *m;
        rc = csp_query_new(&q, CSP_ENTITY_MEMBERSHIP);
        if (rc == CSP_OK)
            rc = csp_query_names(q, 1);
        if (rc == CSP_OK)
            rc = csp_query_where(q, CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_EQ, csp_record_id(ps->p[i]));
        if (rc == CSP_OK && as_of)
            rc = csp_query_in_force(q, as_of);
        if (rc == CSP_OK)
            rc = csp_record_iterator_new(&it, reg, CSP_ENTITY_MEMBERSHIP, q);
        csp_query_free(q);
        while (rc == CSP_OK && (rc = csp_record_next(&m, it)) == CSP_OK) {
            const char *oid = csp_record_text(m, CSP_MEMBERSHIP_ORGANISATION);
            if (!as_of || org_in_force(reg, oid, as_of, &rc))
                rc = rc == CSP_OK ? add_seat(s, m, i) : rc;
            csp_record_free(m);
        }
        csp_record_iterator_free(it);
        if (rc == CSP_ITEROVER)
            rc = CSP_OK;
    }
    return rc;
}

static int cmp_org(const void *a, const void *b)
{
    return strcmp(((const org *)a)->id, ((const org *)b)->id);
}

static int cmp_tie(const void *a, const void *b)
{
    const tie *x = a, *y = b;
    int c = strcmp(x->org, y->org);
    return c ? c : (x->p > y->p) - (x->p < y->p);
}

/* ---- the structure picture ------------------------------------------------ */

/* Fill colours by partnership kind, so that a reader tells a CSP from its groups. */
static const char *kind_colour(const char *kind)
{
    static const struct {
        const char *kind, *colour;
    } colours[] = {
        {"community_safety_partnership", "#cfe2f3"}, {"local_strategic_partnership", "#d9ead3"},
        {"statutory_officer_group", "#fce5cd"},      {"delivery_group", "#fff2cc"},
        {"task_group", "#fff2cc"},                   {"resilience_partnership", "#ead1dc"},
        {"scrutiny_committee", "#d9d2e9"},
    };
    for (size_t i = 0; kind && i < sizeof colours / sizeof colours[0]; i++)
        if (strcmp(kind, colours[i].kind) == 0)
            return colours[i].colour;
    return "#eeeeee";
}

/* The line under a name: a kind, an area, in smaller grey italics. */
static void html_note(buf *b, const char *text)
{
    buf_puts(b, "<FONT POINT-SIZE=\"10\" COLOR=\"#404040\"><I>");
    html_text(b, text);
    buf_puts(b, "</I></FONT><BR/>");
}

static void partnership_node(buf *b, const csp_record *p, int shown, const char *area, const char *indent)
{
    const char *name = csp_record_text(p, CSP_PARTNERSHIP_NAME);
    const char *short_name = csp_record_text(p, CSP_PARTNERSHIP_SHORT_NAME);
    const char *kind = csp_record_text(p, CSP_PARTNERSHIP_KIND);
    const char *parea = csp_record_text(p, CSP_PARTNERSHIP_AREA);
    buf full = {0};
    buf_puts(&full, name);
    if (short_name) {
        buf_puts(&full, " (");
        buf_puts(&full, short_name);
        buf_puts(&full, ")");
    }
    buf_puts(b, indent);
    dot_id(b, "p", csp_record_id(p));
    buf_puts(b, " [label=<<B>");
    html_wrapped(b, full.oom ? name : full.s, 26, "<BR/>");
    free(full.s);
    buf_puts(b, "</B>");
    html_note(b, csp_schema_enum_label("partnership_kind", kind));
    if (parea && (!area || strcmp(parea, area) != 0))
        html_note(b, parea);
    buf_printf(b, ">, fillcolor=\"%s\"", kind_colour(kind));
    if (shown == FOCUS)
        buf_puts(b, ", penwidth=2, fontsize=13");
    else
        buf_puts(b, ", style=\"rounded,filled,dashed\", fontsize=12");
    buf_puts(b, ", tooltip=");
    dot_quoted(b, csp_record_id(p));
    buf_puts(b, "];\n");
}

static void org_node(buf *b, const org *o, const char *indent)
{
    buf_puts(b, indent);
    dot_id(b, "o", o->id);
    buf_puts(b, " [label=<");
    html_wrapped(b, o->name, 24, "<BR/>");
    buf_puts(b, ">, tooltip=");
    dot_quoted(b, o->id);
    buf_puts(b, "];\n");
}

/* "Chair, Member ×3": the roles of one organisation's seats on a partnership. */
static void tie_label(buf *b, const tie *t)
{
    int first = 1;
    size_t n = csp_schema_enum_count("membership_role");
    for (size_t i = 0; i < 16; i++) {
        if (!t->roles[i])
            continue;
        if (!first)
            buf_puts(b, ", ");
        first = 0;
        dot_text(b, i < n ? csp_schema_enum_label("membership_role", csp_schema_enum_value("membership_role", i))
                          : "Seat");
        if (t->roles[i] > 1)
            buf_printf(b, " \xc3\x97%d", t->roles[i]);
    }
}

static void graph_header(buf *b, const char *name, const char *rankdir)
{
    buf_puts(b, "digraph ");
    dot_quoted(b, name);
    buf_puts(b, " {\n");
    buf_printf(b,
               "  graph [rankdir=%s, fontname=\"%s\", fontsize=16, labelloc=t, labeljust=l,\n"
               "         nodesep=0.18, ranksep=0.5, pad=0.3, bgcolor=white];\n"
               "  node [shape=box, style=\"rounded,filled\", fontname=\"%s\", fontsize=11,\n"
               "        margin=\"0.12,0.06\", color=\"#555555\", fillcolor=white];\n"
               "  edge [fontname=\"%s\", fontsize=9, color=\"#777777\", fontcolor=\"#444444\"];\n",
               rankdir, GRAPH_FONT, GRAPH_FONT, GRAPH_FONT);
}

/* What a picture of partnerships says it shows: its title, then which seats. */
static void structure_title(buf *b, const char *what, const char *as_of)
{
    buf_puts(b, "  label=\"");
    dot_text(b, what);
    if (as_of) {
        buf_puts(b, "\\lSeats in force on ");
        dot_text(b, as_of);
        buf_puts(b, " (a body that had ceased to exist by then is left out)");
    } else {
        buf_puts(b, "\\lEvery seat on record, whatever its dates");
    }
    buf_puts(b, "\\l\";\n");
}

static int structure_dot(buf *b, csp_register *reg, partnerships *ps, const char *title, const char *area,
                         const char *as_of)
{
    seats s;
    memset(&s, 0, sizeof s);
    int rc = seats_load(&s, reg, ps, as_of);
    if (rc != CSP_OK) {
        seats_free(&s);
        return rc;
    }
    qsort(s.o, s.no, sizeof *s.o, cmp_org);
    qsort(s.t, s.nt, sizeof *s.t, cmp_tie);

    graph_header(b, "structure", "LR");
    structure_title(b, title, as_of);
    buf_puts(b, "  node [fillcolor=\"#f7f7f7\", fontsize=10];\n");

    /* Each partnership in focus, in a box with the bodies that sit on it
     * alone; the bodies that sit on several are drawn outside the boxes. */
    for (size_t i = 0; i < ps->n; i++) {
        if (ps->shown[i] == HIDDEN)
            continue;
        int own = 0; /* whether a body sits on this one alone */
        for (size_t t = 0; t < s.nt; t++)
            for (size_t o = 0; s.t[t].p == i && o < s.no; o++)
                if (strcmp(s.o[o].id, s.t[t].org) == 0 && s.o[o].partnerships == 1)
                    own = 1;
        if (!own) {
            partnership_node(b, ps->p[i], ps->shown[i], area, "  ");
            continue;
        }
        buf_puts(b, "  subgraph ");
        dot_id(b, "cluster_p", csp_record_id(ps->p[i]));
        buf_puts(b, " {\n    graph [label=\"\", style=\"rounded,filled\", color=\"#c9d3e0\", "
                    "fillcolor=\"#f3f6fa\"];\n");
        partnership_node(b, ps->p[i], ps->shown[i], area, "    ");
        for (size_t t = 0; t < s.nt; t++) {
            if (s.t[t].p != i)
                continue;
            for (size_t o = 0; o < s.no; o++)
                if (strcmp(s.o[o].id, s.t[t].org) == 0 && s.o[o].partnerships == 1)
                    org_node(b, &s.o[o], "    ");
        }
        buf_puts(b, "  }\n");
    }
    for (size_t o = 0; o < s.no; o++)
        if (s.o[o].partnerships > 1)
            org_node(b, &s.o[o], "  ");

    /* The relations between the partnerships drawn: each from the one that
     * records it; "works with" once for a pair, whichever records it. */
    for (size_t i = 0; i < ps->n; i++) {
        if (ps->shown[i] == HIDDEN)
            continue;
        for (size_t k = 0; k < sizeof relations / sizeof relations[0]; k++) {
            long j = partnership_index(ps, csp_record_text(ps->p[i], relations[k].field));
            if (j < 0 || ps->shown[j] == HIDDEN)
                continue;
            buf_puts(b, "  ");
            dot_id(b, "p", csp_record_id(ps->p[i]));
            buf_puts(b, " -> ");
            dot_id(b, "p", csp_record_id(ps->p[j]));
            buf_printf(b, " [label=\"%s\", %s];\n", relations[k].label, relations[k].style);
        }
        for (size_t w = 0; w < csp_record_count(ps->p[i], CSP_PARTNERSHIP_WORKS_WITH); w++) {
            long j = partnership_index(ps, csp_record_item(ps->p[i], CSP_PARTNERSHIP_WORKS_WITH, w));
            if (j < 0 || ps->shown[j] == HIDDEN || (size_t)j == i)
                continue;
            /* Drawn by the first of the pair in id order when both record it. */
            int mutual = 0;
            for (size_t v = 0; v < csp_record_count(ps->p[j], CSP_PARTNERSHIP_WORKS_WITH); v++)
                if (strcmp(csp_record_item(ps->p[j], CSP_PARTNERSHIP_WORKS_WITH, v), csp_record_id(ps->p[i])) == 0)
                    mutual = 1;
            if (mutual && (size_t)j < i)
                continue;
            buf_puts(b, "  ");
            dot_id(b, "p", csp_record_id(ps->p[i]));
            buf_puts(b, " -> ");
            dot_id(b, "p", csp_record_id(ps->p[j]));
            buf_puts(b, " [label=\"works with\", " WORKS_WITH_STYLE "];\n");
        }
    }

    /* Who sits on each: one arrow per body and partnership, with the roles. */
    for (size_t t = 0; t < s.nt; t++) {
        buf_puts(b, "  ");
        dot_id(b, "o", s.t[t].org);
        buf_puts(b, " -> ");
        dot_id(b, "p", csp_record_id(ps->p[s.t[t].p]));
        buf_puts(b, " [label=\"");
        tie_label(b, &s.t[t]);
        buf_puts(b, "\", tooltip=\"");
        dot_text(b, s.t[t].posts.s);
        buf_puts(b, "\"];\n");
    }
    buf_puts(b, "}\n");
    seats_free(&s);
    return b->oom ? CSP_ENOMEM : CSP_OK;
}

/* ---- the strategy picture ------------------------------------------------- */

static const char *element_colour(const char *kind)
{
    static const struct {
        const char *kind, *colour;
    } colours[] = {
        {"strand", "#cfe2f3"},   {"objective", "#d9ead3"},      {"theme", "#fff2cc"},
        {"priority", "#fce5cd"}, {"principle", "#ead1dc"},      {"delivery_group", "#d9d2e9"},
        {"aim", "#d0e0e3"},      {"key_objective", "#f3f3f3"}, {"activity", "#ffffff"},
    };
    for (size_t i = 0; kind && i < sizeof colours / sizeof colours[0]; i++)
        if (strcmp(kind, colours[i].kind) == 0)
            return colours[i].colour;
    return "#ffffff";
}

static int strategy_dot(buf *b, csp_register *reg, const csp_record *st)
{
    const char *sid = csp_record_id(st);
    graph_header(b, "strategy", "LR");
    /* Left to right, each parent's arrows leaving its right side: the tree
     * reads as an outline, and a strategy of many elements stays legible
     * (top to bottom, Westminster's 26 would be 6,500 pixels wide). */
    buf_puts(b, "  graph [ranksep=0.35];\n  edge [tailport=e, headport=w, arrowsize=0.6];\n");
    buf_puts(b, "  label=\"");
    dot_text(b, csp_record_text(st, CSP_STRATEGY_TITLE));
    buf_puts(b, ": its elements in tree order\\l\";\n");

    /* The strategy: title, kind, status, period and its partnership. */
    buf_puts(b, "  ");
    dot_id(b, "s", sid);
    buf_puts(b, " [label=<<B>");
    html_wrapped(b, csp_record_text(st, CSP_STRATEGY_TITLE), 28, "<BR/>");
    buf_puts(b, "</B><FONT POINT-SIZE=\"10\">");
    html_text(b, csp_schema_enum_label("strategy_kind", csp_record_text(st, CSP_STRATEGY_KIND)));
    buf_puts(b, "<BR/>");
    html_text(b, csp_schema_enum_label("strategy_status", csp_record_text(st, CSP_STRATEGY_STATUS)));
    const char *from = csp_record_text(st, CSP_STRATEGY_START_DATE), *to = csp_record_text(st, CSP_STRATEGY_END_DATE);
    if (from || to) {
        buf_puts(b, ", ");
        html_text(b, from ? from : "?");
        buf_puts(b, " to ");
        html_text(b, to ? to : "?");
    }
    buf_puts(b, "<BR/>");
    const char *pname = csp_record_ref_name(st, CSP_STRATEGY_PARTNERSHIP);
    if (pname)
        html_wrapped(b, pname, 28, "<BR/>");
    buf_puts(b, "</FONT>>, fillcolor=\"#1f4e79\", fontcolor=white, color=\"#1f4e79\", fontsize=13, tooltip=");
    dot_quoted(b, sid);
    buf_puts(b, "];\n");

    csp_query *q = NULL;
    csp_record_iterator *it = NULL;
    csp_record *e;
    cspctl_numbering n;
    memset(&n, 0, sizeof n);
    buf edges = {0};
    int rc = csp_query_new(&q, CSP_ENTITY_ELEMENT);
    if (rc == CSP_OK)
        rc = csp_query_names(q, 1);
    if (rc == CSP_OK)
        rc = csp_query_where(q, CSP_ELEMENT_STRATEGY, CSP_OP_EQ, sid);
    if (rc == CSP_OK)
        rc = csp_record_iterator_new(&it, reg, CSP_ENTITY_ELEMENT, q);
    csp_query_free(q);
    while (rc == CSP_OK && (rc = csp_record_next(&e, it)) == CSP_OK) {
        const char *id = csp_record_id(e), *parent = csp_record_text(e, CSP_ELEMENT_PARENT);
        const char *kind = csp_record_text(e, CSP_ELEMENT_KIND);
        char num[64];
        cspctl_number(&n, id, parent, num, sizeof num);
        buf_puts(b, "  ");
        dot_id(b, "e", id);
        buf_printf(b, " [label=<<FONT POINT-SIZE=\"9\" COLOR=\"#404040\"><B>%s</B>  ", num);
        html_text(b, csp_schema_enum_label("element_kind", kind));
        buf_puts(b, "</FONT><BR ALIGN=\"LEFT\"/>");
        html_wrapped(b, csp_record_text(e, CSP_ELEMENT_TITLE), 40, "<BR ALIGN=\"LEFT\"/>");
        const char *by = csp_record_ref_name(e, CSP_ELEMENT_DELIVERED_BY);
        if (by) {
            buf_puts(b, "<FONT POINT-SIZE=\"9\" COLOR=\"#404040\"><I>delivered by ");
            html_text(b, by);
            buf_puts(b, "</I></FONT><BR ALIGN=\"LEFT\"/>");
        }
        buf_printf(b, ">, fillcolor=\"%s\", tooltip=", element_colour(kind));
        const char *text = csp_record_text(e, CSP_ELEMENT_TEXT);
        dot_quoted(b, text ? text : id);
        buf_puts(b, "];\n");
        buf_puts(&edges, "  ");
        if (parent)
            dot_id(&edges, "e", parent);
        else
            dot_id(&edges, "s", sid);
        buf_puts(&edges, " -> ");
        dot_id(&edges, "e", id);
        buf_puts(&edges, ";\n");
        csp_record_free(e);
    }
    csp_record_iterator_free(it);
    if (edges.s)
        buf_puts(b, edges.s);
    buf_puts(b, "}\n");
    int oom = edges.oom || b->oom;
    free(edges.s);
    if (rc != CSP_ITEROVER)
        return rc;
    return oom ? CSP_ENOMEM : CSP_OK;
}

/* ---- writing ------------------------------------------------------------------- */

/* ---- the command --------------------------------------------------------------- */

/* "cspctl graph: REGISTER: what" on one line; returns EXIT_USAGE. */
static int not_recorded(const char *path, const char *what, const char *id, const char *after)
{
    fprintf_text(stderr, "cspctl graph: %s: ", path);
    fputs(what, stderr);
    fputs(" \"", stderr);
    put_text(stderr, id);
    fputs("\"", stderr);
    fputs(after, stderr);
    fputs("\n", stderr);
    return EXIT_USAGE;
}

/* The areas recorded, for the message that an area is not: "Ealing, Hackney". */
static void list_areas(buf *b, const partnerships *ps)
{
    for (size_t i = 0; i < ps->n; i++) {
        const char *a = csp_record_text(ps->p[i], CSP_PARTNERSHIP_AREA);
        if (!a)
            continue;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++) {
            const char *a2 = csp_record_text(ps->p[j], CSP_PARTNERSHIP_AREA);
            seen = a2 && strcmp(a, a2) == 0;
        }
        if (seen)
            continue;
        buf_puts(b, b->len ? ", " : "");
        buf_puts(b, a);
    }
}

typedef struct graph_args {
    const char *path, *area, *partnership, *strategy, *as_of, *out;
    int list;
} graph_args;

static int cmp_text(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* What can be drawn: each area (sorted), then each strategy (in id order)
 * with its number of elements. */
static int list_drawable(csp_register *reg, const graph_args *a, buf *b)
{
    partnerships ps = {0};
    const char **areas = NULL;
    size_t n = 0;
    int rc = partnerships_load(&ps, reg);
    if (rc == CSP_OK && ps.n && !(areas = malloc(ps.n * sizeof *areas)))
        rc = CSP_ENOMEM;
    for (size_t i = 0; rc == CSP_OK && i < ps.n; i++)
        if (csp_record_text(ps.p[i], CSP_PARTNERSHIP_AREA))
            areas[n++] = csp_record_text(ps.p[i], CSP_PARTNERSHIP_AREA);
    if (n)
        qsort(areas, n, sizeof *areas, cmp_text);
    for (size_t i = 0; i < n; i++) {
        if (i && strcmp(areas[i], areas[i - 1]) == 0)
            continue;
        buf_puts(b, "area\t");
        buf_puts(b, areas[i]);
        buf_puts(b, "\n");
    }
    free(areas);
    partnerships_free(&ps);

    csp_record_iterator *it = NULL;
    csp_record *st;
    if (rc == CSP_OK)
        rc = csp_record_iterator_new(&it, reg, CSP_ENTITY_STRATEGY, NULL);
    while (rc == CSP_OK && (rc = csp_record_next(&st, it)) == CSP_OK) {
        csp_query *q = NULL;
        size_t count = 0;
        rc = csp_query_new(&q, CSP_ENTITY_ELEMENT);
        if (rc == CSP_OK)
            rc = csp_query_where(q, CSP_ELEMENT_STRATEGY, CSP_OP_EQ, csp_record_id(st));
        if (rc == CSP_OK)
            rc = csp_record_count_matching(&count, reg, CSP_ENTITY_ELEMENT, q);
        csp_query_free(q);
        buf_puts(b, "strategy\t");
        buf_puts(b, csp_record_id(st));
        buf_printf(b, "\t%zu\t", count);
        buf_puts(b, csp_record_text(st, CSP_STRATEGY_TITLE));
        buf_puts(b, "\n");
        csp_record_free(st);
    }
    csp_record_iterator_free(it);
    if (rc != CSP_ITEROVER && rc != CSP_OK)
        return fail(a->path);
    return EXIT_SUCCESS;
}

static int run(csp_register *reg, const graph_args *a, buf *b)
{
    if (a->list)
        return list_drawable(reg, a, b);
    if (a->strategy) {
        csp_query *q = NULL;
        csp_record_iterator *it = NULL;
        csp_record *st = NULL;
        int rc = csp_query_new(&q, CSP_ENTITY_STRATEGY);
        if (rc == CSP_OK)
            rc = csp_query_names(q, 1);
        if (rc == CSP_OK)
            rc = csp_record_iterator_new(&it, reg, CSP_ENTITY_STRATEGY, q);
        csp_query_free(q);
        while (rc == CSP_OK && (rc = csp_record_next(&st, it)) == CSP_OK) {
            if (strcmp(csp_record_id(st), a->strategy) == 0)
                break;
            csp_record_free(st);
            st = NULL;
        }
        csp_record_iterator_free(it);
        if (rc == CSP_ITEROVER)
            return not_recorded(a->path, "no strategy", a->strategy, "");
        if (rc != CSP_OK)
            return fail(a->path);
        rc = strategy_dot(b, reg, st);
        csp_record_free(st);
        return rc == CSP_OK ? EXIT_SUCCESS : fail(a->path);
    }

    partnerships ps = {0};
    if (partnerships_load(&ps, reg) != CSP_OK) {
        partnerships_free(&ps);
        return fail(a->path);
    }
    char title[1200];
    int status = EXIT_SUCCESS;
    if (a->area) {
        int found = 0;
        for (size_t i = 0; i < ps.n; i++) {
            const char *area = csp_record_text(ps.p[i], CSP_PARTNERSHIP_AREA);
            if (area && strcmp(area, a->area) == 0) {
                ps.shown[i] = FOCUS;
                found = 1;
            }
        }
        if (!found) {
            buf areas = {0};
            list_areas(&areas, &ps);
            buf after = {0};
            buf_puts(&after, " (areas recorded: ");
            buf_puts(&after, areas.s ? areas.s : "none");
            buf_puts(&after, ")");
            status = not_recorded(a->path, "no partnership in area", a->area, after.s ? after.s : "");
            free(areas.s);
            free(after.s);
        }
        snprintf(title, sizeof title, "Partnerships in %.1000s", a->area);
    } else {
        long i = partnership_index(&ps, a->partnership);
        if (i < 0)
            status = not_recorded(a->path, "no partnership", a->partnership, "");
        else {
            ps.shown[i] = FOCUS;
            snprintf(title, sizeof title, "%.1000s and the partnerships around it",
                     csp_record_text(ps.p[i], CSP_PARTNERSHIP_NAME));
        }
    }
    if (status == EXIT_SUCCESS) {
        mark_neighbours(&ps);
        const char *area = a->area;
        if (!area) {
            long i = partnership_index(&ps, a->partnership);
            area = csp_record_text(ps.p[i], CSP_PARTNERSHIP_AREA);
        }
        if (structure_dot(b, reg, &ps, title, area, a->as_of) != CSP_OK)
            status = fail(a->path);
    }
    partnerships_free(&ps);
    return status;
}

static const char *value_of(int argc, char **argv, int *i, int *status)
{
    if (*i + 1 >= argc) {
        char msg[80];
        snprintf(msg, sizeof msg, "%s needs a value", argv[*i]);
        *status = usage_error("graph", msg);
        return NULL;
    }
    return argv[++*i];
}

int cspctl_graph(int argc, char **argv)
{
    graph_args a = {0};
    int status = EXIT_SUCCESS;
    for (int i = 1; i < argc && status == EXIT_SUCCESS; i++) {
        const char *o = argv[i];
        if (is_help(o))
            return fputs(graph_help, stdout), EXIT_SUCCESS;
        else if (strcmp(o, "--area") == 0)
            a.area = value_of(argc, argv, &i, &status);
        else if (strcmp(o, "--partnership") == 0)
            a.partnership = value_of(argc, argv, &i, &status);
        else if (strcmp(o, "--strategy") == 0)
            a.strategy = value_of(argc, argv, &i, &status);
        else if (strcmp(o, "--as-of") == 0)
            a.as_of = value_of(argc, argv, &i, &status);
        else if (strcmp(o, "--list") == 0)
            a.list = 1;
        else if (strcmp(o, "-o") == 0 || strcmp(o, "--output") == 0)
            a.out = value_of(argc, argv, &i, &status);
        else if (o[0] == '-' && o[1])
            return usage_error("graph", "unknown option");
        else if (!a.path)
            a.path = o;
        else
            return usage_error("graph", "too many arguments");
    }
    if (status != EXIT_SUCCESS)
        return status;
    if (!a.path)
        return usage_error("graph", "expected REGISTER");
    if (a.list && (a.area || a.partnership || a.strategy || a.as_of))
        return usage_error("graph", "--list takes no --area, --partnership, --strategy or --as-of");
    if (!a.list && (a.area != NULL) + (a.partnership != NULL) + (a.strategy != NULL) != 1)
        return usage_error("graph", "expected one of --area AREA, --partnership ID, --strategy ID");
    if (a.as_of && a.strategy)
        return usage_error("graph", "--as-of applies to --area and --partnership, not --strategy");
    if (a.as_of && csp_date_check(a.as_of) != CSP_OK)
        return date_usage_error("graph", "--as-of");
    if (a.out && !a.out[0])
        return usage_error("graph", "-o needs a file name");

    csp_register *reg;
    if (open_register(&reg, a.path, CSP_OPEN_READONLY))
        return fail(a.path);
    buf b = {0};
    status = run(reg, &a, &b);
    csp_register_close(reg);
    if (status == EXIT_SUCCESS && b.oom)
        status = (fprintf(stderr, "%s graph: out of memory\n", prog), EXIT_FAILURE);
    if (status == EXIT_SUCCESS) {
        if (a.out)
            status = cspctl_write_file("graph", a.out, b.s ? b.s : "", b.len) ? EXIT_FAILURE : EXIT_SUCCESS;
        else if (fwrite(b.s, 1, b.len, stdout) != b.len || fflush(stdout) != 0) {
            fprintf(stderr, "%s: cannot write to standard output\n", prog);
            status = EXIT_FAILURE;
        }
    }
    free(b.s);
    return status;
}
