/* Internal: the public entity structs, so the codec can reach their records. */
#ifndef CSP_MODEL_API_H
#define CSP_MODEL_API_H

#include "csp/csp.h"
#include "model/entity.h"
#include "store/store.h"

#define CSP_ENUM(...)
#define CSP_ENTITY(ent, ...)                                                                       \
    struct csp_##ent {                                                                             \
        csp__record rec;                                                                           \
    };                                                                                             \
    struct csp_##ent##_iterator {                                                                  \
        csp__iter it;                                                                              \
    };
#define CSP_FIELD(...)
#define CSP_ENTITY_END(ent)
#include "model/entities.def"
#include "model/entities_undef.h"

/* Writes one record through the public path: validate, check the register is
 * writable, then in one savepoint write (upsert); the deferred foreign keys
 * check references at commit, and a dangling one is then located by field. */
int csp__entity_put(csp_register *reg, const csp__record *r);

#endif
