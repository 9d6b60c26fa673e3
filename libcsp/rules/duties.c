/* Rules of the duties family: strategic assessments and the partnership plan (docs/rules.md).
 * A partnership's records count with those of its strategy groups (the
 * statutory officer group prepares the assessments and the plan). */
#include "rules/catalogue.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "(a partial date, taken as 31 March 2023)", or "" for a full date. */
static const char *partial_note(char *buf, size_t size, const char *date)
{
    char last[11], words[40];
    if (!date || strlen(date) == 10) {
        buf[0] = '\0';
        return buf;
    }
    csp__date_last_day(last, date);
    snprintf(buf, size, " (a partial date, taken as %s)", csp__date_words(words, sizeof words, last));
    return buf;
}

/* "on 31 March 2023", or for a partial date "with March 2023" (the period it names). */
static const char *end_words(char *buf, size_t size, const char *date)
{
    char w[40];
    csp__date_words(w, sizeof w, date);
    snprintf(buf, size, "%s %s", strlen(date) == 10 ? "on" : "with", w);
    return buf;
}

/* "on 31 March 2023", or for a partial date "in March 2023". */
static const char *when_words(char *buf, size_t size, const char *date)
{
    char w[40];
    csp__date_words(w, sizeof w, date);
    snprintf(buf, size, "%s %s", strlen(date) == 10 ? "on" : "in", w);
    return buf;
}

/* ---- strategic assessment ------------------------------------------------------------ */

typedef struct latest {
    csp__check_ctx *ctx;
    const char *kind; /* of assessment */
    size_t seen;      /* records of the kind */
    size_t undated;   /* of which with no date */
    char id[CSP__ID_SIZE];     /* the latest dated one, not after the date checked */
    char date[11];    /* as written */
    char last[11];    /* its last day */
    char title[300];
} latest;

static void keep_if_later(latest *l, const char *id, const char *date, const char *title)
{
    char first[11], last[11];
    csp__date_first_day(first, date);
    if (strcmp(first, l->ctx->as_of) > 0)
        return; /* not yet, as of the date */
    csp__date_last_day(last, date);
    if (l->id[0] && strcmp(last, l->last) <= 0)
        return;
    snprintf(l->id, sizeof l->id, "%s", id);
    snprintf(l->date, sizeof l->date, "%s", date);
    snprintf(l->last, sizeof l->last, "%s", last);
    snprintf(l->title, sizeof l->title, "%s", title ? title : id);
}

/* The latest completed assessment of l->kind. */
static int assessment(const csp__record *a, void *arg)
{
    latest *l = arg;
    if (strcmp(a->v[CSP_ASSESSMENT_KIND].s, l->kind) != 0)
        return CSP_OK;
    l->seen++;
    const char *done = a->v[CSP_ASSESSMENT_COMPLETED_ON].s;
    if (!done)
        l->undated++;
    else
        keep_if_later(l, csp__record_id(a), done, a->v[CSP_ASSESSMENT_TITLE].s);
    return CSP_OK;
}

/* Runs each on the records of entity whose partnership field names p or one
 * of its strategy groups. */
static int each_of_family(csp__check_ctx *ctx, const csp__record *p, int entity, int field,
                          int (*each)(const csp__record *, void *), void *arg)
{
    const csp__strlist *fam = NULL;
    int rc = csp__partnership_family(ctx, p, &fam);
    for (size_t i = 0; rc == CSP_OK && i < fam->n; i++) {
        csp__query q;
        csp__query_init(&q, &csp__entities[entity]);
        csp__query_eq_borrowed(&q, field, fam->v[i]);
        rc = csp__read_each(ctx->reg, &q, each, arg);
        csp__query_reset(&q);
    }
    return rc;
}

int csp__rule_assessment_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    latest l;
    memset(&l, 0, sizeof l);
    l.ctx = ctx;
    l.kind = "strategic_assessment";
    int rc = each_of_family(ctx, p, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PARTNERSHIP, assessment, &l);
    if (rc)
        return rc;
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], when[60], due[11], duewords[40], note[80];
    csp__date_words(day, sizeof day, ctx->as_of);
    if (!l.id[0]) {
        csp_finding *f;
        if (l.seen)
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                                 "%s has %zu strategic assessment%s on record, none with the date it was completed "
                                 "by %s, so whether one was completed in the last %d months is not shown.",
                                 name, l.seen, l.seen == 1 ? "" : "s", day, rule->months);
        else
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                                 "No strategic assessment of %s (or its strategy group) is on record, so whether one "
                                 "was completed in the last %d months is not shown.",
                                 name, rule->months);
        return f ? CSP_OK : CSP_ENOMEM;
    }
    csp__date_add_months(due, l.last, rule->months);
    when_words(when, sizeof when, l.date);
    csp__date_words(duewords, sizeof duewords, due);
    partial_note(note, sizeof note, l.date);
    csp_finding *f;
    if (strcmp(l.last, ctx->since) >= 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, due,
                             "The latest strategic assessment, \"%s\", was completed %s%s, within the %d months "
                             "to %s; the next is due by %s.",
                             l.title, when, note, rule->months, day, duewords);
    else
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, due,
                             "The latest strategic assessment, \"%s\", was completed %s%s, more than %d months "
                             "before %s: the next was due by %s.",
                             l.title, when, note, rule->months, day, duewords);
    return f ? csp__finding_evidence(f, CSP_ENTITY_ASSESSMENT, l.id) : CSP_ENOMEM;
}

/* ---- the partnership plan ------------------------------------------------------------ */

struct csp__plans {
    char partnership[CSP__ID_SIZE]; /* whose they are */
    csp__check_ctx *ctx;
    size_t seen;          /* partnership plans on record */
    size_t undated;       /* agreed or published ones with an open period */
    char in_force[CSP__ID_SIZE];   /* the plan in force (the latest starting), or "" */
    char start[11];       /* its start's first day */
    char ended[CSP__ID_SIZE];      /* the latest agreed or published plan whose period ended before the date */
    char ended_end[11];
    char ended_as_written[11];
    char undated_id[CSP__ID_SIZE]; /* one with an open period */
};
typedef struct csp__plans plans;

static int is_agreed(const csp__record *s)
{
    const char *status = s->v[CSP_STRATEGY_STATUS].s;
    return strcmp(status, "agreed") == 0 || strcmp(status, "published") == 0;
}

static int plan(const csp__record *s, void *arg)
{
    plans *pl = arg;
    if (strcmp(s->v[CSP_STRATEGY_KIND].s, "partnership_plan") != 0)
        return CSP_OK;
    pl->seen++;
    if (!is_agreed(s))
        return CSP_OK;
    const char *start = s->v[CSP_STRATEGY_START_DATE].s, *end = s->v[CSP_STRATEGY_END_DATE].s;
    char first[11], last[11];
    if (!start || !end) {
        pl->undated++;
        snprintf(pl->undated_id, sizeof pl->undated_id, "%s", csp__record_id(s));
        return CSP_OK;
    }
    csp__date_first_day(first, start);
    csp__date_last_day(last, end);
    if (strcmp(first, pl->ctx->as_of) <= 0 && strcmp(last, pl->ctx->as_of) >= 0) {
        if (!pl->in_force[0] || strcmp(first, pl->start) > 0) {
            snprintf(pl->in_force, sizeof pl->in_force, "%s", csp__record_id(s));
            snprintf(pl->start, sizeof pl->start, "%s", first);
        }
    } else if (strcmp(last, pl->ctx->as_of) < 0 && (!pl->ended[0] || strcmp(last, pl->ended_end) > 0)) {
        snprintf(pl->ended, sizeof pl->ended, "%s", csp__record_id(s));
        snprintf(pl->ended_end, sizeof pl->ended_end, "%s", last);
        snprintf(pl->ended_as_written, sizeof pl->ended_as_written, "%s", end);
    }
    return CSP_OK;
}

/* p's partnership plans, as of the date: read for its first plan rule and
 * kept in ctx for the others. */
static int read_plans(csp__check_ctx *ctx, const csp__record *p, plans *pl)
{
    if (ctx->plans && strcmp(ctx->plans->partnership, csp__record_id(p)) == 0) {
        *pl = *ctx->plans;
        return CSP_OK;
    }
    memset(pl, 0, sizeof *pl);
    pl->ctx = ctx;
    int rc = each_of_family(ctx, p, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PARTNERSHIP, plan, pl);
    if (rc)
        return rc;
    if (!ctx->plans && !(ctx->plans = malloc(sizeof *ctx->plans)))
        return csp__fail(CSP_ENOMEM, "out of memory");
    snprintf(pl->partnership, sizeof pl->partnership, "%s", csp__record_id(p));
    *ctx->plans = *pl;
    return CSP_OK;
}

/* The finding when no plan is shown in force: not met when the latest ended,
 * not shown when none is on record or one has an open period. */
static int no_plan_in_force(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p, const plans *pl,
                            const char *what, int can_fail)
{
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], t[300], endw[60];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f;
    if (pl->undated) {
        csp__name_of(ctx, CSP_ENTITY_STRATEGY, pl->undated_id, t, sizeof t);
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "The plan \"%s\" of %s is on record without the start or end of its period, so %s on %s "
                             "is not shown.",
                             t, name, what, day);
        return f ? csp__finding_evidence(f, CSP_ENTITY_STRATEGY, pl->undated_id) : CSP_ENOMEM;
    }
    if (pl->ended[0]) {
        csp__name_of(ctx, CSP_ENTITY_STRATEGY, pl->ended, t, sizeof t);
        end_words(endw, sizeof endw, pl->ended_as_written);
        if (can_fail)
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, pl->ended_end,
                                 "No partnership plan of %s is in force on %s: the latest, \"%s\", ended %s.", name,
                                 day, t, endw);
        else
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                                 "No partnership plan of %s is in force on %s (the latest, \"%s\", ended %s: "
                                 "CSP-PLAN-001), so %s is not shown.",
                                 name, day, t, endw, what);
        return f ? csp__finding_evidence(f, CSP_ENTITY_STRATEGY, pl->ended) : CSP_ENOMEM;
    }
    f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                         "No agreed or published partnership plan of %s (or its strategy group) is on record, so %s "
                         "on %s is not shown.",
                         name, what, day);
    return f ? CSP_OK : CSP_ENOMEM;
}

int csp__rule_plan_in_force(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    plans pl;
    int rc = read_plans(ctx, p, &pl);
    if (rc)
        return rc;
    if (!pl.in_force[0])
        return no_plan_in_force(ctx, rule, p, &pl, "a plan in force", 1);
    csp__record s;
    if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_STRATEGY], pl.in_force, &s)))
        return rc;
    char day[40], from[40], to[40], last[11];
    csp__date_last_day(last, s.v[CSP_STRATEGY_END_DATE].s);
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, last,
                                      "\"%s\" is in force on %s: %s, covering %s to %s.", s.v[CSP_STRATEGY_TITLE].s,
                                      day, s.v[CSP_STRATEGY_STATUS].s,
                                      csp__date_words(from, sizeof from, s.v[CSP_STRATEGY_START_DATE].s),
                                      csp__date_words(to, sizeof to, s.v[CSP_STRATEGY_END_DATE].s));
    csp__record_reset(&s);
    return f ? csp__finding_evidence(f, CSP_ENTITY_STRATEGY, pl.in_force) : CSP_ENOMEM;
}

int csp__rule_plan_revised_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    plans pl;
    int rc = read_plans(ctx, p, &pl);
    if (rc)
        return rc;
    if (!pl.in_force[0])
        return no_plan_in_force(ctx, rule, p, &pl, "when the plan in force was last revised", 0);
    csp__record s;
    if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_STRATEGY], pl.in_force, &s)))
        return rc;
    /* Its latest revision not after the date: agreed, published or refreshed. */
    latest l;
    memset(&l, 0, sizeof l);
    l.ctx = ctx;
    const char *title = s.v[CSP_STRATEGY_TITLE].s;
    if (s.v[CSP_STRATEGY_AGREED_ON].s)
        keep_if_later(&l, pl.in_force, s.v[CSP_STRATEGY_AGREED_ON].s, title);
    if (s.v[CSP_STRATEGY_PUBLISHED_ON].s)
        keep_if_later(&l, pl.in_force, s.v[CSP_STRATEGY_PUBLISHED_ON].s, title);
    for (size_t i = 0; i < s.v[CSP_STRATEGY_REFRESHED_ON].list.n; i++)
        keep_if_later(&l, pl.in_force, s.v[CSP_STRATEGY_REFRESHED_ON].list.v[i], title);
    char day[40], when[60], due[11], duew[40], note[80];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f;
    if (!l.id[0]) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "The plan in force, \"%s\", is on record with no date it was agreed, published or "
                             "refreshed, so whether it was revised in the %d months to %s is not shown.",
                             title, rule->months, day);
    } else {
        csp__date_add_months(due, l.last, rule->months);
        when_words(when, sizeof when, l.date);
        csp__date_words(duew, sizeof duew, due);
        partial_note(note, sizeof note, l.date);
        if (strcmp(l.last, ctx->since) >= 0)
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, due,
                                 "The plan in force, \"%s\", was last agreed, published or refreshed %s%s, within "
                                 "the %d months to %s; its next revision is due by %s.",
                                 title, when, note, rule->months, day, duew);
        else
            f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, due,
                                 "The plan in force, \"%s\", was last agreed, published or refreshed %s%s, more "
                                 "than %d months before %s: its revision was due by %s.",
                                 title, when, note, rule->months, day, duew);
    }
    csp__record_reset(&s);
    return f ? csp__finding_evidence(f, CSP_ENTITY_STRATEGY, pl.in_force) : CSP_ENOMEM;
}

/* ---- the strategies of s6 -------------------------------------------------------------- */

static const struct {
    const char *strand, *kind, *words, *from;
} strands[] = {
    {"crime_and_disorder", NULL, "crime and disorder", NULL},
    {"substance_misuse", "substance_misuse_strategy", "substance misuse", NULL},
    {"reoffending", "reducing_reoffending_strategy", "reducing re-offending", NULL},
    {"serious_violence", "serious_violence_strategy", "serious violence", "2023-01-31"},
};
#define NSTRANDS (sizeof strands / sizeof strands[0])

typedef struct covers {
    csp__check_ctx *ctx;
    size_t in_force;            /* strategies in force */
    size_t with_strands;        /* of which recording the strands they cover (or of a strand's kind) */
    int covered[NSTRANDS];
    csp__strlist evidence;
} covers;

static int cover(const csp__record *s, void *arg)
{
    covers *c = arg;
    if (csp__record_in_force(s, c->ctx->as_of) != 1) /* agreed or published, its period open or holding the date */
        return CSP_OK;
    c->in_force++;
    int any = 0;
    for (size_t k = 0; k < NSTRANDS; k++) {
        int by_kind = strands[k].kind && strcmp(s->v[CSP_STRATEGY_KIND].s, strands[k].kind) == 0;
        int listed = 0;
        for (size_t i = 0; i < s->v[CSP_STRATEGY_STRANDS].list.n; i++)
            listed |= strcmp(s->v[CSP_STRATEGY_STRANDS].list.v[i], strands[k].strand) == 0;
        if (by_kind || listed) {
            c->covered[k] = 1;
            any = 1;
        }
    }
    c->with_strands += any || s->v[CSP_STRATEGY_STRANDS].list.n > 0;
    if (!any)
        return CSP_OK;
    char *id = csp__strdup(csp__record_id(s));
    if (!id || csp__strlist_push(&c->evidence, id)) {
        free(id);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

int csp__rule_plan_covers_strands(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    plans pl;
    int rc = read_plans(ctx, p, &pl);
    if (rc)
        return rc;
    if (!pl.in_force[0])
        return no_plan_in_force(ctx, rule, p, &pl, "whether its strategies cover each strategy of s6", 0);
    covers c;
    memset(&c, 0, sizeof c);
    c.ctx = ctx;
    rc = each_of_family(ctx, p, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PARTNERSHIP, cover, &c);
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], missing[200] = "";
    size_t nmissing = 0;
    csp__date_words(day, sizeof day, ctx->as_of);
    for (size_t k = 0; rc == CSP_OK && k < NSTRANDS; k++) {
        if (c.covered[k] || (strands[k].from && strcmp(ctx->as_of, strands[k].from) < 0))
            continue;
        size_t len = strlen(missing);
        snprintf(missing + len, sizeof missing - len, "%s%s", nmissing ? ", " : "", strands[k].words);
        nmissing++;
    }
    csp_finding *f = NULL;
    if (rc == CSP_OK && c.with_strands == 0)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "No strategy of %s in force on %s records the strands of s6 it covers, so whether its "
                             "strategies cover each is not shown.",
                             name, day);
    else if (rc == CSP_OK && nmissing)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_MET, -1, NULL, NULL,
                             "The strategies of %s in force on %s do not cover: %s.", name, day, missing);
    else if (rc == CSP_OK)
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "The strategies of %s in force on %s cover each strategy s6 requires then%s.", name, day,
                             strcmp(ctx->as_of, "2023-01-31") >= 0 ? ", serious violence included" : "");
    else
        f = NULL;
    for (size_t i = 0; rc == CSP_OK && i < c.evidence.n; i++)
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_STRATEGY, c.evidence.v[i]) : CSP_ENOMEM;
    csp__strlist_clear(&c.evidence, 1);
    return rc;
}

/* ---- duties shown by a discharge: the plan to the PCC, community engagement --------- */

/* The latest discharge of a duty by the partnership or its strategy groups
 * whose date falls between from and the date checked. */
typedef struct discharged {
    csp__check_ctx *ctx;
    const char *duty;
    const char *from;  /* a full date: the first day that counts */
    char id[CSP__ID_SIZE];
    char date[11];     /* as written */
    char last[11];     /* its last day */
    char title[300];
} discharged;

static int discharge(const csp__record *d, void *arg)
{
    discharged *x = arg;
    if (strcmp(d->v[CSP_DISCHARGE_DUTY].s, x->duty) != 0)
        return CSP_OK;
    const char *on = d->v[CSP_DISCHARGE_DISCHARGED_ON].s;
    char first[11], last[11];
    csp__date_first_day(first, on);
    csp__date_last_day(last, on);
    if (strcmp(first, x->ctx->as_of) > 0 || strcmp(last, x->from) < 0)
        return CSP_OK;
    if (x->id[0] && strcmp(last, x->last) <= 0)
        return CSP_OK;
    snprintf(x->id, sizeof x->id, "%s", csp__record_id(d));
    snprintf(x->date, sizeof x->date, "%s", on);
    snprintf(x->last, sizeof x->last, "%s", last);
    snprintf(x->title, sizeof x->title, "%s", d->v[CSP_DISCHARGE_TITLE].s);
    return CSP_OK;
}

static int find_discharge(csp__check_ctx *ctx, const csp__record *p, const char *duty, const char *from,
                          discharged *x)
{
    memset(x, 0, sizeof *x);
    x->ctx = ctx;
    x->duty = duty;
    x->from = from;
    return each_of_family(ctx, p, CSP_ENTITY_DISCHARGE, CSP_DISCHARGE_PARTNERSHIP, discharge, x);
}

int csp__rule_plan_sent_to_pcc(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    /* Reg 13A does not apply to the City of London, nor in Wales (SI 2007/3076
     * has no reg 13A). */
    const char *area = p->v[CSP_PARTNERSHIP_AREA].s;
    if ((area && strcmp(area, "City of London") == 0) || csp__in_wales(p))
        return CSP_OK;
    plans pl;
    int rc = read_plans(ctx, p, &pl);
    if (rc)
        return rc;
    if (!pl.in_force[0])
        return no_plan_in_force(ctx, rule, p, &pl, "whether the plan was sent to the police and crime commissioner",
                                0);
    csp__record s;
    if ((rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_STRATEGY], pl.in_force, &s)))
        return rc;
    /* A copy counts from the day the plan was agreed (else the start of its period). */
    char agreed[11], from[11], fromw[40], day[40], when[60], note[80], title[300];
    snprintf(agreed, sizeof agreed, "%s",
             s.v[CSP_STRATEGY_AGREED_ON].s ? s.v[CSP_STRATEGY_AGREED_ON].s : s.v[CSP_STRATEGY_START_DATE].s);
    csp__date_first_day(from, agreed);
    snprintf(title, sizeof title, "%s", s.v[CSP_STRATEGY_TITLE].s);
    csp__record_reset(&s);
    discharged x;
    if ((rc = find_discharge(ctx, p, rule->duty, from, &x)))
        return rc;
    csp__date_words(day, sizeof day, ctx->as_of);
    csp__date_words(fromw, sizeof fromw, agreed);
    csp_finding *f;
    if (x.id[0]) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "The plan in force, \"%s\", was sent to the police and crime commissioner %s%s "
                             "(recorded as \"%s\").",
                             title, when_words(when, sizeof when, x.date), partial_note(note, sizeof note, x.date),
                             x.title);
        rc = f ? csp__finding_evidence(f, CSP_ENTITY_DISCHARGE, x.id) : CSP_ENOMEM;
    } else {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "No record shows that the plan in force, \"%s\" (agreed or starting %s), was sent to the "
                             "police and crime commissioner by %s.",
                             title, fromw, day);
        rc = f ? CSP_OK : CSP_ENOMEM;
    }
    return rc ? rc : csp__finding_evidence(f, CSP_ENTITY_STRATEGY, pl.in_force);
}

/* A public meeting of the partnership or its strategy groups held in the period. */
typedef struct public_meeting {
    csp__check_ctx *ctx;
    char id[CSP__ID_SIZE];
    char date[11];
} public_meeting;

static int public_one(const csp__record *m, void *arg)
{
    public_meeting *pm = arg;
    const char *date = m->v[CSP_MEETING_DATE].s, *status = m->v[CSP_MEETING_STATUS].s;
    if (strcmp(m->v[CSP_MEETING_KIND].s, "public") != 0 || strcmp(status, "cancelled") == 0 ||
        strcmp(status, "postponed") == 0 || !csp__within(pm->ctx, date))
        return CSP_OK;
    if (!pm->id[0] || strcmp(date, pm->date) > 0) {
        snprintf(pm->id, sizeof pm->id, "%s", csp__record_id(m));
        snprintf(pm->date, sizeof pm->date, "%s", date);
    }
    return CSP_OK;
}

int csp__rule_engagement_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    discharged x;
    public_meeting pm = {ctx, "", ""};
    int rc = find_discharge(ctx, p, rule->duty, ctx->since, &x);
    if (rc == CSP_OK)
        rc = each_of_family(ctx, p, CSP_ENTITY_MEETING, CSP_MEETING_PARTNERSHIP, public_one, &pm);
    if (rc)
        return rc;
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], when[60], note[80];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f;
    if (x.id[0]) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "%s sought the views of people who live or work in the area %s%s (recorded as \"%s\"), "
                             "within the %d months to %s.",
                             name, when_words(when, sizeof when, x.date), partial_note(note, sizeof note, x.date),
                             x.title, rule->months, day);
        return f ? csp__finding_evidence(f, CSP_ENTITY_DISCHARGE, x.id) : CSP_ENOMEM;
    }
    if (pm.id[0]) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "%s held a public meeting %s, within the %d months to %s.", name,
                             when_words(when, sizeof when, pm.date), rule->months, day);
        return f ? csp__finding_evidence(f, CSP_ENTITY_MEETING, pm.id) : CSP_ENOMEM;
    }
    f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                         "No public meeting of %s and no record of community engagement fall in the %d months to %s, "
                         "so whether it sought residents' views is not shown.",
                         name, rule->months, day);
    return f ? CSP_OK : CSP_ENOMEM;
}

/* ---- the Serious Violence Duty's outputs --------------------------------------------- */

/* The latest agreed or published serious violence strategy, and the latest
 * completed strategic needs assessment, of the partnership's family, as of the date. */
typedef struct svd_outputs {
    csp__check_ctx *ctx;
    char strategy[CSP__ID_SIZE], strategy_date[11], strategy_title[300];
    size_t strategies_undated;
    latest sna;
} svd_outputs;

static int svd_strategy(const csp__record *s, void *arg)
{
    svd_outputs *o = arg;
    if (strcmp(s->v[CSP_STRATEGY_KIND].s, "serious_violence_strategy") != 0 || !is_agreed(s))
        return CSP_OK;
    const char *d = s->v[CSP_STRATEGY_PUBLISHED_ON].s ? s->v[CSP_STRATEGY_PUBLISHED_ON].s
                    : s->v[CSP_STRATEGY_AGREED_ON].s  ? s->v[CSP_STRATEGY_AGREED_ON].s
                                                      : s->v[CSP_STRATEGY_START_DATE].s;
    if (!d) {
        o->strategies_undated++;
        return CSP_OK;
    }
    char first[11];
    csp__date_first_day(first, d);
    if (strcmp(first, o->ctx->as_of) > 0)
        return CSP_OK;
    if (!o->strategy[0] || strcmp(d, o->strategy_date) > 0) {
        snprintf(o->strategy, sizeof o->strategy, "%s", csp__record_id(s));
        snprintf(o->strategy_date, sizeof o->strategy_date, "%s", d);
        snprintf(o->strategy_title, sizeof o->strategy_title, "%s", s->v[CSP_STRATEGY_TITLE].s);
    }
    return CSP_OK;
}

int csp__rule_svd_outputs(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p)
{
    svd_outputs o;
    memset(&o, 0, sizeof o);
    o.ctx = ctx;
    o.sna.ctx = ctx;
    o.sna.kind = "strategic_needs_assessment";
    int rc = each_of_family(ctx, p, CSP_ENTITY_STRATEGY, CSP_STRATEGY_PARTNERSHIP, svd_strategy, &o);
    if (rc == CSP_OK)
        rc = each_of_family(ctx, p, CSP_ENTITY_ASSESSMENT, CSP_ASSESSMENT_PARTNERSHIP, assessment, &o.sna);
    if (rc)
        return rc;
    const char *name = p->v[CSP_PARTNERSHIP_NAME].s;
    char day[40], sw[60], aw[60];
    csp__date_words(day, sizeof day, ctx->as_of);
    csp_finding *f;
    if (o.strategy[0] && o.sna.id[0]) {
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_MET, -1, NULL, NULL,
                             "%s has a serious violence strategy, \"%s\" (%s), and a strategic needs assessment, "
                             "\"%s\" (completed %s), on %s.",
                             name, o.strategy_title, when_words(sw, sizeof sw, o.strategy_date), o.sna.title,
                             when_words(aw, sizeof aw, o.sna.date), day);
    } else {
        char missing[300];
        const char *strategy = o.strategies_undated ? "no serious violence strategy with the date it was agreed or "
                                                      "published"
                                                    : "no agreed or published serious violence strategy";
        const char *sna = o.sna.seen ? "no strategic needs assessment with the date it was completed"
                                     : "no strategic needs assessment";
        if (!o.strategy[0] && !o.sna.id[0])
            snprintf(missing, sizeof missing, "%s, and %s", strategy, sna);
        else
            snprintf(missing, sizeof missing, "%s", !o.strategy[0] ? strategy : sna);
        f = csp__finding_add(ctx, rule, p, CSP_RESULT_NOT_SHOWN, -1, NULL, NULL,
                             "The record of %s (and its strategy groups) has %s by %s, so whether the Serious "
                             "Violence Duty's outputs exist is not shown.",
                             name, missing, day);
    }
    rc = f ? CSP_OK : CSP_ENOMEM;
    if (rc == CSP_OK && o.strategy[0])
        rc = csp__finding_evidence(f, CSP_ENTITY_STRATEGY, o.strategy);
    if (rc == CSP_OK && o.sna.id[0])
        rc = csp__finding_evidence(f, CSP_ENTITY_ASSESSMENT, o.sna.id);
    return rc;
}
