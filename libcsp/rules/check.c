/* The compliance checker: the engine, the report and the catalogue's introspection (csp/check.h). */
#include "rules/catalogue.h"
#include "core/error.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the report ----------------------------------------------------------------- */

typedef struct evidence {
    int entity;
    char *id; /* in the report's pool */
} evidence;

struct csp_finding {
    const csp__rule *rule;
    int result;
    char *partnership;
    int subject_entity;
    char *subject;
    char *message;
    char *due;
    evidence *ev;
    size_t nev, cap;
    csp__pool *pool; /* the report's */
};

struct csp_report {
    char as_of[11];
    csp_finding **f;
    size_t n, cap;
    csp__pool ids; /* the ids of every finding's evidence */
};

static void finding_free(csp_finding *f)
{
    if (!f)
        return;
    free(f->ev);
    free(f->partnership);
    free(f->subject);
    free(f->message);
    free(f->due);
    free(f);
}

void csp_report_free(csp_report *report)
{
    if (!report)
        return;
    for (size_t i = 0; i < report->n; i++)
        finding_free(report->f[i]);
    free(report->f);
    csp__pool_free(&report->ids);
    free(report);
}

csp_finding *csp__finding_add(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *p, csp_result result,
                              int subject_entity, const char *subject_id, const char *due, const char *fmt, ...)
{
    csp_report *r = ctx->report;
    csp__buf msg = {0};
    va_list ap;
    va_start(ap, fmt);
    csp__buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    if (strcmp(rule->confidence, "secondary") == 0)
        csp__buf_puts(&msg, " (The figure this rule rests on is from a secondary source.)");
    else if (strcmp(rule->confidence, "unverified") == 0)
        csp__buf_puts(&msg, " (The figure this rule rests on is unverified.)");
    csp_finding *f = calloc(1, sizeof *f);
    if (!f || msg.failed || csp__reserve(&r->f, &r->cap, r->n + 1, sizeof *r->f)) {
        free(f);
        csp__buf_free(&msg);
        csp__fail(CSP_ENOMEM, "out of memory");
        return NULL;
    }
    f->rule = rule;
    f->pool = &r->ids;
    f->result = (int)result;
    f->subject_entity = subject_id ? subject_entity : CSP_ENTITY_PARTNERSHIP;
    f->partnership = csp__strdup(csp__record_id(p));
    f->subject = csp__strdup(subject_id ? subject_id : csp__record_id(p));
    f->message = msg.p;
    f->due = due ? csp__strdup(due) : NULL;
    if (!f->partnership || !f->subject || !f->message || (due && !f->due)) {
        finding_free(f);
        csp__fail(CSP_ENOMEM, "out of memory");
        return NULL;
    }
    r->f[r->n++] = f;
    return f;
}

int csp__finding_evidence(csp_finding *f, int entity, const char *id)
{
    if (!f)
        return CSP_ENOMEM;
    for (size_t i = 0; i < f->nev; i++)
        if (f->ev[i].entity == entity && strcmp(f->ev[i].id, id) == 0)
            return CSP_OK;
    if (csp__reserve(&f->ev, &f->cap, f->nev + 1, sizeof *f->ev))
        return CSP_ENOMEM;
    char *copy = csp__pool_strdup(f->pool, id);
    if (!copy)
        return CSP_ENOMEM;
    f->ev[f->nev].entity = entity;
    f->ev[f->nev].id = copy;
    f->nev++;
    return CSP_OK;
}

char *csp__check_strdup(csp__check_ctx *ctx, const char *s)
{
    return csp__pool_strdup(&ctx->report->ids, s);
}

int csp__finding_evidence_copy(csp__check_ctx *ctx, csp_finding *f, int entity, const csp__strlist *ids)
{
    csp__strlist copy = {0};
    int rc = f ? CSP_OK : CSP_ENOMEM;
    for (size_t i = 0; rc == CSP_OK && i < ids->n; i++) {
        char *id = csp__check_strdup(ctx, ids->v[i]);
        rc = !id ? CSP_ENOMEM : csp__strlist_push(&copy, id);
    }
    if (rc == CSP_OK)
        return csp__finding_evidence_take(f, entity, &copy);
    csp__strlist_clear(&copy, 0);
    return rc;
}

int csp__finding_evidence_take(csp_finding *f, int entity, csp__strlist *ids)
{
    if (!f || csp__reserve(&f->ev, &f->cap, f->nev + ids->n, sizeof *f->ev)) {
        csp__strlist_clear(ids, 0);
        return CSP_ENOMEM;
    }
    for (size_t i = 0; i < ids->n; i++) {
        f->ev[f->nev].entity = entity;
        f->ev[f->nev].id = ids->v[i];
        f->nev++;
    }
    csp__strlist_clear(ids, 0);
    return CSP_OK;
}

const char *csp_report_as_of(const csp_report *report)
{
    return report ? report->as_of : NULL;
}

size_t csp_report_count(const csp_report *report)
{
    return report ? report->n : 0;
}

size_t csp_report_count_result(const csp_report *report, int result, const char *severity)
{
    size_t n = 0;
    for (size_t i = 0; report && i < report->n; i++)
        n += report->f[i]->result == result && (!severity || strcmp(report->f[i]->rule->severity, severity) == 0);
    return n;
}

const csp_finding *csp_report_finding(const csp_report *report, size_t i)
{
    return report && i < report->n ? report->f[i] : NULL;
}

const char *csp_finding_rule(const csp_finding *f)
{
    return f ? f->rule->id : NULL;
}

int csp_finding_result(const csp_finding *f)
{
    return f ? f->result : 0;
}

const char *csp_finding_family(const csp_finding *f)
{
    return f ? f->rule->family : NULL;
}

const char *csp_finding_title(const csp_finding *f)
{
    return f ? f->rule->title : NULL;
}

const char *csp_finding_severity(const csp_finding *f)
{
    return f ? f->rule->severity : NULL;
}

const char *csp_finding_confidence(const csp_finding *f)
{
    return f ? f->rule->confidence : NULL;
}

const char *csp_finding_source(const csp_finding *f)
{
    return f ? f->rule->source : NULL;
}

const char *csp_finding_partnership(const csp_finding *f)
{
    return f ? f->partnership : NULL;
}

int csp_finding_subject_entity(const csp_finding *f)
{
    return f ? f->subject_entity : -1;
}

const char *csp_finding_subject(const csp_finding *f)
{
    return f ? f->subject : NULL;
}

const char *csp_finding_message(const csp_finding *f)
{
    return f ? f->message : NULL;
}

const char *csp_finding_fix(const csp_finding *f)
{
    return f ? f->rule->fix : NULL;
}

const char *csp_finding_due(const csp_finding *f)
{
    return f ? f->due : NULL;
}

size_t csp_finding_evidence_count(const csp_finding *f)
{
    return f ? f->nev : 0;
}

int csp_finding_evidence_entity(const csp_finding *f, size_t i)
{
    return f && i < f->nev ? f->ev[i].entity : -1;
}

const char *csp_finding_evidence_id(const csp_finding *f, size_t i)
{
    return f && i < f->nev ? f->ev[i].id : NULL;
}

/* ---- the catalogue ---------------------------------------------------------------- */

static const csp__rule *rule_at(size_t i)
{
    return i < CSP__RULE_COUNT ? &csp__rules[i] : NULL;
}

size_t csp_rule_count(void)
{
    return CSP__RULE_COUNT;
}

const char *csp_rule_id(size_t i)
{
    return rule_at(i) ? rule_at(i)->id : NULL;
}

int csp_rule_find(const char *id)
{
    for (size_t i = 0; id && i < CSP__RULE_COUNT; i++)
        if (strcmp(csp__rules[i].id, id) == 0)
            return (int)i;
    return CSP_ENOTFOUND;
}

const char *csp_rule_family(size_t i)
{
    return rule_at(i) ? rule_at(i)->family : NULL;
}

const char *csp_rule_title(size_t i)
{
    return rule_at(i) ? rule_at(i)->title : NULL;
}

const char *csp_rule_source(size_t i)
{
    return rule_at(i) ? rule_at(i)->source : NULL;
}

const char *csp_rule_confidence(size_t i)
{
    return rule_at(i) ? rule_at(i)->confidence : NULL;
}

const char *csp_rule_severity(size_t i)
{
    return rule_at(i) ? rule_at(i)->severity : NULL;
}

const char *csp_rule_explain(size_t i)
{
    return rule_at(i) ? rule_at(i)->explain : NULL;
}

const char *csp_rule_fix(size_t i)
{
    return rule_at(i) ? rule_at(i)->fix : NULL;
}

int csp_rule_on_by_default(size_t i)
{
    return rule_at(i) ? rule_at(i)->on_by_default : -1;
}

int csp__rule_applies(const csp__rule *rule, const char *kind)
{
    const csp__enum *en = csp__enum_by_name("partnership_kind");
    for (size_t k = 0; en && kind && k < en->count; k++)
        if (strcmp(en->values[k], kind) == 0)
            return (rule->kinds >> k) & 1u;
    return 0;
}

int csp_rule_applies_to(size_t i, const char *kind)
{
    return rule_at(i) ? csp__rule_applies(rule_at(i), kind) : -1;
}

/* ---- reading ----------------------------------------------------------------------- */

int csp__is_authority_on(const csp__record *org, const char *date)
{
    return org->v[CSP_ORGANISATION_RESPONSIBLE_AUTHORITY].i && csp__record_in_force(org, date) == 1;
}

int csp__standing_of(csp__check_ctx *ctx, const char *id, csp__standing *out)
{
    size_t at;
    if (csp__idset_get(&ctx->standing_index, CSP_ENTITY_ORGANISATION, id, &at)) {
        *out = ctx->standing[at];
        return CSP_OK;
    }
    csp__record org;
    int rc = csp__read(ctx->reg, &csp__entities[CSP_ENTITY_ORGANISATION], id, &org);
    if (rc)
        return rc;
    /* The kind as the model's own string: the record's is freed below. */
    const csp__enum *en = csp__entities[CSP_ENTITY_ORGANISATION].fields[CSP_ORGANISATION_KIND].en;
    csp__standing st = {"", csp__record_in_force(&org, ctx->as_of) == 1, csp__is_authority_on(&org, ctx->as_of)};
    for (size_t k = 0; k < en->count; k++)
        if (strcmp(en->values[k], org.v[CSP_ORGANISATION_KIND].s) == 0)
            st.kind = en->values[k];
    csp__record_reset(&org);
    ctx->standing_index.owns = 1;
    if (csp__reserve(&ctx->standing, &ctx->standing_cap, ctx->nstanding + 1, sizeof *ctx->standing) ||
        csp__idset_put(&ctx->standing_index, CSP_ENTITY_ORGANISATION, id, ctx->nstanding) < 0)
        return csp__fail(CSP_ENOMEM, "out of memory");
    ctx->standing[ctx->nstanding++] = st;
    *out = st;
    return CSP_OK;
}

int csp__within(const csp__check_ctx *ctx, const char *date)
{
    char first[11], last[11];
    if (!date)
        return 0;
    csp__date_first_day(first, date);
    csp__date_last_day(last, date);
    return strcmp(last, ctx->since) >= 0 && strcmp(first, ctx->as_of) <= 0;
}

int csp__in_wales(const csp__record *p)
{
    const char *code = p->v[CSP_PARTNERSHIP_AREA_CODE].s;
    return code && code[0] == 'W';
}

const char *csp__name_of(csp__check_ctx *ctx, int entity, const char *id, char *buf, size_t size)
{
    csp__record r;
    const csp__entity *e = csp__entity_get(entity);
    snprintf(buf, size, "%s", id ? id : "?");
    if (!e || !id || csp__read(ctx->reg, e, id, &r) != CSP_OK)
        return buf;
    if (e->name_field >= 0 && r.v[e->name_field].s)
        snprintf(buf, size, "%s", r.v[e->name_field].s);
    csp__record_reset(&r);
    return buf;
}

static int add_group(const csp__record *child, void *arg)
{
    csp__strlist *out = arg;
    if (strcmp(child->v[CSP_PARTNERSHIP_KIND].s, "statutory_officer_group") != 0)
        return CSP_OK;
    char *id = csp__strdup(csp__record_id(child));
    if (!id || csp__strlist_push(out, id)) {
        free(id);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    return CSP_OK;
}

int csp__partnership_family(csp__check_ctx *ctx, const csp__record *p, const csp__strlist **out)
{
    csp__strlist *fam = &ctx->family;
    if (fam->n && strcmp(fam->v[0], csp__record_id(p)) == 0) { /* the partnership's rules ask in turn */
        *out = fam;
        return CSP_OK;
    }
    csp__strlist_clear(fam, 1);
    char *self = csp__strdup(csp__record_id(p));
    if (!self || csp__strlist_push(fam, self)) {
        free(self);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    csp__query q;
    csp__query_init(&q, &csp__entities[CSP_ENTITY_PARTNERSHIP]);
    csp__query_eq_borrowed(&q, CSP_PARTNERSHIP_PARENT, csp__record_id(p));
    int rc = csp__read_each(ctx->reg, &q, add_group, fam);
    csp__query_reset(&q);
    if (rc)
        csp__strlist_clear(fam, 1);
    *out = fam;
    return rc;
}

/* ---- the check --------------------------------------------------------------------- */

static int listed(const char *const *list, const char *id)
{
    for (size_t i = 0; list && list[i]; i++)
        if (strcmp(list[i], id) == 0)
            return 1;
    return 0;
}

static int check_ids(const char *const *list, const char *what)
{
    for (size_t i = 0; list && list[i]; i++)
        if (csp_rule_find(list[i]) < 0)
            return csp__fail(CSP_EARG, "%s: no rule \"%.64s\" in the catalogue (docs/rules.md)", what, list[i]);
    return CSP_OK;
}

static int runs(const csp__rule *rule, const csp_check_options *opts, const char *as_of)
{
    if (listed(opts->skip, rule->id))
        return 0;
    if (!rule->on_by_default && !listed(opts->enable, rule->id))
        return 0;
    if ((opts->skip_confidence & CSP_CHECK_SKIP_SECONDARY) && strcmp(rule->confidence, "secondary") == 0)
        return 0;
    if ((opts->skip_confidence & CSP_CHECK_SKIP_UNVERIFIED) && strcmp(rule->confidence, "unverified") == 0)
        return 0;
    if (rule->start && strcmp(as_of, rule->start) < 0)
        return 0;
    if (rule->end && strcmp(as_of, rule->end) > 0)
        return 0;
    return 1;
}

static int check_partnership(csp__check_ctx *ctx, const csp_check_options *opts, const csp__record *p)
{
    for (size_t i = 0; i < CSP__RULE_COUNT; i++) {
        const csp__rule *rule = &csp__rules[i];
        if (!runs(rule, opts, ctx->as_of) || !csp__rule_applies(rule, p->v[CSP_PARTNERSHIP_KIND].s))
            continue;
        csp__date_add_months(ctx->since, ctx->as_of, -rule->months);
        int rc = rule->check(ctx, rule, p);
        if (rc)
            return rc;
    }
    return CSP_OK;
}

typedef struct each_partnership {
    csp__check_ctx *ctx;
    const csp_check_options *opts;
} each_partnership;

static int check_one(const csp__record *p, void *arg)
{
    each_partnership *e = arg;
    return check_partnership(e->ctx, e->opts, p);
}

int csp_check(csp_report **out, csp_register *reg, const char *as_of, const csp_check_options *opts)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(reg);
    CSP__ARG(as_of);
    csp_check_options defaults = CSP_CHECK_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > CSP_CHECK_OPTIONS_VERSION)
        return csp__fail(CSP_EARG, "unknown check options version %u", opts->version);
    if (opts->flags & ~CSP_CHECK_PROBLEMS_ONLY)
        return csp__fail(CSP_EARG, "unknown check flags 0x%x", opts->flags);
    if (opts->skip_confidence & ~(CSP_CHECK_SKIP_SECONDARY | CSP_CHECK_SKIP_UNVERIFIED))
        return csp__fail(CSP_EARG, "unknown confidences to skip 0x%x", opts->skip_confidence);
    int rc = csp_date_check(as_of);
    if (rc)
        return rc;
    if (strlen(as_of) != 10)
        return csp__fail(CSP_EDATE, "as of \"%s\": a check is as of a day: give a full date (YYYY-MM-DD)", as_of);
    if ((rc = check_ids(opts->skip, "skip")) || (rc = check_ids(opts->enable, "enable")))
        return rc;
    csp_report *report = calloc(1, sizeof *report);
    if (!report)
        return csp__fail(CSP_ENOMEM, "out of memory");
    snprintf(report->as_of, sizeof report->as_of, "%s", as_of);
    csp__check_ctx ctx = {.reg = reg, .as_of = report->as_of, .report = report, .whole = opts->partnership == NULL};
    if ((rc = csp__tx_begin(reg, 0))) { /* one snapshot */
        csp_report_free(report);
        return rc;
    }
    /* A whole register's check reads its large tables once each, in one pass
     * (a scan), so the everyday page cache serves: the cache of bulk work
     * (64 MiB) only added page faults (a million actions: 1.37 s rather than
     * 1.74 s, tests/bench/bench_check.py). */
    if (opts->partnership) {
        csp__record p;
        rc = csp__read(reg, &csp__entities[CSP_ENTITY_PARTNERSHIP], opts->partnership, &p);
        if (rc == CSP_OK) {
            rc = check_partnership(&ctx, opts, &p);
            csp__record_reset(&p);
        }
    } else {
        csp__query q;
        csp__query_init(&q, &csp__entities[CSP_ENTITY_PARTNERSHIP]);
        each_partnership e = {&ctx, opts};
        rc = csp__read_each(ctx.reg, &q, check_one, &e);
    }
    csp__tx_rollback(reg);
    csp__actions_free(&ctx);
    csp__attendance_free(ctx.attendance);
    csp__meetings_free(ctx.meetings);
    csp__strlist_clear(&ctx.family, 1);
    free(ctx.plans);
    csp__idset_clear(&ctx.standing_index);
    free(ctx.standing);
    if (rc) {
        csp_report_free(report);
        return rc;
    }
    if (opts->flags & CSP_CHECK_PROBLEMS_ONLY) { /* the met findings leave */
        size_t kept = 0;
        for (size_t i = 0; i < report->n; i++) {
            if (report->f[i]->result == CSP_RESULT_MET)
                finding_free(report->f[i]);
            else
                report->f[kept++] = report->f[i];
        }
        report->n = kept;
    }
    *out = report;
    return csp__ok();
}
