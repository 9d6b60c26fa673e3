/*
 * test_transaction.c: transactions (register.h): csp_register_begin, commit,
 * rollback and transaction_depth; nesting; failed writes and imports inside a
 * transaction; read-only registers; what a second handle on the same file
 * sees; closing with a transaction open.
 */
#include "testutil.h"

static csp_register *reg, *reg2;
static char dir[4096];
/* Objects of the running test, freed by teardown even when an assertion fails. */
static char *t_a, *t_b;
static csp_record *t_r;
static csp_record_iterator *t_it;

static void setup(void)
{
    reg = tu_open_mem();
    dir[0] = '\0';
}

static void teardown(void)
{
    csp_free(t_a);
    csp_free(t_b);
    t_a = t_b = NULL;
    csp_record_free(t_r);
    t_r = NULL;
    csp_record_iterator_free(t_it);
    t_it = NULL;
    csp_register_close(reg2);
    csp_register_close(reg);
    reg = reg2 = NULL;
    if (dir[0])
        tu_rmtree(dir);
    dir[0] = '\0';
}

/* A file register in a fresh directory; path receives its path. */
static csp_register *open_file(char *path, size_t size, unsigned flags, int busy_ms)
{
    csp_open_options opts = CSP_OPEN_OPTIONS_INIT;
    csp_register *r = NULL;
    if (!dir[0])
        tu_mkdtemp(dir, sizeof dir);
    tu_join_path(path, size, dir, "register.csp");
    opts.flags = flags;
    opts.busy_timeout_ms = busy_ms;
    TU_OK(csp_register_open(&r, path, &opts));
    return r;
}

static int exists(csp_register *r, int entity, const char *id)
{
    csp_record *got = NULL;
    int rc = csp_record_get(&got, r, entity, id);
    csp_record_free(got);
    ck_assert_msg(rc == CSP_OK || rc == CSP_ENOTFOUND, "get %s: %s", id, csp_code_name(rc));
    return rc == CSP_OK;
}

static const char *const SMALL_DOC =
    "{'format': 'libcsp/1',"
    " 'organisations': [{'id': 'doc-org', 'name': 'From a document', 'kind': 'other'}],"
    " 'partnerships': [{'id': 'doc-csp', 'name': 'Doc CSP', 'kind': 'community_safety_partnership',"
    "   'members': [{'id': 'doc-m', 'organisation': 'doc-org', 'role': 'member'}]}]}";

/* ------------------------------------------------------------------ */
/* Commit, rollback, depth                                             */
/* ------------------------------------------------------------------ */

START_TEST(test_commit_keeps)
{
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    TU_OK(csp_register_begin(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    tu_put_org(reg, "met", "police");
    tu_put_org(reg, "lfb", "fire_and_rescue");
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "lfb"));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    /* The handle sees its own writes before the commit. */
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "met"), 1);
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "met"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "lfb"), 0);
    /* A rollback now does nothing. */
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "met"), 1);
}
END_TEST

START_TEST(test_rollback_undoes)
{
    TU_OK(tu_import_q(reg, SMALL_DOC));
    t_a = tu_export(reg, 0);
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "met", "police");
    tu_put_partnership(reg, "lsp", "local_strategic_partnership", NULL);
    TU_OK(csp_record_delete(reg, CSP_ENTITY_MEMBERSHIP, "doc-m"));
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_ORGANISATION, "doc-org"));
    TU_OK(csp_record_set_text(t_r, CSP_ORGANISATION_NAME, "Renamed"));
    TU_OK(csp_record_put(reg, t_r));
    /* Inside, the changes show, in an export too. */
    t_b = tu_export(reg, 0);
    ck_assert_msg(strstr(t_b, "Renamed") != NULL && strstr(t_b, "\"met\"") != NULL, "%s", t_b);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    csp_free(t_b);
    t_b = NULL;
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    /* And the register takes writes again. */
    tu_put_org(reg, "met", "police");
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "met"), 1);
}
END_TEST

START_TEST(test_no_transaction)
{
    TU_CODE(csp_register_commit(reg), CSP_EARG);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    TU_OK(csp_register_rollback(reg));
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    /* One too many commits. */
    TU_OK(csp_register_begin(reg));
    TU_OK(csp_register_commit(reg));
    TU_CODE(csp_register_commit(reg), CSP_EARG);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    /* NULL. */
    TU_CODE(csp_register_begin(NULL), CSP_EARG);
    TU_CODE(csp_register_commit(NULL), CSP_EARG);
    TU_CODE(csp_register_rollback(NULL), CSP_EARG);
    ck_assert_int_eq(csp_register_transaction_depth(NULL), 0);
    /* Each write outside a transaction is its own. */
    tu_put_org(reg, "met", "police");
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "met"), 1);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Nesting                                                             */
/* ------------------------------------------------------------------ */

START_TEST(test_nested_inner_rollback)
{
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "outer-1", "police");
    TU_OK(csp_register_begin(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 2);
    tu_put_org(reg, "inner-1", "police");
    TU_OK(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "outer-1"));
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    /* The inner writes are undone, the outer ones kept. */
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "outer-1"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "inner-1"), 0);
    /* Another inner one, committed. */
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "inner-2", "police");
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    tu_put_org(reg, "outer-2", "police");
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "outer-1"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "inner-1"), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "inner-2"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "outer-2"), 1);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 3);
}
END_TEST

START_TEST(test_nested_outer_rollback)
{
    tu_put_org(reg, "before", "police");
    t_a = tu_export(reg, 0);
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "outer", "police");
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "inner", "police");
    TU_OK(csp_register_begin(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 3);
    tu_put_org(reg, "innermost", "police");
    TU_OK(csp_register_commit(reg));
    TU_OK(csp_register_commit(reg)); /* the inner commits only mark points */
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 4);
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 1);
}
END_TEST

/* Rolling back level by level. */
START_TEST(test_nested_unwind)
{
    for (int i = 0; i < 5; i++) {
        char id[16];
        TU_OK(csp_register_begin(reg));
        ck_assert_int_eq(csp_register_transaction_depth(reg), i + 1);
        snprintf(id, sizeof id, "level-%d", i);
        tu_put_org(reg, id, "police");
    }
    for (int i = 4; i >= 0; i--) {
        ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), (size_t)i + 1);
        TU_OK(csp_register_rollback(reg));
        ck_assert_int_eq(csp_register_transaction_depth(reg), i);
        ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), (size_t)i);
    }
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Failed writes and imports inside a transaction                      */
/* ------------------------------------------------------------------ */

START_TEST(test_failed_writes_inside)
{
    csp_organisation *o = NULL;
    TU_OK(tu_import_q(reg, SMALL_DOC));
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "first", "police");

    /* A missing required field. */
    TU_OK(csp_organisation_new(&o, "no-kind"));
    TU_OK(csp_organisation_set_name(o, "No kind"));
    TU_CODE(csp_organisation_put(reg, o), CSP_EREQUIRED);
    csp_organisation_free(o);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    /* A reference to nothing. */
    TU_OK(csp_record_new(&t_r, CSP_ENTITY_MEMBERSHIP, "m-ghost"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_PARTNERSHIP, "doc-csp"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_ORGANISATION, "ghost"));
    TU_OK(csp_record_set_text(t_r, CSP_MEMBERSHIP_ROLE, "chair"));
    TU_CODE(csp_record_put(reg, t_r), CSP_EREFERENCE);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    /* A taken id, a record in use, a built-in duty, a bad move. */
    csp_record_free(t_r);
    t_r = NULL;
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_ORGANISATION, "first"));
    TU_CODE(csp_record_insert(reg, t_r), CSP_EEXISTS);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "doc-org"), CSP_EINUSE);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_DUTY, "cda1998.s6.strategies"), CSP_ECONSTRAINT);
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "ghost"), CSP_ENOTFOUND);
    TU_CODE(csp_record_move(reg, CSP_ENTITY_ELEMENT, "ghost", NULL, 0), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);

    /* The transaction goes on, and the earlier writes are intact. */
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "first"), 1);
    tu_put_org(reg, "second", "health");
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "first"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "second"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "no-kind"), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_MEMBERSHIP, "m-ghost"), 0);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 3);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_MEMBERSHIP, NULL), 1);
}
END_TEST

/* A failed write in an inner transaction leaves both levels usable. */
START_TEST(test_failed_write_nested)
{
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "a", "police");
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "b", "police");
    TU_CODE(csp_record_delete(reg, CSP_ENTITY_ORGANISATION, "zzz"), CSP_ENOTFOUND);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 2);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "b"), 1);
    TU_OK(csp_register_commit(reg));
    TU_OK(csp_register_commit(reg));
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 2);
}
END_TEST

/* Inside a transaction a put opens its savepoint only when it needs one: a
 * put refused after its record was written (here a parent that leads back,
 * found at the put's commit, and a replace of a record with list items) is
 * still undone whole, and the caller's earlier writes stay. */
START_TEST(test_failed_put_after_its_write)
{
    TU_OK(csp_register_begin(reg));
    tu_put_partnership(reg, "p1", "board", NULL);
    tu_put_partnership(reg, "p2", "board", "p1");
    tu_put_org(reg, "kept", "police");
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_PARTNERSHIP, "p1"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_NAME, "Renamed"));
    TU_OK(csp_record_add(t_r, CSP_PARTNERSHIP_FORMER_NAMES, "Old name"));
    TU_OK(csp_record_set_text(t_r, CSP_PARTNERSHIP_PARENT, "p2"));
    TU_CODE(csp_record_put(reg, t_r), CSP_ECONSTRAINT);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    csp_record_free(t_r);
    t_r = NULL;
    TU_OK(csp_record_get(&t_r, reg, CSP_ENTITY_PARTNERSHIP, "p1"));
    ck_assert_str_eq(csp_record_text(t_r, CSP_PARTNERSHIP_NAME), "p1");
    ck_assert_int_eq(csp_record_is_set(t_r, CSP_PARTNERSHIP_PARENT), 0);
    ck_assert_uint_eq(csp_record_count(t_r, CSP_PARTNERSHIP_FORMER_NAMES), 0);
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "kept"), 1);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_PARTNERSHIP, NULL), 2);
}
END_TEST

/* An import inside a transaction is one savepoint: a bad document undoes only itself. */
START_TEST(test_import_inside)
{
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "before", "police");
    TU_OK(tu_import_q(reg, SMALL_DOC));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    t_a = tu_export(reg, 0);

    /* A bad value after good records. */
    TU_CODE(tu_import_q(reg, "{'format': 'libcsp/1', 'organisations': ["
                             " {'id': 'bad-1', 'name': 'Good', 'kind': 'police'},"
                             " {'id': 'bad-2', 'name': 'Bad', 'kind': 'constabulary'}]}"),
            CSP_EENUM);
    TU_PATH_PREFIX("organisations[1]");
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    /* A reference to nothing (checked at the document's end). */
    TU_CODE(tu_import_q(reg, "{'format': 'libcsp/1', 'organisations': ["
                             " {'id': 'bad-3', 'name': 'Good', 'kind': 'police'}],"
                             " 'partnerships': [{'id': 'bad-csp', 'name': 'X', 'kind': 'board',"
                             "   'members': [{'id': 'bad-m', 'organisation': 'nobody', 'role': 'chair'}]}]}"),
            CSP_EREFERENCE);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    /* Not JSON at all. */
    TU_CODE(tu_import(reg, "{\"format\": \"libcsp/1\", \"organisations\": [}"), CSP_EPARSE);
    ck_assert_int_eq(csp_register_transaction_depth(reg), 1);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_free(t_b);
    t_b = NULL;

    /* The transaction goes on: a good document and a write after them. */
    TU_OK(tu_import_q(reg, "{'format': 'libcsp/1', 'people': [{'id': 'jo', 'name': 'Jo'}]}"));
    tu_put_org(reg, "after", "police");
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_register_transaction_depth(reg), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "before"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "doc-org"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_MEMBERSHIP, "doc-m"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_PERSON, "jo"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "after"), 1);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "bad-1"), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_ORGANISATION, "bad-3"), 0);
    ck_assert_int_eq(exists(reg, CSP_ENTITY_PARTNERSHIP, "bad-csp"), 0);
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 3);
}
END_TEST

/* A good import inside a transaction is undone with it. */
START_TEST(test_import_rolled_back)
{
    t_a = tu_export(reg, 0);
    TU_OK(csp_register_begin(reg));
    TU_OK(tu_import_q(reg, SMALL_DOC));
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_MEMBERSHIP, NULL), 1);
    TU_OK(csp_register_rollback(reg));
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

/* Ordered records (elements) renumbered inside a transaction, then rolled back. */
START_TEST(test_tree_rolled_back)
{
    char buf[64];
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_strategy(reg, "s", "csp", "partnership_plan", "draft");
    tu_put_element(reg, "a", "s", NULL, "strand");
    tu_put_element(reg, "b", "s", NULL, "strand");
    t_a = tu_export(reg, 0);
    TU_OK(csp_register_begin(reg));
    tu_put_element(reg, "c", "s", NULL, "strand");
    TU_OK(csp_element_move(reg, "c", NULL, 0));
    TU_OK(csp_element_delete(reg, "a"));
    tu_element_ids(buf, sizeof buf, reg, NULL);
    TU_STR_EQ(buf, "c,b");
    TU_OK(csp_register_rollback(reg));
    tu_element_ids(buf, sizeof buf, reg, NULL);
    TU_STR_EQ(buf, "a,b");
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

/* An iteration open across a transaction's begin and commit: writing the
 * iterated entity ends it (CSP_ECHANGED, record.h); writing another entity
 * does not. */
START_TEST(test_iteration_across_commit)
{
    int rc;
    tu_put_org(reg, "a", "police");
    tu_put_org(reg, "b", "police");
    tu_put_org(reg, "c", "police");
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_ORGANISATION, NULL));
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 0);
    ck_assert_int_eq(csp_record_iterator_changed(NULL), 0);
    TU_OK(csp_record_next(&t_r, t_it));
    TU_STR_EQ(csp_record_id(t_r), "a");
    csp_record_free(t_r);
    t_r = NULL;
    TU_OK(csp_register_begin(reg));
    tu_put_person(reg, "p", 0); /* another entity: the iteration goes on */
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 0);
    TU_OK(csp_record_next(&t_r, t_it));
    TU_STR_EQ(csp_record_id(t_r), "b");
    csp_record_free(t_r);
    t_r = NULL;
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "d", "police"); /* the iterated entity */
    TU_OK(csp_register_commit(reg));
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 1); /* told before the next step */
    rc = csp_record_next(&t_r, t_it);
    TU_CODE(rc, CSP_ECHANGED);
    ck_assert_ptr_null(t_r);
    TU_CODE(csp_record_next(&t_r, t_it), CSP_ECHANGED); /* and stays so */
    ck_assert_uint_eq(tu_count(reg, CSP_ENTITY_ORGANISATION, NULL), 4);
    csp_record_iterator_free(t_it);
    t_it = NULL;
    /* A rollback undoes writes to any entity: an iteration open across it ends too. */
    TU_OK(csp_record_iterator_new(&t_it, reg, CSP_ENTITY_PERSON, NULL));
    TU_OK(csp_register_begin(reg));
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 0);
    TU_OK(csp_register_rollback(reg));
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 1);
    TU_CODE(csp_record_next(&t_r, t_it), CSP_ECHANGED);
}
END_TEST

/* An iteration whose register is closed: csp_record_iterator_changed()
 * tells it, as the next step's CSP_EARG does. */
START_TEST(test_iteration_changed_by_close)
{
    csp_register *r = tu_open_mem();
    tu_put_org(r, "a", "police");
    TU_OK(csp_record_iterator_new(&t_it, r, CSP_ENTITY_ORGANISATION, NULL));
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 0);
    csp_register_close(r);
    ck_assert_int_eq(csp_record_iterator_changed(t_it), 1);
    TU_CODE(csp_record_next(&t_r, t_it), CSP_EARG);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Files: read-only, a second handle, closing                          */
/* ------------------------------------------------------------------ */

START_TEST(test_readonly_refuses_begin)
{
    char path[4200];
    reg2 = open_file(path, sizeof path, CSP_OPEN_CREATE, 0);
    tu_put_org(reg2, "met", "police");
    csp_register_close(reg2);
    reg2 = open_file(path, sizeof path, CSP_OPEN_READONLY, 0);
    ck_assert_int_eq(csp_register_readonly(reg2), 1);
    TU_CODE(csp_register_begin(reg2), CSP_EREADONLY);
    ck_assert_int_eq(csp_register_transaction_depth(reg2), 0);
    TU_CODE(csp_register_commit(reg2), CSP_EARG);
    TU_OK(csp_register_rollback(reg2));
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "met"), 1);
    /* Nor does any write start one. */
    TU_OK(csp_record_get(&t_r, reg2, CSP_ENTITY_ORGANISATION, "met"));
    TU_CODE(csp_record_put(reg2, t_r), CSP_EREADONLY);
    TU_CODE(csp_record_insert(reg2, t_r), CSP_EREADONLY);
    TU_CODE(csp_record_delete(reg2, CSP_ENTITY_ORGANISATION, "met"), CSP_EREADONLY);
    TU_CODE(csp_record_move(reg2, CSP_ENTITY_ELEMENT, "e", NULL, 0), CSP_EREADONLY);
    TU_CODE(tu_import_q(reg2, SMALL_DOC), CSP_EREADONLY);
    ck_assert_int_eq(csp_register_transaction_depth(reg2), 0);
    ck_assert_uint_eq(tu_count(reg2, CSP_ENTITY_ORGANISATION, NULL), 1);
}
END_TEST

START_TEST(test_second_handle_isolation)
{
    char path[4200];
    csp_register *w;
    csp_register_close(reg);
    reg = NULL;
    reg = open_file(path, sizeof path, CSP_OPEN_CREATE, 0);
    reg2 = open_file(path, sizeof path, 0, 100);
    w = reg;
    tu_put_org(w, "committed", "police");
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "committed"), 1);

    TU_OK(csp_register_begin(w));
    tu_put_org(w, "pending", "police");
    TU_OK(csp_record_delete(w, CSP_ENTITY_ORGANISATION, "committed"));
    ck_assert_int_eq(exists(w, CSP_ENTITY_ORGANISATION, "pending"), 1);
    /* The other handle sees the register as it was. */
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "pending"), 0);
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "committed"), 1);
    ck_assert_uint_eq(tu_count(reg2, CSP_ENTITY_ORGANISATION, NULL), 1);
    t_a = tu_export(reg2, 0);
    ck_assert_msg(strstr(t_a, "pending") == NULL, "%s", t_a);
    /* It cannot write while the transaction holds the write lock. */
    TU_CODE(csp_register_begin(reg2), CSP_EBUSY);
    ck_assert_int_eq(csp_register_transaction_depth(reg2), 0);
    {
        csp_organisation *o = NULL;
        int rc;
        TU_OK(csp_organisation_new(&o, "other"));
        TU_OK(csp_organisation_set_name(o, "Other"));
        TU_OK(csp_organisation_set_kind(o, "police"));
        rc = csp_organisation_put(reg2, o);
        csp_organisation_free(o);
        TU_CODE(rc, CSP_EBUSY);
    }
    TU_OK(csp_register_commit(w));

    /* After the commit it sees the writes. */
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "pending"), 1);
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "committed"), 0);
    ck_assert_uint_eq(tu_count(reg2, CSP_ENTITY_ORGANISATION, NULL), 1);
    /* And can write itself. */
    TU_OK(csp_register_begin(reg2));
    tu_put_org(reg2, "other", "police");
    TU_OK(csp_register_commit(reg2));
    ck_assert_int_eq(exists(w, CSP_ENTITY_ORGANISATION, "other"), 1);
}
END_TEST

/* Rolled back: the other handle never sees the writes. */
START_TEST(test_second_handle_rollback)
{
    char path[4200];
    csp_register_close(reg);
    reg = NULL;
    reg = open_file(path, sizeof path, CSP_OPEN_CREATE, 0);
    reg2 = open_file(path, sizeof path, 0, 100);
    t_a = tu_export(reg2, 0);
    TU_OK(csp_register_begin(reg));
    tu_put_org(reg, "pending", "police");
    TU_OK(csp_register_begin(reg));
    tu_put_person(reg, "jo", 0);
    TU_OK(csp_register_commit(reg));
    TU_OK(csp_register_rollback(reg));
    t_b = tu_export(reg2, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_free(t_b);
    t_b = NULL;
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

/* Closing a register with a transaction open rolls it back. */
START_TEST(test_close_rolls_back)
{
    char path[4200];
    reg2 = open_file(path, sizeof path, CSP_OPEN_CREATE, 0);
    tu_put_org(reg2, "kept", "police");
    TU_OK(csp_register_begin(reg2));
    tu_put_org(reg2, "lost", "police");
    TU_OK(csp_register_begin(reg2));
    tu_put_org(reg2, "lost-inner", "police");
    TU_OK(csp_register_commit(reg2));
    ck_assert_int_eq(csp_register_transaction_depth(reg2), 1);
    csp_register_close(reg2);
    reg2 = NULL;

    reg2 = open_file(path, sizeof path, 0, 0);
    ck_assert_int_eq(csp_register_transaction_depth(reg2), 0);
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "kept"), 1);
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "lost"), 0);
    ck_assert_int_eq(exists(reg2, CSP_ENTITY_ORGANISATION, "lost-inner"), 0);
    /* The file is not left locked: it takes a transaction. */
    TU_OK(csp_register_begin(reg2));
    tu_put_org(reg2, "again", "police");
    TU_OK(csp_register_commit(reg2));
    ck_assert_uint_eq(tu_count(reg2, CSP_ENTITY_ORGANISATION, NULL), 2);
}
END_TEST

/* A committed transaction is in the file for a fresh handle. */
START_TEST(test_commit_durable)
{
    char path[4200];
    reg2 = open_file(path, sizeof path, CSP_OPEN_CREATE, 0);
    TU_OK(csp_register_begin(reg2));
    TU_OK(tu_import_q(reg2, SMALL_DOC));
    tu_put_org(reg2, "met", "police");
    TU_OK(csp_register_commit(reg2));
    t_a = tu_export(reg2, 0);
    csp_register_close(reg2);
    reg2 = NULL;
    reg2 = open_file(path, sizeof path, CSP_OPEN_READONLY, 0);
    t_b = tu_export(reg2, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

static Suite *transaction_suite(void)
{
    Suite *s = suite_create("transaction");
    TCase *tc = tcase_create("memory");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_commit_keeps);
    tcase_add_test(tc, test_rollback_undoes);
    tcase_add_test(tc, test_no_transaction);
    tcase_add_test(tc, test_nested_inner_rollback);
    tcase_add_test(tc, test_nested_outer_rollback);
    tcase_add_test(tc, test_nested_unwind);
    tcase_add_test(tc, test_failed_writes_inside);
    tcase_add_test(tc, test_failed_write_nested);
    tcase_add_test(tc, test_failed_put_after_its_write);
    tcase_add_test(tc, test_import_inside);
    tcase_add_test(tc, test_import_rolled_back);
    tcase_add_test(tc, test_tree_rolled_back);
    tcase_add_test(tc, test_iteration_across_commit);
    tcase_add_test(tc, test_iteration_changed_by_close);
    suite_add_tcase(s, tc);

    tc = tcase_create("files");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_readonly_refuses_begin);
    tcase_add_test(tc, test_second_handle_isolation);
    tcase_add_test(tc, test_second_handle_rollback);
    tcase_add_test(tc, test_close_rolls_back);
    tcase_add_test(tc, test_commit_durable);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(transaction_suite());
}
