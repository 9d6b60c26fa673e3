/**
 * @file assessment.h
 * @brief Strategic assessments and strategic needs assessments.
 *
 * An assessment belongs to a partnership and has a kind (assessment_kind:
 * strategic_assessment, strategic_needs_assessment, community_safety_agreement,
 * other), a title, the date it was completed, the period it covers, its findings
 * and priorities (ordered lists of text), and the strategy elements its
 * priorities feed. Objects are detached copies: getters return values borrowed
 * from the object (NULL when unset), setters copy and validate.
 */
#ifndef CSP_ASSESSMENT_H
#define CSP_ASSESSMENT_H

#include "common.h"

CSP_BEGIN_DECLS

/** An assessment (opaque). */
typedef struct csp_assessment csp_assessment;
/** An iterator over assessments (opaque). */
typedef struct csp_assessment_iterator csp_assessment_iterator;

/** Which assessments csp_assessment_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_assessment_filter {
    unsigned int version;     /**< CSP_ASSESSMENT_FILTER_VERSION */
    const char *partnership;  /**< only this partnership's assessments, or NULL */
    const char *kind;         /**< only this kind, or NULL */
} csp_assessment_filter;
#define CSP_ASSESSMENT_FILTER_VERSION 1
/** A filter that matches every assessment. */
#define CSP_ASSESSMENT_FILTER_INIT { CSP_ASSESSMENT_FILTER_VERSION, NULL, NULL }

/**
 * Creates an empty assessment; set partnership and kind before putting it.
 * @param[out] out owned by the caller (csp_assessment_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID, CSP_ENOMEM.
 */
CSP_API int csp_assessment_new(csp_assessment **out, const char *id);
/** Frees an assessment object. Accepts NULL. */
CSP_API void csp_assessment_free(csp_assessment *a);
/**
 * Reads an assessment.
 * @param[out] out a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_assessment_get(csp_assessment **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces an assessment.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREFERENCE (partnership or feeds),
 *         CSP_ECONSTRAINT (period ends before it starts), CSP_EREADONLY, or a store error.
 */
CSP_API int csp_assessment_put(csp_register *reg, const csp_assessment *a);
/**
 * Deletes an assessment.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (a discharge names it), CSP_EREADONLY.
 */
CSP_API int csp_assessment_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over assessments in id order.
 * @param[out] out owned by the caller (csp_assessment_iterator_free())
 * @param filter NULL for all
 */
CSP_API int csp_assessment_iterator_new(csp_assessment_iterator **out, csp_register *reg,
                                        const csp_assessment_filter *filter);
/**
 * The next assessment.
 * @param[out] out owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_assessment_next(csp_assessment **out, csp_assessment_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_assessment_iterator_free(csp_assessment_iterator *it);

/** The id. */
CSP_API const char *csp_assessment_id(const csp_assessment *a);
/** The id of the partnership that made it. Required. */
CSP_API const char *csp_assessment_partnership(const csp_assessment *a);
/** An assessment_kind value. Required. */
CSP_API const char *csp_assessment_kind(const csp_assessment *a);
/** The title. */
CSP_API const char *csp_assessment_title(const csp_assessment *a);
/** When it was completed. */
CSP_API const char *csp_assessment_completed_on(const csp_assessment *a);
/** Start of the period covered. */
CSP_API const char *csp_assessment_start_date(const csp_assessment *a);
/** End of the period covered. */
CSP_API const char *csp_assessment_end_date(const csp_assessment *a);
/** How many findings it has. */
CSP_API size_t csp_assessment_findings_count(const csp_assessment *a);
/** The i-th finding; NULL if out of range. */
CSP_API const char *csp_assessment_findings(const csp_assessment *a, size_t i);
/** How many priorities it sets. */
CSP_API size_t csp_assessment_priorities_count(const csp_assessment *a);
/** The i-th priority; NULL if out of range. */
CSP_API const char *csp_assessment_priorities(const csp_assessment *a, size_t i);
/** How many strategy elements it feeds. */
CSP_API size_t csp_assessment_feeds_count(const csp_assessment *a);
/** The id of the i-th element it feeds; NULL if out of range. */
CSP_API const char *csp_assessment_feeds(const csp_assessment *a, size_t i);

/** @name Setters (copy and validate; NULL clears an optional field) */
/**@{*/
CSP_API int csp_assessment_set_partnership(csp_assessment *a, const char *partnership_id);
CSP_API int csp_assessment_set_kind(csp_assessment *a, const char *kind);
CSP_API int csp_assessment_set_title(csp_assessment *a, const char *title);
CSP_API int csp_assessment_set_completed_on(csp_assessment *a, const char *date);
CSP_API int csp_assessment_set_start_date(csp_assessment *a, const char *date);
CSP_API int csp_assessment_set_end_date(csp_assessment *a, const char *date);
/** Appends a finding. */
CSP_API int csp_assessment_add_findings(csp_assessment *a, const char *text);
/** Empties the findings. */
CSP_API int csp_assessment_clear_findings(csp_assessment *a);
/** Appends a priority. */
CSP_API int csp_assessment_add_priorities(csp_assessment *a, const char *text);
/** Empties the priorities. */
CSP_API int csp_assessment_clear_priorities(csp_assessment *a);
/** Appends an element id (checked when the assessment is put). */
CSP_API int csp_assessment_add_feeds(csp_assessment *a, const char *element_id);
/** Empties feeds. */
CSP_API int csp_assessment_clear_feeds(csp_assessment *a);
/**@}*/

CSP_END_DECLS

#endif /* CSP_ASSESSMENT_H */
