/**
 * @file risk.h
 * @brief Risks: the partnership's risk register and each dated review.
 *
 * A risk belongs to a partnership and has a title, an owner (a seat on the
 * same partnership), a likelihood and an impact from 1 to 5, the score libcsp
 * keeps as their product, a status, its mitigations (ordered text) and the
 * agenda item that last reviewed it. Its dated reviews ("reviews" in JSON)
 * record the likelihood, impact and score then.
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
#ifndef CSP_RISK_H
#define CSP_RISK_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- risks --------------------------------------------------------------------------------- */

/** A risk on a partnership's risk register (opaque: a csp_record of CSP_ENTITY_RISK). */
typedef struct csp_risk csp_risk;
/** An iteration over risks (opaque; a csp_record_iterator). */
typedef struct csp_risk_iterator csp_risk_iterator;

/**
 * Which risks csp_risk_iterator_new() yields: every member given must match (NULL or -1 matches
 * any). Members are only ever appended, with a new version.
 */
typedef struct csp_risk_filter {
    unsigned int version; /**< CSP_RISK_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *owner; /**< only this owner (an id), or NULL */
    const char *status; /**< only this status (a risk_status value), or NULL */
    const char *reviewed_at; /**< only this reviewed_at (an id), or NULL */
} csp_risk_filter;
/** The version of csp_risk_filter this header declares. */
#define CSP_RISK_FILTER_VERSION 1
/** A filter that matches every risk. */
#define CSP_RISK_FILTER_INIT { CSP_RISK_FILTER_VERSION, NULL, NULL, NULL, NULL }

/**
 * Creates an empty risk with an id; set partnership, title and status before putting it.
 * @param[out] out  the new object, owned by the caller (csp_risk_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_risk_new(csp_risk **out, const char *id);
/** Frees a risk object. Accepts NULL. */
CSP_API void csp_risk_free(csp_risk *risk);
/**
 * Reads a risk from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_risk_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_risk_get(csp_risk **out, csp_register *reg, const char *id);
/**
 * Writes a risk: inserts it, or replaces the one with the same id (the records nested in it are
 * untouched). It is validated and its references checked first; the register is unchanged on any
 * error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_risk_put(csp_register *reg, const csp_risk *risk);
/**
 * Inserts a new risk: as csp_risk_put(), but an id already in the register is an error.
 * @return as csp_risk_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_risk_insert(csp_register *reg, const csp_risk *risk);
/**
 * Deletes a risk.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_risk_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over risks, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_risk_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_risk_iterator_new(csp_risk_iterator **out, csp_register *reg, const csp_risk_filter *filter);
/**
 * Starts an iteration over the risks a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_risk_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_RISK), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_risk_iterator_query(csp_risk_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next risk of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_risk_next(csp_risk **out, csp_risk_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_risk_iterator_free(csp_risk_iterator *it);

/** @name Risk getters */
/**@{*/
/** The risk's id, unique among risks. Required. */
CSP_API const char *csp_risk_id(const csp_risk *risk);
/** The partnership whose register it is on. Required. The id of a partnership. */
CSP_API const char *csp_risk_partnership(const csp_risk *risk);
/** The risk, in a line. Required. */
CSP_API const char *csp_risk_title(const csp_risk *risk);
/** Cause, event and consequence. */
CSP_API const char *csp_risk_description(const csp_risk *risk);
/** The seat that owns it, on the risk's partnership. The id of a membership. */
CSP_API const char *csp_risk_owner(const csp_risk *risk);
/** How likely, from 1 (rare) to 5 (almost certain). 1 to 5; 0 when unset. */
CSP_API int csp_risk_likelihood(const csp_risk *risk);
/** How severe, from 1 (negligible) to 5 (severe). 1 to 5; 0 when unset. */
CSP_API int csp_risk_impact(const csp_risk *risk);
/**
 * Likelihood times impact, 1 to 25 (kept by libcsp; 0 until both are set). 1 to 2147483647; 0 when
 * unset. Kept by libcsp: it has no setter.
 */
CSP_API int csp_risk_score(const csp_risk *risk);
/**
 * Open, treated, tolerated or closed. Required. A risk_status value: open, treated, tolerated,
 * closed.
 */
CSP_API const char *csp_risk_status(const csp_risk *risk);
/** How many mitigations it has: What is done to reduce it, in order. */
CSP_API size_t csp_risk_mitigations_count(const csp_risk *risk);
/** Item i (0-based) of mitigations: text; NULL if i is out of range. */
CSP_API const char *csp_risk_mitigations(const csp_risk *risk, size_t i);
/** The agenda item that last reviewed it. The id of a agenda_item. */
CSP_API const char *csp_risk_reviewed_at(const csp_risk *risk);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_risk_sources_count(const csp_risk *risk);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_risk_sources(const csp_risk *risk, size_t i);
/**@}*/

/** @name Risk setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_set_partnership(csp_risk *risk, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_risk_set_title(csp_risk *risk, const char *value);
/**
 * Sets description (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_risk_set_description(csp_risk *risk, const char *value);
/**
 * Sets owner (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_set_owner(csp_risk *risk, const char *value);
/**
 * Sets likelihood (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 5); the object is unchanged
 *     on error.
 */
CSP_API int csp_risk_set_likelihood(csp_risk *risk, int value);
/**
 * Sets impact (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 5); the object is unchanged
 *     on error.
 */
CSP_API int csp_risk_set_impact(csp_risk *risk, int value);
/**
 * Sets status (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a risk_status value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_risk_set_status(csp_risk *risk, const char *value);
/**
 * Appends an item to mitigations.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_risk_add_mitigations(csp_risk *risk, const char *value);
/**
 * Empties mitigations.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_risk_clear_mitigations(csp_risk *risk);
/**
 * Sets reviewed_at (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_set_reviewed_at(csp_risk *risk, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_add_sources(csp_risk *risk, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_risk_clear_sources(csp_risk *risk);
/**@}*/

/* ---- risk_reviews -------------------------------------------------------------------------- */

/**
 * A dated review of a risk, with the score then (opaque: a csp_record of CSP_ENTITY_RISK_REVIEW).
 */
typedef struct csp_risk_review csp_risk_review;
/** An iteration over risk_reviews (opaque; a csp_record_iterator). */
typedef struct csp_risk_review_iterator csp_risk_review_iterator;

/**
 * Which risk_reviews csp_risk_review_iterator_new() yields: every member given must match (NULL or
 * -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_risk_review_filter {
    unsigned int version; /**< CSP_RISK_REVIEW_FILTER_VERSION */
    const char *risk; /**< only this risk (an id), or NULL */
} csp_risk_review_filter;
/** The version of csp_risk_review_filter this header declares. */
#define CSP_RISK_REVIEW_FILTER_VERSION 1
/** A filter that matches every risk review. */
#define CSP_RISK_REVIEW_FILTER_INIT { CSP_RISK_REVIEW_FILTER_VERSION, NULL }

/**
 * Creates an empty risk review with an id; set date and risk before putting it.
 * @param[out] out  the new object, owned by the caller (csp_risk_review_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_risk_review_new(csp_risk_review **out, const char *id);
/** Frees a risk review object. Accepts NULL. */
CSP_API void csp_risk_review_free(csp_risk_review *risk_review);
/**
 * Reads a risk review from a register.
 * @param[out] out  a copy, owned by the caller (csp_risk_review_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_risk_review_get(csp_risk_review **out, csp_register *reg, const char *id);
/**
 * Writes a risk review: inserts it, or replaces the one with the same id. A new one goes last among
 * its siblings; an existing one keeps its place. It is validated and its references checked first;
 * the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_risk_review_put(csp_register *reg, const csp_risk_review *risk_review);
/**
 * Inserts a new risk review: as csp_risk_review_put(), but an id already in the register is an
 * error.
 * @return as csp_risk_review_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_risk_review_insert(csp_register *reg, const csp_risk_review *risk_review);
/**
 * Deletes a risk review.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_risk_review_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over risk_reviews, in order under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_risk_review_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_risk_review_iterator_new(csp_risk_review_iterator **out, csp_register *reg, const csp_risk_review_filter *filter);
/**
 * Starts an iteration over the risk_reviews a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_risk_review_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_RISK_REVIEW), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_risk_review_iterator_query(csp_risk_review_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next risk review of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_risk_review_next(csp_risk_review **out, csp_risk_review_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_risk_review_iterator_free(csp_risk_review_iterator *it);

/** @name Risk_review getters */
/**@{*/
/** The review's id, unique among risk reviews. Required. */
CSP_API const char *csp_risk_review_id(const csp_risk_review *risk_review);
/** The risk (implied by nesting in JSON). Required. The id of a risk. */
CSP_API const char *csp_risk_review_risk(const csp_risk_review *risk_review);
/**
 * Its place among the risk's reviews, from 1 (kept by libcsp). 0 for an object never stored. Kept
 * by libcsp: it has no setter.
 */
CSP_API int csp_risk_review_position(const csp_risk_review *risk_review);
/** The date of the review. Required. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_risk_review_date(const csp_risk_review *risk_review);
/** The likelihood then, 1 to 5. 1 to 5; 0 when unset. */
CSP_API int csp_risk_review_likelihood(const csp_risk_review *risk_review);
/** The impact then, 1 to 5. 1 to 5; 0 when unset. */
CSP_API int csp_risk_review_impact(const csp_risk_review *risk_review);
/**
 * The score then: likelihood times impact (kept by libcsp). 1 to 2147483647; 0 when unset. Kept by
 * libcsp: it has no setter.
 */
CSP_API int csp_risk_review_score(const csp_risk_review *risk_review);
/** The risk's status after the review. A risk_status value: open, treated, tolerated, closed. */
CSP_API const char *csp_risk_review_status(const csp_risk_review *risk_review);
/** What the review found. */
CSP_API const char *csp_risk_review_note(const csp_risk_review *risk_review);
/** The agenda item at which it was reviewed. The id of a agenda_item. */
CSP_API const char *csp_risk_review_reviewed_at(const csp_risk_review *risk_review);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_risk_review_sources_count(const csp_risk_review *risk_review);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_risk_review_sources(const csp_risk_review *risk_review, size_t i);
/**@}*/

/** @name Risk_review setters */
/**@{*/
/**
 * Sets risk (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_review_set_risk(csp_risk_review *risk_review, const char *value);
/**
 * Sets date (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_risk_review_set_date(csp_risk_review *risk_review, const char *value);
/**
 * Sets likelihood (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 5); the object is unchanged
 *     on error.
 */
CSP_API int csp_risk_review_set_likelihood(csp_risk_review *risk_review, int value);
/**
 * Sets impact (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 5); the object is unchanged
 *     on error.
 */
CSP_API int csp_risk_review_set_impact(csp_risk_review *risk_review, int value);
/**
 * Sets status (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a risk_status value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_risk_review_set_status(csp_risk_review *risk_review, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_risk_review_set_note(csp_risk_review *risk_review, const char *value);
/**
 * Sets reviewed_at (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_review_set_reviewed_at(csp_risk_review *risk_review, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_risk_review_add_sources(csp_risk_review *risk_review, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_risk_review_clear_sources(csp_risk_review *risk_review);
/**@}*/

CSP_END_DECLS

#endif /* CSP_RISK_H */
