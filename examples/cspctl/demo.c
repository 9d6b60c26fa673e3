/*
 * cspctl demo: the bundled example partnerships, imported into an in-memory
 * register and described for a council officer, as of a date: what each
 * partnership is, how it meets (cadence, quorum, standing agenda) and who
 * scrutinises it, the duties the law gives it beside those the record says it
 * holds, its strategies and whether each is in force, who sits on it, and its
 * open actions and top risks.
 *
 * Everything is read through libcsp; words for people come from the model's
 * description (labels of kinds, roles, statuses; duties' labels).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cspctl.h"

#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char demo_help[] =
    "usage: cspctl demo [--as-of DATE] [DATA_DIR]\n"
    "\n"
    "Imports every *.json file of the bundled example data into an in-memory\n"
    "register and describes each partnership as of DATE (default: today): how\n"
    "it meets (cadence, quorum, standing agenda) and who scrutinises it; the\n"
    "duties the law gives a partnership of its kind beside those the record says\n"
    "it holds; its strategies and whether each is in force on DATE; who sits on\n"
    "it; its open actions and top risks; then which partnerships are part of,\n"
    "accountable to, or scrutinised by which.\n"
    "DATA_DIR defaults to $CSP_DATA_DIR, then the example data installed with\n"
    "cspctl (found from where cspctl is, so an installed tree may be moved),\n"
    "then the source tree's.\n";

/* ---- words for people -------------------------------------------------------- */

/* A date as people write it: "2023", "March 2020", "31 January 2023". */
static const char *human_date(char *buf, size_t size, const char *iso)
{
    static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    int n = iso ? sscanf(iso, "%d-%d-%d", &y, &m, &d) : 0;
    if (n == 3 && m >= 1 && m <= 12)
        snprintf(buf, size, "%d %s %d", d, months[m - 1], y);
    else if (n == 2 && m >= 1 && m <= 12)
        snprintf(buf, size, "%s %d", months[m - 1], y);
    else
        snprintf(buf, size, "%s", iso ? iso : "?");
    return buf;
}

/* The label of an enum value of a field ("Community safety partnership"). */
static const char *label(int entity, int field, const char *value)
{
    const char *en = csp_schema_field_enum(entity, field);
    const char *l = en && value ? csp_schema_enum_label(en, value) : NULL;
    return l ? l : (value ? value : "?");
}

/* The same, starting lower case, for the middle of a sentence (but "CONTEST"). */
static const char *label_lc(char *buf, size_t size, int entity, int field, const char *value)
{
    snprintf(buf, size, "%s", label(entity, field, value));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z'))
        buf[0] = (char)(buf[0] - 'A' + 'a');
    return buf;
}

/* The name of a record, by entity and id (its id when it cannot be read). */
static const char *name_of(char *buf, size_t size, csp_register *reg, int entity, const char *id)
{
    csp_record *r;
    if (!id)
        return "?";
    if (csp_record_get(&r, reg, entity, id) != CSP_OK) {
        snprintf(buf, size, "%s", id);
        return buf;
    }
    snprintf(buf, size, "%s", csp_record_name(r));
    csp_record_free(r);
    return buf;
}

/* A length of time as people say it: "2 hours", "1 hour 30 minutes", "45 minutes". */
static const char *duration(char *buf, size_t size, int minutes)
{
    int h = minutes / 60, m = minutes % 60;
    if (h && m)
        snprintf(buf, size, "%d hour%s %d minute%s", h, h == 1 ? "" : "s", m, m == 1 ? "" : "s");
    else if (h)
        snprintf(buf, size, "%d hour%s", h, h == 1 ? "" : "s");
    else
        snprintf(buf, size, "%d minute%s", m, m == 1 ? "" : "s");
    return buf;
}

/* Whether value is one of a NULL-terminated list. */
static int is_one_of(const char *value, const char *const *list)
{
    for (; value && *list; list++)
        if (strcmp(value, *list) == 0)
            return 1;
    return 0;
}

/* Depth in a tree whose records come in tree order (a parent before its
 * children): 0 for a top-level record, else one more than its parent's. `ids`
 * holds the last id seen at each depth; free them with tree_free(). */
#define TREE_DEPTHS 8
static int tree_depth(char *ids[TREE_DEPTHS], const char *id, const char *parent)
{
    int depth = 0;
    if (parent)
        for (int d = 0; d < TREE_DEPTHS - 1; d++)
            if (ids[d] && strcmp(ids[d], parent) == 0)
                depth = d + 1;
    free(ids[depth]);
    ids[depth] = strdup(id);
    return depth;
}

static void tree_free(char *ids[TREE_DEPTHS])
{
    for (int d = 0; d < TREE_DEPTHS; d++) {
        free(ids[d]);
        ids[d] = NULL;
    }
}

/* ---- one partnership ------------------------------------------------------------ */

/* Whether the partnership holds the duty, by the record: its holding, or NULL. */
static csp_duty_holding *holding_of(csp_register *reg, const char *partnership, const char *duty)
{
    csp_duty_holding_filter f = CSP_DUTY_HOLDING_FILTER_INIT;
    csp_duty_holding_iterator *it;
    csp_duty_holding *h = NULL;
    f.partnership = partnership;
    f.duty = duty;
    if (csp_duty_holding_iterator_new(&it, reg, &f) != CSP_OK)
        return NULL;
    if (csp_duty_holding_next(&h, it) != CSP_OK)
        h = NULL;
    csp_duty_holding_iterator_free(it);
    return h;
}

/* Prints text from column `col` (where the cursor is), wrapping at WIDTH with
 * continuation lines indented by `indent`; ends the line. */
#define WIDTH 79
static void wrapped(const char *text, int col, int indent)
{
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        int len = (int)(end - p);
        if (col > indent && col + 1 + len > WIDTH) {
            printf("\n%*s", indent, "");
            col = indent;
        } else if (col > indent) {
            putchar(' ');
            col++;
        }
        printf("%.*s", len, p);
        col += len;
        p = end;
    }
    putchar('\n');
}

/* Prints "  <prefix>text" wrapped, continuation lines under the text. */
static void line(int indent, const char *prefix, const char *text)
{
    int col = printf("%*s%s", indent, "", prefix);
    wrapped(text, col, col);
}

/* A sentence built in pieces, then printed wrapped by line(). */
typedef struct {
    char s[2048];
    size_t n;
} text;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void add(text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->s + t->n, sizeof t->s - t->n, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->n = t->n + (size_t)n < sizeof t->s ? t->n + (size_t)n : sizeof t->s - 1;
}

static void print_duty_line(csp_register *reg, const csp_duty *d, const char *partnership)
{
    char buf[1024], since[64], rec[64], conf[64];
    csp_duty_holding *h = holding_of(reg, partnership, csp_duty_id(d));
    /* A local duty may have no label: its title says what it is. */
    const char *name = csp_duty_label(d) ? csp_duty_label(d) : csp_duty_title(d);
    snprintf(buf, sizeof buf, "%s; %s", name,
             label_lc(rec, sizeof rec, CSP_ENTITY_DUTY, CSP_DUTY_RECURRENCE, csp_duty_recurrence(d)));
    if (h && csp_duty_holding_start_date(h)) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "; held since %s",
                 human_date(since, sizeof since, csp_duty_holding_start_date(h)));
    }
    line(4, h ? "held  " : "      ", buf);
    snprintf(buf, sizeof buf, "%s (%s)", csp_duty_source(d),
             label_lc(conf, sizeof conf, CSP_ENTITY_DUTY, CSP_DUTY_CONFIDENCE, csp_duty_confidence(d)));
    line(12, "", buf);
    csp_duty_holding_free(h);
}

/* The duties the law gives a partnership of its kind on the date (the built-in
 * catalogue's applies_to, commencement, end and areas), each marked when the record says
 * this partnership holds it; then any other duty it is recorded as holding. */
static int print_duties(csp_register *reg, const csp_partnership *p, const char *as_of)
{
    char when[64], kind[128];
    const char *id = csp_partnership_id(p);
    csp_duty *d;
    int rc, owed = 0, held = 0;
    human_date(when, sizeof when, as_of);
    label_lc(kind, sizeof kind, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND, csp_partnership_kind(p));
    /* Owed by law: the duties of its kind in force on the date (libcsp decides). */
    csp_id_list *owes;
    if (csp_partnership_duties_owed(&owes, reg, id, as_of))
        return fail("demo");
    for (size_t i = 0; i < csp_id_list_count(owes); i++) {
        if (csp_duty_get(&d, reg, csp_id_list_get(owes, i))) {
            csp_id_list_free(owes);
            return fail("demo");
        }
        if (!owed++) {
            char head[512];
            snprintf(head, sizeof head,
                     "Duties the law gives every %s on %s (\"held\": the record names this "
                     "partnership as the one that discharges it):",
                     kind, when);
            line(2, "", head);
        }
        print_duty_line(reg, d, id);
        csp_duty_free(d);
    }
    csp_id_list_free(owes);
    /* Recorded as held, but not owed by its kind (a local duty, or one of another kind). */
    csp_duty_holding_filter f = CSP_DUTY_HOLDING_FILTER_INIT;
    csp_duty_holding_iterator *hit;
    csp_duty_holding *h;
    f.partnership = id;
    if (csp_duty_holding_iterator_new(&hit, reg, &f))
        return fail("demo");
    while ((rc = csp_duty_holding_next(&h, hit)) == CSP_OK) {
        if (csp_duty_get(&d, reg, csp_duty_holding_duty(h)) == CSP_OK) {
            int by_kind = 0;
            for (size_t i = 0; i < csp_duty_applies_to_count(d); i++)
                by_kind |= strcmp(csp_duty_applies_to(d, i), csp_partnership_kind(p)) == 0;
            if (!by_kind || !csp_duty_builtin(d)) {
                if (!held++)
                    line(2, "", "Also recorded as held here (a local duty, or one the law gives another kind "
                                "of body):");
                print_duty_line(reg, d, id);
            }
            csp_duty_free(d);
        }
        csp_duty_holding_free(h);
    }
    csp_duty_holding_iterator_free(hit);
    if (rc != CSP_ITEROVER)
        return fail("demo");
    if (!owed && !held)
        printf("  Duties: none given by law to a body of this kind; none recorded as held.\n");
    return EXIT_SUCCESS;
}

/* A strategy: what it is, its period, and whether it is in force on the date. */
static int print_strategy(csp_register *reg, const csp_strategy *s, const char *as_of)
{
    char a[64], b[64], kind[128], status[64], when[64];
    const char *start = csp_strategy_start_date(s), *end = csp_strategy_end_date(s);
    text t = {.n = 0};
    add(&t, "%s: %s, %s", csp_strategy_title(s),
        label_lc(kind, sizeof kind, CSP_ENTITY_STRATEGY, CSP_STRATEGY_KIND, csp_strategy_kind(s)),
        label_lc(status, sizeof status, CSP_ENTITY_STRATEGY, CSP_STRATEGY_STATUS, csp_strategy_status(s)));
    if (csp_strategy_agreed_on(s))
        add(&t, " in %s", human_date(a, sizeof a, csp_strategy_agreed_on(s)));
    if (csp_strategy_published_on(s))
        add(&t, ", published %s", human_date(a, sizeof a, csp_strategy_published_on(s)));
    if (start && end)
        add(&t, "; covers %s to %s.", human_date(a, sizeof a, start), human_date(b, sizeof b, end));
    else if (start)
        add(&t, "; from %s.", human_date(a, sizeof a, start));
    else if (end)
        add(&t, "; until %s.", human_date(a, sizeof a, end));
    else
        add(&t, "; the source gives no period.");
    line(4, "", t.s);
    human_date(when, sizeof when, as_of);
    int in = csp_strategy_in_force(s, as_of);
    if (in < 0)
        return fail("demo");
    if (in && !start && !end) /* agreed, but its period is not on record: not shown to be current */
        printf("      Not shown to be in force on %s: no period is on record.\n", when);
    else if (in)
        printf("      In force on %s.\n", when);
    else if (strcmp(csp_strategy_status(s), "agreed") != 0 && strcmp(csp_strategy_status(s), "published") != 0)
        printf("      Not in force: it is %s.\n", status);
    else if (end && csp_date_compare(end, as_of) < 0)
        printf("      Not in force on %s: its period ended with %s.\n", when, human_date(b, sizeof b, end));
    else
        printf("      Not in force on %s: its period begins %s.\n", when, human_date(a, sizeof a, start));
    /* Its elements, as a tree. */
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    csp_element_iterator *it;
    csp_element *el;
    int rc;
    char *depth_ids[TREE_DEPTHS] = {NULL};
    f.strategy = csp_strategy_id(s);
    if (csp_element_iterator_new(&it, reg, &f))
        return fail("demo");
    while ((rc = csp_element_next(&el, it)) == CSP_OK) {
        /* Elements come in tree order: the depth follows from the parents seen. */
        int depth = tree_depth(depth_ids, csp_element_id(el), csp_element_parent(el));
        char prefix[128];
        snprintf(prefix, sizeof prefix, "%s: ", label(CSP_ENTITY_ELEMENT, CSP_ELEMENT_KIND, csp_element_kind(el)));
        line(6 + depth * 2, prefix, csp_element_title(el));
        csp_element_free(el);
    }
    csp_element_iterator_free(it);
    tree_free(depth_ids);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

static int print_strategies(csp_register *reg, const char *partnership, const char *as_of)
{
    csp_strategy_filter f = CSP_STRATEGY_FILTER_INIT;
    csp_strategy_iterator *it;
    csp_strategy *s;
    int rc, status = EXIT_SUCCESS, n = 0;
    f.partnership = partnership;
    if (csp_strategy_iterator_new(&it, reg, &f))
        return fail("demo");
    while (status == EXIT_SUCCESS && (rc = csp_strategy_next(&s, it)) == CSP_OK) {
        if (!n++)
            printf("  Strategies and plans:\n");
        status = print_strategy(reg, s, as_of);
        csp_strategy_free(s);
    }
    csp_strategy_iterator_free(it);
    if (status == EXIT_SUCCESS && rc != CSP_ITEROVER)
        status = fail("demo");
    if (status == EXIT_SUCCESS && n == 0)
        printf("  Strategies and plans: none recorded.\n");
    return status;
}

/* Who sits on it: seats grouped by organisation (one iteration, with names). */
static int print_seats(csp_register *reg, const char *partnership, const char *as_of)
{
    csp_query *q;
    csp_record_iterator *it;
    csp_record *m;
    int rc, n = 0, bodies = 0, ngone = 0;
    char last_org[256] = "", when[64], role[64], gone_note[4][400];
    if (csp_query_new(&q, CSP_ENTITY_MEMBERSHIP) || csp_query_names(q, 1) ||
        csp_query_where(q, CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_EQ, partnership) ||
        csp_query_in_force(q, as_of) || csp_query_order(q, CSP_MEMBERSHIP_ORGANISATION, 0) ||
        csp_record_iterator_new(&it, reg, CSP_ENTITY_MEMBERSHIP, q)) {
        csp_query_free(q);
        return fail("demo");
    }
    csp_query_free(q);
    human_date(when, sizeof when, as_of);
    while ((rc = csp_record_next(&m, it)) == CSP_OK) {
        const char *org = csp_record_ref_name(m, CSP_MEMBERSHIP_ORGANISATION);
        const char *post = csp_record_text(m, CSP_MEMBERSHIP_POST);
        const char *person = csp_record_ref_name(m, CSP_MEMBERSHIP_PERSON);
        const char *behalf = csp_record_ref_name(m, CSP_MEMBERSHIP_ON_BEHALF_OF);
        /* A seat for a body that no longer existed on the date is not a seat then. */
        csp_organisation *body = NULL;
        int gone = 0;
        if (csp_organisation_get(&body, reg, csp_record_text(m, CSP_MEMBERSHIP_ORGANISATION)) == CSP_OK)
            gone = csp_organisation_in_force(body, as_of) == 0;
        if (gone) {
            char ended[64];
            text g = {.n = 0};
            add(&g, "%s ceased to exist %s%s; its seat is not counted.", org ? org : "A body",
                strlen(csp_organisation_dissolved_on(body)) == 10 ? "on " : "in ",
                human_date(ended, sizeof ended, csp_organisation_dissolved_on(body)));
            snprintf(gone_note[ngone < 4 ? ngone++ : 3], sizeof gone_note[0], "%.*s", (int)sizeof gone_note[0] - 1, g.s);
            csp_organisation_free(body);
            csp_record_free(m);
            continue;
        }
        csp_organisation_free(body);
        if (!n++)
            printf("  Seats on %s:\n", when);
        if (strcmp(org ? org : "", last_org) != 0) {
            snprintf(last_org, sizeof last_org, "%s", org ? org : "");
            printf("    %s\n", last_org);
            bodies++;
        }
        snprintf(role, sizeof role, "%s", label(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE,
                                                csp_record_text(m, CSP_MEMBERSHIP_ROLE)));
        text t = {.n = 0};
        if (post)
            add(&t, "%s: %s", role, post);
        else
            add(&t, "%s (the source names the body, not a post)", role);
        if (person)
            add(&t, " (%s)", person);
        if (behalf)
            add(&t, ", on behalf of %s", behalf);
        line(6, "", t.s);
        csp_record_free(m);
    }
    csp_record_iterator_free(it);
    if (rc != CSP_ITEROVER)
        return fail("demo");
    if (n == 0 && ngone == 0)
        printf("  Seats: none recorded (the source does not list who sits on it).\n");
    else if (n == 0)
        printf("  Seats on %s: none in post.\n", when);
    else
        printf("    (%d seats for %d bodies)\n", n, bodies);
    for (int i = 0; i < ngone; i++)
        line(4, "", gone_note[i]);
    return EXIT_SUCCESS;
}

/* ---- how it meets, who scrutinises it, its actions and risks ---------------------- */

/* How often it meets and for how long, and its quorum, in words. */
static void print_cadence(const csp_partnership *p)
{
    char len[64];
    int per_year = csp_partnership_meetings_per_year(p), minutes = csp_partnership_minutes_per_meeting(p);
    int quorum = csp_partnership_quorum(p);
    text t = {.n = 0};
    if (per_year || csp_partnership_ad_hoc_meetings(p)) {
        if (per_year)
            add(&t, "Meets %d time%s a year", per_year, per_year == 1 ? "" : "s");
        else
            add(&t, "Meets ad hoc as required");
        if (minutes)
            add(&t, ", for %s", duration(len, sizeof len, minutes));
        if (per_year && csp_partnership_ad_hoc_meetings(p))
            add(&t, ", with ad hoc meetings as required");
        add(&t, ".");
    } else if (minutes) {
        add(&t, "Meets for %s; the source gives no cadence.", duration(len, sizeof len, minutes));
    } else {
        add(&t, "Meetings: the source gives no cadence.");
    }
    line(2, "", t.s);
    if (quorum)
        printf("  Quorum: %d seat%s must be present.\n", quorum, quorum == 1 ? "" : "s");
}

/* The agenda every meeting follows, as a tree, with the time each part is given. */
static int print_standing_agenda(csp_register *reg, const char *partnership)
{
    csp_query *q;
    csp_standing_item_iterator *it;
    csp_standing_item *si;
    char *depth_ids[TREE_DEPTHS] = {NULL};
    int rc, n = 0;
    if (csp_query_new(&q, CSP_ENTITY_STANDING_ITEM) ||
        csp_query_where(q, CSP_STANDING_ITEM_PARTNERSHIP, CSP_OP_EQ, partnership) ||
        csp_query_order(q, CSP_STANDING_ITEM_POSITION, 0) || csp_standing_item_iterator_query(&it, reg, q)) {
        csp_query_free(q);
        return fail("demo");
    }
    csp_query_free(q);
    while ((rc = csp_standing_item_next(&si, it)) == CSP_OK) {
        if (!n++)
            printf("  Standing agenda (what every meeting follows):\n");
        int depth = tree_depth(depth_ids, csp_standing_item_id(si), csp_standing_item_parent(si));
        const char *kind = csp_standing_item_kind(si);
        int minutes = csp_standing_item_minutes(si);
        char prefix[128] = "";
        /* A part of the agenda ("First hour") is "other": its title says what it is. */
        if (strcmp(kind, "other") != 0)
            snprintf(prefix, sizeof prefix, "%s: ", label(CSP_ENTITY_STANDING_ITEM, CSP_STANDING_ITEM_KIND, kind));
        text t = {.n = 0};
        add(&t, "%s", csp_standing_item_title(si));
        if (minutes)
            add(&t, " (%d minute%s)", minutes, minutes == 1 ? "" : "s");
        line(4 + depth * 2, prefix, t.s);
        csp_standing_item_free(si);
    }
    csp_standing_item_iterator_free(it);
    tree_free(depth_ids);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* The crime and disorder committee that scrutinises it; for a committee, the
 * partnerships it scrutinises. */
static int print_scrutiny(csp_register *reg, const csp_partnership *p)
{
    char buf[256];
    text t = {.n = 0};
    if (csp_partnership_scrutinised_by(p)) {
        add(&t, "Scrutinised by: %s.",
            name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_scrutinised_by(p)));
        line(2, "", t.s);
    }
    csp_partnership_filter f = CSP_PARTNERSHIP_FILTER_INIT;
    csp_partnership_iterator *it;
    csp_partnership *other;
    int rc;
    f.scrutinised_by = csp_partnership_id(p);
    if (csp_partnership_iterator_new(&it, reg, &f))
        return fail("demo");
    while ((rc = csp_partnership_next(&other, it)) == CSP_OK) {
        t.n = 0;
        add(&t, "Scrutinises: %s.", csp_partnership_name(other));
        line(2, "", t.s);
        csp_partnership_free(other);
    }
    csp_partnership_iterator_free(it);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* A seat as an officer names it: its post, or else the organisation holding it. */
static const char *seat_words(char *buf, size_t size, csp_register *reg, const char *membership)
{
    csp_membership *m;
    if (csp_membership_get(&m, reg, membership) != CSP_OK) {
        snprintf(buf, size, "%s", membership);
        return buf;
    }
    if (csp_membership_post(m))
        snprintf(buf, size, "%s", csp_membership_post(m));
    else
        name_of(buf, size, reg, CSP_ENTITY_ORGANISATION, csp_membership_organisation(m));
    csp_membership_free(m);
    return buf;
}

static const char *const open_action[] = {"open", "in_progress", NULL};
static const char *const live_risk[] = {"open", "treated", NULL};

/* The open actions of one query (those with a due date, or those without). */
static int print_actions_of(csp_register *reg, const char *partnership, int dated, int *n)
{
    csp_query *q;
    csp_action_iterator *it;
    csp_action *a;
    int rc;
    if (csp_query_new(&q, CSP_ENTITY_ACTION) ||
        csp_query_where(q, CSP_ACTION_PARTNERSHIP, CSP_OP_EQ, partnership) ||
        csp_query_where(q, CSP_ACTION_DUE_ON, dated ? CSP_OP_SET : CSP_OP_UNSET, NULL) ||
        csp_query_order(q, CSP_ACTION_DUE_ON, 0) || csp_action_iterator_query(&it, reg, q)) {
        csp_query_free(q);
        return fail("demo");
    }
    csp_query_free(q);
    while ((rc = csp_action_next(&a, it)) == CSP_OK) {
        if (is_one_of(csp_action_status(a), open_action)) {
            char seat[256], when[64], rag[64];
            if (!(*n)++)
                printf("  Open actions, soonest due first:\n");
            line(4, "", csp_action_title(a));
            text t = {.n = 0};
            add(&t, "%s", label(CSP_ENTITY_ACTION, CSP_ACTION_STATUS, csp_action_status(a)));
            if (csp_action_champion(a))
                add(&t, "; champion: %s", seat_words(seat, sizeof seat, reg, csp_action_champion(a)));
            else
                add(&t, "; no champion named");
            if (csp_action_due_on(a))
                add(&t, "; due %s", human_date(when, sizeof when, csp_action_due_on(a)));
            else
                add(&t, "; no due date");
            if (csp_action_rag(a))
                add(&t, "; RAG %s", label_lc(rag, sizeof rag, CSP_ENTITY_ACTION, CSP_ACTION_RAG, csp_action_rag(a)));
            add(&t, ".");
            line(6, "", t.s);
        }
        csp_action_free(a);
    }
    csp_action_iterator_free(it);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* Its open and in-progress actions, soonest due first, then those with no due
 * date; nothing when there are none. */
static int print_actions(csp_register *reg, const char *partnership)
{
    int n = 0, status = print_actions_of(reg, partnership, 1, &n);
    return status == EXIT_SUCCESS ? print_actions_of(reg, partnership, 0, &n) : status;
}

/* Its open and treated risks, highest score first, at most three; nothing
 * when there are none. */
#define TOP_RISKS 3
static int print_risks(csp_register *reg, const char *partnership)
{
    csp_query *q;
    csp_risk_iterator *it;
    csp_risk *r;
    int rc, n = 0;
    if (csp_query_new(&q, CSP_ENTITY_RISK) || csp_query_where(q, CSP_RISK_PARTNERSHIP, CSP_OP_EQ, partnership) ||
        csp_query_order(q, CSP_RISK_SCORE, 1) || csp_risk_iterator_query(&it, reg, q)) {
        csp_query_free(q);
        return fail("demo");
    }
    csp_query_free(q);
    while ((rc = csp_risk_next(&r, it)) == CSP_OK) {
        if (is_one_of(csp_risk_status(r), live_risk) && n++ < TOP_RISKS) {
            char seat[256], status[64];
            if (n == 1)
                printf("  Top risks (open or treated), highest score first:\n");
            line(4, "", csp_risk_title(r));
            text t = {.n = 0};
            if (csp_risk_score(r))
                add(&t, "Score %d (likelihood %d, impact %d)", csp_risk_score(r), csp_risk_likelihood(r),
                    csp_risk_impact(r));
            else
                add(&t, "Not scored");
            add(&t, "; %s", label_lc(status, sizeof status, CSP_ENTITY_RISK, CSP_RISK_STATUS, csp_risk_status(r)));
            if (csp_risk_owner(r))
                add(&t, "; owner: %s", seat_words(seat, sizeof seat, reg, csp_risk_owner(r)));
            add(&t, ".");
            line(6, "", t.s);
        }
        csp_risk_free(r);
    }
    csp_risk_iterator_free(it);
    if (rc != CSP_ITEROVER)
        return fail("demo");
    if (n > TOP_RISKS)
        printf("    (and %d more open or treated risk%s)\n", n - TOP_RISKS, n - TOP_RISKS == 1 ? "" : "s");
    return EXIT_SUCCESS;
}

static int print_partnership(csp_register *reg, const csp_partnership *p, const char *as_of)
{
    char buf[256];
    const char *short_name = csp_partnership_short_name(p);
    printf("\n%s%s%s%s\n", csp_partnership_name(p), short_name ? " (" : "", short_name ? short_name : "",
           short_name ? ")" : "");
    text t = {.n = 0};
    add(&t, "%s", label(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND, csp_partnership_kind(p)));
    if (csp_partnership_area(p))
        add(&t, " for %s", csp_partnership_area(p));
    if (csp_partnership_statutory_basis(p))
        add(&t, ", under the %s", csp_partnership_statutory_basis(p));
    add(&t, ".");
    line(2, "", t.s);
    if (csp_partnership_formed_on(p))
        printf("  Formed %s.\n", human_date(buf, sizeof buf, csp_partnership_formed_on(p)));
    for (size_t i = 0; i < csp_partnership_former_names_count(p); i++)
        printf("  Formerly: %s.\n", csp_partnership_former_names(p, i));
    print_cadence(p);
    if (csp_partnership_parent(p))
        printf("  Part of: %s.\n", name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_parent(p)));
    if (csp_partnership_accountable_to(p))
        printf("  Accountable to: %s.\n",
               name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_accountable_to(p)));
    for (size_t i = 0; i < csp_partnership_works_with_count(p); i++)
        printf("  Works with: %s.\n",
               name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_works_with(p, i)));
    int status = print_scrutiny(reg, p);
    if (status == EXIT_SUCCESS)
        status = print_standing_agenda(reg, csp_partnership_id(p));
    if (status == EXIT_SUCCESS)
        status = print_duties(reg, p, as_of);
    if (status == EXIT_SUCCESS)
        status = print_strategies(reg, csp_partnership_id(p), as_of);
    if (status == EXIT_SUCCESS)
        status = print_seats(reg, csp_partnership_id(p), as_of);
    if (status == EXIT_SUCCESS)
        status = print_actions(reg, csp_partnership_id(p));
    if (status == EXIT_SUCCESS)
        status = print_risks(reg, csp_partnership_id(p));
    return status;
}

/* ---- the area, and how partnerships hang together ----------------------------------- */

/* "<p> is part of <other>.": one sentence of the links; 1 if printed. */
static int print_link(csp_register *reg, const csp_partnership *p, const char *relation, const char *other)
{
    char a[256];
    text t = {.n = 0};
    if (!other)
        return 0;
    add(&t, "%s %s %s.", csp_partnership_name(p), relation,
        name_of(a, sizeof a, reg, CSP_ENTITY_PARTNERSHIP, other));
    line(2, "", t.s);
    return 1;
}

static int print_links(csp_register *reg)
{
    csp_partnership_iterator *it;
    csp_partnership *p;
    int rc, any = 0;
    printf("\nHow they hang together\n");
    if (csp_partnership_iterator_new(&it, reg, NULL))
        return fail("demo");
    while ((rc = csp_partnership_next(&p, it)) == CSP_OK) {
        any |= print_link(reg, p, "is part of", csp_partnership_parent(p));
        any |= print_link(reg, p, "is accountable to", csp_partnership_accountable_to(p));
        any |= print_link(reg, p, "is scrutinised by", csp_partnership_scrutinised_by(p));
        csp_partnership_free(p);
    }
    csp_partnership_iterator_free(it);
    if (!any)
        printf("  (no links recorded)\n");
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("demo");
}

/* The order partnerships are shown in: by area, the CSP first and the groups
 * around it after, then by id. */
static int kind_rank(const char *kind)
{
    static const char *const order[] = {"community_safety_partnership", "statutory_officer_group",
                                        "resilience_partnership",       "delivery_group",
                                        "task_group",                   "scrutiny_committee",
                                        "local_strategic_partnership",  "board",
                                        "other"};
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

static int print_partnerships(csp_register *reg, const char *as_of)
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
        status = print_partnership(reg, all[i], as_of);
    }
    for (size_t i = 0; i < n; i++)
        csp_partnership_free(all[i]);
    free(all);
    return status;
}

/* ---- the data ------------------------------------------------------------------- */

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

static int is_dir(const char *path)
{
    DIR *d = opendir(path);
    if (d)
        closedir(d);
    return d != NULL;
}

/* Where the example data is: $CSP_DATA_DIR; beside an installed cspctl (found
 * from /proc/self/exe, so a moved install still finds it); the source tree's. */
static const char *demo_dir(char *buf, size_t size)
{
    const char *env = getenv("CSP_DATA_DIR");
    if (env && *env)
        return env;
#ifdef CSPCTL_DATA_FROM_BIN
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char data[PATH_MAX + 64];
            snprintf(data, sizeof data, "%s/%s", exe, CSPCTL_DATA_FROM_BIN);
            if (size >= PATH_MAX && realpath(data, buf) && is_dir(buf))
                return buf;
        }
    }
#endif
#ifdef CSPCTL_SOURCE_DATA_DIR
    if (is_dir(CSPCTL_SOURCE_DATA_DIR))
        return CSPCTL_SOURCE_DATA_DIR;
#endif
    (void)buf;
    (void)size;
    return "examples/data";
}

/* Today, as an ISO date (the library itself never reads the clock). */
static void today(char *buf, size_t size)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(buf, size, "%Y-%m-%d", &tm);
}

/* ---- is each partnership doing what the law asks ------------------------------------ */

/* The compliance checker's summary per partnership (csp/check.h): what is not
 * met, then how much is not shown; `cspctl check` gives every finding. */
static int print_compliance(csp_register *reg, const char *as_of)
{
    csp_report *r = NULL;
    char when[64];
    if (csp_check(&r, reg, as_of, NULL) != CSP_OK)
        return fail("demo");
    human_date(when, sizeof when, as_of);
    printf("\nIs each partnership doing what the law asks, as of %s?\n", when);
    line(2, "",
         "The compliance checker's rules (docs/rules.md), each with its legal source: "
         "what the record shows not met, and how much it does not show either way "
         "(cspctl check gives every finding and what would clear it).");
    size_t i = 0;
    while (i < csp_report_count(r)) {
        const char *p = csp_finding_partnership(csp_report_finding(r, i));
        size_t end = i, met = 0, not_shown = 0;
        while (end < csp_report_count(r) && strcmp(csp_finding_partnership(csp_report_finding(r, end)), p) == 0)
            end++;
        char name[256];
        printf("  %s\n", name_of(name, sizeof name, reg, CSP_ENTITY_PARTNERSHIP, p));
        for (size_t k = i; k < end; k++) {
            const csp_finding *f = csp_report_finding(r, k);
            int res = csp_finding_result(f);
            met += res == CSP_RESULT_MET;
            not_shown += res == CSP_RESULT_NOT_SHOWN;
            if (res != CSP_RESULT_NOT_MET)
                continue;
            text t = {.n = 0};
            add(&t, "%s (%s, %s): %s", csp_finding_title(f), csp_finding_rule(f), csp_finding_severity(f),
                csp_finding_message(f));
            line(4, "Not met: ", t.s);
        }
        text t = {.n = 0};
        add(&t, "%zu met; %zu not shown (the record lacks what would decide %s).", met, not_shown,
            not_shown == 1 ? "it" : "them");
        line(4, "", t.s);
        i = end;
    }
    csp_report_free(r);
    return EXIT_SUCCESS;
}

int cspctl_demo(int argc, char **argv)
{
    const char *dir = NULL;
    char as_of[16], found[PATH_MAX + 64], when[64];
    today(as_of, sizeof as_of);
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i]))
            return fputs(demo_help, stdout), EXIT_SUCCESS;
        if (strcmp(argv[i], "--as-of") == 0) {
            if (++i >= argc)
                return usage_error("demo", "--as-of needs a DATE (YYYY-MM-DD)");
            if (csp_date_check(argv[i]) != CSP_OK)
                return usage_error("demo", csp_error_last()->message);
            snprintf(as_of, sizeof as_of, "%s", argv[i]);
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage_error("demo", "unknown option");
        } else if (!dir) {
            dir = argv[i];
        } else {
            return usage_error("demo", "expected at most one DATA_DIR");
        }
    }
    if (!dir)
        dir = demo_dir(found, sizeof found);
    char **files = NULL;
    int n = json_files(dir, &files);
    if (n < 0) {
        fprintf_text(stderr, "cspctl: demo: cannot read the example data directory \"%s\"\n", dir);
        return EXIT_FAILURE;
    }
    if (n == 0) {
        free(files);
        fprintf_text(stderr, "cspctl: demo: no *.json files in \"%s\"\n", dir);
        return EXIT_FAILURE;
    }
    csp_register *reg = NULL;
    int status = EXIT_SUCCESS;
    if (open_register(&reg, ":memory:", CSP_OPEN_CREATE))
        status = fail("demo");
    printf("libcsp %s demo: the bundled partnerships, from the public pages they were\n"
           "written from (examples/data/README.md), as of %s.\n",
           csp_version(), human_date(when, sizeof when, as_of));
    for (int i = 0; i < n && status == EXIT_SUCCESS; i++) {
        if (csp_json_import_file(reg, files[i], NULL))
            status = fail(files[i]); /* fail() escapes the name */
        else
            printf_text("  imported %s\n", files[i]);
    }
    if (status == EXIT_SUCCESS)
        status = print_partnerships(reg, as_of);
    if (status == EXIT_SUCCESS)
        status = print_links(reg);
    if (status == EXIT_SUCCESS)
        status = print_compliance(reg, as_of);
    csp_register_close(reg);
    for (int i = 0; i < n; i++)
        free(files[i]);
    free(files);
    return status;
}
