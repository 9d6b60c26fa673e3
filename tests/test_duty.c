/*
 * test_duty.c: statutory duties (the built-in catalogue and local duties),
 * duty holdings and discharges, through the C API and JSON.
 */
#include "testutil.h"

#define SVD "pcsc2022.s8.serious_violence_duty"
#define DHR "dvcva2004.s9.domestic_homicide_review"
#define DUE_REGARD "cda1998.s17.due_regard"

static csp_register *reg;

/* Buffers of the running test, freed by teardown even when an assertion fails (CK_FORK=no). */
static char *t_a, *t_b, *t_c;
static csp_register *t_r2; /* a second register, closed by teardown */

static void setup(void)
{
    reg = tu_open_mem();
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    csp_register_close(t_r2);
    t_r2 = NULL;
    csp_free(t_a);
    csp_free(t_b);
    free(t_c);
    t_a = t_b = NULL;
    t_c = NULL;
}

/* A register with partnerships and organisations to hold duties. */
static void setup_world(void)
{
    reg = tu_open_mem();
    tu_put_org(reg, "council", "local_authority");
    tu_put_org(reg, "police", "police");
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "sog", "statutory_officer_group", "csp");
}

/* ------------------------------------------------------------------ */
/* The catalogue as docs/duties.md renders it                          */
/* ------------------------------------------------------------------ */

#define MAX_ROWS 64

typedef struct doc_row {
    char code[129];
    char recurrence[32];
    char confidence[32];
} doc_row;

/* Copies column col (0-based, between '|') of a table row into buf, trimmed. */
static void column(char *buf, size_t size, const char *line, int col)
{
    const char *p = line, *end;
    size_t n;
    int i;
    for (i = 0; i <= col; i++) {
        p = strchr(p, '|');
        ck_assert_ptr_nonnull(p);
        p++;
    }
    end = strchr(p, '|');
    ck_assert_ptr_nonnull(end);
    while (p < end && (*p == ' ' || *p == '`'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '`'))
        end--;
    n = (size_t)(end - p);
    ck_assert_uint_lt(n, size);
    memcpy(buf, p, n);
    buf[n] = '\0';
}

/* Reads the rows of the duty table in docs/duties.md; returns how many. */
static size_t read_doc_rows(doc_row *rows, size_t max)
{
    char *text = tu_read_file(CSP_SOURCE_DIR "/docs/duties.md", NULL);
    char *line, *save = NULL;
    size_t n = 0;
    ck_assert_msg(text != NULL, "cannot read docs/duties.md");
    for (line = strtok_r(text, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "| `", 3) != 0)
            continue;
        ck_assert_uint_lt(n, max);
        column(rows[n].code, sizeof rows[n].code, line, 0);
        column(rows[n].recurrence, sizeof rows[n].recurrence, line, 4);
        column(rows[n].confidence, sizeof rows[n].confidence, line, 6);
        n++;
    }
    free(text);
    return n;
}

START_TEST(test_catalogue_matches_docs)
{
    doc_row rows[MAX_ROWS];
    size_t n = read_doc_rows(rows, MAX_ROWS), i;
    char buf[8192];
    csp_duty_filter f = CSP_DUTY_FILTER_INIT;
    ck_assert_uint_ge(n, 15); /* every row of the LAW.md table, and more */

    f.builtin = 1;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), n);
    f.builtin = -1;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), n);
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, NULL), n);
    f.builtin = 0;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 0);

    for (i = 0; i < n; i++) {
        csp_duty *d = NULL;
        TU_OK(csp_duty_get(&d, reg, rows[i].code));
        TU_STR_EQ(csp_duty_id(d), rows[i].code);
        ck_assert_int_eq(csp_duty_builtin(d), 1);
        TU_STR_EQ(csp_duty_recurrence(d), rows[i].recurrence);
        TU_STR_EQ(csp_duty_confidence(d), rows[i].confidence);
        ck_assert_ptr_nonnull(csp_duty_title(d));
        ck_assert_ptr_nonnull(csp_duty_source(d));
        csp_duty_free(d);
    }
}
END_TEST

START_TEST(test_catalogue_filters_match_docs)
{
    doc_row rows[MAX_ROWS];
    size_t n = read_doc_rows(rows, MAX_ROWS), i, want;
    const char *const *values = NULL;
    char buf[8192];
    csp_duty_filter f = CSP_DUTY_FILTER_INIT;

    TU_OK(csp_schema_enum_values(&values, "duty", "recurrence"));
    for (; *values != NULL; values++) {
        for (want = 0, i = 0; i < n; i++)
            want += strcmp(rows[i].recurrence, *values) == 0;
        f.recurrence = *values;
        ck_assert_msg(tu_duty_ids(buf, sizeof buf, reg, &f) == want,
                      "recurrence %s: expected %zu duties, got [%s]", *values, want, buf);
    }
    f.recurrence = NULL;
    TU_OK(csp_schema_enum_values(&values, "duty", "confidence"));
    for (; *values != NULL; values++) {
        for (want = 0, i = 0; i < n; i++)
            want += strcmp(rows[i].confidence, *values) == 0;
        f.confidence = *values;
        ck_assert_msg(tu_duty_ids(buf, sizeof buf, reg, &f) == want,
                      "confidence %s: expected %zu duties, got [%s]", *values, want, buf);
    }
}
END_TEST

START_TEST(test_catalogue_svd)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_get(&d, reg, SVD));
    TU_STR_EQ(csp_duty_id(d), SVD);
    TU_STR_EQ(csp_duty_commencement(d), "2023-01-31");
    TU_STR_EQ(csp_duty_confidence(d), "verified");
    TU_STR_EQ(csp_duty_recurrence(d), "continuous");
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 1);
    TU_STR_EQ(csp_duty_applies_to(d, 0), "community_safety_partnership");
    TU_STR_EQ(csp_duty_applies_to(d, 1), NULL);
    ck_assert_ptr_nonnull(strstr(csp_duty_source(d), "2022 s8"));
    ck_assert_ptr_nonnull(strstr(csp_duty_title(d), "Serious Violence Duty"));
    ck_assert_int_eq(csp_duty_builtin(d), 1);
    csp_duty_free(d);
}
END_TEST

START_TEST(test_catalogue_dhr)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_get(&d, reg, DHR));
    TU_STR_EQ(csp_duty_commencement(d), "2011-04-13");
    TU_STR_EQ(csp_duty_recurrence(d), "per_event");
    TU_STR_EQ(csp_duty_confidence(d), "verified");
    ck_assert_ptr_nonnull(strstr(csp_duty_source(d), "2004 s9"));
    ck_assert_ptr_nonnull(csp_duty_note(d));
    ck_assert_int_eq(csp_duty_builtin(d), 1);
    csp_duty_free(d);

    /* A duty on each responsible authority falls on no partnership kind. */
    TU_OK(csp_duty_get(&d, reg, DUE_REGARD));
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 0);
    TU_STR_EQ(csp_duty_applies_to(d, 0), NULL);
    TU_STR_EQ(csp_duty_commencement(d), NULL);
    csp_duty_free(d);

    /* Two kinds, in order. */
    TU_OK(csp_duty_get(&d, reg, "si2007_1830.strategic_assessment"));
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 2);
    TU_STR_EQ(csp_duty_applies_to(d, 0), "community_safety_partnership");
    TU_STR_EQ(csp_duty_applies_to(d, 1), "statutory_officer_group");
    TU_STR_EQ(csp_duty_recurrence(d), "yearly");
    TU_STR_EQ(csp_duty_confidence(d), "secondary");
    csp_duty_free(d);
}
END_TEST

/* A pilot: offensive weapons homicide reviews, in SI 2023/227's areas for its nine months (as made). */
START_TEST(test_catalogue_pilot)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_get(&d, reg, "pcsc2022.s24.offensive_weapons_homicide_review"));
    TU_STR_EQ(csp_duty_commencement(d), "2023-04-01");
    TU_STR_EQ(csp_duty_ends_on(d), "2023-12-31");
    ck_assert_uint_eq(csp_duty_areas_count(d), 8);
    TU_STR_EQ(csp_duty_areas(d, 0), "South Wales");
    TU_STR_EQ(csp_duty_areas(d, 7), "Coventry");
    ck_assert_ptr_nonnull(strstr(csp_duty_source(d), "SI 2023/227"));
    csp_duty_free(d);
    /* Other duties apply everywhere, without an end. */
    TU_OK(csp_duty_get(&d, reg, DHR));
    ck_assert_ptr_null(csp_duty_ends_on(d));
    ck_assert_uint_eq(csp_duty_areas_count(d), 0);
    csp_duty_free(d);
}
END_TEST

START_TEST(test_builtin_put_refused)
{
    csp_duty *d = NULL, *g = NULL;
    size_t before = tu_duty_count(reg);

    /* Edit the stored object and put it back. */
    TU_OK(csp_duty_get(&d, reg, SVD));
    ck_assert_int_eq(csp_duty_builtin(d), 1);
    t_c = strdup(csp_duty_title(d)); /* freed by teardown */
    ck_assert_ptr_nonnull(t_c);
    TU_OK(csp_duty_set_title(d, "Edited title"));
    TU_OK(csp_duty_set_recurrence(d, "yearly"));
    TU_CODE(csp_duty_put(reg, d), CSP_ECONSTRAINT);
    TU_MSG_HAS(SVD);
    csp_duty_free(d);

    /* A fresh local object with a built-in code. */
    TU_OK(csp_duty_new(&d, SVD));
    ck_assert_int_eq(csp_duty_builtin(d), 0);
    TU_OK(csp_duty_set_title(d, "Impostor"));
    TU_OK(csp_duty_set_source(d, "Nowhere"));
    TU_OK(csp_duty_set_recurrence(d, "yearly"));
    TU_OK(csp_duty_set_confidence(d, "unverified"));
    TU_CODE(csp_duty_put(reg, d), CSP_ECONSTRAINT);
    csp_duty_free(d);

    TU_OK(csp_duty_get(&g, reg, SVD));
    TU_STR_EQ(csp_duty_title(g), t_c);
    TU_STR_EQ(csp_duty_recurrence(g), "continuous");
    TU_STR_EQ(csp_duty_confidence(g), "verified");
    TU_STR_EQ(csp_duty_commencement(g), "2023-01-31");
    ck_assert_int_eq(csp_duty_builtin(g), 1);
    csp_duty_free(g);
    ck_assert_uint_eq(tu_duty_count(reg), before);
}
END_TEST

START_TEST(test_builtin_delete_refused)
{
    csp_duty *d = NULL;
    size_t before = tu_duty_count(reg);
    TU_CODE(csp_duty_delete(reg, SVD), CSP_ECONSTRAINT);
    TU_MSG_HAS(SVD);
    TU_CODE(csp_duty_delete(reg, DHR), CSP_ECONSTRAINT);
    TU_OK(csp_duty_get(&d, reg, SVD));
    ck_assert_int_eq(csp_duty_builtin(d), 1);
    csp_duty_free(d);
    ck_assert_uint_eq(tu_duty_count(reg), before);
}
END_TEST

START_TEST(test_builtin_not_exported)
{
    t_a = tu_export(reg, 0);
    ck_assert_msg(strstr(t_a, "pcsc2022") == NULL, "built-in duty exported:\n%s", t_a);
    ck_assert_msg(strstr(t_a, "\"duties\"") == NULL, "empty duties array exported:\n%s", t_a);
    ck_assert_msg(strstr(t_a, "builtin") == NULL, "builtin flag exported:\n%s", t_a);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Local duties                                                        */
/* ------------------------------------------------------------------ */

START_TEST(test_duty_new_defaults)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_new(&d, "local.weekly_walkabout"));
    ck_assert_ptr_nonnull(d);
    TU_STR_EQ(csp_duty_id(d), "local.weekly_walkabout");
    TU_STR_EQ(csp_duty_title(d), NULL);
    TU_STR_EQ(csp_duty_source(d), NULL);
    TU_STR_EQ(csp_duty_commencement(d), NULL);
    TU_STR_EQ(csp_duty_recurrence(d), NULL);
    TU_STR_EQ(csp_duty_confidence(d), NULL);
    TU_STR_EQ(csp_duty_note(d), NULL);
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 0);
    TU_STR_EQ(csp_duty_applies_to(d, 0), NULL);
    ck_assert_int_eq(csp_duty_builtin(d), 0);
    csp_duty_free(d);
    d = NULL;
    TU_CODE(csp_duty_new(&d, ""), CSP_EINVALID);
    ck_assert_ptr_null(d);
    TU_CODE(csp_duty_new(&d, "has space"), CSP_EINVALID);
    ck_assert_ptr_null(d);
    csp_duty_free(NULL);
}
END_TEST

START_TEST(test_duty_setters)
{
    csp_duty *d = NULL;
    char buf[64];
    TU_OK(csp_duty_new(&d, "local.d"));
    strcpy(buf, "Walk the town centre");
    TU_OK(csp_duty_set_title(d, buf));
    strcpy(buf, "changed");
    TU_STR_EQ(csp_duty_title(d), "Walk the town centre"); /* copied */
    TU_OK(csp_duty_set_source(d, "Local Act 2020 s3"));
    TU_STR_EQ(csp_duty_source(d), "Local Act 2020 s3");
    TU_OK(csp_duty_set_commencement(d, "2020-03"));
    TU_STR_EQ(csp_duty_commencement(d), "2020-03");
    TU_OK(csp_duty_set_commencement(d, NULL));
    TU_STR_EQ(csp_duty_commencement(d), NULL);
    TU_OK(csp_duty_set_note(d, "a note"));
    TU_STR_EQ(csp_duty_note(d), "a note");
    TU_OK(csp_duty_set_note(d, NULL));
    TU_STR_EQ(csp_duty_note(d), NULL);
    TU_OK(csp_duty_set_recurrence(d, "quarterly"));
    TU_STR_EQ(csp_duty_recurrence(d), "quarterly");
    TU_OK(csp_duty_set_confidence(d, "secondary"));
    TU_STR_EQ(csp_duty_confidence(d), "secondary");
    ck_assert_int_eq(csp_duty_builtin(d), 0);
    csp_duty_free(d);
}
END_TEST

START_TEST(test_duty_enums)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_new(&d, "local.d"));
    TU_ENUM_FIELD(duty, d, recurrence, 5, "three_yearly", "monthly", "Yearly", "three-yearly", "");
    TU_ENUM_FIELD(duty, d, confidence, 3, "verified", "certain", "V");
    csp_duty_free(d);
}
END_TEST

START_TEST(test_duty_applies_to)
{
    csp_duty *d = NULL;
    const char *const *kinds = NULL;
    size_t i;
    TU_OK(csp_duty_new(&d, "local.d"));
    TU_OK(csp_duty_add_applies_to(d, "statutory_officer_group"));
    TU_OK(csp_duty_add_applies_to(d, "community_safety_partnership"));
    TU_OK(csp_duty_add_applies_to(d, "board"));
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 3);
    TU_STR_EQ(csp_duty_applies_to(d, 0), "statutory_officer_group");
    TU_STR_EQ(csp_duty_applies_to(d, 1), "community_safety_partnership");
    TU_STR_EQ(csp_duty_applies_to(d, 2), "board");
    TU_STR_EQ(csp_duty_applies_to(d, 3), NULL);
    TU_STR_EQ(csp_duty_applies_to(d, (size_t)-1), NULL);

    TU_CODE(csp_duty_add_applies_to(d, "police"), CSP_EENUM); /* an organisation kind */
    TU_MSG_HAS("police");
    TU_CODE(csp_duty_add_applies_to(d, "csp"), CSP_EENUM);
    TU_CODE(csp_duty_add_applies_to(d, ""), CSP_EENUM);
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 3);
    TU_STR_EQ(csp_duty_applies_to(d, 2), "board");

    TU_OK(csp_duty_clear_applies_to(d));
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 0);
    TU_STR_EQ(csp_duty_applies_to(d, 0), NULL);

    TU_OK(csp_schema_enum_values(&kinds, "partnership", "kind"));
    for (i = 0; kinds[i] != NULL; i++)
        TU_OK(csp_duty_add_applies_to(d, kinds[i]));
    ck_assert_uint_eq(csp_duty_applies_to_count(d), i);
    ck_assert_uint_eq(i, 9);
    csp_duty_free(d);
}
END_TEST

START_TEST(test_duty_commencement)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_new(&d, "local.d"));
    TU_OK(csp_duty_set_commencement(d, "2023-01-31"));
    TU_CODE(csp_duty_set_commencement(d, "2023-02-30"), CSP_EDATE);
    TU_STR_EQ(csp_duty_commencement(d), "2023-01-31");
    TU_CODE(csp_duty_set_commencement(d, "2023-13"), CSP_EDATE);
    TU_CODE(csp_duty_set_commencement(d, "31/01/2023"), CSP_EDATE);
    TU_CODE(csp_duty_set_commencement(d, "2023-1-31"), CSP_EDATE);
    TU_CODE(csp_duty_set_commencement(d, ""), CSP_EDATE);
    TU_STR_EQ(csp_duty_commencement(d), "2023-01-31");
    TU_OK(csp_duty_set_commencement(d, "2024-02-29"));
    TU_STR_EQ(csp_duty_commencement(d), "2024-02-29");
    TU_OK(csp_duty_set_commencement(d, "2011"));
    TU_STR_EQ(csp_duty_commencement(d), "2011");
    csp_duty_free(d);
}
END_TEST

static csp_duty *full_duty(const char *id)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_new(&d, id));
    TU_OK(csp_duty_set_title(d, "Publish a yearly community safety report"));
    TU_OK(csp_duty_set_source(d, "Local constitution art. 7"));
    TU_OK(csp_duty_set_commencement(d, "2019-04"));
    TU_OK(csp_duty_set_recurrence(d, "yearly"));
    TU_OK(csp_duty_add_applies_to(d, "scrutiny_committee"));
    TU_OK(csp_duty_add_applies_to(d, "community_safety_partnership"));
    TU_OK(csp_duty_set_confidence(d, "unverified"));
    TU_OK(csp_duty_set_note(d, "Agreed locally."));
    return d;
}

START_TEST(test_duty_put_get)
{
    csp_duty *d = full_duty("local.report"), *g = NULL;
    size_t before = tu_duty_count(reg);
    TU_OK(csp_duty_put(reg, d));
    csp_duty_free(d);
    ck_assert_uint_eq(tu_duty_count(reg), before + 1);
    TU_OK(csp_duty_get(&g, reg, "local.report"));
    TU_STR_EQ(csp_duty_id(g), "local.report");
    TU_STR_EQ(csp_duty_title(g), "Publish a yearly community safety report");
    TU_STR_EQ(csp_duty_source(g), "Local constitution art. 7");
    TU_STR_EQ(csp_duty_commencement(g), "2019-04");
    TU_STR_EQ(csp_duty_recurrence(g), "yearly");
    ck_assert_uint_eq(csp_duty_applies_to_count(g), 2);
    TU_STR_EQ(csp_duty_applies_to(g, 0), "scrutiny_committee");
    TU_STR_EQ(csp_duty_applies_to(g, 1), "community_safety_partnership");
    TU_STR_EQ(csp_duty_confidence(g), "unverified");
    TU_STR_EQ(csp_duty_note(g), "Agreed locally.");
    ck_assert_int_eq(csp_duty_builtin(g), 0);
    csp_duty_free(g);
}
END_TEST

START_TEST(test_duty_get_not_found)
{
    csp_duty *d = NULL;
    TU_CODE(csp_duty_get(&d, reg, "local.nothing"), CSP_ENOTFOUND);
    ck_assert_ptr_null(d);
    TU_MSG_HAS("local.nothing");
}
END_TEST

START_TEST(test_duty_put_required)
{
    csp_duty *d;
    size_t before = tu_duty_count(reg);

    d = full_duty("local.r");
    TU_OK(csp_duty_set_title(d, NULL));
    TU_CODE(csp_duty_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS("title");
    csp_duty_free(d);

    d = full_duty("local.r");
    TU_OK(csp_duty_set_source(d, NULL));
    TU_CODE(csp_duty_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS("source");
    csp_duty_free(d);

    d = NULL;
    TU_OK(csp_duty_new(&d, "local.r"));
    TU_OK(csp_duty_set_title(d, "T"));
    TU_OK(csp_duty_set_source(d, "S"));
    TU_OK(csp_duty_set_confidence(d, "verified"));
    TU_CODE(csp_duty_put(reg, d), CSP_EREQUIRED); /* no recurrence */
    TU_MSG_HAS("recurrence");
    TU_OK(csp_duty_set_recurrence(d, "yearly"));
    TU_OK(csp_duty_set_confidence(d, NULL));
    TU_CODE(csp_duty_put(reg, d), CSP_EREQUIRED); /* no confidence */
    TU_MSG_HAS("confidence");
    TU_OK(csp_duty_set_confidence(d, "verified"));
    TU_OK(csp_duty_put(reg, d)); /* applies_to, commencement and note are optional */
    csp_duty_free(d);
    ck_assert_uint_eq(tu_duty_count(reg), before + 1);
}
END_TEST

START_TEST(test_duty_put_replaces)
{
    csp_duty *d = full_duty("local.report"), *g = NULL;
    size_t before = tu_duty_count(reg);
    TU_OK(csp_duty_put(reg, d));
    TU_OK(csp_duty_set_title(d, "Renamed"));
    TU_OK(csp_duty_set_commencement(d, NULL));
    TU_OK(csp_duty_clear_applies_to(d));
    TU_OK(csp_duty_add_applies_to(d, "board"));
    TU_OK(csp_duty_set_recurrence(d, "per_event"));
    TU_OK(csp_duty_put(reg, d));
    csp_duty_free(d);
    ck_assert_uint_eq(tu_duty_count(reg), before + 1);
    TU_OK(csp_duty_get(&g, reg, "local.report"));
    TU_STR_EQ(csp_duty_title(g), "Renamed");
    TU_STR_EQ(csp_duty_commencement(g), NULL);
    ck_assert_uint_eq(csp_duty_applies_to_count(g), 1);
    TU_STR_EQ(csp_duty_applies_to(g, 0), "board");
    TU_STR_EQ(csp_duty_recurrence(g), "per_event");
    TU_STR_EQ(csp_duty_note(g), "Agreed locally.");
    csp_duty_free(g);
}
END_TEST

START_TEST(test_duty_delete)
{
    csp_duty *d = NULL;
    size_t before = tu_duty_count(reg);
    tu_put_duty(reg, "local.a", "yearly", "verified");
    tu_put_duty(reg, "local.b", "yearly", "verified");
    ck_assert_uint_eq(tu_duty_count(reg), before + 2);
    TU_OK(csp_duty_delete(reg, "local.a"));
    TU_CODE(csp_duty_get(&d, reg, "local.a"), CSP_ENOTFOUND);
    TU_CODE(csp_duty_delete(reg, "local.a"), CSP_ENOTFOUND);
    TU_CODE(csp_duty_delete(reg, "local.never"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_duty_count(reg), before + 1);
}
END_TEST

START_TEST(test_duty_delete_held)
{
    tu_put_duty(reg, "local.d", "yearly", "verified");
    tu_put_holding(reg, "h1", "local.d", "csp", NULL);
    TU_CODE(csp_duty_delete(reg, "local.d"), CSP_EINUSE);
    {
        csp_duty *d = NULL;
        TU_OK(csp_duty_get(&d, reg, "local.d"));
        csp_duty_free(d);
    }
    TU_OK(csp_duty_holding_delete(reg, "h1"));
    TU_OK(csp_duty_delete(reg, "local.d"));
}
END_TEST

START_TEST(test_duty_delete_discharged)
{
    tu_put_duty(reg, "local.d", "yearly", "verified");
    tu_put_discharge(reg, "x1", "local.d", "csp", "2024-03-12");
    TU_CODE(csp_duty_delete(reg, "local.d"), CSP_EINUSE);
    TU_OK(csp_discharge_delete(reg, "x1"));
    TU_OK(csp_duty_delete(reg, "local.d"));
}
END_TEST

START_TEST(test_duty_delete_covered_by_strategy)
{
    csp_strategy *s = NULL;
    tu_put_duty(reg, "local.d", "yearly", "verified");
    TU_OK(csp_strategy_new(&s, "plan"));
    TU_OK(csp_strategy_set_partnership(s, "csp"));
    TU_OK(csp_strategy_set_title(s, "Plan"));
    TU_OK(csp_strategy_set_kind(s, "partnership_plan"));
    TU_OK(csp_strategy_set_status(s, "agreed"));
    TU_OK(csp_strategy_add_duties(s, "local.d"));
    TU_OK(csp_strategy_put(reg, s));
    TU_CODE(csp_duty_delete(reg, "local.d"), CSP_EINUSE);
    TU_OK(csp_strategy_clear_duties(s));
    TU_OK(csp_strategy_put(reg, s));
    csp_strategy_free(s);
    TU_OK(csp_duty_delete(reg, "local.d"));
}
END_TEST

START_TEST(test_duty_filters)
{
    char buf[8192];
    csp_duty_filter f = CSP_DUTY_FILTER_INIT;
    size_t all = tu_duty_count(reg), yearly_builtin;
    tu_put_duty(reg, "local.a", "yearly", "verified");
    tu_put_duty(reg, "local.b", "quarterly", "unverified");
    tu_put_duty(reg, "local.c", "yearly", "unverified");
    ck_assert_uint_eq(tu_duty_count(reg), all + 3);

    f.builtin = 0;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 3);
    TU_STR_EQ(buf, "local.a,local.b,local.c");
    f.builtin = 1;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), all);
    ck_assert_ptr_null(strstr(buf, "local."));
    f.builtin = -1;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), all + 3);

    f.builtin = 1;
    f.recurrence = "yearly";
    yearly_builtin = tu_duty_ids(buf, sizeof buf, reg, &f);
    ck_assert_uint_ge(yearly_builtin, 1);
    ck_assert_ptr_nonnull(strstr(buf, "si2007_1830.strategic_assessment"));
    f.builtin = -1;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), yearly_builtin + 2);
    f.builtin = 0;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 2);
    TU_STR_EQ(buf, "local.a,local.c");
    f.confidence = "unverified";
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 1);
    TU_STR_EQ(buf, "local.c");
    f.recurrence = NULL;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 2);
    TU_STR_EQ(buf, "local.b,local.c");
    f.recurrence = "three_yearly";
    f.confidence = NULL;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 0);
    TU_STR_EQ(buf, "");
    f.builtin = 1;
    ck_assert_uint_eq(tu_duty_ids(buf, sizeof buf, reg, &f), 1);
    TU_STR_EQ(buf, "si2007_1830.partnership_plan");
}
END_TEST

START_TEST(test_duty_filter_bad_enum)
{
    csp_duty_iterator *it = NULL;
    csp_duty_filter f = CSP_DUTY_FILTER_INIT;
    f.recurrence = "monthly";
    TU_CODE(csp_duty_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
    f.recurrence = NULL;
    f.confidence = "sure";
    TU_CODE(csp_duty_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

START_TEST(test_duty_iterator_sorted)
{
    csp_duty_iterator *it = NULL;
    csp_duty *d = NULL;
    char prev[200] = "";
    int rc;
    tu_put_duty(reg, "zzz.local", "yearly", "verified");
    tu_put_duty(reg, "aaa.local", "yearly", "verified");
    TU_OK(csp_duty_iterator_new(&it, reg, NULL));
    while ((rc = csp_duty_next(&d, it)) == CSP_OK) {
        ck_assert_msg(strcmp(prev, csp_duty_id(d)) < 0, "not in id order: %s then %s", prev,
                      csp_duty_id(d));
        strcpy(prev, csp_duty_id(d));
        csp_duty_free(d);
    }
    TU_CODE(rc, CSP_ITEROVER);
    csp_duty_iterator_free(it);
    TU_STR_EQ(prev, "zzz.local");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Duties in JSON                                                      */
/* ------------------------------------------------------------------ */

static const char *const LOCAL_DUTY_DOC =
    "{'format': 'libcsp/1',"
    " 'duties': ["
    "  {'id': 'local.report', 'title': 'Publish a report', 'source': 'Local constitution art. 7',"
    "   'commencement': '2019-04', 'recurrence': 'yearly',"
    "   'applies_to': ['scrutiny_committee', 'community_safety_partnership'],"
    "   'confidence': 'unverified', 'note': 'Agreed locally.'}]}";

START_TEST(test_json_local_duty)
{
    csp_duty *d = NULL;
    TU_OK(tu_import_q(reg, LOCAL_DUTY_DOC));
    TU_OK(csp_duty_get(&d, reg, "local.report"));
    ck_assert_int_eq(csp_duty_builtin(d), 0);
    ck_assert_uint_eq(csp_duty_applies_to_count(d), 2);
    TU_STR_EQ(csp_duty_applies_to(d, 1), "community_safety_partnership");
    TU_STR_EQ(csp_duty_commencement(d), "2019-04");
    csp_duty_free(d);

    t_a = tu_export(reg, 0);
    ck_assert_msg(strstr(t_a, "\"duties\"") != NULL, "no duties array:\n%s", t_a);
    ck_assert_msg(strstr(t_a, "\"local.report\"") != NULL, "local duty not exported:\n%s", t_a);
    ck_assert_msg(strstr(t_a, "pcsc2022") == NULL, "built-in duty exported:\n%s", t_a);
    ck_assert_msg(strstr(t_a, "builtin") == NULL, "builtin flag exported:\n%s", t_a);

    /* Round trip through a fresh register. */
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, 0);
    csp_register_close(t_r2);
    t_r2 = NULL;
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

typedef struct json_case {
    const char *doc; /* single-quoted */
    int code;
    const char *path;
} json_case;

#define DUTY_OK "{'id': 'local.ok', 'title': 'T', 'source': 'S', 'recurrence': 'yearly', 'confidence': 'verified'}"
#define P_OK "{'id': 'p-new', 'name': 'P', 'kind': 'board'}"

static const json_case duty_json_cases[] = {
    {"{'format': 'libcsp/1', 'duties': [" DUTY_OK ", {'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'recurrence': 'yearly', 'confidence': 'verified', 'builtin': true}]}",
     CSP_EUNKNOWN, "duties[1].builtin"},
    {"{'format': 'libcsp/1', 'duties': [{'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'recurrence': 'yearly', 'confidence': 'verified', 'builtin': false}]}",
     CSP_EUNKNOWN, "duties[0].builtin"},
    {"{'format': 'libcsp/1', 'duties': [" DUTY_OK ", {'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'recurrence': 'monthly', 'confidence': 'verified'}]}",
     CSP_EENUM, "duties[1].recurrence"},
    {"{'format': 'libcsp/1', 'duties': [{'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'recurrence': 'yearly', 'confidence': 'sure'}]}",
     CSP_EENUM, "duties[0].confidence"},
    {"{'format': 'libcsp/1', 'duties': [{'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'recurrence': 'yearly', 'confidence': 'verified', 'commencement': '2023-02-30'}]}",
     CSP_EDATE, "duties[0].commencement"},
    {"{'format': 'libcsp/1', 'duties': [{'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'recurrence': 'yearly', 'confidence': 'verified', 'applies_to': ['board', 'police']}]}",
     CSP_EENUM, "duties[0].applies_to[1]"},
    {"{'format': 'libcsp/1', 'duties': [" DUTY_OK ", {'id': 'local.b', 'source': 'S',"
     " 'recurrence': 'yearly', 'confidence': 'verified'}]}",
     CSP_EREQUIRED, "duties[1].title"},
    {"{'format': 'libcsp/1', 'duties': [{'id': 'local.b', 'title': 'T', 'source': 'S',"
     " 'confidence': 'verified'}]}",
     CSP_EREQUIRED, "duties[0].recurrence"},
    /* holdings */
    {"{'format': 'libcsp/1', 'duty_holdings': [{'id': 'h', 'duty': '" SVD "'}]}",
     CSP_EREQUIRED, "duty_holdings[0]"},
    {"{'format': 'libcsp/1', 'duty_holdings': [{'id': 'h', 'duty': '" SVD "', 'partnership': 'csp',"
     " 'organisation': 'council'}]}",
     CSP_ECONSTRAINT, "duty_holdings[0]"},
    {"{'format': 'libcsp/1', 'duties': [" DUTY_OK "], 'duty_holdings': [{'id': 'h0', 'duty': 'local.ok', 'partnership': 'csp'},"
     " {'id': 'h', 'duty': 'local.ghost', 'partnership': 'csp'}]}",
     CSP_EREFERENCE, "duty_holdings[1].duty"},
    {"{'format': 'libcsp/1', 'duty_holdings': [{'id': 'h', 'duty': '" SVD "', 'organisation': 'ghost'}]}",
     CSP_EREFERENCE, "duty_holdings[0].organisation"},
    {"{'format': 'libcsp/1', 'duty_holdings': [{'id': 'h', 'duty': '" SVD "', 'partnership': 'csp',"
     " 'start_date': '2023-02', 'end_date': '2023-01-31'}]}",
     CSP_ECONSTRAINT, "duty_holdings[0].end_date"},
    {"{'format': 'libcsp/1', 'duty_holdings': [{'duty': '" SVD "', 'partnership': 'csp'}]}",
     CSP_EREQUIRED, "duty_holdings[0].id"},
    {"{'format': 'libcsp/1', 'duty_holdings': [{'id': 'h', 'duty': '" SVD "', 'partnership': 'csp', 'since': '2023'}]}",
     CSP_EUNKNOWN, "duty_holdings[0].since"},
    /* discharges */
    {"{'format': 'libcsp/1', 'discharges': [{'id': 'x', 'duty': '" SVD "', 'partnership': 'csp',"
     " 'title': 'T'}]}",
     CSP_EREQUIRED, "discharges[0].discharged_on"},
    {"{'format': 'libcsp/1', 'discharges': [{'id': 'x', 'duty': '" SVD "', 'partnership': 'csp',"
     " 'discharged_on': '2024-03-12', 'title': 'T', 'strategy': 'ghost-plan'}]}",
     CSP_EREFERENCE, "discharges[0].strategy"},
    {"{'format': 'libcsp/1', 'discharges': [{'id': 'x', 'duty': '" SVD "', 'partnership': 'csp',"
     " 'discharged_on': '2024-03-12', 'title': 'T', 'assessment': 'ghost-sa'}]}",
     CSP_EREFERENCE, "discharges[0].assessment"},
    {"{'format': 'libcsp/1', 'partnerships': [" P_OK "], 'discharges': [{'id': 'x', 'duty': '" SVD "', 'partnership': 'p-new',"
     " 'discharged_on': '2024-02-30', 'title': 'T'}]}",
     CSP_EDATE, "discharges[0].discharged_on"},
};

#define N_DUTY_JSON_CASES ((int)(sizeof duty_json_cases / sizeof duty_json_cases[0]))

START_TEST(test_json_errors)
{
    const json_case *c = &duty_json_cases[_i];
    int rc;
    size_t duties_before = tu_duty_count(reg);
    t_a = tu_export(reg, 0);
    t_c = tu_q(c->doc);
    rc = tu_import(reg, t_c);
    ck_assert_msg(rc == c->code, "case %d: expected %s, got %s: \"%s\" [path \"%s\"]\n%s", _i,
                  csp_code_name(c->code), csp_code_name(rc), csp_error_last()->message,
                  csp_error_last()->path, t_c);
    TU_PATH(c->path);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_uint_eq(tu_duty_count(reg), duties_before);
}
END_TEST

START_TEST(test_json_builtin_code_refused)
{
    /* A document cannot redefine a built-in duty. */
    csp_duty *d = NULL;
    int rc;
    t_a = tu_export(reg, 0);
    rc = tu_import_q(reg, "{'format': 'libcsp/1', 'duties': [{'id': '" SVD "', 'title': 'Other',"
                          " 'source': 'S', 'recurrence': 'yearly', 'confidence': 'unverified'}]}");
    ck_assert_msg(rc < 0 && rc != CSP_ITEROVER, "expected an error, got %s", csp_code_name(rc));
    TU_PATH_PREFIX("duties[0]");
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    TU_OK(csp_duty_get(&d, reg, SVD));
    TU_STR_EQ(csp_duty_recurrence(d), "continuous");
    ck_assert_int_eq(csp_duty_builtin(d), 1);
    csp_duty_free(d);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Duty holdings                                                       */
/* ------------------------------------------------------------------ */

START_TEST(test_holding_new_setters)
{
    csp_duty_holding *h = NULL;
    TU_OK(csp_duty_holding_new(&h, "h1"));
    TU_STR_EQ(csp_duty_holding_id(h), "h1");
    TU_STR_EQ(csp_duty_holding_duty(h), NULL);
    TU_STR_EQ(csp_duty_holding_partnership(h), NULL);
    TU_STR_EQ(csp_duty_holding_organisation(h), NULL);
    TU_STR_EQ(csp_duty_holding_start_date(h), NULL);
    TU_STR_EQ(csp_duty_holding_end_date(h), NULL);
    TU_STR_EQ(csp_duty_holding_note(h), NULL);

    TU_OK(csp_duty_holding_set_duty(h, SVD));
    TU_STR_EQ(csp_duty_holding_duty(h), SVD);
    TU_OK(csp_duty_holding_set_partnership(h, "csp"));
    TU_STR_EQ(csp_duty_holding_partnership(h), "csp");
    TU_OK(csp_duty_holding_set_partnership(h, NULL));
    TU_STR_EQ(csp_duty_holding_partnership(h), NULL);
    TU_OK(csp_duty_holding_set_organisation(h, "council"));
    TU_STR_EQ(csp_duty_holding_organisation(h), "council");
    TU_OK(csp_duty_holding_set_organisation(h, NULL));
    TU_STR_EQ(csp_duty_holding_organisation(h), NULL);
    TU_OK(csp_duty_holding_set_start_date(h, "2023-01-31"));
    TU_STR_EQ(csp_duty_holding_start_date(h), "2023-01-31");
    TU_CODE(csp_duty_holding_set_start_date(h, "2023-02-30"), CSP_EDATE);
    TU_STR_EQ(csp_duty_holding_start_date(h), "2023-01-31");
    TU_OK(csp_duty_holding_set_end_date(h, "2026"));
    TU_STR_EQ(csp_duty_holding_end_date(h), "2026");
    TU_CODE(csp_duty_holding_set_end_date(h, "2026-00"), CSP_EDATE);
    TU_STR_EQ(csp_duty_holding_end_date(h), "2026");
    TU_OK(csp_duty_holding_set_end_date(h, NULL));
    TU_STR_EQ(csp_duty_holding_end_date(h), NULL);
    TU_OK(csp_duty_holding_set_note(h, "named lead partnership"));
    TU_STR_EQ(csp_duty_holding_note(h), "named lead partnership");
    TU_OK(csp_duty_holding_set_note(h, NULL));
    TU_STR_EQ(csp_duty_holding_note(h), NULL);
    csp_duty_holding_free(h);
    h = NULL;
    TU_CODE(csp_duty_holding_new(&h, ""), CSP_EINVALID);
    ck_assert_ptr_null(h);
    csp_duty_holding_free(NULL);
}
END_TEST

START_TEST(test_holding_put_get)
{
    csp_duty_holding *h = NULL, *g = NULL;
    TU_OK(csp_duty_holding_new(&h, "csp-svd"));
    TU_OK(csp_duty_holding_set_duty(h, SVD));
    TU_OK(csp_duty_holding_set_partnership(h, "csp"));
    TU_OK(csp_duty_holding_set_start_date(h, "2023-01-31"));
    TU_OK(csp_duty_holding_set_end_date(h, "2026-03"));
    TU_OK(csp_duty_holding_set_note(h, "lead partnership for the Duty"));
    TU_OK(csp_duty_holding_put(reg, h));
    csp_duty_holding_free(h);

    TU_OK(csp_duty_holding_get(&g, reg, "csp-svd"));
    TU_STR_EQ(csp_duty_holding_id(g), "csp-svd");
    TU_STR_EQ(csp_duty_holding_duty(g), SVD);
    TU_STR_EQ(csp_duty_holding_partnership(g), "csp");
    TU_STR_EQ(csp_duty_holding_organisation(g), NULL);
    TU_STR_EQ(csp_duty_holding_start_date(g), "2023-01-31");
    TU_STR_EQ(csp_duty_holding_end_date(g), "2026-03");
    TU_STR_EQ(csp_duty_holding_note(g), "lead partnership for the Duty");
    csp_duty_holding_free(g);
    g = NULL;

    tu_put_holding(reg, "council-due-regard", DUE_REGARD, NULL, "council");
    TU_OK(csp_duty_holding_get(&g, reg, "council-due-regard"));
    TU_STR_EQ(csp_duty_holding_partnership(g), NULL);
    TU_STR_EQ(csp_duty_holding_organisation(g), "council");
    csp_duty_holding_free(g);
    g = NULL;

    TU_CODE(csp_duty_holding_get(&g, reg, "nope"), CSP_ENOTFOUND);
    ck_assert_ptr_null(g);
    ck_assert_uint_eq(tu_duty_holding_count(reg), 2);
}
END_TEST

START_TEST(test_holding_exactly_one_holder)
{
    csp_duty_holding *h = NULL;
    TU_OK(csp_duty_holding_new(&h, "h"));
    TU_OK(csp_duty_holding_set_duty(h, SVD));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREQUIRED); /* neither */
    TU_OK(csp_duty_holding_set_partnership(h, "csp"));
    TU_OK(csp_duty_holding_set_organisation(h, "council"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_ECONSTRAINT); /* both */
    ck_assert_uint_eq(tu_duty_holding_count(reg), 0);
    TU_OK(csp_duty_holding_set_partnership(h, NULL));
    TU_OK(csp_duty_holding_put(reg, h));
    ck_assert_uint_eq(tu_duty_holding_count(reg), 1);
    /* Replacing it with a both-holders record fails and keeps the stored one. */
    TU_OK(csp_duty_holding_set_partnership(h, "csp"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_ECONSTRAINT);
    csp_duty_holding_free(h);
    h = NULL;
    TU_OK(csp_duty_holding_get(&h, reg, "h"));
    TU_STR_EQ(csp_duty_holding_partnership(h), NULL);
    TU_STR_EQ(csp_duty_holding_organisation(h), "council");
    csp_duty_holding_free(h);
}
END_TEST

START_TEST(test_holding_required_and_references)
{
    csp_duty_holding *h = NULL;
    TU_OK(csp_duty_holding_new(&h, "h"));
    TU_OK(csp_duty_holding_set_partnership(h, "csp"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREQUIRED); /* no duty */
    TU_MSG_HAS("duty");
    TU_OK(csp_duty_holding_set_duty(h, "local.ghost"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREFERENCE);
    TU_MSG_HAS("local.ghost");
    TU_ERR_PATH("duty");
    TU_OK(csp_duty_holding_set_duty(h, SVD));
    TU_OK(csp_duty_holding_set_partnership(h, "ghost-csp"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREFERENCE);
    TU_MSG_HAS("ghost-csp");
    TU_ERR_PATH("partnership");
    TU_OK(csp_duty_holding_set_partnership(h, "council")); /* an organisation, not a partnership */
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREFERENCE);
    TU_OK(csp_duty_holding_set_partnership(h, NULL));
    TU_OK(csp_duty_holding_set_organisation(h, "ghost-org"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_EREFERENCE);
    TU_MSG_HAS("ghost-org");
    TU_ERR_PATH("organisation");
    csp_duty_holding_free(h);
    ck_assert_uint_eq(tu_duty_holding_count(reg), 0);
}
END_TEST

START_TEST(test_holding_end_before_start)
{
    csp_duty_holding *h = NULL;
    TU_OK(csp_duty_holding_new(&h, "h"));
    TU_OK(csp_duty_holding_set_duty(h, SVD));
    TU_OK(csp_duty_holding_set_partnership(h, "csp"));
    TU_OK(csp_duty_holding_set_start_date(h, "2023-01-31"));
    TU_OK(csp_duty_holding_set_end_date(h, "2023-01-30"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_ECONSTRAINT);
    TU_OK(csp_duty_holding_set_end_date(h, "2022"));
    TU_CODE(csp_duty_holding_put(reg, h), CSP_ECONSTRAINT);
    ck_assert_uint_eq(tu_duty_holding_count(reg), 0);
    TU_OK(csp_duty_holding_set_end_date(h, "2023-01-31"));
    TU_OK(csp_duty_holding_put(reg, h));
    csp_duty_holding_free(h);
    ck_assert_uint_eq(tu_duty_holding_count(reg), 1);
}
END_TEST

START_TEST(test_holding_delete)
{
    csp_duty_holding *h = NULL;
    tu_put_holding(reg, "h1", SVD, "csp", NULL);
    tu_put_holding(reg, "h2", SVD, NULL, "council");
    TU_OK(csp_duty_holding_delete(reg, "h1"));
    TU_CODE(csp_duty_holding_get(&h, reg, "h1"), CSP_ENOTFOUND);
    TU_CODE(csp_duty_holding_delete(reg, "h1"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_duty_holding_count(reg), 1);
    /* The holder cannot go while it holds a duty. */
    TU_CODE(csp_organisation_delete(reg, "council"), CSP_EINUSE);
    TU_OK(csp_duty_holding_delete(reg, "h2"));
    TU_OK(csp_organisation_delete(reg, "council"));
}
END_TEST

START_TEST(test_holding_partnership_in_use)
{
    tu_put_holding(reg, "h1", SVD, "sog", NULL);
    TU_CODE(csp_partnership_delete(reg, "sog"), CSP_EINUSE);
    ck_assert_uint_eq(tu_partnership_count(reg), 2);
}
END_TEST

START_TEST(test_holding_filters)
{
    char buf[512];
    csp_duty_holding_filter f = CSP_DUTY_HOLDING_FILTER_INIT;
    tu_put_holding(reg, "h-csp-svd", SVD, "csp", NULL);
    tu_put_holding(reg, "h-sog-sa", "si2007_1830.strategic_assessment", "sog", NULL);
    tu_put_holding(reg, "h-csp-sa", "si2007_1830.strategic_assessment", "csp", NULL);
    tu_put_holding(reg, "h-council-svd", SVD, NULL, "council");
    tu_put_holding(reg, "h-police-svd", SVD, NULL, "police");
    tu_put_holding(reg, "h-council-dr", DUE_REGARD, NULL, "council");

    ck_assert_uint_eq(tu_duty_holding_ids(buf, sizeof buf, reg, &f), 6);
    TU_STR_EQ(buf, "h-council-dr,h-council-svd,h-csp-sa,h-csp-svd,h-police-svd,h-sog-sa");
    f.duty = SVD;
    tu_duty_holding_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "h-council-svd,h-csp-svd,h-police-svd");
    f.duty = NULL;
    f.partnership = "csp";
    tu_duty_holding_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "h-csp-sa,h-csp-svd");
    f.partnership = NULL;
    f.organisation = "council";
    tu_duty_holding_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "h-council-dr,h-council-svd");
    f.duty = SVD;
    tu_duty_holding_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "h-council-svd");
    f.organisation = NULL;
    f.partnership = "sog";
    ck_assert_uint_eq(tu_duty_holding_ids(buf, sizeof buf, reg, &f), 0);
    f.duty = NULL;
    f.partnership = "nobody";
    ck_assert_uint_eq(tu_duty_holding_ids(buf, sizeof buf, reg, &f), 0);
}
END_TEST

/* The Serious Violence Duty holders of an area follow from organisations' standing. */
static void put_org_full(const char *id, const char *kind, const char *area, int svd)
{
    csp_organisation *o = NULL;
    TU_OK(csp_organisation_new(&o, id));
    TU_OK(csp_organisation_set_name(o, id));
    TU_OK(csp_organisation_set_kind(o, kind));
    if (area != NULL)
        TU_OK(csp_organisation_set_area(o, area));
    TU_OK(csp_organisation_set_serious_violence_duty_holder(o, svd));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
}

START_TEST(test_svd_holders_of_area)
{
    char buf[512];
    csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;
    csp_duty_holding_filter hf = CSP_DUTY_HOLDING_FILTER_INIT;
    csp_organisation_iterator *it = NULL;
    csp_organisation *o = NULL;
    int rc;
    put_org_full("ealing-council", "local_authority", "Ealing", 1);
    put_org_full("ealing-icb", "health", "Ealing", 1);
    put_org_full("ealing-school", "education", "Ealing", 0); /* co-operates, does not hold */
    put_org_full("ealing-yjs", "youth_justice", "Ealing", 1);
    put_org_full("hackney-council", "local_authority", "Hackney", 1);
    put_org_full("mopac", "policing_body", "London", 0);

    f.serious_violence_duty_holder = 1;
    f.area = "Ealing";
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, &f), 3);
    TU_STR_EQ(buf, "ealing-council,ealing-icb,ealing-yjs");
    f.area = "Hackney";
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, &f), 1);
    TU_STR_EQ(buf, "hackney-council");
    f.area = "London";
    ck_assert_uint_eq(tu_organisation_ids(buf, sizeof buf, reg, &f), 0);

    /* Record a holding of the Duty for each holder in Ealing. */
    f.area = "Ealing";
    TU_OK(csp_organisation_iterator_new(&it, reg, &f));
    while ((rc = csp_organisation_next(&o, it)) == CSP_OK) {
        char id[200];
        snprintf(id, sizeof id, "svd-%s", csp_organisation_id(o));
        tu_put_holding(reg, id, SVD, NULL, csp_organisation_id(o));
        csp_organisation_free(o);
    }
    TU_CODE(rc, CSP_ITEROVER);
    csp_organisation_iterator_free(it);
    hf.duty = SVD;
    ck_assert_uint_eq(tu_duty_holding_ids(buf, sizeof buf, reg, &hf), 3);
    TU_STR_EQ(buf, "svd-ealing-council,svd-ealing-icb,svd-ealing-yjs");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Discharges                                                          */
/* ------------------------------------------------------------------ */

START_TEST(test_discharge_new_setters)
{
    csp_discharge *d = NULL;
    TU_OK(csp_discharge_new(&d, "sa-2024"));
    TU_STR_EQ(csp_discharge_id(d), "sa-2024");
    TU_STR_EQ(csp_discharge_duty(d), NULL);
    TU_STR_EQ(csp_discharge_partnership(d), NULL);
    TU_STR_EQ(csp_discharge_discharged_on(d), NULL);
    TU_STR_EQ(csp_discharge_title(d), NULL);
    TU_STR_EQ(csp_discharge_evidence_title(d), NULL);
    TU_STR_EQ(csp_discharge_evidence_url(d), NULL);
    TU_STR_EQ(csp_discharge_evidence_ref(d), NULL);
    TU_STR_EQ(csp_discharge_note(d), NULL);
    TU_STR_EQ(csp_discharge_strategy(d), NULL);
    TU_STR_EQ(csp_discharge_assessment(d), NULL);

    TU_OK(csp_discharge_set_duty(d, "si2007_1830.strategic_assessment"));
    TU_STR_EQ(csp_discharge_duty(d), "si2007_1830.strategic_assessment");
    TU_OK(csp_discharge_set_partnership(d, "csp"));
    TU_STR_EQ(csp_discharge_partnership(d), "csp");
    TU_OK(csp_discharge_set_discharged_on(d, "2024-03-12"));
    TU_STR_EQ(csp_discharge_discharged_on(d), "2024-03-12");
    TU_CODE(csp_discharge_set_discharged_on(d, "2024-03-32"), CSP_EDATE);
    TU_STR_EQ(csp_discharge_discharged_on(d), "2024-03-12");
    TU_OK(csp_discharge_set_discharged_on(d, "2024-03"));
    TU_STR_EQ(csp_discharge_discharged_on(d), "2024-03");
    TU_OK(csp_discharge_set_title(d, "strategic assessment 2024 completed"));
    TU_STR_EQ(csp_discharge_title(d), "strategic assessment 2024 completed");
    TU_OK(csp_discharge_set_evidence_title(d, "Strategic Assessment 2024"));
    TU_STR_EQ(csp_discharge_evidence_title(d), "Strategic Assessment 2024");
    TU_OK(csp_discharge_set_evidence_url(d, "https://example.org/sa-2024.pdf"));
    TU_STR_EQ(csp_discharge_evidence_url(d), "https://example.org/sa-2024.pdf");
    TU_OK(csp_discharge_set_evidence_ref(d, "SEP/2024/03 item 4"));
    TU_STR_EQ(csp_discharge_evidence_ref(d), "SEP/2024/03 item 4");
    TU_OK(csp_discharge_set_note(d, "presented to the board"));
    TU_STR_EQ(csp_discharge_note(d), "presented to the board");
    TU_OK(csp_discharge_set_strategy(d, "plan"));
    TU_STR_EQ(csp_discharge_strategy(d), "plan");
    TU_OK(csp_discharge_set_assessment(d, "sa"));
    TU_STR_EQ(csp_discharge_assessment(d), "sa");

    TU_OK(csp_discharge_set_evidence_title(d, NULL));
    TU_STR_EQ(csp_discharge_evidence_title(d), NULL);
    TU_OK(csp_discharge_set_evidence_url(d, NULL));
    TU_STR_EQ(csp_discharge_evidence_url(d), NULL);
    TU_OK(csp_discharge_set_evidence_ref(d, NULL));
    TU_STR_EQ(csp_discharge_evidence_ref(d), NULL);
    TU_OK(csp_discharge_set_note(d, NULL));
    TU_STR_EQ(csp_discharge_note(d), NULL);
    TU_OK(csp_discharge_set_strategy(d, NULL));
    TU_STR_EQ(csp_discharge_strategy(d), NULL);
    TU_OK(csp_discharge_set_assessment(d, NULL));
    TU_STR_EQ(csp_discharge_assessment(d), NULL);
    csp_discharge_free(d);
    d = NULL;
    TU_CODE(csp_discharge_new(&d, ""), CSP_EINVALID);
    ck_assert_ptr_null(d);
    csp_discharge_free(NULL);
}
END_TEST

static csp_discharge *discharge(const char *id, const char *duty, const char *partnership,
                                const char *date, const char *title)
{
    csp_discharge *d = NULL;
    TU_OK(csp_discharge_new(&d, id));
    if (duty)
        TU_OK(csp_discharge_set_duty(d, duty));
    if (partnership)
        TU_OK(csp_discharge_set_partnership(d, partnership));
    if (date)
        TU_OK(csp_discharge_set_discharged_on(d, date));
    if (title)
        TU_OK(csp_discharge_set_title(d, title));
    return d;
}

#define SA "si2007_1830.strategic_assessment"

START_TEST(test_discharge_required)
{
    csp_discharge *d;
    d = discharge("x", NULL, "csp", "2024-03-12", "T");
    TU_CODE(csp_discharge_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS("duty");
    csp_discharge_free(d);
    d = discharge("x", SA, NULL, "2024-03-12", "T");
    TU_CODE(csp_discharge_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS("partnership");
    csp_discharge_free(d);
    d = discharge("x", SA, "csp", NULL, "T");
    TU_CODE(csp_discharge_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS("discharged_on");
    csp_discharge_free(d);
    d = discharge("x", SA, "csp", "2024-03-12", NULL);
    TU_CODE(csp_discharge_put(reg, d), CSP_EREQUIRED);
    TU_MSG_HAS("title");
    csp_discharge_free(d);
    ck_assert_uint_eq(tu_discharge_count(reg), 0);
    d = discharge("x", SA, "csp", "2024-03-12", "T");
    TU_OK(csp_discharge_put(reg, d));
    csp_discharge_free(d);
    ck_assert_uint_eq(tu_discharge_count(reg), 1);
}
END_TEST

START_TEST(test_discharge_references)
{
    csp_discharge *d = discharge("x", "local.ghost", "csp", "2024-03-12", "T"), *g = NULL;
    TU_CODE(csp_discharge_put(reg, d), CSP_EREFERENCE);
    TU_ERR_PATH("duty");
    TU_OK(csp_discharge_set_duty(d, SA));
    TU_OK(csp_discharge_set_partnership(d, "ghost"));
    TU_CODE(csp_discharge_put(reg, d), CSP_EREFERENCE);
    TU_ERR_PATH("partnership");
    TU_OK(csp_discharge_set_partnership(d, "csp"));
    TU_OK(csp_discharge_set_strategy(d, "ghost-plan"));
    TU_CODE(csp_discharge_put(reg, d), CSP_EREFERENCE);
    TU_ERR_PATH("strategy");
    TU_MSG_HAS("ghost-plan");
    TU_OK(csp_discharge_set_strategy(d, NULL));
    TU_OK(csp_discharge_set_assessment(d, "ghost-sa"));
    TU_CODE(csp_discharge_put(reg, d), CSP_EREFERENCE);
    TU_ERR_PATH("assessment");
    TU_MSG_HAS("ghost-sa");
    ck_assert_uint_eq(tu_discharge_count(reg), 0);

    /* With the strategy and assessment in place it goes in. */
    tu_put_strategy(reg, "plan", "csp", "partnership_plan", "agreed");
    tu_put_assessment(reg, "sa-2024", "csp", "strategic_assessment");
    TU_OK(csp_discharge_set_strategy(d, "plan"));
    TU_OK(csp_discharge_set_assessment(d, "sa-2024"));
    TU_OK(csp_discharge_set_evidence_title(d, "Strategic Assessment 2024"));
    TU_OK(csp_discharge_set_evidence_url(d, "https://example.org/sa.pdf"));
    TU_OK(csp_discharge_set_evidence_ref(d, "item 4"));
    TU_OK(csp_discharge_set_note(d, "n"));
    TU_OK(csp_discharge_put(reg, d));
    csp_discharge_free(d);

    TU_OK(csp_discharge_get(&g, reg, "x"));
    TU_STR_EQ(csp_discharge_duty(g), SA);
    TU_STR_EQ(csp_discharge_partnership(g), "csp");
    TU_STR_EQ(csp_discharge_discharged_on(g), "2024-03-12");
    TU_STR_EQ(csp_discharge_title(g), "T");
    TU_STR_EQ(csp_discharge_evidence_title(g), "Strategic Assessment 2024");
    TU_STR_EQ(csp_discharge_evidence_url(g), "https://example.org/sa.pdf");
    TU_STR_EQ(csp_discharge_evidence_ref(g), "item 4");
    TU_STR_EQ(csp_discharge_note(g), "n");
    TU_STR_EQ(csp_discharge_strategy(g), "plan");
    TU_STR_EQ(csp_discharge_assessment(g), "sa-2024");
    csp_discharge_free(g);

    /* What it names cannot go while it does. */
    TU_CODE(csp_strategy_delete(reg, "plan"), CSP_EINUSE);
    TU_CODE(csp_assessment_delete(reg, "sa-2024"), CSP_EINUSE);
    TU_OK(csp_discharge_delete(reg, "x"));
    TU_OK(csp_strategy_delete(reg, "plan"));
    TU_OK(csp_assessment_delete(reg, "sa-2024"));
}
END_TEST

START_TEST(test_discharge_delete)
{
    csp_discharge *d = NULL;
    tu_put_discharge(reg, "x", SA, "csp", "2024");
    TU_OK(csp_discharge_delete(reg, "x"));
    TU_CODE(csp_discharge_get(&d, reg, "x"), CSP_ENOTFOUND);
    ck_assert_ptr_null(d);
    TU_CODE(csp_discharge_delete(reg, "x"), CSP_ENOTFOUND);
}
END_TEST

START_TEST(test_discharge_filters)
{
    char buf[512];
    csp_discharge_filter f = CSP_DISCHARGE_FILTER_INIT;
    tu_put_discharge(reg, "sa-2023", SA, "csp", "2023-03");
    tu_put_discharge(reg, "sa-2024", SA, "csp", "2024-03-12");
    tu_put_discharge(reg, "sog-sa-2024", SA, "sog", "2024-02");
    tu_put_discharge(reg, "svd-strategy", SVD, "csp", "2024-01-31");

    ck_assert_uint_eq(tu_discharge_ids(buf, sizeof buf, reg, &f), 4);
    TU_STR_EQ(buf, "sa-2023,sa-2024,sog-sa-2024,svd-strategy");
    f.duty = SA;
    tu_discharge_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sa-2023,sa-2024,sog-sa-2024");
    f.partnership = "csp";
    tu_discharge_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sa-2023,sa-2024");
    f.duty = NULL;
    tu_discharge_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sa-2023,sa-2024,svd-strategy");
    f.partnership = "sog";
    f.duty = SVD;
    ck_assert_uint_eq(tu_discharge_ids(buf, sizeof buf, reg, &f), 0);
}
END_TEST

START_TEST(test_holdings_discharges_json_roundtrip)
{
    csp_duty_holding *h = NULL;
    static const char *const doc =
        "{'format': 'libcsp/1',"
        " 'duties': [{'id': 'local.report', 'title': 'Report', 'source': 'Local', 'recurrence': 'yearly',"
        "   'confidence': 'unverified'}],"
        " 'duty_holdings': ["
        "  {'id': 'h-csp-svd', 'duty': '" SVD "', 'partnership': 'csp', 'start_date': '2023-01-31',"
        "   'note': 'lead'},"
        "  {'id': 'h-council-report', 'duty': 'local.report', 'organisation': 'council'}],"
        " 'strategies': [{'id': 'plan', 'partnership': 'csp', 'title': 'Plan', 'kind': 'partnership_plan',"
        "   'status': 'agreed'}],"
        " 'assessments': [{'id': 'sa-2024', 'partnership': 'csp', 'kind': 'strategic_assessment'}],"
        " 'discharges': ["
        "  {'id': 'x', 'duty': '" SA "', 'partnership': 'csp', 'discharged_on': '2024-03-12',"
        "   'title': 'strategic assessment 2024 completed', 'evidence_title': 'SA 2024',"
        "   'evidence_url': 'https://example.org/sa.pdf', 'evidence_ref': 'item 4', 'note': 'n',"
        "   'strategy': 'plan', 'assessment': 'sa-2024'}]}";
    TU_OK(tu_import_q(reg, doc));
    ck_assert_uint_eq(tu_duty_holding_count(reg), 2);
    ck_assert_uint_eq(tu_discharge_count(reg), 1);
    TU_OK(csp_duty_holding_get(&h, reg, "h-council-report"));
    TU_STR_EQ(csp_duty_holding_organisation(h), "council");
    TU_STR_EQ(csp_duty_holding_duty(h), "local.report");
    csp_duty_holding_free(h);

    t_a = tu_export(reg, 0);
    ck_assert_msg(strstr(t_a, "\"duty_holdings\"") != NULL, "%s", t_a);
    ck_assert_msg(strstr(t_a, "\"discharges\"") != NULL, "%s", t_a);
    ck_assert_msg(strstr(t_a, "https://example.org/sa.pdf") != NULL, "%s", t_a);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, 0);
    csp_register_close(t_r2);
    t_r2 = NULL;
    TU_SAME_EXPORT(t_a, t_b);

    /* The same document again, and its own export, are no-ops. */
    csp_free(t_b);
    t_b = NULL;
    TU_OK(tu_import_q(reg, doc));
    TU_OK(tu_import(reg, t_a));
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

static Suite *duty_suite(void)
{
    Suite *s = suite_create("duty");
    TCase *tc = tcase_create("catalogue");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_catalogue_matches_docs);
    tcase_add_test(tc, test_catalogue_filters_match_docs);
    tcase_add_test(tc, test_catalogue_svd);
    tcase_add_test(tc, test_catalogue_dhr);
    tcase_add_test(tc, test_catalogue_pilot);
    tcase_add_test(tc, test_builtin_put_refused);
    tcase_add_test(tc, test_builtin_delete_refused);
    tcase_add_test(tc, test_builtin_not_exported);
    suite_add_tcase(s, tc);

    tc = tcase_create("local");
    tcase_add_checked_fixture(tc, setup_world, teardown);
    tcase_add_test(tc, test_duty_new_defaults);
    tcase_add_test(tc, test_duty_setters);
    tcase_add_test(tc, test_duty_enums);
    tcase_add_test(tc, test_duty_applies_to);
    tcase_add_test(tc, test_duty_commencement);
    tcase_add_test(tc, test_duty_put_get);
    tcase_add_test(tc, test_duty_get_not_found);
    tcase_add_test(tc, test_duty_put_required);
    tcase_add_test(tc, test_duty_put_replaces);
    tcase_add_test(tc, test_duty_delete);
    tcase_add_test(tc, test_duty_delete_held);
    tcase_add_test(tc, test_duty_delete_discharged);
    tcase_add_test(tc, test_duty_delete_covered_by_strategy);
    tcase_add_test(tc, test_duty_filters);
    tcase_add_test(tc, test_duty_filter_bad_enum);
    tcase_add_test(tc, test_duty_iterator_sorted);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_checked_fixture(tc, setup_world, teardown);
    tcase_add_test(tc, test_json_local_duty);
    tcase_add_loop_test(tc, test_json_errors, 0, N_DUTY_JSON_CASES);
    tcase_add_test(tc, test_json_builtin_code_refused);
    tcase_add_test(tc, test_holdings_discharges_json_roundtrip);
    suite_add_tcase(s, tc);

    tc = tcase_create("holding");
    tcase_add_checked_fixture(tc, setup_world, teardown);
    tcase_add_test(tc, test_holding_new_setters);
    tcase_add_test(tc, test_holding_put_get);
    tcase_add_test(tc, test_holding_exactly_one_holder);
    tcase_add_test(tc, test_holding_required_and_references);
    tcase_add_test(tc, test_holding_end_before_start);
    tcase_add_test(tc, test_holding_delete);
    tcase_add_test(tc, test_holding_partnership_in_use);
    tcase_add_test(tc, test_holding_filters);
    tcase_add_test(tc, test_svd_holders_of_area);
    suite_add_tcase(s, tc);

    tc = tcase_create("discharge");
    tcase_add_checked_fixture(tc, setup_world, teardown);
    tcase_add_test(tc, test_discharge_new_setters);
    tcase_add_test(tc, test_discharge_required);
    tcase_add_test(tc, test_discharge_references);
    tcase_add_test(tc, test_discharge_delete);
    tcase_add_test(tc, test_discharge_filters);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(duty_suite());
}
