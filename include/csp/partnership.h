/**
 * @file partnership.h
 * @brief Partnerships: CSPs and the boards, groups and committees around them.
 *
 * A partnership has an id, a name, a short name ("SEP"), a kind
 * (partnership_kind: community_safety_partnership, local_strategic_partnership,
 * statutory_officer_group, delivery_group, task_group, resilience_partnership,
 * scrutiny_committee, board, other), an area (name and GSS code), a parent,
 * the partnership it is accountable to, those it works with, the date it was
 * formed (full or partial, date.h), its former names, its statutory basis,
 * and its meeting cadence (meetings a year, minutes a meeting, whether ad hoc
 * meetings are held as required).
 *
 * Objects are detached copies: getters return values borrowed from the
 * object (NULL when unset), setters copy. References (parent, accountable_to,
 * works_with) are checked when the partnership is put.
 */
#ifndef CSP_PARTNERSHIP_H
#define CSP_PARTNERSHIP_H

#include "common.h"

CSP_BEGIN_DECLS

/** A partnership record (opaque). */
typedef struct csp_partnership csp_partnership;
/** An iterator over partnerships (opaque). */
typedef struct csp_partnership_iterator csp_partnership_iterator;

/** Which partnerships csp_partnership_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_partnership_filter {
    unsigned int version;        /**< CSP_PARTNERSHIP_FILTER_VERSION */
    const char *kind;            /**< only this kind, or NULL */
    const char *area;            /**< only this area name, or NULL */
    const char *area_code;       /**< only this GSS code, or NULL */
    const char *parent;          /**< only children of this partnership, or NULL */
    const char *accountable_to;  /**< only those accountable to this partnership, or NULL */
} csp_partnership_filter;

#define CSP_PARTNERSHIP_FILTER_VERSION 1
/** A filter that matches every partnership. */
#define CSP_PARTNERSHIP_FILTER_INIT { CSP_PARTNERSHIP_FILTER_VERSION, NULL, NULL, NULL, NULL, NULL }

/**
 * Creates an empty partnership with an id; set name and kind before putting it.
 * @param[out] out  owned by the caller (csp_partnership_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID (empty id), CSP_ENOMEM.
 */
CSP_API int csp_partnership_new(csp_partnership **out, const char *id);
/** Frees a partnership object. Accepts NULL. */
CSP_API void csp_partnership_free(csp_partnership *p);
/**
 * Reads a partnership with its lists.
 * @param[out] out  a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_partnership_get(csp_partnership **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a partnership (its lists are replaced too).
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREFERENCE (parent, accountable_to
 *         or works_with names no partnership), CSP_EREADONLY, or a store error;
 *         the register is unchanged on error.
 */
CSP_API int csp_partnership_put(csp_register *reg, const csp_partnership *p);
/**
 * Deletes a partnership.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (it has members, children,
 *         or is referenced by another partnership; the message names one), CSP_EREADONLY.
 */
CSP_API int csp_partnership_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over partnerships in id order.
 * @param[out] out  owned by the caller (csp_partnership_iterator_free())
 * @param filter    NULL for all
 * @return CSP_OK, CSP_EARG, CSP_EENUM (unknown kind), or a store error.
 */
CSP_API int csp_partnership_iterator_new(csp_partnership_iterator **out, csp_register *reg,
                                         const csp_partnership_filter *filter);
/**
 * The next partnership.
 * @param[out] out  owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_partnership_next(csp_partnership **out, csp_partnership_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_partnership_iterator_free(csp_partnership_iterator *it);

/** @name Getters */
/**@{*/
/** The id. */
CSP_API const char *csp_partnership_id(const csp_partnership *p);
/** The name, e.g. "Safer Ealing Partnership". Required. */
CSP_API const char *csp_partnership_name(const csp_partnership *p);
/** A short name or acronym, e.g. "SEP". */
CSP_API const char *csp_partnership_short_name(const csp_partnership *p);
/** The kind, a partnership_kind value. Required. */
CSP_API const char *csp_partnership_kind(const csp_partnership *p);
/** The area's name, e.g. "Ealing". */
CSP_API const char *csp_partnership_area(const csp_partnership *p);
/** The area's GSS code, e.g. "E09000009" (a letter and eight digits). */
CSP_API const char *csp_partnership_area_code(const csp_partnership *p);
/** The id of the partnership this one is part of. */
CSP_API const char *csp_partnership_parent(const csp_partnership *p);
/** The id of the partnership this one is accountable to. */
CSP_API const char *csp_partnership_accountable_to(const csp_partnership *p);
/** When it was formed: "2002-01" for "formed in January 2002". */
CSP_API const char *csp_partnership_formed_on(const csp_partnership *p);
/** The legal basis, as text: "Crime and Disorder Act 1998 ss5-7". */
CSP_API const char *csp_partnership_statutory_basis(const csp_partnership *p);
/** Meetings a year (4 for quarterly); 0 when not recorded. */
CSP_API int csp_partnership_meetings_per_year(const csp_partnership *p);
/** Minutes a meeting (120 for two hours); 0 when not recorded. */
CSP_API int csp_partnership_minutes_per_meeting(const csp_partnership *p);
/** 1 if it also meets ad hoc as required, else 0. */
CSP_API int csp_partnership_ad_hoc_meetings(const csp_partnership *p);
/** How many partnerships it works with. */
CSP_API size_t csp_partnership_works_with_count(const csp_partnership *p);
/** The id of the i-th partnership it works with (0-based); NULL if out of range. */
CSP_API const char *csp_partnership_works_with(const csp_partnership *p, size_t i);
/** How many former names it has. */
CSP_API size_t csp_partnership_former_names_count(const csp_partnership *p);
/** The i-th former name (0-based, oldest first as given); NULL if out of range. */
CSP_API const char *csp_partnership_former_names(const csp_partnership *p, size_t i);
/**@}*/

/** @name Setters (copy the value; NULL clears an optional field; on error the object is unchanged) */
/**@{*/
CSP_API int csp_partnership_set_name(csp_partnership *p, const char *name);
CSP_API int csp_partnership_set_short_name(csp_partnership *p, const char *short_name);
CSP_API int csp_partnership_set_kind(csp_partnership *p, const char *kind);
CSP_API int csp_partnership_set_area(csp_partnership *p, const char *area);
/** @return CSP_EINVALID unless a capital letter and eight digits (or NULL). */
CSP_API int csp_partnership_set_area_code(csp_partnership *p, const char *area_code);
CSP_API int csp_partnership_set_parent(csp_partnership *p, const char *parent_id);
CSP_API int csp_partnership_set_accountable_to(csp_partnership *p, const char *partnership_id);
/** @return CSP_EDATE for a malformed or impossible date. */
CSP_API int csp_partnership_set_formed_on(csp_partnership *p, const char *date);
CSP_API int csp_partnership_set_statutory_basis(csp_partnership *p, const char *text);
/** @param value 0 to clear, else 1..366; CSP_EINVALID outside that range. */
CSP_API int csp_partnership_set_meetings_per_year(csp_partnership *p, int value);
/** @param value 0 to clear, else 1..1440; CSP_EINVALID outside that range. */
CSP_API int csp_partnership_set_minutes_per_meeting(csp_partnership *p, int value);
CSP_API int csp_partnership_set_ad_hoc_meetings(csp_partnership *p, int value);
/** Appends a partnership id to works_with. @return CSP_EINVALID if empty. */
CSP_API int csp_partnership_add_works_with(csp_partnership *p, const char *partnership_id);
/** Empties works_with. */
CSP_API int csp_partnership_clear_works_with(csp_partnership *p);
/** Appends a former name. @return CSP_EINVALID if empty. */
CSP_API int csp_partnership_add_former_names(csp_partnership *p, const char *name);
/** Empties the former names. */
CSP_API int csp_partnership_clear_former_names(csp_partnership *p);
/**@}*/

CSP_END_DECLS

#endif /* CSP_PARTNERSHIP_H */
