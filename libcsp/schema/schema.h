/*
 * Internal: the shape of the model's description, as C tables.
 *
 * The tables themselves (tables.c, tables.h) are generated from
 * libcsp/model/model.toml by tools/modelgen.py; this header says what they
 * hold. Everything above core reads the model through them: the store builds
 * its tables, columns, indexes and statements from them, the records are
 * validated against them, the codec reads and writes JSON by them.
 */
#ifndef CSP_SCHEMA_SCHEMA_H
#define CSP_SCHEMA_SCHEMA_H

#include "csp/model.h"
#include "csp/schema.h"
#include "schema/tables.h"

#include <stddef.h>

/* The longest id the model takes, in characters (ids are ASCII: bytes too). */
#define CSP__ID_MAX 128
/* A buffer that holds any id, with room to spare for its NUL. */
#define CSP__ID_SIZE (CSP__ID_MAX + 2)

/* An enum: its values in documented order, each with a label and a doc line. */
typedef struct csp__enum {
    const char *name;                /* "membership_role" */
    const char *doc;
    size_t count;
    const char *const *values;       /* count values, then NULL */
    const char *const *labels;       /* count labels */
    const char *const *docs;         /* count doc lines */
} csp__enum;

/* How a text field's value is checked beyond its type. */
typedef enum {
    CSP__FORMAT_NONE = 0,
    CSP__FORMAT_GSS = 1,    /* a GSS area code: E09000009 */
    CSP__FORMAT_TIME = 2,   /* a time of day, hh:mm on the 24-hour clock: 18:30 */
    CSP__FORMAT_DECIMAL = 3 /* a decimal number kept as written: -12, 7.40 */
} csp__format;

/* One field of an entity. */
typedef struct csp__field {
    const char *name;      /* C name, SQL column and JSON key */
    const char *label;     /* for people: "Accountable to" */
    csp_field_type type;
    unsigned int flags;    /* CSP_FLAG_* */
    const csp__enum *en;   /* ENUM, ENUM_LIST: the allowed values; else NULL */
    int target;            /* REF, REF_LIST: the entity named; else -1 */
    long long min, max;    /* INT: the bounds */
    csp__format format;
    int max_length;        /* characters: TEXT, TEXT_LIST items, ID and REF; else 0 */
    int since;             /* the schema version that added it */
    int filter_version;    /* 0, or the typed filter struct version that holds it */
    const int *product;    /* a readonly INT libcsp keeps as the product of these two INT fields, or NULL */
    const char *doc;
} csp__field;

/*
 * A rule across fields. Each operand is a field of the record (via -1) or a
 * field of the record one of its references names (via: that REF field). A
 * rule that reads only the record is checked with the record
 * (csp__record_validate); one that reads another record is checked by the
 * store after the write, whichever of the records is written (write.c).
 */
typedef enum {
    CSP__CHECK_DATE_ORDER = 1,   /* operand 1 is not before operand 0 */
    CSP__CHECK_ONE_OF = 2,       /* exactly one of the operands is set */
    CSP__CHECK_AT_MOST_ONE = 3,  /* at most one of the operands is set */
    CSP__CHECK_AT_LEAST_ONE = 4, /* at least one of the operands is set */
    CSP__CHECK_SAME = 5,         /* operands 0 and 1 are equal where both are set */
    CSP__CHECK_UNSET_WHEN = 6,   /* operand 0 is unset when operand 1 is one of values */
    CSP__CHECK_VALUE_IN = 7      /* operand 0, where set, is one of values */
} csp__check_kind;

typedef struct csp__check {
    csp__check_kind kind;
    int nfields;
    const int *fields;          /* each operand's field (of the record, or of the record via names) */
    const int *via;             /* each operand's REF field of the record, or -1; NULL when all are -1 */
    const char *const *values;  /* UNSET_WHEN, VALUE_IN: the enum values, NULL-terminated; else NULL */
    const char *doc;            /* the rule in words, or NULL */
} csp__check;

static inline int csp__check_across(const csp__check *c)
{
    return c->via != NULL;
}

/* When a record of an entity is in force on a date: within its period (an
 * unset start or end leaves that side open, and partial dates are the periods
 * they name) and, where there is a status field, with one of the statuses. */
typedef struct csp__in_force {
    int start_field;                 /* a DATE field, or -1 */
    int end_field;                   /* a DATE field, or -1 */
    int status_field;                /* an ENUM field, or -1 */
    const char *const *statuses;     /* the values in force, NULL-terminated; NULL without a status */
} csp__in_force;

/* An index described beyond those of every reference and filterable field
 * ([[entity.index]] in model.toml): partial, over the records whose
 * where_field is one of where_values, and covering, with fields in order. A
 * query of just those records (csp_query.index) reads them from it, in its
 * order. Its SQL name is "<plural>_<name>". */
typedef struct csp__index {
    const char *name;
    int nfields;
    const int *fields;               /* one-value fields, in the index's order */
    int where_field;                 /* an ENUM field */
    const char *const *where_values; /* its values selected, NULL-terminated */
    int since;                       /* the schema version that added it */
} csp__index;

/* One entity. */
typedef struct csp__entity {
    int id;                 /* CSP_ENTITY_<NAME>: its index in csp__entities */
    const char *name;       /* "membership" */
    const char *plural;     /* "memberships": SQL table and, when top-level, JSON array */
    const char *doc;
    int since;
    int nest_in;            /* the entity whose JSON objects hold this one, or -1 */
    const char *nest_key;   /* the key it is nested under ("members"), or NULL */
    int nest_field;         /* the CSP_FLAG_NESTED field, or -1 */
    int order_field;        /* the CSP_FLAG_ORDER field, or -1 */
    int tree_field;         /* the CSP_FLAG_TREE field, or -1 */
    int builtin_field;      /* the CSP_FLAG_BUILTIN field, or -1 */
    int private_field;      /* the CSP_FLAG_PRIVATE field, or -1 */
    int public_field;       /* a DATE field: a record is public (exported publicly) only once it is set; or -1 */
    int name_field;         /* the TEXT field that names a record for people, or -1 */
    const csp__in_force *in_force; /* when a record is in force, or NULL */
    int nfields;
    const csp__field *fields;
    int nchecks;
    const csp__check *checks;
    int nindexes;
    const csp__index *indexes;
    int in_rules_across;    /* it has rules that read other records, or others' rules read it (write.c) */
    int nchildren;          /* entities nested in this one, in JSON order */
    const int *children;
} csp__entity;

/* A record libcsp provides in every register (the duty catalogue): its
 * values as (field, text) pairs; a list field repeats for each item, a BOOL
 * or INT is given as decimal text. */
typedef struct csp__builtin_value {
    int field;
    const char *text;
} csp__builtin_value;

typedef struct csp__builtin {
    int entity;
    int nvalues;
    const csp__builtin_value *values;
} csp__builtin;

/* The generated tables (tables.c). */
extern const csp__entity csp__entities[CSP__ENTITY_COUNT];
extern const csp__enum csp__enums[CSP__ENUM_COUNT];
extern const csp__builtin csp__builtins[CSP__BUILTIN_COUNT];

/* Lookups (schema.c). */
const csp__entity *csp__entity_get(int id);            /* NULL if out of range */
const csp__entity *csp__entity_by_name(const char *name); /* by name ("membership"); NULL if none */
const csp__field *csp__field_get(const csp__entity *e, int field); /* NULL if out of range */
int csp__field_index(const csp__entity *e, const char *name); /* -1 if none */
const csp__index *csp__index_by_name(const csp__entity *e, const char *name); /* a described index; NULL if none */
const csp__enum *csp__enum_by_name(const char *name);  /* NULL if none */

static inline int csp__field_is_list(const csp__field *f)
{
    return f->type == CSP_FIELD_TEXT_LIST || f->type == CSP_FIELD_REF_LIST || f->type == CSP_FIELD_ENUM_LIST ||
           f->type == CSP_FIELD_DATE_LIST;
}

static inline int csp__field_is_int(const csp__field *f)
{
    return f->type == CSP_FIELD_BOOL || f->type == CSP_FIELD_INT;
}

static inline int csp__field_is_text(const csp__field *f)
{
    return !csp__field_is_list(f) && !csp__field_is_int(f);
}

static inline int csp__field_is_date(const csp__field *f)
{
    return f->type == CSP_FIELD_DATE || f->type == CSP_FIELD_DATE_LIST;
}

static inline int csp__field_is_ref(const csp__field *f)
{
    return f->type == CSP_FIELD_REF || f->type == CSP_FIELD_REF_LIST;
}

#endif
