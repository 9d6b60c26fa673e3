/*
 * Internal: writing a file safely, for every file libcsp writes whole (an
 * export, a backup).
 *
 * The new contents go to a temporary file in the target's folder that nobody
 * can have prepared: an unnamed one (O_TMPFILE) where the file system allows,
 * else one created with O_EXCL under a random name (so a symlink planted at a
 * predictable name is never followed). It is written, flushed to disk
 * (fsync), given its mode and renamed over the target in one step, so a
 * reader sees the old file or the new one, never half of one. On failure the
 * temporary file is removed; an unnamed one never had a name to leave behind,
 * so a process killed while writing leaves nothing.
 *
 * The mode: an existing target keeps its own (a 0600 file stays 0600); a new
 * file gets `new_mode` (0600 for data that may hold private people), which
 * the umask may narrow further. A target that is a symlink is replaced by the
 * new file, not followed.
 */
#ifndef CSP_CORE_FILE_H
#define CSP_CORE_FILE_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* A temporary file beside a target, being written. */
typedef struct csp__tmpfile {
    int fd;
    int unnamed;      /* O_TMPFILE: no name until it is linked */
    char *dir;        /* the target's folder ("." for a bare name) */
    char *tmp;        /* the temporary name, once it has one; else NULL */
    const char *path; /* the target */
    mode_t mode;      /* the mode it gets */
    int keep_mode;    /* the target exists: its mode is given to the new file */
} csp__tmpfile;

/* Opens a temporary file beside path; `named` asks for one with a name from
 * the start (t->tmp), for a writer that opens it by name (SQLite's backup).
 * CSP_EARG for an empty path; CSP_EIO (naming path) if the folder is missing
 * or not writable, or path is a folder or not a regular file. */
int csp__tmpfile_open(csp__tmpfile *t, const char *path, mode_t new_mode, int named);

/* Flushes it to disk, gives it its mode and renames it over the target. */
int csp__tmpfile_commit(csp__tmpfile *t);

/* Closes and removes it (after an error, or instead of commit). Safe to call
 * after csp__tmpfile_commit (does nothing then). */
void csp__tmpfile_discard(csp__tmpfile *t);

/* The whole of it: writes len bytes of data to path safely, as above. */
int csp__file_write(const char *path, const void *data, size_t len, mode_t new_mode);

/* The size in bytes of the regular file fp reads (one that can be read again
 * from its start), or 0 for anything else (a pipe, a terminal). */
size_t csp__file_regular_size(FILE *fp);

#endif
