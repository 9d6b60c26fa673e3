/* The one write path (write.h). */
#include "model/write.h"
#include "model/tree.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- references ---------------------------------------------------------------- */

int csp__check_refs(csp_register *reg, const csp__record *r, const char *where)
{
    const csp__entity *e = r->e;
    char path[320];
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        /* A tree parent is checked with the tree (csp__tree_check_parent), after the write. */
        if (!csp__field_is_ref(f) || (f->flags & CSP_FLAG_TREE))
            continue;
        const csp__entity *t = &csp__entities[f->target];
        size_t n = f->type == CSP_FIELD_REF ? (r->v[i].s != NULL) : r->v[i].list.n;
        for (size_t k = 0; k < n; k++) {
            const char *id = f->type == CSP_FIELD_REF ? r->v[i].s : r->v[i].list.v[k];
            int found = csp__read_exists(reg, t, id);
            if (found < 0)
                return found;
            if (found)
                continue;
            csp__field_path(path, sizeof path, where, f->name);
            if (f->type == CSP_FIELD_REF_LIST) {
                size_t len = strlen(path);
                snprintf(path + len, sizeof path - len, "[%zu]", k);
            }
            if (where && *where)
                return csp__fail_at(CSP_EREFERENCE, path, "no %s with id \"%s\"", t->name, id);
            return csp__fail_at(CSP_EREFERENCE, path, "%s \"%s\": %s names no %s with id \"%s\"", e->name,
                                csp__record_id(r), f->name, t->name, id);
        }
    }
    return CSP_OK;
}

/* ---- rules across records ---------------------------------------------------- */

/* "champion.partnership", or "partnership": how operand k reads. */
static void operand_label(char *out, size_t size, const csp__entity *e, const csp__check *c, int k)
{
    int via = c->via[k];
    const csp__entity *t = via >= 0 ? &csp__entities[e->fields[via].target] : e;
    if (via >= 0)
        snprintf(out, size, "%s.%s", e->fields[via].name, t->fields[c->fields[k]].name);
    else
        snprintf(out, size, "%s", t->fields[c->fields[k]].name);
}

/* The field of e a broken check is put on: the field unset_when requires
 * unset, else the reference through which it reads, else a field of its own.
 * Not the reference to the parent it nests in: that is implied by nesting,
 * no key of its JSON object ("meetings[0].attendance[0].meeting" would name
 * nothing), and it is the other operand that is wrong. */
static const char *blamed_field(const csp__entity *e, const csp__check *c)
{
    if (c->kind == CSP__CHECK_UNSET_WHEN)
        return e->fields[c->fields[0]].name;
    for (int k = 0; k < c->nfields; k++)
        if (c->via[k] >= 0 && !(e->fields[c->via[k]].flags & CSP_FLAG_NESTED))
            return e->fields[c->via[k]].name;
    for (int k = 0; k < c->nfields; k++)
        if (c->via[k] < 0)
            return e->fields[c->fields[k]].name;
    return e->fields[c->via[0] >= 0 ? c->via[0] : c->fields[0]].name;
}

int csp__rule_broken(const csp__entity *e, const csp__check *c, const csp__violation *v, const char *written,
                     const char *where)
{
    char a[200], b[200] = "", said[1024], path[320];
    operand_label(a, sizeof a, e, c, 0);
    if (c->nfields > 1)
        operand_label(b, sizeof b, e, c, 1);
    if (c->kind == CSP__CHECK_UNSET_WHEN)
        snprintf(said, sizeof said, "%s is set and %s is \"%s\"", a, b, v->value[1]);
    else if (c->kind == CSP__CHECK_VALUE_IN)
        snprintf(said, sizeof said, "%s is \"%s\"", a, v->value[0]);
    else
        snprintf(said, sizeof said, "%s is \"%s\" and %s is \"%s\"", a, v->value[0], b, v->value[1]);
    const char *rule = c->doc ? c->doc : "a rule across records";
    if (written)
        return csp__fail(CSP_ECONSTRAINT, "%s: %s \"%s\" would break a rule: %s, but %s", written, e->name, v->id,
                         rule, said);
    csp__field_path(path, sizeof path, where, blamed_field(e, c));
    return csp__fail_at(CSP_ECONSTRAINT, path, "%s \"%s\": %s, but %s", e->name, v->id, rule, said);
}

/* Whether operand o of x's rule ck reads a record of entity t through a
 * reference (each reference once: operands 0 and 1 may read through the same). */
static int reads_through(const csp__entity *x, const csp__check *ck, int o, int t)
{
    int via = ck->via[o];
    return via >= 0 && x->fields[via].target == t && !(o > 0 && ck->via[0] == via);
}

int csp__check_rules_across(csp_register *reg, const csp__record *r, int replaced, const char *where)
{
    const csp__entity *e = r->e;
    const char *id = csp__record_id(r);
    csp__store *st = reg->store;
    csp__violation v;
    int rc;
    /* The record's own rules that read other records. */
    for (int c = 0; c < e->nchecks; c++) {
        if (!csp__check_across(&e->checks[c]))
            continue;
        if ((rc = st->violation(st, e, c, 0, id, &v)) != 0)
            return rc < 0 ? rc : csp__rule_broken(e, &e->checks[c], &v, NULL, where);
    }
    /* A record replaced may already be named by records whose rules read it. */
    if (!replaced)
        return CSP_OK;
    char written[200];
    snprintf(written, sizeof written, "%s \"%.128s\"", e->name, id);
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *x = &csp__entities[k];
        for (int c = 0; c < x->nchecks; c++) {
            const csp__check *ck = &x->checks[c];
            if (!csp__check_across(ck))
                continue;
            for (int o = 0; o < ck->nfields; o++) {
                if (!reads_through(x, ck, o, e->id))
                    continue;
                if ((rc = st->violation(st, x, c, ck->via[o], id, &v)) != 0)
                    return rc < 0 ? rc : csp__rule_broken(x, ck, &v, written, NULL);
            }
        }
    }
    return CSP_OK;
}

/* At the end of an import: every rule across records that reads an entity
 * the import wrote, over the whole register. The record that breaks one is
 * kept in the writer, for the importer to name its place. */
static int check_across_all(csp__writer *w)
{
    csp__store *st = w->reg->store;
    csp__violation v;
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *x = &csp__entities[k];
        for (int c = 0; c < x->nchecks; c++) {
            const csp__check *ck = &x->checks[c];
            if (!csp__check_across(ck))
                continue;
            int touched = w->written[k];
            for (int o = 0; o < ck->nfields; o++)
                if (ck->via[o] >= 0)
                    touched |= w->written[x->fields[ck->via[o]].target];
            if (!touched)
                continue;
            int rc = st->violation(st, x, c, -1, NULL, &v);
            if (rc < 0)
                return rc;
            if (rc) {
                w->broken = x;
                w->broken_check = c;
                snprintf(w->broken_id, sizeof w->broken_id, "%s", v.id);
                return csp__rule_broken(x, ck, &v, NULL, NULL);
            }
        }
    }
    return CSP_OK;
}

int csp__writer_rebreak(const csp__writer *w, const char *where)
{
    csp__violation v;
    csp__store *st = w->reg->store;
    int rc = st->violation(st, w->broken, w->broken_check, 0, w->broken_id, &v);
    if (rc <= 0)
        return rc < 0 ? rc : csp_error_last()->code;
    return csp__rule_broken(w->broken, &w->broken->checks[w->broken_check], &v, NULL, where);
}

/* ---- the writer ------------------------------------------------------------------ */

int csp__writer_begin(csp__writer *w, csp_register *reg)
{
    memset(w, 0, sizeof *w);
    w->reg = reg;
    int rc = csp__writable(reg);
    if (rc)
        return rc;
    if (reg->depth > 0) {
        w->nested = 1; /* the savepoint waits for a write that needs it (guard) */
        return CSP_OK;
    }
    return csp__tx_begin(reg, 1);
}

/* Before a write that may leave part of itself behind on failure: opens the
 * nested writer's savepoint. */
static int guard(csp__writer *w)
{
    if (!w->nested || w->savepoint)
        return CSP_OK;
    int rc = csp__tx_begin(w->reg, 1);
    if (rc == CSP_OK)
        w->savepoint = 1;
    return rc;
}

/* Whether writing r in this mode is one SQL statement after which nothing of
 * the writer can fail: then SQLite's statement rollback is all the undo a
 * failure needs. */
static int one_statement(const csp__writer *w, const csp__record *r, csp__put_mode mode)
{
    const csp__entity *e = r->e;
    if (!w->single || mode == CSP__PUT_IMPORT || e->order_field >= 0 || e->tree_field >= 0)
        return 0;
    /* the rules across records are checked after the write */
    if (e->in_rules_across)
        return 0;
    for (int i = 0; i < e->nfields; i++) {
        const csp__field *f = &e->fields[i];
        if ((f->flags & CSP_FLAG_ACYCLIC) && r->v[i].s)
            return 0;
        /* a replace deletes the old items first: another statement */
        if (csp__field_is_list(f) && (mode == CSP__PUT_UPSERT || r->v[i].list.n > 0))
            return 0;
    }
    return 1;
}

static void writer_free(csp__writer *w)
{
    csp__idset_clear(&w->dirty_set);
    for (size_t i = 0; i < w->ndirty; i++)
        free(w->dirty[i].owner);
    free(w->dirty);
    w->dirty = NULL;
    w->ndirty = w->cap = 0;
    for (size_t i = 0; i < w->nchains; i++) {
        free(w->chains[i].id);
        free(w->chains[i].where);
    }
    free(w->chains);
    w->chains = NULL;
    w->nchains = w->chains_cap = 0;
}

/* ---- acyclic references ------------------------------------------------------- */

/* Whether r sets a reference that must not lead back to it. */
static int has_acyclic(const csp__record *r)
{
    for (int i = 0; i < r->e->nfields; i++)
        if ((r->e->fields[i].flags & CSP_FLAG_ACYCLIC) && r->v[i].s)
            return 1;
    return 0;
}

/* Remembers a written record whose acyclic references are walked at commit
 * (then the whole document or transaction is in the register). */
static int remember_chain(csp__writer *w, const csp__record *r, const char *where)
{
    if (csp__reserve(&w->chains, &w->chains_cap, w->nchains + 1, sizeof *w->chains))
        return CSP_ENOMEM;
    csp__chain *c = &w->chains[w->nchains];
    c->e = r->e;
    c->id = csp__strdup(csp__record_id(r));
    c->where = where ? csp__strdup(where) : NULL;
    if (!c->id || (where && !c->where)) {
        free(c->id);
        free(c->where);
        return CSP_ENOMEM;
    }
    w->nchains++;
    return CSP_OK;
}

/* Follows field from the record id through the register; CSP_ECONSTRAINT if
 * it comes back to id. The walk is bounded by the number of records (a cycle
 * that does not pass through id was made by another record of this writer,
 * whose own walk reports it). */
static int walk_chain(csp_register *reg, const csp__chain *c, int field)
{
    const csp__entity *e = c->e;
    const csp__field *f = &e->fields[field];
    char trail[512], path[320];
    size_t bound = 0;
    csp__query all;
    csp__query_init(&all, e);
    int rc = reg->store->count(reg->store, &all, &bound);
    if (rc)
        return rc;
    snprintf(trail, sizeof trail, "%s", c->id);
    char *cur = NULL;
    csp__record r;
    if ((rc = csp__read(reg, e, c->id, &r)) != CSP_OK)
        return rc == CSP_ENOTFOUND ? CSP_OK : rc; /* deleted later in the same writer */
    cur = csp__strdup(r.v[field].s);
    csp__record_reset(&r);
    for (size_t steps = 0; cur && steps <= bound; steps++) {
        size_t len = strlen(trail);
        if (len + 8 < sizeof trail)
            snprintf(trail + len, sizeof trail - len, " -> %s", cur);
        if (strcmp(cur, c->id) == 0) {
            free(cur);
            csp__field_path(path, sizeof path, c->where, f->name);
            return csp__fail_at(CSP_ECONSTRAINT, c->where ? path : NULL,
                                "%s \"%s\": %s leads back to it: %s (a cycle)", e->name, c->id, f->name, trail);
        }
        rc = csp__read(reg, e, cur, &r);
        free(cur);
        cur = NULL;
        if (rc == CSP_ENOTFOUND) /* dangling: the reference check reports it */
            return CSP_OK;
        if (rc)
            return rc;
        if (r.v[field].s && !(cur = csp__strdup(r.v[field].s)))
            rc = CSP_ENOMEM;
        csp__record_reset(&r);
        if (rc)
            return rc;
    }
    free(cur);
    return CSP_OK;
}

static int check_chains(csp__writer *w)
{
    for (size_t i = 0; i < w->nchains; i++) {
        const csp__entity *e = w->chains[i].e;
        for (int k = 0; k < e->nfields; k++) {
            if (!(e->fields[k].flags & CSP_FLAG_ACYCLIC))
                continue;
            int rc = walk_chain(w->reg, &w->chains[i], k);
            if (rc)
                return rc;
        }
    }
    return CSP_OK;
}

/* Marks e's records under owner for renumbering at commit. An import marks
 * an owner for each of its ordered records: the pairs marked are found by
 * hash, not by a search of all those before (which made an import of a
 * hundred thousand owners' records quadratic). */
static int mark_dirty(csp__writer *w, const csp__entity *e, const char *owner)
{
    if (csp__idset_has(&w->dirty_set, e->id, owner))
        return CSP_OK;
    if (csp__reserve(&w->dirty, &w->cap, w->ndirty + 1, sizeof *w->dirty))
        return CSP_ENOMEM;
    char *copy = csp__strdup(owner);
    if (!copy)
        return CSP_ENOMEM;
    if (csp__idset_add(&w->dirty_set, e->id, copy) < 0) {
        free(copy);
        return CSP_ENOMEM;
    }
    w->dirty[w->ndirty].e = e;
    w->dirty[w->ndirty].owner = copy;
    w->ndirty++;
    return CSP_OK;
}

static int refuse_builtin(const csp__record *stored, const char *where)
{
    char path[320];
    csp__field_path(path, sizeof path, where, "id");
    return csp__fail_at(CSP_ECONSTRAINT, where ? path : NULL, "%s \"%s\" is built into libcsp and cannot be changed or deleted",
                        stored->e->name, csp__record_id(stored));
}

/* A tree record with children cannot move to another owner on its own. */
static int refuse_if_children(csp_register *reg, const csp__entity *e, const char *id, const char *owner)
{
    csp__query q;
    csp__query_init(&q, e);
    csp__query_eq_borrowed(&q, e->tree_field, id);
    q.limit = 1;
    csp__cursor *c = NULL;
    int rc = csp__read_open(reg, &q, &c);
    csp__record child;
    csp__record_init(&child, e);
    if (rc == CSP_OK)
        rc = csp__read_next(reg, c, &child);
    csp__read_close(reg, c);
    if (rc == CSP_OK) {
        rc = csp__fail_at(CSP_ECONSTRAINT, e->fields[e->nest_field].name,
                          "%s \"%s\" cannot move to %s \"%s\": %s \"%s\" and maybe others sit under it (move or "
                          "delete them first)",
                          e->name, id, e->fields[e->nest_field].name, owner, e->name, csp__record_id(&child));
        csp__record_reset(&child);
        return rc;
    }
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

/* The id is taken by `stored`: an error, or for an import an identical
 * record that was in the register before it, which is accepted (1: nothing
 * to write). */
static int conflict(csp__writer *w, const csp__record *r, const csp__record *stored, csp__put_mode mode,
                    const char *where)
{
    char path[320];
    csp__field_path(path, sizeof path, where, "id");
    if (mode == CSP__PUT_IMPORT) {
        csp__store *st = w->reg->store;
        int again = st->inserted_since(st, r->e, csp__record_id(r), w->marks[r->e->id]);
        if (again < 0)
            return again;
        if (again)
            return csp__fail_at(CSP_EEXISTS, path, "%s id \"%s\" appears more than once in the document", r->e->name,
                                csp__record_id(r));
    }
    if (mode == CSP__PUT_IMPORT && csp__record_equal(stored, r))
        return 1;
    if (mode == CSP__PUT_IMPORT)
        return csp__fail_at(CSP_EEXISTS, path,
                            "a different %s with id \"%s\" is already in the register (an import only adds; an "
                            "identical record is accepted)",
                            r->e->name, csp__record_id(r));
    return csp__fail_at(CSP_EEXISTS, path, "%s \"%s\" is already in the register", r->e->name,
                        csp__record_id(r));
}

/* Before an import's first write: marks what each entity holds. */
static int take_marks(csp__writer *w)
{
    csp__store *st = w->reg->store;
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        int rc = st->mark(st, &csp__entities[k], &w->marks[k]);
        if (rc)
            return rc;
    }
    w->marked = 1;
    return CSP_OK;
}

int csp__writer_put(csp__writer *w, const csp__record *r, csp__put_mode mode, const char *where)
{
    csp_register *reg = w->reg;
    const csp__entity *e = r->e;
    int rc;
    if (mode == CSP__PUT_IMPORT)
        w->deferred_refs = 1;
    else if ((rc = csp__record_validate(r, where)) || (rc = csp__check_refs(reg, r, where)))
        return rc;
    if (!one_statement(w, r, mode) && (rc = guard(w)))
        return rc;
    if (mode == CSP__PUT_IMPORT && !w->marked && (rc = take_marks(w)))
        return rc;

    /* Built-in and ordered records need the stored version first. */
    csp__record stored;
    int found = 0;
    if (e->builtin_field >= 0 || e->order_field >= 0) {
        rc = csp__read(reg, e, csp__record_id(r), &stored);
        if (rc == CSP_OK)
            found = 1;
        else if (rc != CSP_ENOTFOUND)
            return rc;
    }
    rc = CSP_OK;
    if (found && e->builtin_field >= 0 && stored.v[e->builtin_field].i)
        rc = refuse_builtin(&stored, where);
    else if (found && mode != CSP__PUT_UPSERT)
        rc = conflict(w, r, &stored, mode, where);
    if (rc) {
        if (found)
            csp__record_reset(&stored);
        return rc < 0 ? rc : CSP_OK;
    }

    /* What is written: r, with its place when it is ordered. An ordered
     * record keeps its place under the same owner, and otherwise goes last. */
    csp__record out = *r;
    out.borrowed = 1; /* a shallow copy: its strings are r's */
    for (int i = 0; i < e->nfields; i++) /* a product libcsp keeps (a risk's score) */
        if (e->fields[i].product)
            out.v[i].i = r->v[e->fields[i].product[0]].i * r->v[e->fields[i].product[1]].i;
    const char *owner = NULL, *old_owner = NULL;
    if (e->order_field >= 0) {
        owner = r->v[e->nest_field].s;
        old_owner = found ? stored.v[e->nest_field].s : NULL;
        int moved = found && strcmp(old_owner, owner) != 0;
        long long last = 0;
        if (moved && e->tree_field >= 0)
            rc = refuse_if_children(reg, e, csp__record_id(r), owner);
        if (rc == CSP_OK && found && !moved)
            out.v[e->order_field].i = stored.v[e->order_field].i;
        else if (rc == CSP_OK && (rc = reg->store->max_position(reg->store, e, owner, &last)) == CSP_OK)
            out.v[e->order_field].i = last + 1;
        if (rc == CSP_OK && (rc = mark_dirty(w, e, owner)) == CSP_OK && moved)
            rc = mark_dirty(w, e, old_owner);
    }
    if (rc == CSP_OK) {
        rc = mode == CSP__PUT_UPSERT ? reg->store->replace(reg->store, &out) : reg->store->insert(reg->store, &out);
        if (rc == CSP_EEXISTS) {
            /* Taken, though not read above: compare with the stored record. */
            csp__record other;
            if ((rc = csp__read(reg, e, csp__record_id(r), &other)) == CSP_OK) {
                rc = conflict(w, r, &other, mode, where);
                csp__record_reset(&other);
                if (rc > 0)
                    rc = CSP_OK;
            }
        }
    }
    if (rc == CSP_OK)
        w->written[e->id] = 1;
    if (rc == CSP_OK && has_acyclic(r))
        rc = remember_chain(w, r, where);
    /* A tree parent comes earlier (in a document, earlier in the same list),
     * so it is already written. */
    if (rc == CSP_OK && e->tree_field >= 0)
        rc = csp__tree_check_parent(reg, &out, where);
    if (rc == CSP_OK && mode != CSP__PUT_IMPORT)
        rc = csp__check_rules_across(reg, &out, mode == CSP__PUT_UPSERT, where);
    if (found)
        csp__record_reset(&stored);
    return rc;
}

int csp__writer_delete(csp__writer *w, const csp__entity *e, const char *id)
{
    csp_register *reg = w->reg;
    csp__record stored;
    int rc = guard(w);
    if (rc || (rc = csp__read(reg, e, id, &stored)))
        return rc;
    char who[300];
    if (e->builtin_field >= 0 && stored.v[e->builtin_field].i)
        rc = refuse_builtin(&stored, NULL);
    else if ((rc = reg->store->referrer(reg->store, e, id, who, sizeof who)) > 0)
        rc = csp__fail(CSP_EINUSE, "cannot delete %s \"%.128s\": %s still refers to it", e->name, id, who);
    if (rc == CSP_OK)
        rc = reg->store->remove(reg->store, e, id);
    if (rc == CSP_OK)
        w->written[e->id] = 1;
    if (rc == CSP_OK && e->order_field >= 0)
        rc = mark_dirty(w, e, stored.v[e->nest_field].s);
    csp__record_reset(&stored);
    return rc;
}

int csp__writer_move(csp__writer *w, const csp__entity *e, const char *id, const char *parent, long index)
{
    if (e->tree_field < 0)
        return csp__fail(CSP_EARG, "%s records do not form a tree: they cannot be moved", e->name);
    int rc = guard(w);
    if (rc)
        return rc;
    w->written[e->id] = 1;
    return csp__tree_move(w->reg, e, id, parent, index);
}

int csp__writer_commit(csp__writer *w)
{
    int rc = CSP_OK;
    for (size_t i = 0; i < w->ndirty && rc == CSP_OK; i++)
        rc = csp__tree_renumber(w->reg, w->dirty[i].e, w->dirty[i].owner);
    if (rc == CSP_OK && w->deferred_refs && w->reg->store->refs_pending(w->reg->store))
        rc = csp__fail(CSP_EREFERENCE, "a reference names a record that does not exist");
    if (rc == CSP_OK)
        rc = check_chains(w);
    if (rc == CSP_OK && w->deferred_refs)
        rc = check_across_all(w);
    if (rc == CSP_OK && (!w->nested || w->savepoint))
        rc = csp__tx_commit(w->reg);
    if (rc == CSP_OK) {
        for (int k = 0; k < CSP__ENTITY_COUNT; k++)
            w->reg->generation[k] += w->written[k];
        writer_free(w);
    }
    return rc;
}

void csp__writer_abort(csp__writer *w)
{
    if (!w->nested || w->savepoint)
        csp__tx_rollback(w->reg);
    writer_free(w);
}

/* ---- one operation, one writer ---------------------------------------------------- */

/* Ends a writer: commits when rc is CSP_OK, else rolls back; keeps the first error. */
static int finish(csp__writer *w, int rc)
{
    if (rc == CSP_OK && (rc = csp__writer_commit(w)) == CSP_OK)
        return csp__ok();
    rc = csp_error_last()->code;
    csp__writer_abort(w);
    return rc;
}

int csp__put(csp_register *reg, const csp__record *r, csp__put_mode mode)
{
    csp__writer w;
    int rc = csp__writer_begin(&w, reg);
    w.single = 1;
    return rc ? rc : finish(&w, csp__writer_put(&w, r, mode, NULL));
}

int csp__delete(csp_register *reg, const csp__entity *e, const char *id)
{
    csp__writer w;
    int rc = csp__writer_begin(&w, reg);
    w.single = 1;
    return rc ? rc : finish(&w, csp__writer_delete(&w, e, id));
}

int csp__move(csp_register *reg, const csp__entity *e, const char *id, const char *parent, long index)
{
    csp__writer w;
    int rc = csp__writer_begin(&w, reg);
    w.single = 1;
    return rc ? rc : finish(&w, csp__writer_move(&w, e, id, parent, index));
}
