/* Internal: dates, strings, growable lists and buffers. */
#ifndef CSP_CORE_UTIL_H
#define CSP_CORE_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* ---- dates (core/date.c) ---- */

/* Whether a valid date is not wholly before another: its period reaches
 * `from` ("2020-03" is not before "2020-03-15"). */
int csp__date_not_before(const char *date, const char *from);
/* 1 when s is a valid date (as csp_date_check), else 0, leaving the error
 * state alone: the quick test for values read in bulk. */
int csp__date_valid(const char *s);

/* The first and the last day of the period a valid date names ("2020-03":
 * 2020-03-01 and 2020-03-31), as full dates. */
void csp__date_first_day(char out[11], const char *date);
void csp__date_last_day(char out[11], const char *date);

/* A full date moved by n months (negative: back), the day kept where the
 * month has it and otherwise its last day (2024-02-29 less 12 months is
 * 2023-02-28). */
void csp__date_add_months(char out[11], const char *date, int n);

/* A full date moved by n days. */
void csp__date_add_days(char out[11], const char *date, int n);

/* A date as people write it: "31 March 2020", "March 2020", "2020". */
const char *csp__date_words(char *buf, size_t size, const char *date);

/* Days since 1970-01-01 of a civil date (proleptic Gregorian), and back. */
long csp__days_from_civil(long y, long m, long d);
void csp__civil_from_days(long z, long *y, long *m, long *d);

/* ---- strings, lists, buffers (core/util.c) ---- */

/* strdup that raises CSP_ENOMEM (returns NULL) on failure; NULL in gives NULL out. */
char *csp__strdup(const char *s);

/* 1 if s is valid UTF-8 of length n, else 0. */
int csp__utf8_valid(const char *s, size_t n);

/* Decodes the UTF-8 sequence at s (n bytes left): its length, and the code
 * point in *cp; 0 if it is not valid UTF-8 (overlong, surrogate, cut). */
size_t csp__utf8_next(const char *s, size_t n, unsigned int *cp);

/* 1 for a control character: C0 (below U+0020), DEL and C1 (U+007F-U+009F). */
int csp__is_control(unsigned int cp);

/* Copies src into dst (size bytes, NUL-terminated) with every character that
 * could act on a terminal written as an escape: controls as \u001B, the
 * bidirectional overrides and isolates and the line and paragraph separators
 * as \u202E, a byte that is not UTF-8 as \xFF. Stops before a piece that
 * does not fit whole. Returns the length written. */
size_t csp__escape_unsafe(char *dst, size_t size, const char *src);

/* An ordered list of strings. When `borrowed` the strings are not owned. */
typedef struct csp__strlist {
    char **v;
    size_t n, cap;
} csp__strlist;

int csp__strlist_push(csp__strlist *l, char *s); /* takes s; CSP_ENOMEM on failure */
void csp__strlist_clear(csp__strlist *l, int free_items);

/* Makes room for n items of `size` bytes in the growable array *arrp of *cap
 * items (doubling, from 8): CSP_OK, or CSP_ENOMEM with the array as it was. */
int csp__reserve(void *arrp, size_t *cap, size_t n, size_t size);

/* A set of (entity, id) pairs: open addressing, grown as it fills. With
 * `owns`, it keeps copies of the ids it is given (and frees them), in `pool`
 * when one is given (freed with the pool: a copy costs no malloc); else the
 * ids must outlive the set. Zero-initialised, it is an empty borrowing set. */
typedef struct csp__idset {
    struct csp__idslot {
        const char *id;
        size_t value;  /* what csp__idset_put kept with it (0 for csp__idset_add) */
        int entity;
        unsigned tag;  /* 32 bits of the pair's hash: most misses never read the id */
    } *slots;
    size_t cap, n;
    int owns;
    struct csp__pool *pool;
} csp__idset;

/* Adds (entity, id): 1 if it was there already, 0 if added, CSP_ENOMEM. */
int csp__idset_add(csp__idset *s, int entity, const char *id);
/* 1 if (entity, id) is in the set, else 0. */
int csp__idset_has(const csp__idset *s, int entity, const char *id);
/* As csp__idset_add, keeping value with a pair it adds (a pair already there
 * keeps its own): the set used as a map, say from an id to its place in an
 * array of the caller's. */
int csp__idset_put(csp__idset *s, int entity, const char *id, size_t value);
/* 1 with *value set when (entity, id) is in the set, else 0. */
int csp__idset_get(const csp__idset *s, int entity, const char *id, size_t *value);
/* Makes room for n pairs in all, so that adding them never grows the table
 * (a growth hashes every id again): CSP_OK or CSP_ENOMEM. */
int csp__idset_reserve(csp__idset *s, size_t n);
/* Empties the set and frees its memory (and its ids, when it owns them). */
void csp__idset_clear(csp__idset *s);

/* Sorts n strings into strcmp order (a multikey quicksort: a character at a
 * time, so the prefixes ids share are not compared again and again; several
 * times faster than qsort with strcmp on a million ids). */
void csp__sort_strings(char **v, size_t n);

/* A pool of strings freed together: copies made in chunks of 64 KiB rather
 * than a malloc each (a report's million evidence ids). Zero-initialised, it
 * is empty. */
typedef struct csp__pool {
    struct csp__pool_chunk *head;
} csp__pool;

/* A copy of s in the pool, or NULL out of memory (the error is raised). */
char *csp__pool_strdup(csp__pool *p, const char *s);
/* Frees every string of the pool at once. */
void csp__pool_free(csp__pool *p);

/* A growable byte buffer, always NUL-terminated once anything was added. */
typedef struct csp__buf {
    char *p;
    size_t len, cap;
    int failed; /* set once an allocation failed; later appends are ignored */
} csp__buf;

void csp__buf_add(csp__buf *b, const char *s, size_t n);
void csp__buf_puts(csp__buf *b, const char *s);
void csp__buf_vprintf(csp__buf *b, const char *fmt, va_list ap);
void csp__buf_printf(csp__buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void csp__buf_free(csp__buf *b);

/* Appends s as a JSON string: quoted, and escaped byte for byte as jansson's
 * json_dumps escapes it (without JSON_ENSURE_ASCII or JSON_ESCAPE_SLASH):
 * \" \\ \b \f \n \r \t, any other character below U+0020 as \u00XX, the rest
 * as it is. For writers of JSON text that must match what jansson wrote (the
 * export). Returns 0, or -1 when s is not valid UTF-8 (part of it may then
 * have been appended). */
int csp__buf_json_string(csp__buf *b, const char *s);

#endif
