/*
 * The main() of a fuzz target built without libFuzzer (any compiler): it
 * replays every file under each path given, through the target's
 * LLVMFuzzerTestOneInput, which aborts on a finding. `make test` runs the
 * targets this way over their seeds (tests/fuzz/CMakeLists.txt).
 *
 *   fuzz_X [--corpus DIR] PATH...
 *
 * --corpus names a directory that may be absent (other projects' test data,
 * beside the repository rather than in it): then it exits 77, "skipped".
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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

int main(int argc, char **argv)
{
    int files = 0, status = 0;
    for (int i = 1; i < argc && !status; i++) {
        if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
            struct stat st;
            if (stat(argv[++i], &st) != 0) {
                printf("%s: SKIPPED: no corpus at %s; a plain clone of libcsp has no "
                       "../shared/corpora (see docs/testing.md)\n",
                       argv[0], argv[i]);
                return 77;
            }
        }
        status = replay(argv[i], &files);
    }
    printf("%s: replayed %d inputs: %d passed, 0 failed\n", argv[0], files, status ? 0 : files);
    return status;
}
