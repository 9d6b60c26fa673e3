/**
 * @file assessment.h
 * @brief Strategic assessments and strategic needs assessments.
 *
 * An assessment belongs to a partnership and has a kind, a title, the date it
 * was completed, the period it covers, its findings and priorities (ordered
 * lists of text), and the strategy elements its priorities feed.
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
#ifndef CSP_ASSESSMENT_H
#define CSP_ASSESSMENT_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- assessments --------------------------------------------------------------------------- */

/**
 * A strategic assessment or needs assessment: when, the period covered, findings and priorities
 * (opaque: a csp_record of CSP_ENTITY_ASSESSMENT).
 */
typedef struct csp_assessment csp_assessment;
/** An iteration over assessments (opaque; a csp_record_iterator). */
typedef struct csp_assessment_iterator csp_assessment_iterator;

/**
 * Which assessments csp_assessment_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_assessment_filter {
    unsigned int version; /**< CSP_ASSESSMENT_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *kind; /**< only this kind (a assessment_kind value), or NULL */
} csp_assessment_filter;
/** The version of csp_assessment_filter this header declares. */
#define CSP_ASSESSMENT_FILTER_VERSION 1
/** A filter that matches every assessment. */
#define CSP_ASSESSMENT_FILTER_INIT { CSP_ASSESSMENT_FILTER_VERSION, NULL, NULL }

/**
 * Creates an empty assessment with an id; set partnership and kind before putting it.
 * @param[out] out  the new object, owned by the caller (csp_assessment_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_assessment_new(csp_assessment **out, const char *id);
/** Frees an assessment object. Accepts NULL. */
CSP_API void csp_assessment_free(csp_assessment *assessment);
/**
 * Reads an assessment from a register.
 * @param[out] out  a copy, owned by the caller (csp_assessment_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_assessment_get(csp_assessment **out, csp_register *reg, const char *id);
/**
 * Writes an assessment: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_assessment_put(csp_register *reg, const csp_assessment *assessment);
/**
 * Inserts a new assessment: as csp_assessment_put(), but an id already in the register is an error.
 * @return as csp_assessment_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_assessment_insert(csp_register *reg, const csp_assessment *assessment);
/**
 * Deletes an assessment.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_assessment_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over assessments, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_assessment_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_assessment_iterator_new(csp_assessment_iterator **out, csp_register *reg, const csp_assessment_filter *filter);
/**
 * Starts an iteration over the assessments a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_assessment_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_ASSESSMENT), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_assessment_iterator_query(csp_assessment_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next assessment of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_assessment_next(csp_assessment **out, csp_assessment_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_assessment_iterator_free(csp_assessment_iterator *it);

/** @name Assessment getters */
/**@{*/
/** Stable identifier. Required. */
CSP_API const char *csp_assessment_id(const csp_assessment *assessment);
/** The partnership that made it. Required. The id of a partnership. */
CSP_API const char *csp_assessment_partnership(const csp_assessment *assessment);
/**
 * What sort of assessment it is. Required. A assessment_kind value: strategic_assessment,
 * strategic_needs_assessment, community_safety_agreement, other.
 */
CSP_API const char *csp_assessment_kind(const csp_assessment *assessment);
/** Title. */
CSP_API const char *csp_assessment_title(const csp_assessment *assessment);
/** When it was completed. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_assessment_completed_on(const csp_assessment *assessment);
/** Start of the period it covers. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_assessment_start_date(const csp_assessment *assessment);
/**
 * End of the period it covers; not before start_date. An ISO 8601 date, full or partial (date.h).
 */
CSP_API const char *csp_assessment_end_date(const csp_assessment *assessment);
/** How many findings it has: Its findings, in order. */
CSP_API size_t csp_assessment_findings_count(const csp_assessment *assessment);
/** Item i (0-based) of findings: text; NULL if i is out of range. */
CSP_API const char *csp_assessment_findings(const csp_assessment *assessment, size_t i);
/** How many priorities it has: The priorities it sets, in order. */
CSP_API size_t csp_assessment_priorities_count(const csp_assessment *assessment);
/** Item i (0-based) of priorities: text; NULL if i is out of range. */
CSP_API const char *csp_assessment_priorities(const csp_assessment *assessment, size_t i);
/** How many feeds it has: The strategy elements its priorities feed. */
CSP_API size_t csp_assessment_feeds_count(const csp_assessment *assessment);
/** Item i (0-based) of feeds: the id of a element; NULL if i is out of range. */
CSP_API const char *csp_assessment_feeds(const csp_assessment *assessment, size_t i);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_assessment_sources_count(const csp_assessment *assessment);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_assessment_sources(const csp_assessment *assessment, size_t i);
/**@}*/

/** @name Assessment setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_assessment_set_partnership(csp_assessment *assessment, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a assessment_kind value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_assessment_set_kind(csp_assessment *assessment, const char *value);
/**
 * Sets title (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_assessment_set_title(csp_assessment *assessment, const char *value);
/**
 * Sets completed_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_assessment_set_completed_on(csp_assessment *assessment, const char *value);
/**
 * Sets start_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_assessment_set_start_date(csp_assessment *assessment, const char *value);
/**
 * Sets end_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_assessment_set_end_date(csp_assessment *assessment, const char *value);
/**
 * Appends an item to findings.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_assessment_add_findings(csp_assessment *assessment, const char *value);
/**
 * Empties findings.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_assessment_clear_findings(csp_assessment *assessment);
/**
 * Appends an item to priorities.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_assessment_add_priorities(csp_assessment *assessment, const char *value);
/**
 * Empties priorities.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_assessment_clear_priorities(csp_assessment *assessment);
/**
 * Appends an item to feeds.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_assessment_add_feeds(csp_assessment *assessment, const char *value);
/**
 * Empties feeds.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_assessment_clear_feeds(csp_assessment *assessment);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_assessment_add_sources(csp_assessment *assessment, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_assessment_clear_sources(csp_assessment *assessment);
/**@}*/

CSP_END_DECLS

#endif /* CSP_ASSESSMENT_H */
