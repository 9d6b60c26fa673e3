/**
 * @file partnership.h
 * @brief Partnerships: CSPs and the boards, groups and committees around them.
 *
 * A partnership has an id, a name, a short name ("SEP"), a kind, an area (name
 * and GSS code), a parent, the partnership it is accountable to, those it
 * works with, the date it was formed (full or partial, date.h), its former
 * names, its statutory basis, and its meeting cadence. References are checked
 * when the partnership is put.
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
#ifndef CSP_PARTNERSHIP_H
#define CSP_PARTNERSHIP_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- partnerships -------------------------------------------------------------------------- */

/**
 * A CSP, or a board, group or committee around it (opaque: a csp_record of CSP_ENTITY_PARTNERSHIP).
 */
typedef struct csp_partnership csp_partnership;
/** An iteration over partnerships (opaque; a csp_record_iterator). */
typedef struct csp_partnership_iterator csp_partnership_iterator;

/**
 * Which partnerships csp_partnership_iterator_new() yields: every member given must match (NULL or
 * -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_partnership_filter {
    unsigned int version; /**< CSP_PARTNERSHIP_FILTER_VERSION */
    const char *kind; /**< only this kind (a partnership_kind value), or NULL */
    const char *area; /**< only this area (exact text), or NULL */
    const char *area_code; /**< only this area_code (exact text), or NULL */
    const char *parent; /**< only this parent (an id), or NULL */
    const char *accountable_to; /**< only this accountable_to (an id), or NULL */
    const char *scrutinised_by; /**< only this scrutinised_by (an id), or NULL */
} csp_partnership_filter;
/** The version of csp_partnership_filter this header declares. */
#define CSP_PARTNERSHIP_FILTER_VERSION 1
/** A filter that matches every partnership. */
#define CSP_PARTNERSHIP_FILTER_INIT { CSP_PARTNERSHIP_FILTER_VERSION, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Creates an empty partnership with an id; set name and kind before putting it.
 * @param[out] out  the new object, owned by the caller (csp_partnership_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_partnership_new(csp_partnership **out, const char *id);
/** Frees a partnership object. Accepts NULL. */
CSP_API void csp_partnership_free(csp_partnership *partnership);
/**
 * Reads a partnership from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_partnership_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_partnership_get(csp_partnership **out, csp_register *reg, const char *id);
/**
 * Writes a partnership: inserts it, or replaces the one with the same id (the records nested in it
 * are untouched). It is validated and its references checked first; the register is unchanged on
 * any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_partnership_put(csp_register *reg, const csp_partnership *partnership);
/**
 * Inserts a new partnership: as csp_partnership_put(), but an id already in the register is an
 * error.
 * @return as csp_partnership_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_partnership_insert(csp_register *reg, const csp_partnership *partnership);
/**
 * Deletes a partnership.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_partnership_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over partnerships, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_partnership_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_partnership_iterator_new(csp_partnership_iterator **out, csp_register *reg, const csp_partnership_filter *filter);
/**
 * Starts an iteration over the partnerships a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_partnership_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_PARTNERSHIP), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_partnership_iterator_query(csp_partnership_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next partnership of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_partnership_next(csp_partnership **out, csp_partnership_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_partnership_iterator_free(csp_partnership_iterator *it);

/** @name Partnership getters */
/**@{*/
/** Stable identifier, unique among partnerships. Required. */
CSP_API const char *csp_partnership_id(const csp_partnership *partnership);
/** Name, e.g. "Safer Ealing Partnership". Required. */
CSP_API const char *csp_partnership_name(const csp_partnership *partnership);
/** Short name or acronym, e.g. "SEP". */
CSP_API const char *csp_partnership_short_name(const csp_partnership *partnership);
/**
 * What sort of partnership it is. Required. A partnership_kind value: community_safety_partnership,
 * local_strategic_partnership, statutory_officer_group, delivery_group, task_group,
 * resilience_partnership, scrutiny_committee, board, other.
 */
CSP_API const char *csp_partnership_kind(const csp_partnership *partnership);
/** The area's name, e.g. "Ealing". */
CSP_API const char *csp_partnership_area(const csp_partnership *partnership);
/**
 * The area's GSS code: a capital letter and eight digits, e.g. "E09000009". Its letter tells the
 * checker the country where the law differs: W for Wales (docs/law.md); with no code, England is
 * assumed.
 */
CSP_API const char *csp_partnership_area_code(const csp_partnership *partnership);
/** The partnership this one is part of. The id of a partnership. */
CSP_API const char *csp_partnership_parent(const csp_partnership *partnership);
/** The partnership this one is accountable to. The id of a partnership. */
CSP_API const char *csp_partnership_accountable_to(const csp_partnership *partnership);
/** How many works_with it has: Partnerships it works closely with. */
CSP_API size_t csp_partnership_works_with_count(const csp_partnership *partnership);
/** Item i (0-based) of works_with: the id of a partnership; NULL if i is out of range. */
CSP_API const char *csp_partnership_works_with(const csp_partnership *partnership, size_t i);
/**
 * When it was formed; "2002-01" for "formed in January 2002". An ISO 8601 date, full or partial
 * (date.h).
 */
CSP_API const char *csp_partnership_formed_on(const csp_partnership *partnership);
/** How many former_names it has: Names it was known by before, oldest first. */
CSP_API size_t csp_partnership_former_names_count(const csp_partnership *partnership);
/** Item i (0-based) of former_names: text; NULL if i is out of range. */
CSP_API const char *csp_partnership_former_names(const csp_partnership *partnership, size_t i);
/** The legal basis, e.g. "Crime and Disorder Act 1998 ss5-7". */
CSP_API const char *csp_partnership_statutory_basis(const csp_partnership *partnership);
/** Regular meetings a year (4 for quarterly). 1 to 366; 0 when unset. */
CSP_API int csp_partnership_meetings_per_year(const csp_partnership *partnership);
/** Length of a regular meeting in minutes. 1 to 1440; 0 when unset. */
CSP_API int csp_partnership_minutes_per_meeting(const csp_partnership *partnership);
/** Also meets ad hoc as required. 1 or 0. */
CSP_API int csp_partnership_ad_hoc_meetings(const csp_partnership *partnership);
/**
 * How many seats must be present for a meeting to be quorate (its terms of reference). 1 to 1000; 0
 * when unset.
 */
CSP_API int csp_partnership_quorum(const csp_partnership *partnership);
/**
 * The crime and disorder committee that scrutinises it (Police and Justice Act 2006 s19): a
 * partnership of kind scrutiny_committee. The id of a partnership.
 */
CSP_API const char *csp_partnership_scrutinised_by(const csp_partnership *partnership);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_partnership_sources_count(const csp_partnership *partnership);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_partnership_sources(const csp_partnership *partnership, size_t i);
/**@}*/

/** @name Partnership setters */
/**@{*/
/**
 * Sets name (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_set_name(csp_partnership *partnership, const char *value);
/**
 * Sets short_name (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_set_short_name(csp_partnership *partnership, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a partnership_kind value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_partnership_set_kind(csp_partnership *partnership, const char *value);
/**
 * Sets area (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_set_area(csp_partnership *partnership, const char *value);
/**
 * Sets area_code (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters, not a GSS code), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_set_area_code(csp_partnership *partnership, const char *value);
/**
 * Sets parent (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_partnership_set_parent(csp_partnership *partnership, const char *value);
/**
 * Sets accountable_to (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_partnership_set_accountable_to(csp_partnership *partnership, const char *value);
/**
 * Appends an item to works_with.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_partnership_add_works_with(csp_partnership *partnership, const char *value);
/**
 * Empties works_with.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_partnership_clear_works_with(csp_partnership *partnership);
/**
 * Sets formed_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_set_formed_on(csp_partnership *partnership, const char *value);
/**
 * Appends an item to former_names.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_add_former_names(csp_partnership *partnership, const char *value);
/**
 * Empties former_names.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_partnership_clear_former_names(csp_partnership *partnership);
/**
 * Sets statutory_basis (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_partnership_set_statutory_basis(csp_partnership *partnership, const char *value);
/**
 * Sets meetings_per_year (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 366); the object is
 *     unchanged on error.
 */
CSP_API int csp_partnership_set_meetings_per_year(csp_partnership *partnership, int value);
/**
 * Sets minutes_per_meeting (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 1440); the object is
 *     unchanged on error.
 */
CSP_API int csp_partnership_set_minutes_per_meeting(csp_partnership *partnership, int value);
/**
 * Sets ad_hoc_meetings (any non-zero is 1).
 * @return CSP_OK, CSP_EARG (NULL); the object is unchanged on error.
 */
CSP_API int csp_partnership_set_ad_hoc_meetings(csp_partnership *partnership, int value);
/**
 * Sets quorum (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 1000); the object is
 *     unchanged on error.
 */
CSP_API int csp_partnership_set_quorum(csp_partnership *partnership, int value);
/**
 * Sets scrutinised_by (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_partnership_set_scrutinised_by(csp_partnership *partnership, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_partnership_add_sources(csp_partnership *partnership, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_partnership_clear_sources(csp_partnership *partnership);
/**@}*/

CSP_END_DECLS

#endif /* CSP_PARTNERSHIP_H */
