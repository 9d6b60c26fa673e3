/* Internal: the built-in duty catalogue (catalogue.c). */
#ifndef CSP_MODEL_CATALOGUE_H
#define CSP_MODEL_CATALOGUE_H

#include "model/entity.h"
#include "csp/register.h"

typedef struct csp__duty_entry {
    const char *id, *title, *source, *commencement, *recurrence;
    const char *applies_to[4]; /* partnership kinds, NULL-terminated */
    const char *confidence, *note;
} csp__duty_entry;

extern const csp__duty_entry csp__catalogue[];
extern const size_t csp__catalogue_count;

/* Fills r (borrowed strings) with catalogue entry d, validated. */
int csp__catalogue_record(csp__record *r, const csp__duty_entry *d);

/* Writes (upserts) every built-in duty; the migration hook. */
int csp__catalogue_install(csp_register *reg);

#endif
