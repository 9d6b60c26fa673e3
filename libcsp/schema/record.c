/* Records and the checks of their values against the description. */
#include "schema/record.h"
#include "core/error.h"
#include "schema/query.h"
#include "core/util.h"
#include "csp/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- records ---------------------------------------------------------- */

void csp__record_init(csp__record *r, const csp__entity *e)
{
    memset(r, 0, sizeof *r);
    r->e = e;
}

csp__record *csp__record_alloc(const csp__entity *e)
{
    csp__record *r = malloc(sizeof *r);
    if (!r) {
        csp__fail(CSP_ENOMEM, "out of memory");
        return NULL;
    }
    csp__record_init(r, e);
    return r;
}

void csp__record_reset(csp__record *r)
{
    /* Most values of a record are unset: free only what is there (a call
     * to free() per field, NULL or not, was most of a record's free). */
    for (int i = 0; i < r->e->nfields; i++) {
        csp__value *v = &r->v[i];
        if (v->s) {
            if (!r->borrowed)
                free(v->s);
            v->s = NULL;
        }
        if (v->list.v || v->list.n)
            csp__strlist_clear(&v->list, !r->borrowed);
        v->i = 0;
        if (r->names[i]) {
            free(r->names[i]);
            r->names[i] = NULL;
        }
    }
}

int csp__record_copy(csp__record *dst, const csp__record *src)
{
    csp__record_init(dst, src->e);
    for (int i = 0; i < src->e->nfields; i++) {
        const csp__value *s = &src->v[i];
        csp__value *d = &dst->v[i];
        d->i = s->i;
        if (s->s && !(d->s = csp__strdup(s->s)))
            goto nomem;
        if (src->names[i] && !(dst->names[i] = csp__strdup(src->names[i])))
            goto nomem;
        for (size_t k = 0; k < s->list.n; k++) {
            char *c = csp__strdup(s->list.v[k]);
            if (!c || csp__strlist_push(&d->list, c)) {
                free(c);
                goto nomem;
            }
        }
    }
    return CSP_OK;
nomem:
    csp__record_reset(dst);
    return csp__fail(CSP_ENOMEM, "out of memory");
}

static int str_eq(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int csp__record_equal(const csp__record *a, const csp__record *b)
{
    if (a->e != b->e)
        return 0;
    for (int i = 0; i < a->e->nfields; i++) {
        const csp__value *x = &a->v[i], *y = &b->v[i];
        /* a place in a list, or a product kept by libcsp: not part of what the record says */
        if (i == a->e->order_field || a->e->fields[i].product)
            continue;
        if (x->i != y->i || !str_eq(x->s, y->s) || x->list.n != y->list.n)
            return 0;
        for (size_t k = 0; k < x->list.n; k++)
            if (strcmp(x->list.v[k], y->list.v[k]) != 0)
                return 0;
    }
    return 1;
}

/* ---- values -------------------------------------------------------------- */

void csp__field_path(char *buf, size_t size, const char *where, const char *field)
{
    if (where && *where)
        snprintf(buf, size, "%s.%s", where, field);
    else
        snprintf(buf, size, "%s", field);
}

static int id_char(char c, int first)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return !first && (c == '.' || c == '_' || c == ':' || c == '/' || c == '-');
}

int csp__id_valid(const char *s)
{
    size_t i = 0;
    for (; s[i]; i++)
        if (i == CSP__ID_MAX || !id_char(s[i], i == 0))
            return 0;
    return i > 0;
}

static int check_id(const char *s, const char *path)
{
    if (csp__id_valid(s))
        return CSP_OK;
    size_t n = strlen(s); /* what is wrong with it */
    if (n == 0)
        return csp__fail_at(CSP_EINVALID, path, "an id must not be empty");
    if (n > CSP__ID_MAX)
        return csp__fail_at(CSP_EINVALID, path, "id \"%.40s...\" is longer than %d characters", s, CSP__ID_MAX);
    for (size_t i = 0; i < n; i++)
        if (!id_char(s[i], i == 0))
            return csp__fail_at(CSP_EINVALID, path,
                                "id \"%.128s\" has a bad character at position %zu: ids are letters, digits "
                                "and . _ : / - (not first)",
                                s, i + 1);
    return CSP_OK;
}

/* Unicode's White_Space characters (those not already refused as controls). */
static int is_space(unsigned int cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Text for people: valid UTF-8, not blank, no control character (a line break
 * or tab only where the field is multiline), at most max_length characters. */
static int check_text(const csp__field *f, const char *s, size_t n, const char *path)
{
    size_t i = 0, chars = 0;
    int visible = 0;
    while (i < n) {
        unsigned int cp = (unsigned char)s[i];
        size_t len = 1;
        /* Printable ASCII, most of any text, decided here: visible unless a
         * space (every record read is checked, so this loop is hot). */
        if (cp > 0x20 && cp < 0x7F) {
            visible = 1;
            chars++;
            i++;
            continue;
        }
        /* ASCII (most text) without decoding; else one UTF-8 sequence. */
        if (cp >= 0x80 && !(len = csp__utf8_next(s + i, n - i, &cp)))
            return csp__fail_at(CSP_EINVALID, path, "text is not valid UTF-8");
        chars++;
        if (csp__is_control(cp) && !((f->flags & CSP_FLAG_MULTILINE) && (cp == '\n' || cp == '\t')))
            return csp__fail_at(CSP_EINVALID, path,
                                "character %zu is a control character (U+%04X): %s", chars, cp,
                                (f->flags & CSP_FLAG_MULTILINE)
                                    ? "this text may hold line breaks (\\n) and tabs, no other control character"
                                    : "this field is one line of text, with no line break, tab or other control "
                                      "character");
        if (!is_space(cp))
            visible = 1;
        i += len;
    }
    if (!visible)
        return csp__fail_at(CSP_EINVALID, path, "text must not be blank (leave the field out instead)");
    if (f->max_length > 0 && chars > (size_t)f->max_length)
        return csp__fail_at(CSP_EINVALID, path, "text of %zu characters is longer than the %d this field takes",
                            chars, f->max_length);
    return CSP_OK;
}

static int check_enum(const csp__enum *en, const char *s, const char *path)
{
    for (size_t k = 0; k < en->count; k++)
        if (strcmp(en->values[k], s) == 0)
            return CSP_OK;
    char list[640];
    size_t used = 0;
    list[0] = '\0';
    for (size_t k = 0; k < en->count && used < sizeof list; k++) {
        int n = snprintf(list + used, sizeof list - used, "%s%s", k ? ", " : "", en->values[k]);
        if (n < 0)
            break;
        used += (size_t)n;
    }
    return csp__fail_at(CSP_EENUM, path, "unknown value \"%.64s\" (expected one of: %s)", s, list);
}

static int check_gss(const char *s, const char *path)
{
    int ok = strlen(s) == 9 && s[0] >= 'A' && s[0] <= 'Z';
    for (int i = 1; ok && i < 9; i++)
        ok = s[i] >= '0' && s[i] <= '9';
    return ok ? CSP_OK
              : csp__fail_at(CSP_EINVALID, path,
                             "\"%.40s\" is not a GSS code: expected a capital letter and eight digits", s);
}

/* hh:mm on the 24-hour clock. */
static int check_time(const char *s, const char *path)
{
    int ok = strlen(s) == 5 && s[2] == ':' && s[0] >= '0' && s[0] <= '2' && s[1] >= '0' && s[1] <= '9' &&
             s[3] >= '0' && s[3] <= '5' && s[4] >= '0' && s[4] <= '9' && (s[0] < '2' || s[1] <= '3');
    return ok ? CSP_OK
              : csp__fail_at(CSP_EINVALID, path, "\"%.40s\" is not a time of day: expected hh:mm, 00:00 to 23:59",
                             s);
}

/* A decimal number as written: an optional minus, digits, and optionally a
 * point and more digits (no exponent, no thousands separators). */
static int check_decimal(const char *s, const char *path)
{
    const char *p = s + (*s == '-');
    size_t whole = strspn(p, "0123456789"), frac = 0;
    int ok = whole > 0 && whole <= 30;
    if (ok && p[whole] == '.') {
        frac = strspn(p + whole + 1, "0123456789");
        ok = frac > 0 && frac <= 30;
        p += whole + 1 + frac;
    } else {
        p += whole;
    }
    ok = ok && *p == '\0';
    return ok ? CSP_OK
              : csp__fail_at(CSP_EINVALID, path,
                             "\"%.40s\" is not a decimal number: expected digits, optionally a minus before "
                             "and a point and more digits (\"-12\", \"7.40\")",
                             s);
}

int csp__field_check_text(const csp__field *f, const char *s, const char *path)
{
    if (!path)
        path = f->name;
    /* Ids, enum values and dates are checked character by character against
     * ASCII forms below; free text is checked as UTF-8 by check_text. */
    size_t n;
    switch (f->type) {
    case CSP_FIELD_ID:
    case CSP_FIELD_REF:
    case CSP_FIELD_REF_LIST:
        return check_id(s, path);
    case CSP_FIELD_ENUM:
    case CSP_FIELD_ENUM_LIST:
        return check_enum(f->en, s, path);
    case CSP_FIELD_DATE:
    case CSP_FIELD_DATE_LIST: {
        if (csp__date_valid(s))
            return CSP_OK;
        int rc = csp_date_check(s);
        if (rc) {
            char msg[256];
            snprintf(msg, sizeof msg, "%s", csp_error_last()->message);
            return csp__fail_at(rc, path, "%s", msg);
        }
        return CSP_OK;
    }
    case CSP_FIELD_TEXT:
    case CSP_FIELD_TEXT_LIST:
        n = strlen(s);
        if (n == 0)
            return csp__fail_at(CSP_EINVALID, path, "text must not be empty (leave the field out instead)");
        if (f->format == CSP__FORMAT_GSS)
            return check_gss(s, path);
        if (f->format == CSP__FORMAT_TIME)
            return check_time(s, path);
        if (f->format == CSP__FORMAT_DECIMAL)
            return check_decimal(s, path);
        return check_text(f, s, n, path);
    default:
        return csp__fail_at(CSP_EINVALID, path, "expected a %s, not text",
                            f->type == CSP_FIELD_BOOL ? "boolean" : "number");
    }
}

int csp__field_check_int(const csp__field *f, long long i, const char *path)
{
    if (!path)
        path = f->name;
    if (f->type == CSP_FIELD_BOOL)
        return (i == 0 || i == 1) ? CSP_OK : csp__fail_at(CSP_EINVALID, path, "expected true or false");
    if (f->type != CSP_FIELD_INT)
        return csp__fail_at(CSP_EINVALID, path, "expected text, not a number");
    if (i != 0 && (i < f->min || i > f->max))
        return csp__fail_at(CSP_EINVALID, path, "%lld is out of range (%lld to %lld)", i, f->min, f->max);
    return CSP_OK;
}

/* ---- setters ------------------------------------------------------------- */

int csp__record_set_text(csp__record *r, int field, const char *s)
{
    const csp__field *f = &r->e->fields[field];
    if (!csp__field_is_text(f))
        return csp__fail_at(CSP_EINVALID, f->name, "%s.%s is not a text field", r->e->name, f->name);
    char *copy = NULL;
    if (s) {
        int rc = csp__field_check_text(f, s, f->name);
        if (rc)
            return rc;
        if (!(copy = csp__strdup(s)))
            return CSP_ENOMEM;
    } else if (f->type == CSP_FIELD_ID) {
        return csp__fail_at(CSP_EINVALID, f->name, "the id cannot be cleared");
    }
    free(r->v[field].s);
    r->v[field].s = copy;
    return csp__ok();
}

/* Keeps the products of a record (a risk's score) in step with their factors. */
static void derive(csp__record *r)
{
    for (int i = 0; i < r->e->nfields; i++) {
        const int *p = r->e->fields[i].product;
        if (p)
            r->v[i].i = r->v[p[0]].i * r->v[p[1]].i;
    }
}

int csp__record_set_int(csp__record *r, int field, long long i)
{
    const csp__field *f = &r->e->fields[field];
    if (!csp__field_is_int(f))
        return csp__fail_at(CSP_EINVALID, f->name, "%s.%s is not a number or flag", r->e->name, f->name);
    if (f->type == CSP_FIELD_BOOL)
        i = i != 0;
    int rc = csp__field_check_int(f, i, f->name);
    if (rc)
        return rc;
    r->v[field].i = i;
    derive(r);
    return csp__ok();
}

int csp__record_list_add(csp__record *r, int field, const char *s)
{
    const csp__field *f = &r->e->fields[field];
    if (!csp__field_is_list(f))
        return csp__fail_at(CSP_EINVALID, f->name, "%s.%s is not a list", r->e->name, f->name);
    CSP__ARG(s);
    int rc = csp__field_check_text(f, s, f->name);
    if (rc)
        return rc;
    char *copy = csp__strdup(s);
    if (!copy)
        return CSP_ENOMEM;
    if ((rc = csp__strlist_push(&r->v[field].list, copy))) {
        free(copy);
        return rc;
    }
    return csp__ok();
}

int csp__record_clear(csp__record *r, int field)
{
    const csp__field *f = &r->e->fields[field];
    if (f->type == CSP_FIELD_ID)
        return csp__fail_at(CSP_EARG, f->name, "the id cannot be cleared");
    csp__value *v = &r->v[field];
    free(v->s);
    v->s = NULL;
    v->i = 0;
    csp__strlist_clear(&v->list, 1);
    derive(r);
    return csp__ok();
}

/* ---- in force on a date ---------------------------------------------------------- */

int csp__record_in_force(const csp__record *r, const char *date)
{
    const csp__in_force *f = r->e->in_force;
    char lo[11], hi[11], a[11], b[11];
    if (f->status_field >= 0) {
        const char *status = r->v[f->status_field].s;
        int in = 0;
        for (const char *const *s = f->statuses; status && *s; s++)
            in |= strcmp(*s, status) == 0;
        if (!in)
            return 0;
    }
    csp__date_bounds(date, lo, hi);
    /* Not started after the date (the start's first day is not after the
     * date's last), and not ended before it (the end's last day is not
     * before the date's first); an unset start or end leaves that side open. */
    if (f->start_field >= 0 && r->v[f->start_field].s) {
        csp__date_bounds(r->v[f->start_field].s, a, b);
        if (strcmp(a, hi) > 0)
            return 0;
    }
    if (f->end_field >= 0 && r->v[f->end_field].s) {
        csp__date_bounds(r->v[f->end_field].s, a, b);
        if (strcmp(b, lo) < 0)
            return 0;
    }
    return 1;
}

/* ---- whole records --------------------------------------------------------- */

/* How an error names the record: its JSON path, or "<entity> "<id>"". */
static const char *subject_of(const csp__record *r, const char *where, char *buf, size_t size)
{
    if (where && *where)
        return where;
    snprintf(buf, size, "%s \"%.128s\"", r->e->name, r->v[0].s ? r->v[0].s : "");
    return buf;
}

static int is_set(const csp__record *r, int field)
{
    const csp__field *f = &r->e->fields[field];
    if (csp__field_is_list(f))
        return r->v[field].list.n > 0;
    if (csp__field_is_int(f))
        return r->v[field].i != 0;
    return r->v[field].s != NULL;
}

static int check_date_order(const csp__record *r, const csp__check *c, const char *where)
{
    const char *first = r->v[c->fields[0]].s, *then = r->v[c->fields[1]].s;
    if (!first || !then || csp__date_not_before(then, first))
        return CSP_OK;
    char path[300], subject[200];
    const char *a = r->e->fields[c->fields[0]].name, *b = r->e->fields[c->fields[1]].name;
    csp__field_path(path, sizeof path, where, b);
    return csp__fail_at(CSP_ECONSTRAINT, path, "%s: %s %s is before %s %s",
                        subject_of(r, where, subject, sizeof subject), b, then, a, first);
}

/* The names of a check's fields: "a or b". */
static void field_names(const csp__record *r, const csp__check *c, char *names, size_t size)
{
    names[0] = '\0';
    for (int k = 0; k < c->nfields; k++) {
        size_t len = strlen(names);
        snprintf(names + len, size - len, "%s%s", k ? " or " : "", r->e->fields[c->fields[k]].name);
    }
}

/* ONE_OF, AT_MOST_ONE, AT_LEAST_ONE: how many of the fields are set. */
static int check_count(const csp__record *r, const csp__check *c, const char *where)
{
    int set = 0;
    for (int k = 0; k < c->nfields; k++)
        set += is_set(r, c->fields[k]);
    int ok = c->kind == CSP__CHECK_ONE_OF ? set == 1 : c->kind == CSP__CHECK_AT_MOST_ONE ? set <= 1 : set >= 1;
    if (ok)
        return CSP_OK;
    char names[200], subject[200];
    field_names(r, c, names, sizeof names);
    /* the JSON path, or the record written into subject: use what it returns */
    const char *who = subject_of(r, where, subject, sizeof subject);
    const char *how = c->kind == CSP__CHECK_ONE_OF ? "exactly one" : c->kind == CSP__CHECK_AT_MOST_ONE ? "at most one" : "at least one";
    return csp__fail_at(set ? CSP_ECONSTRAINT : CSP_EREQUIRED, where ? where : "", "%s: %s of %s must be set (%s)",
                        who, how, names, set ? "more than one is" : "none is");
}

static int enum_listed(const csp__check *c, const char *value)
{
    for (const char *const *v = c->values; value && *v; v++)
        if (strcmp(*v, value) == 0)
            return 1;
    return 0;
}

/* UNSET_WHEN and VALUE_IN within one record. */
static int check_values(const csp__record *r, const csp__check *c, const char *where)
{
    char path[300], subject[200];
    const csp__field *f = &r->e->fields[c->fields[0]];
    if (c->kind == CSP__CHECK_VALUE_IN) {
        const char *v = r->v[c->fields[0]].s;
        if (!v || enum_listed(c, v))
            return CSP_OK;
        csp__field_path(path, sizeof path, where, f->name);
        return csp__fail_at(CSP_ECONSTRAINT, path, "%s: %s \"%s\" is not allowed here (%s)",
                            subject_of(r, where, subject, sizeof subject), f->name, v, c->doc ? c->doc : "");
    }
    const csp__field *when = &r->e->fields[c->fields[1]];
    const char *cond = r->v[c->fields[1]].s;
    if (!is_set(r, c->fields[0]) || !enum_listed(c, cond))
        return CSP_OK;
    csp__field_path(path, sizeof path, where, f->name);
    return csp__fail_at(CSP_ECONSTRAINT, path, "%s: %s must not be set when %s is \"%s\"%s%s%s",
                        subject_of(r, where, subject, sizeof subject), f->name, when->name, cond,
                        c->doc ? " (" : "", c->doc ? c->doc : "", c->doc ? ")" : "");
}

int csp__record_check_stored(const csp__record *r)
{
    const csp__entity *e = r->e;
    char path[300];
    int rc;
    if (!r->v[0].s)
        return csp__fail_at(CSP_EREQUIRED, "id", "%s: no id", e->name);
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        const csp__value *v = &r->v[i];
        if (csp__field_is_int(f)) {
            if ((rc = csp__field_check_int(f, v->i, f->name)))
                return rc;
        } else if (csp__field_is_list(f)) {
            for (size_t k = 0; k < v->list.n; k++) {
                snprintf(path, sizeof path, "%s[%zu]", f->name, k);
                if ((rc = csp__field_check_text(f, v->list.v[k], path)))
                    return rc;
            }
        } else if (v->s && (rc = csp__field_check_text(f, v->s, f->name))) {
            return rc;
        }
    }
    char subject[200];
    /* A product libcsp keeps (a risk's score). */
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if (f->product && r->v[i].i != r->v[f->product[0]].i * r->v[f->product[1]].i) {
            csp__field_path(path, sizeof path, NULL, f->name);
            return csp__fail_at(CSP_ECONSTRAINT, path, "%s: %s %lld is not %s times %s",
                                subject_of(r, NULL, subject, sizeof subject), f->name, r->v[i].i,
                                e->fields[f->product[0]].name, e->fields[f->product[1]].name);
        }
    }
    return csp__record_validate(r, NULL);
}

int csp__record_validate(const csp__record *r, const char *where)
{
    const csp__entity *e = r->e;
    char path[300], subject[200];
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        const csp__value *v = &r->v[i];
        if ((f->flags & CSP_FLAG_REQUIRED) && csp__field_is_text(f) && !v->s) {
            csp__field_path(path, sizeof path, where, f->name);
            return csp__fail_at(CSP_EREQUIRED, path, "%s: required field \"%s\" is missing",
                                subject_of(r, where, subject, sizeof subject), f->name);
        }
        /* A list of references, values or dates names each at most once. */
        if (csp__field_is_list(f) && f->type != CSP_FIELD_TEXT_LIST)
            for (size_t k = 1; k < v->list.n; k++)
                for (size_t j = 0; j < k; j++)
                    if (strcmp(v->list.v[j], v->list.v[k]) == 0) {
                        csp__field_path(path, sizeof path, where, f->name);
                        size_t len = strlen(path);
                        snprintf(path + len, sizeof path - len, "[%zu]", k);
                        return csp__fail_at(CSP_EINVALID, path, "%s: \"%s\" is already in %s (at %zu)",
                                            subject_of(r, where, subject, sizeof subject), v->list.v[k], f->name, j);
                    }
    }
    /* A reference never names its own record (a partnership is not its own
     * parent, and does not work with itself). */
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        const csp__value *v = &r->v[i];
        const char *self = r->v[0].s;
        if (!csp__field_is_ref(f) || f->target != e->id || !self)
            continue;
        size_t n = f->type == CSP_FIELD_REF ? (v->s != NULL) : v->list.n;
        for (size_t k = 0; k < n; k++) {
            if (strcmp(f->type == CSP_FIELD_REF ? v->s : v->list.v[k], self) != 0)
                continue;
            csp__field_path(path, sizeof path, where, f->name);
            if (f->type == CSP_FIELD_REF_LIST) {
                size_t len = strlen(path);
                snprintf(path + len, sizeof path - len, "[%zu]", k);
            }
            return csp__fail_at(CSP_ECONSTRAINT, path, "%s: %s names the %s itself",
                                subject_of(r, where, subject, sizeof subject), f->name, e->name);
        }
    }
    for (int c = 0; c < e->nchecks; c++) {
        const csp__check *k = &e->checks[c];
        int rc = CSP_OK;
        if (csp__check_across(k))
            continue; /* it reads another record: the writer checks it (write.c) */
        switch (k->kind) {
        case CSP__CHECK_DATE_ORDER:
            rc = check_date_order(r, k, where);
            break;
        case CSP__CHECK_ONE_OF:
        case CSP__CHECK_AT_MOST_ONE:
        case CSP__CHECK_AT_LEAST_ONE:
            rc = check_count(r, k, where);
            break;
        case CSP__CHECK_UNSET_WHEN:
        case CSP__CHECK_VALUE_IN:
            rc = check_values(r, k, where);
            break;
        case CSP__CHECK_SAME:
            if (r->v[k->fields[0]].s && r->v[k->fields[1]].s && strcmp(r->v[k->fields[0]].s, r->v[k->fields[1]].s))
                rc = csp__fail_at(CSP_ECONSTRAINT, where ? where : "", "%s: %s and %s differ",
                                  subject_of(r, where, subject, sizeof subject), e->fields[k->fields[0]].name,
                                  e->fields[k->fields[1]].name);
            break;
        }
        if (rc)
            return rc;
    }
    return CSP_OK;
}
