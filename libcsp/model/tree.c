/* Ordered records under an owner, and trees of them (strategy elements). */
#include "model/tree.h"
#include "core/error.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct tree {
    csp__record *r;
    long long *was;  /* each record's position as loaded */
    char **was_parent; /* and its parent (borrowed from the loaded record) */
    size_t n;
} tree;

static void tree_free(tree *t)
{
    for (size_t i = 0; i < t->n; i++)
        csp__record_reset(&t->r[i]);
    free(t->r);
    free(t->was);
    free(t->was_parent);
    memset(t, 0, sizeof *t);
}

/* Loads the records of e under owner, in their order. */
static int tree_load(csp_register *reg, const csp__entity *e, const char *owner, tree *t)
{
    memset(t, 0, sizeof *t);
    csp__query q;
    csp__query_init(&q, e);
    int rc = csp__query_eq_borrowed(&q, e->nest_field, owner);
    csp__cursor *c = NULL;
    if (rc == CSP_OK)
        rc = csp__read_open(reg, &q, &c);
    size_t cap = 0;
    while (rc == CSP_OK) {
        if (t->n == cap) {
            cap = cap ? cap * 2 : 16;
            csp__record *grown = realloc(t->r, cap * sizeof *grown);
            if (!grown) {
                rc = csp__fail(CSP_ENOMEM, "out of memory");
                break;
            }
            t->r = grown;
        }
        csp__record_init(&t->r[t->n], e);
        rc = csp__read_next(reg, c, &t->r[t->n]);
        if (rc == CSP_OK)
            t->n++;
    }
    if (c)
        csp__read_close(reg, c);
    csp__query_reset(&q);
    if (rc == CSP_ITEROVER && t->n) {
        t->was = malloc(t->n * sizeof *t->was);
        t->was_parent = malloc(t->n * sizeof *t->was_parent);
        if (!t->was || !t->was_parent)
            rc = csp__fail(CSP_ENOMEM, "out of memory");
        for (size_t i = 0; rc == CSP_ITEROVER && i < t->n; i++) {
            t->was[i] = t->r[i].v[e->order_field].i;
            t->was_parent[i] = e->tree_field >= 0 ? t->r[i].v[e->tree_field].s : NULL;
        }
    }
    if (rc != CSP_ITEROVER) {
        tree_free(t);
        return rc;
    }
    return CSP_OK;
}

static const char *parent_of(const csp__record *r)
{
    return r->e->tree_field >= 0 ? r->v[r->e->tree_field].s : NULL;
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Assigns positions in pre-order; siblings keep their array order. */
static void number(tree *t, const char *parent, long long *next, char *done, int depth)
{
    if (depth > 1000)
        return;
    for (size_t i = 0; i < t->n; i++) {
        if (done[i] || !same(parent_of(&t->r[i]), parent))
            continue;
        done[i] = 1;
        t->r[i].v[t->r[i].e->order_field].i = ++*next;
        number(t, csp__record_id(&t->r[i]), next, done, depth + 1);
    }
}

/* Numbers the loaded records and writes those whose position or parent changed. */
static int tree_store(csp_register *reg, tree *t)
{
    if (!t->n)
        return CSP_OK;
    const csp__entity *e = t->r[0].e;
    char *done = calloc(t->n, 1);
    if (!done)
        return csp__fail(CSP_ENOMEM, "out of memory");
    long long next = 0;
    if (e->tree_field >= 0)
        number(t, NULL, &next, done, 0);
    for (size_t i = 0; i < t->n; i++) /* anything unreachable (or not a tree) keeps its order, at the end */
        if (!done[i])
            t->r[i].v[e->order_field].i = ++next;
    free(done);
    for (size_t i = 0; i < t->n; i++) {
        const csp__record *r = &t->r[i];
        if (t->was && r->v[e->order_field].i == t->was[i] && same(parent_of(r), t->was_parent[i]))
            continue;
        int rc = reg->store->set_position(reg->store, e, csp__record_id(r), r->v[e->order_field].i, parent_of(r));
        if (rc)
            return rc;
    }
    return CSP_OK;
}

int csp__tree_renumber(csp_register *reg, const csp__entity *e, const char *owner)
{
    tree t;
    int rc = tree_load(reg, e, owner, &t);
    if (rc == CSP_OK)
        rc = tree_store(reg, &t);
    tree_free(&t);
    return rc;
}

int csp__tree_check_parent(csp_register *reg, const csp__record *r, const char *where)
{
    const csp__entity *e = r->e;
    const char *parent = parent_of(r);
    const char *owner = r->v[e->nest_field].s;
    char path[320];
    csp__field_path(path, sizeof path, where, e->fields[e->tree_field].name);
    if (!parent)
        return CSP_OK;
    char *cur = csp__strdup(parent);
    int rc = cur ? CSP_OK : CSP_ENOMEM;
    for (int depth = 0; cur && rc == CSP_OK; depth++) {
        if (strcmp(cur, csp__record_id(r)) == 0 || depth > 1000) {
            rc = csp__fail_at(CSP_ECONSTRAINT, path, "%s \"%s\" cannot sit under itself or under one of its own %s",
                              e->name, csp__record_id(r), e->plural);
            break;
        }
        csp__record p;
        rc = csp__read(reg, e, cur, &p);
        if (rc == CSP_ENOTFOUND) {
            rc = csp__fail_at(CSP_EREFERENCE, path, "no %s with id \"%s\"%s", e->name, cur,
                              where ? " earlier in this list" : "");
        } else if (rc == CSP_OK && depth == 0 && !same(p.v[e->nest_field].s, owner)) {
            rc = csp__fail_at(CSP_ECONSTRAINT, path, "%s \"%s\" belongs to %s \"%s\", not \"%s\"", e->name, cur,
                              e->fields[e->nest_field].name, p.v[e->nest_field].s, owner);
        }
        free(cur);
        cur = NULL;
        if (rc == CSP_OK && parent_of(&p) && !(cur = csp__strdup(parent_of(&p))))
            rc = CSP_ENOMEM;
        csp__record_reset(&p);
    }
    free(cur);
    return rc;
}

int csp__tree_move(csp_register *reg, const csp__entity *e, const char *id, const char *parent, long index)
{
    csp__record r;
    int rc = csp__read(reg, e, id, &r);
    if (rc)
        return rc;
    /* Check the new parent as if r already sat under it. */
    char *old_parent = r.v[e->tree_field].s;
    r.v[e->tree_field].s = (char *)(uintptr_t)parent;
    rc = csp__tree_check_parent(reg, &r, NULL);
    r.v[e->tree_field].s = old_parent;
    tree t = {0};
    if (rc == CSP_OK)
        rc = tree_load(reg, e, r.v[e->nest_field].s, &t);
    csp__record_reset(&r);
    if (rc)
        return rc;
    size_t at = 0;
    while (at < t.n && strcmp(csp__record_id(&t.r[at]), id) != 0)
        at++;
    if (at == t.n) {
        tree_free(&t);
        return csp__fail(CSP_ENOTFOUND, "no %s with id \"%s\"", e->name, id);
    }
    /* Take the record out, point it at its new parent, and put it back just
     * before its index-th new sibling (or at the end). The positions and
     * parents it was loaded with move with it. */
    csp__record moving = t.r[at];
    long long moving_was = t.was[at];
    char *moving_was_parent = t.was_parent[at];
    memmove(&t.r[at], &t.r[at + 1], (t.n - at - 1) * sizeof *t.r);
    memmove(&t.was[at], &t.was[at + 1], (t.n - at - 1) * sizeof *t.was);
    memmove(&t.was_parent[at], &t.was_parent[at + 1], (t.n - at - 1) * sizeof *t.was_parent);
    t.n--;
    char *new_parent = parent ? csp__strdup(parent) : NULL;
    if (parent && !new_parent) {
        csp__record_reset(&moving);
        tree_free(&t);
        return CSP_ENOMEM;
    }
    moving.v[e->tree_field].s = new_parent;
    size_t slot = t.n;
    long sibling = 0;
    for (size_t i = 0; i < t.n; i++) {
        if (!same(parent_of(&t.r[i]), parent))
            continue;
        if (index >= 0 && sibling++ == index) {
            slot = i;
            break;
        }
    }
    memmove(&t.r[slot + 1], &t.r[slot], (t.n - slot) * sizeof *t.r);
    memmove(&t.was[slot + 1], &t.was[slot], (t.n - slot) * sizeof *t.was);
    memmove(&t.was_parent[slot + 1], &t.was_parent[slot], (t.n - slot) * sizeof *t.was_parent);
    t.r[slot] = moving;
    t.was[slot] = moving_was;
    t.was_parent[slot] = moving_was_parent;
    t.n++;
    rc = tree_store(reg, &t);
    free(moving_was_parent); /* the old parent text, no longer in any record */
    t.was_parent[slot] = NULL;
    tree_free(&t);
    return rc;
}
