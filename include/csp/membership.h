/**
 * @file membership.h
 * @brief Memberships: a seat on a partnership.
 *
 * A membership joins a partnership and an organisation, optionally a person,
 * with a role, the post as the source gives it ("police west area BCU
 * commander"), the organisation it sits on behalf of when that differs, and
 * start and end dates. In a JSON document memberships are nested in their
 * partnership under "members".
 *
 * Objects are detached copies of records: change one with its setters, then
 * write it with its put function. Every `const char *` a getter returns is
 * borrowed from the object, valid until that field is set again or the object
 * is freed; an optional field gives NULL (a flag or number 0) when unset. A
 * typed object is a record (record.h): it may be passed, cast to `csp_record
 * *`, to the generic functions, which take the field ids of model.h.
 *
 * Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
 */
#ifndef CSP_MEMBERSHIP_H
#define CSP_MEMBERSHIP_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- memberships --------------------------------------------------------------------------- */

/**
 * A seat on a partnership: organisation, optional person, role and post (opaque: a csp_record of
 * CSP_ENTITY_MEMBERSHIP).
 */
typedef struct csp_membership csp_membership;
/** An iteration over memberships (opaque; a csp_record_iterator). */
typedef struct csp_membership_iterator csp_membership_iterator;

/**
 * Which memberships csp_membership_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_membership_filter {
    unsigned int version; /**< CSP_MEMBERSHIP_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *organisation; /**< only this organisation (an id), or NULL */
    const char *person; /**< only this person (an id), or NULL */
    const char *role; /**< only this role (a membership_role value), or NULL */
} csp_membership_filter;
/** The version of csp_membership_filter this header declares. */
#define CSP_MEMBERSHIP_FILTER_VERSION 1
/** A filter that matches every membership. */
#define CSP_MEMBERSHIP_FILTER_INIT { CSP_MEMBERSHIP_FILTER_VERSION, NULL, NULL, NULL, NULL }

/**
 * Creates an empty membership with an id; set organisation, role and partnership before putting it.
 * @param[out] out  the new object, owned by the caller (csp_membership_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_membership_new(csp_membership **out, const char *id);
/** Frees a membership object. Accepts NULL. */
CSP_API void csp_membership_free(csp_membership *membership);
/**
 * Reads a membership from a register.
 * @param[out] out  a copy, owned by the caller (csp_membership_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_membership_get(csp_membership **out, csp_register *reg, const char *id);
/**
 * Writes a membership: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_membership_put(csp_register *reg, const csp_membership *membership);
/**
 * Inserts a new membership: as csp_membership_put(), but an id already in the register is an error.
 * @return as csp_membership_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_membership_insert(csp_register *reg, const csp_membership *membership);
/**
 * Deletes a membership.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_membership_delete(csp_register *reg, const char *id);
/**
 * Whether a membership is in force on a date: it started on or before the date and did not end
 * before it (an unset start_date/end_date leaves that side open). Partial dates are the periods
 * they name (csp_query_in_force()).
 * @param membership  the membership
 * @param date  an ISO 8601 date, full or partial
 * @return 1 if in force, 0 if not; CSP_EARG (NULL); CSP_EDATE (a bad date).
 */
CSP_API int csp_membership_in_force(const csp_membership *membership, const char *date);
/**
 * Starts an iteration over memberships, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_membership_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_membership_iterator_new(csp_membership_iterator **out, csp_register *reg, const csp_membership_filter *filter);
/**
 * Starts an iteration over the memberships a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_membership_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_MEMBERSHIP), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_membership_iterator_query(csp_membership_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next membership of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_membership_next(csp_membership **out, csp_membership_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_membership_iterator_free(csp_membership_iterator *it);

/** @name Membership getters */
/**@{*/
/** Stable identifier, unique among memberships. Required. */
CSP_API const char *csp_membership_id(const csp_membership *membership);
/**
 * The partnership the seat is on (implied by nesting in JSON). Required. The id of a partnership.
 */
CSP_API const char *csp_membership_partnership(const csp_membership *membership);
/** The organisation holding the seat. Required. The id of a organisation. */
CSP_API const char *csp_membership_organisation(const csp_membership *membership);
/** The person in the seat, if known. The id of a person. */
CSP_API const char *csp_membership_person(const csp_membership *membership);
/**
 * The role in the partnership. Required. A membership_role value: chair, vice_chair, member,
 * champion, secretariat, adviser, observer.
 */
CSP_API const char *csp_membership_role(const csp_membership *membership);
/** The post as the source names it, e.g. "police west area BCU commander". */
CSP_API const char *csp_membership_post(const csp_membership *membership);
/** The organisation the seat is held on behalf of, when different. The id of a organisation. */
CSP_API const char *csp_membership_on_behalf_of(const csp_membership *membership);
/** First day in the seat. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_membership_start_date(const csp_membership *membership);
/** Last day in the seat; not before start_date. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_membership_end_date(const csp_membership *membership);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_membership_sources_count(const csp_membership *membership);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_membership_sources(const csp_membership *membership, size_t i);
/**@}*/

/** @name Membership setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_membership_set_partnership(csp_membership *membership, const char *value);
/**
 * Sets organisation (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_membership_set_organisation(csp_membership *membership, const char *value);
/**
 * Sets person (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_membership_set_person(csp_membership *membership, const char *value);
/**
 * Sets role (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a membership_role value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_membership_set_role(csp_membership *membership, const char *value);
/**
 * Sets post (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_membership_set_post(csp_membership *membership, const char *value);
/**
 * Sets on_behalf_of (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_membership_set_on_behalf_of(csp_membership *membership, const char *value);
/**
 * Sets start_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_membership_set_start_date(csp_membership *membership, const char *value);
/**
 * Sets end_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_membership_set_end_date(csp_membership *membership, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_membership_add_sources(csp_membership *membership, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_membership_clear_sources(csp_membership *membership);
/**@}*/

CSP_END_DECLS

#endif /* CSP_MEMBERSHIP_H */
