/**
 * @file membership.h
 * @brief Memberships: a seat on a partnership.
 *
 * A membership joins a partnership and an organisation, optionally a person,
 * with a role (membership_role: chair, vice_chair, member, champion,
 * secretariat, adviser, observer), a post label as the source gives it
 * ("police west area BCU commander"), the organisation it sits on behalf of
 * when that differs, and start and end dates (full or partial, date.h).
 *
 * In a JSON document memberships are nested in their partnership under
 * "members". Objects are detached copies: getters return values borrowed
 * from the object (NULL when unset), setters copy.
 */
#ifndef CSP_MEMBERSHIP_H
#define CSP_MEMBERSHIP_H

#include "common.h"

CSP_BEGIN_DECLS

/** A membership record (opaque). */
typedef struct csp_membership csp_membership;
/** An iterator over memberships (opaque). */
typedef struct csp_membership_iterator csp_membership_iterator;

/** Which memberships csp_membership_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_membership_filter {
    unsigned int version;      /**< CSP_MEMBERSHIP_FILTER_VERSION */
    const char *partnership;   /**< only seats on this partnership, or NULL */
    const char *organisation;  /**< only seats of this organisation, or NULL */
    const char *person;        /**< only seats held by this person, or NULL */
    const char *role;          /**< only this role, or NULL */
} csp_membership_filter;

#define CSP_MEMBERSHIP_FILTER_VERSION 1
/** A filter that matches every membership. */
#define CSP_MEMBERSHIP_FILTER_INIT { CSP_MEMBERSHIP_FILTER_VERSION, NULL, NULL, NULL, NULL }

/**
 * Creates an empty membership with an id; set partnership, organisation and
 * role before putting it.
 * @param[out] out  owned by the caller (csp_membership_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID (empty id), CSP_ENOMEM.
 */
CSP_API int csp_membership_new(csp_membership **out, const char *id);
/** Frees a membership object. Accepts NULL. */
CSP_API void csp_membership_free(csp_membership *m);
/**
 * Reads a membership.
 * @param[out] out  a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_membership_get(csp_membership **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a membership.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREFERENCE (partnership,
 *         organisation, person or on_behalf_of names nothing), CSP_ECONSTRAINT
 *         (ends before it starts), CSP_EREADONLY, or a store error; the register
 *         is unchanged on error.
 */
CSP_API int csp_membership_put(csp_register *reg, const csp_membership *m);
/**
 * Deletes a membership.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREADONLY.
 */
CSP_API int csp_membership_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over memberships in id order.
 * @param[out] out  owned by the caller (csp_membership_iterator_free())
 * @param filter    NULL for all
 * @return CSP_OK, CSP_EARG, CSP_EENUM (unknown role), or a store error.
 */
CSP_API int csp_membership_iterator_new(csp_membership_iterator **out, csp_register *reg,
                                        const csp_membership_filter *filter);
/**
 * The next membership.
 * @param[out] out  owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_membership_next(csp_membership **out, csp_membership_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_membership_iterator_free(csp_membership_iterator *it);

/** @name Getters */
/**@{*/
/** The id. */
CSP_API const char *csp_membership_id(const csp_membership *m);
/** The id of the partnership the seat is on. Required. */
CSP_API const char *csp_membership_partnership(const csp_membership *m);
/** The id of the organisation holding the seat. Required. */
CSP_API const char *csp_membership_organisation(const csp_membership *m);
/** The id of the person in the seat, if known. */
CSP_API const char *csp_membership_person(const csp_membership *m);
/** The role, a membership_role value. Required. */
CSP_API const char *csp_membership_role(const csp_membership *m);
/** The post as the source names it, e.g. "police west area BCU commander". */
CSP_API const char *csp_membership_post(const csp_membership *m);
/** The id of the organisation the seat is held on behalf of, if different. */
CSP_API const char *csp_membership_on_behalf_of(const csp_membership *m);
/** The first day in the seat (full or partial date). */
CSP_API const char *csp_membership_start_date(const csp_membership *m);
/** The last day in the seat (full or partial date). */
CSP_API const char *csp_membership_end_date(const csp_membership *m);
/**@}*/

/** @name Setters (copy the value; NULL clears an optional field; on error the object is unchanged) */
/**@{*/
CSP_API int csp_membership_set_partnership(csp_membership *m, const char *partnership_id);
CSP_API int csp_membership_set_organisation(csp_membership *m, const char *organisation_id);
CSP_API int csp_membership_set_person(csp_membership *m, const char *person_id);
CSP_API int csp_membership_set_role(csp_membership *m, const char *role);
CSP_API int csp_membership_set_post(csp_membership *m, const char *post);
CSP_API int csp_membership_set_on_behalf_of(csp_membership *m, const char *organisation_id);
/** @return CSP_EDATE for a malformed or impossible date. */
CSP_API int csp_membership_set_start_date(csp_membership *m, const char *date);
/** @return CSP_EDATE for a malformed or impossible date. */
CSP_API int csp_membership_set_end_date(csp_membership *m, const char *date);
/**@}*/

CSP_END_DECLS

#endif /* CSP_MEMBERSHIP_H */
