/*
 * test_schema.c: introspection of the data model matches the documented format.
 */
#include "testutil.h"

typedef struct field_spec {
    const char *name;
    int type;
    int required;
    const char *target; /* for REF and REF_LIST */
} field_spec;

/* The JSON key order of the brief; membership.partnership is checked apart. */
static const field_spec organisation_fields[] = {
    {"id", CSP_FIELD_ID, 1, NULL},
    {"name", CSP_FIELD_TEXT, 1, NULL},
    {"kind", CSP_FIELD_ENUM, 1, NULL},
    {"area", CSP_FIELD_TEXT, 0, NULL},
    {"responsible_authority", CSP_FIELD_BOOL, 0, NULL},
    {"serious_violence_duty_holder", CSP_FIELD_BOOL, 0, NULL},
    {"cooperating_body", CSP_FIELD_BOOL, 0, NULL},
    {NULL, 0, 0, NULL},
};

static const field_spec person_fields[] = {
    {"id", CSP_FIELD_ID, 1, NULL},
    {"name", CSP_FIELD_TEXT, 1, NULL},
    {"honorific", CSP_FIELD_TEXT, 0, NULL},
    {"private", CSP_FIELD_BOOL, 0, NULL},
    {NULL, 0, 0, NULL},
};

static const field_spec partnership_fields[] = {
    {"id", CSP_FIELD_ID, 1, NULL},
    {"name", CSP_FIELD_TEXT, 1, NULL},
    {"short_name", CSP_FIELD_TEXT, 0, NULL},
    {"kind", CSP_FIELD_ENUM, 1, NULL},
    {"area", CSP_FIELD_TEXT, 0, NULL},
    {"area_code", CSP_FIELD_TEXT, 0, NULL},
    {"parent", CSP_FIELD_REF, 0, "partnership"},
    {"accountable_to", CSP_FIELD_REF, 0, "partnership"},
    {"works_with", CSP_FIELD_REF_LIST, 0, "partnership"},
    {"formed_on", CSP_FIELD_DATE, 0, NULL},
    {"former_names", CSP_FIELD_TEXT_LIST, 0, NULL},
    {"statutory_basis", CSP_FIELD_TEXT, 0, NULL},
    {"meetings_per_year", CSP_FIELD_INT, 0, NULL},
    {"minutes_per_meeting", CSP_FIELD_INT, 0, NULL},
    {"ad_hoc_meetings", CSP_FIELD_BOOL, 0, NULL},
    {NULL, 0, 0, NULL},
};

static const field_spec membership_fields[] = {
    {"id", CSP_FIELD_ID, 1, NULL},
    {"organisation", CSP_FIELD_REF, 1, "organisation"},
    {"person", CSP_FIELD_REF, 0, "person"},
    {"role", CSP_FIELD_ENUM, 1, NULL},
    {"post", CSP_FIELD_TEXT, 0, NULL},
    {"on_behalf_of", CSP_FIELD_REF, 0, "organisation"},
    {"start_date", CSP_FIELD_DATE, 0, NULL},
    {"end_date", CSP_FIELD_DATE, 0, NULL},
    {NULL, 0, 0, NULL},
};

static const char *const organisation_kinds[] = {
    "police",  "local_authority", "fire_and_rescue", "health",    "probation",
    "youth_justice", "policing_body", "voluntary", "business", "education",
    "housing", "faith", "community", "other", NULL,
};

static const char *const partnership_kinds[] = {
    "community_safety_partnership", "local_strategic_partnership", "statutory_officer_group",
    "delivery_group", "task_group", "resilience_partnership", "scrutiny_committee", "board",
    "other", NULL,
};

static const char *const membership_roles[] = {
    "chair", "vice_chair", "member", "champion", "secretariat", "adviser", "observer", NULL,
};

static size_t entity_index(const char *name)
{
    size_t i, n = csp_schema_entity_count();
    for (i = 0; i < n; i++) {
        const char *e = csp_schema_entity_name(i);
        if (e != NULL && strcmp(e, name) == 0)
            return i;
    }
    return (size_t)-1;
}

START_TEST(test_entities)
{
    size_t n = csp_schema_entity_count(), i;
    ck_assert_uint_ge(n, 4);
    for (i = 0; i < n; i++) {
        const char *e = csp_schema_entity_name(i);
        ck_assert_ptr_nonnull(e);
        ck_assert_str_ne(e, "");
        ck_assert_uint_gt(csp_schema_field_count(e), 0);
    }
    ck_assert_ptr_null(csp_schema_entity_name(n));
    ck_assert_ptr_null(csp_schema_entity_name(n + 100));
    ck_assert_ptr_null(csp_schema_entity_name((size_t)-1));
    ck_assert_uint_ne(entity_index("organisation"), (size_t)-1);
    ck_assert_uint_ne(entity_index("person"), (size_t)-1);
    ck_assert_uint_ne(entity_index("partnership"), (size_t)-1);
    ck_assert_uint_ne(entity_index("membership"), (size_t)-1);
}
END_TEST

/* An entity comes after the entities it references. */
START_TEST(test_dependency_order)
{
    size_t n = csp_schema_entity_count(), i, j;
    ck_assert_uint_lt(entity_index("organisation"), entity_index("membership"));
    ck_assert_uint_lt(entity_index("person"), entity_index("membership"));
    ck_assert_uint_lt(entity_index("partnership"), entity_index("membership"));
    for (i = 0; i < n; i++) {
        const char *e = csp_schema_entity_name(i);
        size_t nf = csp_schema_field_count(e);
        for (j = 0; j < nf; j++) {
            const char *target = NULL, *fname = NULL;
            int type = 0;
            TU_OK(csp_schema_field(&fname, &type, NULL, &target, e, j));
            if (type == CSP_FIELD_REF || type == CSP_FIELD_REF_LIST) {
                ck_assert_msg(target != NULL, "%s.%s: a reference without a target", e, fname);
                ck_assert_msg(entity_index(target) != (size_t)-1, "%s.%s: unknown target %s", e,
                              fname, target);
                /* Self-references (partnership.parent) are allowed. */
                ck_assert_msg(entity_index(target) <= i, "%s.%s references %s, which comes later",
                              e, fname, target);
            } else {
                ck_assert_msg(target == NULL, "%s.%s: a target on a non-reference field", e, fname);
            }
        }
    }
}
END_TEST

static void check_fields(const char *entity, const field_spec *want, int has_partnership)
{
    size_t n = csp_schema_field_count(entity), i, k = 0, expected = 0;
    int seen_partnership = 0;
    while (want[expected].name != NULL)
        expected++;
    ck_assert_msg(n == expected + (has_partnership ? 1u : 0u), "%s: %zu fields, expected %zu",
                  entity, n, expected + (has_partnership ? 1u : 0u));
    for (i = 0; i < n; i++) {
        const char *name = NULL, *target = NULL;
        int type = -1, required = -1;
        TU_OK(csp_schema_field(&name, &type, &required, &target, entity, i));
        ck_assert_ptr_nonnull(name);
        if (has_partnership && strcmp(name, "partnership") == 0) {
            seen_partnership = 1;
            ck_assert_int_eq(type, CSP_FIELD_REF);
            ck_assert_int_eq(required, 1);
            TU_STR_EQ(target, "partnership");
            continue;
        }
        ck_assert_msg(k < expected, "%s: unexpected field %s", entity, name);
        ck_assert_msg(strcmp(name, want[k].name) == 0, "%s field %zu: expected %s, got %s", entity,
                      i, want[k].name, name);
        ck_assert_msg(type == want[k].type, "%s.%s: type %d, expected %d", entity, name, type,
                      want[k].type);
        ck_assert_msg(required == want[k].required, "%s.%s: required %d, expected %d", entity,
                      name, required, want[k].required);
        TU_STR_EQ(target, want[k].target);
        k++;
    }
    ck_assert_uint_eq(k, expected);
    if (has_partnership)
        ck_assert_msg(seen_partnership, "%s has no partnership field", entity);
    /* The id is field 0. */
    {
        const char *name = NULL;
        TU_OK(csp_schema_field(&name, NULL, NULL, NULL, entity, 0));
        TU_STR_EQ(name, "id");
    }
    /* Past the end. */
    {
        const char *name = NULL;
        TU_CODE(csp_schema_field(&name, NULL, NULL, NULL, entity, n), CSP_ENOTFOUND);
    }
}

START_TEST(test_organisation_fields)
{
    check_fields("organisation", organisation_fields, 0);
}
END_TEST

START_TEST(test_person_fields)
{
    check_fields("person", person_fields, 0);
}
END_TEST

START_TEST(test_partnership_fields)
{
    check_fields("partnership", partnership_fields, 0);
}
END_TEST

START_TEST(test_membership_fields)
{
    check_fields("membership", membership_fields, 1);
}
END_TEST

static void check_enum(const char *entity, const char *field, const char *const *want)
{
    const char *const *got = NULL;
    size_t i;
    TU_OK(csp_schema_enum_values(&got, entity, field));
    ck_assert_ptr_nonnull(got);
    for (i = 0; want[i] != NULL; i++) {
        ck_assert_msg(got[i] != NULL, "%s.%s: list ends at %zu, expected %s", entity, field, i,
                      want[i]);
        ck_assert_msg(strcmp(got[i], want[i]) == 0, "%s.%s[%zu]: expected %s, got %s", entity,
                      field, i, want[i], got[i]);
    }
    ck_assert_msg(got[i] == NULL, "%s.%s: extra value %s", entity, field, got[i]);
}

START_TEST(test_enum_values)
{
    check_enum("organisation", "kind", organisation_kinds);
    check_enum("partnership", "kind", partnership_kinds);
    check_enum("membership", "role", membership_roles);
}
END_TEST

START_TEST(test_enum_errors)
{
    const char *const *got = NULL;
    TU_CODE(csp_schema_enum_values(&got, "organisation", "name"), CSP_EINVALID);
    TU_CODE(csp_schema_enum_values(&got, "partnership", "meetings_per_year"), CSP_EINVALID);
    TU_CODE(csp_schema_enum_values(&got, "organisation", "colour"), CSP_ENOTFOUND);
    TU_CODE(csp_schema_enum_values(&got, "spaceship", "kind"), CSP_ENOTFOUND);
    TU_CODE(csp_schema_enum_values(&got, "", ""), CSP_ENOTFOUND);
}
END_TEST

START_TEST(test_unknown_entity)
{
    const char *name = NULL;
    ck_assert_uint_eq(csp_schema_field_count("spaceship"), 0);
    ck_assert_uint_eq(csp_schema_field_count(""), 0);
    ck_assert_uint_eq(csp_schema_field_count("Organisation"), 0);
    TU_CODE(csp_schema_field(&name, NULL, NULL, NULL, "spaceship", 0), CSP_ENOTFOUND);
    TU_CODE(csp_schema_field(&name, NULL, NULL, NULL, "organisation", 1000), CSP_ENOTFOUND);
}
END_TEST

START_TEST(test_docs)
{
    size_t n = csp_schema_entity_count(), i, j;
    for (i = 0; i < n; i++) {
        const char *e = csp_schema_entity_name(i);
        const char *doc = csp_schema_doc(e, NULL);
        ck_assert_msg(doc != NULL && doc[0] != '\0', "no doc for entity %s", e);
        for (j = 0; j < csp_schema_field_count(e); j++) {
            const char *fname = NULL;
            TU_OK(csp_schema_field(&fname, NULL, NULL, NULL, e, j));
            doc = csp_schema_doc(e, fname);
            ck_assert_msg(doc != NULL && doc[0] != '\0', "no doc for %s.%s", e, fname);
        }
    }
    ck_assert_ptr_null(csp_schema_doc("spaceship", NULL));
    ck_assert_ptr_null(csp_schema_doc("organisation", "colour"));
}
END_TEST

static Suite *schema_suite(void)
{
    Suite *s = suite_create("schema");
    TCase *tc = tcase_create("introspection");
    tcase_add_test(tc, test_entities);
    tcase_add_test(tc, test_dependency_order);
    tcase_add_test(tc, test_organisation_fields);
    tcase_add_test(tc, test_person_fields);
    tcase_add_test(tc, test_partnership_fields);
    tcase_add_test(tc, test_membership_fields);
    tcase_add_test(tc, test_enum_values);
    tcase_add_test(tc, test_enum_errors);
    tcase_add_test(tc, test_unknown_entity);
    tcase_add_test(tc, test_docs);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(schema_suite());
}
