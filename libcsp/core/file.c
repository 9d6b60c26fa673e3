/* Writing a file safely (file.h). */
#define _GNU_SOURCE /* O_TMPFILE, linkat, getrandom */
#include "core/file.h"
#include "core/error.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int io_fail(const char *path, const char *what, int err)
{
    return csp__fail(CSP_EIO, "cannot write \"%s\": %s: %s", path, what, strerror(err));
}

/* The folder of path ("." for a bare name), as a new string. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return csp__strdup(".");
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    char *d = malloc(n + 1);
    if (!d) {
        csp__fail(CSP_ENOMEM, "out of memory");
        return NULL;
    }
    memcpy(d, path, n);
    d[n] = '\0';
    return d;
}

/* A fresh temporary name in t->dir: ".<base>.<12 random hex digits>~". */
static char *tmp_name(const csp__tmpfile *t)
{
    static _Thread_local unsigned long long counter;
    unsigned char rnd[6];
    if (getrandom(rnd, sizeof rnd, GRND_NONBLOCK) != (ssize_t)sizeof rnd) {
        /* No entropy yet: unpredictable enough for O_EXCL, which is what guards it. */
        unsigned long long x = (unsigned long long)time(NULL) ^ ((unsigned long long)getpid() << 20) ^ ++counter ^
                               (unsigned long long)(size_t)&counter;
        for (size_t i = 0; i < sizeof rnd; i++, x >>= 8)
            rnd[i] = (unsigned char)x;
    }
    const char *slash = strrchr(t->path, '/');
    const char *base = slash ? slash + 1 : t->path;
    size_t size = strlen(t->dir) + strlen(base) + 24;
    char *name = malloc(size);
    if (!name) {
        csp__fail(CSP_ENOMEM, "out of memory");
        return NULL;
    }
    snprintf(name, size, "%s/.%s.%02x%02x%02x%02x%02x%02x~", t->dir, base, rnd[0], rnd[1], rnd[2], rnd[3], rnd[4],
             rnd[5]);
    return name;
}

/* Creates a named temporary file, exclusively (never an existing file or link). */
static int open_named(csp__tmpfile *t)
{
    for (int attempt = 0; attempt < 100; attempt++) {
        char *name = tmp_name(t);
        if (!name)
            return CSP_ENOMEM;
        int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, t->mode);
        if (fd >= 0) {
            t->fd = fd;
            t->tmp = name;
            return CSP_OK;
        }
        int err = errno;
        free(name);
        if (err != EEXIST)
            return io_fail(t->path, "cannot create a temporary file beside it", err);
    }
    return io_fail(t->path, "cannot create a temporary file beside it", EEXIST);
}

int csp__tmpfile_open(csp__tmpfile *t, const char *path, mode_t new_mode, int named)
{
    memset(t, 0, sizeof *t);
    t->fd = -1;
    t->path = path;
    t->mode = new_mode;
    if (!*path)
        return csp__fail(CSP_EARG, "no file name given (the path is empty)");
    struct stat st;
    if (lstat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return csp__fail(CSP_EIO, "cannot write \"%s\": it is a folder", path);
        if (S_ISREG(st.st_mode)) {
            t->mode = st.st_mode & 07777;
            t->keep_mode = 1;
        } else if (!S_ISLNK(st.st_mode)) {
            return csp__fail(CSP_EIO, "cannot write \"%s\": it is not a regular file", path);
        }
    } else if (errno != ENOENT) {
        return io_fail(path, "cannot look at it", errno);
    }
    if (!(t->dir = dir_of(path)))
        return CSP_ENOMEM;
    struct stat dst;
    if (stat(t->dir, &dst) != 0 || !S_ISDIR(dst.st_mode)) {
        int err = errno;
        csp__fail(CSP_EIO, "cannot write \"%s\": the folder \"%s\" %s", path, t->dir,
                  err == ENOENT || err == 0 ? "does not exist" : strerror(err));
        free(t->dir);
        t->dir = NULL;
        return CSP_EIO;
    }
    int rc = CSP_OK;
#ifdef O_TMPFILE
    if (!named) {
        int fd = open(t->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, t->mode);
        if (fd >= 0) {
            t->fd = fd;
            t->unnamed = 1;
            return CSP_OK;
        }
        /* Not every file system has unnamed files: fall back to a named one. */
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
            rc = io_fail(path, "cannot create a temporary file beside it", errno);
    }
#else
    (void)named;
#endif
    if (rc == CSP_OK)
        rc = open_named(t);
    if (rc) {
        free(t->dir);
        t->dir = NULL;
    }
    return rc;
}

/* Gives an unnamed file a temporary name, through /proc (no other way links
 * an O_TMPFILE file without privileges). */
static int link_unnamed(csp__tmpfile *t)
{
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", t->fd);
    for (int attempt = 0; attempt < 100; attempt++) {
        char *name = tmp_name(t);
        if (!name)
            return CSP_ENOMEM;
        if (linkat(AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0) {
            t->tmp = name;
            return CSP_OK;
        }
        int err = errno;
        free(name);
        if (err != EEXIST)
            return io_fail(t->path, "cannot name the written file", err);
    }
    return io_fail(t->path, "cannot name the written file", EEXIST);
}

int csp__tmpfile_commit(csp__tmpfile *t)
{
    int rc = CSP_OK;
    if (t->fd < 0)
        return csp__fail(CSP_EARG, "no temporary file is open for \"%s\"", t->path);
    if (fsync(t->fd) != 0)
        rc = io_fail(t->path, "cannot flush it to disk", errno);
    else if (t->keep_mode && fchmod(t->fd, t->mode) != 0)
        rc = io_fail(t->path, "cannot give it the mode of the file it replaces", errno);
    else if (t->unnamed)
        rc = link_unnamed(t);
    if (rc == CSP_OK && rename(t->tmp, t->path) != 0)
        rc = io_fail(t->path, "cannot put it in place", errno);
    if (rc == CSP_OK) {
        free(t->tmp);
        t->tmp = NULL; /* renamed: nothing to remove */
        /* The rename itself reaches the disk with the folder. */
        int dfd = open(t->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            (void)fsync(dfd);
            close(dfd);
        }
    }
    csp__tmpfile_discard(t);
    return rc;
}

void csp__tmpfile_discard(csp__tmpfile *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
    if (t->tmp)
        unlink(t->tmp);
    free(t->tmp);
    t->tmp = NULL;
    free(t->dir);
    t->dir = NULL;
}

int csp__file_write(const char *path, const void *data, size_t len, mode_t new_mode)
{
    csp__tmpfile t;
    int rc = csp__tmpfile_open(&t, path, new_mode, 0);
    if (rc)
        return rc;
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(t.fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            rc = io_fail(path, "cannot write it", n < 0 ? errno : EIO);
            csp__tmpfile_discard(&t);
            return rc;
        }
        p += n;
        len -= (size_t)n;
    }
    return csp__tmpfile_commit(&t);
}

size_t csp__file_regular_size(FILE *fp)
{
    struct stat info;
    return fstat(fileno(fp), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 ? (size_t)info.st_size : 0;
}
