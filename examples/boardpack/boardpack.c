/*
 * boardpack: a partnership's board pack, in Markdown, from a libcsp register.
 *
 *   boardpack REGISTER PARTNERSHIP_ID [AS_OF]
 *
 * Prints, as of AS_OF (a full date, YYYY-MM-DD; default today):
 *   - a title and what the partnership is (kind, area, parent, cadence, quorum);
 *   - the seats in force on the date: which body sits, in what role and post, who;
 *   - its duties: those the law gives a partnership of its kind on the date, and
 *     each marked where the register says this partnership holds it; then every
 *     duty holding recorded for it;
 *   - the strategies and plans in force on the date, with their elements as a tree;
 *   - its open actions, overdue ones marked;
 *   - the compliance findings as of the date, by family, each with its legal source.
 *
 * It uses libcsp's public API only (one include, <csp/csp.h>), as a program
 * outside the libcsp source tree would:
 *
 *   cc -std=c11 boardpack.c $(pkg-config --cflags --libs libcsp) -o boardpack
 *
 * Exit status: 0 on success; 1 when the register cannot be read; 2 for a usage
 * error, a bad date or a partnership that is not in the register.
 */
#include <csp/csp.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PROG "boardpack"

/* ---- small helpers -------------------------------------------------------------- */

/* Reports the library's last error, naming what was being done, and returns 1. */
static int fail(const char *what)
{
    const csp_error *e = csp_error_last();
    if (e->path && e->path[0])
        fprintf(stderr, PROG ": %s: %s (at %s)\n", what, e->message, e->path);
    else
        fprintf(stderr, PROG ": %s: %s\n", what, e->message);
    return 1;
}

/* Writes text for Markdown: the characters Markdown (and a table cell) gives a
 * meaning to are escaped, and line breaks become spaces. */
static void md(const char *s)
{
    for (; s && *s; s++) {
        if (strchr("\\|*_`[]<>#", *s))
            printf("\\%c", *s);
        else if (*s == '\n' || *s == '\r' || *s == '\t')
            putchar(' ');
        else
            putchar(*s);
    }
}

/* Writes text, or a dash when unset. */
static void md_or_dash(const char *s)
{
    if (s && *s)
        md(s);
    else
        fputs("-", stdout);
}

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

/* The label for people of an enum value of a field ("Statutory officer group"). */
static const char *label(int entity, int field, const char *value)
{
    const char *en = csp_schema_field_enum(entity, field);
    const char *l = en && value ? csp_schema_enum_label(en, value) : NULL;
    return l ? l : (value ? value : "-");
}

/* The same, starting lower case, for the middle of a sentence (but "CONTEST"). */
static const char *label_lc(char *buf, size_t size, int entity, int field, const char *value)
{
    snprintf(buf, size, "%s", label(entity, field, value));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z'))
        buf[0] = (char)(buf[0] - 'A' + 'a');
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

/* The name of a record by entity and id, into buf (its id when it cannot be read). */
static const char *name_of(char *buf, size_t size, csp_register *reg, int entity, const char *id)
{
    csp_record *r;
    if (!id)
        return "-";
    if (csp_record_get(&r, reg, entity, id) != CSP_OK) {
        snprintf(buf, size, "%s", id);
        return buf;
    }
    snprintf(buf, size, "%s", csp_record_name(r));
    csp_record_free(r);
    return buf;
}

/* A person's name, or a note that the register marks the person private. */
static void md_person(csp_register *reg, const char *person)
{
    csp_person *p;
    if (!person) {
        fputs("-", stdout);
        return;
    }
    if (csp_person_get(&p, reg, person) != CSP_OK) {
        md(person);
        return;
    }
    if (csp_person_private(p))
        fputs("*(private)*", stdout);
    else
        md(csp_person_name(p));
    csp_person_free(p);
}

/* A seat as people name it: "Post, Organisation (Person)". */
static void md_seat(csp_register *reg, const char *membership)
{
    csp_membership *m;
    char buf[512];
    if (!membership) {
        fputs("-", stdout);
        return;
    }
    if (csp_membership_get(&m, reg, membership) != CSP_OK) {
        md(membership);
        return;
    }
    md(csp_membership_post(m) ? csp_membership_post(m)
                              : label(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE, csp_membership_role(m)));
    fputs(", ", stdout);
    md(name_of(buf, sizeof buf, reg, CSP_ENTITY_ORGANISATION, csp_membership_organisation(m)));
    if (csp_membership_person(m)) {
        fputs(" (", stdout);
        md_person(reg, csp_membership_person(m));
        fputs(")", stdout);
    }
    csp_membership_free(m);
}

/* Whether a date (full or partial) lies wholly after as_of (a full date). */
static int after(const char *date, const char *as_of)
{
    return date && csp_date_compare(date, as_of) > 0 && !csp_date_overlaps(date, as_of);
}

/* ---- what the partnership is ---------------------------------------------------- */

static void print_header(csp_register *reg, const csp_partnership *p, const char *as_of)
{
    char when[64], buf[512];
    printf("# Board pack: ");
    md(csp_partnership_name(p));
    printf("\n\nAs of %s (%s).\n\n", human_date(when, sizeof when, as_of), as_of);
    printf("- **Kind:** ");
    md(label(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND, csp_partnership_kind(p)));
    printf("\n- **Id:** `%s`\n", csp_partnership_id(p));
    if (csp_partnership_area(p)) {
        printf("- **Area:** ");
        md(csp_partnership_area(p));
        putchar('\n');
    }
    if (csp_partnership_parent(p)) {
        printf("- **Part of:** ");
        md(name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_parent(p)));
        putchar('\n');
    }
    if (csp_partnership_accountable_to(p)) {
        printf("- **Accountable to:** ");
        md(name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_accountable_to(p)));
        putchar('\n');
    }
    for (size_t i = 0; i < csp_partnership_works_with_count(p); i++) {
        printf(i ? ", " : "- **Works with:** ");
        md(name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_works_with(p, i)));
        if (i + 1 == csp_partnership_works_with_count(p))
            putchar('\n');
    }
    if (csp_partnership_statutory_basis(p)) {
        printf("- **Statutory basis:** ");
        md(csp_partnership_statutory_basis(p));
        putchar('\n');
    }
    int per_year = csp_partnership_meetings_per_year(p), minutes = csp_partnership_minutes_per_meeting(p);
    if (per_year || minutes || csp_partnership_ad_hoc_meetings(p)) {
        printf("- **Meets:** ");
        if (per_year)
            printf("%d time%s a year", per_year, per_year == 1 ? "" : "s");
        else if (csp_partnership_ad_hoc_meetings(p))
            printf("ad hoc, as required");
        else
            printf("no cadence given");
        if (minutes)
            printf(", for %s", duration(buf, sizeof buf, minutes));
        if (per_year && csp_partnership_ad_hoc_meetings(p))
            printf(", with ad hoc meetings as required");
        putchar('\n');
    }
    if (csp_partnership_quorum(p))
        printf("- **Quorum:** %d seats present\n", csp_partnership_quorum(p));
    if (csp_partnership_scrutinised_by(p)) {
        printf("- **Scrutinised by:** ");
        md(name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_partnership_scrutinised_by(p)));
        putchar('\n');
    }
}

/* ---- seats -------------------------------------------------------------------------- */

/* The seats in force on the date, by organisation: one query that carries the
 * names of the records each seat refers to. */
static int print_seats(csp_register *reg, const char *partnership, const char *as_of)
{
    csp_query *q = NULL;
    csp_record_iterator *it = NULL;
    csp_record *m;
    char when[64], last_org[512] = "";
    int rc, seats = 0, bodies = 0, gone = 0;
    printf("\n## Seats on %s\n\n", human_date(when, sizeof when, as_of));
    rc = csp_query_new(&q, CSP_ENTITY_MEMBERSHIP);
    if (rc == CSP_OK)
        rc = csp_query_names(q, 1);
    if (rc == CSP_OK)
        rc = csp_query_where(q, CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_EQ, partnership);
    if (rc == CSP_OK)
        rc = csp_query_in_force(q, as_of);
    if (rc == CSP_OK)
        rc = csp_query_order(q, CSP_MEMBERSHIP_ORGANISATION, 0);
    if (rc == CSP_OK)
        rc = csp_record_iterator_new(&it, reg, CSP_ENTITY_MEMBERSHIP, q);
    csp_query_free(q);
    if (rc != CSP_OK)
        return fail("seats");
    while ((rc = csp_record_next(&m, it)) == CSP_OK) {
        /* A seat for a body that no longer existed on the date is not a seat then. */
        csp_organisation *body = NULL;
        int dissolved = 0;
        if (csp_organisation_get(&body, reg, csp_record_text(m, CSP_MEMBERSHIP_ORGANISATION)) == CSP_OK)
            dissolved = csp_organisation_in_force(body, as_of) == 0;
        csp_organisation_free(body);
        if (dissolved) {
            gone++;
            csp_record_free(m);
            continue;
        }
        if (!seats++)
            printf("| Body | Role | Post | Person | On behalf of |\n| --- | --- | --- | --- | --- |\n");
        const char *org = csp_record_ref_name(m, CSP_MEMBERSHIP_ORGANISATION);
        if (strcmp(org ? org : "", last_org) != 0) {
            snprintf(last_org, sizeof last_org, "%s", org ? org : "");
            bodies++;
        }
        printf("| ");
        md_or_dash(org);
        printf(" | ");
        md(label(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE, csp_record_text(m, CSP_MEMBERSHIP_ROLE)));
        printf(" | ");
        md_or_dash(csp_record_text(m, CSP_MEMBERSHIP_POST));
        printf(" | ");
        md_person(reg, csp_record_text(m, CSP_MEMBERSHIP_PERSON));
        printf(" | ");
        md_or_dash(csp_record_ref_name(m, CSP_MEMBERSHIP_ON_BEHALF_OF));
        printf(" |\n");
        csp_record_free(m);
    }
    csp_record_iterator_free(it);
    if (rc != CSP_ITEROVER)
        return fail("seats");
    if (seats)
        printf("\n%d seat%s, held by %d bod%s.\n", seats, seats == 1 ? "" : "s", bodies, bodies == 1 ? "y" : "ies");
    else
        printf("No seat is recorded in force on %s.\n", when);
    if (gone)
        printf("%s%d seat%s of a body that had ceased to exist by then %s left out.\n", seats ? "" : "\n", gone,
               gone == 1 ? "" : "s", gone == 1 ? "is" : "are");
    return 0;
}

/* ---- duties ------------------------------------------------------------------------- */

/* This partnership's holding of a duty in force on the date, or NULL. */
static csp_duty_holding *holding_of(csp_register *reg, const char *partnership, const char *duty, const char *as_of)
{
    csp_duty_holding_filter f = CSP_DUTY_HOLDING_FILTER_INIT;
    csp_duty_holding_iterator *it;
    csp_duty_holding *h = NULL;
    f.partnership = partnership;
    f.duty = duty;
    if (csp_duty_holding_iterator_new(&it, reg, &f) != CSP_OK)
        return NULL;
    while (csp_duty_holding_next(&h, it) == CSP_OK) {
        if (csp_duty_holding_in_force(h, as_of) == 1)
            break;
        csp_duty_holding_free(h);
        h = NULL;
    }
    csp_duty_holding_iterator_free(it);
    return h;
}

static const char *duty_name(const csp_duty *d)
{
    return csp_duty_label(d) ? csp_duty_label(d) : csp_duty_title(d);
}

static int print_duties(csp_register *reg, const csp_partnership *p, const char *as_of)
{
    const char *id = csp_partnership_id(p);
    char when[64], buf[64], kind[128];
    csp_id_list *owes = NULL;
    csp_duty *d;
    int rc, n = 0;
    human_date(when, sizeof when, as_of);
    printf("\n## Duties\n\n### Owed by law on %s\n\n", when);
    /* libcsp decides what the law gives the partnership on the date: its
     * kind, each duty's commencement, a pilot's period and areas. */
    if (csp_partnership_duties_owed(&owes, reg, id, as_of) != CSP_OK)
        return fail("duties");
    for (size_t i = 0; i < csp_id_list_count(owes); i++) {
        if (csp_duty_get(&d, reg, csp_id_list_get(owes, i)) != CSP_OK) {
            csp_id_list_free(owes);
            return fail("duties");
        }
        if (!n++)
            printf("The duties the law gives every %s on the date (libcsp's catalogue, docs/duties.md), and "
                   "whether the register names this partnership as holding each.\n\n"
                   "| Duty | Legal source | Recurrence | Confidence | Held here |\n"
                   "| --- | --- | --- | --- | --- |\n",
                   label_lc(kind, sizeof kind, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND, csp_partnership_kind(p)));
        csp_duty_holding *h = holding_of(reg, id, csp_duty_id(d), as_of);
        printf("| ");
        md(duty_name(d));
        printf(" | ");
        md(csp_duty_source(d));
        printf(" | %s | %s | ", label(CSP_ENTITY_DUTY, CSP_DUTY_RECURRENCE, csp_duty_recurrence(d)),
               label(CSP_ENTITY_DUTY, CSP_DUTY_CONFIDENCE, csp_duty_confidence(d)));
        if (!h)
            printf("**no record** |\n");
        else if (csp_duty_holding_start_date(h))
            printf("yes, since %s |\n", human_date(buf, sizeof buf, csp_duty_holding_start_date(h)));
        else
            printf("yes |\n");
        csp_duty_holding_free(h);
        csp_duty_free(d);
    }
    csp_id_list_free(owes);
    if (!n)
        printf("The law gives a %s no duty of its own on the date.\n",
               label_lc(kind, sizeof kind, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_KIND, csp_partnership_kind(p)));

    /* Every holding the register records for it, local duties included. */
    csp_duty_holding_filter f = CSP_DUTY_HOLDING_FILTER_INIT;
    csp_duty_holding_iterator *hit;
    csp_duty_holding *h;
    f.partnership = id;
    printf("\n### Held, by the register\n\n");
    if (csp_duty_holding_iterator_new(&hit, reg, &f) != CSP_OK)
        return fail("duty holdings");
    n = 0;
    while ((rc = csp_duty_holding_next(&h, hit)) == CSP_OK) {
        if (!n++)
            printf("| Duty | Legal source | From | Until | On %s |\n| --- | --- | --- | --- | --- |\n", as_of);
        csp_duty *hd = NULL;
        int got = csp_duty_get(&hd, reg, csp_duty_holding_duty(h));
        if (got != CSP_OK && got != CSP_ENOTFOUND) {
            csp_duty_holding_free(h);
            csp_duty_holding_iterator_free(hit);
            return fail("duty holdings");
        }
        printf("| ");
        md(hd ? duty_name(hd) : csp_duty_holding_duty(h));
        if (hd && !csp_duty_builtin(hd))
            printf(" (local)");
        printf(" | ");
        md_or_dash(hd ? csp_duty_source(hd) : NULL);
        printf(" | ");
        md_or_dash(csp_duty_holding_start_date(h));
        printf(" | ");
        md_or_dash(csp_duty_holding_end_date(h));
        printf(" | %s |\n", csp_duty_holding_in_force(h, as_of) == 1 ? "held" : "not held");
        csp_duty_free(hd);
        csp_duty_holding_free(h);
    }
    csp_duty_holding_iterator_free(hit);
    if (rc != CSP_ITEROVER)
        return fail("duty holdings");
    if (!n)
        printf("The register records no duty held by this partnership.\n");
    return 0;
}

/* ---- strategies and plans ----------------------------------------------------------- */

/* Elements come in tree order (a parent before its children): an element's depth is
 * one more than its parent's, found among the last id seen at each depth. */
#define MAX_DEPTH 8
static int print_elements(csp_register *reg, const char *strategy)
{
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    csp_element_iterator *it;
    csp_element *el;
    char ids[MAX_DEPTH][129] = {{0}}, buf[512];
    int rc, n = 0;
    f.strategy = strategy;
    if (csp_element_iterator_new(&it, reg, &f) != CSP_OK)
        return fail("strategy elements");
    while ((rc = csp_element_next(&el, it)) == CSP_OK) {
        int depth = 0;
        const char *parent = csp_element_parent(el);
        for (int k = 0; parent && k < MAX_DEPTH - 1; k++)
            if (strcmp(ids[k], parent) == 0)
                depth = k + 1;
        snprintf(ids[depth], sizeof ids[depth], "%s", csp_element_id(el));
        if (!n++)
            printf("\n");
        printf("%*s- **", depth * 2, "");
        md(label(CSP_ENTITY_ELEMENT, CSP_ELEMENT_KIND, csp_element_kind(el)));
        printf(":** ");
        md(csp_element_title(el));
        if (csp_element_delivered_by(el)) {
            printf(" (delivered by ");
            md(name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_element_delivered_by(el)));
            printf(")");
        }
        size_t done = 0, total = 0;
        if (csp_element_progress(&done, &total, reg, csp_element_id(el)) == CSP_OK && total)
            printf(" (actions: %zu of %zu done)", done, total);
        printf("\n");
        csp_element_free(el);
    }
    csp_element_iterator_free(it);
    if (rc != CSP_ITEROVER)
        return fail("strategy elements");
    if (!n)
        printf("\nThe register records no elements (strands, objectives) of it.\n");
    return 0;
}

static void print_period(const csp_strategy *s)
{
    char a[64], b[64];
    const char *start = csp_strategy_start_date(s), *end = csp_strategy_end_date(s);
    if (start && end)
        printf("%s to %s", human_date(a, sizeof a, start), human_date(b, sizeof b, end));
    else if (start)
        printf("from %s", human_date(a, sizeof a, start));
    else if (end)
        printf("until %s", human_date(b, sizeof b, end));
    else
        printf("no period given");
}

static int print_strategy(csp_register *reg, const csp_strategy *s)
{
    char buf[512];
    printf("\n### ");
    md(csp_strategy_title(s));
    printf("\n\n- **Kind:** %s\n- **Status:** %s",
           label(CSP_ENTITY_STRATEGY, CSP_STRATEGY_KIND, csp_strategy_kind(s)),
           label(CSP_ENTITY_STRATEGY, CSP_STRATEGY_STATUS, csp_strategy_status(s)));
    if (csp_strategy_agreed_on(s))
        printf(", agreed %s", human_date(buf, sizeof buf, csp_strategy_agreed_on(s)));
    if (csp_strategy_published_on(s))
        printf(", published %s", human_date(buf, sizeof buf, csp_strategy_published_on(s)));
    for (size_t i = 0; i < csp_strategy_refreshed_on_count(s); i++)
        printf(", refreshed %s", human_date(buf, sizeof buf, csp_strategy_refreshed_on(s, i)));
    printf("\n- **Period:** ");
    print_period(s);
    printf("\n");
    for (size_t i = 0; i < csp_strategy_strands_count(s); i++) {
        printf(i ? ", " : "- **Crime and Disorder Act 1998 s6(1) strands:** ");
        md(label(CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS, csp_strategy_strands(s, i)));
        if (i + 1 == csp_strategy_strands_count(s))
            printf("\n");
    }
    for (size_t i = 0; i < csp_strategy_duties_count(s); i++) {
        csp_duty *d;
        printf(i ? "; " : "- **Discharges:** ");
        if (csp_duty_get(&d, reg, csp_strategy_duties(s, i)) == CSP_OK) {
            md(duty_name(d));
            printf(" (");
            md(csp_duty_source(d));
            printf(")");
            csp_duty_free(d);
        } else {
            md(csp_strategy_duties(s, i));
        }
        if (i + 1 == csp_strategy_duties_count(s))
            printf("\n");
    }
    if (csp_strategy_serious_violence_definition(s)) {
        printf("- **Local definition of serious violence:** ");
        md(csp_strategy_serious_violence_definition(s));
        printf("\n");
    }
    if (csp_strategy_vision(s)) {
        printf("\n> ");
        md(csp_strategy_vision(s));
        printf("\n");
    }
    return print_elements(reg, csp_strategy_id(s));
}

/* The strategies and plans in force on the date, in full; the others in a line each. */
static int print_plans(csp_register *reg, const char *partnership, const char *as_of)
{
    csp_strategy_filter f = CSP_STRATEGY_FILTER_INIT;
    csp_strategy_iterator *it;
    csp_strategy *s;
    char when[64];
    int rc = CSP_ITEROVER, status = 0, in_force = 0, others = 0;
    printf("\n## Plan in force on %s\n", human_date(when, sizeof when, as_of));
    f.partnership = partnership;
    /* Two passes over a small set: those in force, then the rest. */
    for (int pass = 0; pass < 2 && !status; pass++) {
        if (csp_strategy_iterator_new(&it, reg, &f) != CSP_OK)
            return fail("strategies");
        while (!status && (rc = csp_strategy_next(&s, it)) == CSP_OK) {
            int in = csp_strategy_in_force(s, as_of);
            if (in < 0) {
                status = fail("strategies");
            } else if (pass == 0 && in) {
                in_force++;
                status = print_strategy(reg, s);
            } else if (pass == 1 && !in) {
                if (!others++)
                    printf("\n%s on record, not in force on the date:\n\n", in_force ? "Other strategies" : "Strategies");
                printf("- ");
                md(csp_strategy_title(s));
                printf(" (%s, %s; ", label(CSP_ENTITY_STRATEGY, CSP_STRATEGY_KIND, csp_strategy_kind(s)),
                       label(CSP_ENTITY_STRATEGY, CSP_STRATEGY_STATUS, csp_strategy_status(s)));
                print_period(s);
                printf(")\n");
            }
            csp_strategy_free(s);
        }
        csp_strategy_iterator_free(it);
        if (!status && rc != CSP_ITEROVER)
            status = fail("strategies");
        if (!status && pass == 0 && !in_force)
            printf("\nNo strategy or plan of this partnership is in force on the date (agreed or published, "
                   "with a period that covers it).\n");
    }
    return status;
}

/* ---- open actions ------------------------------------------------------------------- */

static int in_list(const csp_id_list *list, const char *id)
{
    for (size_t i = 0; i < csp_id_list_count(list); i++)
        if (strcmp(csp_id_list_get(list, i), id) == 0)
            return 1;
    return 0;
}

/* The ids of the partnership's actions overdue on the date. */
static int overdue_ids(csp_register *reg, const char *partnership, const char *as_of, char ***out, size_t *count)
{
    csp_query *q = NULL;
    csp_action_iterator *it = NULL;
    csp_action *a;
    int rc = csp_query_overdue_actions(&q, partnership, as_of);
    *out = NULL;
    *count = 0;
    if (rc == CSP_OK)
        rc = csp_action_iterator_query(&it, reg, q);
    csp_query_free(q);
    while (rc == CSP_OK && (rc = csp_action_next(&a, it)) == CSP_OK) {
        char **grown = realloc(*out, (*count + 1) * sizeof **out);
        char *copy = malloc(strlen(csp_action_id(a)) + 1);
        if (grown)
            *out = grown;
        if (!grown || !copy) {
            free(copy);
            csp_action_free(a);
            csp_action_iterator_free(it);
            fprintf(stderr, PROG ": overdue actions: out of memory\n");
            return 1;
        }
        strcpy(copy, csp_action_id(a));
        (*out)[(*count)++] = copy;
        csp_action_free(a);
    }
    csp_action_iterator_free(it);
    return rc == CSP_ITEROVER ? 0 : fail("overdue actions");
}

static void free_ids(char **ids, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(ids[i]);
    free(ids);
}

static int print_actions(csp_register *reg, const char *partnership, const char *as_of)
{
    static const char *const closed[] = {"done", "cancelled", "superseded"};
    csp_query *q = NULL;
    csp_action_iterator *it = NULL;
    csp_id_list *stale = NULL;
    char **overdue = NULL, when[64], buf[512];
    size_t noverdue = 0;
    int rc, n = 0, late = 0, status;
    printf("\n## Open actions\n\n");
    human_date(when, sizeof when, as_of);
    status = overdue_ids(reg, partnership, as_of, &overdue, &noverdue);
    if (status)
        return status;
    rc = csp_actions_without_update(&stale, reg, partnership, as_of);
    if (rc == CSP_OK)
        rc = csp_query_new(&q, CSP_ENTITY_ACTION);
    if (rc == CSP_OK)
        rc = csp_query_where(q, CSP_ACTION_PARTNERSHIP, CSP_OP_EQ, partnership);
    for (size_t k = 0; rc == CSP_OK && k < sizeof closed / sizeof closed[0]; k++)
        rc = csp_query_where(q, CSP_ACTION_STATUS, CSP_OP_NE, closed[k]);
    if (rc == CSP_OK)
        rc = csp_query_order(q, CSP_ACTION_DUE_ON, 0);
    if (rc == CSP_OK)
        rc = csp_action_iterator_query(&it, reg, q);
    csp_query_free(q);
    csp_action *a;
    while (rc == CSP_OK && (rc = csp_action_next(&a, it)) == CSP_OK) {
        /* An action raised after the date was not on the board's list then. */
        if (after(csp_action_raised_on(a), as_of)) {
            csp_action_free(a);
            continue;
        }
        int is_late = 0;
        for (size_t i = 0; i < noverdue; i++)
            is_late |= strcmp(overdue[i], csp_action_id(a)) == 0;
        late += is_late;
        if (!n++)
            printf("Actions open or in progress (their status as the register now records it), by due date.\n\n"
                   "| Action | Due | Status | RAG | Champion | Owner | Serves |\n"
                   "| --- | --- | --- | --- | --- | --- | --- |\n");
        printf("| ");
        md(csp_action_title(a));
        printf(" (`%s`) | ", csp_action_id(a));
        md_or_dash(csp_action_due_on(a));
        printf(" | %s", label(CSP_ENTITY_ACTION, CSP_ACTION_STATUS, csp_action_status(a)));
        if (is_late)
            printf(", **OVERDUE**");
        if (stale && in_list(stale, csp_action_id(a)))
            printf(", no update since the last meeting");
        printf(" | %s | ", csp_action_rag(a) ? label(CSP_ENTITY_ACTION, CSP_ACTION_RAG, csp_action_rag(a)) : "-");
        md_seat(reg, csp_action_champion(a));
        printf(" | ");
        if (csp_action_owner_partnership(a))
            md(name_of(buf, sizeof buf, reg, CSP_ENTITY_PARTNERSHIP, csp_action_owner_partnership(a)));
        else if (csp_action_owner_organisation(a))
            md(name_of(buf, sizeof buf, reg, CSP_ENTITY_ORGANISATION, csp_action_owner_organisation(a)));
        else
            printf("-");
        printf(" | ");
        if (csp_action_serves(a))
            md(name_of(buf, sizeof buf, reg, CSP_ENTITY_ELEMENT, csp_action_serves(a)));
        else
            printf("-");
        printf(" |\n");
        csp_action_free(a);
    }
    csp_action_iterator_free(it);
    csp_id_list_free(stale);
    free_ids(overdue, noverdue);
    if (rc != CSP_ITEROVER)
        return fail("actions");
    if (n)
        printf("\n%d open action%s, %d overdue on %s.\n", n, n == 1 ? "" : "s", late, when);
    else
        printf("No open action is recorded.\n");
    return 0;
}

/* ---- compliance --------------------------------------------------------------------- */

static const char *result_word(int result)
{
    return result == CSP_RESULT_MET ? "met" : result == CSP_RESULT_NOT_MET ? "**NOT MET**" : "not shown";
}

static int print_findings(csp_register *reg, const char *partnership, const char *as_of)
{
    csp_check_options opts = CSP_CHECK_OPTIONS_INIT;
    csp_report *r;
    char when[64], due[64];
    opts.partnership = partnership;
    printf("\n## Compliance on %s\n\n", human_date(when, sizeof when, as_of));
    if (csp_check(&r, reg, as_of, &opts) != CSP_OK)
        return fail("compliance check");
    size_t total = csp_report_count(r);
    printf("%zu finding%s: %zu met, %zu not met (breaches of the law: %zu), %zu not shown "
           "(the register lacks what would decide it; unknown is never a pass).\n",
           total, total == 1 ? "" : "s", csp_report_count_result(r, CSP_RESULT_MET, NULL),
           csp_report_count_result(r, CSP_RESULT_NOT_MET, NULL),
           csp_report_count_result(r, CSP_RESULT_NOT_MET, "breach"),
           csp_report_count_result(r, CSP_RESULT_NOT_SHOWN, NULL));
    /* The families in the catalogue's order (enum rule_family). */
    for (size_t fam = 0; fam < csp_schema_enum_count("rule_family"); fam++) {
        const char *family = csp_schema_enum_value("rule_family", fam);
        int first = 1;
        for (size_t i = 0; i < total; i++) {
            const csp_finding *f = csp_report_finding(r, i);
            if (strcmp(csp_finding_family(f), family) != 0)
                continue;
            if (first)
                printf("\n### %s\n\n| Result | Rule | Finding | Legal source |\n| --- | --- | --- | --- |\n",
                       csp_schema_enum_label("rule_family", family));
            first = 0;
            int res = csp_finding_result(f);
            printf("| %s | %s (%s) | ", result_word(res), csp_finding_rule(f), csp_finding_severity(f));
            md(csp_finding_message(f));
            if (res != CSP_RESULT_MET) {
                printf(" *To clear it:* ");
                md(csp_finding_fix(f));
            }
            if (csp_finding_due(f))
                printf(" *%s* %s.", res == CSP_RESULT_MET ? "Next due:" : "Due:",
                       human_date(due, sizeof due, csp_finding_due(f)));
            printf(" | ");
            md(csp_finding_source(f));
            printf(" (%s) |\n", csp_finding_confidence(f));
        }
    }
    if (!total)
        printf("\nNo rule of the catalogue applies to a partnership of this kind.\n");
    csp_report_free(r);
    return 0;
}

/* ---- main ------------------------------------------------------------------------------- */

static int usage(void)
{
    fprintf(stderr, "usage: " PROG " REGISTER PARTNERSHIP_ID [AS_OF]\n"
                    "Prints the partnership's board pack in Markdown, as of AS_OF (YYYY-MM-DD; default today).\n");
    return 2;
}

int main(int argc, char **argv)
{
    char today[16];
    if (argc < 3 || argc > 4)
        return usage();
    const char *path = argv[1], *id = argv[2], *as_of = argv[3];
    if (!as_of) {
        time_t now = time(NULL);
        struct tm *tm = localtime(&now);
        if (!tm || strftime(today, sizeof today, "%Y-%m-%d", tm) != 10) {
            fprintf(stderr, PROG ": cannot read today's date; give AS_OF\n");
            return 2;
        }
        as_of = today;
    }
    if (csp_date_check(as_of) != CSP_OK) {
        fprintf(stderr, PROG ": AS_OF \"%s\": %s\n", as_of, csp_error_last()->message);
        return 2;
    }
    if (strlen(as_of) != 10) {
        fprintf(stderr, PROG ": AS_OF \"%s\": give a full date, YYYY-MM-DD\n", as_of);
        return 2;
    }

    csp_open_options oo = CSP_OPEN_OPTIONS_INIT;
    csp_register *reg;
    oo.flags = CSP_OPEN_READONLY;
    if (csp_register_open(&reg, path, &oo) != CSP_OK)
        return fail(path);
    csp_partnership *p;
    int rc = csp_partnership_get(&p, reg, id);
    if (rc != CSP_OK) {
        int code = rc == CSP_ENOTFOUND || rc == CSP_EINVALID ? 2 : 1;
        if (code == 2)
            fprintf(stderr, PROG ": %s: no partnership \"%s\" in the register ('cspctl list %s partnerships' lists them)\n",
                    path, id, path);
        else
            fail(path);
        csp_register_close(reg);
        return code;
    }

    print_header(reg, p, as_of);
    int status = print_seats(reg, id, as_of);
    if (!status)
        status = print_duties(reg, p, as_of);
    if (!status)
        status = print_plans(reg, id, as_of);
    if (!status)
        status = print_actions(reg, id, as_of);
    if (!status)
        status = print_findings(reg, id, as_of);
    if (!status)
        printf("\n---\n\n*Prepared by " PROG " with libcsp %s from the register, as of %s.*\n", csp_version(), as_of);
    csp_partnership_free(p);
    csp_register_close(reg);
    if (!status && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, PROG ": writing the board pack failed\n");
        status = 1;
    }
    return status;
}
