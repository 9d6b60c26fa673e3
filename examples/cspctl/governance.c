/*
 * cspctl's governance commands: what a partnership's coordinator asks of the
 * register (csp/governance.h).
 *
 *   cspctl actions REGISTER [filters]   the actions that match, one per line
 *   cspctl agenda REGISTER MEETING      a meeting: its details, agenda, attendance
 *   cspctl risks REGISTER [PARTNERSHIP] the risk register: open risks by score
 *   cspctl progress REGISTER STRATEGY   each element's share of actions done
 */
#define _POSIX_C_SOURCE 200809L
#include "cspctl.h"

#include <stdlib.h>
#include <string.h>

/* ---- shared ---------------------------------------------------------------- */

/* Prints text, or "-" when unset, escaped onto one line. */
static void put_or_dash(const char *s)
{
    if (s)
        put_text(stdout, s);
    else
        putchar('-');
}

/* Who a seat is, for people: "Chair, Metropolitan Police Service (Jo Bloggs)". */
static void put_seat(csp_register *reg, const char *membership)
{
    csp_membership *m = NULL;
    if (!membership) {
        putchar('-');
        return;
    }
    if (csp_membership_get(&m, reg, membership) != CSP_OK) {
        put_text(stdout, membership);
        return;
    }
    const char *post = csp_membership_post(m);
    if (post)
        put_text(stdout, post);
    else
        put_text(stdout, csp_schema_enum_label("membership_role", csp_membership_role(m)));
    csp_organisation *o = NULL;
    if (csp_organisation_get(&o, reg, csp_membership_organisation(m)) == CSP_OK) {
        fputs(", ", stdout);
        put_text(stdout, csp_organisation_name(o));
        csp_organisation_free(o);
    }
    csp_person *p = NULL;
    if (csp_membership_person(m) && csp_person_get(&p, reg, csp_membership_person(m)) == CSP_OK) {
        fputs(" (", stdout);
        put_text(stdout, csp_person_name(p));
        putchar(')');
        csp_person_free(p);
    }
    csp_membership_free(m);
}

/* The option's value: argv[*i + 1], or a usage error. */
static const char *value_of(int argc, char **argv, int *i, const char *cmd, int *status)
{
    if (*i + 1 >= argc) {
        char msg[80];
        snprintf(msg, sizeof msg, "%s needs a value", argv[*i]);
        *status = usage_error(cmd, msg);
        return NULL;
    }
    return argv[++*i];
}

/* ---- actions --------------------------------------------------------------------- */

static const char actions_help[] =
    "usage: cspctl actions REGISTER [--partnership ID] [--overdue --as-of DATE]\n"
    "                       [--without-update --as-of DATE] [--without-champion]\n"
    "                       [--champion SEAT] [--owner ID] [--serves ELEMENT] [--open]\n"
    "\n"
    "Prints the actions that match every option given, one per line, tab-separated\n"
    "after a line naming the columns: id, due_on, status, rag, champion (the seat's\n"
    "post or role, organisation and person), title.\n"
    "  --partnership ID    the actions of one partnership\n"
    "  --overdue           due wholly before the date (a due month is due by its\n"
    "                      end) and still open or in progress; by due date\n"
    "  --without-update    open, and no progress update since the partnership's\n"
    "                      last meeting held on or before the date (needs\n"
    "                      --partnership)\n"
    "  --as-of DATE        the date the question is asked on (YYYY, YYYY-MM or\n"
    "                      YYYY-MM-DD); never today's date unless given\n"
    "  --without-champion  no champion recorded\n"
    "  --champion SEAT     championed by the seat (a membership id)\n"
    "  --owner ID          owned by the partnership or organisation ID\n"
    "  --serves ELEMENT    serving the strategy element\n"
    "  --open              still open or in progress\n";

static void action_line(csp_register *reg, const csp_action *a)
{
    put_text(stdout, csp_action_id(a));
    putchar('\t');
    put_or_dash(csp_action_due_on(a));
    putchar('\t');
    put_text(stdout, csp_action_status(a));
    putchar('\t');
    put_or_dash(csp_action_rag(a));
    putchar('\t');
    put_seat(reg, csp_action_champion(a));
    putchar('\t');
    put_text(stdout, csp_action_title(a));
    putchar('\n');
}

typedef struct actions_args {
    const char *partnership, *as_of, *champion, *owner, *serves;
    int overdue, without_update, without_champion, open;
} actions_args;

/* The query the options ask for (the overdue question, or every action). */
static int actions_query(csp_query **q, const actions_args *a)
{
    int rc = a->overdue ? csp_query_overdue_actions(q, a->partnership, a->as_of)
                        : csp_query_new(q, CSP_ENTITY_ACTION);
    if (rc == CSP_OK && a->partnership && !a->overdue)
        rc = csp_query_where(*q, CSP_ACTION_PARTNERSHIP, CSP_OP_EQ, a->partnership);
    if (rc == CSP_OK && a->without_champion)
        rc = csp_query_where(*q, CSP_ACTION_CHAMPION, CSP_OP_UNSET, NULL);
    if (rc == CSP_OK && a->champion)
        rc = csp_query_where(*q, CSP_ACTION_CHAMPION, CSP_OP_EQ, a->champion);
    if (rc == CSP_OK && a->serves)
        rc = csp_query_where(*q, CSP_ACTION_SERVES, CSP_OP_EQ, a->serves);
    if (rc == CSP_OK && a->open && !a->overdue) {
        static const char *const closed[] = {"done", "cancelled", "superseded"};
        for (size_t k = 0; rc == CSP_OK && k < 3; k++)
            rc = csp_query_where(*q, CSP_ACTION_STATUS, CSP_OP_NE, closed[k]);
    }
    return rc;
}

/* Whether the action passes the options no query expresses. */
static int wanted(const csp_action *a, const actions_args *args, const csp_id_list *stale)
{
    if (args->owner) {
        const char *p = csp_action_owner_partnership(a), *o = csp_action_owner_organisation(a);
        if (!(p && strcmp(p, args->owner) == 0) && !(o && strcmp(o, args->owner) == 0))
            return 0;
    }
    if (stale) {
        for (size_t i = 0; i < csp_id_list_count(stale); i++)
            if (strcmp(csp_id_list_get(stale, i), csp_action_id(a)) == 0)
                return 1;
        return 0;
    }
    return 1;
}

static int list_actions(csp_register *reg, const actions_args *args)
{
    csp_query *q = NULL;
    csp_id_list *stale = NULL;
    csp_action_iterator *it = NULL;
    csp_action *a;
    int rc = actions_query(&q, args);
    if (rc == CSP_OK && args->without_update)
        rc = csp_actions_without_update(&stale, reg, args->partnership, args->as_of);
    if (rc == CSP_OK)
        rc = csp_action_iterator_query(&it, reg, q);
    if (rc == CSP_OK)
        puts("id\tdue_on\tstatus\trag\tchampion\ttitle");
    while (rc == CSP_OK && (rc = csp_action_next(&a, it)) == CSP_OK) {
        if (wanted(a, args, stale))
            action_line(reg, a);
        csp_action_free(a);
    }
    csp_action_iterator_free(it);
    csp_id_list_free(stale);
    csp_query_free(q);
    return rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("actions");
}

int cspctl_actions(int argc, char **argv)
{
    actions_args args = {0};
    const char *path = NULL;
    int status = EXIT_SUCCESS;
    for (int i = 1; i < argc && status == EXIT_SUCCESS; i++) {
        const char *o = argv[i];
        if (is_help(o))
            return fputs(actions_help, stdout), EXIT_SUCCESS;
        else if (strcmp(o, "--partnership") == 0)
            args.partnership = value_of(argc, argv, &i, "actions", &status);
        else if (strcmp(o, "--as-of") == 0)
            args.as_of = value_of(argc, argv, &i, "actions", &status);
        else if (strcmp(o, "--champion") == 0)
            args.champion = value_of(argc, argv, &i, "actions", &status);
        else if (strcmp(o, "--owner") == 0)
            args.owner = value_of(argc, argv, &i, "actions", &status);
        else if (strcmp(o, "--serves") == 0)
            args.serves = value_of(argc, argv, &i, "actions", &status);
        else if (strcmp(o, "--overdue") == 0)
            args.overdue = 1;
        else if (strcmp(o, "--without-update") == 0)
            args.without_update = 1;
        else if (strcmp(o, "--without-champion") == 0)
            args.without_champion = 1;
        else if (strcmp(o, "--open") == 0)
            args.open = 1;
        else if (o[0] == '-' && o[1])
            return usage_error("actions", "unknown option");
        else if (!path)
            path = o;
        else
            return usage_error("actions", "too many arguments");
    }
    if (status != EXIT_SUCCESS)
        return status;
    if (!path)
        return usage_error("actions", "expected REGISTER");
    if ((args.overdue || args.without_update) && !args.as_of)
        return usage_error("actions", "--overdue and --without-update need --as-of DATE");
    if (args.as_of && csp_date_check(args.as_of) != CSP_OK)
        return date_usage_error("actions", "--as-of");
    if (args.without_update && !args.partnership)
        return usage_error("actions", "--without-update needs --partnership ID");
    csp_register *reg;
    if (open_register(&reg, path, CSP_OPEN_READONLY))
        return fail(path);
    status = list_actions(reg, &args);
    csp_register_close(reg);
    return status;
}

/* ---- agenda ------------------------------------------------------------------------ */

static const char agenda_help[] =
    "usage: cspctl agenda REGISTER MEETING\n"
    "\n"
    "Prints a meeting: its partnership, date, time, length, kind, status and place,\n"
    "whether it was quorate, its documents, its agenda items numbered as a tree\n"
    "(1, 1.1, 1.2) with what each concerns and its outcome, and its attendance.\n";

/* Prints "Label: text" when text is set. */
static void detail(const char *label, const char *text)
{
    if (!text)
        return;
    printf("  %s: ", label);
    put_text(stdout, text);
    putchar('\n');
}

static const char *kind_label(const char *en, const char *value)
{
    const char *l = value ? csp_schema_enum_label(en, value) : NULL;
    return l ? l : (value ? value : "?");
}

static int print_documents(csp_register *reg, const char *meeting)
{
    csp_document_filter f = CSP_DOCUMENT_FILTER_INIT;
    f.meeting = meeting;
    csp_document_iterator *it;
    csp_document *d;
    int rc = csp_document_iterator_new(&it, reg, &f), first = 1;
    while (rc == CSP_OK && (rc = csp_document_next(&d, it)) == CSP_OK) {
        if (first)
            puts("Documents:");
        first = 0;
        printf("  %s: ", kind_label("document_kind", csp_document_kind(d)));
        put_text(stdout, csp_document_title(d));
        if (csp_document_url(d) || csp_document_reference(d)) {
            fputs(" <", stdout);
            put_text(stdout, csp_document_url(d) ? csp_document_url(d) : csp_document_reference(d));
            putchar('>');
        }
        putchar('\n');
        csp_document_free(d);
    }
    csp_document_iterator_free(it);
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

/* What an agenda item concerns: "element e1 (Title)", ... */
static void concerns(csp_register *reg, const csp_agenda_item *item)
{
    static const struct {
        int field, entity;
        const char *what;
    } refs[] = {
        {CSP_AGENDA_ITEM_ELEMENT, CSP_ENTITY_ELEMENT, "strategy element"},
        {CSP_AGENDA_ITEM_ACTION, CSP_ENTITY_ACTION, "action"},
        {CSP_AGENDA_ITEM_RISK, CSP_ENTITY_RISK, "risk"},
        {CSP_AGENDA_ITEM_HOMICIDE_REVIEW, CSP_ENTITY_HOMICIDE_REVIEW, "review"},
        {CSP_AGENDA_ITEM_SCRUTINY_REVIEW, CSP_ENTITY_SCRUTINY_REVIEW, "scrutiny review"},
        {CSP_AGENDA_ITEM_REPORTED_BY, CSP_ENTITY_PARTNERSHIP, "reported by"},
    };
    const csp_record *r = (const csp_record *)item;
    for (size_t k = 0; k < sizeof refs / sizeof refs[0]; k++) {
        const char *id = csp_record_text(r, refs[k].field);
        if (!id)
            continue;
        printf("         %s: ", refs[k].what);
        csp_record *t = NULL;
        if (csp_record_get(&t, reg, refs[k].entity, id) == CSP_OK && csp_record_name(t)) {
            put_text(stdout, csp_record_name(t));
            fputs(" (", stdout);
            put_text(stdout, id);
            putchar(')');
        } else {
            put_text(stdout, id);
        }
        csp_record_free(t);
        putchar('\n');
    }
}

static int print_agenda(csp_register *reg, const char *meeting)
{
    csp_agenda_item_filter f = CSP_AGENDA_ITEM_FILTER_INIT;
    f.meeting = meeting;
    csp_agenda_item_iterator *it;
    csp_agenda_item *item;
    cspctl_numbering n;
    memset(&n, 0, sizeof n);
    int rc = csp_agenda_item_iterator_new(&it, reg, &f), first = 1;
    while (rc == CSP_OK && (rc = csp_agenda_item_next(&item, it)) == CSP_OK) {
        char num[64];
        if (first)
            puts("Agenda:");
        first = 0;
        cspctl_number(&n, csp_agenda_item_id(item), csp_agenda_item_parent(item), num, sizeof num);
        printf("  %-6s ", num);
        put_text(stdout, csp_agenda_item_title(item));
        printf(" [%s%s]\n", kind_label("agenda_item_kind", csp_agenda_item_kind(item)),
               csp_agenda_item_restricted(item) ? ", restricted" : "");
        concerns(reg, item);
        if (csp_agenda_item_outcome(item)) {
            fputs("         outcome: ", stdout);
            put_text(stdout, csp_agenda_item_outcome(item));
            putchar('\n');
        }
        csp_agenda_item_free(item);
    }
    csp_agenda_item_iterator_free(it);
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

static int print_attendance(csp_register *reg, const char *meeting)
{
    csp_attendance_filter f = CSP_ATTENDANCE_FILTER_INIT;
    f.meeting = meeting;
    csp_attendance_iterator *it;
    csp_attendance *a;
    int rc = csp_attendance_iterator_new(&it, reg, &f), first = 1;
    while (rc == CSP_OK && (rc = csp_attendance_next(&a, it)) == CSP_OK) {
        if (first)
            puts("Attendance:");
        first = 0;
        printf("  %-10s ", kind_label("attendance_status", csp_attendance_status(a)));
        put_seat(reg, csp_attendance_membership(a));
        csp_person *p = NULL;
        if (csp_attendance_substitute(a) && csp_person_get(&p, reg, csp_attendance_substitute(a)) == CSP_OK) {
            fputs("; substitute: ", stdout);
            put_text(stdout, csp_person_name(p));
            csp_person_free(p);
        }
        putchar('\n');
        csp_attendance_free(a);
    }
    csp_attendance_iterator_free(it);
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

static int print_meeting(csp_register *reg, const csp_meeting *m)
{
    csp_partnership *p = NULL;
    const char *id = csp_meeting_id(m);
    fputs("Meeting ", stdout);
    put_text(stdout, id);
    if (csp_meeting_title(m)) {
        fputs(": ", stdout);
        put_text(stdout, csp_meeting_title(m));
    }
    putchar('\n');
    if (csp_partnership_get(&p, reg, csp_meeting_partnership(m)) == CSP_OK) {
        detail("partnership", csp_partnership_name(p));
        csp_partnership_free(p);
    }
    detail("date", csp_meeting_date(m));
    detail("starts", csp_meeting_start_time(m));
    if (csp_meeting_duration_minutes(m))
        printf("  length: %d minutes\n", csp_meeting_duration_minutes(m));
    detail("kind", kind_label("meeting_kind", csp_meeting_kind(m)));
    detail("status", kind_label("meeting_status", csp_meeting_status(m)));
    detail("location", csp_meeting_location(m));
    int quorate = -1, quorum = 0;
    size_t present = 0;
    int rc = csp_meeting_quorate(&quorate, &present, reg, id);
    if (rc == CSP_OK && quorate >= 0 && csp_partnership_get(&p, reg, csp_meeting_partnership(m)) == CSP_OK) {
        quorum = csp_partnership_quorum(p);
        csp_partnership_free(p);
        printf("  quorate: %s (%zu seat%s present; the quorum is %d)\n", quorate ? "yes" : "no", present,
               present == 1 ? "" : "s", quorum);
    }
    detail("note", csp_meeting_note(m));
    if (rc == CSP_OK)
        rc = print_documents(reg, id);
    if (rc == CSP_OK)
        rc = print_agenda(reg, id);
    if (rc == CSP_OK)
        rc = print_attendance(reg, id);
    return rc;
}

int cspctl_agenda(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return fputs(agenda_help, stdout), EXIT_SUCCESS;
    if (argc != 3)
        return usage_error("agenda", "expected REGISTER and MEETING");
    csp_register *reg;
    if (open_register(&reg, argv[1], CSP_OPEN_READONLY))
        return fail(argv[1]);
    csp_meeting *m = NULL;
    int status = EXIT_SUCCESS;
    if (csp_meeting_get(&m, reg, argv[2]) != CSP_OK || print_meeting(reg, m) != CSP_OK)
        status = fail(argv[2]);
    csp_meeting_free(m);
    csp_register_close(reg);
    return status;
}

/* ---- risks ------------------------------------------------------------------------- */

static const char risks_help[] =
    "usage: cspctl risks REGISTER [PARTNERSHIP]\n"
    "\n"
    "Prints the risk register as a board reads it: the risks not closed, highest\n"
    "score (likelihood times impact) first, of one partnership or of all,\n"
    "tab-separated after a line naming the columns: id, score, likelihood,\n"
    "impact, status, owner (the seat), title.\n";

int cspctl_risks(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return fputs(risks_help, stdout), EXIT_SUCCESS;
    if (argc != 2 && argc != 3)
        return usage_error("risks", "expected REGISTER and optionally PARTNERSHIP");
    csp_register *reg;
    if (open_register(&reg, argv[1], CSP_OPEN_READONLY))
        return fail(argv[1]);
    csp_query *q = NULL;
    csp_risk_iterator *it = NULL;
    csp_risk *r;
    int rc = csp_query_open_risks(&q, argc == 3 ? argv[2] : NULL);
    if (rc == CSP_OK)
        rc = csp_risk_iterator_query(&it, reg, q);
    if (rc == CSP_OK)
        puts("id\tscore\tlikelihood\timpact\tstatus\towner\ttitle");
    while (rc == CSP_OK && (rc = csp_risk_next(&r, it)) == CSP_OK) {
        put_text(stdout, csp_risk_id(r));
        printf("\t%d\t%d\t%d\t", csp_risk_score(r), csp_risk_likelihood(r), csp_risk_impact(r));
        put_text(stdout, csp_risk_status(r));
        putchar('\t');
        put_seat(reg, csp_risk_owner(r));
        putchar('\t');
        put_text(stdout, csp_risk_title(r));
        putchar('\n');
        csp_risk_free(r);
    }
    csp_risk_iterator_free(it);
    csp_query_free(q);
    int status = rc == CSP_ITEROVER ? EXIT_SUCCESS : fail("risks");
    csp_register_close(reg);
    return status;
}

/* ---- progress ------------------------------------------------------------------------ */

static const char progress_help[] =
    "usage: cspctl progress REGISTER STRATEGY\n"
    "\n"
    "Prints each element of a strategy in tree order with the actions serving it\n"
    "or anything under it: how many are done of how many (cancelled and\n"
    "superseded actions are not counted), and the share done.\n";

int cspctl_progress(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return fputs(progress_help, stdout), EXIT_SUCCESS;
    if (argc != 3)
        return usage_error("progress", "expected REGISTER and STRATEGY");
    csp_register *reg;
    if (open_register(&reg, argv[1], CSP_OPEN_READONLY))
        return fail(argv[1]);
    csp_strategy *s = NULL;
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    csp_element_iterator *it = NULL;
    csp_element *e;
    int rc = csp_strategy_get(&s, reg, argv[2]);
    f.strategy = argv[2];
    if (rc == CSP_OK)
        rc = csp_element_iterator_new(&it, reg, &f);
    if (rc == CSP_OK) {
        put_text(stdout, csp_strategy_title(s));
        puts("\ndone\tactions\tshare\telement\tkind\ttitle");
    }
    while (rc == CSP_OK && (rc = csp_element_next(&e, it)) == CSP_OK) {
        size_t done = 0, total = 0;
        rc = csp_element_progress(&done, &total, reg, csp_element_id(e));
        if (rc == CSP_OK) {
            printf("%zu\t%zu\t", done, total);
            if (total)
                printf("%.0f%%\t", 100.0 * (double)done / (double)total);
            else
                fputs("-\t", stdout);
            put_text(stdout, csp_element_id(e));
            printf("\t%s\t", csp_element_kind(e));
            put_text(stdout, csp_element_title(e));
            putchar('\n');
        }
        csp_element_free(e);
    }
    csp_element_iterator_free(it);
    csp_strategy_free(s);
    int status = rc == CSP_ITEROVER ? EXIT_SUCCESS : fail(argv[2]);
    csp_register_close(reg);
    return status;
}
