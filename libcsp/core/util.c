/* Strings, lists and buffers. */
#include "core/util.h"
#include "core/error.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *csp__strdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (!d) {
        csp__fail(CSP_ENOMEM, "out of memory");
        return NULL;
    }
    memcpy(d, s, n);
    return d;
}

size_t csp__utf8_next(const char *str, size_t n, unsigned int *cp_out)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    size_t len;
    unsigned int cp;
    if (c < 0x80) {
        *cp_out = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t k = 1; k < len; k++) {
        if ((s[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[k] & 0x3Fu);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *cp_out = cp;
    return len;
}

int csp__utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    unsigned int cp;
    while (i < n) {
        size_t len = csp__utf8_next(s + i, n - i, &cp);
        if (!len)
            return 0;
        i += len;
    }
    return 1;
}

int csp__is_control(unsigned int cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/* Characters that change how a terminal shows what follows: controls, and
 * the bidirectional overrides and isolates (which can reorder a line). */
static int is_unsafe(unsigned int cp)
{
    return csp__is_control(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0x2028 || cp == 0x2029;
}

size_t csp__escape_unsafe(char *dst, size_t size, const char *src)
{
    size_t o = 0, i = 0, n = strlen(src);
    if (size == 0)
        return 0;
    while (i < n) {
        unsigned int cp = 0;
        size_t len = csp__utf8_next(src + i, n - i, &cp);
        char esc[16];
        const char *piece = src + i;
        size_t plen = len;
        if (!len) { /* a byte that is not UTF-8 */
            snprintf(esc, sizeof esc, "\\x%02X", (unsigned char)src[i]);
            piece = esc;
            plen = strlen(esc);
            len = 1;
        } else if (is_unsafe(cp)) {
            snprintf(esc, sizeof esc, "\\u%04X", cp);
            piece = esc;
            plen = strlen(esc);
        }
        if (o + plen >= size) /* never a cut sequence or escape */
            break;
        memcpy(dst + o, piece, plen);
        o += plen;
        i += len;
    }
    dst[o] = '\0';
    return o;
}

int csp__strlist_push(csp__strlist *l, char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return csp__fail(CSP_ENOMEM, "out of memory");
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = s;
    return CSP_OK;
}

void csp__strlist_clear(csp__strlist *l, int free_items)
{
    if (free_items)
        for (size_t i = 0; i < l->n; i++)
            free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* ---- sorting strings ----------------------------------------------------------- */

static void swap_strings(char **v, size_t i, size_t j)
{
    char *t = v[i];
    v[i] = v[j];
    v[j] = t;
}

/* Sorts n strings that agree in their first d characters. Each call either
 * recurses into the smaller of the parts before and after the pivot's
 * character (halving n) or into the part equal to it, one character further
 * (an id has at most 128): the stack stays shallow whatever the input. */
static void sort_from(char **v, size_t n, size_t d)
{
    while (n > 1) {
        if (n < 12) { /* insertion sort, from character d */
            for (size_t i = 1; i < n; i++)
                for (size_t j = i; j > 0 && strcmp(v[j - 1] + d, v[j] + d) > 0; j--)
                    swap_strings(v, j - 1, j);
            return;
        }
        swap_strings(v, 0, n / 2); /* the middle one as pivot: sorted input is no worst case */
        unsigned char pivot = (unsigned char)v[0][d];
        size_t lt = 0, i = 1, gt = n; /* [0, lt) below, [lt, i) equal, [gt, n) above */
        while (i < gt) {
            unsigned char c = (unsigned char)v[i][d];
            if (c < pivot)
                swap_strings(v, lt++, i++);
            else if (c > pivot)
                swap_strings(v, i, --gt);
            else
                i++;
        }
        size_t below = lt, equal = gt - lt, above = n - gt;
        if (pivot != 0 && equal > 1)
            sort_from(v + lt, equal, d + 1); /* all end at d when the pivot is the end */
        if (below < above) {
            sort_from(v, below, d);
            v += gt;
            n = above;
        } else {
            sort_from(v + gt, above, d);
            n = below;
        }
    }
}

void csp__sort_strings(char **v, size_t n)
{
    /* Strings often come sorted (read in id order, through an index): one
     * pass tells, and they are left as they are. */
    size_t i = 1;
    while (i < n && strcmp(v[i - 1], v[i]) <= 0)
        i++;
    if (i < n)
        sort_from(v, n, 0);
}

/* ---- a pool of strings ------------------------------------------------------- */

struct csp__pool_chunk {
    struct csp__pool_chunk *next;
    size_t used, cap;
    char data[];
};

char *csp__pool_strdup(csp__pool *p, const char *s)
{
    size_t n = strlen(s) + 1;
    struct csp__pool_chunk *c = p->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 - sizeof *c ? n : 65536 - sizeof *c;
        if (!(c = malloc(sizeof *c + cap))) {
            csp__fail(CSP_ENOMEM, "out of memory");
            return NULL;
        }
        c->next = p->head;
        c->used = 0;
        c->cap = cap;
        p->head = c;
    }
    char *copy = c->data + c->used;
    memcpy(copy, s, n);
    c->used += n;
    return copy;
}

void csp__pool_free(csp__pool *p)
{
    while (p->head) {
        struct csp__pool_chunk *next = p->head->next;
        free(p->head);
        p->head = next;
    }
}

static int buf_reserve(csp__buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->failed = 1;
        return 0;
    }
    b->p = p;
    b->cap = cap;
    return 1;
}

void csp__buf_add(csp__buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void csp__buf_puts(csp__buf *b, const char *s)
{
    csp__buf_add(b, s, strlen(s));
}

void csp__buf_vprintf(csp__buf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n >= 0 && buf_reserve(b, (size_t)n)) {
        vsnprintf(b->p + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
}

void csp__buf_printf(csp__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    csp__buf_vprintf(b, fmt, ap);
    va_end(ap);
}

int csp__buf_json_string(csp__buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    const char *end = s + strlen(s), *run = s, *p = s;
    csp__buf_add(b, "\"", 1);
    /* Runs of characters that need no escape are appended whole. */
    for (;;) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            p++;
            continue;
        }
        if (c >= 0x80) {
            unsigned int cp;
            size_t len = csp__utf8_next(p, (size_t)(end - p), &cp);
            if (!len)
                return -1;
            p += len;
            continue;
        }
        csp__buf_add(b, run, (size_t)(p - run));
        if (p == end)
            break;
        char esc[6] = {'\\', 0, 0, 0, 0, 0};
        size_t n = 2;
        switch (c) {
        case '"':
        case '\\':
            esc[1] = (char)c;
            break;
        case '\b':
            esc[1] = 'b';
            break;
        case '\f':
            esc[1] = 'f';
            break;
        case '\n':
            esc[1] = 'n';
            break;
        case '\r':
            esc[1] = 'r';
            break;
        case '\t':
            esc[1] = 't';
            break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            n = 6;
            break;
        }
        csp__buf_add(b, esc, n);
        run = ++p;
    }
    csp__buf_add(b, "\"", 1);
    return 0;
}

void csp__buf_free(csp__buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

/* ---- sets of ids ------------------------------------------------------------- */

static size_t idset_hash(int entity, const char *id)
{
    uint64_t h = 1469598103934665603u ^ (uint64_t)entity;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    /* FNV's multiply carries only upwards: the high bits are mixed down, or
     * ids that differ in their last characters (a1, a2, ...) crowd the same
     * slots of a small table. */
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9u;
    h ^= h >> 32;
    return (size_t)h;
}

static unsigned idset_tag(size_t h)
{
    return (unsigned)(h >> 32) ^ (unsigned)h;
}

static const struct csp__idslot *idset_find(const csp__idset *s, int entity, const char *id)
{
    if (!s->cap)
        return NULL;
    size_t h = idset_hash(entity, id);
    unsigned tag = idset_tag(h);
    for (size_t k = h & (s->cap - 1); s->slots[k].id; k = (k + 1) & (s->cap - 1))
        if (s->slots[k].tag == tag && s->slots[k].entity == entity && strcmp(s->slots[k].id, id) == 0)
            return &s->slots[k];
    return NULL;
}

int csp__idset_has(const csp__idset *s, int entity, const char *id)
{
    return idset_find(s, entity, id) != NULL;
}

int csp__idset_get(const csp__idset *s, int entity, const char *id, size_t *value)
{
    const struct csp__idslot *slot = idset_find(s, entity, id);
    if (slot)
        *value = slot->value;
    return slot != NULL;
}

/* Moves the set into a table of cap slots (a power of two). */
static int idset_grow(csp__idset *s, size_t cap)
{
    struct csp__idslot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return csp__fail(CSP_ENOMEM, "out of memory");
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->slots[i].id)
            continue;
        size_t k = idset_hash(s->slots[i].entity, s->slots[i].id) & (cap - 1); /* the tag stays */
        while (slots[k].id)
            k = (k + 1) & (cap - 1);
        slots[k] = s->slots[i];
    }
    free(s->slots);
    s->slots = slots;
    s->cap = cap;
    return CSP_OK;
}

int csp__idset_reserve(csp__idset *s, size_t n)
{
    size_t cap = s->cap ? s->cap : 1024;
    while (2 * n > cap)
        cap *= 2;
    return cap > s->cap ? idset_grow(s, cap) : CSP_OK;
}

int csp__idset_put(csp__idset *s, int entity, const char *id, size_t value)
{
    if (2 * (s->n + 1) > s->cap && idset_grow(s, s->cap ? s->cap * 2 : 1024))
        return CSP_ENOMEM;
    size_t h = idset_hash(entity, id), k = h & (s->cap - 1);
    unsigned tag = idset_tag(h);
    for (; s->slots[k].id; k = (k + 1) & (s->cap - 1))
        if (s->slots[k].tag == tag && s->slots[k].entity == entity && strcmp(s->slots[k].id, id) == 0)
            return 1;
    const char *kept = id;
    if (s->owns && !(kept = s->pool ? csp__pool_strdup(s->pool, id) : csp__strdup(id)))
        return CSP_ENOMEM;
    s->slots[k].id = kept;
    s->slots[k].entity = entity;
    s->slots[k].value = value;
    s->slots[k].tag = tag;
    s->n++;
    return 0;
}

int csp__idset_add(csp__idset *s, int entity, const char *id)
{
    return csp__idset_put(s, entity, id, 0);
}

void csp__idset_clear(csp__idset *s)
{
    if (s->owns && !s->pool)
        for (size_t i = 0; i < s->cap; i++)
            free((char *)(uintptr_t)s->slots[i].id);
    free(s->slots);
    s->slots = NULL;
    s->cap = s->n = 0;
}

int csp__reserve(void *arrp, size_t *cap, size_t n, size_t size)
{
    if (n <= *cap)
        return CSP_OK;
    size_t grown = *cap ? *cap : 8;
    while (grown < n)
        grown *= 2;
    void **arr = arrp;
    void *p = realloc(*arr, grown * size);
    if (!p)
        return csp__fail(CSP_ENOMEM, "out of memory");
    *arr = p;
    *cap = grown;
    return CSP_OK;
}
