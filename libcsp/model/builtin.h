/* Internal: the records libcsp provides in every register (the duty catalogue). */
#ifndef CSP_MODEL_BUILTIN_H
#define CSP_MODEL_BUILTIN_H

#include "schema/record.h"
#include "store/store.h"

/* Builds builtin record b into r (owned values, its builtin flag set), validated. */
int csp__builtin_record(csp__record *r, const csp__builtin *b);

/* Writes every builtin record (inserting or replacing): the store's install
 * hook, run inside the transaction that creates or migrates a register. */
int csp__builtins_install(csp__store *store);

#endif
