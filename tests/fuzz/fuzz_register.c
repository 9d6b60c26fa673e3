/*
 * Fuzz target for opening a register file: the bytes of an input are written
 * to a file and opened as a register, read-only and then read-write, and
 * what opens is exported and verified. Nothing may crash or leak; every
 * failure is a negative code with a message; an export either fails or gives
 * a document the importer takes back (data the model refuses is never handed
 * out); and a failed read-write open leaves no file it made behind.
 *
 * Seeds: a small register (tests/fuzz/seeds/register, written by the fuzz
 * stage of `make test` from the example data), and its bytes as libFuzzer
 * mutates them: a damaged header, page, schema or record.
 *
 * With clang and -DCSP_FUZZ=ON this is a libFuzzer target; otherwise replay.c
 * gives it a main() that replays files given to it.
 */
#define _POSIX_C_SOURCE 200809L
#include <csp/csp.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char path[4096];

static void finding(const char *what)
{
    fprintf(stderr, "fuzz_register: %s: %s\n", what, csp_error_last()->message);
    abort();
}

static void check_rc(int rc, const char *what)
{
    if (rc > 0 || (rc < 0 && !csp_error_last()->message[0]))
        finding(what);
}

static void remove_all(void)
{
    char side[4200];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-journal", path);
    unlink(side);
}

static void exercise(unsigned flags)
{
    csp_register *reg = NULL;
    csp_open_options o = CSP_OPEN_OPTIONS_INIT;
    o.flags = flags;
    int rc = csp_register_open(&reg, path, &o);
    check_rc(rc, "open");
    if (rc)
        return;
    char *text = NULL;
    rc = csp_json_export(&text, reg, NULL);
    check_rc(rc, "export");
    if (rc == CSP_OK) {
        /* What was handed out, the model takes back. */
        csp_register *back = NULL;
        if (csp_register_open(&back, ":memory:", NULL))
            finding("open memory");
        if (csp_json_import(back, text, strlen(text), NULL) != CSP_OK)
            finding("an export the importer refuses");
        csp_register_close(back);
    }
    csp_free(text);
    size_t findings = 0;
    char *report = NULL;
    check_rc(csp_register_verify(reg, NULL, &findings, &report), "verify");
    csp_free(report);
    csp_register_close(reg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/fuzz_register.%d.csp", tmp && *tmp ? tmp : "/tmp", (int)getpid());
    }
    remove_all();
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return 0;
    fwrite(data, 1, size, fp);
    fclose(fp);
    exercise(CSP_OPEN_READONLY);
    exercise(0); /* read-write: may migrate the file, or refuse it */
    remove_all();
    return 0;
}
