/*
 * test_schema.c: introspection of the data model matches the documented format,
 * by name and by id (model.h).
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
    {"sources", CSP_FIELD_REF_LIST, 0, "source"},
    {"established_on", CSP_FIELD_DATE, 0, NULL},
    {"dissolved_on", CSP_FIELD_DATE, 0, NULL},
    {NULL, 0, 0, NULL},
};

static const field_spec person_fields[] = {
    {"id", CSP_FIELD_ID, 1, NULL},
    {"name", CSP_FIELD_TEXT, 1, NULL},
    {"honorific", CSP_FIELD_TEXT, 0, NULL},
    {"private", CSP_FIELD_BOOL, 0, NULL},
    {"sources", CSP_FIELD_REF_LIST, 0, "source"},
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
    {"quorum", CSP_FIELD_INT, 0, NULL},
    {"scrutinised_by", CSP_FIELD_REF, 0, "partnership"},
    {"sources", CSP_FIELD_REF_LIST, 0, "source"},
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
    {"sources", CSP_FIELD_REF_LIST, 0, "source"},
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

/* A nested entity comes after the entity it nests in (its parent's objects
 * hold it); other references may name an entity described later (every
 * record names its sources, described last), and every target exists. */
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
                if (csp_schema_field_flags((int)i, (int)j) & CSP_FLAG_NESTED)
                    ck_assert_msg(entity_index(target) < i, "%s.%s nests in %s, which comes later", e, fname,
                                  target);
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

/* ------------------------------------------------------------------ */
/* Introspection by id (entities and fields numbered as in model.h)    */
/* ------------------------------------------------------------------ */

static int is_enum_type(int type)
{
    return type == CSP_FIELD_ENUM || type == CSP_FIELD_ENUM_LIST;
}

static int is_ref_type(int type)
{
    return type == CSP_FIELD_REF || type == CSP_FIELD_REF_LIST;
}

/* For every entity and field, the by-id functions say what the by-name ones say. */
START_TEST(test_by_id_agrees_with_by_name)
{
    size_t n = csp_schema_entity_count();
    ck_assert_uint_eq(n, 25);
    for (int e = 0; e < (int)n; e++) {
        const char *ename = csp_schema_entity_name((size_t)e);
        const char *plural = csp_schema_entity_plural(e);
        size_t nf = csp_schema_field_count(ename);
        int since = csp_schema_field_since(e, -1);
        ck_assert_ptr_nonnull(ename);
        ck_assert_msg(plural != NULL && plural[0] != '\0', "%s: no plural", ename);
        ck_assert_msg(strcmp(plural, ename) != 0, "%s: plural is the name", ename);
        ck_assert_int_eq(csp_schema_entity_find(ename), e);
        ck_assert_int_eq(csp_schema_entity_find(plural), e);
        ck_assert_msg(since >= 1 && since <= csp_schema_version(), "%s: since %d", ename, since);
        for (int f = 0; f < (int)nf; f++) {
            const char *fname = NULL, *target = NULL;
            int type = 0, required = -1;
            unsigned int flags = csp_schema_field_flags(e, f);
            const char *label = csp_schema_field_label(e, f);
            const char *en = csp_schema_field_enum(e, f);
            int fsince = csp_schema_field_since(e, f);
            long long min = 7, max = 7;
            int rc;
            TU_OK(csp_schema_field(&fname, &type, &required, &target, ename, (size_t)f));
            TU_STR_EQ(csp_schema_field_name(e, f), fname);
            ck_assert_int_eq(csp_schema_field_type(e, f), type);
            ck_assert_msg(((flags & CSP_FLAG_REQUIRED) != 0) == (required != 0), "%s.%s: flags %#x, required %d",
                          ename, fname, flags, required);
            ck_assert_int_eq(csp_schema_field_find(e, fname), f);
            /* The field id is its place: field 0 is the id. */
            ck_assert_int_eq(type == CSP_FIELD_ID, f == 0);
            /* Target. */
            if (is_ref_type(type)) {
                int t = csp_schema_field_target(e, f);
                ck_assert_msg(t >= 0 && t < (int)n, "%s.%s: target %d", ename, fname, t);
                TU_STR_EQ(csp_schema_entity_name((size_t)t), target);
            } else {
                ck_assert_int_eq(csp_schema_field_target(e, f), -1);
                ck_assert_ptr_null(target);
            }
            /* Enum. */
            if (is_enum_type(type)) {
                const char *const *values = NULL;
                size_t k;
                ck_assert_msg(en != NULL, "%s.%s: an enum field without an enum", ename, fname);
                TU_OK(csp_schema_enum_values(&values, ename, fname));
                for (k = 0; values[k] != NULL; k++)
                    TU_STR_EQ(csp_schema_enum_value(en, k), values[k]);
                ck_assert_uint_eq(k, csp_schema_enum_count(en));
                TU_STR_EQ(csp_schema_enum_value(en, k), NULL);
            } else {
                ck_assert_msg(en == NULL, "%s.%s: enum %s on a %d field", ename, fname, en, type);
            }
            /* Bounds: INT fields only. */
            rc = csp_schema_field_bounds(&min, &max, e, f);
            if (type == CSP_FIELD_INT) {
                TU_CODE(rc, CSP_OK);
                ck_assert_msg(min <= max, "%s.%s: bounds %lld..%lld", ename, fname, min, max);
                TU_OK(csp_schema_field_bounds(NULL, NULL, e, f));
            } else {
                TU_CODE(rc, CSP_EINVALID);
            }
            /* Label and since. */
            ck_assert_msg(label != NULL && label[0] != '\0', "%s.%s: no label", ename, fname);
            ck_assert_msg(fsince >= since && fsince <= csp_schema_version(), "%s.%s: since %d (entity %d)", ename,
                          fname, fsince, since);
            /* Flags that only make sense on some types. */
            if (flags & CSP_FLAG_ORDER)
                ck_assert_msg(type == CSP_FIELD_INT && (flags & CSP_FLAG_READONLY), "%s.%s", ename, fname);
            if (flags & CSP_FLAG_TREE)
                ck_assert_msg(type == CSP_FIELD_REF && csp_schema_field_target(e, f) == e, "%s.%s", ename, fname);
            if (flags & CSP_FLAG_NESTED) {
                ck_assert_msg(type == CSP_FIELD_REF && (flags & CSP_FLAG_REQUIRED), "%s.%s", ename, fname);
                ck_assert_int_eq(csp_schema_entity_parent(NULL, e), csp_schema_field_target(e, f));
            }
            if (flags & (CSP_FLAG_PRIVATE | CSP_FLAG_BUILTIN))
                ck_assert_msg(type == CSP_FIELD_BOOL, "%s.%s", ename, fname);
            if (flags & CSP_FLAG_BUILTIN)
                ck_assert_msg(flags & CSP_FLAG_READONLY, "%s.%s", ename, fname);
            if (flags & CSP_FLAG_PERSONAL)
                ck_assert_msg(type == CSP_FIELD_REF, "%s.%s", ename, fname);
            if (flags & CSP_FLAG_MULTILINE)
                ck_assert_msg(type == CSP_FIELD_TEXT || type == CSP_FIELD_TEXT_LIST, "%s.%s", ename, fname);
            if (flags & CSP_FLAG_ACYCLIC)
                ck_assert_msg(type == CSP_FIELD_REF && csp_schema_field_target(e, f) == e, "%s.%s", ename, fname);
            /* Every text, id and reference has a length limit; nothing else has one. */
            int maxlen = csp_schema_field_max_length(e, f);
            if (type == CSP_FIELD_TEXT || type == CSP_FIELD_TEXT_LIST)
                ck_assert_msg(maxlen >= 100, "%s.%s: max_length %d", ename, fname, maxlen);
            else if (type == CSP_FIELD_ID || type == CSP_FIELD_REF || type == CSP_FIELD_REF_LIST)
                ck_assert_int_eq(maxlen, 128);
            else
                ck_assert_int_eq(maxlen, 0);
            ck_assert_msg((flags & ~0x7ffu) == 0, "%s.%s: unknown flags %#x", ename, fname, flags);
        }
        /* Past the last field. */
        ck_assert_ptr_null(csp_schema_field_name(e, (int)nf));
        ck_assert_int_eq(csp_schema_field_type(e, (int)nf), 0);
        ck_assert_uint_eq(csp_schema_field_flags(e, (int)nf), 0);
        ck_assert_int_eq(csp_schema_field_target(e, (int)nf), -1);
        ck_assert_ptr_null(csp_schema_field_enum(e, (int)nf));
        ck_assert_ptr_null(csp_schema_field_label(e, (int)nf));
        ck_assert_int_eq(csp_schema_field_since(e, (int)nf), 0);
        TU_CODE(csp_schema_field_bounds(NULL, NULL, e, (int)nf), CSP_EARG);
        ck_assert_int_eq(csp_schema_field_find(e, "no_such_field"), CSP_ENOTFOUND);
    }
}
END_TEST

/* Flags, as the model describes them. */
START_TEST(test_known_flags)
{
    static const struct {
        int entity, field;
        unsigned int set, unset;
    } facts[] = {
        {CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME, CSP_FLAG_REQUIRED, CSP_FLAG_FILTER | CSP_FLAG_READONLY},
        {CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND, CSP_FLAG_FILTER | CSP_FLAG_REQUIRED, CSP_FLAG_READONLY},
        {CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_AREA, CSP_FLAG_FILTER, CSP_FLAG_REQUIRED},
        {CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_RESPONSIBLE_AUTHORITY, CSP_FLAG_FILTER, CSP_FLAG_REQUIRED},
        {CSP_ENTITY_ELEMENT, CSP_ELEMENT_POSITION, CSP_FLAG_READONLY | CSP_FLAG_ORDER,
         CSP_FLAG_REQUIRED | CSP_FLAG_TREE},
        {CSP_ENTITY_ELEMENT, CSP_ELEMENT_PARENT, CSP_FLAG_TREE | CSP_FLAG_FILTER,
         CSP_FLAG_NESTED | CSP_FLAG_REQUIRED | CSP_FLAG_READONLY},
        {CSP_ENTITY_ELEMENT, CSP_ELEMENT_STRATEGY, CSP_FLAG_NESTED | CSP_FLAG_REQUIRED, CSP_FLAG_TREE},
        {CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PARTNERSHIP, CSP_FLAG_NESTED | CSP_FLAG_REQUIRED | CSP_FLAG_FILTER,
         CSP_FLAG_TREE | CSP_FLAG_PERSONAL},
        {CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON, CSP_FLAG_PERSONAL, CSP_FLAG_REQUIRED | CSP_FLAG_NESTED},
        {CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ORGANISATION, CSP_FLAG_REQUIRED, CSP_FLAG_PERSONAL},
        {CSP_ENTITY_PERSON, CSP_PERSON_PRIVATE, CSP_FLAG_PRIVATE, CSP_FLAG_REQUIRED | CSP_FLAG_READONLY},
        {CSP_ENTITY_DUTY, CSP_DUTY_BUILTIN, CSP_FLAG_BUILTIN | CSP_FLAG_READONLY, CSP_FLAG_REQUIRED},
        {CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_PARENT, CSP_FLAG_FILTER, CSP_FLAG_TREE | CSP_FLAG_NESTED},
        {CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH, 0, CSP_FLAG_REQUIRED | CSP_FLAG_READONLY},
    };
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
        unsigned int flags = csp_schema_field_flags(facts[i].entity, facts[i].field);
        ck_assert_msg((flags & facts[i].set) == facts[i].set && (flags & facts[i].unset) == 0,
                      "%s.%s: flags %#x, expected %#x set and %#x clear",
                      csp_schema_entity_name((size_t)facts[i].entity),
                      csp_schema_field_name(facts[i].entity, facts[i].field), flags, facts[i].set, facts[i].unset);
    }
    /* How many fields of the model carry each flag (schema version 6). */
    {
        unsigned int seen[9] = {0};
        for (int e = 0; e < (int)csp_schema_entity_count(); e++)
            for (int f = 0; f < (int)csp_schema_field_count(csp_schema_entity_name((size_t)e)); f++)
                for (int b = 0; b < 9; b++)
                    seen[b] += (csp_schema_field_flags(e, f) >> b) & 1u;
        ck_assert_uint_eq(seen[3], 2); /* PRIVATE: person, agenda item */
        ck_assert_uint_eq(seen[4], 6); /* PERSONAL: a seat's person, a substitute, refs to agenda items and reviews */
        ck_assert_uint_eq(seen[5], 10); /* NESTED: membership, element and eight of the governance layer */
        ck_assert_uint_eq(seen[6], 8); /* ORDER: element and seven nested lists of the governance layer */
        ck_assert_uint_eq(seen[7], 3); /* TREE: element, agenda item, standing item */
        ck_assert_uint_eq(seen[8], 1); /* BUILTIN */
        ck_assert_uint_ge(seen[2], 30); /* FILTER */
    }
}
END_TEST

START_TEST(test_field_details)
{
    long long min = 0, max = 0;
    /* Targets. */
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ORGANISATION),
                     CSP_ENTITY_ORGANISATION);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_PERSON), CSP_ENTITY_PERSON);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH),
                     CSP_ENTITY_PARTNERSHIP);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_STRATEGY, CSP_STRATEGY_DUTIES), CSP_ENTITY_DUTY);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_FEEDS), CSP_ENTITY_ELEMENT);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_ELEMENT, CSP_ELEMENT_PARENT), CSP_ENTITY_ELEMENT);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME), -1);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS), -1);
    /* Enums. */
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_KIND), "organisation_kind");
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_MEMBERSHIP, CSP_MEMBERSHIP_ROLE), "membership_role");
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO), "partnership_kind");
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_STRATEGY, CSP_STRATEGY_STRANDS), "s6_strand");
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_DUTY, CSP_DUTY_CONFIDENCE), "confidence");
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME), NULL);
    TU_STR_EQ(csp_schema_field_enum(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_WORKS_WITH), NULL);
    /* Types. */
    ck_assert_int_eq(csp_schema_field_type(CSP_ENTITY_STRATEGY, CSP_STRATEGY_REFRESHED_ON), CSP_FIELD_DATE_LIST);
    ck_assert_int_eq(csp_schema_field_type(CSP_ENTITY_DUTY, CSP_DUTY_APPLIES_TO), CSP_FIELD_ENUM_LIST);
    ck_assert_int_eq(csp_schema_field_type(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMER_NAMES),
                     CSP_FIELD_TEXT_LIST);
    ck_assert_int_eq(csp_schema_field_type(CSP_ENTITY_ELEMENT, CSP_ELEMENT_POSITION), CSP_FIELD_INT);
    /* Bounds. */
    TU_OK(csp_schema_field_bounds(&min, &max, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR));
    ck_assert_int_eq(min, 1);
    ck_assert_int_eq(max, 366);
    TU_OK(csp_schema_field_bounds(&min, NULL, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MINUTES_PER_MEETING));
    TU_OK(csp_schema_field_bounds(NULL, &max, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MINUTES_PER_MEETING));
    ck_assert_int_eq(min, 1);
    ck_assert_int_eq(max, 1440);
    TU_CODE(csp_schema_field_bounds(&min, &max, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_AD_HOC_MEETINGS),
            CSP_EINVALID);
    TU_CODE(csp_schema_field_bounds(&min, &max, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_NAME), CSP_EINVALID);
    TU_CODE(csp_schema_field_bounds(&min, &max, CSP_ENTITY_PARTNERSHIP, -1), CSP_EARG);
    TU_CODE(csp_schema_field_bounds(&min, &max, -1, 0), CSP_EARG);
    /* Labels. */
    TU_STR_EQ(csp_schema_field_label(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_ACCOUNTABLE_TO), "Accountable to");
    TU_STR_EQ(csp_schema_field_label(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME), "Name");
    /* Since: entities of schema 1 and 2. */
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_ORGANISATION, -1), 1);
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_MEMBERSHIP, -1), 1);
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_DUTY, -1), 2);
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_DISCHARGE, -1), 2);
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME), 1);
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_STRATEGY, CSP_STRATEGY_TITLE), 2);
    /* Limits and the multiline flag, as the description gives them. */
    ck_assert_int_eq(csp_schema_field_max_length(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_NAME), 1000);
    ck_assert_int_eq(csp_schema_field_max_length(CSP_ENTITY_DUTY, CSP_DUTY_NOTE), 20000);
    ck_assert_int_eq(csp_schema_field_max_length(CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_EVIDENCE_URL), 2000);
    ck_assert_int_eq(csp_schema_field_max_length(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_PARENT), 128);
    ck_assert_int_eq(csp_schema_field_max_length(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_FORMED_ON), 0);
    ck_assert_int_eq(csp_schema_field_max_length(CSP_ENTITY_PARTNERSHIP, 999), 0);
    ck_assert_int_eq(csp_schema_field_max_length(999, 0), 0);
    ck_assert(csp_schema_field_flags(CSP_ENTITY_DUTY, CSP_DUTY_NOTE) & CSP_FLAG_MULTILINE);
    ck_assert(!(csp_schema_field_flags(CSP_ENTITY_DUTY, CSP_DUTY_TITLE) & CSP_FLAG_MULTILINE));
    ck_assert(csp_schema_field_flags(CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_PARENT) & CSP_FLAG_ACYCLIC);
    ck_assert_int_eq(csp_schema_field_since(CSP_ENTITY_ORGANISATION, -2), 0);
    ck_assert_int_eq(csp_schema_field_since(-1, -1), 0);
    ck_assert_int_eq(csp_schema_field_since(-1, 0), 0);
    /* Find by name. */
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_PARTNERSHIP, "works_with"), CSP_PARTNERSHIP_WORKS_WITH);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_PARTNERSHIP, "id"), 0);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_DISCHARGE, "assessment"), CSP_DISCHARGE_ASSESSMENT);
}
END_TEST

START_TEST(test_entity_parent)
{
    const char *key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, CSP_ENTITY_MEMBERSHIP), CSP_ENTITY_PARTNERSHIP);
    TU_STR_EQ(key, "members");
    key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, CSP_ENTITY_ELEMENT), CSP_ENTITY_STRATEGY);
    TU_STR_EQ(key, "elements");
    ck_assert_int_eq(csp_schema_entity_parent(NULL, CSP_ENTITY_ELEMENT), CSP_ENTITY_STRATEGY);
    key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, CSP_ENTITY_AGENDA_ITEM), CSP_ENTITY_MEETING);
    TU_STR_EQ(key, "agenda");
    key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, CSP_ENTITY_INDICATOR_VALUE), CSP_ENTITY_INDICATOR);
    TU_STR_EQ(key, "values");
    /* Top-level entities. */
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        if (e == CSP_ENTITY_MEMBERSHIP || e == CSP_ENTITY_ELEMENT || e == CSP_ENTITY_DOCUMENT ||
            e == CSP_ENTITY_AGENDA_ITEM || e == CSP_ENTITY_ATTENDANCE || e == CSP_ENTITY_ACTION_UPDATE ||
            e == CSP_ENTITY_RISK_REVIEW || e == CSP_ENTITY_RECOMMENDATION || e == CSP_ENTITY_INDICATOR_VALUE ||
            e == CSP_ENTITY_STANDING_ITEM)
            continue;
        key = "unset";
        ck_assert_msg(csp_schema_entity_parent(&key, e) == -1, "%s has a parent",
                      csp_schema_entity_name((size_t)e));
        ck_assert_ptr_null(key);
    }
    key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, CSP_ENTITY_ORGANISATION), -1);
    ck_assert_ptr_null(key);
    /* Unknown. */
    key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, -1), -1);
    ck_assert_ptr_null(key);
    key = "unset";
    ck_assert_int_eq(csp_schema_entity_parent(&key, 9999), -1);
    ck_assert_ptr_null(key);
    ck_assert_int_eq(csp_schema_entity_parent(NULL, (int)csp_schema_entity_count()), -1);
}
END_TEST

START_TEST(test_entity_find)
{
    static const struct {
        const char *name;
        int id;
    } names[] = {
        {"organisation", CSP_ENTITY_ORGANISATION}, {"organisations", CSP_ENTITY_ORGANISATION},
        {"person", CSP_ENTITY_PERSON},             {"people", CSP_ENTITY_PERSON},
        {"partnership", CSP_ENTITY_PARTNERSHIP},   {"membership", CSP_ENTITY_MEMBERSHIP},
        {"memberships", CSP_ENTITY_MEMBERSHIP},    {"duty", CSP_ENTITY_DUTY},
        {"duties", CSP_ENTITY_DUTY},               {"duty_holding", CSP_ENTITY_DUTY_HOLDING},
        {"duty_holdings", CSP_ENTITY_DUTY_HOLDING}, {"strategy", CSP_ENTITY_STRATEGY},
        {"strategies", CSP_ENTITY_STRATEGY},       {"element", CSP_ENTITY_ELEMENT},
        {"elements", CSP_ENTITY_ELEMENT},          {"assessment", CSP_ENTITY_ASSESSMENT},
        {"discharge", CSP_ENTITY_DISCHARGE},       {"discharges", CSP_ENTITY_DISCHARGE},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        ck_assert_msg(csp_schema_entity_find(names[i].name) == names[i].id, "%s", names[i].name);
    TU_STR_EQ(csp_schema_entity_plural(CSP_ENTITY_PERSON), "people");
    TU_STR_EQ(csp_schema_entity_plural(CSP_ENTITY_DUTY_HOLDING), "duty_holdings");
    TU_STR_EQ(csp_schema_entity_plural(CSP_ENTITY_STRATEGY), "strategies");
    /* Unknown names: CSP_ENOTFOUND, and no error recorded. */
    csp_error_clear();
    ck_assert_int_eq(csp_schema_entity_find("spaceship"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_entity_find("Organisation"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_entity_find("members"), CSP_ENOTFOUND); /* a JSON key, not a plural */
    ck_assert_int_eq(csp_schema_entity_find(""), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_entity_find(NULL), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_ORGANISATION, "colour"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_ORGANISATION, "Name"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_ORGANISATION, ""), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_ORGANISATION, NULL), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_field_find(-1, "id"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_field_find(9999, "id"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_error_last()->code, CSP_OK);
}
END_TEST

/* Unknown entity ids give NULL, 0, -1 or CSP_EARG, as documented. */
START_TEST(test_unknown_ids)
{
    static const int bad[] = {-1, 25, 9999, -9999};
    ck_assert_uint_eq(csp_schema_entity_count(), 25);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int e = bad[i];
        long long min = 0;
        ck_assert_ptr_null(csp_schema_entity_plural(e));
        ck_assert_ptr_null(csp_schema_field_name(e, 0));
        ck_assert_int_eq(csp_schema_field_type(e, 0), 0);
        ck_assert_uint_eq(csp_schema_field_flags(e, 0), 0);
        ck_assert_int_eq(csp_schema_field_target(e, 0), -1);
        ck_assert_ptr_null(csp_schema_field_enum(e, 0));
        ck_assert_ptr_null(csp_schema_field_label(e, 0));
        ck_assert_int_eq(csp_schema_field_since(e, 0), 0);
        ck_assert_int_eq(csp_schema_field_since(e, -1), 0);
        TU_CODE(csp_schema_field_bounds(&min, NULL, e, 0), CSP_EARG);
    }
    /* Unknown field ids of a known entity. */
    ck_assert_ptr_null(csp_schema_field_name(CSP_ENTITY_ORGANISATION, -1));
    ck_assert_int_eq(csp_schema_field_type(CSP_ENTITY_ORGANISATION, -1), 0);
    ck_assert_uint_eq(csp_schema_field_flags(CSP_ENTITY_ORGANISATION, 9999), 0);
    ck_assert_int_eq(csp_schema_field_target(CSP_ENTITY_MEMBERSHIP, 9999), -1);
    ck_assert_ptr_null(csp_schema_field_enum(CSP_ENTITY_ORGANISATION, -1));
    ck_assert_ptr_null(csp_schema_field_label(CSP_ENTITY_ORGANISATION, CSP_ORGANISATION_DISSOLVED_ON + 1));
}
END_TEST

/* Every enum a field uses: its values, each with a label and a doc line. */
START_TEST(test_enums_by_name)
{
    size_t enums_seen = 0;
    const char *seen[32];
    for (int e = 0; e < (int)csp_schema_entity_count(); e++) {
        for (int f = 0; f < (int)csp_schema_field_count(csp_schema_entity_name((size_t)e)); f++) {
            const char *en = csp_schema_field_enum(e, f);
            size_t n, k, j;
            if (en == NULL)
                continue;
            for (j = 0; j < enums_seen && strcmp(seen[j], en) != 0; j++)
                ;
            if (j < enums_seen)
                continue;
            ck_assert_uint_lt(enums_seen, 32);
            seen[enums_seen++] = en;
            n = csp_schema_enum_count(en);
            ck_assert_msg(n > 0, "enum %s is empty", en);
            ck_assert_msg(csp_schema_enum_doc(en, NULL) != NULL && csp_schema_enum_doc(en, NULL)[0] != '\0',
                          "enum %s: no doc", en);
            for (k = 0; k < n; k++) {
                const char *v = csp_schema_enum_value(en, k);
                const char *label, *doc;
                ck_assert_msg(v != NULL && v[0] != '\0', "%s[%zu]", en, k);
                label = csp_schema_enum_label(en, v);
                doc = csp_schema_enum_doc(en, v);
                ck_assert_msg(label != NULL && label[0] != '\0', "%s.%s: no label", en, v);
                ck_assert_msg(doc != NULL && doc[0] != '\0', "%s.%s: no doc", en, v);
                /* Values are lower_snake and distinct. */
                for (const char *c = v; *c; c++)
                    ck_assert_msg((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_', "%s: %s", en, v);
                for (j = 0; j < k; j++)
                    ck_assert_str_ne(csp_schema_enum_value(en, j), v);
            }
            ck_assert_ptr_null(csp_schema_enum_value(en, n));
            ck_assert_ptr_null(csp_schema_enum_value(en, (size_t)-1));
            ck_assert_ptr_null(csp_schema_enum_label(en, "no_such_value"));
            ck_assert_ptr_null(csp_schema_enum_doc(en, "no_such_value"));
            ck_assert_ptr_null(csp_schema_enum_label(en, NULL));
        }
    }
    ck_assert_uint_eq(enums_seen, 23);
    /* Known values. */
    ck_assert_uint_eq(csp_schema_enum_count("organisation_kind"), 14);
    ck_assert_uint_eq(csp_schema_enum_count("membership_role"), 7);
    TU_STR_EQ(csp_schema_enum_value("membership_role", 1), "vice_chair");
    TU_STR_EQ(csp_schema_enum_label("membership_role", "vice_chair"), "Vice-chair");
    TU_STR_EQ(csp_schema_enum_label("partnership_kind", "task_group"), "Task-and-finish group");
    TU_STR_EQ(csp_schema_enum_label("s6_strand", "serious_violence"), "Serious violence");
    ck_assert_ptr_nonnull(strstr(csp_schema_enum_doc("s6_strand", "serious_violence"), "2023"));
    /* Unknown enums. */
    ck_assert_uint_eq(csp_schema_enum_count("colour"), 0);
    ck_assert_uint_eq(csp_schema_enum_count(""), 0);
    ck_assert_uint_eq(csp_schema_enum_count(NULL), 0);
    ck_assert_ptr_null(csp_schema_enum_value("colour", 0));
    ck_assert_ptr_null(csp_schema_enum_value(NULL, 0));
    ck_assert_ptr_null(csp_schema_enum_label("colour", "red"));
    ck_assert_ptr_null(csp_schema_enum_label(NULL, "police"));
    ck_assert_ptr_null(csp_schema_enum_doc("colour", NULL));
    ck_assert_ptr_null(csp_schema_enum_doc("colour", "red"));
    ck_assert_ptr_null(csp_schema_enum_doc(NULL, NULL));
    /* A value of another enum. */
    ck_assert_ptr_null(csp_schema_enum_label("membership_role", "police"));
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

    tc = tcase_create("by_id");
    tcase_add_test(tc, test_by_id_agrees_with_by_name);
    tcase_add_test(tc, test_known_flags);
    tcase_add_test(tc, test_field_details);
    tcase_add_test(tc, test_entity_parent);
    tcase_add_test(tc, test_entity_find);
    tcase_add_test(tc, test_unknown_ids);
    tcase_add_test(tc, test_enums_by_name);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(schema_suite());
}
