/**
 * @file indicator.h
 * @brief Indicators: the measures a partnership watches, with targets and dated values.
 *
 * An indicator belongs to a partnership and has a name, a unit, the direction
 * that is better, a target and the strategy element it measures. Its values
 * ("values" in JSON) are each for a period (a start date, and an end date
 * where the period is not the one the start date names) with the value.
 * Numbers are decimals kept exactly as written ("7.4", "-12"), as text.
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
#ifndef CSP_INDICATOR_H
#define CSP_INDICATOR_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- indicators ---------------------------------------------------------------------------- */

/**
 * A measure a partnership watches, with its target and dated values (opaque: a csp_record of
 * CSP_ENTITY_INDICATOR).
 */
typedef struct csp_indicator csp_indicator;
/** An iteration over indicators (opaque; a csp_record_iterator). */
typedef struct csp_indicator_iterator csp_indicator_iterator;

/**
 * Which indicators csp_indicator_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_indicator_filter {
    unsigned int version; /**< CSP_INDICATOR_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *element; /**< only this element (an id), or NULL */
} csp_indicator_filter;
/** The version of csp_indicator_filter this header declares. */
#define CSP_INDICATOR_FILTER_VERSION 1
/** A filter that matches every indicator. */
#define CSP_INDICATOR_FILTER_INIT { CSP_INDICATOR_FILTER_VERSION, NULL, NULL }

/**
 * Creates an empty indicator with an id; set partnership and name before putting it.
 * @param[out] out  the new object, owned by the caller (csp_indicator_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_indicator_new(csp_indicator **out, const char *id);
/** Frees an indicator object. Accepts NULL. */
CSP_API void csp_indicator_free(csp_indicator *indicator);
/**
 * Reads an indicator from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_indicator_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_indicator_get(csp_indicator **out, csp_register *reg, const char *id);
/**
 * Writes an indicator: inserts it, or replaces the one with the same id (the records nested in it
 * are untouched). It is validated and its references checked first; the register is unchanged on
 * any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_indicator_put(csp_register *reg, const csp_indicator *indicator);
/**
 * Inserts a new indicator: as csp_indicator_put(), but an id already in the register is an error.
 * @return as csp_indicator_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_indicator_insert(csp_register *reg, const csp_indicator *indicator);
/**
 * Deletes an indicator.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_indicator_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over indicators, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_indicator_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_indicator_iterator_new(csp_indicator_iterator **out, csp_register *reg, const csp_indicator_filter *filter);
/**
 * Starts an iteration over the indicators a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_indicator_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_INDICATOR), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_indicator_iterator_query(csp_indicator_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next indicator of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_indicator_next(csp_indicator **out, csp_indicator_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_indicator_iterator_free(csp_indicator_iterator *it);

/** @name Indicator getters */
/**@{*/
/** The indicator's id, unique among indicators. Required. */
CSP_API const char *csp_indicator_id(const csp_indicator *indicator);
/** The partnership that watches it. Required. The id of a partnership. */
CSP_API const char *csp_indicator_partnership(const csp_indicator *indicator);
/** What it measures ("Knife crime with injury, victims under 25"). Required. */
CSP_API const char *csp_indicator_name(const csp_indicator *indicator);
/** Its unit ("offences", "per 1,000 residents", "%"). */
CSP_API const char *csp_indicator_unit(const csp_indicator *indicator);
/**
 * Whether higher or lower is better. A indicator_direction value: higher_is_better,
 * lower_is_better.
 */
CSP_API const char *csp_indicator_direction(const csp_indicator *indicator);
/** The target, a decimal number as written ("7.5"). */
CSP_API const char *csp_indicator_target(const csp_indicator *indicator);
/** The strategy element it measures. The id of a element. */
CSP_API const char *csp_indicator_element(const csp_indicator *indicator);
/** How it is counted, where the data come from. */
CSP_API const char *csp_indicator_note(const csp_indicator *indicator);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_indicator_sources_count(const csp_indicator *indicator);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_indicator_sources(const csp_indicator *indicator, size_t i);
/**@}*/

/** @name Indicator setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_indicator_set_partnership(csp_indicator *indicator, const char *value);
/**
 * Sets name (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_set_name(csp_indicator *indicator, const char *value);
/**
 * Sets unit (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_set_unit(csp_indicator *indicator, const char *value);
/**
 * Sets direction (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a indicator_direction value), CSP_ENOMEM; the
 *     object is unchanged on error.
 */
CSP_API int csp_indicator_set_direction(csp_indicator *indicator, const char *value);
/**
 * Sets target (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_set_target(csp_indicator *indicator, const char *value);
/**
 * Sets element (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_indicator_set_element(csp_indicator *indicator, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_set_note(csp_indicator *indicator, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_indicator_add_sources(csp_indicator *indicator, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_indicator_clear_sources(csp_indicator *indicator);
/**@}*/

/* ---- indicator_values ---------------------------------------------------------------------- */

/** The value of an indicator for a period (opaque: a csp_record of CSP_ENTITY_INDICATOR_VALUE). */
typedef struct csp_indicator_value csp_indicator_value;
/** An iteration over indicator_values (opaque; a csp_record_iterator). */
typedef struct csp_indicator_value_iterator csp_indicator_value_iterator;

/**
 * Which indicator_values csp_indicator_value_iterator_new() yields: every member given must match
 * (NULL or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_indicator_value_filter {
    unsigned int version; /**< CSP_INDICATOR_VALUE_FILTER_VERSION */
    const char *indicator; /**< only this indicator (an id), or NULL */
} csp_indicator_value_filter;
/** The version of csp_indicator_value_filter this header declares. */
#define CSP_INDICATOR_VALUE_FILTER_VERSION 1
/** A filter that matches every indicator value. */
#define CSP_INDICATOR_VALUE_FILTER_INIT { CSP_INDICATOR_VALUE_FILTER_VERSION, NULL }

/**
 * Creates an empty indicator value with an id; set period_start, value and indicator before putting
 * it.
 * @param[out] out  the new object, owned by the caller (csp_indicator_value_free()); NULL on
 *     failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_indicator_value_new(csp_indicator_value **out, const char *id);
/** Frees an indicator value object. Accepts NULL. */
CSP_API void csp_indicator_value_free(csp_indicator_value *indicator_value);
/**
 * Reads an indicator value from a register.
 * @param[out] out  a copy, owned by the caller (csp_indicator_value_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_indicator_value_get(csp_indicator_value **out, csp_register *reg, const char *id);
/**
 * Writes an indicator value: inserts it, or replaces the one with the same id. A new one goes last
 * among its siblings; an existing one keeps its place. It is validated and its references checked
 * first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_indicator_value_put(csp_register *reg, const csp_indicator_value *indicator_value);
/**
 * Inserts a new indicator value: as csp_indicator_value_put(), but an id already in the register is
 * an error.
 * @return as csp_indicator_value_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_indicator_value_insert(csp_register *reg, const csp_indicator_value *indicator_value);
/**
 * Deletes an indicator value.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_indicator_value_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over indicator_values, in order under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_indicator_value_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_indicator_value_iterator_new(csp_indicator_value_iterator **out, csp_register *reg, const csp_indicator_value_filter *filter);
/**
 * Starts an iteration over the indicator_values a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_indicator_value_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_INDICATOR_VALUE), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_indicator_value_iterator_query(csp_indicator_value_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next indicator value of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_indicator_value_next(csp_indicator_value **out, csp_indicator_value_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_indicator_value_iterator_free(csp_indicator_value_iterator *it);

/** @name Indicator_value getters */
/**@{*/
/** The value's id, unique among indicator values. Required. */
CSP_API const char *csp_indicator_value_id(const csp_indicator_value *indicator_value);
/** The indicator (implied by nesting in JSON). Required. The id of a indicator. */
CSP_API const char *csp_indicator_value_indicator(const csp_indicator_value *indicator_value);
/**
 * Its place among the indicator's values, from 1 (kept by libcsp). 0 for an object never stored.
 * Kept by libcsp: it has no setter.
 */
CSP_API int csp_indicator_value_position(const csp_indicator_value *indicator_value);
/**
 * The period: its start, or the whole of it for a partial date ("2023" for the year 2023).
 * Required. An ISO 8601 date, full or partial (date.h).
 */
CSP_API const char *csp_indicator_value_period_start(const csp_indicator_value *indicator_value);
/**
 * The period's end, where it is not the period period_start names. An ISO 8601 date, full or
 * partial (date.h).
 */
CSP_API const char *csp_indicator_value_period_end(const csp_indicator_value *indicator_value);
/** The value, a decimal number as written ("7.4"). Required. */
CSP_API const char *csp_indicator_value_value(const csp_indicator_value *indicator_value);
/** Anything about this value (provisional, revised). */
CSP_API const char *csp_indicator_value_note(const csp_indicator_value *indicator_value);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_indicator_value_sources_count(const csp_indicator_value *indicator_value);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_indicator_value_sources(const csp_indicator_value *indicator_value, size_t i);
/**@}*/

/** @name Indicator_value setters */
/**@{*/
/**
 * Sets indicator (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_indicator_value_set_indicator(csp_indicator_value *indicator_value, const char *value);
/**
 * Sets period_start (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_value_set_period_start(csp_indicator_value *indicator_value, const char *value);
/**
 * Sets period_end (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_value_set_period_end(csp_indicator_value *indicator_value, const char *value);
/**
 * Sets value (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_value_set_value(csp_indicator_value *indicator_value, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_indicator_value_set_note(csp_indicator_value *indicator_value, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_indicator_value_add_sources(csp_indicator_value *indicator_value, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_indicator_value_clear_sources(csp_indicator_value *indicator_value);
/**@}*/

CSP_END_DECLS

#endif /* CSP_INDICATOR_H */
