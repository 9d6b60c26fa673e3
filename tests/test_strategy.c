/*
 * test_strategy.c: strategies and their elements (an ordered tree), through
 * the C API and JSON.
 */
#include "testutil.h"

#define SVD "pcsc2022.s8.serious_violence_duty"
#define STRATEGIES "cda1998.s6.strategies"

static csp_register *reg;

/* Buffers of the running test, freed by teardown even when an assertion fails (CK_FORK=no). */
static char *t_a, *t_b, *t_c;
static csp_register *t_r2; /* a second register, closed by teardown */

/* Two partnerships (one a delivery group) and a local duty. */
static void setup(void)
{
    reg = tu_open_mem();
    tu_put_partnership(reg, "csp", "community_safety_partnership", NULL);
    tu_put_partnership(reg, "victims-group", "delivery_group", "csp");
    tu_put_partnership(reg, "lsp", "local_strategic_partnership", NULL);
    tu_put_duty(reg, "local.plan", "yearly", "unverified");
}

static void teardown(void)
{
    csp_register_close(reg);
    reg = NULL;
    csp_register_close(t_r2);
    t_r2 = NULL;
    csp_free(t_a);
    csp_free(t_b);
    free(t_c);
    t_a = t_b = NULL;
    t_c = NULL;
}

/* A register with strategy "plan" (of csp) and "other" (of lsp). */
static void setup_tree(void)
{
    setup();
    tu_put_strategy(reg, "plan", "csp", "partnership_plan", "agreed");
    tu_put_strategy(reg, "other", "lsp", "borough_plan", "published");
}

/*
 * Asserts that the elements of strategy, iterated with filter.strategy, are
 * exactly want (ids joined by ','), that their positions are 1..n in that
 * order, and that every parent comes before its children.
 */
static void check_tree_in(csp_register *r, const char *strategy, const char *want)
{
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    csp_element_iterator *it = NULL;
    csp_element *el = NULL;
    char got[2048] = "";
    char seen[2048] = ",";
    char problem[512] = "";
    int rc, pos = 0;
    f.strategy = strategy;
    TU_OK(csp_element_iterator_new(&it, r, &f));
    /* Collect first, assert after freeing, so a failure leaks nothing under CK_FORK=no. */
    while ((rc = csp_element_next(&el, it)) == CSP_OK) {
        const char *id = csp_element_id(el), *parent = csp_element_parent(el);
        char key[200];
        pos++;
        if (strlen(got) + strlen(id) + 2 < sizeof got) {
            if (got[0] != '\0')
                strcat(got, ",");
            strcat(got, id);
        }
        if (problem[0] == '\0' && csp_element_position(el) != pos)
            snprintf(problem, sizeof problem, "%s: position %d, expected %d", id,
                     csp_element_position(el), pos);
        if (problem[0] == '\0' && (csp_element_strategy(el) == NULL ||
                                   strcmp(csp_element_strategy(el), strategy) != 0))
            snprintf(problem, sizeof problem, "%s: in strategy %s", id,
                     csp_element_strategy(el) ? csp_element_strategy(el) : "(null)");
        if (parent != NULL) {
            snprintf(key, sizeof key, ",%s,", parent);
            if (problem[0] == '\0' && strstr(seen, key) == NULL)
                snprintf(problem, sizeof problem, "%s comes before its parent %s, or its parent is elsewhere",
                         id, parent);
        }
        if (strlen(seen) + strlen(id) + 2 < sizeof seen) {
            strcat(seen, id);
            strcat(seen, ",");
        }
        csp_element_free(el);
        el = NULL;
    }
    csp_element_iterator_free(it);
    ck_assert_msg(rc == CSP_ITEROVER, "csp_element_next: %s: %s", csp_code_name(rc),
                  csp_error_last()->message);
    ck_assert_ptr_null(el);
    ck_assert_msg(problem[0] == '\0', "strategy %s: %s (order [%s])", strategy, problem, got);
    ck_assert_msg(strcmp(got, want) == 0, "strategy %s: expected order [%s], got [%s]", strategy,
                  want, got);
}

static void check_tree(const char *strategy, const char *want)
{
    check_tree_in(reg, strategy, want);
}

/* Asserts the children of parent, in order. */
static void check_children(const char *parent, const char *want)
{
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    char buf[1024];
    f.parent = parent;
    tu_element_ids(buf, sizeof buf, reg, &f);
    ck_assert_msg(strcmp(buf, want) == 0, "children of %s: expected [%s], got [%s]", parent, want,
                  buf);
}

static int position_of(const char *id)
{
    csp_element *el = NULL;
    int pos;
    TU_OK(csp_element_get(&el, reg, id));
    pos = csp_element_position(el);
    csp_element_free(el);
    return pos;
}

/* ------------------------------------------------------------------ */
/* Strategies                                                          */
/* ------------------------------------------------------------------ */

START_TEST(test_strategy_new_defaults)
{
    csp_strategy *s = NULL;
    TU_OK(csp_strategy_new(&s, "sep-2020-2023"));
    ck_assert_ptr_nonnull(s);
    TU_STR_EQ(csp_strategy_id(s), "sep-2020-2023");
    TU_STR_EQ(csp_strategy_partnership(s), NULL);
    TU_STR_EQ(csp_strategy_title(s), NULL);
    TU_STR_EQ(csp_strategy_kind(s), NULL);
    TU_STR_EQ(csp_strategy_status(s), NULL);
    TU_STR_EQ(csp_strategy_start_date(s), NULL);
    TU_STR_EQ(csp_strategy_end_date(s), NULL);
    TU_STR_EQ(csp_strategy_agreed_on(s), NULL);
    TU_STR_EQ(csp_strategy_published_on(s), NULL);
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(s), 0);
    TU_STR_EQ(csp_strategy_refreshed_on(s, 0), NULL);
    TU_STR_EQ(csp_strategy_vision(s), NULL);
    ck_assert_uint_eq(csp_strategy_duties_count(s), 0);
    TU_STR_EQ(csp_strategy_duties(s, 0), NULL);
    ck_assert_uint_eq(csp_strategy_strands_count(s), 0);
    TU_STR_EQ(csp_strategy_strands(s, 0), NULL);
    TU_STR_EQ(csp_strategy_serious_violence_definition(s), NULL);
    TU_STR_EQ(csp_strategy_note(s), NULL);
    csp_strategy_free(s);
    s = NULL;
    TU_CODE(csp_strategy_new(&s, ""), CSP_EINVALID);
    ck_assert_ptr_null(s);
    TU_CODE(csp_strategy_new(&s, "-bad"), CSP_EINVALID);
    ck_assert_ptr_null(s);
    csp_strategy_free(NULL);
}
END_TEST

START_TEST(test_strategy_setters)
{
    csp_strategy *s = NULL;
    char buf[64];
    TU_OK(csp_strategy_new(&s, "s"));
    TU_OK(csp_strategy_set_partnership(s, "csp"));
    TU_STR_EQ(csp_strategy_partnership(s), "csp");
    strcpy(buf, "SEP strategy 2020-2023");
    TU_OK(csp_strategy_set_title(s, buf));
    strcpy(buf, "changed");
    TU_STR_EQ(csp_strategy_title(s), "SEP strategy 2020-2023"); /* copied */

    TU_OK(csp_strategy_set_start_date(s, "2020"));
    TU_STR_EQ(csp_strategy_start_date(s), "2020");
    TU_OK(csp_strategy_set_end_date(s, "2023"));
    TU_STR_EQ(csp_strategy_end_date(s), "2023");
    TU_OK(csp_strategy_set_agreed_on(s, "2020-03"));
    TU_STR_EQ(csp_strategy_agreed_on(s), "2020-03");
    TU_OK(csp_strategy_set_published_on(s, "2020-04-01"));
    TU_STR_EQ(csp_strategy_published_on(s), "2020-04-01");
    TU_CODE(csp_strategy_set_start_date(s, "2020-02-30"), CSP_EDATE);
    TU_STR_EQ(csp_strategy_start_date(s), "2020");
    TU_CODE(csp_strategy_set_end_date(s, "2023-13"), CSP_EDATE);
    TU_STR_EQ(csp_strategy_end_date(s), "2023");
    TU_CODE(csp_strategy_set_agreed_on(s, "March 2020"), CSP_EDATE);
    TU_STR_EQ(csp_strategy_agreed_on(s), "2020-03");
    TU_CODE(csp_strategy_set_published_on(s, "2021-02-29"), CSP_EDATE);
    TU_STR_EQ(csp_strategy_published_on(s), "2020-04-01");

    TU_OK(csp_strategy_set_vision(s, "A safer borough"));
    TU_STR_EQ(csp_strategy_vision(s), "A safer borough");
    TU_OK(csp_strategy_set_serious_violence_definition(s, "violence in public places"));
    TU_STR_EQ(csp_strategy_serious_violence_definition(s), "violence in public places");
    TU_OK(csp_strategy_set_note(s, "refreshed annually"));
    TU_STR_EQ(csp_strategy_note(s), "refreshed annually");

    /* NULL clears optional fields. */
    TU_OK(csp_strategy_set_start_date(s, NULL));
    TU_STR_EQ(csp_strategy_start_date(s), NULL);
    TU_OK(csp_strategy_set_end_date(s, NULL));
    TU_STR_EQ(csp_strategy_end_date(s), NULL);
    TU_OK(csp_strategy_set_agreed_on(s, NULL));
    TU_STR_EQ(csp_strategy_agreed_on(s), NULL);
    TU_OK(csp_strategy_set_published_on(s, NULL));
    TU_STR_EQ(csp_strategy_published_on(s), NULL);
    TU_OK(csp_strategy_set_vision(s, NULL));
    TU_STR_EQ(csp_strategy_vision(s), NULL);
    TU_OK(csp_strategy_set_serious_violence_definition(s, NULL));
    TU_STR_EQ(csp_strategy_serious_violence_definition(s), NULL);
    TU_OK(csp_strategy_set_note(s, NULL));
    TU_STR_EQ(csp_strategy_note(s), NULL);
    csp_strategy_free(s);
}
END_TEST

START_TEST(test_strategy_enums)
{
    csp_strategy *s = NULL;
    TU_OK(csp_strategy_new(&s, "s"));
    TU_ENUM_FIELD(strategy, s, kind, 7, "serious_violence_strategy", "plan", "Serious_Violence_Strategy", "");
    TU_ENUM_FIELD(strategy, s, status, 5, "agreed", "approved");
    csp_strategy_free(s);
}
END_TEST

START_TEST(test_strategy_refreshed_on)
{
    csp_strategy *s = NULL;
    TU_OK(csp_strategy_new(&s, "s"));
    TU_OK(csp_strategy_add_refreshed_on(s, "2018"));
    TU_OK(csp_strategy_add_refreshed_on(s, "2019-03"));
    TU_OK(csp_strategy_add_refreshed_on(s, "2020-03-31"));
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(s), 3);
    TU_STR_EQ(csp_strategy_refreshed_on(s, 0), "2018");
    TU_STR_EQ(csp_strategy_refreshed_on(s, 1), "2019-03");
    TU_STR_EQ(csp_strategy_refreshed_on(s, 2), "2020-03-31");
    TU_STR_EQ(csp_strategy_refreshed_on(s, 3), NULL);
    TU_CODE(csp_strategy_add_refreshed_on(s, "2021-02-30"), CSP_EDATE);
    TU_CODE(csp_strategy_add_refreshed_on(s, "yearly"), CSP_EDATE);
    TU_CODE(csp_strategy_add_refreshed_on(s, ""), CSP_EDATE);
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(s), 3);
    TU_STR_EQ(csp_strategy_refreshed_on(s, 2), "2020-03-31");
    TU_OK(csp_strategy_clear_refreshed_on(s));
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(s), 0);
    TU_STR_EQ(csp_strategy_refreshed_on(s, 0), NULL);
    csp_strategy_free(s);
}
END_TEST

START_TEST(test_strategy_duties_strands)
{
    csp_strategy *s = NULL;
    /* The s6_strand values of docs/data-model.md. */
    static const char *const strands[] = {"crime_and_disorder", "substance_misuse", "reoffending",
                                          "serious_violence", NULL};
    size_t i;
    TU_OK(csp_strategy_new(&s, "s"));
    TU_OK(csp_strategy_add_duties(s, SVD));
    TU_OK(csp_strategy_add_duties(s, STRATEGIES));
    TU_OK(csp_strategy_add_duties(s, "not-checked-until-put"));
    ck_assert_uint_eq(csp_strategy_duties_count(s), 3);
    TU_STR_EQ(csp_strategy_duties(s, 0), SVD);
    TU_STR_EQ(csp_strategy_duties(s, 1), STRATEGIES);
    TU_STR_EQ(csp_strategy_duties(s, 2), "not-checked-until-put");
    TU_STR_EQ(csp_strategy_duties(s, 3), NULL);
    TU_OK(csp_strategy_clear_duties(s));
    ck_assert_uint_eq(csp_strategy_duties_count(s), 0);

    TU_OK(csp_strategy_add_strands(s, "serious_violence"));
    TU_OK(csp_strategy_add_strands(s, "crime_and_disorder"));
    ck_assert_uint_eq(csp_strategy_strands_count(s), 2);
    TU_STR_EQ(csp_strategy_strands(s, 0), "serious_violence");
    TU_STR_EQ(csp_strategy_strands(s, 1), "crime_and_disorder");
    TU_CODE(csp_strategy_add_strands(s, "drugs"), CSP_EENUM);
    TU_MSG_HAS("drugs");
    TU_CODE(csp_strategy_add_strands(s, "community_safety_partnership"), CSP_EENUM);
    ck_assert_uint_eq(csp_strategy_strands_count(s), 2);
    TU_STR_EQ(csp_strategy_strands(s, 2), NULL);
    TU_OK(csp_strategy_clear_strands(s));
    ck_assert_uint_eq(csp_strategy_strands_count(s), 0);
    for (i = 0; strands[i] != NULL; i++)
        TU_OK(csp_strategy_add_strands(s, strands[i]));
    ck_assert_uint_eq(i, 4);
    ck_assert_uint_eq(csp_strategy_strands_count(s), 4);
    csp_strategy_free(s);
}
END_TEST

static csp_strategy *full_strategy(const char *id)
{
    csp_strategy *s = NULL;
    TU_OK(csp_strategy_new(&s, id));
    TU_OK(csp_strategy_set_partnership(s, "csp"));
    TU_OK(csp_strategy_set_title(s, "SEP strategy 2020-2023"));
    TU_OK(csp_strategy_set_kind(s, "partnership_plan"));
    TU_OK(csp_strategy_set_status(s, "agreed"));
    TU_OK(csp_strategy_set_start_date(s, "2020"));
    TU_OK(csp_strategy_set_end_date(s, "2023"));
    TU_OK(csp_strategy_set_agreed_on(s, "2020-03"));
    TU_OK(csp_strategy_set_published_on(s, "2020-04-01"));
    TU_OK(csp_strategy_add_refreshed_on(s, "2021-03"));
    TU_OK(csp_strategy_add_refreshed_on(s, "2022-03-15"));
    TU_OK(csp_strategy_set_vision(s, "A safer Ealing for everyone"));
    TU_OK(csp_strategy_add_duties(s, STRATEGIES));
    TU_OK(csp_strategy_add_duties(s, "local.plan"));
    TU_OK(csp_strategy_add_strands(s, "crime_and_disorder"));
    TU_OK(csp_strategy_add_strands(s, "reoffending"));
    TU_OK(csp_strategy_set_serious_violence_definition(s, "violence causing harm"));
    TU_OK(csp_strategy_set_note(s, "builds on the strategic assessment"));
    return s;
}

START_TEST(test_strategy_put_get)
{
    csp_strategy *s = full_strategy("sep"), *g = NULL;
    TU_OK(csp_strategy_put(reg, s));
    csp_strategy_free(s);
    TU_OK(csp_strategy_get(&g, reg, "sep"));
    TU_STR_EQ(csp_strategy_id(g), "sep");
    TU_STR_EQ(csp_strategy_partnership(g), "csp");
    TU_STR_EQ(csp_strategy_title(g), "SEP strategy 2020-2023");
    TU_STR_EQ(csp_strategy_kind(g), "partnership_plan");
    TU_STR_EQ(csp_strategy_status(g), "agreed");
    TU_STR_EQ(csp_strategy_start_date(g), "2020");
    TU_STR_EQ(csp_strategy_end_date(g), "2023");
    TU_STR_EQ(csp_strategy_agreed_on(g), "2020-03");
    TU_STR_EQ(csp_strategy_published_on(g), "2020-04-01");
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(g), 2);
    TU_STR_EQ(csp_strategy_refreshed_on(g, 0), "2021-03");
    TU_STR_EQ(csp_strategy_refreshed_on(g, 1), "2022-03-15");
    TU_STR_EQ(csp_strategy_vision(g), "A safer Ealing for everyone");
    ck_assert_uint_eq(csp_strategy_duties_count(g), 2);
    TU_STR_EQ(csp_strategy_duties(g, 0), STRATEGIES);
    TU_STR_EQ(csp_strategy_duties(g, 1), "local.plan");
    ck_assert_uint_eq(csp_strategy_strands_count(g), 2);
    TU_STR_EQ(csp_strategy_strands(g, 0), "crime_and_disorder");
    TU_STR_EQ(csp_strategy_strands(g, 1), "reoffending");
    TU_STR_EQ(csp_strategy_serious_violence_definition(g), "violence causing harm");
    TU_STR_EQ(csp_strategy_note(g), "builds on the strategic assessment");
    csp_strategy_free(g);
    g = NULL;
    TU_CODE(csp_strategy_get(&g, reg, "nope"), CSP_ENOTFOUND);
    ck_assert_ptr_null(g);
    TU_MSG_HAS("nope");
}
END_TEST

START_TEST(test_strategy_put_required)
{
    csp_strategy *s;
    s = full_strategy("s");
    TU_OK(csp_strategy_set_partnership(s, NULL));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREQUIRED);
    TU_MSG_HAS("partnership");
    csp_strategy_free(s);
    s = full_strategy("s");
    TU_OK(csp_strategy_set_title(s, NULL));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREQUIRED);
    TU_MSG_HAS("title");
    csp_strategy_free(s);
    s = NULL;
    TU_OK(csp_strategy_new(&s, "s"));
    TU_OK(csp_strategy_set_partnership(s, "csp"));
    TU_OK(csp_strategy_set_title(s, "T"));
    TU_OK(csp_strategy_set_status(s, "draft"));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREQUIRED);
    TU_MSG_HAS("kind");
    TU_OK(csp_strategy_set_kind(s, "other"));
    TU_OK(csp_strategy_set_status(s, NULL));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREQUIRED);
    TU_MSG_HAS("status");
    ck_assert_uint_eq(tu_strategy_count(reg), 0);
    TU_OK(csp_strategy_set_status(s, "draft"));
    TU_OK(csp_strategy_put(reg, s));
    csp_strategy_free(s);
    ck_assert_uint_eq(tu_strategy_count(reg), 1);
}
END_TEST

START_TEST(test_strategy_put_references)
{
    csp_strategy *s = full_strategy("s");
    t_a = tu_export(reg, 0);
    TU_OK(csp_strategy_set_partnership(s, "ghost-csp"));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREFERENCE);
    TU_ERR_PATH("partnership");
    TU_MSG_HAS("ghost-csp");
    TU_OK(csp_strategy_set_partnership(s, "csp"));

    TU_OK(csp_strategy_clear_duties(s));
    TU_OK(csp_strategy_add_duties(s, SVD));
    TU_OK(csp_strategy_add_duties(s, "local.ghost"));
    TU_CODE(csp_strategy_put(reg, s), CSP_EREFERENCE);
    TU_ERR_PATH("duties[1]");
    TU_MSG_HAS("local.ghost");

    TU_OK(csp_strategy_clear_duties(s));
    TU_OK(csp_strategy_add_duties(s, "csp")); /* a partnership, not a duty */
    TU_CODE(csp_strategy_put(reg, s), CSP_EREFERENCE);
    TU_ERR_PATH("duties[0]");
    ck_assert_uint_eq(tu_strategy_count(reg), 0);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);

    TU_OK(csp_strategy_clear_duties(s));
    TU_OK(csp_strategy_add_duties(s, SVD));
    TU_OK(csp_strategy_add_duties(s, "local.plan"));
    TU_OK(csp_strategy_put(reg, s));
    csp_strategy_free(s);
    ck_assert_uint_eq(tu_strategy_count(reg), 1);
}
END_TEST

START_TEST(test_strategy_period)
{
    csp_strategy *s = full_strategy("s"), *g = NULL;
    TU_OK(csp_strategy_set_start_date(s, "2020-04-01"));
    TU_OK(csp_strategy_set_end_date(s, "2020-03-31"));
    TU_CODE(csp_strategy_put(reg, s), CSP_ECONSTRAINT);
    TU_OK(csp_strategy_set_start_date(s, "2020"));
    TU_OK(csp_strategy_set_end_date(s, "2019-12"));
    TU_CODE(csp_strategy_put(reg, s), CSP_ECONSTRAINT);
    ck_assert_uint_eq(tu_strategy_count(reg), 0);
    /* One-day and open-ended periods are fine. */
    TU_OK(csp_strategy_set_start_date(s, "2020-04-01"));
    TU_OK(csp_strategy_set_end_date(s, "2020-04-01"));
    TU_OK(csp_strategy_put(reg, s));
    TU_OK(csp_strategy_set_end_date(s, NULL));
    TU_OK(csp_strategy_put(reg, s));
    /* A bad replacement keeps the stored record. */
    TU_OK(csp_strategy_set_end_date(s, "2019"));
    TU_CODE(csp_strategy_put(reg, s), CSP_ECONSTRAINT);
    csp_strategy_free(s);
    TU_OK(csp_strategy_get(&g, reg, "s"));
    TU_STR_EQ(csp_strategy_start_date(g), "2020-04-01");
    TU_STR_EQ(csp_strategy_end_date(g), NULL);
    csp_strategy_free(g);
}
END_TEST

START_TEST(test_strategy_put_replaces_keeps_elements)
{
    csp_strategy *s = full_strategy("s"), *g = NULL;
    TU_OK(csp_strategy_put(reg, s));
    tu_put_element(reg, "e1", "s", NULL, "strand");
    tu_put_element(reg, "e2", "s", NULL, "strand");
    TU_OK(csp_strategy_set_title(s, "Renamed"));
    TU_OK(csp_strategy_set_status(s, "superseded"));
    TU_OK(csp_strategy_clear_refreshed_on(s));
    TU_OK(csp_strategy_clear_strands(s));
    TU_OK(csp_strategy_put(reg, s));
    csp_strategy_free(s);
    TU_OK(csp_strategy_get(&g, reg, "s"));
    TU_STR_EQ(csp_strategy_title(g), "Renamed");
    TU_STR_EQ(csp_strategy_status(g), "superseded");
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(g), 0);
    ck_assert_uint_eq(csp_strategy_strands_count(g), 0);
    ck_assert_uint_eq(csp_strategy_duties_count(g), 2);
    csp_strategy_free(g);
    ck_assert_uint_eq(tu_strategy_count(reg), 1);
    check_tree("s", "e1,e2");
}
END_TEST

START_TEST(test_strategy_delete)
{
    csp_strategy *s = NULL;
    tu_put_strategy(reg, "s", "csp", "partnership_plan", "draft");
    tu_put_element(reg, "e1", "s", NULL, "strand");
    tu_put_element(reg, "e1a", "s", "e1", "objective");
    TU_CODE(csp_strategy_delete(reg, "s"), CSP_EINUSE);
    ck_assert_uint_eq(tu_strategy_count(reg), 1);
    check_tree("s", "e1,e1a");
    TU_OK(csp_element_delete(reg, "e1a"));
    TU_CODE(csp_strategy_delete(reg, "s"), CSP_EINUSE);
    TU_OK(csp_element_delete(reg, "e1"));
    TU_OK(csp_strategy_delete(reg, "s"));
    TU_CODE(csp_strategy_get(&s, reg, "s"), CSP_ENOTFOUND);
    TU_CODE(csp_strategy_delete(reg, "s"), CSP_ENOTFOUND);
    ck_assert_uint_eq(tu_strategy_count(reg), 0);
}
END_TEST

START_TEST(test_strategy_holds_partnership)
{
    /* A partnership with a strategy cannot be deleted. */
    tu_put_strategy(reg, "s", "lsp", "borough_plan", "agreed");
    TU_CODE(csp_partnership_delete(reg, "lsp"), CSP_EINUSE);
    ck_assert_uint_eq(tu_partnership_count(reg), 3);
}
END_TEST

START_TEST(test_strategy_filters)
{
    char buf[512];
    csp_strategy_filter f = CSP_STRATEGY_FILTER_INIT;
    csp_strategy_iterator *it = NULL;
    tu_put_strategy(reg, "sep-2020", "csp", "partnership_plan", "superseded");
    tu_put_strategy(reg, "sep-2023", "csp", "partnership_plan", "agreed");
    tu_put_strategy(reg, "svd", "csp", "serious_violence_strategy", "published");
    tu_put_strategy(reg, "borough-plan", "lsp", "borough_plan", "agreed");

    ck_assert_uint_eq(tu_strategy_ids(buf, sizeof buf, reg, &f), 4);
    TU_STR_EQ(buf, "borough-plan,sep-2020,sep-2023,svd");
    f.partnership = "csp";
    tu_strategy_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sep-2020,sep-2023,svd");
    f.kind = "partnership_plan";
    tu_strategy_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sep-2020,sep-2023");
    f.status = "agreed";
    tu_strategy_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "sep-2023");
    f.partnership = NULL;
    f.kind = NULL;
    tu_strategy_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "borough-plan,sep-2023");
    f.status = "withdrawn";
    ck_assert_uint_eq(tu_strategy_ids(buf, sizeof buf, reg, &f), 0);
    f.status = NULL;
    f.partnership = "victims-group";
    ck_assert_uint_eq(tu_strategy_ids(buf, sizeof buf, reg, &f), 0);

    f.partnership = NULL;
    f.kind = "plan";
    TU_CODE(csp_strategy_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
    f.kind = NULL;
    f.status = "approved";
    TU_CODE(csp_strategy_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Elements                                                            */
/* ------------------------------------------------------------------ */

START_TEST(test_element_new_setters)
{
    csp_element *el = NULL;
    const char *const *kinds = NULL;
    size_t i;
    TU_OK(csp_element_new(&el, "strand-1"));
    TU_STR_EQ(csp_element_id(el), "strand-1");
    TU_STR_EQ(csp_element_strategy(el), NULL);
    ck_assert_int_eq(csp_element_position(el), 0);
    TU_STR_EQ(csp_element_parent(el), NULL);
    TU_STR_EQ(csp_element_kind(el), NULL);
    TU_STR_EQ(csp_element_title(el), NULL);
    TU_STR_EQ(csp_element_text(el), NULL);
    TU_STR_EQ(csp_element_delivered_by(el), NULL);

    TU_OK(csp_element_set_strategy(el, "plan"));
    TU_STR_EQ(csp_element_strategy(el), "plan");
    TU_OK(csp_element_set_parent(el, "top"));
    TU_STR_EQ(csp_element_parent(el), "top");
    TU_OK(csp_element_set_parent(el, NULL));
    TU_STR_EQ(csp_element_parent(el), NULL);
    TU_OK(csp_element_set_title(el, "Reducing violence"));
    TU_STR_EQ(csp_element_title(el), "Reducing violence");
    TU_OK(csp_element_set_text(el, "what it covers"));
    TU_STR_EQ(csp_element_text(el), "what it covers");
    TU_OK(csp_element_set_text(el, NULL));
    TU_STR_EQ(csp_element_text(el), NULL);
    TU_OK(csp_element_set_delivered_by(el, "victims-group"));
    TU_STR_EQ(csp_element_delivered_by(el), "victims-group");
    TU_OK(csp_element_set_delivered_by(el, NULL));
    TU_STR_EQ(csp_element_delivered_by(el), NULL);

    TU_OK(csp_schema_enum_values(&kinds, "element", "kind"));
    for (i = 0; kinds[i] != NULL; i++) {
        TU_OK(csp_element_set_kind(el, kinds[i]));
        TU_STR_EQ(csp_element_kind(el), kinds[i]);
    }
    ck_assert_uint_eq(i, 9);
    TU_OK(csp_element_set_kind(el, "strand"));
    TU_CODE(csp_element_set_kind(el, "goal"), CSP_EENUM);
    TU_MSG_HAS("goal");
    TU_CODE(csp_element_set_kind(el, "delivery-group"), CSP_EENUM);
    TU_STR_EQ(csp_element_kind(el), "strand");
    ck_assert_int_eq(csp_element_position(el), 0);
    csp_element_free(el);
    el = NULL;
    TU_CODE(csp_element_new(&el, ""), CSP_EINVALID);
    ck_assert_ptr_null(el);
    csp_element_free(NULL);
}
END_TEST

START_TEST(test_element_put_appends)
{
    csp_element *el = NULL;
    tu_put_element(reg, "a", "plan", NULL, "strand");
    tu_put_element(reg, "b", "plan", NULL, "strand");
    tu_put_element(reg, "c", "plan", NULL, "strand");
    ck_assert_int_eq(position_of("a"), 1);
    ck_assert_int_eq(position_of("b"), 2);
    ck_assert_int_eq(position_of("c"), 3);
    check_tree("plan", "a,b,c");

    /* A child of an earlier parent goes last among that parent's children. */
    tu_put_element(reg, "a1", "plan", "a", "objective");
    check_tree("plan", "a,a1,b,c");
    tu_put_element(reg, "a2", "plan", "a", "objective");
    check_tree("plan", "a,a1,a2,b,c");
    tu_put_element(reg, "a1x", "plan", "a1", "activity");
    check_tree("plan", "a,a1,a1x,a2,b,c");
    tu_put_element(reg, "d", "plan", NULL, "strand");
    check_tree("plan", "a,a1,a1x,a2,b,c,d");
    ck_assert_int_eq(position_of("a2"), 4);
    ck_assert_int_eq(position_of("d"), 7);

    /* The other strategy has its own numbering. */
    tu_put_element(reg, "o1", "other", NULL, "aim");
    ck_assert_int_eq(position_of("o1"), 1);
    check_tree("other", "o1");

    /* An object read back carries the parent and everything else. */
    TU_OK(csp_element_get(&el, reg, "a1x"));
    TU_STR_EQ(csp_element_parent(el), "a1");
    TU_STR_EQ(csp_element_strategy(el), "plan");
    TU_STR_EQ(csp_element_kind(el), "activity");
    TU_STR_EQ(csp_element_title(el), "a1x");
    ck_assert_int_eq(csp_element_position(el), 3);
    csp_element_free(el);
}
END_TEST

START_TEST(test_element_put_get_full)
{
    csp_element *el = NULL, *g = NULL;
    TU_OK(csp_element_new(&el, "dg-victims"));
    TU_OK(csp_element_set_strategy(el, "plan"));
    TU_OK(csp_element_set_kind(el, "delivery_group"));
    TU_OK(csp_element_set_title(el, "Victims delivery group"));
    TU_OK(csp_element_set_text(el, "supports victims"));
    TU_OK(csp_element_set_delivered_by(el, "victims-group"));
    TU_OK(csp_element_put(reg, el));
    ck_assert_int_eq(csp_element_position(el), 0); /* the caller's object is not changed */
    csp_element_free(el);
    TU_OK(csp_element_get(&g, reg, "dg-victims"));
    TU_STR_EQ(csp_element_id(g), "dg-victims");
    TU_STR_EQ(csp_element_strategy(g), "plan");
    ck_assert_int_eq(csp_element_position(g), 1);
    TU_STR_EQ(csp_element_parent(g), NULL);
    TU_STR_EQ(csp_element_kind(g), "delivery_group");
    TU_STR_EQ(csp_element_title(g), "Victims delivery group");
    TU_STR_EQ(csp_element_text(g), "supports victims");
    TU_STR_EQ(csp_element_delivered_by(g), "victims-group");
    csp_element_free(g);
    g = NULL;
    TU_CODE(csp_element_get(&g, reg, "nope"), CSP_ENOTFOUND);
    ck_assert_ptr_null(g);
    /* The delivering partnership cannot go while it delivers. */
    TU_CODE(csp_partnership_delete(reg, "victims-group"), CSP_EINUSE);
}
END_TEST

START_TEST(test_element_put_existing_keeps_place)
{
    csp_element *el = NULL;
    tu_put_element(reg, "a", "plan", NULL, "strand");
    tu_put_element(reg, "b", "plan", NULL, "strand");
    tu_put_element(reg, "c", "plan", NULL, "strand");
    TU_OK(csp_element_get(&el, reg, "a"));
    TU_OK(csp_element_set_title(el, "Renamed"));
    TU_OK(csp_element_set_text(el, "more"));
    TU_OK(csp_element_put(reg, el));
    csp_element_free(el);
    el = NULL;
    /* A fresh object (position 0) for an existing id also keeps its place. */
    TU_OK(csp_element_new(&el, "b"));
    TU_OK(csp_element_set_strategy(el, "plan"));
    TU_OK(csp_element_set_kind(el, "theme"));
    TU_OK(csp_element_set_title(el, "B"));
    TU_OK(csp_element_put(reg, el));
    csp_element_free(el);
    el = NULL;
    check_tree("plan", "a,b,c");
    TU_OK(csp_element_get(&el, reg, "a"));
    TU_STR_EQ(csp_element_title(el), "Renamed");
    TU_STR_EQ(csp_element_text(el), "more");
    csp_element_free(el);
    el = NULL;
    TU_OK(csp_element_get(&el, reg, "b"));
    TU_STR_EQ(csp_element_kind(el), "theme");
    csp_element_free(el);
    ck_assert_uint_eq(tu_element_count(reg), 3);
}
END_TEST

START_TEST(test_element_put_required)
{
    csp_element *el = NULL;
    TU_OK(csp_element_new(&el, "e"));
    TU_OK(csp_element_set_kind(el, "strand"));
    TU_OK(csp_element_set_title(el, "T"));
    TU_CODE(csp_element_put(reg, el), CSP_EREQUIRED);
    TU_MSG_HAS("strategy");
    TU_OK(csp_element_set_strategy(el, "plan"));
    TU_OK(csp_element_set_title(el, NULL));
    TU_CODE(csp_element_put(reg, el), CSP_EREQUIRED);
    TU_MSG_HAS("title");
    csp_element_free(el);
    el = NULL;
    TU_OK(csp_element_new(&el, "e"));
    TU_OK(csp_element_set_strategy(el, "plan"));
    TU_OK(csp_element_set_title(el, "T"));
    TU_CODE(csp_element_put(reg, el), CSP_EREQUIRED);
    TU_MSG_HAS("kind");
    csp_element_free(el);
    ck_assert_uint_eq(tu_element_count(reg), 0);
}
END_TEST

static csp_element *element(const char *id, const char *strategy, const char *parent)
{
    csp_element *el = NULL;
    TU_OK(csp_element_new(&el, id));
    TU_OK(csp_element_set_strategy(el, strategy));
    if (parent != NULL)
        TU_OK(csp_element_set_parent(el, parent));
    TU_OK(csp_element_set_kind(el, "objective"));
    TU_OK(csp_element_set_title(el, id));
    return el;
}

START_TEST(test_element_put_bad_references)
{
    csp_element *el;
    tu_put_element(reg, "a", "plan", NULL, "strand");
    tu_put_element(reg, "o1", "other", NULL, "aim");
    t_a = tu_export(reg, 0);

    el = element("e", "ghost-plan", NULL);
    TU_CODE(csp_element_put(reg, el), CSP_EREFERENCE);
    TU_ERR_PATH("strategy");
    TU_MSG_HAS("ghost-plan");
    csp_element_free(el);

    el = element("e", "plan", "ghost-parent");
    TU_CODE(csp_element_put(reg, el), CSP_EREFERENCE);
    TU_ERR_PATH("parent");
    TU_MSG_HAS("ghost-parent");
    csp_element_free(el);

    el = element("e", "plan", NULL);
    TU_OK(csp_element_set_delivered_by(el, "ghost-group"));
    TU_CODE(csp_element_put(reg, el), CSP_EREFERENCE);
    TU_ERR_PATH("delivered_by");
    csp_element_free(el);

    /* A parent in another strategy. */
    el = element("e", "plan", "o1");
    TU_CODE(csp_element_put(reg, el), CSP_ECONSTRAINT);
    TU_ERR_PATH("parent");
    csp_element_free(el);

    /* Itself as parent, new or existing. */
    el = element("e", "plan", "e");
    TU_CODE(csp_element_put(reg, el), CSP_ECONSTRAINT);
    csp_element_free(el);
    el = element("a", "plan", "a");
    TU_CODE(csp_element_put(reg, el), CSP_ECONSTRAINT);
    csp_element_free(el);

    ck_assert_uint_eq(tu_element_count(reg), 2);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    check_tree("plan", "a");
}
END_TEST

START_TEST(test_element_put_under_descendant)
{
    csp_element *el;
    tu_put_element(reg, "a", "plan", NULL, "strand");
    tu_put_element(reg, "a1", "plan", "a", "objective");
    tu_put_element(reg, "a1x", "plan", "a1", "activity");
    el = element("a", "plan", "a1x"); /* a under its own grandchild: a cycle */
    TU_CODE(csp_element_put(reg, el), CSP_ECONSTRAINT);
    csp_element_free(el);
    el = element("a", "plan", "a1");
    TU_CODE(csp_element_put(reg, el), CSP_ECONSTRAINT);
    csp_element_free(el);
    check_tree("plan", "a,a1,a1x");
    check_children("a", "a1");
}
END_TEST

START_TEST(test_element_iterate_filters)
{
    csp_element_filter f = CSP_ELEMENT_FILTER_INIT;
    csp_element *el = NULL;
    csp_element_iterator *it = NULL;
    char buf[1024];
    tu_put_element(reg, "s1", "plan", NULL, "strand");
    tu_put_element(reg, "s2", "plan", NULL, "strand");
    tu_put_element(reg, "s1-o1", "plan", "s1", "objective");
    tu_put_element(reg, "s2-o1", "plan", "s2", "objective");
    tu_put_element(reg, "s1-o2", "plan", "s1", "objective");
    tu_put_element(reg, "o-aim", "other", NULL, "aim");
    TU_OK(csp_element_new(&el, "dg"));
    TU_OK(csp_element_set_strategy(el, "plan"));
    TU_OK(csp_element_set_parent(el, "s2"));
    TU_OK(csp_element_set_kind(el, "delivery_group"));
    TU_OK(csp_element_set_title(el, "Victims"));
    TU_OK(csp_element_set_delivered_by(el, "victims-group"));
    TU_OK(csp_element_put(reg, el));
    csp_element_free(el);

    check_tree("plan", "s1,s1-o1,s1-o2,s2,s2-o1,dg");
    check_tree("other", "o-aim");
    ck_assert_uint_eq(tu_element_ids(buf, sizeof buf, reg, NULL), 7);
    ck_assert_uint_eq(tu_element_ids(buf, sizeof buf, reg, &f), 7);

    check_children("s1", "s1-o1,s1-o2");
    check_children("s2", "s2-o1,dg");
    check_children("s1-o1", "");

    f.kind = "objective";
    tu_element_ids(buf, sizeof buf, reg, &f);
    f.strategy = "plan";
    tu_element_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "s1-o1,s1-o2,s2-o1");
    f.strategy = "other";
    ck_assert_uint_eq(tu_element_ids(buf, sizeof buf, reg, &f), 0);
    f.strategy = NULL;
    f.kind = NULL;
    f.delivered_by = "victims-group";
    tu_element_ids(buf, sizeof buf, reg, &f);
    TU_STR_EQ(buf, "dg");
    f.delivered_by = "csp";
    ck_assert_uint_eq(tu_element_ids(buf, sizeof buf, reg, &f), 0);
    f.delivered_by = NULL;
    f.strategy = "nothing";
    ck_assert_uint_eq(tu_element_ids(buf, sizeof buf, reg, &f), 0);

    f.strategy = NULL;
    f.kind = "goal";
    TU_CODE(csp_element_iterator_new(&it, reg, &f), CSP_EENUM);
    ck_assert_ptr_null(it);
}
END_TEST

/* a(a1(a1x), a2), b(b1), c */
static void fill_tree(void)
{
    tu_put_element(reg, "a", "plan", NULL, "strand");
    tu_put_element(reg, "b", "plan", NULL, "strand");
    tu_put_element(reg, "c", "plan", NULL, "strand");
    tu_put_element(reg, "a1", "plan", "a", "objective");
    tu_put_element(reg, "a2", "plan", "a", "objective");
    tu_put_element(reg, "a1x", "plan", "a1", "activity");
    tu_put_element(reg, "b1", "plan", "b", "objective");
    tu_put_element(reg, "o1", "other", NULL, "aim");
    check_tree("plan", "a,a1,a1x,a2,b,b1,c");
}

START_TEST(test_move_reorder_siblings)
{
    fill_tree();
    TU_OK(csp_element_move(reg, "c", NULL, 0));
    check_tree("plan", "c,a,a1,a1x,a2,b,b1");
    TU_OK(csp_element_move(reg, "b", NULL, 1));
    check_tree("plan", "c,b,b1,a,a1,a1x,a2");
    TU_OK(csp_element_move(reg, "c", NULL, -1)); /* negative: last */
    check_tree("plan", "b,b1,a,a1,a1x,a2,c");
    TU_OK(csp_element_move(reg, "b", NULL, 99)); /* too large: last */
    check_tree("plan", "a,a1,a1x,a2,c,b,b1");
    TU_OK(csp_element_move(reg, "a2", "a", 0));
    check_tree("plan", "a,a2,a1,a1x,c,b,b1");
    check_children("a", "a2,a1");
    /* Moving to the place it already has changes nothing. */
    TU_OK(csp_element_move(reg, "a2", "a", 0));
    check_tree("plan", "a,a2,a1,a1x,c,b,b1");
    /* Forward among siblings: index is its place after the move. */
    TU_OK(csp_element_move(reg, "a", NULL, 1));
    check_tree("plan", "c,a,a2,a1,a1x,b,b1");
    TU_OK(csp_element_move(reg, "c", NULL, 2));
    check_tree("plan", "a,a2,a1,a1x,b,b1,c");
    TU_OK(csp_element_move(reg, "a2", "a", 1));
    check_tree("plan", "a,a1,a1x,a2,b,b1,c");
    check_children("a", "a1,a2");
    check_tree("other", "o1");
}
END_TEST

START_TEST(test_move_reparent)
{
    csp_element *el = NULL;
    fill_tree();
    /* a1 (with its child a1x) under b, first. */
    TU_OK(csp_element_move(reg, "a1", "b", 0));
    check_tree("plan", "a,a2,b,a1,a1x,b1,c");
    check_children("b", "a1,b1");
    check_children("a", "a2");
    TU_OK(csp_element_get(&el, reg, "a1"));
    TU_STR_EQ(csp_element_parent(el), "b");
    ck_assert_int_eq(csp_element_position(el), 4);
    csp_element_free(el);
    el = NULL;
    /* Under a leaf, last. */
    TU_OK(csp_element_move(reg, "c", "a2", -1));
    check_tree("plan", "a,a2,c,b,a1,a1x,b1");
    /* To the top level, between a and b. */
    TU_OK(csp_element_move(reg, "a1x", NULL, 1));
    check_tree("plan", "a,a2,c,a1x,b,a1,b1");
    TU_OK(csp_element_get(&el, reg, "a1x"));
    TU_STR_EQ(csp_element_parent(el), NULL);
    csp_element_free(el);
    el = NULL;
    /* To the top level, last. */
    TU_OK(csp_element_move(reg, "a2", NULL, -1));
    check_tree("plan", "a,a1x,b,a1,b1,a2,c");
    check_children("a2", "c");
}
END_TEST

START_TEST(test_move_refused)
{
    fill_tree();
    t_a = tu_export(reg, 0);
    /* Under its own descendant, or itself. */
    TU_CODE(csp_element_move(reg, "a", "a1x", 0), CSP_ECONSTRAINT);
    check_tree("plan", "a,a1,a1x,a2,b,b1,c");
    TU_CODE(csp_element_move(reg, "a", "a1", -1), CSP_ECONSTRAINT);
    TU_CODE(csp_element_move(reg, "a1", "a1x", -1), CSP_ECONSTRAINT);
    TU_CODE(csp_element_move(reg, "a", "a", 0), CSP_ECONSTRAINT);
    check_tree("plan", "a,a1,a1x,a2,b,b1,c");
    /* Into another strategy. */
    TU_CODE(csp_element_move(reg, "a2", "o1", 0), CSP_ECONSTRAINT);
    check_tree("plan", "a,a1,a1x,a2,b,b1,c");
    check_tree("other", "o1");
    /* No such parent; no such element. */
    TU_CODE(csp_element_move(reg, "a2", "ghost", 0), CSP_EREFERENCE);
    TU_MSG_HAS("ghost");
    TU_CODE(csp_element_move(reg, "ghost", NULL, 0), CSP_ENOTFOUND);
    TU_CODE(csp_element_move(reg, "ghost", "a", 0), CSP_ENOTFOUND);
    TU_CODE(csp_element_move(NULL, "a", NULL, 0), CSP_EARG);
    TU_CODE(csp_element_move(reg, NULL, NULL, 0), CSP_EARG);
    check_tree("plan", "a,a1,a1x,a2,b,b1,c");
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_element_delete)
{
    csp_element *el = NULL;
    fill_tree();
    TU_OK(csp_element_delete(reg, "a1x"));
    check_tree("plan", "a,a1,a2,b,b1,c");
    TU_CODE(csp_element_get(&el, reg, "a1x"), CSP_ENOTFOUND);
    TU_CODE(csp_element_delete(reg, "a1x"), CSP_ENOTFOUND);
    TU_OK(csp_element_delete(reg, "a1"));
    check_tree("plan", "a,a2,b,b1,c");
    ck_assert_int_eq(position_of("c"), 5);
    /* With children: refused, nothing changes. */
    TU_CODE(csp_element_delete(reg, "b"), CSP_EINUSE);
    TU_MSG_HAS("b1");
    TU_CODE(csp_element_delete(reg, "a"), CSP_EINUSE);
    check_tree("plan", "a,a2,b,b1,c");
    TU_OK(csp_element_delete(reg, "b1"));
    TU_OK(csp_element_delete(reg, "b"));
    check_tree("plan", "a,a2,c");
    TU_OK(csp_element_delete(reg, "a2"));
    TU_OK(csp_element_delete(reg, "a"));
    check_tree("plan", "c");
    ck_assert_int_eq(position_of("c"), 1);
    check_tree("other", "o1");
}
END_TEST

START_TEST(test_element_put_to_other_strategy)
{
    /* A leaf put with another strategy goes last there; the old strategy closes ranks. */
    csp_element *el = NULL;
    fill_tree();
    el = element("b1", "other", NULL);
    TU_OK(csp_element_put(reg, el));
    csp_element_free(el);
    check_tree("plan", "a,a1,a1x,a2,b,c");
    check_tree("other", "o1,b1");
}
END_TEST

START_TEST(test_element_put_to_other_strategy_with_children)
{
    /*
     * An element with children put with another strategy must not leave its
     * children in the old strategy under a parent in the new one: either it
     * is refused (CSP_ECONSTRAINT, nothing changes) or the subtree goes with it.
     */
    csp_element *el = element("a1", "other", NULL);
    int rc;
    fill_tree();
    t_a = tu_export(reg, 0);
    rc = csp_element_put(reg, el);
    csp_element_free(el);
    if (rc == CSP_OK) {
        check_tree("plan", "a,a2,b,b1,c");
        check_tree("other", "o1,a1,a1x");
    } else {
        TU_CODE(rc, CSP_ECONSTRAINT);
        check_tree("plan", "a,a1,a1x,a2,b,b1,c");
        check_tree("other", "o1");
        t_b = tu_export(reg, 0);
        TU_SAME_EXPORT(t_a, t_b);
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* Strategies and elements in JSON                                     */
/* ------------------------------------------------------------------ */

/* An identical strategy "s" of csp, for documents that add elements to it. */
#define S_HEAD_PLAN "{'id': 's', 'partnership': 'csp', 'title': 'S', 'kind': 'other', 'status': 'draft'"

static const char *const TREE_DOC =
    "{'format': 'libcsp/1',"
    " 'strategies': ["
    "  {'id': 'sep-2020-2023', 'partnership': 'csp', 'title': 'SEP strategy 2020-2023',"
    "   'kind': 'partnership_plan', 'status': 'agreed', 'start_date': '2020', 'end_date': '2023',"
    "   'agreed_on': '2020-03', 'refreshed_on': ['2021', '2022-03'], 'vision': 'Safer',"
    "   'duties': ['" STRATEGIES "', 'local.plan'], 'strands': ['crime_and_disorder', 'reoffending'],"
    "   'serious_violence_definition': 'as the Duty', 'note': 'n',"
    "   'elements': ["
    "    {'id': 'sep-s1', 'kind': 'strand', 'title': 'Strand one'},"
    "    {'id': 'sep-s1-o1', 'parent': 'sep-s1', 'kind': 'objective', 'title': 'Objective',"
    "     'text': 'more text', 'delivered_by': 'victims-group'},"
    "    {'id': 'sep-s1-o1-a', 'parent': 'sep-s1-o1', 'kind': 'activity', 'title': 'Activity'},"
    "    {'id': 'sep-s1-o2', 'parent': 'sep-s1', 'kind': 'objective', 'title': 'Second objective'},"
    "    {'id': 'sep-s2', 'kind': 'strand', 'title': 'Strand two'},"
    "    {'id': 'sep-s0', 'kind': 'strand', 'title': 'Strand three, an id sorting first'}]},"
    "  {'id': 'borough', 'partnership': 'lsp', 'title': 'Borough plan', 'kind': 'borough_plan',"
    "   'status': 'published',"
    "   'elements': [{'id': 'b-p', 'kind': 'principle', 'title': 'Principle'}]}]}";

START_TEST(test_json_tree_roundtrip)
{
    csp_strategy *s = NULL;
    TU_OK(tu_import_q(reg, TREE_DOC));
    check_tree("sep-2020-2023", "sep-s1,sep-s1-o1,sep-s1-o1-a,sep-s1-o2,sep-s2,sep-s0");
    check_tree("borough", "b-p");
    TU_OK(csp_strategy_get(&s, reg, "sep-2020-2023"));
    ck_assert_uint_eq(csp_strategy_refreshed_on_count(s), 2);
    TU_STR_EQ(csp_strategy_refreshed_on(s, 1), "2022-03");
    ck_assert_uint_eq(csp_strategy_duties_count(s), 2);
    TU_STR_EQ(csp_strategy_strands(s, 1), "reoffending");
    csp_strategy_free(s);

    t_a = tu_export(reg, 0);
    ck_assert_msg(strstr(t_a, "\"position\"") == NULL, "position exported:\n%s", t_a);
    ck_assert_msg(strstr(t_a, "\"elements\"") != NULL, "no elements:\n%s", t_a);
    /* Elements keep tree order, not id order. */
    ck_assert_ptr_nonnull(strstr(t_a, "sep-s2"));
    ck_assert_msg(strstr(t_a, "\"sep-s2\"") < strstr(t_a, "\"sep-s0\""),
                  "elements sorted by id, not kept in order:\n%s", t_a);
    /* The strategies are sorted by id. */
    ck_assert_msg(strstr(t_a, "\"borough\"") < strstr(t_a, "\"sep-2020-2023\""), "%s", t_a);

    /* Import the export into a fresh register: it carries everything it needs. */
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, 0);
    csp_register_close(t_r2);
    t_r2 = NULL;
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_json_tree_roundtrip_after_moves)
{
    TU_OK(tu_import_q(reg, TREE_DOC));
    TU_OK(csp_element_move(reg, "sep-s0", NULL, 0));
    TU_OK(csp_element_move(reg, "sep-s1-o2", "sep-s2", 0));
    TU_OK(csp_element_move(reg, "sep-s1-o1-a", "sep-s0", -1));
    check_tree("sep-2020-2023", "sep-s0,sep-s1-o1-a,sep-s1,sep-s1-o1,sep-s2,sep-s1-o2");
    t_a = tu_export(reg, CSP_EXPORT_INDENT);

    /* Into a fresh register: the whole document, partnerships and all. */
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, CSP_EXPORT_INDENT);
    check_tree_in(t_r2, "sep-2020-2023", "sep-s0,sep-s1-o1-a,sep-s1,sep-s1-o1,sep-s2,sep-s1-o2");
    csp_register_close(t_r2);
    t_r2 = NULL;
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_json_tree_same_document_twice)
{
    TU_OK(tu_import_q(reg, TREE_DOC));
    t_a = tu_export(reg, 0);
    TU_OK(tu_import_q(reg, TREE_DOC));
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    csp_free(t_b);
    t_b = NULL;
    TU_OK(tu_import(reg, t_a));
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_json_elements_added_to_existing_strategy)
{
    /*
     * A document may carry a strategy already in the register (identical:
     * a no-op) with new elements: they are added after the stored ones, and
     * the tree stays a numbered pre-order that exports and imports again.
     */
    static const char *const first =
        "{'format': 'libcsp/1', 'strategies': [" S_HEAD_PLAN ", 'elements': ["
        " {'id': 'a', 'kind': 'strand', 'title': 'A'},"
        " {'id': 'b', 'kind': 'strand', 'title': 'B'},"
        " {'id': 'x', 'kind': 'strand', 'title': 'X'}]}]}";
    static const char *const top =
        "{'format': 'libcsp/1', 'strategies': [" S_HEAD_PLAN ", 'elements': ["
        " {'id': 'z', 'kind': 'strand', 'title': 'Z'}]}]}";
    TU_OK(tu_import_q(reg, first));
    check_tree("s", "a,b,x");
    TU_OK(tu_import_q(reg, top));
    check_tree("s", "a,b,x,z");

    t_a = tu_export(reg, 0);
    t_r2 = tu_open_mem();
    TU_OK(tu_import(t_r2, t_a));
    t_b = tu_export(t_r2, 0);
    check_tree_in(t_r2, "s", "a,b,x,z");
    csp_register_close(t_r2);
    t_r2 = NULL;
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

START_TEST(test_json_element_under_stored_parent)
{
    /*
     * A new element whose parent is stored but not earlier in the document's
     * list: either refused at its parent (the format says the parent comes
     * earlier in the list), or added as the parent's last child; never a
     * child placed before its parent.
     */
    static const char *const first =
        "{'format': 'libcsp/1', 'strategies': [" S_HEAD_PLAN ", 'elements': ["
        " {'id': 'a', 'kind': 'strand', 'title': 'A'},"
        " {'id': 'b', 'kind': 'strand', 'title': 'B'},"
        " {'id': 'x', 'kind': 'strand', 'title': 'X'}]}]}";
    static const char *const child =
        "{'format': 'libcsp/1', 'strategies': [" S_HEAD_PLAN ", 'elements': ["
        " {'id': 'c', 'parent': 'x', 'kind': 'objective', 'title': 'C'}]}]}";
    int rc;
    TU_OK(tu_import_q(reg, first));
    t_a = tu_export(reg, 0);
    rc = tu_import_q(reg, child);
    if (rc == CSP_OK) {
        t_r2 = tu_open_mem();
        check_tree("s", "a,b,x,c");
        t_b = tu_export(reg, 0);
        TU_OK(tu_import(t_r2, t_b));
        check_tree_in(t_r2, "s", "a,b,x,c");
        csp_register_close(t_r2);
        t_r2 = NULL;
    } else {
        ck_assert_msg(rc == CSP_EREFERENCE || rc == CSP_ECONSTRAINT, "got %s: %s", csp_code_name(rc),
                      csp_error_last()->message);
        TU_PATH("strategies[0].elements[0].parent");
        t_b = tu_export(reg, 0);
        TU_SAME_EXPORT(t_a, t_b);
        check_tree("s", "a,b,x");
    }
}
END_TEST

typedef struct json_case {
    const char *doc; /* single-quoted */
    int code;
    const char *path;
} json_case;

#define S_HEAD "{'id': 's', 'partnership': 'csp', 'title': 'S', 'kind': 'partnership_plan', 'status': 'agreed'"
#define S_OK "{'id': 's-ok', 'partnership': 'csp', 'title': 'S', 'kind': 'other', 'status': 'draft'}"

static const json_case strategy_json_cases[] = {
    /* the tree */
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e1', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e2', 'parent': 'e3', 'kind': 'objective', 'title': 'T'},"
     " {'id': 'e3', 'kind': 'strand', 'title': 'T'}]}]}",
     CSP_EREFERENCE, "strategies[0].elements[2].parent"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e1', 'parent': 'ghost', 'kind': 'objective', 'title': 'T'}]}]}",
     CSP_EREFERENCE, "strategies[0].elements[1].parent"},
    {"{'format': 'libcsp/1', 'strategies': [" S_OK ", " S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e1', 'parent': 'e1', 'kind': 'objective', 'title': 'T'}]}]}",
     CSP_ECONSTRAINT, "strategies[1].elements[1].parent"},
    /* a parent in another strategy of the same document */
    {"{'format': 'libcsp/1', 'strategies': ["
     " {'id': 'a', 'partnership': 'csp', 'title': 'A', 'kind': 'other', 'status': 'draft',"
     "  'elements': [{'id': 'a0', 'kind': 'strand', 'title': 'T'}]},"
     " {'id': 'b', 'partnership': 'csp', 'title': 'B', 'kind': 'other', 'status': 'draft',"
     "  'elements': [{'id': 'b0', 'kind': 'strand', 'title': 'T'},"
     "               {'id': 'b1', 'kind': 'strand', 'title': 'T'},"
     "               {'id': 'b2', 'parent': 'a0', 'kind': 'objective', 'title': 'T'}]}]}",
     CSP_ECONSTRAINT, "strategies[1].elements[2].parent"},
    /* a parent in another strategy already in the register */
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e1', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e2', 'parent': 'reg-el', 'kind': 'objective', 'title': 'T'}]}]}",
     CSP_ECONSTRAINT, "strategies[0].elements[2].parent"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T', 'position': 1}]}]}",
     CSP_EUNKNOWN, "strategies[0].elements[0].position"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T'},"
     " {'id': 'e1', 'strategy': 's', 'kind': 'strand', 'title': 'T'}]}]}",
     CSP_EUNKNOWN, "strategies[0].elements[1].strategy"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'goal', 'title': 'T'}]}]}",
     CSP_EENUM, "strategies[0].elements[0].kind"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand'}]}]}",
     CSP_EREQUIRED, "strategies[0].elements[0].title"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
     " {'id': 'e0', 'kind': 'strand', 'title': 'T', 'delivered_by': 'ghost-group'}]}]}",
     CSP_EREFERENCE, "strategies[0].elements[0].delivered_by"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': {'id': 'e0'}}]}",
     CSP_EINVALID, "strategies[0].elements"},
    /* the strategy's own fields */
    {"{'format': 'libcsp/1', 'strategies': [" S_OK ", " S_HEAD ", 'duties': ['" SVD "', 'local.ghost']}]}",
     CSP_EREFERENCE, "strategies[1].duties[1]"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'refreshed_on': ['2021', '2022-02-30']}]}",
     CSP_EDATE, "strategies[0].refreshed_on[1]"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'strands': ['drugs']}]}",
     CSP_EENUM, "strategies[0].strands[0]"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'start_date': '2023', 'end_date': '2020'}]}",
     CSP_ECONSTRAINT, "strategies[0].end_date"},
    {"{'format': 'libcsp/1', 'strategies': [" S_OK ", {'id': 's', 'partnership': 'csp', 'title': 'S',"
     " 'kind': 'plan', 'status': 'agreed'}]}",
     CSP_EENUM, "strategies[1].kind"},
    {"{'format': 'libcsp/1', 'strategies': [{'id': 's', 'partnership': 'csp', 'title': 'S',"
     " 'kind': 'other'}]}",
     CSP_EREQUIRED, "strategies[0].status"},
    {"{'format': 'libcsp/1', 'strategies': [{'id': 's', 'partnership': 'ghost', 'title': 'S',"
     " 'kind': 'other', 'status': 'draft'}]}",
     CSP_EREFERENCE, "strategies[0].partnership"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'colour': 'red'}]}",
     CSP_EUNKNOWN, "strategies[0].colour"},
    {"{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'agreed_on': '2020-3'}]}",
     CSP_EDATE, "strategies[0].agreed_on"},
};

#define N_STRATEGY_JSON_CASES ((int)(sizeof strategy_json_cases / sizeof strategy_json_cases[0]))

START_TEST(test_json_errors)
{
    const json_case *c = &strategy_json_cases[_i];
    int rc;
    /* Something already in the register for the document to refer to. */
    tu_put_strategy(reg, "reg-plan", "lsp", "borough_plan", "agreed");
    tu_put_element(reg, "reg-el", "reg-plan", NULL, "strand");
    t_a = tu_export(reg, 0);
    t_c = tu_q(c->doc);
    rc = tu_import(reg, t_c);
    ck_assert_msg(rc == c->code, "case %d: expected %s, got %s: \"%s\" [path \"%s\"]\n%s", _i,
                  csp_code_name(c->code), csp_code_name(rc), csp_error_last()->message,
                  csp_error_last()->path, t_c);
    TU_PATH(c->path);
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
    ck_assert_uint_eq(tu_strategy_count(reg), 1);
    ck_assert_uint_eq(tu_element_count(reg), 1);
}
END_TEST

/* JSON does not order an object's keys. A strategy's elements may come
 * before its id (they are then parsed whole and imported after it), between
 * its fields, or after them (each element then imported as it is read): the
 * register ends the same, the tree in the order of the list. */
START_TEST(test_json_elements_in_any_key_order)
{
#define ELEMENTS                                                                                                     \
    "'elements': [{'id': 'k1', 'kind': 'strand', 'title': 'One'},"                                                   \
    " {'id': 'k1-o', 'parent': 'k1', 'kind': 'objective', 'title': 'Objective'},"                                    \
    " {'id': 'k0', 'kind': 'strand', 'title': 'Two'}]"
    static const char *const orders[] = {
        "{'id': 'k', 'partnership': 'csp', 'title': 'K', 'kind': 'other', 'status': 'draft', " ELEMENTS "}",
        "{" ELEMENTS ", 'id': 'k', 'partnership': 'csp', 'title': 'K', 'kind': 'other', 'status': 'draft'}",
        "{'title': 'K', 'id': 'k', " ELEMENTS ", 'partnership': 'csp', 'kind': 'other', 'status': 'draft'}",
        "{'partnership': 'csp', " ELEMENTS ", 'title': 'K', 'kind': 'other', 'id': 'k', 'status': 'draft'}",
    };
#undef ELEMENTS
    char doc[1024];
    for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++) {
        snprintf(doc, sizeof doc, "{'format': 'libcsp/1', 'strategies': [%s]}", orders[i]);
        TU_OK(csp_register_begin(reg));
        TU_OK(tu_import_q(reg, doc));
        check_tree("k", "k1,k1-o,k0");
        char *e = tu_export(reg, 0);
        TU_OK(csp_register_rollback(reg));
        if (i == 0) {
            t_a = e;
        } else {
            TU_SAME_EXPORT(t_a, e);
            csp_free(e);
        }
    }
}
END_TEST

START_TEST(test_json_duplicate_element_id)
{
    t_a = tu_export(reg, 0);
    TU_CODE(tu_import_q(reg, "{'format': 'libcsp/1', 'strategies': [" S_HEAD ", 'elements': ["
                             " {'id': 'e0', 'kind': 'strand', 'title': 'T'},"
                             " {'id': 'e0', 'kind': 'strand', 'title': 'T'}]}]}"),
            CSP_EEXISTS);
    TU_PATH_PREFIX("strategies[0].elements[1]");
    /* The same element id in two strategies. */
    TU_CODE(tu_import_q(reg, "{'format': 'libcsp/1', 'strategies': ["
                             " {'id': 'a', 'partnership': 'csp', 'title': 'A', 'kind': 'other', 'status': 'draft',"
                             "  'elements': [{'id': 'e0', 'kind': 'strand', 'title': 'T'}]},"
                             " {'id': 'b', 'partnership': 'csp', 'title': 'B', 'kind': 'other', 'status': 'draft',"
                             "  'elements': [{'id': 'e0', 'kind': 'strand', 'title': 'T'}]}]}"),
            CSP_EEXISTS);
    TU_PATH_PREFIX("strategies[1].elements[0]");
    t_b = tu_export(reg, 0);
    TU_SAME_EXPORT(t_a, t_b);
}
END_TEST

static Suite *strategy_suite(void)
{
    Suite *s = suite_create("strategy");
    TCase *tc = tcase_create("strategy");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_strategy_new_defaults);
    tcase_add_test(tc, test_strategy_setters);
    tcase_add_test(tc, test_strategy_enums);
    tcase_add_test(tc, test_strategy_refreshed_on);
    tcase_add_test(tc, test_strategy_duties_strands);
    tcase_add_test(tc, test_strategy_put_get);
    tcase_add_test(tc, test_strategy_put_required);
    tcase_add_test(tc, test_strategy_put_references);
    tcase_add_test(tc, test_strategy_period);
    tcase_add_test(tc, test_strategy_put_replaces_keeps_elements);
    tcase_add_test(tc, test_strategy_delete);
    tcase_add_test(tc, test_strategy_holds_partnership);
    tcase_add_test(tc, test_strategy_filters);
    suite_add_tcase(s, tc);

    tc = tcase_create("element");
    tcase_add_checked_fixture(tc, setup_tree, teardown);
    tcase_add_test(tc, test_element_new_setters);
    tcase_add_test(tc, test_element_put_appends);
    tcase_add_test(tc, test_element_put_get_full);
    tcase_add_test(tc, test_element_put_existing_keeps_place);
    tcase_add_test(tc, test_element_put_required);
    tcase_add_test(tc, test_element_put_bad_references);
    tcase_add_test(tc, test_element_put_under_descendant);
    tcase_add_test(tc, test_element_iterate_filters);
    tcase_add_test(tc, test_move_reorder_siblings);
    tcase_add_test(tc, test_move_reparent);
    tcase_add_test(tc, test_move_refused);
    tcase_add_test(tc, test_element_delete);
    tcase_add_test(tc, test_element_put_to_other_strategy);
    tcase_add_test(tc, test_element_put_to_other_strategy_with_children);
    suite_add_tcase(s, tc);

    tc = tcase_create("json");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_json_tree_roundtrip);
    tcase_add_test(tc, test_json_elements_in_any_key_order);
    tcase_add_test(tc, test_json_tree_roundtrip_after_moves);
    tcase_add_test(tc, test_json_tree_same_document_twice);
    tcase_add_loop_test(tc, test_json_errors, 0, N_STRATEGY_JSON_CASES);
    tcase_add_test(tc, test_json_duplicate_element_id);
    tcase_add_test(tc, test_json_elements_added_to_existing_strategy);
    tcase_add_test(tc, test_json_element_under_stored_parent);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run(strategy_suite());
}
