/*
 * The full check of a register (csp_register_verify) and its online copy
 * (csp_register_backup): register.h.
 *
 * The store checks what it alone can see (its file, references, list
 * owners); every record is then read raw, past any finding, and checked
 * against the model as a read would check it.
 */
#include "model/model.h"
#include "model/write.h"
#include "core/error.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct report {
    csp__buf text;
    size_t n, max;
} report;

static void found(void *ctx, const char *text)
{
    report *r = ctx;
    if (r->n++ < r->max) {
        char safe[1024];
        csp__escape_unsafe(safe, sizeof safe, text); /* one line, whatever it quotes */
        csp__buf_printf(&r->text, "%s\n", safe);
    }
}

/* Every record of every entity, read past each one that fails. */
static int check_records(csp_register *reg, report *r)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *e = &csp__entities[k];
        csp__query q;
        csp__query_init(&q, e);
        csp__cursor *c = NULL;
        int rc = reg->store->open_cursor(reg->store, &q, &c);
        if (rc)
            return rc;
        for (;;) {
            csp__record rec;
            csp__record_init(&rec, e);
            rc = reg->store->next(c, &rec);
            if (rc == CSP_ITEROVER)
                break;
            char line[900];
            if (rc == CSP_ECORRUPT) { /* a value of the wrong type: the store named it */
                snprintf(line, sizeof line, "record: %s", csp_error_last()->message);
                found(r, line);
            } else if (rc && rc != CSP_ECONSTRAINT) {
                csp__record_reset(&rec);
                reg->store->close_cursor(c);
                return rc;
            } else if (rc == CSP_ECONSTRAINT || csp__record_check_stored(&rec) != CSP_OK) {
                /* CSP_ECONSTRAINT: read, but not found by its own id (store.h, next). */
                const char *msg = csp_error_last()->message;
                char subject[200];
                snprintf(subject, sizeof subject, "%s \"%.128s\": ", e->name, rec.v[0].s ? rec.v[0].s : "?");
                snprintf(line, sizeof line, "record: %s%s", strncmp(msg, subject, strlen(subject)) ? subject : "",
                         msg);
                found(r, line);
            }
            csp__record_reset(&rec);
        }
        reg->store->close_cursor(c);
    }
    return CSP_OK;
}

/* Every rule that reads two records (an action's champion on its
 * partnership): the first record that breaks each, as a write would name it. */
static int check_rules_across(csp_register *reg, report *r)
{
    for (int k = 0; k < CSP__ENTITY_COUNT; k++) {
        const csp__entity *e = &csp__entities[k];
        for (int c = 0; c < e->nchecks; c++) {
            if (!csp__check_across(&e->checks[c]))
                continue;
            csp__violation v;
            int rc = reg->store->violation(reg->store, e, c, -1, NULL, &v);
            if (rc < 0)
                return rc;
            if (rc == 0)
                continue;
            char line[900];
            csp__rule_broken(e, &e->checks[c], &v, NULL, NULL);
            snprintf(line, sizeof line, "rule: %s", csp_error_last()->message);
            found(r, line);
        }
    }
    return CSP_OK;
}

int csp_register_verify(csp_register *reg, const csp_verify_options *opts, size_t *findings, char **out)
{
    if (out)
        *out = NULL;
    CSP__ARG(reg);
    CSP__ARG(findings);
    *findings = 0;
    csp_verify_options defaults = CSP_VERIFY_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > CSP_VERIFY_OPTIONS_VERSION)
        return csp__fail(CSP_EARG, "unknown verify options version %u", opts->version);
    if (opts->flags & ~CSP_VERIFY_QUICK)
        return csp__fail(CSP_EARG, "unknown verify flags 0x%x", opts->flags);
    report r = {{0}, 0, opts->max_findings ? opts->max_findings : 100};
    int rc = csp__tx_begin(reg, 0); /* one snapshot */
    if (rc)
        return rc;
    rc = reg->store->check(reg->store, (opts->flags & CSP_VERIFY_QUICK) != 0, found, &r);
    if (rc == CSP_OK)
        rc = check_records(reg, &r);
    if (rc == CSP_OK)
        rc = check_rules_across(reg, &r);
    csp__tx_rollback(reg);
    if (rc == CSP_OK && r.n > r.max)
        csp__buf_printf(&r.text, "and %zu more\n", r.n - r.max);
    if (rc == CSP_OK && r.text.failed)
        rc = csp__fail(CSP_ENOMEM, "out of memory");
    if (rc) {
        csp__buf_free(&r.text);
        return rc;
    }
    *findings = r.n;
    if (out) {
        *out = r.text.p ? r.text.p : csp__strdup("");
        if (!*out)
            return CSP_ENOMEM;
    } else {
        csp__buf_free(&r.text);
    }
    return csp__ok();
}

int csp_register_backup(csp_register *reg, const char *path)
{
    CSP__ARG(reg);
    CSP__ARG(path);
    /* Through this handle a copy would see its own uncommitted writes. */
    if (csp_register_transaction_depth(reg) > 0)
        return csp__fail(CSP_EARG, "cannot back up register \"%s\" while a transaction is open on it: commit or roll "
                                   "back first",
                         reg->store->path);
    int rc = reg->store->backup(reg->store, path);
    return rc ? rc : csp__ok();
}
