/*
 * test_error.c: the thread-local last error, code names, and CSP_EARG from a
 * NULL pointer passed to every public function of the hand-written headers
 * that takes one. (The typed functions of the generated entity headers are
 * held to the same in test_typed.c, generated beside them.)
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
    ck_assert_str_eq(csp_code_name(-22), "CSP_ERROR");
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
    ck_assert_int_eq(csp_schema_entity_find(NULL), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_schema_entity_parent(NULL, CSP_ENTITY_MEMBERSHIP), CSP_ENTITY_PARTNERSHIP);
    ck_assert_int_eq(csp_schema_field_find(CSP_ENTITY_ORGANISATION, NULL), CSP_ENOTFOUND);
    TU_OK(csp_schema_field_bounds(NULL, NULL, CSP_ENTITY_PARTNERSHIP, CSP_PARTNERSHIP_MEETINGS_PER_YEAR));
    ck_assert_uint_eq(csp_schema_enum_count(NULL), 0);
    ck_assert_ptr_null(csp_schema_enum_value(NULL, 0));
    ck_assert_ptr_null(csp_schema_enum_label(NULL, "chair"));
    ck_assert_ptr_null(csp_schema_enum_label("membership_role", NULL));
    ck_assert_ptr_null(csp_schema_enum_doc(NULL, NULL));
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
    EARG(csp_json_export_popolo(NULL, reg, NULL));
    EARG(csp_json_export_popolo(&out, NULL, NULL));
    ck_assert_ptr_null(out);
    EARG(csp_json_export_popolo_file(NULL, "/tmp/never-written.json", NULL));
    EARG(csp_json_export_popolo_file(reg, NULL, NULL));
    csp_register_close(reg);
}
END_TEST


/* The coordinator's questions (governance.h): NULL out, register, id or date refused. */
START_TEST(test_null_governance)
{
    csp_register *reg = tu_open_mem();
    csp_query *q = SENTINEL(csp_query);
    csp_id_list *l = SENTINEL(csp_id_list);
    char *s = SENTINEL(char);
    size_t done = 1, total = 1, present = 1;
    int quorate = 1;

    EARG(csp_query_overdue_actions(NULL, "csp", "2024"));
    EARG(csp_query_overdue_actions(&q, "csp", NULL));
    ck_assert_ptr_null(q);
    EARG(csp_query_open_risks(NULL, NULL));
    EARG(csp_partnership_last_meeting(NULL, reg, "csp", "2024"));
    EARG(csp_partnership_last_meeting(&s, NULL, "csp", "2024"));
    ck_assert_ptr_null(s);
    EARG(csp_partnership_last_meeting(&s, reg, NULL, "2024"));
    EARG(csp_partnership_last_meeting(&s, reg, "csp", NULL));
    EARG(csp_actions_without_update(NULL, reg, "csp", "2024"));
    EARG(csp_actions_without_update(&l, NULL, "csp", "2024"));
    ck_assert_ptr_null(l);
    EARG(csp_actions_without_update(&l, reg, NULL, "2024"));
    EARG(csp_actions_without_update(&l, reg, "csp", NULL));
    EARG(csp_partnership_duties_owed(NULL, reg, "csp", "2024"));
    EARG(csp_partnership_duties_owed(&l, NULL, "csp", "2024"));
    ck_assert_ptr_null(l);
    EARG(csp_partnership_duties_owed(&l, reg, NULL, "2024"));
    EARG(csp_partnership_duties_owed(&l, reg, "csp", NULL));
    EARG(csp_element_progress(NULL, &total, reg, "e"));
    EARG(csp_element_progress(&done, NULL, reg, "e"));
    EARG(csp_element_progress(&done, &total, NULL, "e"));
    EARG(csp_element_progress(&done, &total, reg, NULL));
    EARG(csp_meeting_quorate(NULL, &present, reg, "m"));
    EARG(csp_meeting_quorate(&quorate, NULL, reg, "m"));
    EARG(csp_meeting_quorate(&quorate, &present, NULL, "m"));
    EARG(csp_meeting_quorate(&quorate, &present, reg, NULL));
    ck_assert_uint_eq(csp_id_list_count(NULL), 0);
    ck_assert_ptr_null(csp_id_list_get(NULL, 0));
    csp_id_list_free(NULL);
    csp_register_close(reg);
}
END_TEST

/* The checker (check.h): NULL refused; NULL reports and findings give NULL, 0 or -1. */
START_TEST(test_null_check)
{
    csp_register *reg = tu_open_mem();
    csp_report *r = SENTINEL(csp_report);
    EARG(csp_check(NULL, reg, "2024-06-30", NULL));
    EARG(csp_check(&r, NULL, "2024-06-30", NULL));
    ck_assert_ptr_null(r);
    EARG(csp_check(&r, reg, NULL, NULL));
    csp_report_free(NULL);
    ck_assert_ptr_null(csp_report_as_of(NULL));
    ck_assert_uint_eq(csp_report_count(NULL), 0);
    ck_assert_uint_eq(csp_report_count_result(NULL, CSP_RESULT_MET, NULL), 0);
    ck_assert_ptr_null(csp_report_finding(NULL, 0));
    ck_assert_ptr_null(csp_finding_rule(NULL));
    ck_assert_int_eq(csp_finding_result(NULL), 0);
    ck_assert_ptr_null(csp_finding_family(NULL));
    ck_assert_ptr_null(csp_finding_title(NULL));
    ck_assert_ptr_null(csp_finding_severity(NULL));
    ck_assert_ptr_null(csp_finding_confidence(NULL));
    ck_assert_ptr_null(csp_finding_source(NULL));
    ck_assert_ptr_null(csp_finding_partnership(NULL));
    ck_assert_int_eq(csp_finding_subject_entity(NULL), -1);
    ck_assert_ptr_null(csp_finding_subject(NULL));
    ck_assert_ptr_null(csp_finding_message(NULL));
    ck_assert_ptr_null(csp_finding_fix(NULL));
    ck_assert_ptr_null(csp_finding_due(NULL));
    ck_assert_uint_eq(csp_finding_evidence_count(NULL), 0);
    ck_assert_int_eq(csp_finding_evidence_entity(NULL, 0), -1);
    ck_assert_ptr_null(csp_finding_evidence_id(NULL, 0));
    ck_assert_int_eq(csp_rule_find(NULL), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_rule_applies_to(0, NULL), 0);
    csp_register_close(reg);
}
END_TEST

/* The generic record API (record.h): every function refuses NULL. */
START_TEST(test_null_record)
{
    csp_register *reg = tu_open_mem();
    csp_record *r = SENTINEL(csp_record), *ok = NULL;
    csp_record_iterator *it = SENTINEL(csp_record_iterator);
    size_t n = 99;
    EARG(csp_record_new(NULL, CSP_ENTITY_ORGANISATION, "x"));
    EARG(csp_record_new(&r, CSP_ENTITY_ORGANISATION, NULL));
    ck_assert_ptr_null(r);
    EARG(csp_record_new(&r, -1, "x"));
    EARG(csp_record_new(&r, 9999, "x"));
    csp_record_free(NULL);
    EARG(csp_record_copy(NULL, NULL));
    r = SENTINEL(csp_record);
    EARG(csp_record_copy(&r, NULL));
    ck_assert_ptr_null(r);
    ck_assert_int_eq(csp_record_entity(NULL), -1);
    ck_assert_ptr_null(csp_record_id(NULL));
    ck_assert_ptr_null(csp_record_text(NULL, 0));
    ck_assert_int_eq(csp_record_int(NULL, 0), 0);
    ck_assert_int_eq(csp_record_is_set(NULL, 0), 0);
    ck_assert_uint_eq(csp_record_count(NULL, 0), 0);
    ck_assert_ptr_null(csp_record_item(NULL, 0, 0));
    ck_assert_ptr_null(csp_record_name(NULL));
    ck_assert_ptr_null(csp_record_ref_name(NULL, 1));
    EARG(csp_record_in_force(NULL, "2020"));
    EARG(csp_record_set_text(NULL, 1, "x"));
    EARG(csp_record_set_int(NULL, 1, 1));
    EARG(csp_record_add(NULL, 1, "x"));
    EARG(csp_record_clear(NULL, 1));
    ck_assert_int_eq(csp_record_equal(NULL, NULL), 0);
    EARG(csp_record_validate(NULL));
    EARG(csp_record_get(NULL, reg, CSP_ENTITY_ORGANISATION, "x"));
    EARG(csp_record_get(&r, NULL, CSP_ENTITY_ORGANISATION, "x"));
    EARG(csp_record_get(&r, reg, CSP_ENTITY_ORGANISATION, NULL));
    EARG(csp_record_get(&r, reg, -1, "x"));
    TU_OK(csp_record_new(&ok, CSP_ENTITY_ORGANISATION, "x"));
    EARG(csp_record_in_force(ok, NULL));
    {
        csp_record *person = NULL;
        TU_OK(csp_record_new(&person, CSP_ENTITY_PERSON, "p"));
        TU_CODE(csp_record_in_force(person, "2020"), CSP_EARG); /* people have nothing to be in force by */
        csp_record_free(person);
    }
    EARG(csp_record_put(NULL, ok));
    EARG(csp_record_put(reg, NULL));
    EARG(csp_record_insert(NULL, ok));
    EARG(csp_record_insert(reg, NULL));
    csp_record_free(ok);
    EARG(csp_record_delete(NULL, CSP_ENTITY_ORGANISATION, "x"));
    EARG(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, NULL));
    EARG(csp_record_delete(reg, 9999, "x"));
    EARG(csp_record_move(NULL, CSP_ENTITY_ELEMENT, "x", NULL, 0));
    EARG(csp_record_move(reg, CSP_ENTITY_ELEMENT, NULL, NULL, 0));
    EARG(csp_record_move(reg, -1, "x", NULL, 0));
    EARG(csp_record_iterator_new(NULL, reg, CSP_ENTITY_ORGANISATION, NULL));
    EARG(csp_record_iterator_new(&it, NULL, CSP_ENTITY_ORGANISATION, NULL));
    ck_assert_ptr_null(it);
    EARG(csp_record_iterator_new(&it, reg, 9999, NULL));
    EARG(csp_record_next(NULL, NULL));
    r = SENTINEL(csp_record);
    EARG(csp_record_next(&r, NULL));
    ck_assert_ptr_null(r);
    ck_assert_int_eq(csp_record_iterator_changed(NULL), 0);
    csp_record_iterator_free(NULL);
    EARG(csp_record_count_matching(NULL, reg, CSP_ENTITY_ORGANISATION, NULL));
    EARG(csp_record_count_matching(&n, NULL, CSP_ENTITY_ORGANISATION, NULL));
    ck_assert_uint_eq(n, 0);
    csp_register_close(reg);
}
END_TEST

/* Queries (query.h): every function refuses NULL. */
START_TEST(test_null_query)
{
    csp_query *q = SENTINEL(csp_query);
    EARG(csp_query_new(NULL, CSP_ENTITY_ORGANISATION));
    EARG(csp_query_new(&q, -1));
    ck_assert_ptr_null(q);
    csp_query_free(NULL);
    ck_assert_int_eq(csp_query_entity(NULL), -1);
    EARG(csp_query_where(NULL, 1, CSP_OP_EQ, "x"));
    EARG(csp_query_where_int(NULL, 1, CSP_OP_EQ, 1));
    EARG(csp_query_order(NULL, 1, 0));
    EARG(csp_query_limit(NULL, 1));
    EARG(csp_query_names(NULL, 1));
    EARG(csp_query_in_force(NULL, "2020"));
    TU_OK(csp_query_new(&q, CSP_ENTITY_PERSON));
    EARG(csp_query_in_force(q, "2020")); /* people have nothing to be in force by */
    csp_query_free(q);
    TU_OK(csp_query_new(&q, CSP_ENTITY_ORGANISATION));
    EARG(csp_query_where(q, CSP_ORGANISATION_NAME, CSP_OP_EQ, NULL)); /* a value is needed but for SET/UNSET */
    TU_OK(csp_query_where(q, CSP_ORGANISATION_NAME, CSP_OP_SET, NULL));
    csp_query_free(q);
}
END_TEST

/* Transactions and the rest of register.h. */
START_TEST(test_null_transactions)
{
    EARG(csp_register_begin(NULL));
    EARG(csp_register_commit(NULL));
    EARG(csp_register_rollback(NULL));
    ck_assert_int_eq(csp_register_transaction_depth(NULL), 0);
    size_t n = 7;
    char *report = (char *)"x";
    EARG(csp_register_verify(NULL, NULL, &n, &report));
    ck_assert_ptr_null(report); /* set to NULL even when the register is missing */
    csp_register *reg = tu_open_mem();
    EARG(csp_register_verify(reg, NULL, NULL, NULL));
    EARG(csp_register_backup(NULL, "x.csp"));
    EARG(csp_register_backup(reg, NULL));
    csp_register_close(reg);
}
END_TEST

/*
 * A guard that keeps this file complete: every public function (CSP_API in
 * a header in include/csp) that takes a pointer must be called somewhere in
 * this file, or for a generated entity header in test_typed.c.
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
    char *typed = tu_read_file(CSP_SOURCE_DIR "/tests/test_typed.c", NULL);
    DIR *d = opendir(hdr_dir);
    struct dirent *e;
    char missing[4096] = "";
    size_t checked = 0;
    ck_assert_ptr_nonnull(self);
    ck_assert_ptr_nonnull(typed);
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)) != NULL) {
        char path[1024];
        char *text, *at;
        if (!tu_ends_with(e->d_name, ".h"))
            continue;
        tu_join_path(path, sizeof path, hdr_dir, e->d_name);
        text = tu_read_file(path, NULL);
        ck_assert_ptr_nonnull(text);
        /* A generated entity header is checked by the suite generated beside it. */
        const char *tests = strstr(text, "Generated from libcsp/model/model.toml") ? typed : self;
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
            if (!mentions_call(tests, name) && strlen(missing) + len + 3 < sizeof missing) {
                strcat(missing, " ");
                strcat(missing, name);
            }
        }
        free(text);
    }
    closedir(d);
    free(self);
    free(typed);
    ck_assert_uint_gt(checked, 100);
    ck_assert_msg(missing[0] == '\0', "public functions without a NULL-argument check (test_error.c, or test_typed.c for a generated header):%s",
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
    tcase_add_test(tc, test_null_json);
    tcase_add_test(tc, test_null_governance);
    tcase_add_test(tc, test_null_check);
    tcase_add_test(tc, test_null_record);
    tcase_add_test(tc, test_null_query);
    tcase_add_test(tc, test_null_transactions);
    tcase_add_test(tc, test_null_coverage);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(error_suite());
}
