/*
 * Internal: a record (one row of an entity, with its lists) and the checks
 * of its values against the description.
 *
 * struct csp_record is the public opaque csp_record (record.h); every typed
 * handle (csp_organisation, ...) points to one too.
 */
#ifndef CSP_SCHEMA_RECORD_H
#define CSP_SCHEMA_RECORD_H

#include "csp/record.h"
#include "core/util.h"
#include "schema/schema.h"

/* One value. Text-like fields use s (NULL: unset); BOOL and INT use i (0:
 * unset for INT); lists use list. */
typedef struct csp__value {
    char *s;
    long long i;
    csp__strlist list;
} csp__value;

/* When `borrowed`, the strings are not owned (the JSON importer points them
 * into the parsed document, the catalogue into static text). */
struct csp_record {
    const csp__entity *e;
    int borrowed;
    csp__value v[CSP__MAX_FIELDS];
    /* For REF fields, when the record came from a query asking for names
     * (csp_query_names): the name of the record referenced. Always owned. */
    char *names[CSP__MAX_FIELDS];
};

typedef struct csp_record csp__record;

void csp__record_init(csp__record *r, const csp__entity *e);
void csp__record_reset(csp__record *r); /* frees the values, keeps the entity */
int csp__record_copy(csp__record *dst, const csp__record *src); /* dst (uninitialised) gets owned copies */
int csp__record_equal(const csp__record *a, const csp__record *b); /* ignores the order field */
csp__record *csp__record_alloc(const csp__entity *e); /* heap record, or NULL (CSP_ENOMEM raised) */

static inline const char *csp__record_id(const csp__record *r)
{
    return r->v[0].s;
}

/* Checks one value for a field; raises at `path` (NULL: the field's name). */
int csp__field_check_text(const csp__field *f, const char *s, const char *path);
/* 1 when s is a valid id (as csp__field_check_text checks one), else 0,
 * leaving the error state alone: the quick test for ids read in bulk. */
int csp__id_valid(const char *s);
int csp__field_check_int(const csp__field *f, long long i, const char *path);

/* Setters: validate, copy, replace; the record is unchanged on error. */
int csp__record_set_text(csp__record *r, int field, const char *s);
int csp__record_set_int(csp__record *r, int field, long long i);
int csp__record_list_add(csp__record *r, int field, const char *s);
int csp__record_clear(csp__record *r, int field);

/* Checks a whole record before it is written: required fields, lists that
 * name a value twice, and the entity's checks (date_order, one_of). `where` is
 * a JSON path prefix ("partnerships[2].members[0]") or NULL, in which case the
 * message names the record ("membership \"x\""). */
int csp__record_validate(const csp__record *r, const char *where);

/* Checks a record read from a store as a setter and csp__record_validate
 * would have checked it on the way in: every value (ids, enum values, dates,
 * text rules, numbers in range), then the whole record. */
int csp__record_check_stored(const csp__record *r);

/* Whether r is in force on a valid date (its entity's in_force): 1 or 0. */
int csp__record_in_force(const csp__record *r, const char *date);

/* "<where>.<field>" when where is given, else "<field>". */
void csp__field_path(char *buf, size_t size, const char *where, const char *field);

#endif
