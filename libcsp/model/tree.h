/* Internal: records that form an ordered tree under an owner (strategy
 * elements): positions in pre-order, parents under the same owner, no cycles. */
#ifndef CSP_MODEL_TREE_H
#define CSP_MODEL_TREE_H

#include "model/model.h"

/* Checks r's tree parent: it exists, has the same owner, and is not r or one of
 * r's descendants. Raises at where.parent (where may be NULL). */
int csp__tree_check_parent(csp_register *reg, const csp__record *r, const char *where);

/* Renumbers the records of e under owner 1..n: in pre-order for a tree
 * (parents before children, siblings in their current order), else in their
 * current order. Writes only the records whose position changed. */
int csp__tree_renumber(csp_register *reg, const csp__entity *e, const char *owner);

/* Moves record id under parent (NULL: top level) as its index-th child (a
 * negative or too large index: last), renumbering its owner's records. */
int csp__tree_move(csp_register *reg, const csp__entity *e, const char *id, const char *parent, long index);

#endif
