/*
 * test_error.c: the thread-local last error, code names, and CSP_EARG from a
 * NULL pointer passed to every public function that takes one.
 */
#include "testutil.h"

#include <threads.h>

/* A non-NULL pointer that must be overwritten with NULL by a failing call. */
static int sentinel_;
#define SENTINEL(type) ((type *)(void *)&sentinel_)

/* Asserts CSP_EARG from expr (with a message), and that nothing crashed. */
#define EARG(expr) TU_CODE((expr), CSP_EARG)

START_TEST(test_last_never_null)
{
    const csp_error *e;
    csp_error_clear();
    e = csp_error_last();
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->code, CSP_OK);
    ck_assert_ptr_nonnull(e->message);
    ck_assert_str_eq(e->message, "");
    ck_assert_ptr_nonnull(e->path);
    ck_assert_str_eq(e->path, "");
    ck_assert_int_eq(e->line, 0);
    ck_assert_int_eq(e->column, 0);
}
END_TEST

START_TEST(test_clear)
{
    const csp_error *e;
    TU_CODE(csp_date_check("2023-02-30"), CSP_EDATE);
    e = csp_error_last();
    ck_assert_int_eq(e->code, CSP_EDATE);
    ck_assert_str_ne(e->message, "");
    csp_error_clear();
    e = csp_error_last();
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->code, CSP_OK);
    ck_assert_str_eq(e->message, "");
    ck_assert_str_eq(e->path, "");
    ck_assert_int_eq(e->line, 0);
    ck_assert_int_eq(e->column, 0);
    /* Clearing twice is harmless. */
    csp_error_clear();
    ck_assert_int_eq(csp_error_last()->code, CSP_OK);
}
END_TEST

START_TEST(test_clear_after_parse_error)
{
    csp_register *reg = tu_open_mem();
    const char *doc = "{\n\"format\": \"libcsp/1\",\n,}";
    TU_CODE(csp_json_import(reg, doc, strlen(doc), NULL), CSP_EPARSE);
    ck_assert_int_gt(csp_error_last()->line, 0);
    csp_error_clear();
    ck_assert_int_eq(csp_error_last()->line, 0);
    ck_assert_int_eq(csp_error_last()->column, 0);
    ck_assert_str_eq(csp_error_last()->path, "");
    csp_register_close(reg);
}
END_TEST

static const struct {
    int code;
    const char *name;
} codes[] = {
    {CSP_OK, "CSP_OK"},
    {CSP_ERROR, "CSP_ERROR"},
    {CSP_ENOMEM, "CSP_ENOMEM"},
    {CSP_EARG, "CSP_EARG"},
    {CSP_ENOTFOUND, "CSP_ENOTFOUND"},
    {CSP_EEXISTS, "CSP_EEXISTS"},
    {CSP_EINVALID, "CSP_EINVALID"},
    {CSP_EREQUIRED, "CSP_EREQUIRED"},
    {CSP_EENUM, "CSP_EENUM"},
    {CSP_EDATE, "CSP_EDATE"},
    {CSP_EUNKNOWN, "CSP_EUNKNOWN"},
    {CSP_EREFERENCE, "CSP_EREFERENCE"},
    {CSP_EINUSE, "CSP_EINUSE"},
    {CSP_ECONSTRAINT, "CSP_ECONSTRAINT"},
    {CSP_EPARSE, "CSP_EPARSE"},
    {CSP_EIO, "CSP_EIO"},
    {CSP_EBUSY, "CSP_EBUSY"},
    {CSP_EVERSION, "CSP_EVERSION"},
    {CSP_ECORRUPT, "CSP_ECORRUPT"},
    {CSP_ENOTREGISTER, "CSP_ENOTREGISTER"},
    {CSP_EREADONLY, "CSP_EREADONLY"},
    {CSP_ITEROVER, "CSP_ITEROVER"},
};

START_TEST(test_code_names)
{
    size_t i;
    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const char *name = csp_code_name(codes[i].code);
        ck_assert_ptr_nonnull(name);
        ck_assert_msg(strcmp(name, codes[i].name) == 0, "csp_code_name(%d): expected %s, got %s",
                      codes[i].code, codes[i].name, name);
    }
}
END_TEST

START_TEST(test_code_name_unknown)
{
    ck_assert_str_eq(csp_code_name(-9999), "CSP_ERROR");
    ck_assert_str_eq(csp_code_name(42), "CSP_ERROR");
    ck_assert_str_eq(csp_code_name(-30), "CSP_ERROR");
    ck_assert_str_eq(csp_code_name(-21), "CSP_ERROR");
}
END_TEST

START_TEST(test_version)
{
    ck_assert_ptr_nonnull(csp_version());
    ck_assert_str_eq(csp_version(), CSP_VERSION_STRING);
    ck_assert_int_ge(csp_schema_version(), 1);
}
END_TEST

/* The last error is thread-local: another thread starts clean and its errors stay there. */
static int thread_main(void *arg)
{
    int *result = arg;
    const csp_error *e = csp_error_last();
    result[0] = e != NULL ? e->code : 999;
    result[1] = csp_date_check("2023-13");
    result[2] = csp_error_last()->code;
    return 0;
}

START_TEST(test_thread_local)
{
    thrd_t t;
    int result[3] = {1, 1, 1};
    TU_CODE(csp_date_check(NULL), CSP_EARG);
    ck_assert_int_eq(thrd_create(&t, thread_main, result), thrd_success);
    ck_assert_int_eq(thrd_join(t, NULL), thrd_success);
    ck_assert_int_eq(result[0], CSP_OK);
    ck_assert_int_eq(result[1], CSP_EDATE);
    ck_assert_int_eq(result[2], CSP_EDATE);
    /* This thread still holds its own error. */
    ck_assert_int_eq(csp_error_last()->code, CSP_EARG);
}
END_TEST

/* ------------------------------------------------------------------ */
/* NULL arguments                                                      */
/* ------------------------------------------------------------------ */

START_TEST(test_null_common_date)
{
    csp_free(NULL);
    EARG(csp_date_check(NULL));
    /* Two invalid dates: no crash, and they cannot overlap. */
    ck_assert_int_eq(csp_date_overlaps(NULL, "2020"), 0);
    ck_assert_int_eq(csp_date_overlaps("2020", NULL), 0);
    ck_assert_int_eq(csp_date_overlaps(NULL, NULL), 0);
    (void)csp_date_compare(NULL, "2020");
    (void)csp_date_compare("2020", NULL);
    (void)csp_date_compare(NULL, NULL);
}
END_TEST

START_TEST(test_null_register)
{
    csp_register *reg = SENTINEL(csp_register);
    csp_open_options opts = CSP_OPEN_OPTIONS_INIT;
    EARG(csp_register_open(NULL, ":memory:", NULL));
    EARG(csp_register_open(NULL, ":memory:", &opts));
    EARG(csp_register_open(&reg, NULL, NULL));
    ck_assert_ptr_null(reg);
    reg = SENTINEL(csp_register);
    EARG(csp_register_open(&reg, NULL, &opts));
    ck_assert_ptr_null(reg);
    csp_register_close(NULL);
    ck_assert_ptr_null(csp_register_path(NULL));
    ck_assert_int_eq(csp_register_readonly(NULL), 0);
}
END_TEST

START_TEST(test_null_schema)
{
    const char *const *values = SENTINEL(const char *const);
    const char *name = NULL;
    ck_assert_uint_eq(csp_schema_field_count(NULL), 0);
    EARG(csp_schema_field(&name, NULL, NULL, NULL, NULL, 0));
    EARG(csp_schema_enum_values(NULL, "membership", "role"));
    EARG(csp_schema_enum_values(&values, NULL, "role"));
    EARG(csp_schema_enum_values(&values, "membership", NULL));
    ck_assert_ptr_null(csp_schema_doc(NULL, NULL));
    ck_assert_ptr_null(csp_schema_doc(NULL, "role"));
    /* All outputs NULL is allowed ("any output pointer may be NULL"). */
    TU_OK(csp_schema_field(NULL, NULL, NULL, NULL, "organisation", 0));
}
END_TEST

START_TEST(test_null_organisation)
{
    csp_register *reg = tu_open_mem();
    csp_organisation *o = SENTINEL(csp_organisation);
    csp_organisation_iterator *it = SENTINEL(csp_organisation_iterator);
    csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;

    EARG(csp_organisation_new(NULL, "x"));
    EARG(csp_organisation_new(&o, NULL));
    ck_assert_ptr_null(o);
    csp_organisation_free(NULL);

    o = SENTINEL(csp_organisation);
    EARG(csp_organisation_get(NULL, reg, "x"));
    EARG(csp_organisation_get(&o, NULL, "x"));
    ck_assert_ptr_null(o);
    o = SENTINEL(csp_organisation);
    EARG(csp_organisation_get(&o, reg, NULL));
    ck_assert_ptr_null(o);

    EARG(csp_organisation_put(NULL, NULL));
    EARG(csp_organisation_put(reg, NULL));
    EARG(csp_organisation_delete(NULL, "x"));
    EARG(csp_organisation_delete(reg, NULL));

    EARG(csp_organisation_iterator_new(NULL, reg, NULL));
    EARG(csp_organisation_iterator_new(NULL, reg, &f));
    EARG(csp_organisation_iterator_new(&it, NULL, NULL));
    ck_assert_ptr_null(it);
    o = SENTINEL(csp_organisation);
    EARG(csp_organisation_next(&o, NULL));
    ck_assert_ptr_null(o);
    TU_OK(csp_organisation_iterator_new(&it, reg, NULL));
    EARG(csp_organisation_next(NULL, it));
    csp_organisation_iterator_free(it);
    csp_organisation_iterator_free(NULL);

    ck_assert_ptr_null(csp_organisation_id(NULL));
    ck_assert_ptr_null(csp_organisation_name(NULL));
    ck_assert_ptr_null(csp_organisation_kind(NULL));
    ck_assert_ptr_null(csp_organisation_area(NULL));
    ck_assert_int_eq(csp_organisation_responsible_authority(NULL), 0);
    ck_assert_int_eq(csp_organisation_serious_violence_duty_holder(NULL), 0);
    ck_assert_int_eq(csp_organisation_cooperating_body(NULL), 0);

    EARG(csp_organisation_set_name(NULL, "x"));
    EARG(csp_organisation_set_kind(NULL, "police"));
    EARG(csp_organisation_set_area(NULL, "x"));
    EARG(csp_organisation_set_responsible_authority(NULL, 1));
    EARG(csp_organisation_set_serious_violence_duty_holder(NULL, 1));
    EARG(csp_organisation_set_cooperating_body(NULL, 1));
    csp_register_close(reg);
}
END_TEST

START_TEST(test_null_person)
{
    csp_register *reg = tu_open_mem();
    csp_person *p = SENTINEL(csp_person);
    csp_person_iterator *it = SENTINEL(csp_person_iterator);

    EARG(csp_person_new(NULL, "x"));
    EARG(csp_person_new(&p, NULL));
    ck_assert_ptr_null(p);
    csp_person_free(NULL);

    p = SENTINEL(csp_person);
    EARG(csp_person_get(NULL, reg, "x"));
    EARG(csp_person_get(&p, NULL, "x"));
    ck_assert_ptr_null(p);
    p = SENTINEL(csp_person);
    EARG(csp_person_get(&p, reg, NULL));
    ck_assert_ptr_null(p);

    EARG(csp_person_put(NULL, NULL));
    EARG(csp_person_put(reg, NULL));
    EARG(csp_person_delete(NULL, "x"));
    EARG(csp_person_delete(reg, NULL));

    EARG(csp_person_iterator_new(NULL, reg, NULL));
    EARG(csp_person_iterator_new(&it, NULL, NULL));
    ck_assert_ptr_null(it);
    p = SENTINEL(csp_person);
    EARG(csp_person_next(&p, NULL));
    ck_assert_ptr_null(p);
    TU_OK(csp_person_iterator_new(&it, reg, NULL));
    EARG(csp_person_next(NULL, it));
    csp_person_iterator_free(it);
    csp_person_iterator_free(NULL);

    ck_assert_ptr_null(csp_person_id(NULL));
    ck_assert_ptr_null(csp_person_name(NULL));
    ck_assert_ptr_null(csp_person_honorific(NULL));
    ck_assert_int_eq(csp_person_private(NULL), 0);

    EARG(csp_person_set_name(NULL, "x"));
    EARG(csp_person_set_honorific(NULL, "x"));
    EARG(csp_person_set_private(NULL, 1));
    csp_register_close(reg);
}
END_TEST

START_TEST(test_null_partnership)
{
    csp_register *reg = tu_open_mem();
    csp_partnership *p = SENTINEL(csp_partnership);
    csp_partnership_iterator *it = SENTINEL(csp_partnership_iterator);

    EARG(csp_partnership_new(NULL, "x"));
    EARG(csp_partnership_new(&p, NULL));
    ck_assert_ptr_null(p);
    csp_partnership_free(NULL);

    p = SENTINEL(csp_partnership);
    EARG(csp_partnership_get(NULL, reg, "x"));
    EARG(csp_partnership_get(&p, NULL, "x"));
    ck_assert_ptr_null(p);
    p = SENTINEL(csp_partnership);
    EARG(csp_partnership_get(&p, reg, NULL));
    ck_assert_ptr_null(p);

    EARG(csp_partnership_put(NULL, NULL));
    EARG(csp_partnership_put(reg, NULL));
    EARG(csp_partnership_delete(NULL, "x"));
    EARG(csp_partnership_delete(reg, NULL));

    EARG(csp_partnership_iterator_new(NULL, reg, NULL));
    EARG(csp_partnership_iterator_new(&it, NULL, NULL));
    ck_assert_ptr_null(it);
    p = SENTINEL(csp_partnership);
    EARG(csp_partnership_next(&p, NULL));
    ck_assert_ptr_null(p);
    TU_OK(csp_partnership_iterator_new(&it, reg, NULL));
    EARG(csp_partnership_next(NULL, it));
    csp_partnership_iterator_free(it);
    csp_partnership_iterator_free(NULL);

    ck_assert_ptr_null(csp_partnership_id(NULL));
    ck_assert_ptr_null(csp_partnership_name(NULL));
    ck_assert_ptr_null(csp_partnership_short_name(NULL));
    ck_assert_ptr_null(csp_partnership_kind(NULL));
    ck_assert_ptr_null(csp_partnership_area(NULL));
    ck_assert_ptr_null(csp_partnership_area_code(NULL));
    ck_assert_ptr_null(csp_partnership_parent(NULL));
    ck_assert_ptr_null(csp_partnership_accountable_to(NULL));
    ck_assert_ptr_null(csp_partnership_formed_on(NULL));
    ck_assert_ptr_null(csp_partnership_statutory_basis(NULL));
    ck_assert_int_eq(csp_partnership_meetings_per_year(NULL), 0);
    ck_assert_int_eq(csp_partnership_minutes_per_meeting(NULL), 0);
    ck_assert_int_eq(csp_partnership_ad_hoc_meetings(NULL), 0);
    ck_assert_uint_eq(csp_partnership_works_with_count(NULL), 0);
    ck_assert_ptr_null(csp_partnership_works_with(NULL, 0));
    ck_assert_uint_eq(csp_partnership_former_names_count(NULL), 0);
    ck_assert_ptr_null(csp_partnership_former_names(NULL, 0));

    EARG(csp_partnership_set_name(NULL, "x"));
    EARG(csp_partnership_set_short_name(NULL, "x"));
    EARG(csp_partnership_set_kind(NULL, "board"));
    EARG(csp_partnership_set_area(NULL, "x"));
    EARG(csp_partnership_set_area_code(NULL, "E09000009"));
    EARG(csp_partnership_set_parent(NULL, "x"));
    EARG(csp_partnership_set_accountable_to(NULL, "x"));
    EARG(csp_partnership_set_formed_on(NULL, "2002"));
    EARG(csp_partnership_set_statutory_basis(NULL, "x"));
    EARG(csp_partnership_set_meetings_per_year(NULL, 4));
    EARG(csp_partnership_set_minutes_per_meeting(NULL, 60));
    EARG(csp_partnership_set_ad_hoc_meetings(NULL, 1));
    EARG(csp_partnership_add_works_with(NULL, "x"));
    EARG(csp_partnership_clear_works_with(NULL));
    EARG(csp_partnership_add_former_names(NULL, "x"));
    EARG(csp_partnership_clear_former_names(NULL));

    /* A NULL item to append is a bad argument too, and leaves the list alone. */
    TU_OK(csp_partnership_new(&p, "p"));
    EARG(csp_partnership_add_works_with(p, NULL));
    EARG(csp_partnership_add_former_names(p, NULL));
    ck_assert_uint_eq(csp_partnership_works_with_count(p), 0);
    ck_assert_uint_eq(csp_partnership_former_names_count(p), 0);
    csp_partnership_free(p);
    csp_register_close(reg);
}
END_TEST

START_TEST(test_null_membership)
{
    csp_register *reg = tu_open_mem();
    csp_membership *m = SENTINEL(csp_membership);
    csp_membership_iterator *it = SENTINEL(csp_membership_iterator);

    EARG(csp_membership_new(NULL, "x"));
    EARG(csp_membership_new(&m, NULL));
    ck_assert_ptr_null(m);
    csp_membership_free(NULL);

    m = SENTINEL(csp_membership);
    EARG(csp_membership_get(NULL, reg, "x"));
    EARG(csp_membership_get(&m, NULL, "x"));
    ck_assert_ptr_null(m);
    m = SENTINEL(csp_membership);
    EARG(csp_membership_get(&m, reg, NULL));
    ck_assert_ptr_null(m);

    EARG(csp_membership_put(NULL, NULL));
    EARG(csp_membership_put(reg, NULL));
    EARG(csp_membership_delete(NULL, "x"));
    EARG(csp_membership_delete(reg, NULL));

    EARG(csp_membership_iterator_new(NULL, reg, NULL));
    EARG(csp_membership_iterator_new(&it, NULL, NULL));
    ck_assert_ptr_null(it);
    m = SENTINEL(csp_membership);
    EARG(csp_membership_next(&m, NULL));
    ck_assert_ptr_null(m);
    TU_OK(csp_membership_iterator_new(&it, reg, NULL));
    EARG(csp_membership_next(NULL, it));
    csp_membership_iterator_free(it);
    csp_membership_iterator_free(NULL);

    ck_assert_ptr_null(csp_membership_id(NULL));
    ck_assert_ptr_null(csp_membership_partnership(NULL));
    ck_assert_ptr_null(csp_membership_organisation(NULL));
    ck_assert_ptr_null(csp_membership_person(NULL));
    ck_assert_ptr_null(csp_membership_role(NULL));
    ck_assert_ptr_null(csp_membership_post(NULL));
    ck_assert_ptr_null(csp_membership_on_behalf_of(NULL));
    ck_assert_ptr_null(csp_membership_start_date(NULL));
    ck_assert_ptr_null(csp_membership_end_date(NULL));

    EARG(csp_membership_set_partnership(NULL, "x"));
    EARG(csp_membership_set_organisation(NULL, "x"));
    EARG(csp_membership_set_person(NULL, "x"));
    EARG(csp_membership_set_role(NULL, "chair"));
    EARG(csp_membership_set_post(NULL, "x"));
    EARG(csp_membership_set_on_behalf_of(NULL, "x"));
    EARG(csp_membership_set_start_date(NULL, "2020"));
    EARG(csp_membership_set_end_date(NULL, "2020"));
    csp_register_close(reg);
}
END_TEST

START_TEST(test_null_json)
{
    csp_register *reg = tu_open_mem();
    char *out = SENTINEL(char);
    const char *doc = "{\"format\": \"libcsp/1\"}";
    csp_import_options iopts = CSP_IMPORT_OPTIONS_INIT;
    csp_export_options eopts = CSP_EXPORT_OPTIONS_INIT;

    EARG(csp_json_import(NULL, doc, strlen(doc), NULL));
    EARG(csp_json_import(NULL, doc, strlen(doc), &iopts));
    EARG(csp_json_import(reg, NULL, 10, NULL));
    EARG(csp_json_import_file(NULL, "/nonexistent.json", NULL));
    EARG(csp_json_import_file(reg, NULL, NULL));
    EARG(csp_json_export(NULL, reg, NULL));
    EARG(csp_json_export(NULL, reg, &eopts));
    EARG(csp_json_export(&out, NULL, NULL));
    ck_assert_ptr_null(out);
    EARG(csp_json_export_file(NULL, "/tmp/never-written.json", NULL));
    EARG(csp_json_export_file(reg, NULL, NULL));
    csp_register_close(reg);
}
END_TEST

/*
 * The statutory layer (duty.h, strategy.h, assessment.h): the same checks,
 * written out from the headers' declarations by pattern (new, get, put,
 * delete, iterator_new, next, getters, setters).
 */
static void null_duty(csp_register *reg)
{
    { csp_duty *o = NULL; EARG(csp_duty_new(NULL, "x")); EARG(csp_duty_new(&o, NULL)); ck_assert_ptr_null(o); }
    csp_duty_free(NULL);
    { csp_duty *o = NULL; EARG(csp_duty_get(NULL, reg, "x")); EARG(csp_duty_get(&o, NULL, "x")); ck_assert_ptr_null(o); EARG(csp_duty_get(&o, reg, NULL)); ck_assert_ptr_null(o); }
    EARG(csp_duty_put(NULL, NULL)); EARG(csp_duty_put(reg, NULL));
    EARG(csp_duty_delete(NULL, "x")); EARG(csp_duty_delete(reg, NULL));
    { csp_duty_iterator *it = NULL; EARG(csp_duty_iterator_new(NULL, reg, NULL)); EARG(csp_duty_iterator_new(&it, NULL, NULL)); ck_assert_ptr_null(it); }
    { csp_duty *o = NULL; EARG(csp_duty_next(&o, NULL)); ck_assert_ptr_null(o); }
    csp_duty_iterator_free(NULL);
    ck_assert_ptr_null(csp_duty_id(NULL));
    ck_assert_ptr_null(csp_duty_title(NULL));
    ck_assert_ptr_null(csp_duty_source(NULL));
    ck_assert_ptr_null(csp_duty_commencement(NULL));
    ck_assert_ptr_null(csp_duty_recurrence(NULL));
    ck_assert_uint_eq(csp_duty_applies_to_count(NULL), 0);
    ck_assert_ptr_null(csp_duty_applies_to(NULL, 0));
    ck_assert_ptr_null(csp_duty_confidence(NULL));
    ck_assert_ptr_null(csp_duty_note(NULL));
    ck_assert_int_eq(csp_duty_builtin(NULL), 0);
    EARG(csp_duty_set_title(NULL, "x"));
    EARG(csp_duty_set_source(NULL, "x"));
    EARG(csp_duty_set_commencement(NULL, "x"));
    EARG(csp_duty_set_recurrence(NULL, "x"));
    EARG(csp_duty_add_applies_to(NULL, "x"));
    EARG(csp_duty_clear_applies_to(NULL));
    EARG(csp_duty_set_confidence(NULL, "x"));
    EARG(csp_duty_set_note(NULL, "x"));
    { csp_duty_holding *o = NULL; EARG(csp_duty_holding_new(NULL, "x")); EARG(csp_duty_holding_new(&o, NULL)); ck_assert_ptr_null(o); }
    csp_duty_holding_free(NULL);
    { csp_duty_holding *o = NULL; EARG(csp_duty_holding_get(NULL, reg, "x")); EARG(csp_duty_holding_get(&o, NULL, "x")); ck_assert_ptr_null(o); EARG(csp_duty_holding_get(&o, reg, NULL)); ck_assert_ptr_null(o); }
    EARG(csp_duty_holding_put(NULL, NULL)); EARG(csp_duty_holding_put(reg, NULL));
    EARG(csp_duty_holding_delete(NULL, "x")); EARG(csp_duty_holding_delete(reg, NULL));
    { csp_duty_holding_iterator *it = NULL; EARG(csp_duty_holding_iterator_new(NULL, reg, NULL)); EARG(csp_duty_holding_iterator_new(&it, NULL, NULL)); ck_assert_ptr_null(it); }
    { csp_duty_holding *o = NULL; EARG(csp_duty_holding_next(&o, NULL)); ck_assert_ptr_null(o); }
    csp_duty_holding_iterator_free(NULL);
    ck_assert_ptr_null(csp_duty_holding_id(NULL));
    ck_assert_ptr_null(csp_duty_holding_duty(NULL));
    ck_assert_ptr_null(csp_duty_holding_partnership(NULL));
    ck_assert_ptr_null(csp_duty_holding_organisation(NULL));
    ck_assert_ptr_null(csp_duty_holding_start_date(NULL));
    ck_assert_ptr_null(csp_duty_holding_end_date(NULL));
    ck_assert_ptr_null(csp_duty_holding_note(NULL));
    EARG(csp_duty_holding_set_duty(NULL, "x"));
    EARG(csp_duty_holding_set_partnership(NULL, "x"));
    EARG(csp_duty_holding_set_organisation(NULL, "x"));
    EARG(csp_duty_holding_set_start_date(NULL, "x"));
    EARG(csp_duty_holding_set_end_date(NULL, "x"));
    EARG(csp_duty_holding_set_note(NULL, "x"));
    { csp_discharge *o = NULL; EARG(csp_discharge_new(NULL, "x")); EARG(csp_discharge_new(&o, NULL)); ck_assert_ptr_null(o); }
    csp_discharge_free(NULL);
    { csp_discharge *o = NULL; EARG(csp_discharge_get(NULL, reg, "x")); EARG(csp_discharge_get(&o, NULL, "x")); ck_assert_ptr_null(o); EARG(csp_discharge_get(&o, reg, NULL)); ck_assert_ptr_null(o); }
    EARG(csp_discharge_put(NULL, NULL)); EARG(csp_discharge_put(reg, NULL));
    EARG(csp_discharge_delete(NULL, "x")); EARG(csp_discharge_delete(reg, NULL));
    { csp_discharge_iterator *it = NULL; EARG(csp_discharge_iterator_new(NULL, reg, NULL)); EARG(csp_discharge_iterator_new(&it, NULL, NULL)); ck_assert_ptr_null(it); }
    { csp_discharge *o = NULL; EARG(csp_discharge_next(&o, NULL)); ck_assert_ptr_null(o); }
    csp_discharge_iterator_free(NULL);
    ck_assert_ptr_null(csp_discharge_id(NULL));
    ck_assert_ptr_null(csp_discharge_duty(NULL));
    ck_assert_ptr_null(csp_discharge_partnership(NULL));
    ck_assert_ptr_null(csp_discharge_discharged_on(NULL));
    ck_assert_ptr_null(csp_discharge_title(NULL));
    ck_assert_ptr_null(csp_discharge_evidence_title(NULL));
    ck_assert_ptr_null(csp_discharge_evidence_url(NULL));
    ck_assert_ptr_null(csp_discharge_evidence_ref(NULL));
    ck_assert_ptr_null(csp_discharge_note(NULL));
    ck_assert_ptr_null(csp_discharge_strategy(NULL));
    ck_assert_ptr_null(csp_discharge_assessment(NULL));
    EARG(csp_discharge_set_duty(NULL, "x"));
    EARG(csp_discharge_set_partnership(NULL, "x"));
    EARG(csp_discharge_set_discharged_on(NULL, "x"));
    EARG(csp_discharge_set_title(NULL, "x"));
    EARG(csp_discharge_set_evidence_title(NULL, "x"));
    EARG(csp_discharge_set_evidence_url(NULL, "x"));
    EARG(csp_discharge_set_evidence_ref(NULL, "x"));
    EARG(csp_discharge_set_note(NULL, "x"));
    EARG(csp_discharge_set_strategy(NULL, "x"));
    EARG(csp_discharge_set_assessment(NULL, "x"));
}

static void null_strategy(csp_register *reg)
{
    { csp_strategy *o = NULL; EARG(csp_strategy_new(NULL, "x")); EARG(csp_strategy_new(&o, NULL)); ck_assert_ptr_null(o); }
    csp_strategy_free(NULL);
    { csp_strategy *o = NULL; EARG(csp_strategy_get(NULL, reg, "x")); EARG(csp_strategy_get(&o, NULL, "x")); ck_assert_ptr_null(o); EARG(csp_strategy_get(&o, reg, NULL)); ck_assert_ptr_null(o); }
    EARG(csp_strategy_put(NULL, NULL)); EARG(csp_strategy_put(reg, NULL));
    EARG(csp_strategy_delete(NULL, "x")); EARG(csp_strategy_delete(reg, NULL));
    { csp_strategy_iterator *it = NULL; EARG(csp_strategy_iterator_new(NULL, reg, NULL)); EARG(csp_strategy_iterator_new(&it, NULL, NULL)); ck_assert_ptr_null(it); }
    { csp_strategy *o = NULL; EARG(csp_strategy_next(&o, NULL)); ck_assert_ptr_null(o); }
    csp_strategy_iterator_free(NULL);
    ck_assert_ptr_null(csp_strategy_id(NULL));
    ck_assert_ptr_null(csp_strategy_partnership(NULL));
    ck_assert_ptr_null(csp_strategy_title(NULL));
    ck_assert_ptr_null(csp_strategy_kind(NULL));
    ck_assert_ptr_null(csp_strategy_status(NULL));
    ck_assert_ptr_null(csp_strategy_start_date(NULL));
    ck_assert_ptr_null(csp_strategy_end_date(NULL));
    ck_assert_ptr_null(csp_strategy_agreed_on(NULL));
    ck_assert_ptr_null(csp_strategy_published_on(NULL));
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_refreshed_on(NULL, 0));
    ck_assert_ptr_null(csp_strategy_vision(NULL));
    ck_assert_uint_eq(csp_strategy_duties_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_duties(NULL, 0));
    ck_assert_uint_eq(csp_strategy_strands_count(NULL), 0);
    ck_assert_ptr_null(csp_strategy_strands(NULL, 0));
    ck_assert_ptr_null(csp_strategy_serious_violence_definition(NULL));
    ck_assert_ptr_null(csp_strategy_note(NULL));
    EARG(csp_strategy_set_partnership(NULL, "x"));
    EARG(csp_strategy_set_title(NULL, "x"));
    EARG(csp_strategy_set_kind(NULL, "x"));
    EARG(csp_strategy_set_status(NULL, "x"));
    EARG(csp_strategy_set_start_date(NULL, "x"));
    EARG(csp_strategy_set_end_date(NULL, "x"));
    EARG(csp_strategy_set_agreed_on(NULL, "x"));
    EARG(csp_strategy_set_published_on(NULL, "x"));
    EARG(csp_strategy_add_refreshed_on(NULL, "x"));
    EARG(csp_strategy_clear_refreshed_on(NULL));
    EARG(csp_strategy_set_vision(NULL, "x"));
    EARG(csp_strategy_add_duties(NULL, "x"));
    EARG(csp_strategy_clear_duties(NULL));
    EARG(csp_strategy_add_strands(NULL, "x"));
    EARG(csp_strategy_clear_strands(NULL));
    EARG(csp_strategy_set_serious_violence_definition(NULL, "x"));
    EARG(csp_strategy_set_note(NULL, "x"));
    { csp_element *o = NULL; EARG(csp_element_new(NULL, "x")); EARG(csp_element_new(&o, NULL)); ck_assert_ptr_null(o); }
    csp_element_free(NULL);
    { csp_element *o = NULL; EARG(csp_element_get(NULL, reg, "x")); EARG(csp_element_get(&o, NULL, "x")); ck_assert_ptr_null(o); EARG(csp_element_get(&o, reg, NULL)); ck_assert_ptr_null(o); }
    EARG(csp_element_put(NULL, NULL)); EARG(csp_element_put(reg, NULL));
    EARG(csp_element_delete(NULL, "x")); EARG(csp_element_delete(reg, NULL));
    EARG(csp_element_move(NULL, "x", NULL, 0)); EARG(csp_element_move(reg, NULL, NULL, 0));
    { csp_element_iterator *it = NULL; EARG(csp_element_iterator_new(NULL, reg, NULL)); EARG(csp_element_iterator_new(&it, NULL, NULL)); ck_assert_ptr_null(it); }
    { csp_element *o = NULL; EARG(csp_element_next(&o, NULL)); ck_assert_ptr_null(o); }
    csp_element_iterator_free(NULL);
    ck_assert_ptr_null(csp_element_id(NULL));
    ck_assert_ptr_null(csp_element_strategy(NULL));
    ck_assert_int_eq(csp_element_position(NULL), 0);
    ck_assert_ptr_null(csp_element_parent(NULL));
    ck_assert_ptr_null(csp_element_kind(NULL));
    ck_assert_ptr_null(csp_element_title(NULL));
    ck_assert_ptr_null(csp_element_text(NULL));
    ck_assert_ptr_null(csp_element_delivered_by(NULL));
    EARG(csp_element_set_strategy(NULL, "x"));
    EARG(csp_element_set_parent(NULL, "x"));
    EARG(csp_element_set_kind(NULL, "x"));
    EARG(csp_element_set_title(NULL, "x"));
    EARG(csp_element_set_text(NULL, "x"));
    EARG(csp_element_set_delivered_by(NULL, "x"));
}

static void null_assessment(csp_register *reg)
{
    { csp_assessment *o = NULL; EARG(csp_assessment_new(NULL, "x")); EARG(csp_assessment_new(&o, NULL)); ck_assert_ptr_null(o); }
    csp_assessment_free(NULL);
    { csp_assessment *o = NULL; EARG(csp_assessment_get(NULL, reg, "x")); EARG(csp_assessment_get(&o, NULL, "x")); ck_assert_ptr_null(o); EARG(csp_assessment_get(&o, reg, NULL)); ck_assert_ptr_null(o); }
    EARG(csp_assessment_put(NULL, NULL)); EARG(csp_assessment_put(reg, NULL));
    EARG(csp_assessment_delete(NULL, "x")); EARG(csp_assessment_delete(reg, NULL));
    { csp_assessment_iterator *it = NULL; EARG(csp_assessment_iterator_new(NULL, reg, NULL)); EARG(csp_assessment_iterator_new(&it, NULL, NULL)); ck_assert_ptr_null(it); }
    { csp_assessment *o = NULL; EARG(csp_assessment_next(&o, NULL)); ck_assert_ptr_null(o); }
    csp_assessment_iterator_free(NULL);
    ck_assert_ptr_null(csp_assessment_id(NULL));
    ck_assert_ptr_null(csp_assessment_partnership(NULL));
    ck_assert_ptr_null(csp_assessment_kind(NULL));
    ck_assert_ptr_null(csp_assessment_title(NULL));
    ck_assert_ptr_null(csp_assessment_completed_on(NULL));
    ck_assert_ptr_null(csp_assessment_start_date(NULL));
    ck_assert_ptr_null(csp_assessment_end_date(NULL));
    ck_assert_uint_eq(csp_assessment_findings_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_findings(NULL, 0));
    ck_assert_uint_eq(csp_assessment_priorities_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_priorities(NULL, 0));
    ck_assert_uint_eq(csp_assessment_feeds_count(NULL), 0);
    ck_assert_ptr_null(csp_assessment_feeds(NULL, 0));
    EARG(csp_assessment_set_partnership(NULL, "x"));
    EARG(csp_assessment_set_kind(NULL, "x"));
    EARG(csp_assessment_set_title(NULL, "x"));
    EARG(csp_assessment_set_completed_on(NULL, "x"));
    EARG(csp_assessment_set_start_date(NULL, "x"));
    EARG(csp_assessment_set_end_date(NULL, "x"));
    EARG(csp_assessment_add_findings(NULL, "x"));
    EARG(csp_assessment_clear_findings(NULL));
    EARG(csp_assessment_add_priorities(NULL, "x"));
    EARG(csp_assessment_clear_priorities(NULL));
    EARG(csp_assessment_add_feeds(NULL, "x"));
    EARG(csp_assessment_clear_feeds(NULL));
}

START_TEST(test_null_statutory)
{
    csp_register *reg = tu_open_mem();
    null_duty(reg);
    null_strategy(reg);
    null_assessment(reg);
    csp_register_close(reg);
}
END_TEST

/*
 * A guard that keeps this file complete: every public function (CSP_API in
 * a header in include/csp) that takes a pointer must be called somewhere in this file.
 */
static int mentions_call(const char *text, const char *name)
{
    size_t n = strlen(name);
    const char *at = text;
    while ((at = strstr(at, name)) != NULL) {
        int starts = at == text || !(at[-1] == '_' || (at[-1] >= 'a' && at[-1] <= 'z') ||
                                     (at[-1] >= '0' && at[-1] <= '9'));
        if (starts && at[n] == '(')
            return 1;
        at += n;
    }
    return 0;
}

START_TEST(test_null_coverage)
{
    const char *hdr_dir = CSP_SOURCE_DIR "/include/csp";
    char *self = tu_read_file(CSP_SOURCE_DIR "/tests/test_error.c", NULL);
    DIR *d = opendir(hdr_dir);
    struct dirent *e;
    char missing[4096] = "";
    size_t checked = 0;
    ck_assert_ptr_nonnull(self);
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)) != NULL) {
        char path[1024];
        char *text, *at;
        if (!tu_ends_with(e->d_name, ".h"))
            continue;
        tu_join_path(path, sizeof path, hdr_dir, e->d_name);
        text = tu_read_file(path, NULL);
        ck_assert_ptr_nonnull(text);
        for (at = strstr(text, "CSP_API "); at != NULL; at = strstr(at + 1, "CSP_API ")) {
            char *open = strchr(at, '('), *close, *name_end, *name_start;
            char name[128];
            size_t len;
            if (open == NULL)
                break;
            close = strchr(open, ')');
            ck_assert_ptr_nonnull(close);
            if (strchr(at, ';') < open) /* a macro definition, not a declaration */
                continue;
            name_end = open;
            while (name_end > at && name_end[-1] == ' ')
                name_end--;
            name_start = name_end;
            while (name_start > at && (name_start[-1] == '_' || (name_start[-1] >= 'a' && name_start[-1] <= 'z') ||
                                       (name_start[-1] >= '0' && name_start[-1] <= '9')))
                name_start--;
            len = (size_t)(name_end - name_start);
            if (len == 0 || len >= sizeof name || strncmp(name_start, "csp_", 4) != 0)
                continue;
            memcpy(name, name_start, len);
            name[len] = '\0';
            /* Only functions that take a pointer. */
            if (memchr(open, '*', (size_t)(close - open)) == NULL)
                continue;
            checked++;
            if (!mentions_call(self, name) && strlen(missing) + len + 3 < sizeof missing) {
                strcat(missing, " ");
                strcat(missing, name);
            }
        }
        free(text);
    }
    closedir(d);
    free(self);
    ck_assert_uint_gt(checked, 100);
    ck_assert_msg(missing[0] == '\0', "public functions without a NULL-argument check in test_error.c:%s",
                  missing);
}
END_TEST

static Suite *error_suite(void)
{
    Suite *s = suite_create("error");
    TCase *tc = tcase_create("last");
    tcase_add_test(tc, test_last_never_null);
    tcase_add_test(tc, test_clear);
    tcase_add_test(tc, test_clear_after_parse_error);
    tcase_add_test(tc, test_code_names);
    tcase_add_test(tc, test_code_name_unknown);
    tcase_add_test(tc, test_version);
    tcase_add_test(tc, test_thread_local);
    suite_add_tcase(s, tc);

    tc = tcase_create("null");
    tcase_add_test(tc, test_null_common_date);
    tcase_add_test(tc, test_null_register);
    tcase_add_test(tc, test_null_schema);
    tcase_add_test(tc, test_null_organisation);
    tcase_add_test(tc, test_null_person);
    tcase_add_test(tc, test_null_partnership);
    tcase_add_test(tc, test_null_membership);
    tcase_add_test(tc, test_null_json);
    tcase_add_test(tc, test_null_statutory);
    tcase_add_test(tc, test_null_coverage);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(error_suite());
}
