/*
 * Fuzz target for the JSON importer.
 *
 * Every input is imported into a register that already holds a small valid
 * document. The import must end in CSP_OK or a negative code with a message,
 * never a crash or a leak; and when it fails, the register must export exactly
 * the bytes it exported before (all or nothing).
 *
 * With clang and -DCSP_FUZZ=ON this is a libFuzzer target (build/fuzz/fuzz_import
 * CORPUS_DIR). Otherwise it is built with a main() that replays files and
 * directories given on the command line, which `make test` runs over the
 * bundled examples, the test fixtures and the JSONTestSuite corpus.
 */
#define _POSIX_C_SOURCE 200809L
#include <csp/csp.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

#ifndef CSP_LIBFUZZER
static int replay_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return 1;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0, n;
    char chunk[65536];
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (len + n > cap) {
            cap = (len + n) * 2;
            char *grown = realloc(buf, cap);
            if (!grown) {
                free(buf);
                fclose(fp);
                return 1;
            }
            buf = grown;
        }
        memcpy(buf + len, chunk, n);
        len += n;
    }
    fclose(fp);
    LLVMFuzzerTestOneInput((const uint8_t *)(buf ? buf : ""), len); /* aborts on a finding */
    free(buf);
    return 0;
}

static int replay(const char *path, int *files)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
        (*files)++;
        return replay_file(path);
    }
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return 1;
    }
    struct dirent *de;
    int status = 0;
    while (!status && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        size_t size = strlen(path) + strlen(de->d_name) + 2;
        char *child = malloc(size);
        if (!child)
            break;
        snprintf(child, size, "%s/%s", path, de->d_name);
        status = replay(child, files);
        free(child);
    }
    closedir(d);
    return status;
}

/* fuzz_import [--corpus DIR] PATH...: replays every file under each PATH.
 * --corpus names a directory that may be absent (other projects' test data,
 * beside the repository rather than in it): then it exits 77, "skipped". */
int main(int argc, char **argv)
{
    int files = 0, status = 0;
    for (int i = 1; i < argc && !status; i++) {
        if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
            struct stat st;
            if (stat(argv[++i], &st) != 0) {
                printf("fuzz_import: SKIPPED: no corpus at %s; a plain clone of libcsp has no "
                       "../shared/corpora (see docs/testing.md)\n",
                       argv[i]);
                return 77;
            }
        }
        status = replay(argv[i], &files);
    }
    printf("fuzz_import: replayed %d inputs: %d passed, 0 failed\n", files, status ? 0 : files);
    return status;
}
#endif
