/**
 * @file review.h
 * @brief Reviews: domestic homicide reviews and scrutiny reviews with their recommendations.
 *
 * A homicide review (a domestic homicide review, or the newer domestic abuse
 * related death review) belongs to the partnership that decides on it and
 * records only a reference and the dates of its milestones: notified, decided
 * (and the decision), chair appointed, commissioned, submitted to the Home
 * Office, quality-assured, published. It holds no personal data about the
 * victim or the perpetrator; a public export (CSP_EXPORT_PUBLIC) leaves out
 * every review not yet published.
 *
 * A scrutiny review is a crime and disorder committee's review of a
 * partnership on a date and a topic, with its recommendations in order
 * ("recommendations" in JSON), each with the response: accepted, partly
 * accepted or rejected, its date and text.
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
#ifndef CSP_REVIEW_H
#define CSP_REVIEW_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- homicide_reviews ---------------------------------------------------------------------- */

/**
 * A domestic homicide review (or domestic abuse related death review): a reference and its
 * milestones, nothing personal (opaque: a csp_record of CSP_ENTITY_HOMICIDE_REVIEW).
 */
typedef struct csp_homicide_review csp_homicide_review;
/** An iteration over homicide_reviews (opaque; a csp_record_iterator). */
typedef struct csp_homicide_review_iterator csp_homicide_review_iterator;

/**
 * Which homicide_reviews csp_homicide_review_iterator_new() yields: every member given must match
 * (NULL or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_homicide_review_filter {
    unsigned int version; /**< CSP_HOMICIDE_REVIEW_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *kind; /**< only this kind (a homicide_review_kind value), or NULL */
    const char *status; /**< only this status (a homicide_review_status value), or NULL */
    const char *decision; /**< only this decision (a review_decision value), or NULL */
} csp_homicide_review_filter;
/** The version of csp_homicide_review_filter this header declares. */
#define CSP_HOMICIDE_REVIEW_FILTER_VERSION 1
/** A filter that matches every homicide review. */
#define CSP_HOMICIDE_REVIEW_FILTER_INIT { CSP_HOMICIDE_REVIEW_FILTER_VERSION, NULL, NULL, NULL, NULL }

/**
 * Creates an empty homicide review with an id; set partnership, kind, reference, status and
 * notified_on before putting it.
 * @param[out] out  the new object, owned by the caller (csp_homicide_review_free()); NULL on
 *     failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_homicide_review_new(csp_homicide_review **out, const char *id);
/** Frees a homicide review object. Accepts NULL. */
CSP_API void csp_homicide_review_free(csp_homicide_review *homicide_review);
/**
 * Reads a homicide review from a register.
 * @param[out] out  a copy, owned by the caller (csp_homicide_review_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_homicide_review_get(csp_homicide_review **out, csp_register *reg, const char *id);
/**
 * Writes a homicide review: inserts it, or replaces the one with the same id. It is validated and
 * its references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_homicide_review_put(csp_register *reg, const csp_homicide_review *homicide_review);
/**
 * Inserts a new homicide review: as csp_homicide_review_put(), but an id already in the register is
 * an error.
 * @return as csp_homicide_review_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_homicide_review_insert(csp_register *reg, const csp_homicide_review *homicide_review);
/**
 * Deletes a homicide review.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_homicide_review_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over homicide_reviews, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_homicide_review_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_homicide_review_iterator_new(csp_homicide_review_iterator **out, csp_register *reg, const csp_homicide_review_filter *filter);
/**
 * Starts an iteration over the homicide_reviews a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_homicide_review_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_HOMICIDE_REVIEW), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_homicide_review_iterator_query(csp_homicide_review_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next homicide review of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_homicide_review_next(csp_homicide_review **out, csp_homicide_review_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_homicide_review_iterator_free(csp_homicide_review_iterator *it);

/** @name Homicide_review getters */
/**@{*/
/** The review's id, unique among homicide reviews. Required. */
CSP_API const char *csp_homicide_review_id(const csp_homicide_review *homicide_review);
/**
 * The partnership that decides on and commissions it (the CSP). Required. The id of a partnership.
 */
CSP_API const char *csp_homicide_review_partnership(const csp_homicide_review *homicide_review);
/**
 * A domestic homicide review or a domestic abuse related death review. Required. A
 * homicide_review_kind value: domestic_homicide_review, domestic_abuse_related_death_review.
 */
CSP_API const char *csp_homicide_review_kind(const csp_homicide_review *homicide_review);
/**
 * Its reference ("DHR 2021/03"): the only thing that names it. No name of the victim or the
 * perpetrator. Required.
 */
CSP_API const char *csp_homicide_review_reference(const csp_homicide_review *homicide_review);
/**
 * Where it stands. Required. A homicide_review_status value: notified, decided, in_progress,
 * submitted, quality_assured, published, not_held.
 */
CSP_API const char *csp_homicide_review_status(const csp_homicide_review *homicide_review);
/**
 * When the police notified the partnership of the death. Required. An ISO 8601 date, full or
 * partial (date.h).
 */
CSP_API const char *csp_homicide_review_notified_on(const csp_homicide_review *homicide_review);
/** Whether to hold a review. A review_decision value: hold, not_hold. */
CSP_API const char *csp_homicide_review_decision(const csp_homicide_review *homicide_review);
/** When that was decided. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_homicide_review_decided_on(const csp_homicide_review *homicide_review);
/** When the independent chair was appointed. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_homicide_review_chair_appointed_on(const csp_homicide_review *homicide_review);
/** When the review was commissioned. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_homicide_review_commissioned_on(const csp_homicide_review *homicide_review);
/**
 * When the report was submitted to the Home Office quality assurance panel. An ISO 8601 date, full
 * or partial (date.h).
 */
CSP_API const char *csp_homicide_review_submitted_on(const csp_homicide_review *homicide_review);
/** When the panel quality-assured it. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_homicide_review_quality_assured_on(const csp_homicide_review *homicide_review);
/**
 * When the report was published. Until then a public export leaves the review out. An ISO 8601
 * date, full or partial (date.h).
 */
CSP_API const char *csp_homicide_review_published_on(const csp_homicide_review *homicide_review);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_homicide_review_sources_count(const csp_homicide_review *homicide_review);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_homicide_review_sources(const csp_homicide_review *homicide_review, size_t i);
/**@}*/

/** @name Homicide_review setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_homicide_review_set_partnership(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a homicide_review_kind value), CSP_ENOMEM; the
 *     object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_kind(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets reference (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_reference(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets status (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a homicide_review_status value), CSP_ENOMEM; the
 *     object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_status(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets notified_on (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_notified_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets decision (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a review_decision value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_homicide_review_set_decision(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets decided_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_decided_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets chair_appointed_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_chair_appointed_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets commissioned_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_commissioned_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets submitted_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_submitted_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets quality_assured_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_quality_assured_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Sets published_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_homicide_review_set_published_on(csp_homicide_review *homicide_review, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_homicide_review_add_sources(csp_homicide_review *homicide_review, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_homicide_review_clear_sources(csp_homicide_review *homicide_review);
/**@}*/

/* ---- scrutiny_reviews ---------------------------------------------------------------------- */

/**
 * A crime and disorder committee's review of a partnership, with its recommendations (opaque: a
 * csp_record of CSP_ENTITY_SCRUTINY_REVIEW).
 */
typedef struct csp_scrutiny_review csp_scrutiny_review;
/** An iteration over scrutiny_reviews (opaque; a csp_record_iterator). */
typedef struct csp_scrutiny_review_iterator csp_scrutiny_review_iterator;

/**
 * Which scrutiny_reviews csp_scrutiny_review_iterator_new() yields: every member given must match
 * (NULL or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_scrutiny_review_filter {
    unsigned int version; /**< CSP_SCRUTINY_REVIEW_FILTER_VERSION */
    const char *committee; /**< only this committee (an id), or NULL */
    const char *scrutinised; /**< only this scrutinised (an id), or NULL */
} csp_scrutiny_review_filter;
/** The version of csp_scrutiny_review_filter this header declares. */
#define CSP_SCRUTINY_REVIEW_FILTER_VERSION 1
/** A filter that matches every scrutiny review. */
#define CSP_SCRUTINY_REVIEW_FILTER_INIT { CSP_SCRUTINY_REVIEW_FILTER_VERSION, NULL, NULL }

/**
 * Creates an empty scrutiny review with an id; set committee, scrutinised, date and topic before
 * putting it.
 * @param[out] out  the new object, owned by the caller (csp_scrutiny_review_free()); NULL on
 *     failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_scrutiny_review_new(csp_scrutiny_review **out, const char *id);
/** Frees a scrutiny review object. Accepts NULL. */
CSP_API void csp_scrutiny_review_free(csp_scrutiny_review *scrutiny_review);
/**
 * Reads a scrutiny review from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_scrutiny_review_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_scrutiny_review_get(csp_scrutiny_review **out, csp_register *reg, const char *id);
/**
 * Writes a scrutiny review: inserts it, or replaces the one with the same id (the records nested in
 * it are untouched). It is validated and its references checked first; the register is unchanged on
 * any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_scrutiny_review_put(csp_register *reg, const csp_scrutiny_review *scrutiny_review);
/**
 * Inserts a new scrutiny review: as csp_scrutiny_review_put(), but an id already in the register is
 * an error.
 * @return as csp_scrutiny_review_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_scrutiny_review_insert(csp_register *reg, const csp_scrutiny_review *scrutiny_review);
/**
 * Deletes a scrutiny review.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_scrutiny_review_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over scrutiny_reviews, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_scrutiny_review_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_scrutiny_review_iterator_new(csp_scrutiny_review_iterator **out, csp_register *reg, const csp_scrutiny_review_filter *filter);
/**
 * Starts an iteration over the scrutiny_reviews a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_scrutiny_review_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_SCRUTINY_REVIEW), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_scrutiny_review_iterator_query(csp_scrutiny_review_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next scrutiny review of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_scrutiny_review_next(csp_scrutiny_review **out, csp_scrutiny_review_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_scrutiny_review_iterator_free(csp_scrutiny_review_iterator *it);

/** @name Scrutiny_review getters */
/**@{*/
/** The review's id, unique among scrutiny reviews. Required. */
CSP_API const char *csp_scrutiny_review_id(const csp_scrutiny_review *scrutiny_review);
/**
 * The committee that reviewed (a partnership of kind scrutiny_committee). Required. The id of a
 * partnership.
 */
CSP_API const char *csp_scrutiny_review_committee(const csp_scrutiny_review *scrutiny_review);
/** The partnership it scrutinised. Required. The id of a partnership. */
CSP_API const char *csp_scrutiny_review_scrutinised(const csp_scrutiny_review *scrutiny_review);
/**
 * The date of the review (the committee's meeting). Required. An ISO 8601 date, full or partial
 * (date.h).
 */
CSP_API const char *csp_scrutiny_review_date(const csp_scrutiny_review *scrutiny_review);
/** What it looked at. Required. */
CSP_API const char *csp_scrutiny_review_topic(const csp_scrutiny_review *scrutiny_review);
/** Anything else about it. */
CSP_API const char *csp_scrutiny_review_note(const csp_scrutiny_review *scrutiny_review);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_scrutiny_review_sources_count(const csp_scrutiny_review *scrutiny_review);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_scrutiny_review_sources(const csp_scrutiny_review *scrutiny_review, size_t i);
/**@}*/

/** @name Scrutiny_review setters */
/**@{*/
/**
 * Sets committee (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_scrutiny_review_set_committee(csp_scrutiny_review *scrutiny_review, const char *value);
/**
 * Sets scrutinised (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_scrutiny_review_set_scrutinised(csp_scrutiny_review *scrutiny_review, const char *value);
/**
 * Sets date (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_scrutiny_review_set_date(csp_scrutiny_review *scrutiny_review, const char *value);
/**
 * Sets topic (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_scrutiny_review_set_topic(csp_scrutiny_review *scrutiny_review, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_scrutiny_review_set_note(csp_scrutiny_review *scrutiny_review, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_scrutiny_review_add_sources(csp_scrutiny_review *scrutiny_review, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_scrutiny_review_clear_sources(csp_scrutiny_review *scrutiny_review);
/**@}*/

/* ---- recommendations ----------------------------------------------------------------------- */

/**
 * A recommendation of a scrutiny review, and the response to it (opaque: a csp_record of
 * CSP_ENTITY_RECOMMENDATION).
 */
typedef struct csp_recommendation csp_recommendation;
/** An iteration over recommendations (opaque; a csp_record_iterator). */
typedef struct csp_recommendation_iterator csp_recommendation_iterator;

/**
 * Which recommendations csp_recommendation_iterator_new() yields: every member given must match
 * (NULL or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_recommendation_filter {
    unsigned int version; /**< CSP_RECOMMENDATION_FILTER_VERSION */
    const char *scrutiny_review; /**< only this scrutiny_review (an id), or NULL */
    const char *response; /**< only this response (a response_kind value), or NULL */
} csp_recommendation_filter;
/** The version of csp_recommendation_filter this header declares. */
#define CSP_RECOMMENDATION_FILTER_VERSION 1
/** A filter that matches every recommendation. */
#define CSP_RECOMMENDATION_FILTER_INIT { CSP_RECOMMENDATION_FILTER_VERSION, NULL, NULL }

/**
 * Creates an empty recommendation with an id; set text and scrutiny_review before putting it.
 * @param[out] out  the new object, owned by the caller (csp_recommendation_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_recommendation_new(csp_recommendation **out, const char *id);
/** Frees a recommendation object. Accepts NULL. */
CSP_API void csp_recommendation_free(csp_recommendation *recommendation);
/**
 * Reads a recommendation from a register.
 * @param[out] out  a copy, owned by the caller (csp_recommendation_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_recommendation_get(csp_recommendation **out, csp_register *reg, const char *id);
/**
 * Writes a recommendation: inserts it, or replaces the one with the same id. A new one goes last
 * among its siblings; an existing one keeps its place. It is validated and its references checked
 * first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_recommendation_put(csp_register *reg, const csp_recommendation *recommendation);
/**
 * Inserts a new recommendation: as csp_recommendation_put(), but an id already in the register is
 * an error.
 * @return as csp_recommendation_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_recommendation_insert(csp_register *reg, const csp_recommendation *recommendation);
/**
 * Deletes a recommendation.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_recommendation_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over recommendations, in order under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_recommendation_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_recommendation_iterator_new(csp_recommendation_iterator **out, csp_register *reg, const csp_recommendation_filter *filter);
/**
 * Starts an iteration over the recommendations a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_recommendation_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_RECOMMENDATION), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_recommendation_iterator_query(csp_recommendation_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next recommendation of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_recommendation_next(csp_recommendation **out, csp_recommendation_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_recommendation_iterator_free(csp_recommendation_iterator *it);

/** @name Recommendation getters */
/**@{*/
/** The recommendation's id, unique among recommendations. Required. */
CSP_API const char *csp_recommendation_id(const csp_recommendation *recommendation);
/** The scrutiny review (implied by nesting in JSON). Required. The id of a scrutiny_review. */
CSP_API const char *csp_recommendation_scrutiny_review(const csp_recommendation *recommendation);
/**
 * Its number among the review's recommendations, from 1 (kept by libcsp). 0 for an object never
 * stored. Kept by libcsp: it has no setter.
 */
CSP_API int csp_recommendation_position(const csp_recommendation *recommendation);
/** The recommendation as made. Required. */
CSP_API const char *csp_recommendation_text(const csp_recommendation *recommendation);
/**
 * Accepted, partly accepted or rejected; unset until answered. A response_kind value: accepted,
 * partly_accepted, rejected.
 */
CSP_API const char *csp_recommendation_response(const csp_recommendation *recommendation);
/** When it was answered. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_recommendation_responded_on(const csp_recommendation *recommendation);
/** The response as given. */
CSP_API const char *csp_recommendation_response_text(const csp_recommendation *recommendation);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_recommendation_sources_count(const csp_recommendation *recommendation);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_recommendation_sources(const csp_recommendation *recommendation, size_t i);
/**@}*/

/** @name Recommendation setters */
/**@{*/
/**
 * Sets scrutiny_review (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_recommendation_set_scrutiny_review(csp_recommendation *recommendation, const char *value);
/**
 * Sets text (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_recommendation_set_text(csp_recommendation *recommendation, const char *value);
/**
 * Sets response (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a response_kind value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_recommendation_set_response(csp_recommendation *recommendation, const char *value);
/**
 * Sets responded_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_recommendation_set_responded_on(csp_recommendation *recommendation, const char *value);
/**
 * Sets response_text (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_recommendation_set_response_text(csp_recommendation *recommendation, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_recommendation_add_sources(csp_recommendation *recommendation, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_recommendation_clear_sources(csp_recommendation *recommendation);
/**@}*/

CSP_END_DECLS

#endif /* CSP_REVIEW_H */
