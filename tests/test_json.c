/*
 * test_json.c: JSON import and export.
 *
 * Documents are written with single quotes for readability; q() turns them
 * into double quotes before use (none of the data contains an apostrophe).
 */
#include "testutil.h"
#include "codec/codec.h"
#include "core/util.h"

#include <jansson.h>
#include <sqlite3.h>

/* Returns a malloc'd copy of s with every ' replaced by ". */
static char *q(const char *s)
{
    size_t n = strlen(s), i;
    char *r = malloc(n + 1);
    ck_assert_ptr_nonnull(r);
    for (i = 0; i <= n; i++)
        r[i] = s[i] == '\'' ? '"' : s[i];
    return r;
}

/* Imports a single-quoted document; returns the code. */
static int import_q(csp_register *reg, const char *doc)
{
    char *d = q(doc);
    int rc = tu_import(reg, d);
    free(d);
    return rc;
}

static const char *const BASE =
    "{'format': 'libcsp/1',"
    " 'organisations': ["
    "  {'id': 'council', 'name': 'Council', 'kind': 'local_authority', 'area': 'Ealing',"
    "   'responsible_authority': true, 'serious_violence_duty_holder': true},"
    "  {'id': 'police', 'name': 'Police', 'kind': 'police'}],"
    " 'people': ["
    "  {'id': 'alice', 'name': 'Alice', 'honorific': 'Councillor'},"
    "  {'id': 'bob', 'name': 'Bob', 'private': true}],"
    " 'partnerships': ["
    "  {'id': 'csp', 'name': 'Community Safety Partnership', 'short_name': 'CSP',"
    "   'kind': 'community_safety_partnership', 'area': 'Ealing', 'area_code': 'E09000009',"
    "   'formed_on': '2002-01', 'former_names': ['Old Name', 'Older Name'],"
    "   'meetings_per_year': 4, 'minutes_per_meeting': 120, 'ad_hoc_meetings': true,"
    "   'members': ["
    "    {'id': 'csp-chair', 'organisation': 'council', 'person': 'alice', 'role': 'chair',"
    "     'post': 'cabinet member', 'start_date': '2020', 'end_date': '2023-03-31'},"
    "    {'id': 'csp-police', 'organisation': 'police', 'person': 'bob', 'role': 'member'}]},"
    "  {'id': 'sog', 'name': 'Statutory Officer Group', 'kind': 'statutory_officer_group',"
    "   'parent': 'csp', 'accountable_to': 'csp', 'works_with': ['csp']}]}";

static csp_register *reg;

/* Buffers of the running test, freed by teardown even when an assertion fails (CK_FORK=no). */
static char *t_doc, *t_before, *t_after;

static size_t bulk_min_default; /* csp__json_bulk_min as the library has it */

static void setup(void)
{
    if (!bulk_min_default)
        bulk_min_default = csp__json_bulk_min;
    reg = tu_open_mem();
    TU_OK(import_q(reg, BASE));
}

static void teardown(void)
{
    csp__json_bulk_min = bulk_min_default; /* a test may have set it lower */
    csp_register_close(reg);
    reg = NULL;
    free(t_doc);
    csp_free(t_before);
    csp_free(t_after);
    t_doc = t_before = t_after = NULL;
}

/* ------------------------------------------------------------------ */
/* Semantic errors: exact code and path, register unchanged            */
/* ------------------------------------------------------------------ */

#define ANY_ERROR 1 /* any negative code */

typedef struct error_case {
    const char *doc;   /* single-quoted */
    int code;          /* expected code, or ANY_ERROR */
    const char *path;  /* exact path; NULL: not checked */
    int prefix;        /* 1: path is a prefix */
} error_case;

/* A valid new organisation that appears before the error, so the import has work to undo. */
#define NEW_ORG "{'id': 'new-org', 'name': 'New', 'kind': 'voluntary'}"
#define NEW_P "{'id': 'new-p', 'name': 'New P', 'kind': 'board'}"

static const error_case error_cases[] = {
    /* enum values */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG "], 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chiar'}]}]}",
     CSP_EENUM, "partnerships[0].members[0].role", 0},
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair'},"
     "             {'id': 'p2-b', 'organisation': 'police', 'role': 'boss'}]}]}",
     CSP_EENUM, "partnerships[1].members[1].role", 0},
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'committee'}]}",
     CSP_EENUM, "partnerships[1].kind", 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': 'o2', 'name': 'O2', 'kind': 'constabulary'}]}",
     CSP_EENUM, "organisations[1].kind", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'O2', 'kind': 'Police'}]}",
     CSP_EENUM, "organisations[0].kind", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'O2', 'kind': 5}]}",
     CSP_EINVALID, "organisations[0].kind", 0},

    /* unknown fields */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': 'o2', 'name': 'O2', 'kind': 'police', 'colour': 'blue'}]}",
     CSP_EUNKNOWN, "organisations[1].colour", 0},
    {"{'format': 'libcsp/1', 'widgets': []}", CSP_EUNKNOWN, "widgets", 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG "], 'Organisations': []}", CSP_EUNKNOWN, "Organisations", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair', 'seat': 3}]}]}",
     CSP_EUNKNOWN, "partnerships[0].members[0].seat", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'partnership': 'p2', 'organisation': 'council', 'role': 'chair'}]}]}",
     CSP_EUNKNOWN, "partnerships[0].members[0].partnership", 0},
    {"{'format': 'libcsp/1', 'people': [{'id': 'carol', 'name': 'Carol', 'email': 'c@example.org'}]}",
     CSP_EUNKNOWN, "people[0].email", 0},

    /* required fields */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': 'o2', 'name': 'O2'}]}",
     CSP_EREQUIRED, "organisations[1].kind", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'kind': 'police'}]}",
     CSP_EREQUIRED, "organisations[0].name", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'name': 'O2', 'kind': 'police'}]}",
     CSP_EREQUIRED, "organisations[0].id", 0},
    {"{'format': 'libcsp/1', 'people': [{'id': 'carol'}]}", CSP_EREQUIRED, "people[0].name", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2'}]}",
     CSP_EREQUIRED, "partnerships[0].kind", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council'}]}]}",
     CSP_EREQUIRED, "partnerships[0].members[0].role", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'role': 'chair'}]}]}",
     CSP_EREQUIRED, "partnerships[0].members[0].organisation", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'organisation': 'council', 'role': 'chair'}]}]}",
     CSP_EREQUIRED, "partnerships[0].members[0].id", 0},

    /* dates */
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'board', 'formed_on': '2023-02-30'}]}",
     CSP_EDATE, "partnerships[1].formed_on", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'formed_on': 'January 2002'}]}",
     CSP_EDATE, "partnerships[0].formed_on", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair', 'start_date': '2020-13'}]}]}",
     CSP_EDATE, "partnerships[0].members[0].start_date", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair', 'end_date': '2023-02-29'}]}]}",
     CSP_EDATE, "partnerships[0].members[0].end_date", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'formed_on': 2002}]}",
     CSP_EINVALID, "partnerships[0].formed_on", 0},

    /* wrong types and ranges */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': 'o2', 'name': 5, 'kind': 'police'}]}",
     CSP_EINVALID, "organisations[1].name", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'O2', 'kind': 'police', 'responsible_authority': 'yes'}]}",
     CSP_EINVALID, "organisations[0].responsible_authority", 0},
    {"{'format': 'libcsp/1', 'people': [{'id': 'carol', 'name': 'Carol', 'private': 1}]}",
     CSP_EINVALID, "people[0].private", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'meetings_per_year': 0}]}",
     CSP_EINVALID, "partnerships[0].meetings_per_year", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'meetings_per_year': 367}]}",
     CSP_EINVALID, "partnerships[0].meetings_per_year", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'meetings_per_year': 4.5}]}",
     CSP_EINVALID, "partnerships[0].meetings_per_year", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'meetings_per_year': '4'}]}",
     CSP_EINVALID, "partnerships[0].meetings_per_year", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'minutes_per_meeting': 1441}]}",
     CSP_EINVALID, "partnerships[0].minutes_per_meeting", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'minutes_per_meeting': -5}]}",
     CSP_EINVALID, "partnerships[0].minutes_per_meeting", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'meetings_per_year': 99999999999999999999}]}",
     ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'board', 'area_code': 'E0900000'}]}",
     CSP_EINVALID, "partnerships[1].area_code", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'area_code': 'e09000009'}]}",
     CSP_EINVALID, "partnerships[0].area_code", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'works_with': 'csp'}]}",
     CSP_EINVALID, "partnerships[0].works_with", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'former_names': ['ok', 1]}]}",
     CSP_EINVALID, "partnerships[0].former_names", 1},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'former_names': ['']}]}",
     CSP_EINVALID, "partnerships[0].former_names", 1},
    {"{'format': 'libcsp/1', 'organisations': {}}", CSP_EINVALID, "organisations", 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", 'council']}", CSP_EINVALID, "organisations[1]", 0},
    {"{'format': 'libcsp/1', 'people': [[]]}", CSP_EINVALID, "people[0]", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'members': {}}]}",
     CSP_EINVALID, "partnerships[0].members", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'members': [7]}]}",
     CSP_EINVALID, "partnerships[0].members[0]", 0},

    /* ids */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': '-bad', 'name': 'O2', 'kind': 'police'}]}",
     CSP_EINVALID, "organisations[1].id", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': '', 'name': 'O2', 'kind': 'police'}]}",
     CSP_EINVALID, "organisations[0].id", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'has space', 'name': 'O2', 'kind': 'police'}]}",
     CSP_EINVALID, "organisations[0].id", 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 12, 'name': 'O2', 'kind': 'police'}]}",
     CSP_EINVALID, "organisations[0].id", 0},
    {"{'format': 'libcsp/1', 'people': [{'id': "
     "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
     " 'name': 'Long'}]}",
     CSP_EINVALID, "people[0].id", 0},

    /* dangling references */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG "], 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'ghost', 'role': 'chair'}]}]}",
     CSP_EREFERENCE, "partnerships[0].members[0].organisation", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'person': 'ghost', 'role': 'chair'}]}]}",
     CSP_EREFERENCE, "partnerships[0].members[0].person", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'person': 'council', 'role': 'chair'}]}]}",
     CSP_EREFERENCE, "partnerships[0].members[0].person", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'on_behalf_of': 'ghost', 'role': 'chair'}]}]}",
     CSP_EREFERENCE, "partnerships[0].members[0].on_behalf_of", 0},
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'board', 'parent': 'ghost'}]}",
     CSP_EREFERENCE, "partnerships[1].parent", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'accountable_to': 'council'}]}",
     CSP_EREFERENCE, "partnerships[0].accountable_to", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'works_with': ['csp', 'ghost']}]}",
     CSP_EREFERENCE, "partnerships[0].works_with", 1},

    /* ids that exist */
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': 'o2', 'name': 'O2', 'kind': 'police'},"
     " {'id': 'o2', 'name': 'O2', 'kind': 'police'}]}",
     CSP_EEXISTS, "organisations[2]", 1},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ", {'id': 'council', 'name': 'Another Council', 'kind': 'local_authority'}]}",
     CSP_EEXISTS, "organisations[1]", 1},
    {"{'format': 'libcsp/1', 'people': [{'id': 'bob', 'name': 'Bob'}]}", CSP_EEXISTS, "people[0]", 1},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'csp', 'name': 'Community Safety Partnership', 'kind': 'board'}]}",
     CSP_EEXISTS, "partnerships[0]", 1},
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'dup-seat', 'organisation': 'council', 'role': 'chair'}]},"
     " {'id': 'p3', 'name': 'P3', 'kind': 'board',"
     " 'members': [{'id': 'dup-seat', 'organisation': 'council', 'role': 'chair'}]}]}",
     CSP_EEXISTS, "partnerships[2].members[0]", 1},
    /* The same seat, but on another partnership: a different record. */
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'csp-police', 'organisation': 'police', 'person': 'bob', 'role': 'member'}]}]}",
     CSP_EEXISTS, "partnerships[0].members[0]", 1},

    /* constraints */
    {"{'format': 'libcsp/1', 'partnerships': [" NEW_P ", {'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair', 'start_date': '2021-05', 'end_date': '2020-12-31'}]}]}",
     CSP_ECONSTRAINT, "partnerships[1].members[0]", 1},

    /* the format key */
    {"{'organisations': [" NEW_ORG "]}", CSP_EREQUIRED, "format", 0},
    {"{'format': 'libcsp/2', 'organisations': [" NEW_ORG "]}", ANY_ERROR, "format", 0},
    {"{'format': 'popolo', 'organisations': [" NEW_ORG "]}", ANY_ERROR, "format", 0},
    {"{'format': 1}", CSP_EINVALID, "format", 0},
    {"{'format': null}", ANY_ERROR, "format", 0},
    {"{}", CSP_EREQUIRED, "format", 0},
    {"[]", ANY_ERROR, NULL, 0},
    {"'libcsp/1'", ANY_ERROR, NULL, 0},
    {"null", ANY_ERROR, NULL, 0},
    {"42", ANY_ERROR, NULL, 0},

    /* A record with records nested in it is read member by member
     * (walk_record): each member checked as it comes, in document order, the
     * checks of the whole record at its closing brace, and the JSON rules
     * (duplicate keys, commas, colons) kept by libcsp, not jansson. */
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'A', 'name': 'B', 'kind': 'board'}]}",
     CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'members': [],"
     " 'members': []}]}",
     CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',}]}", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id' 'p2', 'name': 'P2', 'kind': 'board'}]}", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2' 'kind': 'board'}]}", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 7: 'P2'}]}", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board'", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'members': [", CSP_EPARSE,
     NULL, 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair'}], 'website': 'x'}]}",
     CSP_EUNKNOWN, "partnerships[0].website", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'chair'}]}]}",
     CSP_EREQUIRED, "partnerships[0]", 1},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'boss'}], 'kind': 'nope'}]}",
     CSP_EENUM, "partnerships[0].members[0].role", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'nope',"
     " 'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'boss'}]}]}",
     CSP_EENUM, "partnerships[0].kind", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2',"
     " 'members': [{'id': 'p2-a', 'organisation': 'ghost', 'role': 'chair'}], 'kind': 'board'}]}",
     CSP_EREFERENCE, "partnerships[0].members[0].organisation", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'members': [{'id': 'p2-a', 'organisation': 'council', 'role': 'boss'}],"
     " 'id': 'p2', 'name': 'P2', 'kind': 'board'}]}",
     CSP_EENUM, "partnerships[0].members[0].role", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'members': [{'id': 'p2-a', 'organisation': 'ghost', 'role': 'chair'}],"
     " 'id': 'p2', 'name': 'P2', 'kind': 'board'}]}",
     CSP_EREFERENCE, "partnerships[0].members[0].organisation", 0},
    {"{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board', 'members': 7}]}",
     CSP_EINVALID, "partnerships[0].members", 0},

    /* JSON-level refusals (duplicate keys, NUL, bad UTF-8, trailing text) */
    {"{'format': 'libcsp/1', 'format': 'libcsp/1'}", ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'A', 'name': 'B', 'kind': 'police'}]}",
     ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'A\\u0000B', 'kind': 'police'}]}",
     ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2\\u0000', 'name': 'A', 'kind': 'police'}]}",
     ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'A\xff\xfe', 'kind': 'police'}]}",
     ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [{'id': 'o2', 'name': 'A\xc3', 'kind': 'police'}]}",
     ANY_ERROR, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG "]} trailing", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG "]}{'format': 'libcsp/1'}", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG ",]}", CSP_EPARSE, NULL, 0},
    {"{'format': 'libcsp/1', 'organisations': [" NEW_ORG "]", CSP_EPARSE, NULL, 0},
    {"", CSP_EPARSE, NULL, 0},
    {"   ", CSP_EPARSE, NULL, 0},
};

#define N_ERROR_CASES ((int)(sizeof error_cases / sizeof error_cases[0]))

START_TEST(test_error_case)
{
    const error_case *c = &error_cases[_i];
    tu_counts cb, ca;
    const csp_error *e;
    int rc;

    t_doc = q(c->doc);
    t_before = tu_export(reg, 0);
    cb = tu_count_all(reg);
    rc = tu_import(reg, t_doc);
    e = csp_error_last();

    if (c->code == ANY_ERROR)
        ck_assert_msg(rc < 0 && rc != CSP_ITEROVER, "case %d: expected an error, got %s\n%s", _i,
                      csp_code_name(rc), t_doc);
    else
        ck_assert_msg(rc == c->code, "case %d: expected %s, got %s: \"%s\" [path \"%s\"]\n%s", _i,
                      csp_code_name(c->code), csp_code_name(rc), e->message, e->path, t_doc);
    ck_assert_int_eq(e->code, rc);
    ck_assert_msg(e->message[0] != '\0', "case %d: empty message", _i);
    if (c->path != NULL) {
        if (c->prefix)
            TU_PATH_PREFIX(c->path);
        else
            TU_PATH(c->path);
    }
    if (rc == CSP_EPARSE) {
        ck_assert_msg(e->line >= 1, "case %d: CSP_EPARSE without a line: %s", _i, e->message);
        ck_assert_msg(e->column >= 1, "case %d: CSP_EPARSE without a column (line %d): %s", _i,
                      e->line, e->message);
    }
    t_after = tu_export(reg, 0);
    TU_SAME_EXPORT(t_before, t_after);
    ca = tu_count_all(reg);
    TU_SAME_COUNTS(cb, ca);
}
END_TEST

START_TEST(test_error_message_names_value)
{
    TU_CODE(import_q(reg, error_cases[0].doc), CSP_EENUM);
    ck_assert_msg(strstr(csp_error_last()->message, "chiar") != NULL, "%s",
                  csp_error_last()->message);
    /* ... and lists the allowed values. */
    ck_assert_msg(strstr(csp_error_last()->message, "vice_chair") != NULL, "%s",
                  csp_error_last()->message);
    TU_CODE(import_q(reg, "{'format': 'libcsp/1', 'partnerships': [{'id': 'p2', 'name': 'P2', 'kind': 'board',"
                          " 'members': [{'id': 'p2-a', 'organisation': 'ghost', 'role': 'chair'}]}]}"),
            CSP_EREFERENCE);
    ck_assert_msg(strstr(csp_error_last()->message, "ghost") != NULL, "%s",
                  csp_error_last()->message);
}
END_TEST

/* NUL bytes in the text itself (not escaped) are refused too. */
START_TEST(test_raw_nul_byte)
{
    static const char doc[] = "{\"format\": \"libcsp/1\", \"people\": [{\"id\": \"x\", \"name\": \"A\0B\"}]}";
    char *before = tu_export(reg, 0), *after;
    int rc = csp_json_import(reg, doc, sizeof doc - 1, NULL);
    ck_assert_msg(rc < 0, "a raw NUL byte was accepted: %s", csp_code_name(rc));
    ck_assert_str_ne(csp_error_last()->message, "");
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(before);
    csp_free(after);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Syntax errors: line and column                                       */
/* ------------------------------------------------------------------ */

START_TEST(test_syntax_line_column)
{
    const char *doc = "{\n"
                      "  \"format\": \"libcsp/1\",\n"
                      "  \"organisations\": [ , ]\n"
                      "}\n";
    const csp_error *e;
    TU_CODE(tu_import(reg, doc), CSP_EPARSE);
    e = csp_error_last();
    ck_assert_int_eq(e->line, 3);
    ck_assert_msg(e->column >= 20 && e->column <= 22, "column %d, expected about 21", e->column);
    ck_assert_str_ne(e->message, "");
}
END_TEST

START_TEST(test_syntax_line_one)
{
    const char *doc = "{\"format\" \"libcsp/1\"}";
    const csp_error *e;
    TU_CODE(tu_import(reg, doc), CSP_EPARSE);
    e = csp_error_last();
    ck_assert_int_eq(e->line, 1);
    ck_assert_msg(e->column >= 10 && e->column <= 21, "column %d", e->column);
}
END_TEST

START_TEST(test_syntax_unterminated_string)
{
    const char *doc = "{\"format\": \"libcsp/1\",\n\"people\": [{\"id\": \"x\n\"}]}";
    TU_CODE(tu_import(reg, doc), CSP_EPARSE);
    ck_assert_int_ge(csp_error_last()->line, 2);
}
END_TEST

START_TEST(test_syntax_error_after_valid_records)
{
    /* Many good records, then a syntax error at the end: nothing is imported. */
    const char *doc = "{\"format\": \"libcsp/1\", \"organisations\": ["
                      "{\"id\": \"a1\", \"name\": \"A\", \"kind\": \"police\"},"
                      "{\"id\": \"a2\", \"name\": \"A\", \"kind\": \"police\"}], \"people\": [}";
    ck_assert_uint_eq(tu_organisation_count(reg), 2);
    TU_CODE(tu_import(reg, doc), CSP_EPARSE);
    ck_assert_uint_eq(tu_organisation_count(reg), 2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Successful imports                                                   */
/* ------------------------------------------------------------------ */

START_TEST(test_base_imported)
{
    csp_partnership *p = NULL;
    csp_membership *m = NULL;
    csp_person *pe = NULL;
    ck_assert_uint_eq(tu_organisation_count(reg), 2);
    ck_assert_uint_eq(tu_person_count(reg), 2);
    ck_assert_uint_eq(tu_partnership_count(reg), 2);
    ck_assert_uint_eq(tu_membership_count(reg), 2);
    TU_OK(csp_partnership_get(&p, reg, "csp"));
    TU_STR_EQ(csp_partnership_short_name(p), "CSP");
    TU_STR_EQ(csp_partnership_area_code(p), "E09000009");
    TU_STR_EQ(csp_partnership_formed_on(p), "2002-01");
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 2);
    TU_STR_EQ(csp_partnership_former_names(p, 0), "Old Name");
    TU_STR_EQ(csp_partnership_former_names(p, 1), "Older Name");
    ck_assert_int_eq(csp_partnership_meetings_per_year(p), 4);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(p), 120);
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(p), 1);
    csp_partnership_free(p);
    TU_OK(csp_partnership_get(&p, reg, "sog"));
    TU_STR_EQ(csp_partnership_parent(p), "csp");
    TU_STR_EQ(csp_partnership_accountable_to(p), "csp");
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 1);
    csp_partnership_free(p);
    TU_OK(csp_membership_get(&m, reg, "csp-chair"));
    TU_STR_EQ(csp_membership_partnership(m), "csp");
    TU_STR_EQ(csp_membership_organisation(m), "council");
    TU_STR_EQ(csp_membership_person(m), "alice");
    TU_STR_EQ(csp_membership_role(m), "chair");
    TU_STR_EQ(csp_membership_post(m), "cabinet member");
    TU_STR_EQ(csp_membership_start_date(m), "2020");
    TU_STR_EQ(csp_membership_end_date(m), "2023-03-31");
    csp_membership_free(m);
    TU_OK(csp_person_get(&pe, reg, "bob"));
    ck_assert_int_eq(csp_person_private(pe), 1);
    csp_person_free(pe);
}
END_TEST

START_TEST(test_empty_document)
{
    char *before = tu_export(reg, 0), *after;
    TU_OK(import_q(reg, "{'format': 'libcsp/1'}"));
    TU_OK(import_q(reg, "{'format': 'libcsp/1', 'organisations': [], 'people': [], 'partnerships': []}"));
    TU_OK(import_q(reg, "{'format': 'libcsp/1', 'partnerships': [{'id': 'empty-members', 'name': 'E', 'kind': 'board', 'members': []}]}"));
    after = tu_export(reg, 0);
    ck_assert_str_ne(before, after);
    ck_assert_uint_eq(tu_partnership_count(reg), 3);
    csp_free(before);
    csp_free(after);
}
END_TEST

START_TEST(test_roundtrip)
{
    csp_register *b = tu_open_mem(), *c = tu_open_mem();
    char *ea = tu_export(reg, 0), *eb, *ia = tu_export(reg, CSP_EXPORT_INDENT), *ec;
    TU_OK(tu_import(b, ea));
    eb = tu_export(b, 0);
    TU_SAME_EXPORT(ea, eb);
    /* The indented form imports to the same register. */
    TU_OK(tu_import(c, ia));
    ec = tu_export(c, 0);
    TU_SAME_EXPORT(ea, ec);
    csp_free(ea);
    csp_free(eb);
    csp_free(ec);
    csp_free(ia);
    csp_register_close(b);
    csp_register_close(c);
}
END_TEST

START_TEST(test_export_default_options)
{
    char *a = NULL, *b;
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    TU_OK(csp_json_export(&a, reg, NULL));
    b = tu_export(reg, opts.flags);
    TU_SAME_EXPORT(a, b);
    ck_assert(opts.flags & CSP_EXPORT_INDENT);
    csp_free(a);
    csp_free(b);
    /* Compact is shorter than indented, and both start with the format. */
    a = tu_export(reg, 0);
    b = tu_export(reg, CSP_EXPORT_INDENT);
    ck_assert_uint_lt(strlen(a), strlen(b));
    ck_assert_ptr_nonnull(strstr(a, "\"libcsp/1\""));
    ck_assert_ptr_nonnull(strstr(b, "\"libcsp/1\""));
    ck_assert(strstr(a, "\"format\"") < strstr(a, "\"organisations\""));
    ck_assert(strstr(a, "\"organisations\"") < strstr(a, "\"people\""));
    ck_assert(strstr(a, "\"people\"") < strstr(a, "\"partnerships\""));
    csp_free(a);
    csp_free(b);
}
END_TEST

START_TEST(test_same_document_twice)
{
    char *before = tu_export(reg, 0), *after;
    TU_OK(import_q(reg, BASE));
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(after);
    /* Its own export, too. */
    TU_OK(tu_import(reg, before));
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(after);
    csp_free(before);
}
END_TEST

START_TEST(test_identical_with_explicit_defaults)
{
    /* false booleans written out are the same record as false booleans left out. */
    char *before = tu_export(reg, 0), *after;
    TU_OK(import_q(reg, "{'format': 'libcsp/1',"
                        " 'organisations': [{'id': 'police', 'name': 'Police', 'kind': 'police',"
                        "   'responsible_authority': false, 'serious_violence_duty_holder': false,"
                        "   'cooperating_body': false}],"
                        " 'people': [{'id': 'alice', 'name': 'Alice', 'honorific': 'Councillor', 'private': false}]}"));
    after = tu_export(reg, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(before);
    csp_free(after);
}
END_TEST

START_TEST(test_shared_organisation)
{
    /* Two files that both carry the same police force, identically. */
    csp_register *r = tu_open_mem();
    const char *a = "{'format': 'libcsp/1', 'organisations': ["
                    " {'id': 'met-police', 'name': 'Metropolitan Police Service', 'kind': 'police', 'area': 'London',"
                    "  'responsible_authority': true}],"
                    " 'partnerships': [{'id': 'pa', 'name': 'A', 'kind': 'community_safety_partnership',"
                    "  'members': [{'id': 'pa-police', 'organisation': 'met-police', 'role': 'member'}]}]}";
    const char *b = "{'format': 'libcsp/1', 'organisations': ["
                    " {'id': 'met-police', 'name': 'Metropolitan Police Service', 'kind': 'police', 'area': 'London',"
                    "  'responsible_authority': true}],"
                    " 'partnerships': [{'id': 'pb', 'name': 'B', 'kind': 'community_safety_partnership',"
                    "  'members': [{'id': 'pb-police', 'organisation': 'met-police', 'role': 'member'}]}]}";
    TU_OK(import_q(r, a));
    TU_OK(import_q(r, b));
    ck_assert_uint_eq(tu_organisation_count(r), 1);
    ck_assert_uint_eq(tu_partnership_count(r), 2);
    ck_assert_uint_eq(tu_membership_count(r), 2);
    csp_register_close(r);
}
END_TEST

START_TEST(test_forward_references)
{
    csp_register *r = tu_open_mem();
    csp_partnership *p = NULL;
    csp_membership *m = NULL;
    /* partnerships before organisations and people; parents after children. */
    const char *doc = "{'format': 'libcsp/1',"
                      " 'partnerships': ["
                      "  {'id': 'child', 'name': 'Child', 'kind': 'task_group', 'parent': 'zz-parent',"
                      "   'accountable_to': 'zz-parent', 'works_with': ['zz-friend', 'zz-parent'],"
                      "   'members': [{'id': 'child-seat', 'organisation': 'zz-org', 'person': 'zz-person',"
                      "                'on_behalf_of': 'zz-org2', 'role': 'champion'}]},"
                      "  {'id': 'zz-parent', 'name': 'Parent', 'kind': 'community_safety_partnership'},"
                      "  {'id': 'zz-friend', 'name': 'Friend', 'kind': 'local_strategic_partnership', 'works_with': ['child']}],"
                      " 'people': [{'id': 'zz-person', 'name': 'P'}],"
                      " 'organisations': [{'id': 'zz-org', 'name': 'O', 'kind': 'health'},"
                      "                   {'id': 'zz-org2', 'name': 'O2', 'kind': 'health'}]}";
    TU_OK(import_q(r, doc));
    TU_OK(csp_partnership_get(&p, r, "child"));
    TU_STR_EQ(csp_partnership_parent(p), "zz-parent");
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 2);
    TU_STR_EQ(csp_partnership_works_with(p, 0), "zz-friend");
    TU_STR_EQ(csp_partnership_works_with(p, 1), "zz-parent");
    csp_partnership_free(p);
    TU_OK(csp_membership_get(&m, r, "child-seat"));
    TU_STR_EQ(csp_membership_on_behalf_of(m), "zz-org2");
    csp_membership_free(m);
    {
        /* And it round-trips. */
        csp_register *r2 = tu_open_mem();
        char *e1 = tu_export(r, 0), *e2;
        TU_OK(tu_import(r2, e1));
        e2 = tu_export(r2, 0);
        TU_SAME_EXPORT(e1, e2);
        csp_free(e1);
        csp_free(e2);
        csp_register_close(r2);
    }
    csp_register_close(r);
}
END_TEST

START_TEST(test_references_into_register)
{
    TU_OK(import_q(reg, "{'format': 'libcsp/1', 'partnerships': [{'id': 'task', 'name': 'Task', 'kind': 'task_group',"
                        " 'parent': 'sog', 'works_with': ['csp'],"
                        " 'members': [{'id': 'task-lead', 'organisation': 'police', 'person': 'alice', 'role': 'chair'}]}]}"));
    ck_assert_uint_eq(tu_membership_count(reg), 3);
}
END_TEST

START_TEST(test_self_reference_in_document)
{
    /* works_with naming a partnership of the same document, in both directions. */
    TU_OK(import_q(reg, "{'format': 'libcsp/1', 'partnerships': ["
                        " {'id': 'x1', 'name': 'X1', 'kind': 'board', 'works_with': ['x2']},"
                        " {'id': 'x2', 'name': 'X2', 'kind': 'board', 'works_with': ['x1']}]}"));
    ck_assert_uint_eq(tu_partnership_count(reg), 4);
}
END_TEST

START_TEST(test_not_nul_terminated)
{
    csp_register *r = tu_open_mem();
    char *doc = q("{'format': 'libcsp/1', 'people': [{'id': 'p', 'name': 'P'}]}");
    size_t n = strlen(doc);
    char *buf = malloc(n + 16);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, doc, n);
    memcpy(buf + n, "garbage}}}]]]\"", 15); /* no NUL in reach of len */
    TU_OK(csp_json_import(r, buf, n, NULL));
    ck_assert_uint_eq(tu_person_count(r), 1);
    /* A length that cuts the document short is a syntax error. */
    TU_CODE(csp_json_import(r, buf, n - 3, NULL), CSP_EPARSE);
    free(buf);
    free(doc);
    csp_register_close(r);
}
END_TEST

START_TEST(test_unicode_roundtrip)
{
    csp_register *r = tu_open_mem(), *r2 = tu_open_mem();
    csp_organisation *o = NULL;
    char *e1, *e2;
    /* Escapes, non-ASCII text, astral characters, quotes and backslashes. */
    const char *doc = "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": \"u\","
                      " \"name\": \"Caf\\u00e9 \xe2\x80\x94 \\ud83c\\udfe0 \\\"q\\\" back\\\\slash\\u00a0nbsp\","
                      " \"kind\": \"community\"}]}";
    TU_OK(tu_import(r, doc));
    TU_OK(csp_organisation_get(&o, r, "u"));
    TU_STR_EQ(csp_organisation_name(o),
              "Caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x8f\xa0 \"q\" back\\slash\xc2\xa0nbsp");
    csp_organisation_free(o);
    e1 = tu_export(r, 0);
    TU_OK(tu_import(r2, e1));
    e2 = tu_export(r2, 0);
    TU_SAME_EXPORT(e1, e2);
    csp_free(e1);
    csp_free(e2);
    csp_register_close(r);
    csp_register_close(r2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Export                                                               */
/* ------------------------------------------------------------------ */

/* Asserts that the needles occur in text in the order given. */
static void assert_in_order(const char *text, const char *const *needles)
{
    const char *at = text;
    size_t i;
    for (i = 0; needles[i] != NULL; i++) {
        const char *f = strstr(at, needles[i]);
        ck_assert_msg(f != NULL, "\"%s\" not found after \"%s\" in:\n%s", needles[i],
                      i ? needles[i - 1] : "(start)", text);
        at = f + strlen(needles[i]);
    }
}

START_TEST(test_lists_keep_order)
{
    /* Records are sorted by id; the items of a list keep the order given. */
    csp_register *r = tu_open_mem(), *r2 = tu_open_mem();
    char *e, *e2;
    static const char *const order[] = {
        "\"works_with\"", "\"zeta\"", "\"alpha\"", "\"mid\"", "\"former_names\"", "\"Zed\"", "\"Aye\"", NULL,
    };
    TU_OK(import_q(r, "{'format': 'libcsp/1', 'partnerships': ["
                      " {'id': 'alpha', 'name': 'A', 'kind': 'board'},"
                      " {'id': 'main', 'name': 'Main', 'kind': 'board', 'works_with': ['zeta', 'alpha', 'mid'],"
                      "  'former_names': ['Zed', 'Aye']},"
                      " {'id': 'mid', 'name': 'M', 'kind': 'board'},"
                      " {'id': 'zeta', 'name': 'Z', 'kind': 'board'}]}"));
    e = tu_export(r, 0);
    assert_in_order(strstr(e, "\"main\""), order);
    TU_OK(tu_import(r2, e));
    e2 = tu_export(r2, 0);
    TU_SAME_EXPORT(e, e2);
    csp_free(e);
    csp_free(e2);
    csp_register_close(r);
    csp_register_close(r2);
}
END_TEST

START_TEST(test_ids_per_kind)
{
    /* Ids are unique per entity kind: one id may name an organisation, a person and a partnership. */
    csp_register *r = tu_open_mem();
    TU_OK(import_q(r, "{'format': 'libcsp/1',"
                      " 'organisations': [{'id': 'same', 'name': 'O', 'kind': 'other'}],"
                      " 'people': [{'id': 'same', 'name': 'P'}],"
                      " 'partnerships': [{'id': 'same', 'name': 'S', 'kind': 'board',"
                      "   'members': [{'id': 'same', 'organisation': 'same', 'person': 'same', 'role': 'member'}]}]}"));
    ck_assert_uint_eq(tu_organisation_count(r), 1);
    ck_assert_uint_eq(tu_person_count(r), 1);
    ck_assert_uint_eq(tu_partnership_count(r), 1);
    ck_assert_uint_eq(tu_membership_count(r), 1);
    csp_register_close(r);
}
END_TEST

START_TEST(test_export_sorted)
{
    csp_register *a = tu_open_mem(), *b = tu_open_mem();
    char *ea, *eb;
    const char *fwd = "{'format': 'libcsp/1', 'organisations': ["
                      " {'id': 'a-org', 'name': 'A', 'kind': 'police'},"
                      " {'id': 'b-org', 'name': 'B', 'kind': 'police'},"
                      " {'id': 'c-org', 'name': 'C', 'kind': 'police'}],"
                      " 'people': [{'id': 'p1', 'name': 'P1'}, {'id': 'p2', 'name': 'P2'}],"
                      " 'partnerships': ["
                      "  {'id': 'a-p', 'name': 'A', 'kind': 'board', 'members': ["
                      "    {'id': 'a-p-1', 'organisation': 'a-org', 'role': 'chair'},"
                      "    {'id': 'a-p-2', 'organisation': 'b-org', 'role': 'member'},"
                      "    {'id': 'a-p-3', 'organisation': 'c-org', 'role': 'member'}]},"
                      "  {'id': 'b-p', 'name': 'B', 'kind': 'board'}]}";
    const char *rev = "{'format': 'libcsp/1',"
                      " 'partnerships': ["
                      "  {'id': 'b-p', 'name': 'B', 'kind': 'board'},"
                      "  {'id': 'a-p', 'name': 'A', 'kind': 'board', 'members': ["
                      "    {'id': 'a-p-3', 'organisation': 'c-org', 'role': 'member'},"
                      "    {'id': 'a-p-1', 'organisation': 'a-org', 'role': 'chair'},"
                      "    {'id': 'a-p-2', 'organisation': 'b-org', 'role': 'member'}]}],"
                      " 'people': [{'id': 'p2', 'name': 'P2'}, {'id': 'p1', 'name': 'P1'}],"
                      " 'organisations': ["
                      " {'id': 'c-org', 'name': 'C', 'kind': 'police'},"
                      " {'id': 'b-org', 'name': 'B', 'kind': 'police'},"
                      " {'id': 'a-org', 'name': 'A', 'kind': 'police'}]}";
    static const char *const order[] = {
        "\"a-org\"", "\"b-org\"", "\"c-org\"", "\"p1\"", "\"p2\"", "\"a-p\"",
        "\"a-p-1\"", "\"a-p-2\"", "\"a-p-3\"", "\"b-p\"", NULL,
    };
    TU_OK(import_q(a, fwd));
    TU_OK(import_q(b, rev));
    ea = tu_export(a, 0);
    eb = tu_export(b, 0);
    TU_SAME_EXPORT(ea, eb);
    assert_in_order(ea, order);
    csp_free(ea);
    csp_free(eb);
    ea = tu_export(a, CSP_EXPORT_INDENT);
    eb = tu_export(b, CSP_EXPORT_INDENT);
    TU_SAME_EXPORT(ea, eb);
    assert_in_order(ea, order);
    csp_free(ea);
    csp_free(eb);
    csp_register_close(a);
    csp_register_close(b);
}
END_TEST

START_TEST(test_export_deterministic)
{
    char *a = tu_export(reg, CSP_EXPORT_INDENT), *b = tu_export(reg, CSP_EXPORT_INDENT);
    TU_SAME_EXPORT(a, b);
    csp_free(a);
    csp_free(b);
}
END_TEST

START_TEST(test_export_key_order)
{
    char *e = tu_export(reg, 0);
    static const char *const org[] = {
        "\"id\"", "\"council\"", "\"name\"", "\"kind\"", "\"area\"", "\"responsible_authority\"",
        "\"serious_violence_duty_holder\"", NULL,
    };
    static const char *const part[] = {
        "\"id\"", "\"csp\"", "\"name\"", "\"short_name\"", "\"kind\"", "\"area\"", "\"area_code\"",
        "\"formed_on\"", "\"former_names\"", "\"meetings_per_year\"", "\"minutes_per_meeting\"",
        "\"ad_hoc_meetings\"", "\"members\"", "\"csp-chair\"", "\"organisation\"", "\"person\"",
        "\"role\"", "\"post\"", "\"start_date\"", "\"end_date\"", NULL,
    };
    static const char *const sog[] = {
        "\"sog\"", "\"name\"", "\"kind\"", "\"parent\"", "\"accountable_to\"", "\"works_with\"", NULL,
    };
    assert_in_order(strstr(e, "\"organisations\""), org);
    assert_in_order(strstr(e, "\"partnerships\""), part);
    assert_in_order(strstr(e, "\"partnerships\""), sog);
    csp_free(e);
}
END_TEST

/* What the export wrote when it built a jansson object of each record and
 * dumped it (before it wrote its text itself): the same document, rebuilt
 * from the parsed export the old way. */
static char *as_jansson_dumped(const char *text, int indent)
{
    json_error_t err;
    json_t *doc = json_loads(text, JSON_REJECT_DUPLICATES, &err);
    ck_assert_msg(doc != NULL, "%s", err.text);
    csp__buf b = {0};
    csp__buf_puts(&b, indent ? "{\n  \"format\": \"" : "{\"format\":\"");
    csp__buf_puts(&b, json_string_value(json_object_get(doc, "format")));
    csp__buf_puts(&b, "\"");
    const char *key;
    json_t *arr;
    json_object_foreach(doc, key, arr) { /* jansson keeps the order of the keys */
        if (strcmp(key, "format") == 0)
            continue;
        csp__buf_printf(&b, indent ? ",\n  \"%s\": [" : ",\n\"%s\":[", key);
        size_t k;
        json_t *rec;
        json_array_foreach(arr, k, rec) {
            char *one = json_dumps(rec, indent ? JSON_INDENT(2) : JSON_COMPACT);
            ck_assert_ptr_nonnull(one);
            csp__buf_puts(&b, k ? ",\n" : "\n");
            for (const char *line = one; *line;) {
                size_t n = strcspn(line, "\n");
                n += line[n] == '\n';
                if (indent)
                    csp__buf_add(&b, "    ", 4);
                csp__buf_add(&b, line, n);
                line += n;
            }
            free(one);
        }
        csp__buf_puts(&b, indent ? "\n  ]" : "]");
    }
    csp__buf_puts(&b, indent ? "\n}\n" : "}\n");
    json_decref(doc);
    ck_assert(!b.failed);
    return b.p;
}

START_TEST(test_export_as_jansson_dumped)
{
    /* Text with every kind of character the model lets through: quotes,
     * backslashes, a slash, line breaks and tabs (multiline fields),
     * non-ASCII and astral characters, the line separator; nested records,
     * lists, numbers and flags, public and full, compact and indented. */
    static const char *const more =
        "{\"format\": \"libcsp/1\","
        " \"organisations\": [{\"id\": \"odd\", \"name\": \"\\\"Quoted\\\" back\\\\slash / sl\\u00e9sh \\u2028 "
        "\\ud83c\\udfe0 \\u00a0end\", \"kind\": \"community\"}],"
        " \"strategies\": [{\"id\": \"plan\", \"partnership\": \"csp\", \"title\": \"Plan \\\"A\\\"\","
        "  \"kind\": \"partnership_plan\", \"status\": \"agreed\", \"start_date\": \"2020\","
        "  \"vision\": \"Line one\\nline\\ttwo \\\\ \\\"three\\\"\\n\\n\\tend\","
        "  \"note\": \"A note\\nover lines\"}]}";
    TU_OK(tu_import(reg, more));
    static const unsigned flags[] = {0, CSP_EXPORT_INDENT, CSP_EXPORT_PUBLIC, CSP_EXPORT_PUBLIC | CSP_EXPORT_INDENT};
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
        char *e = tu_export(reg, flags[i]);
        char *want = as_jansson_dumped(e, (flags[i] & CSP_EXPORT_INDENT) != 0);
        ck_assert_str_eq(e, want);
        ck_assert_ptr_nonnull(strstr(e, "\\\"Quoted\\\" back\\\\slash / sl\xc3\xa9sh \xe2\x80\xa8 \xf0\x9f\x8f\xa0"));
        ck_assert_ptr_nonnull(strstr(e, "Line one\\nline\\ttwo"));
        free(want);
        csp_free(e);
    }
}
END_TEST

/* Strings escaped as jansson escapes them, every ASCII character among them. */
START_TEST(test_json_string_as_jansson)
{
    char s[160];
    size_t n = 0;
    for (int c = 1; c < 128; c++)
        s[n++] = (char)c;
    memcpy(s + n, "\xc3\xa9\xe2\x80\xa8\xf0\x9f\x8f\xa0", 10); /* with the NUL */
    json_t *v = json_string(s);
    ck_assert_ptr_nonnull(v);
    char *want = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    csp__buf b = {0};
    ck_assert_int_eq(csp__buf_json_string(&b, s), 0);
    ck_assert_str_eq(b.p, want);
    free(want);
    json_decref(v);
    csp__buf_free(&b);
    ck_assert_int_eq(csp__buf_json_string(&b, "bad \xc3("), -1);
    csp__buf_free(&b);
}
END_TEST

START_TEST(test_export_leaves_out_defaults)
{
    csp_register *r = tu_open_mem();
    char *e;
    tu_put_org(r, "bare", "police");
    tu_put_person(r, "plain", 0);
    tu_put_partnership(r, "simple", "board", NULL);
    e = tu_export(r, 0);
    ck_assert_msg(strstr(e, "responsible_authority") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "serious_violence_duty_holder") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "cooperating_body") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "\"private\"") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "ad_hoc_meetings") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "\"area\"") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "honorific") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "works_with") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "former_names") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "meetings_per_year") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "null") == NULL, "%s", e);
    ck_assert_msg(strstr(e, "false") == NULL, "%s", e);
    csp_free(e);
    csp_register_close(r);
}
END_TEST

START_TEST(test_export_public)
{
    char *full = tu_export(reg, CSP_EXPORT_INDENT);
    char *pub = tu_export(reg, CSP_EXPORT_PUBLIC | CSP_EXPORT_INDENT);
    char *pub2;
    csp_register *r = tu_open_mem();
    csp_membership *m = NULL;

    ck_assert_ptr_nonnull(strstr(full, "\"bob\""));
    ck_assert_ptr_nonnull(strstr(full, "\"Bob\""));
    ck_assert_ptr_nonnull(strstr(full, "\"private\""));
    ck_assert_msg(strstr(pub, "\"bob\"") == NULL, "private person's id in public export:\n%s", pub);
    ck_assert_msg(strstr(pub, "Bob") == NULL, "private person's name in public export:\n%s", pub);
    ck_assert_msg(strstr(pub, "\"private\"") == NULL, "%s", pub);
    ck_assert_ptr_nonnull(strstr(pub, "\"alice\""));
    ck_assert_ptr_nonnull(strstr(pub, "\"csp-police\"")); /* the seat stays */
    ck_assert_ptr_nonnull(strstr(pub, "\"csp-chair\""));

    /* The public export is a valid document on its own. */
    TU_OK(tu_import(r, pub));
    ck_assert_uint_eq(tu_person_count(r), 1);
    ck_assert_uint_eq(tu_membership_count(r), 2);
    TU_OK(csp_membership_get(&m, r, "csp-police"));
    TU_STR_EQ(csp_membership_person(m), NULL);
    TU_STR_EQ(csp_membership_organisation(m), "police");
    csp_membership_free(m);
    TU_OK(csp_membership_get(&m, r, "csp-chair"));
    TU_STR_EQ(csp_membership_person(m), "alice");
    csp_membership_free(m);
    pub2 = tu_export(r, CSP_EXPORT_INDENT);
    TU_SAME_EXPORT(pub, pub2);

    /* The register itself still holds bob. */
    ck_assert_uint_eq(tu_person_count(reg), 2);
    csp_free(full);
    csp_free(pub);
    csp_free(pub2);
    csp_register_close(r);
}
END_TEST

START_TEST(test_export_empty_register)
{
    csp_register *r = tu_open_mem(), *r2 = tu_open_mem();
    char *e = tu_export(r, 0), *e2;
    ck_assert_ptr_nonnull(strstr(e, "\"format\""));
    ck_assert_ptr_nonnull(strstr(e, "\"libcsp/1\""));
    TU_OK(tu_import(r2, e));
    e2 = tu_export(r2, 0);
    TU_SAME_EXPORT(e, e2);
    csp_free(e);
    csp_free(e2);
    csp_register_close(r);
    csp_register_close(r2);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Files                                                                */
/* ------------------------------------------------------------------ */

#define DATA_DIR CSP_SOURCE_DIR "/tests/data"

START_TEST(test_import_file_fixtures)
{
    csp_register *r = tu_open_mem();
    char *before, *after;
    TU_OK(csp_json_import_file(r, DATA_DIR "/good-small.json", NULL));
    ck_assert_uint_eq(tu_partnership_count(r), 2);
    ck_assert_uint_eq(tu_membership_count(r), 3);
    before = tu_export(r, 0);

    TU_CODE(csp_json_import_file(r, DATA_DIR "/bad-role.json", NULL), CSP_EENUM);
    TU_PATH("partnerships[0].members[1].role");
    TU_CODE(csp_json_import_file(r, DATA_DIR "/bad-reference.json", NULL), CSP_EREFERENCE);
    TU_PATH("partnerships[1].parent");
    TU_CODE(csp_json_import_file(r, DATA_DIR "/bad-syntax.json", NULL), CSP_EPARSE);
    ck_assert_int_eq(csp_error_last()->line, 6);
    ck_assert_int_ge(csp_error_last()->column, 1);
    TU_CODE(csp_json_import_file(r, DATA_DIR "/bad-unknown-field.json", NULL), CSP_EUNKNOWN);
    TU_PATH("organisations[0].website");
    ck_assert_int_lt(csp_json_import_file(r, DATA_DIR "/bad-duplicate-key.json", NULL), 0);
    ck_assert_str_ne(csp_error_last()->message, "");
    TU_CODE(csp_json_import_file(r, DATA_DIR "/no-such-file.json", NULL), CSP_EIO);
    TU_CODE(csp_json_import_file(r, DATA_DIR, NULL), CSP_EIO); /* a directory */

    after = tu_export(r, 0);
    TU_SAME_EXPORT(before, after);
    csp_free(before);
    csp_free(after);
    csp_register_close(r);
}
END_TEST

START_TEST(test_export_file)
{
    char dir[256], path[512];
    char *text, *mem;
    size_t len = 0, mlen;
    csp_register *r = tu_open_mem();
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "out.json");
    TU_OK(csp_json_export_file(reg, path, NULL));
    text = tu_read_file(path, &len);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_gt(len, 0);
    ck_assert_int_eq(text[len - 1], '\n');
    TU_OK(csp_json_export(&mem, reg, NULL));
    mlen = strlen(mem);
    /* The file is the export, ending in a newline. */
    ck_assert_msg((len == mlen && memcmp(text, mem, len) == 0) ||
                      (len == mlen + 1 && memcmp(text, mem, mlen) == 0),
                  "file and csp_json_export differ:\n%s\n---\n%s", text, mem);
    free(text);
    csp_free(mem);

    /* Replaced if it exists. */
    opts.flags = CSP_EXPORT_PUBLIC;
    TU_OK(csp_json_export_file(reg, path, &opts));
    text = tu_read_file(path, &len);
    ck_assert_ptr_null(strstr(text, "\"bob\""));
    free(text);

    /* And imports back. */
    opts.flags = 0;
    TU_OK(csp_json_export_file(reg, path, &opts));
    TU_OK(csp_json_import_file(r, path, NULL));
    {
        char *a = tu_export(reg, 0), *b = tu_export(r, 0);
        TU_SAME_EXPORT(a, b);
        csp_free(a);
        csp_free(b);
    }

    /* A directory that does not exist. */
    tu_join_path(path, sizeof path, dir, "missing/out.json");
    TU_CODE(csp_json_export_file(reg, path, NULL), CSP_EIO);
    csp_register_close(r);
    tu_rmtree(dir);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Streaming: a document larger than the import's window               */
/* ------------------------------------------------------------------ */

/* The streaming tests read through a 64 KiB window (1 MiB in use), so that a
 * document of BIG_N records crosses it several times and the tests stay quick
 * under valgrind. */
#define BIG_WINDOW ((size_t)64 << 10)
#define BIG_N 1600

/* A document of n organisations, one per line, and a partnership whose
 * members (one object larger than the window holds at first) name
 * them. Lines: 1 "{", 2 "format", 3 "organisations": [, organisation i on
 * line 4 + i, then "]," and the partnership on one line. Returns a malloc'd
 * text. */
static char *big_doc(size_t n, size_t *len)
{
    csp__json_window = BIG_WINDOW;
    size_t cap = n * 200 + 4096, used = 0;
    char *b = malloc(cap);
    ck_assert_ptr_nonnull(b);
#define ADD(...) (used += (size_t)snprintf(b + used, cap - used, __VA_ARGS__))
    ADD("{\n\"format\": \"libcsp/1\",\n\"organisations\": [\n");
    for (size_t i = 0; i < n; i++)
        ADD("{\"id\": \"org-%zu\", \"name\": \"Organisation number %zu\", \"kind\": \"other\"}%s\n", i, i,
            i + 1 < n ? "," : "");
    ADD("],\n\"partnerships\": [{\"id\": \"big\", \"name\": \"Big\", \"kind\": \"board\", \"members\": [");
    for (size_t i = 0; i < n; i++)
        ADD("%s{\"id\": \"seat-%zu\", \"organisation\": \"org-%zu\", \"role\": \"member\"}", i ? ", " : "", i, i);
    ADD("]}]\n}\n");
#undef ADD
    ck_assert_uint_lt(used, cap);
    *len = used;
    return b;
}

START_TEST(test_stream_a_file_larger_than_the_window)
{
    char dir[256], path[512];
    size_t len = 0;
    char *doc = big_doc(BIG_N, &len);
    ck_assert_uint_gt(len, 2 * csp__json_window);
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "big.json");
    tu_write_file(path, doc, len);
    csp_register *a = tu_open_mem(), *b = tu_open_mem();
    TU_OK(csp_json_import_file(a, path, NULL));
    TU_OK(csp_json_import(b, doc, len, NULL));
    ck_assert_uint_eq(tu_count(a, CSP_ENTITY_MEMBERSHIP, NULL), BIG_N);
    ck_assert_uint_eq(tu_count(a, CSP_ENTITY_ORGANISATION, NULL), BIG_N);
    char *ea = tu_export(a, 0), *eb = tu_export(b, 0);
    TU_SAME_EXPORT(ea, eb);
    csp_free(ea);
    csp_free(eb);
    /* Again: every record is identical to one already there, and accepted. */
    TU_OK(csp_json_import_file(a, path, NULL));
    ck_assert_uint_eq(tu_count(a, CSP_ENTITY_MEMBERSHIP, NULL), BIG_N);
    csp_register_close(a);
    csp_register_close(b);
    free(doc);
    tu_rmtree(dir);
}
END_TEST

/* Imports text from a file and from memory into registers holding one
 * organisation: both fail with `code` at the same place, and leave the
 * registers as they were. */
static void stream_fails(const char *text, size_t len, int code, int line, int column_lo, int column_hi,
                         const char *says)
{
    char dir[256], path[512];
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "doc.json");
    tu_write_file(path, text, len);
    for (int from_file = 0; from_file < 2; from_file++) {
        csp_register *r = tu_open_mem();
        tu_put_org(r, "kept", "other");
        char *before = tu_export(r, 0);
        int rc = from_file ? csp_json_import_file(r, path, NULL) : csp_json_import(r, text, len, NULL);
        const csp_error *e = csp_error_last();
        ck_assert_msg(rc == code, "%s: expected %s, got %s: %s", from_file ? "file" : "memory", csp_code_name(code),
                      csp_code_name(rc), e->message);
        ck_assert_msg(strstr(e->message, says) != NULL, "%s", e->message);
        if (line > 0) {
            ck_assert_msg(e->line == line, "%s: line %d, expected %d: %s", from_file ? "file" : "memory", e->line,
                          line, e->message);
            ck_assert_msg(e->column >= column_lo && e->column <= column_hi, "column %d, expected %d to %d: %s",
                          e->column, column_lo, column_hi, e->message);
        }
        char *after = tu_export(r, 0);
        TU_SAME_EXPORT(before, after);
        csp_free(before);
        csp_free(after);
        csp_register_close(r);
    }
    tu_rmtree(dir);
}

START_TEST(test_stream_errors_far_into_a_document)
{
    size_t len = 0;
    char *doc = big_doc(BIG_N, &len);
    /* Organisation 1200 is on line 1204, well past the first window. */
    char *at = strstr(doc, "{\"id\": \"org-1200\"");
    ck_assert_ptr_nonnull(at);
    char *copy = malloc(len + 1);
    ck_assert_ptr_nonnull(copy);

    /* The comma after it gone wrong: the walk's own error, at that byte. */
    memcpy(copy, doc, len + 1);
    char *comma = strchr(copy + (at - doc), '\n') - 1;
    ck_assert_int_eq(*comma, ',');
    *comma = ';';
    int col = (int)(comma - (copy + (at - doc))) + 1;
    stream_fails(copy, len, CSP_EPARSE, 1204, col, col, "',' or ']' expected");

    /* A string left open inside it: jansson's error, placed in the document. */
    memcpy(copy, doc, len + 1);
    char *quote = copy + (at - doc) + strlen("{\"id\": \"org-1200");
    ck_assert_int_eq(*quote, '"');
    *quote = '\\';
    stream_fails(copy, len, CSP_EPARSE, 1204, 10, 80, "");

    /* Cut short in the middle of the members. */
    stream_fails(doc, len - 5000, CSP_EPARSE, 1605, 1, 1 << 30, "");

    /* An unknown field: its path. */
    memcpy(copy, doc, len + 1);
    memcpy(copy + (at - doc) + 1, "\"ix\"", 4); /* "id" -> "ix" */
    stream_fails(copy, len, CSP_EUNKNOWN, 0, 0, 0, "organisations[1200]");

    /* The same organisation twice, far apart (organisation 1200 given org-1000's id). */
    memcpy(copy, doc, len + 1);
    memcpy(copy + (at - doc), "{\"id\": \"org-1000\"", strlen("{\"id\": \"org-1000\""));
    stream_fails(copy, len, CSP_EEXISTS, 0, 0, 0, "organisations[1200].id: organisation id \"org-1000\" appears more than once");
    free(copy);
    free(doc);
}
END_TEST

/* One value the test's own connection reads from the register file at
 * path: the names of its indexes in order (one string), or its schema
 * version (which each index dropped or created moves on). Freed by the caller. */
static char *file_value(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    char *value = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    ck_assert_ptr_nonnull(value);
    return value;
}

#define INDEX_NAMES "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)"
#define SCHEMA_VERSION "PRAGMA schema_version"

/* A document of 100 organisations, then the top-level arrays of tail
 * (", \"partnerships\": [...]" or ""): a bulk load's size, once the test has
 * set csp__json_bulk_min to a kilobyte (a megabyte takes a minute under
 * valgrind). */
static char *kilobytes_doc(const char *tail)
{
    csp__buf b = {0};
    csp__buf_puts(&b, "{\"format\": \"libcsp/1\", \"organisations\": [");
    for (int i = 0; i < 100; i++)
        csp__buf_printf(&b, "%s{\"id\": \"org-%05d\", \"name\": \"Organisation %05d\", \"kind\": \"police\"}",
                        i ? ", " : "", i, i);
    csp__buf_printf(&b, "]%s}", tail);
    ck_assert(!b.failed);
    ck_assert_uint_gt(strlen(b.p), csp__json_bulk_min);
    return b.p;
}

/* A large import (here, over csp__json_bulk_min) as the outermost write into
 * a register with no records of its own loads in bulk (its indexes dropped and built again, so the schema
 * version moves on): the register ends as an everyday import leaves it, a
 * record may name one given later, a dangling reference is still refused
 * where it is with nothing kept, and references are checked as records are
 * written again afterwards. Into a register with records, or inside the
 * caller's transaction, an import is checked as it writes. */
START_TEST(test_bulk_import)
{
    char dir[64], path[128];
    tu_mkdtemp(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/bulk.csp", dir);
    csp__json_bulk_min = 1024; /* teardown sets it back */
    csp_register *r = NULL;
    TU_OK(csp_register_open(&r, path, NULL));
    t_before = file_value(path, INDEX_NAMES);
    char *v0 = file_value(path, SCHEMA_VERSION);

    t_doc = kilobytes_doc(", \"partnerships\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"board\", \"members\": "
                    "[{\"id\": \"p-a\", \"organisation\": \"ghost\", \"role\": \"chair\"}]}]");
    TU_CODE(csp_json_import(r, t_doc, strlen(t_doc), NULL), CSP_EREFERENCE);
    ck_assert_str_eq(csp_error_last()->path, "partnerships[0].members[0].organisation");
    csp_organisation *o = NULL;
    TU_CODE(csp_organisation_get(&o, r, "org-00001"), CSP_ENOTFOUND);
    free(t_doc);
    /* A reference list's item is checked too. */
    t_doc = kilobytes_doc(", \"partnerships\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"board\", \"sources\": "
                          "[\"ghost\"]}]");
    TU_CODE(csp_json_import(r, t_doc, strlen(t_doc), NULL), CSP_EREFERENCE);
    ck_assert_str_eq(csp_error_last()->path, "partnerships[0].sources[0]");
    TU_CODE(csp_organisation_get(&o, r, "org-00001"), CSP_ENOTFOUND);
    free(t_doc);

    t_doc = kilobytes_doc(", \"partnerships\": [{\"id\": \"child\", \"name\": \"Child\", \"kind\": \"board\", \"parent\": "
                    "\"later\"}, {\"id\": \"later\", \"name\": \"Later\", \"kind\": \"board\"}]");
    TU_OK(csp_json_import(r, t_doc, strlen(t_doc), NULL));
    char *v1 = file_value(path, SCHEMA_VERSION), *after = file_value(path, INDEX_NAMES);
    ck_assert_str_eq(after, t_before);
    ck_assert_msg(strcmp(v1, v0) != 0, "no bulk load: the schema version stayed %s", v0);
    TU_OK(csp_organisation_get(&o, r, "org-00099"));
    csp_organisation_free(o);

    /* The same records again, into a register that now has records: checked
     * as they are written (no index dropped), and accepted. */
    TU_OK(csp_json_import(r, t_doc, strlen(t_doc), NULL));
    char *v2 = file_value(path, SCHEMA_VERSION);
    ck_assert_str_eq(v2, v1);

    /* Were references left unchecked after the bulk load, this would pass. */
    TU_OK(csp_register_begin(r));
    TU_CODE(import_q(r, "{'format': 'libcsp/1', 'partnerships': [{'id': 'q', 'name': 'Q', 'kind': 'board',"
                        " 'accountable_to': 'ghost'}]}"),
            CSP_EREFERENCE);
    ck_assert_str_eq(csp_error_last()->path, "partnerships[0].accountable_to");
    TU_OK(csp_register_rollback(r));
    free(v0);
    free(v1);
    free(v2);
    free(after);
    csp_register_close(r);
    tu_rmtree(dir);
}
END_TEST

/* A bulk load reads a partnership member by member too, its seats written
 * before it (walk_record): whether its members come before its id, between
 * its fields or after them, the register ends the same. A duplicate key in
 * it is a syntax error at the key. */
START_TEST(test_bulk_nested_key_order)
{
#define SEATS "\"members\": [{\"id\": \"p-a\", \"organisation\": \"org-00001\", \"role\": \"chair\"}," \
              " {\"id\": \"p-b\", \"organisation\": \"org-00002\", \"role\": \"member\"}]"
    static const char *const orders[] = {
        ", \"partnerships\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"board\", " SEATS "}]",
        ", \"partnerships\": [{" SEATS ", \"id\": \"p\", \"name\": \"P\", \"kind\": \"board\"}]",
        ", \"partnerships\": [{\"name\": \"P\", \"id\": \"p\", " SEATS ", \"kind\": \"board\"}]",
    };
#undef SEATS
    char dir[64], path[128];
    tu_mkdtemp(dir, sizeof dir);
    csp__json_bulk_min = 1024; /* teardown sets it back */
    for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++) {
        snprintf(path, sizeof path, "%s/order%zu.csp", dir, i);
        csp_register *r = NULL;
        TU_OK(csp_register_open(&r, path, NULL));
        char *v0 = file_value(path, SCHEMA_VERSION);
        char *doc = kilobytes_doc(orders[i]);
        TU_OK(csp_json_import(r, doc, strlen(doc), NULL));
        char *v1 = file_value(path, SCHEMA_VERSION);
        ck_assert_msg(strcmp(v1, v0) != 0, "order %zu: no bulk load", i);
        ck_assert_uint_eq(tu_count(r, CSP_ENTITY_MEMBERSHIP, NULL), 2);
        char *e = tu_export(r, 0);
        if (i == 0) {
            t_before = e;
        } else {
            TU_SAME_EXPORT(t_before, e);
            csp_free(e);
        }
        free(doc);
        free(v0);
        free(v1);
        csp_register_close(r);
    }
    /* A duplicate key in a partnership: where the second one starts. */
    t_doc = kilobytes_doc(",\n\"partnerships\": [{\"id\": \"q\", \"name\": \"Q\",\n \"kind\": \"board\", \"name\": \"R\"}]");
    snprintf(path, sizeof path, "%s/dup.csp", dir);
    csp_register *r = NULL;
    TU_OK(csp_register_open(&r, path, NULL));
    TU_CODE(csp_json_import(r, t_doc, strlen(t_doc), NULL), CSP_EPARSE);
    ck_assert_int_eq(csp_error_last()->line, 3);
    ck_assert_int_eq(csp_error_last()->column, 24); /* the closing quote of the second "name" */
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "duplicate object key \"name\""));
    csp_organisation *o = NULL;
    TU_CODE(csp_organisation_get(&o, r, "org-00001"), CSP_ENOTFOUND); /* nothing kept */
    csp_register_close(r);
    tu_rmtree(dir);
}
END_TEST

static Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("errors");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_error_case, 0, N_ERROR_CASES);
    tcase_add_test(tc, test_error_message_names_value);
    tcase_add_test(tc, test_raw_nul_byte);
    tcase_add_test(tc, test_syntax_line_column);
    tcase_add_test(tc, test_syntax_line_one);
    tcase_add_test(tc, test_syntax_unterminated_string);
    tcase_add_test(tc, test_syntax_error_after_valid_records);
    tcase_add_test(tc, test_stream_a_file_larger_than_the_window);
    tcase_add_test(tc, test_stream_errors_far_into_a_document);
    suite_add_tcase(s, tc);

    tc = tcase_create("import");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_base_imported);
    tcase_add_test(tc, test_empty_document);
    tcase_add_test(tc, test_roundtrip);
    tcase_add_test(tc, test_same_document_twice);
    tcase_add_test(tc, test_identical_with_explicit_defaults);
    tcase_add_test(tc, test_shared_organisation);
    tcase_add_test(tc, test_forward_references);
    tcase_add_test(tc, test_references_into_register);
    tcase_add_test(tc, test_self_reference_in_document);
    tcase_add_test(tc, test_not_nul_terminated);
    tcase_add_test(tc, test_unicode_roundtrip);
    suite_add_tcase(s, tc);

    tc = tcase_create("export");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_export_default_options);
    tcase_add_test(tc, test_export_sorted);
    tcase_add_test(tc, test_lists_keep_order);
    tcase_add_test(tc, test_ids_per_kind);
    tcase_add_test(tc, test_export_deterministic);
    tcase_add_test(tc, test_export_key_order);
    tcase_add_test(tc, test_export_leaves_out_defaults);
    tcase_add_test(tc, test_export_public);
    tcase_add_test(tc, test_export_empty_register);
    tcase_add_test(tc, test_export_as_jansson_dumped);
    tcase_add_test(tc, test_json_string_as_jansson);
    suite_add_tcase(s, tc);

    tc = tcase_create("files");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_import_file_fixtures);
    tcase_add_test(tc, test_export_file);
    tcase_add_test(tc, test_bulk_import);
    tcase_add_test(tc, test_bulk_nested_key_order);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(json_suite());
}
