/*
 * test_popolo.c: the Popolo export (csp_json_export_popolo and _file).
 *
 * The document is read back with jansson and each mapping checked: ids
 * prefixed by kind, classification, memberships with person or member
 * organisation, on_behalf_of, posts, events with London times (GMT and
 * BST), attendees, source links. A person marked private never appears,
 * whatever the options say. Documents are written with single quotes (tu_q).
 */
#include "testutil.h"

#include <jansson.h>

static const char *const DOC =
    "{'format': 'libcsp/1',"
    " 'organisations': ["
    "  {'id': 'council', 'name': 'Council', 'kind': 'local_authority', 'area': 'Ealing',"
    "   'responsible_authority': true, 'established_on': '1965-04-01', 'sources': ['src-web', 'src-doc']},"
    "  {'id': 'csp', 'name': 'An organisation sharing an id with a partnership', 'kind': 'other'},"
    "  {'id': 'icb', 'name': 'Integrated care board', 'kind': 'health'},"
    "  {'id': 'police', 'name': 'Police', 'kind': 'police'}],"
    " 'people': ["
    "  {'id': 'alice', 'name': 'Alice Aardvark', 'honorific': 'Councillor'},"
    "  {'id': 'secretbob', 'name': 'Robert Hidden', 'private': true}],"
    " 'partnerships': ["
    "  {'id': 'csp', 'name': 'Safer Town Partnership', 'short_name': 'STP',"
    "   'kind': 'community_safety_partnership', 'area': 'Ealing', 'area_code': 'E09000009',"
    "   'formed_on': '2002-01', 'former_names': ['Old Name'], 'statutory_basis': 'CDA 1998 ss5-7',"
    "   'sources': ['src-web'],"
    "   'members': ["
    "    {'id': 'csp-chair', 'organisation': 'council', 'person': 'alice', 'role': 'chair',"
    "     'post': 'cabinet member', 'start_date': '2020', 'end_date': '2025-03-31'},"
    "    {'id': 'csp-police', 'organisation': 'police', 'person': 'secretbob', 'role': 'member'},"
    "    {'id': 'csp-health', 'organisation': 'council', 'on_behalf_of': 'icb', 'role': 'member'}]},"
    "  {'id': 'sog', 'name': 'Statutory Officer Group', 'kind': 'statutory_officer_group', 'parent': 'csp'}],"
    " 'meetings': ["
    "  {'id': 'mt-winter', 'partnership': 'csp', 'date': '2024-01-15', 'start_time': '18:30',"
    "   'duration_minutes': 90, 'kind': 'scheduled', 'status': 'held', 'location': 'Town hall',"
    "   'note': 'Quorate', 'sources': ['src-web'],"
    "   'attendance': ["
    "    {'id': 'att-1', 'membership': 'csp-chair', 'status': 'present'},"
    "    {'id': 'att-2', 'membership': 'csp-police', 'status': 'present'},"
    "    {'id': 'att-3', 'membership': 'csp-health', 'status': 'apologies', 'substitute': 'secretbob'}]},"
    "  {'id': 'mt-summer', 'partnership': 'csp', 'date': '2024-07-01', 'start_time': '23:30',"
    "   'duration_minutes': 60, 'kind': 'public', 'status': 'confirmed', 'title': 'Summer public meeting'},"
    "  {'id': 'mt-month', 'partnership': 'sog', 'date': '2024-09', 'kind': 'ad_hoc', 'status': 'cancelled'}],"
    " 'sources': ["
    "  {'id': 'src-doc', 'reference': 'Terms of reference 2020'},"
    "  {'id': 'src-web', 'url': 'https://example.org/csp', 'title': 'CSP page'}]}";

static csp_register *reg;
static char *t_text;
static json_t *t_doc;

static void setup(void)
{
    reg = tu_open_mem();
    TU_OK(tu_import_q(reg, DOC));
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    csp_free(t_text);
    t_text = NULL;
    json_decref(t_doc);
    t_doc = NULL;
}

/* Exports with flags into t_text and parses it into t_doc. */
static void export_popolo(unsigned flags)
{
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    json_error_t err;
    opts.flags = flags;
    csp_free(t_text);
    json_decref(t_doc);
    t_text = NULL;
    TU_OK(csp_json_export_popolo(&t_text, reg, &opts));
    ck_assert_ptr_nonnull(t_text);
    ck_assert_msg(tu_ends_with(t_text, "}\n"), "no final newline:\n%s", t_text);
    t_doc = json_loads(t_text, JSON_REJECT_DUPLICATES, &err);
    ck_assert_msg(t_doc != NULL, "not JSON: %s at line %d:\n%s", err.text, err.line, t_text);
}

/* The object of a collection with that id, or NULL. */
static json_t *find(const char *collection, const char *id)
{
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(t_doc, collection), i, o) {
        if (strcmp(json_string_value(json_object_get(o, "id")), id) == 0)
            return o;
    }
    return NULL;
}

static const char *field(const json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

START_TEST(test_null_args)
{
    char *out = (char *)"untouched";
    TU_CODE(csp_json_export_popolo(NULL, reg, NULL), CSP_EARG);
    TU_CODE(csp_json_export_popolo(&out, NULL, NULL), CSP_EARG);
    ck_assert_ptr_null(out);
    TU_CODE(csp_json_export_popolo_file(NULL, "x.json", NULL), CSP_EARG);
    TU_CODE(csp_json_export_popolo_file(reg, NULL, NULL), CSP_EARG);
    ck_assert(!tu_file_exists("x.json"));
}
END_TEST

START_TEST(test_bad_options)
{
    char *out = NULL;
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    opts.version = 99;
    TU_CODE(csp_json_export_popolo(&out, reg, &opts), CSP_EARG);
    ck_assert_ptr_null(out);
    opts.version = CSP_EXPORT_OPTIONS_VERSION;
    opts.flags = 0x80u;
    TU_CODE(csp_json_export_popolo(&out, reg, &opts), CSP_EARG);
    ck_assert_ptr_null(out);
}
END_TEST

START_TEST(test_collections)
{
    static const char *const keys[] = {"organizations", "persons", "memberships", "posts", "events"};
    static const size_t counts[] = {6, 1, 3, 1, 3};
    export_popolo(CSP_EXPORT_INDENT);
    ck_assert_uint_eq(json_object_size(t_doc), 5);
    for (size_t i = 0; i < 5; i++)
        ck_assert_msg(json_array_size(json_object_get(t_doc, keys[i])) == counts[i], "%s: %zu, expected %zu",
                      keys[i], json_array_size(json_object_get(t_doc, keys[i])), counts[i]);
    /* Organisations first, by id, then partnerships: an organisation and a
     * partnership with the same register id stay apart. */
    ck_assert_str_eq(field(json_array_get(json_object_get(t_doc, "organizations"), 0), "id"), "organisation/council");
    ck_assert_ptr_nonnull(find("organizations", "organisation/csp"));
    ck_assert_ptr_nonnull(find("organizations", "partnership/csp"));
}
END_TEST

START_TEST(test_private_person_never_appears)
{
    /* Whatever the flags: with and without CSP_EXPORT_PUBLIC. */
    const unsigned flags[] = {0, CSP_EXPORT_INDENT, CSP_EXPORT_PUBLIC, CSP_EXPORT_PUBLIC | CSP_EXPORT_INDENT};
    for (size_t i = 0; i < 4; i++) {
        export_popolo(flags[i]);
        ck_assert_msg(strstr(t_text, "secretbob") == NULL, "private id in the Popolo export:\n%s", t_text);
        ck_assert_msg(strstr(t_text, "Hidden") == NULL, "private name in the Popolo export:\n%s", t_text);
        ck_assert_msg(strstr(t_text, "private") == NULL, "%s", t_text);
    }
    /* The seat stays, its organisation the member. */
    json_t *m = find("memberships", "membership/csp-police");
    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_null(json_object_get(m, "person_id"));
    ck_assert_str_eq(field(json_object_get(m, "member"), "id"), "organisation/police");
    ck_assert_str_eq(field(json_object_get(m, "member"), "@type"), "Organization");
    /* The register still holds the person. */
    ck_assert_uint_eq(tu_person_count(reg), 2);
}
END_TEST

START_TEST(test_organizations)
{
    export_popolo(0);
    json_t *o = find("organizations", "organisation/council");
    ck_assert_str_eq(field(o, "name"), "Council");
    ck_assert_str_eq(field(o, "classification"), "local_authority");
    ck_assert_str_eq(field(o, "founding_date"), "1965-04-01");
    ck_assert_str_eq(field(json_object_get(o, "area"), "name"), "Ealing");
    ck_assert_ptr_nonnull(strstr(field(o, "description"), "Responsible authority"));
    /* Only the source with a URL is a link. */
    json_t *links = json_object_get(o, "sources");
    ck_assert_uint_eq(json_array_size(links), 1);
    ck_assert_str_eq(field(json_array_get(links, 0), "url"), "https://example.org/csp");
    ck_assert_str_eq(field(json_array_get(links, 0), "note"), "CSP page");

    json_t *p = find("organizations", "partnership/csp");
    ck_assert_str_eq(field(p, "classification"), "community_safety_partnership");
    ck_assert_str_eq(field(p, "founding_date"), "2002-01");
    ck_assert_str_eq(field(json_object_get(p, "area"), "identifier"), "E09000009");
    ck_assert_str_eq(field(p, "description"), "Statutory basis: CDA 1998 ss5-7");
    json_t *names = json_object_get(p, "other_names");
    ck_assert_uint_eq(json_array_size(names), 2);
    ck_assert_str_eq(field(json_array_get(names, 0), "name"), "STP");
    ck_assert_str_eq(field(json_array_get(names, 0), "note"), "short name");
    ck_assert_str_eq(field(json_array_get(names, 1), "name"), "Old Name");
    ck_assert_str_eq(field(json_array_get(names, 1), "note"), "former name");
    ck_assert_str_eq(field(find("organizations", "partnership/sog"), "parent_id"), "partnership/csp");
    ck_assert_str_eq(field(find("organizations", "partnership/sog"), "classification"), "statutory_officer_group");
}
END_TEST

START_TEST(test_persons_memberships_posts)
{
    export_popolo(0);
    json_t *alice = find("persons", "person/alice");
    ck_assert_str_eq(field(alice, "name"), "Alice Aardvark");
    ck_assert_str_eq(field(alice, "honorific_prefix"), "Councillor");

    json_t *chair = find("memberships", "membership/csp-chair");
    ck_assert_str_eq(field(chair, "role"), "chair");
    ck_assert_str_eq(field(chair, "person_id"), "person/alice");
    ck_assert_str_eq(field(chair, "on_behalf_of_id"), "organisation/council");
    ck_assert_str_eq(field(chair, "organization_id"), "partnership/csp");
    ck_assert_str_eq(field(chair, "post_id"), "post/csp-chair");
    ck_assert_str_eq(field(chair, "label"), "cabinet member");
    ck_assert_str_eq(field(chair, "start_date"), "2020");
    ck_assert_str_eq(field(chair, "end_date"), "2025-03-31");
    ck_assert_ptr_null(json_object_get(chair, "member"));

    /* A seat held on behalf of another organisation. */
    json_t *health = find("memberships", "membership/csp-health");
    ck_assert_str_eq(field(json_object_get(health, "member"), "id"), "organisation/council");
    ck_assert_str_eq(field(health, "on_behalf_of_id"), "organisation/icb");
    ck_assert_ptr_null(json_object_get(health, "post_id"));

    json_t *post = find("posts", "post/csp-chair");
    ck_assert_str_eq(field(post, "label"), "cabinet member");
    ck_assert_str_eq(field(post, "role"), "chair");
    ck_assert_str_eq(field(post, "organization_id"), "partnership/csp");
}
END_TEST

START_TEST(test_events)
{
    export_popolo(0);
    /* GMT in January. */
    json_t *w = find("events", "meeting/mt-winter");
    ck_assert_str_eq(field(w, "name"), "Safer Town Partnership (Scheduled)");
    ck_assert_str_eq(field(w, "start_date"), "2024-01-15T18:30:00+00:00");
    ck_assert_str_eq(field(w, "end_date"), "2024-01-15T20:00:00+00:00");
    ck_assert_str_eq(field(w, "organization_id"), "partnership/csp");
    ck_assert_str_eq(field(w, "status"), "held");
    ck_assert_str_eq(field(w, "classification"), "scheduled");
    ck_assert_str_eq(field(w, "location"), "Town hall");
    ck_assert_str_eq(field(w, "description"), "Quorate");
    /* Attendees: the public person present; not the private one, present
     * nor substituting. */
    json_t *att = json_object_get(w, "attendees");
    ck_assert_uint_eq(json_array_size(att), 1);
    ck_assert_str_eq(field(json_array_get(att, 0), "id"), "person/alice");

    /* BST in July, ending after midnight. */
    json_t *s = find("events", "meeting/mt-summer");
    ck_assert_str_eq(field(s, "name"), "Summer public meeting");
    ck_assert_str_eq(field(s, "start_date"), "2024-07-01T23:30:00+01:00");
    ck_assert_str_eq(field(s, "end_date"), "2024-07-02T00:30:00+01:00");
    ck_assert_ptr_null(json_object_get(s, "attendees"));

    /* Only a month: the date as it is, no end. */
    json_t *m = find("events", "meeting/mt-month");
    ck_assert_str_eq(field(m, "start_date"), "2024-09");
    ck_assert_ptr_null(json_object_get(m, "end_date"));
    ck_assert_str_eq(field(m, "status"), "cancelled");
    ck_assert_str_eq(field(m, "organization_id"), "partnership/sog");
}
END_TEST

START_TEST(test_summer_time_changes)
{
    /* 2024: BST from 31 March 01:00 UTC to 27 October 01:00 UTC. */
    TU_OK(tu_import_q(reg,
                      "{'format': 'libcsp/1', 'meetings': ["
                      " {'id': 'a', 'partnership': 'csp', 'date': '2024-03-30', 'start_time': '23:00',"
                      "  'duration_minutes': 240, 'kind': 'ad_hoc', 'status': 'held'},"
                      " {'id': 'b', 'partnership': 'csp', 'date': '2024-10-27', 'start_time': '00:30',"
                      "  'duration_minutes': 120, 'kind': 'ad_hoc', 'status': 'held'},"
                      " {'id': 'c', 'partnership': 'csp', 'date': '2024-10-27', 'start_time': '09:00',"
                      "  'kind': 'ad_hoc', 'status': 'held'}]}"));
    export_popolo(0);
    json_t *a = find("events", "meeting/a");
    ck_assert_str_eq(field(a, "start_date"), "2024-03-30T23:00:00+00:00");
    ck_assert_str_eq(field(a, "end_date"), "2024-03-31T04:00:00+01:00");
    json_t *b = find("events", "meeting/b");
    ck_assert_str_eq(field(b, "start_date"), "2024-10-27T00:30:00+01:00");
    ck_assert_str_eq(field(b, "end_date"), "2024-10-27T01:30:00+00:00");
    json_t *c = find("events", "meeting/c");
    ck_assert_str_eq(field(c, "start_date"), "2024-10-27T09:00:00+00:00");
    ck_assert_ptr_null(json_object_get(c, "end_date"));
}
END_TEST

START_TEST(test_deterministic_and_indent)
{
    char *a = NULL, *b = NULL, *compact = NULL;
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    TU_OK(csp_json_export_popolo(&a, reg, NULL));
    TU_OK(csp_json_export_popolo(&b, reg, &opts));
    ck_assert_str_eq(a, b);
    ck_assert_ptr_nonnull(strstr(a, "\n  \"organizations\": ["));
    opts.flags = 0;
    TU_OK(csp_json_export_popolo(&compact, reg, &opts));
    ck_assert_ptr_nonnull(strstr(compact, "{\"organizations\":[{\"id\":\"organisation/council\""));
    ck_assert_ptr_eq(strchr(compact, '\n'), compact + strlen(compact) - 1); /* one line */
    csp_free(a);
    csp_free(b);
    csp_free(compact);
}
END_TEST

START_TEST(test_empty_register)
{
    csp_register_close(reg);
    reg = tu_open_mem();
    export_popolo(0);
    ck_assert_str_eq(t_text, "{\"organizations\":[],\"persons\":[],\"memberships\":[],\"posts\":[],\"events\":[]}\n");
}
END_TEST

START_TEST(test_export_file)
{
    char dir[256], path[512];
    size_t len = 0;
    tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, sizeof path, dir, "popolo.json");
    TU_OK(csp_json_export_popolo_file(reg, path, NULL));
    char *text = tu_read_file(path, &len);
    char *mem = NULL;
    TU_OK(csp_json_export_popolo(&mem, reg, NULL));
    ck_assert_uint_eq(len, strlen(mem));
    ck_assert(memcmp(text, mem, len) == 0);
    ck_assert_ptr_null(strstr(text, "secretbob"));
    free(text);
    csp_free(mem);
    /* A new file is public: 0666 less the umask; an existing one keeps its mode. */
    mode_t mask = umask(022);
    ck_assert_uint_eq(tu_file_mode(path) & 0777u, 0644u);
    ck_assert_int_eq(chmod(path, 0600), 0);
    TU_OK(csp_json_export_popolo_file(reg, path, NULL));
    ck_assert_uint_eq(tu_file_mode(path) & 0777u, 0600u);
    umask(mask);
    /* A folder that does not exist: CSP_EIO naming the file. */
    tu_join_path(path, sizeof path, dir, "missing/popolo.json");
    TU_CODE(csp_json_export_popolo_file(reg, path, NULL), CSP_EIO);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "missing/popolo.json"));
    tu_rmtree(dir);
}
END_TEST

static Suite *popolo_suite(void)
{
    Suite *s = suite_create("popolo");
    TCase *tc = tcase_create("export");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_null_args);
    tcase_add_test(tc, test_bad_options);
    tcase_add_test(tc, test_collections);
    tcase_add_test(tc, test_private_person_never_appears);
    tcase_add_test(tc, test_organizations);
    tcase_add_test(tc, test_persons_memberships_posts);
    tcase_add_test(tc, test_events);
    tcase_add_test(tc, test_summer_time_changes);
    tcase_add_test(tc, test_deterministic_and_indent);
    tcase_add_test(tc, test_empty_register);
    tcase_add_test(tc, test_export_file);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(popolo_suite());
}
