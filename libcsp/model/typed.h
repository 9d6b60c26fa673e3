/*
 * Internal: what the typed functions (typed.c, generated from model.toml)
 * call. Each typed function is one call to one of these, which checks that
 * the handle is a record of the right entity and then does what the generic
 * record API (record.h) does.
 */
#ifndef CSP_MODEL_TYPED_H
#define CSP_MODEL_TYPED_H

#include "model/model.h"

#include <stddef.h>

/* One member of a typed filter struct and the field it matches: a text member
 * (NULL: any) or a flag member (1, 0, or -1 for any), and the filter version
 * that added it. */
typedef struct csp__filter_member {
    size_t offset;
    int field;
    int is_flag;
    unsigned int since;
    const char *name;
} csp__filter_member;

/* Lifecycle and the register. */
int csp__typed_new(csp_record **out, int entity, const char *id);
int csp__typed_get(csp_record **out, csp_register *reg, int entity, const char *id);
int csp__typed_put(csp_register *reg, const csp_record *r, int entity, int insert);
int csp__typed_next(csp_record **out, csp_record_iterator *it, int entity);
int csp__typed_query(csp_record_iterator **out, csp_register *reg, int entity, const csp_query *q);
int csp__typed_filter(csp_record_iterator **out, csp_register *reg, int entity, const void *filter,
                      unsigned int filter_version, unsigned int version, const csp__filter_member *members,
                      size_t count);

/* Whether the record is in force on a date (csp_record_in_force()), for a handle of the entity. */
int csp__typed_in_force(const csp_record *r, int entity, const char *date);

/* Fields: getters give NULL or 0 for a handle of another entity; setters fail with CSP_EARG. */
const char *csp__typed_text(const csp_record *r, int entity, int field);
int csp__typed_int(const csp_record *r, int entity, int field);
size_t csp__typed_count(const csp_record *r, int entity, int field);
const char *csp__typed_item(const csp_record *r, int entity, int field, size_t i);
int csp__typed_set_text(csp_record *r, int entity, int field, const char *value);
int csp__typed_set_int(csp_record *r, int entity, int field, int value);
int csp__typed_add(csp_record *r, int entity, int field, const char *value);
int csp__typed_clear(csp_record *r, int entity, int field);

#endif
