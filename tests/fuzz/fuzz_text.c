/*
 * Fuzz target for every public entry point that parses text, other than the
 * JSON importer (fuzz_import.c): dates (csp_date_check, _compare, _overlaps),
 * ids (csp_record_new), values of every field of every entity (the setters of
 * text, enum, date, id and reference fields, and list items), names
 * (csp_schema_entity_find, _field_find, csp_schema_enum_label) and the values
 * of query conditions (csp_query_where).
 *
 * The first byte of an input chooses the entry point, the second a field or
 * operator; the rest is the text (cut at its first NUL, as C callers pass
 * it). Every call must return CSP_OK or a negative code with a message that
 * is one line of safe text (no control character); a setter that refuses
 * leaves the value as it was, one that accepts gives back exactly the text.
 *
 * With clang and -DCSP_FUZZ=ON this is a libFuzzer target; otherwise replay.c
 * gives it a main() that replays its seeds (tests/fuzz/seeds/text).
 */
#define _POSIX_C_SOURCE 200809L
#include <csp/csp.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void finding(const char *what, const char *text)
{
    fprintf(stderr, "fuzz_text: %s (input \"%.200s\"): %s\n", what, text, csp_error_last()->message);
    abort();
}

/* A call's result: OK, or negative with a message of safe text. */
static void check_rc(int rc, const char *what, const char *text)
{
    if (rc > 0)
        finding("a positive return code", text);
    if (rc == CSP_OK || rc == CSP_ITEROVER)
        return;
    const unsigned char *m = (const unsigned char *)csp_error_last()->message;
    if (!m || !*m)
        finding("an error without a message", text);
    for (; *m; m++)
        if (*m < 0x20 || *m == 0x7f)
            finding(what, text);
}

static void fuzz_dates(const char *text)
{
    /* Two dates: before and after the first '|'. */
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    char *bar = strchr(buf, '|');
    const char *b = "2020-03";
    if (bar) {
        *bar = '\0';
        b = bar + 1;
    }
    int ok_a = csp_date_check(buf);
    check_rc(ok_a, "csp_date_check", text);
    /* Any order is allowed for invalid input (it compares as text), but it
     * must be antisymmetric. */
    int c = csp_date_compare(buf, b), d = csp_date_compare(b, buf);
    if ((c < 0) != (d > 0) || (c == 0) != (d == 0))
        finding("csp_date_compare is not antisymmetric", text);
    int o = csp_date_overlaps(buf, b);
    if (o != 0 && o != 1)
        finding("csp_date_overlaps is not 0 or 1", text);
    /* A valid date compares equal to itself and overlaps itself. */
    if (ok_a == CSP_OK && (csp_date_compare(buf, buf) != 0 || csp_date_overlaps(buf, buf) != 1))
        finding("a valid date is not equal to, or does not overlap, itself", text);
}

static void fuzz_field(int entity, int selector, const char *text)
{
    csp_record *r = NULL;
    int rc = csp_record_new(&r, entity, "seed-id");
    if (rc)
        finding("csp_record_new of a valid id", text);
    size_t nf = csp_schema_field_count(csp_schema_entity_name((size_t)entity));
    int field = (int)((unsigned)selector % (nf ? nf : 1));
    int type = csp_schema_field_type(entity, field);
    if (type == CSP_FIELD_TEXT_LIST || type == CSP_FIELD_REF_LIST || type == CSP_FIELD_ENUM_LIST ||
        type == CSP_FIELD_DATE_LIST) {
        size_t before = csp_record_count(r, field);
        rc = csp_record_add(r, field, text);
        check_rc(rc, "csp_record_add", text);
        size_t after = csp_record_count(r, field);
        if (rc == CSP_OK && (after != before + 1 || strcmp(csp_record_item(r, field, after - 1), text) != 0))
            finding("an item added is not the text given", text);
        if (rc != CSP_OK && after != before)
            finding("a refused item changed the list", text);
    } else if (type != CSP_FIELD_BOOL && type != CSP_FIELD_INT) {
        const char *old = csp_record_text(r, field);
        char *kept = old ? strdup(old) : NULL;
        rc = csp_record_set_text(r, field, text);
        check_rc(rc, "csp_record_set_text", text);
        const char *now = csp_record_text(r, field);
        if (rc == CSP_OK && (!now || strcmp(now, text) != 0))
            finding("a value set is not the text given", text);
        if (rc != CSP_OK && !((!now && !kept) || (now && kept && strcmp(now, kept) == 0)))
            finding("a refused value changed the field", text);
        free(kept);
    }
    csp_record_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    /* The text, NUL-terminated (and cut at its first NUL, as C passes it). */
    size_t n = size - 2;
    char *text = malloc(n + 1);
    if (!text)
        return 0;
    memcpy(text, data + 2, n);
    text[n] = '\0';
    int entities = (int)csp_schema_entity_count();
    switch (data[0] % 6) {
    case 0:
        fuzz_dates(text);
        break;
    case 1: { /* an id */
        csp_record *r = NULL;
        int rc = csp_record_new(&r, data[1] % entities, text);
        check_rc(rc, "csp_record_new", text);
        if (rc == CSP_OK && strcmp(csp_record_id(r), text) != 0)
            finding("a record's id is not the text given", text);
        csp_record_free(r);
        break;
    }
    case 2: /* a value of any field of any entity */
    case 3:
        fuzz_field(data[1] % entities, data[1] / entities + (data[0] / 6) * 7, text);
        break;
    case 4: { /* names */
        int e = csp_schema_entity_find(text);
        if (e >= entities)
            finding("csp_schema_entity_find out of range", text);
        int f = csp_schema_field_find(data[1] % entities, text);
        if (f >= (int)csp_schema_field_count(csp_schema_entity_name((size_t)(data[1] % entities))))
            finding("csp_schema_field_find out of range", text);
        (void)csp_schema_enum_label("membership_role", text);
        (void)csp_schema_enum_label(text, "chair");
        break;
    }
    default: { /* a condition's value */
        csp_query *q = NULL;
        int entity = data[1] % entities;
        if (csp_query_new(&q, entity))
            finding("csp_query_new", text);
        size_t nf = csp_schema_field_count(csp_schema_entity_name((size_t)entity));
        int field = (int)((data[0] / 6) % (nf ? nf : 1));
        int op = (int)(data[1] / entities) % 9;
        check_rc(csp_query_where(q, field, op, text), "csp_query_where", text);
        check_rc(csp_query_in_force(q, text), "csp_query_in_force", text);
        csp_query_free(q);
        break;
    }
    }
    free(text);
    return 0;
}
