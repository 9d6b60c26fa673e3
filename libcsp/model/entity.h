/*
 * Internal: the entity description (read from entities.def) and the generic
 * record that every entity object is built on.
 */
#ifndef CSP_MODEL_ENTITY_H
#define CSP_MODEL_ENTITY_H

#include "csp/schema.h"
#include "core/util.h"

/* Field flags (entities.def). */
#define CSP__OPTIONAL 0x0u
#define CSP__REQUIRED 0x1u
#define CSP__NESTED 0x2u
#define CSP__GSS 0x4u
#define CSP__PRIVACY 0x8u
#define CSP__PERSONAL 0x10u
#define CSP__BUILTIN 0x20u
#define CSP__ONE_OF 0x40u
#define CSP__ORDER 0x80u
#define CSP__TREE 0x100u

/* Pseudo-types of entities.def: a BOOL with a getter only, and the INT that
 * orders records within their parent. */
#define CSP_FIELD_BOOL_RO CSP_FIELD_BOOL
#define CSP_FIELD_POSITION CSP_FIELD_INT

/* Entity kinds, in dependency order. */
typedef enum csp__entity_kind {
    CSP__E_none = -1,
#define CSP_ENUM(...)
#define CSP_ENTITY(ent, ...) CSP__E_##ent,
#define CSP_FIELD(...)
#define CSP_ENTITY_END(ent)
#include "model/entities.def"
#include "model/entities_undef.h"
    CSP__ENTITY_COUNT
} csp__entity_kind;

/* Field indices within each entity: CSP__FI_<entity>_<field>, CSP__NF_<entity>. */
#define CSP_ENUM(...)
#define CSP_ENTITY(ent, ...) enum {
#define CSP_FIELD(ent, name, ...) CSP__FI_##ent##_##name,
#define CSP_ENTITY_END(ent) CSP__NF_##ent };
#include "model/entities.def"
#include "model/entities_undef.h"

#define CSP__MAX_FIELDS 32

typedef struct csp__field {
    const char *name;               /* C name, SQL column and JSON key */
    csp_field_type type;
    unsigned flags;                 /* CSP__REQUIRED, ... */
    const char *const *enum_values; /* NULL-terminated, for ENUM */
    const char *enum_name;          /* e.g. "membership_role" */
    int target;                     /* csp__entity_kind for REF and REF_LIST, else -1 */
    long long min, max;             /* for INT */
    int since;                      /* schema version that added it */
    const char *doc;
} csp__field;

typedef struct csp__entity {
    int kind;                 /* csp__entity_kind */
    const char *name;         /* "membership" */
    const char *plural;       /* "memberships": SQL table and JSON array */
    int nest_in;              /* entity whose JSON objects hold this one, or -1 */
    const char *nest_key;     /* "members" */
    int nest_field;           /* index of the CSP__NESTED field, or -1 */
    int since;
    const char *doc;
    const csp__field *fields;
    int nfields;
    int order_field; /* index of the CSP__ORDER field, or -1 */
    int tree_field;  /* index of the CSP__TREE field, or -1 */
    int builtin_field; /* index of the CSP__BUILTIN field, or -1 */
} csp__entity;

extern const csp__entity csp__entities[CSP__ENTITY_COUNT];

const csp__entity *csp__entity_by_name(const char *name);
int csp__field_index(const csp__entity *e, const char *name); /* -1 if none */

static inline int csp__field_is_list(const csp__field *f)
{
    return f->type == CSP_FIELD_TEXT_LIST || f->type == CSP_FIELD_REF_LIST || f->type == CSP_FIELD_ENUM_LIST ||
           f->type == CSP_FIELD_DATE_LIST;
}
static inline int csp__field_is_int(const csp__field *f)
{
    return f->type == CSP_FIELD_BOOL || f->type == CSP_FIELD_INT;
}

/* One value of a record. Text-like fields use s (NULL = unset); BOOL and INT
 * use i (0 = unset for INT); lists use list. */
typedef struct csp__value {
    char *s;
    long long i;
    csp__strlist list;
} csp__value;

/* A record: one row of an entity with its lists. When `borrowed`, strings are
 * not owned (the JSON importer points them into the parsed document). */
typedef struct csp__record {
    const csp__entity *e;
    csp__value v[CSP__MAX_FIELDS];
    int borrowed;
} csp__record;

void csp__record_init(csp__record *r, const csp__entity *e);
void csp__record_reset(csp__record *r); /* frees values, keeps the entity */
int csp__record_copy(csp__record *dst, const csp__record *src); /* dst gets owned copies */
/* Same values in every field but the order field (a place, derived from the list). */
int csp__record_equal(const csp__record *a, const csp__record *b);

static inline const char *csp__record_id(const csp__record *r)
{
    return r->v[0].s;
}

/* Checks one value for a field; raises with path `path` (may be NULL). */
int csp__field_check_text(const csp__field *f, const char *s, const char *path);
int csp__field_check_int(const csp__field *f, long long i, const char *path);

/* Setters used by the public API: validate, copy, replace. */
int csp__record_set_text(csp__record *r, int field, const char *s);
int csp__record_set_int(csp__record *r, int field, long long i);
int csp__record_list_add(csp__record *r, int field, const char *s);
int csp__record_list_clear(csp__record *r, int field);

/* Checks a whole record before it is written: required fields present, and
 * cross-field rules (a membership does not end before it starts). `where` is a
 * JSON path prefix ("partnerships[2].members[0]") or NULL, in which case the
 * message names the record ("membership \"x\""). */
int csp__record_validate(const csp__record *r, const char *where);

/* Formats the location of field `f` of record r for an error: "<where>.<field>"
 * when where is given, else "<field>". */
void csp__field_path(char *buf, size_t size, const char *where, const char *field);

#endif
