/*
 * testutil.h: shared helpers for the libcsp Check suites.
 *
 * Include this first in every tests/test_*.c (it sets the POSIX feature
 * macro before any system header). Everything here is static inline so a
 * suite that does not use a helper gets no warning.
 *
 * Assertions print csp_code_name(), csp_error_last()->message and ->path on
 * failure, so a red test says what the library said.
 *
 * Tests must run with CK_FORK=no under valgrind and ASan: every helper that
 * returns memory says who frees it.
 */
#ifndef CSP_TESTUTIL_H
#define CSP_TESTUTIL_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif

#include <csp/csp.h>

#ifndef CSP_SOURCE_DIR
#error "CSP_SOURCE_DIR (the repository root, a string) must be defined by the build"
#endif
#ifndef CSP_SHARED_DIR
#error "CSP_SHARED_DIR (repository root + \"/../shared\", a string) must be defined by the build"
#endif

/* ------------------------------------------------------------------ */
/* Assertions                                                          */
/* ------------------------------------------------------------------ */

/** Asserts that expr returns CSP_OK; on failure prints the code and the last error. */
#define TU_OK(expr)                                                                      \
    do {                                                                                 \
        int tu_rc_ = (expr);                                                             \
        ck_assert_msg(tu_rc_ == CSP_OK, "%s: expected CSP_OK, got %s (%d): \"%s\" [path \"%s\"]", \
                      #expr, csp_code_name(tu_rc_), tu_rc_, csp_error_last()->message,   \
                      csp_error_last()->path);                                           \
    } while (0)

/**
 * Asserts that expr returns exactly code want. For an error code (not OK, not
 * ITEROVER) also asserts that csp_error_last() carries the same code and a
 * non-empty message.
 */
#define TU_CODE(expr, want)                                                              \
    do {                                                                                 \
        int tu_rc_ = (expr);                                                             \
        int tu_want_ = (want);                                                           \
        const csp_error *tu_e_ = csp_error_last();                                       \
        ck_assert_msg(tu_rc_ == tu_want_,                                                \
                      "%s: expected %s (%d), got %s (%d): \"%s\" [path \"%s\"]", #expr,  \
                      csp_code_name(tu_want_), tu_want_, csp_code_name(tu_rc_), tu_rc_,  \
                      tu_e_->message, tu_e_->path);                                      \
        if (tu_want_ < 0 && tu_want_ != CSP_ITEROVER) {                                  \
            ck_assert_msg(tu_e_->code == tu_want_,                                       \
                          "%s: returned %s but csp_error_last()->code is %s", #expr,     \
                          csp_code_name(tu_want_), csp_code_name(tu_e_->code));          \
            ck_assert_msg(tu_e_->message != NULL && tu_e_->message[0] != '\0',           \
                          "%s: %s with an empty message", #expr, csp_code_name(tu_want_)); \
        }                                                                                \
    } while (0)

/** Compares two strings, either of which may be NULL (NULL equals only NULL). */
#define TU_STR_EQ(got, want)                                                             \
    do {                                                                                 \
        const char *tu_g_ = (got);                                                       \
        const char *tu_w_ = (want);                                                      \
        ck_assert_msg((tu_g_ == NULL && tu_w_ == NULL) ||                                \
                          (tu_g_ != NULL && tu_w_ != NULL && strcmp(tu_g_, tu_w_) == 0), \
                      "%s: expected %s%s%s, got %s%s%s", #got, tu_w_ ? "\"" : "",        \
                      tu_w_ ? tu_w_ : "NULL", tu_w_ ? "\"" : "", tu_g_ ? "\"" : "",      \
                      tu_g_ ? tu_g_ : "NULL", tu_g_ ? "\"" : "");                        \
    } while (0)

/** Asserts that the last error's path is exactly want and its message starts with it. */
#define TU_PATH(want)                                                                    \
    do {                                                                                 \
        const csp_error *tu_pe_ = csp_error_last();                                      \
        const char *tu_pw_ = (want);                                                     \
        ck_assert_msg(tu_pe_->path != NULL && strcmp(tu_pe_->path, tu_pw_) == 0,         \
                      "error path: expected \"%s\", got \"%s\" (message \"%s\")", tu_pw_, \
                      tu_pe_->path ? tu_pe_->path : "(null)", tu_pe_->message);          \
        ck_assert_msg(tu_pe_->message != NULL &&                                         \
                          strncmp(tu_pe_->message, tu_pw_, strlen(tu_pw_)) == 0,         \
                      "error message should start with the path \"%s\": \"%s\"", tu_pw_, \
                      tu_pe_->message);                                                  \
    } while (0)

/** Asserts that the last error's path starts with prefix (for list elements). */
#define TU_PATH_PREFIX(prefix)                                                           \
    do {                                                                                 \
        const csp_error *tu_pe_ = csp_error_last();                                      \
        const char *tu_pw_ = (prefix);                                                   \
        ck_assert_msg(tu_pe_->path != NULL &&                                            \
                          strncmp(tu_pe_->path, tu_pw_, strlen(tu_pw_)) == 0,            \
                      "error path: expected to start with \"%s\", got \"%s\" (message \"%s\")", \
                      tu_pw_, tu_pe_->path ? tu_pe_->path : "(null)", tu_pe_->message);  \
        ck_assert_msg(tu_pe_->message != NULL &&                                         \
                          strncmp(tu_pe_->message, tu_pe_->path, strlen(tu_pe_->path)) == 0, \
                      "error message should start with the path \"%s\": \"%s\"",         \
                      tu_pe_->path, tu_pe_->message);                                    \
    } while (0)

/* ------------------------------------------------------------------ */
/* Registers, import and export                                        */
/* ------------------------------------------------------------------ */

/** Opens a fresh ":memory:" register; close it with csp_register_close(). */
/* How many rounds a repeated test runs: n, or under valgrind (some fifty
 * times slower) `slow`: the same checks, fewer times (tests/stress runs more). */
static inline int tu_rounds(int n, int slow)
{
#ifdef RUNNING_ON_VALGRIND
    if (RUNNING_ON_VALGRIND)
        return slow;
#endif
    (void)slow;
    return n;
}

static inline csp_register *tu_open_mem(void)
{
    csp_register *reg = NULL;
    TU_OK(csp_register_open(&reg, ":memory:", NULL));
    ck_assert_ptr_nonnull(reg);
    return reg;
}

/** Imports a NUL-terminated document; returns the code. */
static inline int tu_import(csp_register *reg, const char *doc)
{
    return csp_json_import(reg, doc, strlen(doc), NULL);
}

/** Exports with the given CSP_EXPORT_* flags; free the result with csp_free(). */
/* noinline: GCC 12 -O2 otherwise warns of a dangling pointer (a false positive, out is returned by value). */
__attribute__((noinline, unused)) static char *tu_export(csp_register *reg, unsigned int flags)
{
    csp_export_options opts = CSP_EXPORT_OPTIONS_INIT;
    char *out = NULL;
    opts.flags = flags;
    TU_OK(csp_json_export(&out, reg, &opts));
    ck_assert_ptr_nonnull(out);
    return out;
}

/** Asserts that two exports are byte-identical, printing both when not. */
#define TU_SAME_EXPORT(before, after)                                                    \
    ck_assert_msg(strcmp((before), (after)) == 0,                                        \
                  "register changed:\n--- before ---\n%s\n--- after ---\n%s", (before), (after))

/* ------------------------------------------------------------------ */
/* Building records through the C API                                  */
/* ------------------------------------------------------------------ */

static inline void tu_put_org(csp_register *reg, const char *id, const char *kind)
{
    csp_organisation *o = NULL;
    TU_OK(csp_organisation_new(&o, id));
    TU_OK(csp_organisation_set_name(o, id));
    TU_OK(csp_organisation_set_kind(o, kind));
    TU_OK(csp_organisation_put(reg, o));
    csp_organisation_free(o);
}

static inline void tu_put_person(csp_register *reg, const char *id, int is_private)
{
    csp_person *p = NULL;
    TU_OK(csp_person_new(&p, id));
    TU_OK(csp_person_set_name(p, id));
    TU_OK(csp_person_set_private(p, is_private));
    TU_OK(csp_person_put(reg, p));
    csp_person_free(p);
}

static inline void tu_put_partnership(csp_register *reg, const char *id, const char *kind,
                                      const char *parent)
{
    csp_partnership *p = NULL;
    TU_OK(csp_partnership_new(&p, id));
    TU_OK(csp_partnership_set_name(p, id));
    TU_OK(csp_partnership_set_kind(p, kind));
    if (parent != NULL)
        TU_OK(csp_partnership_set_parent(p, parent));
    TU_OK(csp_partnership_put(reg, p));
    csp_partnership_free(p);
}

static inline void tu_put_membership(csp_register *reg, const char *id, const char *partnership,
                                     const char *organisation, const char *person,
                                     const char *role)
{
    csp_membership *m = NULL;
    TU_OK(csp_membership_new(&m, id));
    TU_OK(csp_membership_set_partnership(m, partnership));
    TU_OK(csp_membership_set_organisation(m, organisation));
    if (person != NULL)
        TU_OK(csp_membership_set_person(m, person));
    TU_OK(csp_membership_set_role(m, role));
    TU_OK(csp_membership_put(reg, m));
    csp_membership_free(m);
}

/* ------------------------------------------------------------------ */
/* Listing through iterators: ids joined with ',' into a caller buffer */
/* ------------------------------------------------------------------ */

static inline void tu_join_(char *buf, size_t size, const char *id)
{
    size_t used = strlen(buf);
    ck_assert_ptr_nonnull(id);
    ck_assert_msg(used + strlen(id) + 2 < size, "tu_join_: buffer too small");
    if (used > 0)
        buf[used++] = ',';
    strcpy(buf + used, id);
}

/*
 * Each tu_*_ids() runs an iterator with the filter (NULL for all), writes the
 * ids it yields joined by ',' into buf, checks that the end is CSP_ITEROVER
 * with *out set to NULL (twice: an exhausted iterator stays exhausted), and
 * returns the number of records.
 */
#define TU_DEFINE_IDS(noun)                                                               \
    static inline size_t tu_##noun##_ids(char *buf, size_t size, csp_register *reg,       \
                                         const csp_##noun##_filter *filter)              \
    {                                                                                     \
        csp_##noun##_iterator *it = NULL;                                                 \
        csp_##noun *obj = NULL;                                                           \
        size_t n = 0;                                                                     \
        int rc;                                                                           \
        buf[0] = '\0';                                                                    \
        TU_OK(csp_##noun##_iterator_new(&it, reg, filter));                               \
        ck_assert_ptr_nonnull(it);                                                        \
        while ((rc = csp_##noun##_next(&obj, it)) == CSP_OK) {                            \
            ck_assert_ptr_nonnull(obj);                                                   \
            tu_join_(buf, size, csp_##noun##_id(obj));                                    \
            csp_##noun##_free(obj);                                                       \
            obj = NULL;                                                                   \
            n++;                                                                          \
        }                                                                                 \
        ck_assert_msg(rc == CSP_ITEROVER, "csp_" #noun "_next: expected CSP_ITEROVER, got %s: %s", \
                      csp_code_name(rc), csp_error_last()->message);                     \
        ck_assert_ptr_null(obj);                                                          \
        TU_CODE(csp_##noun##_next(&obj, it), CSP_ITEROVER);                               \
        ck_assert_ptr_null(obj);                                                          \
        csp_##noun##_iterator_free(it);                                                   \
        return n;                                                                         \
    }                                                                                     \
    static inline size_t tu_##noun##_count(csp_register *reg)                             \
    {                                                                                     \
        char tu_buf_[8192];                                                               \
        return tu_##noun##_ids(tu_buf_, sizeof tu_buf_, reg, NULL);                       \
    }

TU_DEFINE_IDS(organisation)
TU_DEFINE_IDS(person)
TU_DEFINE_IDS(partnership)
TU_DEFINE_IDS(membership)

/** The number of records of an entity matching query (NULL: all of them). */
static inline size_t tu_count(csp_register *reg, int entity, const csp_query *query)
{
    size_t n = (size_t)-1;
    TU_OK(csp_record_count_matching(&n, reg, entity, query));
    return n;
}

/** Counts of the four entities, to compare before and after a failed write. */
typedef struct tu_counts {
    size_t organisations, people, partnerships, memberships;
} tu_counts;

static inline tu_counts tu_count_all(csp_register *reg)
{
    tu_counts c;
    c.organisations = tu_organisation_count(reg);
    c.people = tu_person_count(reg);
    c.partnerships = tu_partnership_count(reg);
    c.memberships = tu_membership_count(reg);
    return c;
}

#define TU_SAME_COUNTS(a, b)                                                              \
    ck_assert_msg((a).organisations == (b).organisations && (a).people == (b).people &&   \
                      (a).partnerships == (b).partnerships &&                             \
                      (a).memberships == (b).memberships,                                 \
                  "counts changed: organisations %zu->%zu people %zu->%zu partnerships "  \
                  "%zu->%zu memberships %zu->%zu",                                        \
                  (a).organisations, (b).organisations, (a).people, (b).people,           \
                  (a).partnerships, (b).partnerships, (a).memberships, (b).memberships)

/* ------------------------------------------------------------------ */
/* Files and temporary directories                                      */
/* ------------------------------------------------------------------ */

/** Creates a fresh temporary directory; buf must hold at least 64 bytes. */
static inline void tu_mkdtemp(char *buf, size_t size)
{
    const char *base = getenv("TMPDIR");
    if (base == NULL || base[0] == '\0')
        base = "/tmp";
    ck_assert_int_lt(snprintf(buf, size, "%s/csp-test-XXXXXX", base), (int)size);
    ck_assert_msg(mkdtemp(buf) != NULL, "mkdtemp(%s): %s", buf, strerror(errno));
}

/** Removes a directory and the plain files in it (no subdirectories expected). */
static inline void tu_rmtree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096];
    if (d == NULL)
        return;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue; /* cannot be named: left */
        unlink(path);
    }
    closedir(d);
    rmdir(dir);
}

/** Joins dir and name into buf. */
static inline const char *tu_join_path(char *buf, size_t size, const char *dir, const char *name)
{
    ck_assert_int_lt(snprintf(buf, size, "%s/%s", dir, name), (int)size);
    return buf;
}

/** The mode bits of a file (st_mode), or 0 if it cannot be read. */
static inline unsigned int tu_file_mode(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (unsigned int)st.st_mode : 0u;
}

static inline int tu_file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/** Reads a whole file; returns a NUL-terminated malloc'd buffer (free()) or NULL. */
static inline char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0, r;
    if (f == NULL)
        return NULL;
    for (;;) {
        if (cap - n < 4096) {
            char *nb;
            cap = cap ? cap * 2 : 65536;
            nb = realloc(buf, cap + 1);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    if (len != NULL)
        *len = n;
    return buf;
}

static inline void tu_write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    ck_assert_msg(f != NULL, "fopen(%s): %s", path, strerror(errno));
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
}

/** Whether s ends with suffix. */
static inline int tu_ends_with(const char *s, const char *suffix)
{
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

/** Runs one suite the way every tests/test_*.c does; returns the exit status. */
static inline int tu_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed != 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* The statutory layer: duties, holdings, discharges, strategies,      */
/* elements, assessments (added for test_duty/strategy/assessment.c)   */
/* ------------------------------------------------------------------ */

/**
 * Asserts that the last error's path is exactly want (without requiring the
 * message to start with it: a C API put names the record first).
 */
#define TU_ERR_PATH(want)                                                                \
    do {                                                                                 \
        const csp_error *tu_ep_ = csp_error_last();                                      \
        const char *tu_epw_ = (want);                                                    \
        ck_assert_msg(tu_ep_->path != NULL && strcmp(tu_ep_->path, tu_epw_) == 0,        \
                      "error path: expected \"%s\", got \"%s\" (message \"%s\")", tu_epw_, \
                      tu_ep_->path ? tu_ep_->path : "(null)", tu_ep_->message);          \
    } while (0)

/** Asserts that the last error's message contains needle. */
#define TU_MSG_HAS(needle)                                                               \
    do {                                                                                 \
        const char *tu_mn_ = (needle);                                                   \
        ck_assert_msg(strstr(csp_error_last()->message, tu_mn_) != NULL,                 \
                      "error message should mention \"%s\": \"%s\"", tu_mn_,             \
                      csp_error_last()->message);                                        \
    } while (0)

/**
 * Tests an enum field of obj through its setter and getter: every allowed value
 * (read from the schema) is accepted and read back, and there are `expected` of
 * them; then `keep` is set, and each bad value given is refused with CSP_EENUM,
 * named in the message, and leaves `keep` in place.
 * Example: TU_ENUM_FIELD(membership, m, role, 7, "chair", "chiar", "Chair", "");
 */
#define TU_ENUM_FIELD(noun, obj, field, expected, keep, ...)                             \
    do {                                                                                 \
        static const char *const tu_bad_[] = {__VA_ARGS__, NULL};                        \
        const char *const *tu_values_ = NULL;                                            \
        size_t tu_i_;                                                                    \
        TU_OK(csp_schema_enum_values(&tu_values_, #noun, #field));                       \
        for (tu_i_ = 0; tu_values_[tu_i_] != NULL; tu_i_++) {                            \
            TU_OK(csp_##noun##_set_##field((obj), tu_values_[tu_i_]));                   \
            TU_STR_EQ(csp_##noun##_##field(obj), tu_values_[tu_i_]);                     \
        }                                                                                \
        ck_assert_uint_eq(tu_i_, (expected));                                            \
        TU_OK(csp_##noun##_set_##field((obj), (keep)));                                  \
        for (tu_i_ = 0; tu_bad_[tu_i_] != NULL; tu_i_++) {                               \
            TU_CODE(csp_##noun##_set_##field((obj), tu_bad_[tu_i_]), CSP_EENUM);         \
            TU_MSG_HAS(tu_bad_[tu_i_]);                                                  \
            TU_STR_EQ(csp_##noun##_##field(obj), (keep));                                \
        }                                                                                \
    } while (0)

/** Returns a malloc'd copy of s with every ' replaced by " (free()). */
static inline char *tu_q(const char *s)
{
    size_t n = strlen(s), i;
    char *r = malloc(n + 1);
    ck_assert_ptr_nonnull(r);
    for (i = 0; i <= n; i++)
        r[i] = s[i] == '\'' ? '"' : s[i];
    return r;
}

/** Imports a document written with single quotes (see tu_q()); returns the code. */
static inline int tu_import_q(csp_register *reg, const char *doc)
{
    char *d = tu_q(doc);
    int rc = tu_import(reg, d);
    free(d);
    return rc;
}

TU_DEFINE_IDS(duty)
TU_DEFINE_IDS(duty_holding)
TU_DEFINE_IDS(discharge)
TU_DEFINE_IDS(strategy)
TU_DEFINE_IDS(element)
TU_DEFINE_IDS(assessment)

/** Puts a local duty with the required fields (title = id, source "Local Act s1"). */
/* Reads a record, sets one text field (NULL: unset) and puts it back. */
static inline void tu_set_text(csp_register *reg, int entity, const char *id, int field, const char *value)
{
    csp_record *r;
    TU_OK(csp_record_get(&r, reg, entity, id));
    TU_OK(csp_record_set_text(r, field, value));
    TU_OK(csp_record_put(reg, r));
    csp_record_free(r);
}

static inline void tu_put_duty(csp_register *reg, const char *id, const char *recurrence,
                               const char *confidence)
{
    csp_duty *d = NULL;
    TU_OK(csp_duty_new(&d, id));
    TU_OK(csp_duty_set_title(d, id));
    TU_OK(csp_duty_set_source(d, "Local Act s1"));
    TU_OK(csp_duty_set_recurrence(d, recurrence));
    TU_OK(csp_duty_set_confidence(d, confidence));
    TU_OK(csp_duty_put(reg, d));
    csp_duty_free(d);
}

/** Puts a duty holding by a partnership or (partnership NULL) an organisation. */
static inline void tu_put_holding(csp_register *reg, const char *id, const char *duty,
                                  const char *partnership, const char *organisation)
{
    csp_duty_holding *h = NULL;
    TU_OK(csp_duty_holding_new(&h, id));
    TU_OK(csp_duty_holding_set_duty(h, duty));
    if (partnership != NULL)
        TU_OK(csp_duty_holding_set_partnership(h, partnership));
    if (organisation != NULL)
        TU_OK(csp_duty_holding_set_organisation(h, organisation));
    TU_OK(csp_duty_holding_put(reg, h));
    csp_duty_holding_free(h);
}

/** Puts a discharge with the required fields (title = id). */
static inline void tu_put_discharge(csp_register *reg, const char *id, const char *duty,
                                    const char *partnership, const char *date)
{
    csp_discharge *d = NULL;
    TU_OK(csp_discharge_new(&d, id));
    TU_OK(csp_discharge_set_duty(d, duty));
    TU_OK(csp_discharge_set_partnership(d, partnership));
    TU_OK(csp_discharge_set_discharged_on(d, date));
    TU_OK(csp_discharge_set_title(d, id));
    TU_OK(csp_discharge_put(reg, d));
    csp_discharge_free(d);
}

/** Puts a strategy with the required fields (title = id). */
static inline void tu_put_strategy(csp_register *reg, const char *id, const char *partnership,
                                   const char *kind, const char *status)
{
    csp_strategy *s = NULL;
    TU_OK(csp_strategy_new(&s, id));
    TU_OK(csp_strategy_set_partnership(s, partnership));
    TU_OK(csp_strategy_set_title(s, id));
    TU_OK(csp_strategy_set_kind(s, kind));
    TU_OK(csp_strategy_set_status(s, status));
    TU_OK(csp_strategy_put(reg, s));
    csp_strategy_free(s);
}

/** Puts an element (title = id) under parent (NULL: top level); it goes last among its siblings. */
static inline void tu_put_element(csp_register *reg, const char *id, const char *strategy,
                                  const char *parent, const char *kind)
{
    csp_element *el = NULL;
    TU_OK(csp_element_new(&el, id));
    TU_OK(csp_element_set_strategy(el, strategy));
    if (parent != NULL)
        TU_OK(csp_element_set_parent(el, parent));
    TU_OK(csp_element_set_kind(el, kind));
    TU_OK(csp_element_set_title(el, id));
    TU_OK(csp_element_put(reg, el));
    csp_element_free(el);
}

/** Puts an assessment with the required fields. */
static inline void tu_put_assessment(csp_register *reg, const char *id, const char *partnership,
                                     const char *kind)
{
    csp_assessment *a = NULL;
    TU_OK(csp_assessment_new(&a, id));
    TU_OK(csp_assessment_set_partnership(a, partnership));
    TU_OK(csp_assessment_set_kind(a, kind));
    TU_OK(csp_assessment_put(reg, a));
    csp_assessment_free(a);
}

#endif /* CSP_TESTUTIL_H */
