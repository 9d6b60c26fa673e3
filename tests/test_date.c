/*
 * test_date.c: csp_date_check, csp_date_compare, csp_date_overlaps.
 */
#include "testutil.h"

static const char *const valid_dates[] = {
    "2002",       "2002-01",    "2002-01-15", "2024-02-29", "2000-02-29", "0001",
    "0001-01-01", "9999",       "9999-12-31", "2023-12-31", "2023-04-30", "2023-01-31",
    "1998",       "2020-03",    "2023-01-31", "2023-02-28", "1996-02-29",
};

static const char *const invalid_dates[] = {
    "2023-02-30",       /* impossible day */
    "2023-02-29",       /* not a leap year */
    "1900-02-29",       /* century, not a leap year */
    "2023-04-31",       /* April has 30 days */
    "2023-13",          /* month 13 */
    "2023-00",          /* month 0 */
    "2023-01-00",       /* day 0 */
    "2023-01-32",       /* day 32 */
    "0000",             /* year 0 */
    "0000-01-01",
    "20",               /* too short */
    "202",
    "99999",            /* five-digit year */
    "2023-1-01",        /* unpadded month */
    "2023-01-1",        /* unpadded day */
    "2023-1",
    "2023-01-01T00:00", /* a time is not a date */
    "2023-01-01 ",      /* trailing space */
    "",                 /* empty */
    " 2023",            /* leading space */
    "2023 ",
    "2023-",
    "2023-01-",
    "2023/01/01",
    "20230101",
    "+2023",
    "-2023",
    "abcd",
    "2023-ab",
    "2023-01-0a",
    "Jan 2002",
    "2023-W01",         /* ISO week dates are not accepted */
    "2023-001",         /* nor ordinal dates */
};

START_TEST(test_check_valid)
{
    const char *d = valid_dates[_i];
    csp_error_clear();
    ck_assert_msg(csp_date_check(d) == CSP_OK, "csp_date_check(\"%s\") should pass: %s (%s)", d,
                  csp_code_name(csp_date_check(d)), csp_error_last()->message);
}
END_TEST

START_TEST(test_check_invalid)
{
    const char *d = invalid_dates[_i];
    int rc = csp_date_check(d);
    ck_assert_msg(rc == CSP_EDATE, "csp_date_check(\"%s\"): expected CSP_EDATE, got %s", d,
                  csp_code_name(rc));
    ck_assert_int_eq(csp_error_last()->code, CSP_EDATE);
    ck_assert_msg(csp_error_last()->message[0] != '\0', "CSP_EDATE for \"%s\" without a message",
                  d);
}
END_TEST

START_TEST(test_check_null)
{
    TU_CODE(csp_date_check(NULL), CSP_EARG);
}
END_TEST

/* Each is strictly before the next. */
static const char *const ordered[] = {
    "0001", "1998-12-31", "2002", "2002-01", "2002-01-01", "2002-01-15", "2002-01-31",
    "2002-02", "2002-02-01", "2002-12", "2002-12-31", "2003", "2023-01-31", "9999-12-31",
};

#define N_ORDERED (sizeof ordered / sizeof ordered[0])

START_TEST(test_compare_order)
{
    size_t i, j;
    for (i = 0; i < N_ORDERED; i++) {
        for (j = 0; j < N_ORDERED; j++) {
            int c = csp_date_compare(ordered[i], ordered[j]);
            if (i < j)
                ck_assert_msg(c < 0, "compare(%s, %s) = %d, expected < 0", ordered[i], ordered[j], c);
            else if (i > j)
                ck_assert_msg(c > 0, "compare(%s, %s) = %d, expected > 0", ordered[i], ordered[j], c);
            else
                ck_assert_msg(c == 0, "compare(%s, %s) = %d, expected 0", ordered[i], ordered[j], c);
        }
    }
}
END_TEST

START_TEST(test_compare_brief)
{
    ck_assert_int_lt(csp_date_compare("2002", "2002-01"), 0);
    ck_assert_int_lt(csp_date_compare("2002-01", "2002-01-15"), 0);
    ck_assert_int_lt(csp_date_compare("2002-01-15", "2002-02"), 0);
    ck_assert_int_lt(csp_date_compare("2002-02", "2003"), 0);
    ck_assert_int_gt(csp_date_compare("2003", "2002-12-31"), 0);
    ck_assert_int_eq(csp_date_compare("2002-01-15", "2002-01-15"), 0);
    /* The order is the order of the strings. */
    ck_assert_int_eq(csp_date_compare("2002", "2002-01") < 0, strcmp("2002", "2002-01") < 0);
}
END_TEST

START_TEST(test_compare_invalid_as_text)
{
    /* Invalid input compares as text: consistent sign with strcmp. */
    ck_assert_int_lt(csp_date_compare("2023-02-30", "2023-03"), 0);
    ck_assert_int_gt(csp_date_compare("zzz", "2023"), 0);
    ck_assert_int_eq(csp_date_compare("nonsense", "nonsense"), 0);
}
END_TEST

static const struct {
    const char *a, *b;
    int overlaps;
} overlap_cases[] = {
    {"2020-03", "2020-03-12", 1},
    {"2020-03-12", "2020-03", 1},
    {"2020", "2020-03-12", 1},
    {"2020-03-12", "2020", 1},
    {"2020", "2020-12", 1},
    {"2020", "2020", 1},
    {"2020-03", "2020-03", 1},
    {"2020-03-12", "2020-03-12", 1},
    {"2020-03", "2020-04", 0},
    {"2020", "2021", 0},
    {"2020-03-12", "2020-03-13", 0},
    {"2020-03", "2020-04-01", 0},
    {"2021", "2020-12-31", 0},
    {"2020-12", "2021-12", 0},
    {"2020-01", "2020-10", 0}, /* not a text prefix test */
    {"2020-02-30", "2020-02", 0}, /* invalid input never overlaps */
    {"2020-02", "2020-02-30", 0},
    {"2023-13", "2023", 0},
    {"", "", 0},
    {"2020", "", 0},
    {"x", "x", 0},
};

START_TEST(test_overlaps)
{
    size_t i;
    for (i = 0; i < sizeof overlap_cases / sizeof overlap_cases[0]; i++) {
        int got = csp_date_overlaps(overlap_cases[i].a, overlap_cases[i].b);
        ck_assert_msg(got == overlap_cases[i].overlaps, "csp_date_overlaps(\"%s\", \"%s\") = %d, expected %d",
                      overlap_cases[i].a, overlap_cases[i].b, got, overlap_cases[i].overlaps);
    }
}
END_TEST

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("check");
    tcase_add_loop_test(tc, test_check_valid, 0, (int)(sizeof valid_dates / sizeof valid_dates[0]));
    tcase_add_loop_test(tc, test_check_invalid, 0,
                        (int)(sizeof invalid_dates / sizeof invalid_dates[0]));
    tcase_add_test(tc, test_check_null);
    suite_add_tcase(s, tc);

    tc = tcase_create("compare");
    tcase_add_test(tc, test_compare_order);
    tcase_add_test(tc, test_compare_brief);
    tcase_add_test(tc, test_compare_invalid_as_text);
    tcase_add_test(tc, test_overlaps);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(date_suite());
}
