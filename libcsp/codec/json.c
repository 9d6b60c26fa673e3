/*
 * JSON import and export (json.h), driven by the description. The only
 * module that includes jansson.h.
 *
 * Import streams: it reads the document's top-level object itself, and
 * parses each record of each top-level array on its own with jansson
 * (JSON_DISABLE_EOF_CHECK: one value, then the position to go on from),
 * converting it into a record whose strings point into that record's parse
 * and writing it through the one write path (model/write.h) before the next
 * is read, in one writer: one transaction. A file is read through a window
 * that holds the largest record, not the whole file, so memory does not grow
 * with the document. Records nested in an object (a partnership's members,
 * a strategy's elements) follow it, each kind under its own key. References
 * are checked at commit; only when one dangles is the document read again to
 * name it. Errors come in document order, with the line and column of a
 * syntax error and the JSON path of any other.
 *
 * Export reads each top-level entity in id order (ordered ones in their
 * order) inside one read transaction, and writes each record with the
 * records nested in it: the same register always gives the same bytes.
 */
#include "csp/json.h"
#include "codec/codec.h"
#include "core/error.h"
#include "core/file.h"
#include "core/util.h"
#include "model/write.h"

#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- import ------------------------------------------------------------------------ */

typedef enum {
    PASS_WRITE,        /* import each record */
    PASS_LOCATE_REFS,  /* after a dangling reference: find the record that has it */
    PASS_LOCATE_BROKEN /* after a rule across records broke: find the record that breaks it */
} import_pass;

typedef struct importer {
    csp__writer w;
    import_pass pass;
} importer;

/* Whether a field is written in JSON: not implied by nesting, not kept by libcsp. */
static int in_json(const csp__field *f)
{
    return !(f->flags & (CSP_FLAG_NESTED | CSP_FLAG_READONLY));
}

/* Which of e's nested entities (an index into e->children) its objects
 * hold under key, or -1. */
static int child_by_key(const csp__entity *e, const char *key)
{
    for (int c = 0; c < e->nchildren; c++)
        if (strcmp(csp__entities[e->children[c]].nest_key, key) == 0)
            return c;
    return -1;
}

static void field_names(char *buf, size_t size, const csp__entity *e)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < e->nfields && used < size; i++) {
        if (!in_json(&e->fields[i]))
            continue;
        int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", e->fields[i].name);
        used += n > 0 ? (size_t)n : 0;
    }
    for (int c = 0; c < e->nchildren && used < size; c++) {
        int n = snprintf(buf + used, size - used, ", %s", csp__entities[e->children[c]].nest_key);
        used += n > 0 ? (size_t)n : 0;
    }
}

/* Checks a text value; the error's path is formatted only when it fails. */
static int check_text(const csp__field *f, const char *s, const char *where, const char *key, long index)
{
    if (csp__field_check_text(f, s, NULL) == CSP_OK)
        return CSP_OK;
    char path[340];
    if (key)
        csp__field_path(path, sizeof path, where, key);
    else
        snprintf(path, sizeof path, "%s", where);
    if (index >= 0) {
        size_t n = strlen(path);
        snprintf(path + n, sizeof path - n, "[%ld]", index);
    }
    return csp__field_check_text(f, s, path);
}

static int list_from_json(csp__record *r, int i, json_t *v, const char *path)
{
    const csp__field *f = &r->e->fields[i];
    if (!json_is_array(v))
        return csp__fail_at(CSP_EINVALID, path, "expected an array of %s",
                            f->type == CSP_FIELD_REF_LIST ? "ids" : "text");
    size_t k;
    json_t *item;
    json_array_foreach(v, k, item) {
        if (!json_is_string(item)) {
            char ipath[360 + 24];
            snprintf(ipath, sizeof ipath, "%s[%zu]", path, k);
            return csp__fail_at(CSP_EINVALID, ipath, "expected text");
        }
        const char *s = json_string_value(item);
        int rc = check_text(f, s, path, NULL, (long)k);
        if (rc)
            return rc;
        if ((rc = csp__strlist_push(&r->v[i].list, (char *)(uintptr_t)s)))
            return rc;
    }
    return CSP_OK;
}

/* Fills field `key` of r (a borrowed string) from the JSON value v of a
 * member of r's object at `where`, checking it. The keys of nested entities
 * are the caller's. */
static int member_from_json(csp__record *r, const char *key, json_t *v, const char *where)
{
    const csp__entity *e = r->e;
    char path[340];
    /* `path` (where.key) is formatted only on the way to an error or a list. */
#define KEY_PATH() (csp__field_path(path, sizeof path, where, key), path)
    int i = csp__field_index(e, key);
    if (i < 0 || !in_json(&e->fields[i])) {
        KEY_PATH();
        char names[600];
        field_names(names, sizeof names, e);
        if (i >= 0 && (e->fields[i].flags & CSP_FLAG_BUILTIN))
            return csp__fail_at(CSP_EUNKNOWN, path, "\"%s\" is set by libcsp for its own records; leave it out", key);
        if (i >= 0 && (e->fields[i].flags & CSP_FLAG_ORDER))
            return csp__fail_at(CSP_EUNKNOWN, path, "\"%s\" is implied by the order of the list; leave it out", key);
        if (i >= 0 && (e->fields[i].flags & CSP_FLAG_NESTED))
            return csp__fail_at(CSP_EUNKNOWN, path, "\"%s\" is implied by where the %s is nested; leave it out", key,
                                e->name);
        if (i >= 0)
            return csp__fail_at(CSP_EUNKNOWN, path, "\"%s\" is kept by libcsp; leave it out", key);
        return csp__fail_at(CSP_EUNKNOWN, path, "unknown field \"%s\" (a %s has: %s)", key, e->name, names);
    }
    const csp__field *f = &e->fields[i];
    if (json_is_null(v) && !(f->flags & CSP_FLAG_REQUIRED))
        return CSP_OK;
    switch (f->type) {
    case CSP_FIELD_BOOL:
        if (!json_is_boolean(v))
            return csp__fail_at(CSP_EINVALID, KEY_PATH(), "expected true or false");
        r->v[i].i = json_is_true(v);
        return CSP_OK;
    case CSP_FIELD_INT: {
        if (!json_is_integer(v))
            return csp__fail_at(CSP_EINVALID, KEY_PATH(), "expected a whole number");
        json_int_t n = json_integer_value(v);
        if (n < f->min || n > f->max)
            return csp__fail_at(CSP_EINVALID, KEY_PATH(), "%lld is out of range (%lld to %lld)", (long long)n, f->min,
                                f->max);
        r->v[i].i = (long long)n;
        return CSP_OK;
    }
    case CSP_FIELD_TEXT_LIST:
    case CSP_FIELD_REF_LIST:
    case CSP_FIELD_ENUM_LIST:
    case CSP_FIELD_DATE_LIST:
        return list_from_json(r, i, v, KEY_PATH());
    default:
        if (!json_is_string(v))
            return csp__fail_at(CSP_EINVALID, KEY_PATH(), "expected text");
        r->v[i].s = (char *)(uintptr_t)json_string_value(v);
        return check_text(f, r->v[i].s, where, key, -1);
    }
#undef KEY_PATH
}

/* Fills r (borrowed strings) from a JSON object at `where`, field by field.
 * The keys of nested entities are skipped. */
static int record_from_json(csp__record *r, json_t *obj, const char *where)
{
    if (!json_is_object(obj))
        return csp__fail_at(CSP_EINVALID, where, "expected an object (a %s)", r->e->name);
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        if (child_by_key(r->e, key) >= 0)
            continue;
        int rc = member_from_json(r, key, v, where);
        if (rc)
            return rc;
    }
    return CSP_OK;
}

/* A record read whole: its nested field filled from parent_id, validated,
 * then written (or, in the passes that find an error, checked). */
static int record_done(importer *im, csp__record *r, const char *where, const char *parent_id)
{
    const csp__entity *e = r->e;
    if (e->nest_field >= 0)
        r->v[e->nest_field].s = (char *)(uintptr_t)parent_id;
    int rc = csp__record_validate(r, where);
    if (rc == CSP_OK && im->pass == PASS_WRITE)
        rc = csp__writer_put(&im->w, r, CSP__PUT_IMPORT, where); /* a record given twice: CSP_EEXISTS */
    else if (rc == CSP_OK && im->pass == PASS_LOCATE_REFS) {
        /* Not the reference to the record it nests in: that record is in
         * the document, and may not be written yet (walk_record writes it
         * after what is nested in it, and the first pass stopped early). */
        if (e->nest_field >= 0)
            r->v[e->nest_field].s = NULL;
        rc = csp__check_refs(im->w.reg, r, where);
    } else if (rc == CSP_OK && e == im->w.broken && strcmp(csp__record_id(r), im->w.broken_id) == 0)
        rc = csp__writer_rebreak(&im->w, where);
    return rc;
}

static int import_array(importer *im, const csp__entity *e, json_t *arr, const char *where, const char *parent_id);

/* Imports the arrays of records nested in obj (the record r), in the
 * description's order of e's nested entities. */
static int import_children(importer *im, const csp__record *r, json_t *obj, const char *where)
{
    const csp__entity *e = r->e;
    for (int c = 0; c < e->nchildren; c++) {
        const csp__entity *child = &csp__entities[e->children[c]];
        json_t *kids = json_object_get(obj, child->nest_key);
        if (!kids || json_is_null(kids))
            continue;
        char path[340];
        csp__field_path(path, sizeof path, where, child->nest_key);
        int rc = import_array(im, child, kids, path, csp__record_id(r));
        if (rc)
            return rc;
    }
    return CSP_OK;
}

/* Imports one object of entity e, parsed whole, then the objects nested in it. */
static int import_object(importer *im, const csp__entity *e, json_t *obj, const char *where, const char *parent_id)
{
    csp__record r;
    csp__record_init(&r, e);
    r.borrowed = 1;
    int rc = record_from_json(&r, obj, where);
    if (rc == CSP_OK)
        rc = record_done(im, &r, where, parent_id);
    if (rc == CSP_OK)
        rc = import_children(im, &r, obj, where);
    csp__record_reset(&r);
    return rc;
}

static int import_array(importer *im, const csp__entity *e, json_t *arr, const char *where, const char *parent_id)
{
    if (!json_is_array(arr))
        return csp__fail_at(CSP_EINVALID, where, "expected an array of %s", e->plural);
    size_t k;
    json_t *item;
    char path[340];
    json_array_foreach(arr, k, item) {
        /* A path too long for the buffer is cut short: it only names a place. */
        if (snprintf(path, sizeof path, "%s[%zu]", where, k) < 0)
            path[0] = '\0';
        int rc = import_object(im, e, item, path, parent_id);
        if (rc)
            return rc;
    }
    return CSP_OK;
}

/* ---- the document as it is read ---------------------------------------------------- */

/* The bytes in hand, p[pos..len), and where p[pos] is: its line, and where
 * that line starts (its characters are counted only for an error, by
 * source_col). A file is read through a window (buf) that slides along it and
 * grows to hold the largest value. */
typedef struct source {
    const char *p;
    size_t len, pos;
    long line;
    size_t line_at; /* p[line_at] starts pos's line, or its part in the window */
    long col_base;  /* the characters of pos's line before p[line_at] (slid out of the window) */
    FILE *fp;
    const char *path; /* of the file, for errors */
    char *buf;
    size_t cap;
    int eof; /* all of the document is in hand */
} source;

size_t csp__json_window = (size_t)1 << 20;
#define SOURCE_CHUNK csp__json_window

static void source_init(source *s, const char *text, size_t len)
{
    memset(s, 0, sizeof *s);
    s->p = text;
    s->len = len;
    s->line = 1;
    s->eof = 1;
}

/* The characters before p[pos] on its line, counted as jansson counts them:
 * UTF-8 continuation bytes are not characters. */
static long source_col(const source *s)
{
    long col = s->col_base;
    for (size_t i = s->line_at; i < s->pos; i++)
        col += ((unsigned char)s->p[i] & 0xC0) != 0x80;
    return col;
}

/* Reads more of the file into the window, keeping p[pos..len): 1 if bytes
 * came, 0 at the end of the file, <0 on an error. */
static int source_more(source *s)
{
    if (s->eof)
        return 0;
    s->col_base = source_col(s); /* what p[..pos) held of the line */
    s->line_at = 0;
    size_t keep = s->len - s->pos;
    if (s->pos > 0 && keep > 0)
        memmove(s->buf, s->buf + s->pos, keep);
    s->pos = 0;
    s->len = keep;
    if (s->cap - keep < SOURCE_CHUNK / 2) {
        size_t cap = s->cap ? s->cap * 2 : SOURCE_CHUNK;
        char *grown = realloc(s->buf, cap);
        if (!grown)
            return csp__fail(CSP_ENOMEM, "out of memory reading \"%s\"", s->path);
        s->buf = grown;
        s->cap = cap;
    }
    size_t n = fread(s->buf + s->len, 1, s->cap - s->len, s->fp);
    if (n == 0 && ferror(s->fp))
        return csp__fail(CSP_EIO, "cannot read \"%s\": %s", s->path, strerror(errno));
    s->len += n;
    s->p = s->buf;
    if (n == 0)
        s->eof = 1;
    return n > 0;
}

/* Steps over n bytes, keeping count of lines. */
static void source_skip(source *s, size_t n)
{
    const char *at = s->p + s->pos, *end = at + n, *nl;
    while ((nl = memchr(at, '\n', (size_t)(end - at))) != NULL) {
        s->line++;
        at = nl + 1;
        s->line_at = (size_t)(at - s->p);
        s->col_base = 0;
    }
    s->pos += n;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Skips JSON whitespace; the next byte, or -1 at the end of the document (<-1: an error). */
static int source_peek(source *s)
{
    for (;;) {
        size_t n = 0;
        while (s->pos + n < s->len && is_space(s->p[s->pos + n]))
            n++;
        if (n)
            source_skip(s, n);
        if (s->pos < s->len)
            return (unsigned char)s->p[s->pos];
        int more = source_more(s);
        if (more < 0)
            return -2; /* the error is csp_error_last() */
        if (more == 0)
            return -1;
    }
}

/* A syntax error at the next byte (at the end of the document when there is none). */
static int source_error(source *s, const char *what)
{
    char text[200];
    if (s->pos < s->len) {
        unsigned char c = (unsigned char)s->p[s->pos];
        if (c >= 0x20 && c < 0x7f)
            snprintf(text, sizeof text, "%s near '%c'", what, c);
        else
            snprintf(text, sizeof text, "%s", what);
    } else {
        snprintf(text, sizeof text, "%s near end of file", what);
    }
    return csp__fail_parse((int)s->line, (int)source_col(s) + 1, text);
}

/* Parses one JSON value at the next byte; *out is a new reference. A value
 * cut off by the end of the window is read again with more of the file. */
static int source_value(source *s, json_t **out)
{
    int c = source_peek(s);
    if (c < -1)
        return csp_error_last()->code;
    /* Half a window or more ahead of each value: one of up to half a window
     * (a partnership with a few thousand seats) is then parsed once, never
     * cut off and parsed again (which cost a quarter of the parsing of a
     * document of such values). */
    if (!s->eof && s->len - s->pos < SOURCE_CHUNK / 2) {
        int more = source_more(s);
        if (more < 0)
            return more;
    }
    for (;;) {
        json_error_t err;
        json_t *v = json_loadb(s->p + s->pos, s->len - s->pos,
                               JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &err);
        /* A bare number, true, false or null may run on past the window. */
        int scalar = v && !json_is_object(v) && !json_is_array(v) && !json_is_string(v);
        if (v && !(scalar && !s->eof && (size_t)err.position + 4 >= s->len - s->pos)) {
            source_skip(s, (size_t)err.position);
            *out = v;
            return CSP_OK;
        }
        /* Cut off by the window's end (not a mistake earlier on): read on. */
        int cut = v != NULL || (size_t)err.position + 8 >= s->len - s->pos;
        json_decref(v);
        if (!s->eof && cut) {
            int more = source_more(s);
            if (more < 0)
                return more;
            continue;
        }
        /* The error's place, from the start of this value. */
        int line = err.line > 0 ? err.line : 1, col = err.column > 0 ? err.column : 1;
        if (line == 1)
            col += (int)source_col(s);
        return csp__fail_parse((int)s->line + line - 1, col, err.text);
    }
}

/* Reads the key at the next byte (a '"'): one of printable ASCII without
 * escapes (a field's name) is copied into buf, any other parsed by jansson
 * into *owned (a new reference). *key is the one or the other. */
static int source_key(source *s, char *buf, size_t size, const char **key, json_t **owned)
{
    *owned = NULL;
    const char *at = s->p + s->pos + 1;
    size_t ahead = s->len - s->pos - 1;
    for (size_t n = 0; n < ahead && n < size; n++) {
        unsigned char c = (unsigned char)at[n];
        if (c == '"') {
            memcpy(buf, at, n);
            buf[n] = '\0';
            source_skip(s, n + 2);
            *key = buf;
            return CSP_OK;
        }
        if (c < 0x20 || c >= 0x7f || c == '\\')
            break;
    }
    int rc = source_value(s, owned);
    *key = rc == CSP_OK ? json_string_value(*owned) : NULL;
    return rc;
}

/* A key given twice in one object: a syntax error at its closing quote (the
 * place jansson names for those it finds). */
static int duplicate_key(const source *s, const char *key)
{
    char text[200];
    snprintf(text, sizeof text, "duplicate object key \"%.100s\"", key);
    return csp__fail_parse((int)s->line, (int)source_col(s), text);
}

/* Expects the byte c next (after whitespace), and steps over it. */
static int source_expect(source *s, int c, const char *what)
{
    int got = source_peek(s);
    if (got < -1)
        return csp_error_last()->code;
    if (got != c)
        return source_error(s, what);
    source_skip(s, 1);
    return CSP_OK;
}

/* ---- the walk ------------------------------------------------------------------------ */

static const char *top_names(char *names, size_t size)
{
    snprintf(names, size, "format");
    for (int k = 0; k < CSP__ENTITY_COUNT; k++)
        if (csp__entities[k].nest_in < 0) {
            size_t n = strlen(names);
            snprintf(names + n, size - n, ", %s", csp__entities[k].plural);
        }
    return names;
}

static int walk_record(importer *im, source *s, const csp__entity *e, const char *where, const char *parent_id);

/* An array of records of e at `where` (a top-level one, or one nested in
 * the record parent_id), each read, imported and let go in turn. */
static int walk_array(importer *im, source *s, const csp__entity *e, const char *where, const char *parent_id)
{
    int c = source_peek(s);
    if (c < -1)
        return csp_error_last()->code;
    if (c != '[') {
        json_t *v = NULL;
        int rc = source_value(s, &v);
        json_decref(v);
        return rc ? rc : csp__fail_at(CSP_EINVALID, where, "expected an array of %s", e->plural);
    }
    source_skip(s, 1);
    if ((c = source_peek(s)) == ']') {
        source_skip(s, 1);
        return CSP_OK;
    }
    char path[340];
    for (size_t k = 0;; k++) {
        /* A path too long for the buffer is cut short: it only names a place. */
        if (snprintf(path, sizeof path, "%s[%zu]", where, k) < 0)
            path[0] = '\0';
        int rc = walk_record(im, s, e, path, parent_id);
        if (rc)
            return rc;
        if ((c = source_peek(s)) == ']') {
            source_skip(s, 1);
            return CSP_OK;
        }
        if ((rc = source_expect(s, ',', "',' or ']' expected")))
            return rc;
    }
}

/* Reads one record of e at `where` and imports it. A record with nothing
 * nested in it is parsed whole. One with nested records (a partnership and
 * its seats) is read member by member, and each array nested in it record by
 * record once its id is known: a partnership with thousands of seats is
 * never one tree in memory (whose thousands of blocks, freed together, cost
 * malloc more for each record the larger the tree). So each of its members
 * is checked as it comes, its nested records are written before it, and the
 * checks of the whole record (required fields, rules across its fields)
 * come at its closing brace. An array that comes before the id is parsed
 * whole and imported after the record. */
static int walk_record(importer *im, source *s, const csp__entity *e, const char *where, const char *parent_id)
{
    int c = source_peek(s);
    if (c < -1)
        return csp_error_last()->code;
    if (e->nchildren == 0 || c != '{') {
        json_t *obj = NULL;
        int rc = source_value(s, &obj);
        if (rc == CSP_OK)
            rc = import_object(im, e, obj, where, parent_id);
        json_decref(obj);
        return rc;
    }
    source_skip(s, 1);
    csp__record r;
    csp__record_init(&r, e);
    r.borrowed = 1;
    json_t *fields = json_object(); /* the values of r's fields (r borrows them) */
    json_t *later = json_object();  /* the nested arrays that came before the id */
    unsigned char seen[CSP__ENTITY_COUNT] = {0}; /* the nested arrays given, by e->children index */
    int rc = fields && later ? CSP_OK : csp__fail(CSP_ENOMEM, "out of memory reading %s", where);
    int done = 0;
    if (rc == CSP_OK && (c = source_peek(s)) == '}') {
        source_skip(s, 1);
        done = 1;
    }
    while (rc == CSP_OK && !done) {
        if (c < -1) {
            rc = csp_error_last()->code;
            break;
        }
        if (c != '"') {
            rc = source_error(s, "string expected");
            break;
        }
        char kbuf[64];
        const char *k = NULL;
        json_t *key = NULL;
        if ((rc = source_key(s, kbuf, sizeof kbuf, &k, &key)))
            break;
        int child = child_by_key(e, k);
        if (child >= 0 ? seen[child] : json_object_get(fields, k) != NULL) {
            rc = duplicate_key(s, k);
        } else if ((rc = source_expect(s, ':', "':' expected")) == CSP_OK && child >= 0) {
            seen[child] = 1;
            const csp__entity *ce = &csp__entities[e->children[child]];
            char path[340];
            csp__field_path(path, sizeof path, where, k);
            if (csp__record_id(&r) && source_peek(s) == '[') {
                rc = walk_array(im, s, ce, path, csp__record_id(&r));
            } else {
                json_t *v = NULL;
                if ((rc = source_value(s, &v)) == CSP_OK && json_object_set_new(later, k, v))
                    rc = csp__fail(CSP_ENOMEM, "out of memory reading %s", path);
            }
        } else if (rc == CSP_OK) {
            json_t *v = NULL;
            if ((rc = source_value(s, &v)) == CSP_OK && json_object_set_new(fields, k, v))
                rc = csp__fail(CSP_ENOMEM, "out of memory reading %s", where);
            if (rc == CSP_OK) /* v lives on in fields */
                rc = member_from_json(&r, k, v, where);
        }
        json_decref(key);
        if (rc)
            break;
        if ((c = source_peek(s)) == '}') {
            source_skip(s, 1);
            done = 1;
        } else if ((rc = source_expect(s, ',', "',' or '}' expected")) == CSP_OK) {
            c = source_peek(s);
        }
    }
    if (rc == CSP_OK)
        rc = record_done(im, &r, where, parent_id);
    if (rc == CSP_OK && json_object_size(later))
        rc = import_children(im, &r, later, where);
    csp__record_reset(&r);
    json_decref(fields);
    json_decref(later);
    return rc;
}

/* One read of the document, start to end: its top-level object, each key
 * known and given once, "format" right, and every record imported (or, in
 * PASS_LOCATE_REFS, checked). A document that is not an object is parsed
 * whole, for the syntax error or to say what it is. */
static int walk(importer *im, source *s)
{
    int c = source_peek(s);
    if (c < -1)
        return csp_error_last()->code;
    if (c == -1)
        return source_error(s, "'[' or '{' expected");
    if (c != '{') {
        json_t *v = NULL;
        int rc = source_value(s, &v);
        if (rc == CSP_OK && source_peek(s) >= 0)
            rc = source_error(s, "end of file expected");
        if (rc == CSP_OK)
            rc = csp__fail(CSP_EINVALID, "a libcsp document is a JSON object, not %s",
                           json_is_array(v) ? "an array" : "a bare value");
        json_decref(v);
        return rc;
    }
    source_skip(s, 1);
    unsigned char given[CSP__ENTITY_COUNT + 1] = {0}; /* [CSP__ENTITY_COUNT]: "format" */
    char names[400];
    int rc = CSP_OK;
    if ((c = source_peek(s)) == '}')
        source_skip(s, 1);
    else
        for (;;) {
            json_t *key = NULL;
            if (c < -1)
                return csp_error_last()->code; /* the file could not be read */
            if (c != '"')
                return source_error(s, "string or '}' expected");
            if ((rc = source_value(s, &key)))
                return rc;
            const char *k = json_string_value(key);
            int which = -1;
            if (strcmp(k, "format") == 0)
                which = CSP__ENTITY_COUNT;
            for (int i = 0; i < CSP__ENTITY_COUNT && which < 0; i++)
                if (csp__entities[i].nest_in < 0 && strcmp(csp__entities[i].plural, k) == 0)
                    which = i;
            if (which >= 0 && given[which]) {
                rc = duplicate_key(s, k);
                json_decref(key);
                return rc;
            }
            if (which < 0) {
                /* Its value is read first: a syntax error in it comes first. */
                json_t *v = NULL;
                if ((rc = source_expect(s, ':', "':' expected")) == CSP_OK && (rc = source_value(s, &v)) == CSP_OK)
                    rc = csp__fail_at(CSP_EUNKNOWN, k, "unknown field \"%s\" (a document has: %s)", k,
                                      top_names(names, sizeof names));
                json_decref(v);
                json_decref(key);
                return rc;
            }
            json_decref(key);
            given[which] = 1;
            if ((rc = source_expect(s, ':', "':' expected")))
                return rc;
            if (which == CSP__ENTITY_COUNT) {
                json_t *format = NULL;
                if ((rc = source_value(s, &format)))
                    return rc;
                int right = json_is_string(format) && strcmp(json_string_value(format), CSP__JSON_FORMAT) == 0;
                json_decref(format);
                if (!right)
                    return csp__fail_at(CSP_EINVALID, "format", "unsupported format (expected \"%s\")",
                                        CSP__JSON_FORMAT);
            } else if ((rc = walk_array(im, s, &csp__entities[which], csp__entities[which].plural, NULL))) {
                return rc;
            }
            if ((c = source_peek(s)) == '}') {
                source_skip(s, 1);
                break;
            }
            if ((rc = source_expect(s, ',', "',' or '}' expected")))
                return rc;
            c = source_peek(s);
        }
    if (source_peek(s) >= 0)
        return source_error(s, "end of file expected");
    if (!given[CSP__ENTITY_COUNT])
        return csp__fail_at(CSP_EREQUIRED, "format", "required field \"format\" is missing (expected \"%s\")",
                            CSP__JSON_FORMAT);
    return CSP_OK;
}

/* Rewinds the source for a second read of the document. */
static int source_rewind(source *s, const char *text, size_t len)
{
    if (!s->fp) {
        source_init(s, text, len);
        return CSP_OK;
    }
    if (fseek(s->fp, 0, SEEK_SET) != 0)
        return csp__fail(CSP_EIO, "cannot read \"%s\" again: %s", s->path, strerror(errno));
    s->p = s->buf;
    s->len = s->pos = 0;
    s->line = 1;
    s->line_at = 0;
    s->col_base = 0;
    s->eof = 0;
    return CSP_OK;
}

/* The everyday import: one transaction (or savepoint, inside the caller's),
 * with references checked as records are written, so that an error is
 * located: the record and line of a dangling reference, or of a record that
 * breaks a rule across records. */
static int import_checked(csp_register *reg, source *s, const char *text, size_t len)
{
    importer im;
    memset(&im, 0, sizeof im);
    int rc = csp__writer_begin(&im.w, reg);
    if (rc)
        return rc;
    im.pass = PASS_WRITE;
    reg->store->bulk(reg->store, 1);
    rc = walk(&im, s);
    if (rc == CSP_OK)
        rc = csp__writer_commit(&im.w);
    if (rc == CSP_EREFERENCE || (rc == CSP_ECONSTRAINT && im.w.broken)) {
        /* Name the place of the dangling reference or of the record that
         * breaks a rule across records; the transaction is still open. */
        im.pass = rc == CSP_EREFERENCE ? PASS_LOCATE_REFS : PASS_LOCATE_BROKEN;
        if (source_rewind(s, text, len) == CSP_OK)
            walk(&im, s);
    }
    if (rc) {
        rc = csp_error_last()->code;
        csp__writer_abort(&im.w);
    }
    reg->store->bulk(reg->store, 0);
    return rc;
}

/* A bulk load (store.h): the document imported as the outermost write, with
 * the indexes of the tables it fills from empty built once at the end and
 * every reference checked there at once. The records are walked as the
 * checked import walks them, so an error in one is told the same way; but a
 * dangling reference, or a record that breaks a rule across records, is found
 * only at the end: then nothing is kept and the caller imports again the
 * checked way, which says where it is (CSP__LOAD_RETRY), as it does when a
 * bulk load cannot start. */
#define CSP__LOAD_RETRY 1

static int import_bulk(csp_register *reg, source *s)
{
    csp__store *st = reg->store;
    if (st->load(st, CSP__LOAD_BEFORE) != CSP_OK) { /* declined, or cannot start */
        st->load(st, CSP__LOAD_AFTER);
        return CSP__LOAD_RETRY;
    }
    importer im;
    memset(&im, 0, sizeof im);
    int rc = csp__writer_begin(&im.w, reg);
    if (rc == CSP_OK) {
        im.pass = PASS_WRITE;
        st->bulk(st, 1);
        rc = st->load(st, CSP__LOAD_START);
        if (rc == CSP_OK)
            rc = walk(&im, s);
        if (rc == CSP_OK)
            rc = st->load(st, CSP__LOAD_END);
        if (rc == CSP_OK)
            rc = csp__writer_commit(&im.w);
        if (rc) {
            rc = csp_error_last()->code;
            if (rc == CSP_EREFERENCE || (rc == CSP_ECONSTRAINT && im.w.broken))
                rc = CSP__LOAD_RETRY;
            csp__writer_abort(&im.w);
        }
        st->bulk(st, 0);
    }
    int after = st->load(st, CSP__LOAD_AFTER);
    if (rc == CSP__LOAD_RETRY)
        return rc;
    return rc ? rc : after;
}

/* A document worth a bulk load: a megabyte or more (some 8,000 records). */
size_t csp__json_bulk_min = (size_t)1 << 20;

/* Imports the document of s (text and len when it is in memory; size, its
 * size in bytes when it can be read a second time, else 0). */
static int import_source(csp_register *reg, source *s, const char *text, size_t len, size_t size)
{
    if (reg->depth == 0 && size >= csp__json_bulk_min) {
        int rc = import_bulk(reg, s);
        if (rc != CSP__LOAD_RETRY)
            return rc;
        if ((rc = source_rewind(s, text, len)) != CSP_OK)
            return rc;
    }
    return import_checked(reg, s, text, len);
}

static int import_options(const csp_import_options *opts)
{
    if (opts && (opts->version < 1 || opts->version > CSP_IMPORT_OPTIONS_VERSION))
        return csp__fail(CSP_EARG, "unknown import options version %u", opts->version);
    if (opts && opts->flags)
        return csp__fail(CSP_EARG, "unknown import flags 0x%x", opts->flags);
    return CSP_OK;
}

int csp_json_import(csp_register *reg, const char *text, size_t len, const csp_import_options *opts)
{
    CSP__ARG(reg);
    CSP__ARG(text);
    int rc;
    if ((rc = import_options(opts)) || (rc = csp__writable(reg)))
        return rc;
    source s;
    source_init(&s, text, len);
    rc = import_source(reg, &s, text, len, len);
    return rc ? rc : csp__ok();
}

int csp_json_import_file(csp_register *reg, const char *path, const csp_import_options *opts)
{
    CSP__ARG(reg);
    CSP__ARG(path);
    int rc;
    if ((rc = import_options(opts)) || (rc = csp__writable(reg)))
        return rc;
    source s;
    source_init(&s, NULL, 0);
    s.eof = 0;
    s.path = path;
    if (!(s.fp = fopen(path, "rb")))
        return csp__fail(CSP_EIO, "cannot open \"%s\": %s", path, strerror(errno));
    /* A regular file can be read again, to say where a reference dangles. */
    rc = import_source(reg, &s, NULL, 0, csp__file_regular_size(s.fp));
    fclose(s.fp);
    free(s.buf);
    return rc ? rc : csp__ok();
}

/* ---- export ----------------------------------------------------------------------- */

/* A reference an export has handed out whose record it has not read yet. */
typedef struct pending_ref {
    int target;
    char *id;
    char *who; /* "assessment \"x\": feeds" */
} pending_ref;

typedef struct exporter {
    csp_register *reg;
    unsigned flags;
    csp__buf out;
    csp__strlist private_ids[CSP__ENTITY_COUNT]; /* sorted ids of private records */
    /* Every record the export reads, and the references it has handed out
     * before reading what they name: at the end, each must name a record
     * the export read, whatever a damaged index says (an export is whole:
     * the importer takes it back). One set for each entity: the few
     * thousand organisations that a million seats name stay in the
     * processor's caches, apart from the seats' own ids. */
    csp__idset read[CSP__ENTITY_COUNT];
    /* The records of each entity read through another index than their
     * ids' (placed: a partnership's seats), in the order read, while their
     * ids come in increasing order, as a register's nested records usually
     * do. check_ids then compares them in turn with the index of ids, and
     * they go into `read` only if a reference to one is looked up there
     * (hash_placed): a million seats cost no hash table, whose every put and
     * lookup missed the processor's caches. */
    struct placed_log {
        struct placed_rec {
            const char *id; /* in `ids` */
            long long place;
        } *v;
        size_t n, cap;
        int hashed;   /* they are in `read` too */
        int unsorted; /* an id came out of order: they are in `read` alone */
    } placed[CSP__ENTITY_COUNT];
    pending_ref *pending;
    size_t npending, pending_cap;
    csp__pool ids;                   /* the ids of `read` and `placed` */
    size_t nread[CSP__ENTITY_COUNT]; /* records read, per entity */
    size_t count[CSP__ENTITY_COUNT]; /* records the register counts, per entity */
} exporter;

/* Counts the records of every entity, and makes room for them all in the
 * sets of records read (growing one as it filled hashed every id again). */
static int count_records(exporter *x)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        csp__query q;
        csp__query_init(&q, &csp__entities[k]);
        int rc = x->reg->store->count(x->reg->store, &q, &x->count[k]);
        if (rc == CSP_OK && x->count[k] && csp__entities[k].nest_in < 0)
            rc = csp__idset_reserve(&x->read[k], x->count[k]);
        if (rc == CSP_OK && x->count[k] && csp__entities[k].nest_in >= 0)
            rc = csp__reserve(&x->placed[k].v, &x->placed[k].cap, x->count[k], sizeof *x->placed[k].v);
        if (rc)
            return rc;
    }
    return CSP_OK;
}

/* Puts the records entity k's placed log holds into `read`, once: before
 * `read` is asked about the entity, or when its ids come out of order. */
static int hash_placed(exporter *x, int k)
{
    struct placed_log *log = &x->placed[k];
    if (log->hashed)
        return CSP_OK;
    int rc = csp__idset_reserve(&x->read[k], x->count[k]);
    for (size_t i = 0; rc == CSP_OK && i < log->n; i++) /* distinct: their ids increase */
        if ((rc = csp__idset_put(&x->read[k], k, log->v[i].id, (size_t)log->v[i].place)) > 0)
            rc = CSP_OK;
    if (rc == CSP_OK)
        log->hashed = 1;
    return rc;
}

/* 1 if the export has read the record (k, id), 0 if not, <0 on an error. */
static int read_has(exporter *x, int k, const char *id)
{
    int rc = hash_placed(x, k);
    return rc ? rc : csp__idset_has(&x->read[k], k, id);
}

/* Notes a record read, with its place when it was read through an index
 * other than its ids' (placed), and its references not yet read. */
static int note_refs(exporter *x, const csp__record *r, int placed, long long place)
{
    const csp__entity *e = r->e;
    x->nread[e->id]++;
    const char *kept = csp__pool_strdup(&x->ids, r->v[0].s);
    if (!kept)
        return CSP_ENOMEM;
    struct placed_log *log = &x->placed[e->id];
    int rc;
    if (placed && !log->unsorted && (!log->n || strcmp(log->v[log->n - 1].id, kept) < 0)) {
        /* In id order: logged, and put into `read` only once it is asked. */
        if ((rc = csp__reserve(&log->v, &log->cap, log->n + 1, sizeof *log->v)) == CSP_OK) {
            log->v[log->n].id = kept;
            log->v[log->n++].place = place;
        }
        if (rc == CSP_OK && log->hashed)
            rc = csp__idset_put(&x->read[e->id], e->id, kept, (size_t)place);
    } else {
        if (placed && !log->unsorted) { /* out of order: from here on, by hash alone */
            if ((rc = hash_placed(x, e->id)))
                return rc;
            log->unsorted = 1;
            free(log->v);
            log->v = NULL;
            log->n = log->cap = 0;
        }
        rc = csp__idset_put(&x->read[e->id], e->id, kept, (size_t)place);
        if (rc == 1 && placed) /* one id, one record: an index gave it twice */
            return csp__fail(CSP_ECORRUPT,
                             "register \"%s\" is damaged: the export read %s \"%.128s\" twice (an index is "
                             "damaged; run cspctl verify)",
                             x->reg->store->path, e->name, r->v[0].s);
    }
    for (int i = 0; rc >= 0 && i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (!csp__field_is_ref(f))
            continue;
        size_t n = f->type == CSP_FIELD_REF ? (r->v[i].s != NULL) : r->v[i].list.n;
        for (size_t k = 0; k < n && rc >= 0; k++) {
            const char *id = f->type == CSP_FIELD_REF ? r->v[i].s : r->v[i].list.v[k];
            int has = read_has(x, f->target, id);
            if (has < 0)
                return has;
            if (has)
                continue;
            if ((rc = csp__reserve(&x->pending, &x->pending_cap, x->npending + 1, sizeof *x->pending)))
                break;
            char who[300];
            snprintf(who, sizeof who, "%s \"%.128s\": %s", e->name, r->v[0].s, f->name);
            pending_ref *p = &x->pending[x->npending];
            p->target = f->target;
            p->id = csp__strdup(id);
            p->who = csp__strdup(who);
            if (!p->id || !p->who) {
                free(p->id);
                free(p->who);
                return CSP_ENOMEM;
            }
            x->npending++;
        }
    }
    return rc < 0 ? rc : CSP_OK;
}


/* A walk of the index of an entity's ids (check_ids). */
typedef struct id_walk {
    exporter *x;
    const csp__entity *e;
    const struct placed_log *in_turn; /* every record read, in id order: compared in turn */
    size_t seen;
    char last[CSP__ID_SIZE];
} id_walk;

static int check_id(const char *id, long long place, void *arg)
{
    id_walk *w = arg;
    const struct placed_log *log = w->in_turn;
    size_t at;
    int ok = strlen(id) <= CSP__ID_MAX && (!w->seen || strcmp(w->last, id) < 0);
    if (ok && log)
        ok = w->seen < log->n && log->v[w->seen].place == place && strcmp(log->v[w->seen].id, id) == 0;
    else if (ok)
        ok = csp__idset_get(&w->x->read[w->e->id], w->e->id, id, &at) && at == (size_t)place;
    if (!ok)
        return csp__fail(CSP_ECORRUPT,
                         "register \"%s\" is damaged: the index of %s and the records the export read disagree at "
                         "%s \"%.128s\" (run cspctl verify)",
                         w->x->reg->store->path, w->e->plural, w->e->name, id);
    memcpy(w->last, id, strlen(id) + 1);
    w->seen++;
    return CSP_OK;
}

/* Every record read through another index than its ids' is found by its own
 * id, at its place, in the index of ids: one walk of that index in order,
 * each entry naming a distinct record read (strictly increasing ids), and as
 * many entries as records read. Records read in id order (the placed log) are
 * compared with the entries in turn; others are looked up in `read`. What a
 * lookup per record checked, as SQLite reads an index best: in order. */
static int check_ids(exporter *x, const csp__entity *e)
{
    const struct placed_log *log = &x->placed[e->id];
    id_walk w = {x, e, !log->unsorted && log->n == x->nread[e->id] ? log : NULL, 0, ""};
    int rc = w.in_turn ? CSP_OK : hash_placed(x, e->id); /* check_id looks each up */
    if (rc == CSP_OK)
        rc = csp__read_id_index(x->reg, e, check_id, &w);
    if (rc == CSP_OK && w.seen != x->nread[e->id])
        rc = csp__fail(CSP_ECORRUPT,
                       "register \"%s\" is damaged: the index of %s holds %zu ids but the export read %zu of them "
                       "(run cspctl verify)",
                       x->reg->store->path, e->plural, w.seen, x->nread[e->id]);
    return rc;
}

/* At the end: every reference handed out names a record the export read,
 * and the export read as many records of each entity as the register counted
 * at the start, in the same read transaction (records nested in others are
 * read through an index; a damaged one would otherwise leave some out unseen). */
static int check_pending(exporter *x)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        size_t n = x->count[k];
        if (n != x->nread[k])
            return csp__fail(CSP_ECORRUPT,
                             "register \"%s\" is damaged: it counts %zu %s but the export found %zu (an index is "
                             "damaged; run cspctl verify)",
                             x->reg->store->path, n, csp__entities[k].plural, x->nread[k]);
    }
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        int rc = csp__entities[k].nest_in >= 0 && x->nread[k] ? check_ids(x, &csp__entities[k]) : CSP_OK;
        if (rc)
            return rc;
    }
    for (size_t i = 0; i < x->npending; i++) {
        int has = read_has(x, x->pending[i].target, x->pending[i].id);
        if (has < 0)
            return has;
        if (!has)
            return csp__fail(CSP_ECORRUPT,
                             "register \"%s\" is damaged: %s names %s \"%.128s\", which is not among its records "
                             "(run cspctl verify)",
                             x->reg->store->path, x->pending[i].who, csp__entities[x->pending[i].target].name,
                             x->pending[i].id);
    }
    return CSP_OK;
}

static void exporter_free(exporter *x)
{
    for (size_t i = 0; i < x->npending; i++) {
        free(x->pending[i].id);
        free(x->pending[i].who);
    }
    free(x->pending);
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        csp__idset_clear(&x->read[k]);
        free(x->placed[k].v);
    }
    csp__pool_free(&x->ids);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int is_private(const exporter *x, int entity, const char *id)
{
    const csp__strlist *l = &x->private_ids[entity];
    return l->n && bsearch(&id, l->v, l->n, sizeof *l->v, cmp_str) != NULL;
}

/* Whether a public export leaves the record out: marked private, or not yet
 * public (a homicide review before it is published). */
static int record_private(const csp__record *r)
{
    const csp__entity *e = r->e;
    return (e->private_field >= 0 && r->v[e->private_field].i) || (e->public_field >= 0 && !r->v[e->public_field].s);
}

/* In a tree (an agenda), what sits under a record left out is left out too:
 * adds the records whose parent is private, until none is added. */
static int collect_private_subtrees(exporter *x, const csp__entity *e)
{
    csp__strlist *ids = &x->private_ids[e->id];
    size_t before;
    do {
        before = ids->n;
        csp__strlist more = {0};
        csp__query q;
        csp__query_init(&q, e);
        csp__cursor *c = NULL;
        int rc = e->tree_field >= 0 && ids->n ? csp__read_open(x->reg, &q, &c) : CSP_ITEROVER;
        csp__record r;
        csp__record_init(&r, e);
        while (rc == CSP_OK && (rc = csp__read_next(x->reg, c, &r)) == CSP_OK) {
            const char *parent = r.v[e->tree_field].s;
            if (parent && is_private(x, e->id, parent) && !is_private(x, e->id, r.v[0].s)) {
                rc = csp__strlist_push(&more, r.v[0].s);
                if (rc == CSP_OK)
                    r.v[0].s = NULL;
            }
            csp__record_reset(&r);
        }
        if (c)
            csp__read_close(x->reg, c);
        for (size_t i = 0; rc == CSP_ITEROVER && i < more.n; i++) {
            if (csp__strlist_push(ids, more.v[i]))
                rc = csp__fail(CSP_ENOMEM, "out of memory");
            else
                more.v[i] = NULL;
        }
        csp__strlist_clear(&more, 1);
        if (rc != CSP_ITEROVER)
            return rc;
        if (ids->n > 1)
            qsort(ids->v, ids->n, sizeof(char *), cmp_str);
    } while (ids->n > before);
    return CSP_OK;
}

/* Collects the ids of the records of every entity a public export leaves out
 * (record_private, and what sits under them in a tree). */
static int collect_private(exporter *x)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *e = &csp__entities[k];
        if (e->private_field < 0 && e->public_field < 0)
            continue;
        csp__query q;
        csp__query_init(&q, e);
        if (e->private_field >= 0)
            csp__query_eq_int(&q, e->private_field, 1);
        else
            q.conds[q.nconds++] = (csp__cond){.field = e->public_field, .op = CSP_OP_UNSET};
        csp__cursor *c = NULL;
        int rc = csp__read_open(x->reg, &q, &c);
        csp__record r;
        csp__record_init(&r, e);
        while (rc == CSP_OK && (rc = csp__read_next(x->reg, c, &r)) == CSP_OK) {
            rc = csp__strlist_push(&x->private_ids[k], r.v[0].s);
            r.v[0].s = NULL;
            csp__record_reset(&r);
        }
        if (c)
            csp__read_close(x->reg, c);
        if (rc != CSP_ITEROVER)
            return rc;
        if (x->private_ids[k].n)
            qsort(x->private_ids[k].v, x->private_ids[k].n, sizeof(char *), cmp_str);
        if ((rc = collect_private_subtrees(x, e)))
            return rc;
    }
    return CSP_OK;
}

/*
 * The export writes its JSON text itself, byte for byte as json_dumps wrote
 * a jansson object of each record (JSON_COMPACT, or JSON_INDENT(2) with each
 * top-level record indented four more): building, dumping and freeing an
 * object per record was over half of an export's instructions (callgrind,
 * 22,035 records). test_json holds the text to jansson's.
 */

/* Whether the output is indented. */
static int indented(const exporter *x)
{
    return (x->flags & CSP_EXPORT_INDENT) != 0;
}

/* The most a line is indented (records nest a few levels deep at most),
 * and the longest key member() puts together on the stack. */
#define INDENT_MAX 64
#define KEY_MAX 64

/* Writes into t, and returns the length of, a line break and the
 * indentation of depth in indented output: a top-level record's braces sit
 * at depth 0 (four spaces in, inside its array), its keys at depth 1, and so
 * on. Nothing in compact output. */
static size_t line_start(const exporter *x, int depth, char *t)
{
    if (!indented(x))
        return 0;
    size_t n = 4 + 2 * (size_t)depth;
    if (n > INDENT_MAX)
        n = INDENT_MAX;
    t[0] = '\n';
    memset(t + 1, ' ', n);
    return n + 1;
}

static void newline(exporter *x, int depth)
{
    char t[INDENT_MAX + 1];
    csp__buf_add(&x->out, t, line_start(x, depth, t));
}

/* Starts a member of an object whose keys sit at depth: the comma after the
 * member before it, the line, the key (a name of the model: nothing to
 * escape), put together first and appended at once (a member is written for
 * every field of every record). */
static void member(exporter *x, int *first, int depth, const char *key)
{
    char t[INDENT_MAX + 8 + KEY_MAX];
    size_t n = 0, k = strlen(key);
    if (!*first)
        t[n++] = ',';
    *first = 0;
    n += line_start(x, depth, t + n);
    t[n++] = '"';
    if (k > KEY_MAX) { /* never, for the model's names */
        csp__buf_add(&x->out, t, n);
        csp__buf_add(&x->out, key, k);
        n = 0;
    } else {
        memcpy(t + n, key, k);
        n += k;
    }
    t[n++] = '"';
    t[n++] = ':';
    if (indented(x))
        t[n++] = ' ';
    csp__buf_add(&x->out, t, n);
}

static int export_records(exporter *x, const csp__query *q, int depth, int *parent_first);

/* Opens a top-level array in the output (only once it has a record). */
static void open_array(exporter *x, const csp__entity *e)
{
    csp__buf_printf(&x->out, indented(x) ? ",\n  \"%s\": [" : ",\n\"%s\":[", e->plural);
}

/* Writes the JSON object of one record, its braces at depth, with the
 * records nested in it. */
static int write_record(exporter *x, const csp__record *r, int depth)
{
    const csp__entity *e = r->e;
    int first = 1, rc = CSP_OK;
    csp__buf_add(&x->out, "{", 1);
    for (int i = 0; i < e->nfields && rc == CSP_OK; i++) {
        const csp__field *f = &e->fields[i];
        const csp__value *v = &r->v[i];
        if (!in_json(f))
            continue;
        switch (f->type) {
        case CSP_FIELD_BOOL:
            if (v->i) {
                member(x, &first, depth + 1, f->name);
                csp__buf_add(&x->out, "true", 4);
            }
            break;
        case CSP_FIELD_INT:
            if (v->i) {
                member(x, &first, depth + 1, f->name);
                csp__buf_printf(&x->out, "%lld", v->i);
            }
            break;
        case CSP_FIELD_TEXT_LIST:
        case CSP_FIELD_REF_LIST:
        case CSP_FIELD_ENUM_LIST:
        case CSP_FIELD_DATE_LIST:
            if (!v->list.n)
                break;
            member(x, &first, depth + 1, f->name);
            csp__buf_add(&x->out, "[", 1);
            for (size_t k = 0; k < v->list.n && rc == CSP_OK; k++) {
                if (k)
                    csp__buf_add(&x->out, ",", 1);
                newline(x, depth + 2);
                if (csp__buf_json_string(&x->out, v->list.v[k]))
                    rc = csp__fail(CSP_EINVALID, "%s \"%s\".%s[%zu] is not valid UTF-8", e->name, r->v[0].s,
                                   f->name, k);
            }
            newline(x, depth + 1);
            csp__buf_add(&x->out, "]", 1);
            break;
        default:
            if (!v->s)
                break;
            if ((f->flags & CSP_FLAG_PERSONAL) && (x->flags & CSP_EXPORT_PUBLIC) && is_private(x, f->target, v->s))
                break;
            member(x, &first, depth + 1, f->name);
            if (csp__buf_json_string(&x->out, v->s))
                rc = csp__fail(CSP_EINVALID, "%s \"%s\".%s is not valid UTF-8", e->name, r->v[0].s, f->name);
            break;
        }
    }
    for (int c = 0; c < e->nchildren && rc == CSP_OK; c++) {
        const csp__entity *child = &csp__entities[e->children[c]];
        csp__query q;
        csp__query_init(&q, child);
        csp__query_eq_borrowed(&q, child->nest_field, r->v[0].s);
        /* Read through the index of the parent's records: each is found by
         * its own id in one walk of the index of ids at the end (check_ids),
         * rather than a lookup of each, at random, as it is read. */
        q.ids_unchecked = 1;
        rc = export_records(x, &q, depth + 1, &first);
    }
    if (!first)
        newline(x, depth);
    csp__buf_add(&x->out, "}", 1);
    return rc;
}

/* Writes the records q selects, in order: a top-level array of the document
 * (parent_first NULL), or the array of the records nested in an object whose
 * keys sit at depth (parent_first: whether that object has no member yet),
 * under the entity's key. An array is written only once it has a record. */
static int export_records(exporter *x, const csp__query *q, int depth, int *parent_first)
{
    const csp__entity *e = q->e;
    csp__cursor *c = NULL;
    int rc = csp__read_open(x->reg, q, &c);
    if (rc)
        return rc;
    int skip_private = (x->flags & CSP_EXPORT_PUBLIC) != 0;
    int first = 1;
    csp__record r;
    csp__record_init(&r, e);
    /* note_refs and check_pending check every reference against the
     * records the export read, so the read leaves them to it. */
    while ((rc = csp__read_next_refs_unchecked(x->reg, c, &r)) == CSP_OK) {
        if ((rc = note_refs(x, &r, q->ids_unchecked, q->ids_unchecked ? csp__read_place(x->reg, c) : 0))) {
            csp__record_reset(&r);
            break;
        }
        int skip = (skip_private && (record_private(&r) || is_private(x, e->id, r.v[0].s))) ||
                   (e->builtin_field >= 0 && r.v[e->builtin_field].i);
        if (!skip) {
            if (parent_first) { /* nested: "key": [ {...}, {...} ] */
                if (first) {
                    member(x, parent_first, depth, e->nest_key);
                    csp__buf_add(&x->out, "[", 1);
                } else {
                    csp__buf_add(&x->out, ",", 1);
                }
                newline(x, depth + 1);
                rc = write_record(x, &r, depth + 1);
            } else { /* top level: one record a line, or indented four spaces */
                if (first)
                    open_array(x, e);
                csp__buf_puts(&x->out, first ? "\n" : ",\n");
                if (indented(x))
                    csp__buf_add(&x->out, "    ", 4);
                rc = write_record(x, &r, 0);
            }
            if (rc == CSP_OK && x->out.failed)
                rc = csp__fail(CSP_ENOMEM, "out of memory");
            first = 0;
        }
        csp__record_reset(&r);
        if (rc)
            break;
    }
    csp__read_close(x->reg, c);
    if (rc != CSP_ITEROVER)
        return rc;
    if (!first && parent_first) {
        newline(x, depth);
        csp__buf_add(&x->out, "]", 1);
    } else if (!first) {
        csp__buf_puts(&x->out, indented(x) ? "\n  ]" : "]");
    }
    return CSP_OK;
}

int csp_json_export(char **out, csp_register *reg, const csp_export_options *opts)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(reg);
    csp_export_options defaults = CSP_EXPORT_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > CSP_EXPORT_OPTIONS_VERSION)
        return csp__fail(CSP_EARG, "unknown export options version %u", opts->version);
    if (opts->flags & ~(CSP_EXPORT_PUBLIC | CSP_EXPORT_INDENT))
        return csp__fail(CSP_EARG, "unknown export flags 0x%x", opts->flags);
    exporter x;
    memset(&x, 0, sizeof x);
    x.reg = reg;
    x.flags = opts->flags;
    /* x.read borrows its ids from x.ids (note_refs copies them there). */
    int indent = (x.flags & CSP_EXPORT_INDENT) != 0;
    /* One read transaction, so the export is a consistent snapshot. */
    int rc = csp__tx_begin(reg, 0);
    int started = rc == CSP_OK;
    if (rc == CSP_OK)
        rc = count_records(&x);
    if (rc == CSP_OK)
        rc = collect_private(&x);
    csp__buf_puts(&x.out, indent ? "{\n  \"format\": \"" CSP__JSON_FORMAT "\"" : "{\"format\":\"" CSP__JSON_FORMAT "\"");
    for (int k = 0; k < CSP__ENTITY_COUNT && rc == CSP_OK; k++) {
        const csp__entity *e = &csp__entities[k];
        if (e->nest_in >= 0)
            continue;
        csp__query q;
        csp__query_init(&q, e);
        rc = export_records(&x, &q, 0, NULL);
    }
    csp__buf_puts(&x.out, indent ? "\n}\n" : "}\n");
    if (rc == CSP_OK && x.out.failed)
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    if (rc == CSP_OK)
        rc = check_pending(&x);
    if (started)
        csp__tx_rollback(reg); /* ends the read transaction */
    for (int k = 0; k < CSP__ENTITY_COUNT; k++)
        csp__strlist_clear(&x.private_ids[k], 1);
    exporter_free(&x);
    if (rc) {
        csp__buf_free(&x.out);
        return rc;
    }
    *out = x.out.p;
    return csp__ok();
}

int csp_json_export_file(csp_register *reg, const char *path, const csp_export_options *opts)
{
    CSP__ARG(reg);
    CSP__ARG(path);
    char *text = NULL;
    int rc = csp_json_export(&text, reg, opts);
    if (rc)
        return rc;
    /* Written safely (core/file.h): a temporary file nobody could prepare,
     * flushed and renamed over the target; an existing target keeps its
     * mode, and a new full export (it may hold people marked private) is
     * created 0600, a public one 0666 less the umask. */
    mode_t mode = (opts && (opts->flags & CSP_EXPORT_PUBLIC)) ? 0666 : 0600;
    rc = csp__file_write(path, text, strlen(text), mode);
    free(text);
    return rc ? rc : csp__ok();
}
