/*
 * bench_checks: what each check of a register costs, on a register of the
 * size you give (the hardening issue asks for 1M records).
 *
 *   bench_checks REGISTER [DOC.json]
 *
 * With DOC, REGISTER is created from it first (bench_json --generate-only
 * --file DOC writes one; --memberships 1000000 makes about a million
 * records). Then, each in a fresh handle, best of 3:
 *   open, read-only, no check    the cheap checks alone: header, size, the
 *                                schema's tables and columns
 *   open, read-only              and SQLite's quick_check (the default)
 *   open, read-write             and quick_check, which then also tests CHECK
 *                                constraints
 *   verify --quick / verify      csp_register_verify: quick_check or the full
 *                                integrity_check, references, every record
 *   export                       every record read, each checked against the
 *                                model and its references (as every read is)
 * Prints wall and CPU seconds; figures, not a test.
 */
#define _POSIX_C_SOURCE 200809L
#include <csp/csp.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "bench_checks: %s: %s\n", what, csp_error_last()->message);
    exit(1);
}

typedef enum { OPEN_NOCHECK, OPEN_RO, OPEN_RW, VERIFY_QUICK, VERIFY_FULL, EXPORT, STAGES } stage;
static const char *const names[STAGES] = {
    "open, read-only, no check", "open, read-only (quick_check)", "open, read-write (quick_check)",
    "verify --quick", "verify (integrity_check)", "export (every record checked)",
};

static void run_stage(const char *path, stage st, double *wall, double *cpu)
{
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = st == OPEN_RW ? 0 : CSP_OPEN_READONLY;
    if (st == OPEN_NOCHECK || st == VERIFY_QUICK || st == VERIFY_FULL || st == EXPORT)
        o.flags |= CSP_OPEN_NOCHECK; /* the stage's own work alone */
    csp_register *reg = NULL;
    double w0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    if (st <= OPEN_RW) {
        if (csp_register_open(&reg, path, &o))
            die(names[st]);
        w0 = now(CLOCK_MONOTONIC) - w0;
        c0 = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
        csp_register_close(reg);
        *wall = w0;
        *cpu = c0;
        return;
    }
    if (csp_register_open(&reg, path, &o))
        die("open");
    w0 = now(CLOCK_MONOTONIC);
    c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    if (st == EXPORT) {
        char *text = NULL;
        if (csp_json_export(&text, reg, NULL))
            die(names[st]);
        csp_free(text);
    } else {
        csp_verify_options v = CSP_VERIFY_OPTIONS_INIT;
        v.flags = st == VERIFY_QUICK ? CSP_VERIFY_QUICK : 0;
        size_t findings = 0;
        if (csp_register_verify(reg, &v, &findings, NULL))
            die(names[st]);
        if (findings)
            fprintf(stderr, "bench_checks: %s: %zu findings?\n", names[st], findings);
    }
    *wall = now(CLOCK_MONOTONIC) - w0;
    *cpu = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
    csp_register_close(reg);
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: bench_checks REGISTER [DOC.json]\n");
        return 2;
    }
    const char *path = argv[1];
    if (argc == 3) {
        csp_register *reg = NULL;
        double w0 = now(CLOCK_MONOTONIC);
        if (csp_register_open(&reg, path, NULL) || csp_json_import_file(reg, argv[2], NULL))
            die("import");
        csp_register_close(reg);
        fprintf(stderr, "imported %s in %.1f s\n", argv[2], now(CLOCK_MONOTONIC) - w0);
    }
    /* The size: records, and the file. */
    csp_register *reg = NULL;
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = CSP_OPEN_READONLY | CSP_OPEN_NOCHECK;
    if (csp_register_open(&reg, path, &o))
        die("open");
    size_t total = 0;
    for (size_t e = 0; e < csp_schema_entity_count(); e++) {
        size_t n = 0;
        if (csp_record_count_matching(&n, reg, (int)e, NULL))
            die("count");
        total += n;
    }
    csp_register_close(reg);
    FILE *fp = fopen(path, "rb");
    long long bytes = 0;
    if (fp && fseek(fp, 0, SEEK_END) == 0)
        bytes = (long long)ftell(fp);
    if (fp)
        fclose(fp);
    printf("libcsp %s; register %s: %zu records, %.1f MB; best of 3 (wall s, cpu s)\n", csp_version(), path, total,
           (double)bytes / 1e6);
    for (stage st = 0; st < STAGES; st++) {
        double best_w = 1e9, best_c = 0;
        for (int k = 0; k < 3; k++) {
            double w, c;
            run_stage(path, st, &w, &c);
            if (w < best_w) {
                best_w = w;
                best_c = c;
            }
        }
        printf("  %-34s %8.3f %8.3f   %6.2f us per record\n", names[st], best_w, best_c,
               total ? best_w * 1e6 / (double)total : 0.0);
    }
    return 0;
}
