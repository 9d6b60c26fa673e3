/*
 * Fuzz target for the JSON importer.
 *
 * Every input is imported into a register that already holds a small valid
 * document. The import must end in CSP_OK or a negative code with a message,
 * never a crash or a leak; and when it fails, the register must export exactly
 * the bytes it exported before (all or nothing).
 *
 * With clang and -DCSP_FUZZ=ON this is a libFuzzer target (build/fuzz/fuzz_import
 * CORPUS_DIR). Otherwise it is built with replay.c, a main() that replays
 * files and directories given on the command line, which `make test` runs
 * over the bundled examples, the test fixtures and the JSONTestSuite corpus.
 */
#define _POSIX_C_SOURCE 200809L
#include <csp/csp.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char base_doc[] =
    "{\"format\":\"libcsp/1\","
    "\"organisations\":[{\"id\":\"council\",\"name\":\"Council\",\"kind\":\"local_authority\"}],"
    "\"partnerships\":[{\"id\":\"csp\",\"name\":\"CSP\",\"kind\":\"community_safety_partnership\","
    "\"members\":[{\"id\":\"m1\",\"organisation\":\"council\",\"role\":\"chair\"}]}]}";

static void die(const char *what)
{
    fprintf(stderr, "fuzz_import: %s: %s\n", what, csp_error_last()->message);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    csp_register *reg;
    char *before = NULL, *after = NULL;
    if (csp_register_open(&reg, ":memory:", NULL) || csp_json_import(reg, base_doc, sizeof base_doc - 1, NULL) ||
        csp_json_export(&before, reg, NULL))
        die("setup");
    int rc = csp_json_import(reg, (const char *)data, size, NULL);
    if (rc > 0 || (rc < 0 && csp_error_last()->message[0] == '\0'))
        die("an error without a message");
    if (csp_json_export(&after, reg, NULL))
        die("export after import");
    if (rc != CSP_OK && strcmp(before, after) != 0) {
        fprintf(stderr, "fuzz_import: a failed import (%s) changed the register\n", csp_code_name(rc));
        abort();
    }
    csp_free(before);
    csp_free(after);
    csp_register_close(reg);
    return 0;
}
