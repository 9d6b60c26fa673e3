/*
 * Internal: a query (csp_query, query.h) as the store reads it: conditions on
 * fields of one entity, an order, a limit. Values are already checked against
 * their fields; dates are kept with the two ends of the period they name.
 */
#ifndef CSP_SCHEMA_QUERY_H
#define CSP_SCHEMA_QUERY_H

#include "csp/query.h"
#include "schema/schema.h"

#define CSP__MAX_CONDS 16
#define CSP__MAX_ORDER 4

typedef struct csp__cond {
    int field;
    int op;          /* csp_op */
    char *text;      /* text-like and list fields; NULL for SET/UNSET */
    int borrowed;    /* text is not owned */
    int or_unset;    /* the condition also holds where the field is unset (in force: an open end) */
    long long num;   /* BOOL and INT fields */
    char lo[11];     /* DATE: the first day the value can name, "YYYY-MM-DD" with 00 for unknown parts */
    char hi[11];     /* DATE: the last, with 99 for unknown parts */
} csp__cond;

typedef struct csp__order_key {
    int field;
    int descending;
} csp__order_key;

struct csp_query {
    const csp__entity *e;
    int nconds;
    csp__cond conds[CSP__MAX_CONDS];
    int norder;
    csp__order_key order[CSP__MAX_ORDER];
    size_t limit;    /* 0: none */
    int names;       /* records come with the names of what their references name */
    /* The caller checks that every record read is found by its own id (the
     * export: by a walk of the index of ids at the end, store.h id_index),
     * so the store leaves out its lookup per record and gives each record's
     * place instead (store.h, place). */
    int ids_unchecked;
    /* Only the records of this described index (its condition; schema.h,
     * csp__index), or NULL. A scan reads them in its order, from it. */
    const csp__index *index;
};

typedef struct csp_query csp__query;

/* A query with no conditions over e (for internal iterations). */
void csp__query_init(csp__query *q, const csp__entity *e);
/* Frees the values of q's conditions. */
void csp__query_reset(csp__query *q);
/* Adds field = text (borrowed: not copied; the caller keeps it alive while q
 * is used), unchecked. For internal iterations: by owner, by parent. */
int csp__query_eq_borrowed(csp__query *q, int field, const char *text);
/* Adds field = num (BOOL or INT), unchecked. */
int csp__query_eq_int(csp__query *q, int field, long long num);

/* The two ends of the period a valid date names, as sortable 10-character
 * text: "2020-03" gives "2020-03-00" and "2020-03-99". */
void csp__date_bounds(const char *date, char lo[11], char hi[11]);

#endif
