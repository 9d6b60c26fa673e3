/*
 * test_file.c: files written safely (core/file.h), through an export.
 *
 * The hardening issue's reproducers: the export's temporary file was a
 * predictable "PATH.tmp~" opened with fopen(), so a symlink planted there
 * made libcsp overwrite (or hand a full export to) a file of the attacker's
 * choosing; a re-export widened a 0600 target to 0644; a killed export left
 * its temporary file behind. Each is a test here.
 */
#include "testutil.h"

#include "core/file.h"

#include <signal.h>
#include <sys/wait.h>
#include <time.h>

static csp_register *reg;
static char dir[1024];

/* Files in dir (but . and ..), and whether one is named name. */
static int count_files(const char *name, int *found)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    if (found)
        *found = 0;
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        n++;
        if (found && name && strcmp(e->d_name, name) == 0)
            *found = 1;
    }
    closedir(d);
    return n;
}

static void in(char *buf, size_t size, const char *name)
{
    tu_join_path(buf, size, dir, name);
}

static mode_t mode_of(const char *path)
{
    struct stat st;
    ck_assert_int_eq(lstat(path, &st), 0);
    return st.st_mode & 07777;
}

static void write_text(const char *path, const char *text, mode_t mode)
{
    FILE *fp = fopen(path, "w");
    ck_assert_ptr_nonnull(fp);
    fputs(text, fp);
    fclose(fp);
    ck_assert_int_eq(chmod(path, mode), 0);
}

static void setup(void)
{
    static int n;
    snprintf(dir, sizeof dir, "%s/f%d-%d", CSP_TEST_WORK_DIR, (int)getpid(), n++);
    mkdir(dir, 0700);
    reg = tu_open_mem();
    tu_put_org(reg, "met", "police");
    tu_put_person(reg, "secret", 1); /* a private person: only in a full export */
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
}

START_TEST(test_symlink_at_the_old_temporary_name_is_not_followed)
{
    char victim[1200], target[1200], trap[1300];
    in(victim, sizeof victim, "victim.txt");
    in(target, sizeof target, "out.json");
    write_text(victim, "not yours\n", 0600);
    /* The attacker's link at the name 0.1 wrote to, and at a guess of ours. */
    snprintf(trap, sizeof trap, "%s.tmp~", target);
    ck_assert_int_eq(symlink(victim, trap), 0);
    TU_OK(csp_json_export_file(reg, target, NULL));
    char *text = tu_read_file(victim, NULL);
    TU_STR_EQ(text, "not yours\n");
    free(text);
    text = tu_read_file(target, NULL);
    ck_assert_ptr_nonnull(strstr(text, "\"secret\""));
    free(text);
    ck_assert_int_eq(count_files(NULL, NULL), 3); /* victim, trap, out.json: nothing else */
}
END_TEST

START_TEST(test_a_symlink_target_is_replaced_not_followed)
{
    char victim[1200], target[1200];
    in(victim, sizeof victim, "victim.txt");
    in(target, sizeof target, "out.json");
    write_text(victim, "not yours\n", 0644);
    ck_assert_int_eq(symlink(victim, target), 0);
    TU_OK(csp_json_export_file(reg, target, NULL));
    struct stat st;
    ck_assert_int_eq(lstat(target, &st), 0);
    ck_assert(S_ISREG(st.st_mode));
    ck_assert_int_eq(mode_of(target), 0600); /* a new full export */
    char *text = tu_read_file(victim, NULL);
    TU_STR_EQ(text, "not yours\n");
    free(text);
}
END_TEST

START_TEST(test_modes)
{
    char target[1200];
    in(target, sizeof target, "o.json");
    /* An existing target keeps its mode: 0600 stays 0600, 0640 stays 0640. */
    write_text(target, "old\n", 0600);
    TU_OK(csp_json_export_file(reg, target, NULL));
    ck_assert_int_eq(mode_of(target), 0600);
    ck_assert_int_eq(chmod(target, 0640), 0);
    csp_export_options pub = CSP_EXPORT_OPTIONS_INIT;
    pub.flags |= CSP_EXPORT_PUBLIC;
    TU_OK(csp_json_export_file(reg, target, &pub));
    ck_assert_int_eq(mode_of(target), 0640);
    /* A new full export is 0600 (it may hold private people); a new public
     * one is 0666 less the umask. */
    char full[1200], public[1200];
    in(full, sizeof full, "full.json");
    in(public, sizeof public, "public.json");
    TU_OK(csp_json_export_file(reg, full, NULL));
    ck_assert_int_eq(mode_of(full), 0600);
    mode_t mask = umask(022);
    TU_OK(csp_json_export_file(reg, public, &pub));
    umask(mask);
    ck_assert_int_eq(mode_of(public), 0644);
    char *text = tu_read_file(public, NULL);
    ck_assert_ptr_null(strstr(text, "\"secret\""));
    free(text);
}
END_TEST

START_TEST(test_failures_leave_nothing_behind)
{
    char path[1200], sub[1200];
    /* A folder as the target; a missing folder; a folder we cannot write. */
    in(sub, sizeof sub, "sub");
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    TU_CODE(csp_json_export_file(reg, sub, NULL), CSP_EIO);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "it is a folder"));
    in(path, sizeof path, "missing/out.json");
    TU_CODE(csp_json_export_file(reg, path, NULL), CSP_EIO);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "does not exist"));
    /* An empty path: said so, rather than a failed rename. */
    TU_CODE(csp_json_export_file(reg, "", NULL), CSP_EARG);
    ck_assert_ptr_nonnull(strstr(csp_error_last()->message, "the path is empty"));
    TU_CODE(csp_register_backup(reg, ""), CSP_EARG);
    if (geteuid() != 0) { /* root writes anywhere */
        ck_assert_int_eq(chmod(sub, 0500), 0);
        tu_join_path(path, sizeof path, sub, "out.json");
        TU_CODE(csp_json_export_file(reg, path, NULL), CSP_EIO);
        ck_assert_int_eq(chmod(sub, 0700), 0);
    }
    ck_assert_int_eq(count_files(NULL, NULL), 1); /* sub */
    /* And success leaves the target only. */
    in(path, sizeof path, "out.json");
    TU_OK(csp_json_export_file(reg, path, NULL));
    int found;
    ck_assert_int_eq(count_files("out.json", &found), 2);
    ck_assert(found);
}
END_TEST

START_TEST(test_the_temporary_file_has_no_name_while_written)
{
    /* Where the file system allows (tmpfs, ext4, xfs, btrfs, overlayfs), the
     * file being written is unnamed: a kill at any moment of the write leaves
     * nothing to clean up. */
    char target[1200];
    in(target, sizeof target, "t.json");
    csp__tmpfile t;
    TU_OK(csp__tmpfile_open(&t, target, 0600, 0));
    ck_assert_msg(t.unnamed, "this file system has no O_TMPFILE: the named fallback is in use");
    ck_assert_int_eq(count_files(NULL, NULL), 0);
    ck_assert_int_eq(write(t.fd, "{}\n", 3), 3);
    ck_assert_int_eq(count_files(NULL, NULL), 0);
    TU_OK(csp__tmpfile_commit(&t));
    ck_assert_int_eq(count_files(NULL, NULL), 1);
    /* The named variant (for a writer that opens it by name) is removed when discarded. */
    TU_OK(csp__tmpfile_open(&t, target, 0600, 1));
    ck_assert_ptr_nonnull(t.tmp);
    ck_assert_int_eq(count_files(NULL, NULL), 2);
    csp__tmpfile_discard(&t);
    ck_assert_int_eq(count_files(NULL, NULL), 1);
}
END_TEST

/* Removes the files of dir but keep; returns how many there were, and how
 * many of them were not identical to whole (a cut-off temporary file). */
static int sweep(const char *keep, const char *whole, int *partial)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    *partial = 0;
    ck_assert_ptr_nonnull(d);
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 || strcmp(e->d_name, keep) == 0)
            continue;
        char path[1200];
        in(path, sizeof path, e->d_name);
        char *text = tu_read_file(path, NULL);
        *partial += !text || strcmp(text, whole) != 0;
        free(text);
        unlink(path);
        n++;
    }
    closedir(d);
    return n;
}

START_TEST(test_killed_exports_leave_no_temporary_file)
{
    /* Exports of a larger register killed at staggered moments: each leaves
     * the old target or the new one, whole, and never a cut-off temporary
     * file (0.1 left "out.json.tmp~" of up to 20 MB). The file is unnamed
     * while it is written; it has a name only between being linked, finished,
     * and being renamed into place: tens of microseconds of an export of tens
     * of milliseconds. A kill in exactly that gap leaves a complete copy,
     * which is counted, not failed. */
    TU_OK(csp_register_begin(reg));
    for (int i = 0; i < 20000; i++) {
        char id[32];
        snprintf(id, sizeof id, "org-%05d", i);
        tu_put_org(reg, id, "other");
    }
    TU_OK(csp_register_commit(reg));
    char target[1200];
    in(target, sizeof target, "k.json");
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    TU_OK(csp_json_export_file(reg, target, NULL));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long export_ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    char *whole = tu_read_file(target, NULL);
    int trials = 12, complete_leftovers = 0;
    for (int trial = 0; trial < trials; trial++) {
        pid_t pid = fork();
        ck_assert_int_ge(pid, 0);
        if (pid == 0) {
            for (;;)
                csp_json_export_file(reg, target, NULL);
        }
        struct timespec ts = {0, 1000000L * (5 + trial * 7)};
        nanosleep(&ts, NULL);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        char *now = tu_read_file(target, NULL);
        TU_STR_EQ(now, whole); /* the target is whole */
        free(now);
        int partial;
        complete_leftovers += sweep("k.json", whole, &partial);
        ck_assert_msg(partial == 0, "trial %d: a cut-off temporary file was left behind", trial);
    }
    printf("test_file: %d exports killed (one export: %ld ms): targets whole, no cut-off file, %d complete "
           "copies left by a kill between naming and renaming\n",
           trials, export_ms, complete_leftovers);
    free(whole);
}
END_TEST

static Suite *file_suite(void)
{
    Suite *s = suite_create("file");
    TCase *tc = tcase_create("export");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_symlink_at_the_old_temporary_name_is_not_followed);
    tcase_add_test(tc, test_a_symlink_target_is_replaced_not_followed);
    tcase_add_test(tc, test_modes);
    tcase_add_test(tc, test_failures_leave_nothing_behind);
    tcase_add_test(tc, test_the_temporary_file_has_no_name_while_written);
    tcase_add_test(tc, test_killed_exports_leave_no_temporary_file);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(file_suite());
}
