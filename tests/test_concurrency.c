/*
 * test_concurrency.c: processes sharing one register file.
 *
 * The hardening issue's reproducers, in bounded rounds (tests/stress runs
 * them longer and prints the figures):
 *   - two processes importing at once, each document holding the same
 *     organisation "met" (identical records are accepted) and records of its
 *     own: both must succeed, and the register then holds everything;
 *   - two processes creating the same new register at once: both must open
 *     it, and it must be a register;
 *   - a reader exporting throughout concurrent imports sees whole imports only.
 * Every round forks; the children report through their exit status.
 */
#include "testutil.h"

#include <sys/wait.h>

static char dir[256];

static void setup(void)
{
    tu_mkdtemp(dir, sizeof dir);
}

static void teardown(void)
{
    tu_rmtree(dir);
}

/* A document with the shared organisation "met" and n people of its own. */
static char *doc_with(const char *tag, int n)
{
    size_t size = 256 + (size_t)n * 96;
    char *s = malloc(size);
    ck_assert_ptr_nonnull(s);
    size_t used = (size_t)snprintf(s, size,
                                   "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": \"met\", \"name\": "
                                   "\"Metropolitan Police Service\", \"kind\": \"police\", \"responsible_authority\": "
                                   "true}], \"people\": [");
    for (int i = 0; i < n; i++)
        used += (size_t)snprintf(s + used, size - used, "%s{\"id\": \"%s-%05d\", \"name\": \"Person %s %d\"}",
                                 i ? ", " : "", tag, i, tag, i);
    snprintf(s + used, size - used, "]}");
    return s;
}

/* Forks a child that runs fn(arg) and exits with its result. */
static pid_t spawn(int (*fn)(const char *, const void *), const char *path, const void *arg)
{
    fflush(stdout);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int status = fn(path, arg);
        fflush(stdout);
        _exit(status);
    }
    return pid;
}

static int status_of(pid_t pid)
{
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int child_import(const char *path, const void *doc)
{
    csp_register *reg = NULL;
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.busy_timeout_ms = 30000;
    if (csp_register_open(&reg, path, &o) != CSP_OK) {
        printf("open: %s\n", csp_error_last()->message);
        return 1;
    }
    int rc = csp_json_import(reg, doc, strlen(doc), NULL);
    if (rc)
        printf("import: %s\n", csp_error_last()->message);
    csp_register_close(reg);
    return rc ? 2 : 0;
}

START_TEST(test_concurrent_imports_sharing_a_record)
{
    char path[512];
    tu_join_path(path, sizeof path, dir, "shared.csp");
    int rounds = tu_rounds(6, 2), n = 3000;
    for (int round = 0; round < rounds; round++) {
        unlink(path);
        char tag_a[16], tag_b[16];
        snprintf(tag_a, sizeof tag_a, "a%d", round);
        snprintf(tag_b, sizeof tag_b, "b%d", round);
        char *a = doc_with(tag_a, n), *b = doc_with(tag_b, n);
        /* The register exists before (as in the issue): both import into it. */
        csp_register *reg = NULL;
        TU_OK(csp_register_open(&reg, path, NULL));
        csp_register_close(reg);
        pid_t pa = spawn(child_import, path, a), pb = spawn(child_import, path, b);
        int sa = status_of(pa), sb = status_of(pb);
        ck_assert_msg(sa == 0 && sb == 0, "round %d: the imports ended %d and %d (a false refusal?)", round, sa, sb);
        TU_OK(csp_register_open(&reg, path, NULL));
        size_t people = 0;
        TU_OK(csp_record_count_matching(&people, reg, CSP_ENTITY_PERSON, NULL));
        ck_assert_uint_eq(people, (size_t)(2 * n)); /* nothing lost */
        csp_register_close(reg);
        free(a);
        free(b);
    }
}
END_TEST

static int child_create(const char *path, const void *unused)
{
    (void)unused;
    csp_register *reg = NULL;
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = CSP_OPEN_CREATE;
    if (csp_register_open(&reg, path, &o) != CSP_OK) {
        printf("create: %s\n", csp_error_last()->message);
        return 1;
    }
    csp_register_close(reg);
    return 0;
}

START_TEST(test_two_processes_create_one_register)
{
    char path[512];
    tu_join_path(path, sizeof path, dir, "new.csp");
    int rounds = tu_rounds(60, 8), failed = 0;
    for (int round = 0; round < rounds; round++) {
        char wal[600], shm[600];
        snprintf(wal, sizeof wal, "%s-wal", path);
        snprintf(shm, sizeof shm, "%s-shm", path);
        unlink(path);
        unlink(wal);
        unlink(shm);
        pid_t a = spawn(child_create, path, NULL), b = spawn(child_create, path, NULL);
        int sa = status_of(a), sb = status_of(b);
        failed += (sa != 0) + (sb != 0);
        ck_assert_msg(sa == 0 && sb == 0, "round %d: creations ended %d and %d", round, sa, sb);
        /* And it is a register, readable by a third. */
        csp_register *reg = NULL;
        csp_open_options ro = CSP_OPEN_OPTIONS_INIT;
        ro.flags = CSP_OPEN_READONLY;
        TU_OK(csp_register_open(&reg, path, &ro));
        csp_register_close(reg);
    }
    ck_assert_int_eq(failed, 0);
}
END_TEST

static int child_export_loop(const char *path, const void *stop_file)
{
    /* Exports until stop_file exists; every snapshot holds whole imports:
     * the count of people is a multiple of the import size. */
    csp_register *reg = NULL;
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = CSP_OPEN_READONLY;
    o.busy_timeout_ms = 30000;
    int snapshots = 0;
    while (!tu_file_exists(stop_file)) {
        if (csp_register_open(&reg, path, &o) != CSP_OK) {
            printf("reader open: %s\n", csp_error_last()->message);
            return 1;
        }
        char *text = NULL;
        if (csp_json_export(&text, reg, NULL) != CSP_OK) {
            printf("reader export: %s\n", csp_error_last()->message);
            return 2;
        }
        size_t people = 0;
        for (const char *p = text; (p = strstr(p, "\"name\": \"Person ")) != NULL; p++)
            people++;
        csp_free(text);
        csp_register_close(reg);
        if (people % 500 != 0) {
            printf("reader saw %zu people: part of an import\n", people);
            return 3;
        }
        snapshots++;
    }
    return snapshots > 0 ? 0 : 4;
}

START_TEST(test_reader_sees_whole_imports)
{
    char path[512], stop[512];
    tu_join_path(path, sizeof path, dir, "read.csp");
    tu_join_path(stop, sizeof stop, dir, "stop");
    csp_register *reg = NULL;
    TU_OK(csp_register_open(&reg, path, NULL));
    csp_register_close(reg);
    pid_t reader = spawn(child_export_loop, path, stop);
    for (int round = 0, rounds = tu_rounds(6, 3); round < rounds; round++) {
        char tag[16];
        snprintf(tag, sizeof tag, "w%d", round);
        char *doc = doc_with(tag, 500);
        ck_assert_int_eq(status_of(spawn(child_import, path, doc)), 0);
        free(doc);
    }
    tu_write_file(stop, "", 0);
    ck_assert_int_eq(status_of(reader), 0);
}
END_TEST

static Suite *concurrency_suite(void)
{
    Suite *s = suite_create("concurrency");
    TCase *tc = tcase_create("processes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_concurrent_imports_sharing_a_record);
    tcase_add_test(tc, test_two_processes_create_one_register);
    tcase_add_test(tc, test_reader_sees_whole_imports);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(concurrency_suite());
}
