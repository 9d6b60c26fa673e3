/*
 * test_util.c: the library's internal helpers that the checker's speed rests
 * on (libcsp/core/util.h): sorting strings, the pool of strings, the set of
 * ids used as a map, and whether a date is wholly before another.
 */
#include "testutil.h"
#include "core/util.h"
#include "schema/record.h"
#include "schema/schema.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_strcmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts a copy of v (n strings) both ways and compares. */
static void sorted_as_qsort(char **v, size_t n)
{
    char **want = malloc((n ? n : 1) * sizeof *want);
    ck_assert_ptr_nonnull(want);
    memcpy(want, v, n * sizeof *v);
    qsort(want, n, sizeof *want, by_strcmp);
    csp__sort_strings(v, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(strcmp(v[i], want[i]) == 0, "item %zu: \"%s\", expected \"%s\"", i, v[i], want[i]);
    free(want);
}

START_TEST(test_sort_small)
{
    char *none[1] = {NULL};
    csp__sort_strings(none, 0); /* nothing to do, nothing read */
    char a[] = "b", b[] = "a", c[] = "", d[] = "ab", e[] = "a";
    char *v[] = {a, b, c, d, e};
    sorted_as_qsort(v, 5);
    ck_assert_str_eq(v[0], "");
    ck_assert_str_eq(v[4], "b");
}
END_TEST

/* Ids as a register holds them: shared prefixes, numbers not zero-padded,
 * duplicates, bytes above 0x7f (strcmp compares them unsigned), already
 * sorted and reversed runs. */
START_TEST(test_sort_many)
{
    enum { N = 20000 };
    static char text[N][24];
    char **v = malloc(N * sizeof *v);
    ck_assert_ptr_nonnull(v);
    uint64_t x = 88172645463325252u;
    for (size_t i = 0; i < N; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        switch (i % 5) {
        case 0: snprintf(text[i], sizeof text[i], "a%llu", (unsigned long long)(x % 100000)); break;
        case 1: snprintf(text[i], sizeof text[i], "act-%05zu", i); break; /* ascending */
        case 2: snprintf(text[i], sizeof text[i], "act-%05zu", N - i); break; /* descending */
        case 3: snprintf(text[i], sizeof text[i], "a%llu", (unsigned long long)(x % 50)); break; /* duplicates */
        default: snprintf(text[i], sizeof text[i], "z\xc3%c%llu", (char)(0x80 + (int)(x % 60)), (unsigned long long)(x % 7));
        }
        v[i] = text[i];
    }
    sorted_as_qsort(v, N);
    for (size_t i = 0; i < N; i++) /* sorted input, and all equal */
        v[i] = text[i];
    qsort(v, N, sizeof *v, by_strcmp);
    sorted_as_qsort(v, N);
    for (size_t i = 0; i < N; i++)
        v[i] = text[0];
    sorted_as_qsort(v, N);
    for (int at = 0; at < 2; at++) { /* sorted but for the first pair, or the last */
        for (size_t i = 0; i < N; i++)
            v[i] = text[i];
        qsort(v, N, sizeof *v, by_strcmp);
        size_t k = at ? N - 2 : 0;
        while (strcmp(v[k], v[k + 1]) == 0) /* a pair that differs */
            k += at ? (size_t)-1 : 1;
        char *t = v[k];
        v[k] = v[k + 1];
        v[k + 1] = t;
        sorted_as_qsort(v, N);
    }
    free(v);
}
END_TEST

START_TEST(test_pool)
{
    csp__pool pool = {0};
    char big[100000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    char *kept[3000];
    char name[32];
    for (int i = 0; i < 3000; i++) { /* several chunks */
        snprintf(name, sizeof name, "id-%d", i);
        ck_assert_ptr_nonnull(kept[i] = csp__pool_strdup(&pool, i == 1500 ? big : name));
    }
    for (int i = 0; i < 3000; i++) {
        snprintf(name, sizeof name, "id-%d", i);
        ck_assert_str_eq(kept[i], i == 1500 ? big : name); /* none overwritten by a later one */
    }
    csp__pool_free(&pool);
    ck_assert_ptr_null(pool.head);
    csp__pool_free(&pool); /* an empty pool frees nothing */
}
END_TEST

START_TEST(test_idset_as_map)
{
    csp__idset set = {0};
    set.owns = 1;
    char id[32];
    for (size_t i = 0; i < 5000; i++) { /* grows several times */
        snprintf(id, sizeof id, "a%zu", i);
        ck_assert_int_eq(csp__idset_put(&set, 3, id, i * 2), 0);
    }
    ck_assert_int_eq(csp__idset_put(&set, 3, "a7", 99), 1); /* there already: keeps its own value */
    size_t value = 0;
    ck_assert_int_eq(csp__idset_get(&set, 3, "a7", &value), 1);
    ck_assert_uint_eq(value, 14);
    for (size_t i = 0; i < 5000; i++) {
        snprintf(id, sizeof id, "a%zu", i);
        ck_assert_int_eq(csp__idset_get(&set, 3, id, &value), 1);
        ck_assert_uint_eq(value, i * 2);
        ck_assert_int_eq(csp__idset_has(&set, 4, id), 0); /* another entity */
    }
    value = 12345;
    ck_assert_int_eq(csp__idset_get(&set, 3, "a5000", &value), 0);
    ck_assert_uint_eq(value, 12345); /* untouched when absent */
    ck_assert_int_eq(csp__idset_add(&set, 4, "a1"), 0);
    ck_assert_int_eq(csp__idset_get(&set, 4, "a1", &value), 1);
    ck_assert_uint_eq(value, 0);
    csp__idset_clear(&set);
    ck_assert_int_eq(csp__idset_get(&set, 3, "a1", &value), 0);
}
END_TEST

/* A valid date not wholly before another: the checker asks for each action. */
START_TEST(test_date_not_before)
{
    static const struct {
        const char *date, *from;
        int not_before;
    } cases[] = {
        {"2020-03", "2020-03-15", 1},    {"2020", "2020-03-15", 1},       {"2020-03-15", "2020-03-15", 1},
        {"2020-03-16", "2020-03-15", 1}, {"2020-03-15", "2020-03", 1},    {"2021", "2020-12-31", 1},
        {"2020-03-14", "2020-03-15", 0}, {"2020-02", "2020-03-15", 0},    {"2020-02-28", "2020-03", 0},
        {"2019", "2020", 0},             {"2019-12-31", "2020", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        ck_assert_msg(csp__date_not_before(cases[i].date, cases[i].from) == cases[i].not_before,
                      "csp__date_not_before(\"%s\", \"%s\") != %d", cases[i].date, cases[i].from,
                      cases[i].not_before);
}
END_TEST

/* The quick date test agrees with csp_date_check on every string tried: every
 * day of 1999-2101 and the month and year forms, and strings malformed at
 * each position; and a last day worked out quickly agrees with the calendar. */
START_TEST(test_date_valid_agrees)
{
    char s[16];
    size_t tried = 0;
    for (int y = 1999; y <= 2101; y++)
        for (int m = 0; m <= 13; m++)
            for (int d = 0; d <= 32; d++) {
                snprintf(s, sizeof s, "%04d-%02d-%02d", y, m, d);
                int valid = csp_date_check(s) == CSP_OK;
                ck_assert_msg(csp__date_valid(s) == valid, "csp__date_valid(\"%s\") != %d", s, valid);
                tried++;
            }
    static const char *const odd[] = {"",           "2",          "202",         "2024-",       "2024-1",
                                      "2024-1-01",  "2024-01-",   "2024-01-1",   "2024-01-011", "0000",
                                      "0000-01-01", "2024/01/01", "2024-01/01",  "20a4",        "2024-0a",
                                      "2024-01-0a", " 2024",      "2024 ",       "2024-00",     "2024-13",
                                      "2024-02-30", "2023-02-29", "2024-02-29",  "1900-02-29",  "2000-02-29",
                                      "9999-12-31", "2024-12",    "2024",        "2024-19",     "2024-01-40",
                                      "2024-01-31x"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        int valid = csp_date_check(odd[i]) == CSP_OK;
        ck_assert_msg(csp__date_valid(odd[i]) == valid, "csp__date_valid(\"%s\") != %d", odd[i], valid);
    }
    ck_assert_uint_eq(tried, (size_t)103 * 14 * 33);
    char last[11];
    static const struct {
        const char *date, *last;
    } months[] = {{"2024-02", "2024-02-29"}, {"2023-02", "2023-02-28"}, {"1900-02", "1900-02-28"},
                  {"2000-02", "2000-02-29"}, {"2024-04", "2024-04-30"}, {"2024-12", "2024-12-31"},
                  {"2024", "2024-12-31"},    {"2024-06-15", "2024-06-15"}};
    for (size_t i = 0; i < sizeof months / sizeof *months; i++) {
        csp__date_last_day(last, months[i].date);
        ck_assert_str_eq(last, months[i].last);
    }
}
END_TEST

/* The quick id test agrees with the full check of an id field. */
START_TEST(test_id_valid_agrees)
{
    char longest[CSP__ID_MAX + 2];
    memset(longest, 'a', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    const csp__field *f = &csp__entities[CSP_ENTITY_ACTION].fields[CSP_ACTION_ID];
    const char *cases[] = {"a", "a1", "A.b_c:d/e-f", "9", "", ".a", "_a", "-a", "/a", "a b", "a\"", "é", "a\x7f",
                           "a\n", longest + 1, longest};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int valid = csp__field_check_text(f, cases[i], "id") == CSP_OK;
        ck_assert_msg(csp__id_valid(cases[i]) == valid, "csp__id_valid(\"%.20s\") != %d", cases[i], valid);
    }
    ck_assert(csp__id_valid(longest + 1) && !csp__id_valid(longest)); /* CSP__ID_MAX characters, and one more */
}
END_TEST

static Suite *util_suite(void)
{
    Suite *s = suite_create("util");
    TCase *tc = tcase_create("helpers");
    tcase_add_test(tc, test_sort_small);
    tcase_add_test(tc, test_sort_many);
    tcase_add_test(tc, test_pool);
    tcase_add_test(tc, test_idset_as_map);
    tcase_add_test(tc, test_date_not_before);
    tcase_add_test(tc, test_date_valid_agrees);
    tcase_add_test(tc, test_id_valid_agrees);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(util_suite());
}
