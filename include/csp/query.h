/**
 * @file query.h
 * @brief Queries in the model's terms: conditions on fields, an order, a limit.
 *
 * A query selects records of one entity: every condition must hold (they are
 * joined by AND). It never carries SQL: each condition names a field by id,
 * an operator and a value, which is validated like a value of that field.
 * Pass a query to csp_record_iterator_new(), csp_record_count_matching() or a
 * typed csp_<entity>_iterator_query().
 *
 * What the operators mean depends on the field's kind:
 *  - text, enum, id and reference fields compare as text (byte order);
 *  - BOOL and INT fields compare as numbers;
 *  - DATE fields compare as the documents mean them. A partial date is the
 *    whole period it names ("2020-03" is every day of March 2020), and so is
 *    the value given: CSP_OP_LT holds when the field's period ends before the
 *    value's begins ("2020-03" is before "2020-04-01", not before
 *    "2020-03-15"), CSP_OP_GT when it begins after the value's ends,
 *    CSP_OP_GE is "not before" and CSP_OP_LE "not after" (so "2020" is both
 *    on or before and on or after "2020-06-30"), CSP_OP_EQ is the same date
 *    as written;
 *  - list fields take CSP_OP_EQ (the list contains the value), CSP_OP_SET
 *    (not empty) and CSP_OP_UNSET (empty).
 * A comparison never matches a record whose field is unset (an INT is unset
 * when it is 0), except CSP_OP_NE (an unset value is not equal to anything)
 * and CSP_OP_UNSET. A BOOL is always true or false: CSP_OP_EQ with 0 matches
 * every false one.
 * Fields marked filterable (CSP_FLAG_FILTER) are indexed; others are scanned.
 */
#ifndef CSP_QUERY_H
#define CSP_QUERY_H

#include "common.h"

CSP_BEGIN_DECLS

/** A query over the records of one entity (opaque). */
typedef struct csp_query csp_query;

/** Operators of a condition. Values are stable; new ones are only added. */
typedef enum csp_op {
    CSP_OP_EQ = 1,    /**< equal (lists: contains) */
    CSP_OP_NE = 2,    /**< not equal, or unset */
    CSP_OP_LT = 3,    /**< less than; dates: wholly before */
    CSP_OP_LE = 4,    /**< less than or equal; dates: not wholly after */
    CSP_OP_GT = 5,    /**< greater than; dates: wholly after */
    CSP_OP_GE = 6,    /**< greater than or equal; dates: not wholly before */
    CSP_OP_SET = 7,   /**< has a value (a true BOOL, a non-zero INT, a non-empty list) */
    CSP_OP_UNSET = 8  /**< has no value */
} csp_op;

/**
 * Creates an empty query (every record of the entity, in its default order).
 * @param[out] out  the query, owned by the caller (csp_query_free()); NULL on failure
 * @param entity    an entity id (CSP_ENTITY_...)
 * @return CSP_OK, CSP_EARG (NULL or an unknown entity), CSP_ENOMEM.
 */
CSP_API int csp_query_new(csp_query **out, int entity);

/** Frees a query. Accepts NULL. */
CSP_API void csp_query_free(csp_query *query);

/**
 * The entity a query selects.
 * @return its entity id, or -1 if query is NULL.
 */
CSP_API int csp_query_entity(const csp_query *query);

/**
 * Adds a condition on a text-like, date or list field. The value is copied
 * and checked like a value of the field (an enum value must be allowed, a date
 * valid); it is ignored (and may be NULL) for CSP_OP_SET and CSP_OP_UNSET.
 * @return CSP_OK; CSP_EARG (NULL, an unknown field or operator, an operator
 *         the field does not take, a BOOL or INT field, too many conditions);
 *         CSP_EINVALID, CSP_EENUM or CSP_EDATE for a bad value (the path is
 *         "query.<field>"); CSP_ENOMEM. The query is unchanged on error.
 */
CSP_API int csp_query_where(csp_query *query, int field, int op, const char *value);

/**
 * Adds a condition on a BOOL or INT field (for CSP_OP_SET and CSP_OP_UNSET the
 * value is ignored).
 * @return CSP_OK; CSP_EARG (NULL, an unknown field or operator, a field of another kind,
 *         too many conditions).
 */
CSP_API int csp_query_where_int(csp_query *query, int field, int op, long long value);

/**
 * Orders the results by a field (not a list); called again, adds a further
 * key. Records equal on every key come in id order.
 * @param query       the query
 * @param field       a field id of the query's entity
 * @param descending  0 for ascending, non-zero for descending
 * @return CSP_OK; CSP_EARG (NULL, an unknown or list field, too many keys).
 */
CSP_API int csp_query_order(csp_query *query, int field, int descending);

/**
 * Selects the records in force on a date, for an entity that has a period or
 * a status to be in force by (strategies: agreed or published, within their
 * period; memberships and duty holdings: within their dates). The period is
 * read as the documents mean it: a record is in force on a date when it
 * started on or before the date and did not end before it (an unset start or
 * end leaves that side open; "2020" starts with 2020 and "2023" ends with it).
 * csp_record_in_force() answers the same question for one record.
 * @param query  the query
 * @param date   an ISO 8601 date, full or partial (a partial date: in force at
 *               some time in that month or year)
 * @return CSP_OK; CSP_EARG (NULL, or an entity with nothing to be in force by,
 *         or too many conditions); CSP_EDATE. The query is unchanged on error.
 */
CSP_API int csp_query_in_force(csp_query *query, const char *date);

/**
 * Asks for the records a query gives to carry, for each of their references,
 * the name of the record it names (an organisation's name, a strategy's title,
 * or its id where it has no name), read with csp_record_ref_name(): so that
 * "who sits on this partnership" needs one iteration, not a get per seat.
 * @param query  the query
 * @param on     non-zero to ask for names (the default is off: each name is a join)
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_query_names(csp_query *query, int on);

/**
 * Returns at most `limit` records (0: no limit, the default).
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_query_limit(csp_query *query, size_t limit);

CSP_END_DECLS

#endif /* CSP_QUERY_H */
