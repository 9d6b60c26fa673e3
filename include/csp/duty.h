/**
 * @file duty.h
 * @brief Statutory duties: the catalogue, who holds each duty, and each dated discharge.
 *
 * Every register holds libcsp's built-in catalogue of the duties of a
 * community safety partnership (docs/duties.md), each with its legal source,
 * commencement, recurrence, the partnership kinds it falls on, and a
 * confidence. Built-in duties cannot be changed or deleted (CSP_ECONSTRAINT)
 * and are not exported; users may add local duties.
 *
 * A duty holding records which partnership (or organisation) holds a duty from
 * when. The Serious Violence Duty holders of an area follow from
 * organisations' standing: iterate organisations with the filter
 * serious_violence_duty_holder = 1 and the area (organisation.h).
 *
 * A discharge is a dated record that a partnership discharged a duty, with its
 * evidence and the strategy or assessment that discharged it.
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
#ifndef CSP_DUTY_H
#define CSP_DUTY_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- duties -------------------------------------------------------------------------------- */

/**
 * A statutory duty: its legal source, commencement, recurrence and who it falls on (opaque: a
 * csp_record of CSP_ENTITY_DUTY).
 */
typedef struct csp_duty csp_duty;
/** An iteration over duties (opaque; a csp_record_iterator). */
typedef struct csp_duty_iterator csp_duty_iterator;

/**
 * Which duties csp_duty_iterator_new() yields: every member given must match (NULL or -1 matches
 * any). Members are only ever appended, with a new version.
 */
typedef struct csp_duty_filter {
    unsigned int version; /**< CSP_DUTY_FILTER_VERSION */
    const char *recurrence; /**< only this recurrence (a duty_recurrence value), or NULL */
    const char *confidence; /**< only this confidence (a confidence value), or NULL */
    int builtin; /**< 1 or 0 to require builtin, -1 for any */
} csp_duty_filter;
/** The version of csp_duty_filter this header declares. */
#define CSP_DUTY_FILTER_VERSION 1
/** A filter that matches every duty. */
#define CSP_DUTY_FILTER_INIT { CSP_DUTY_FILTER_VERSION, NULL, NULL, -1 }

/**
 * Creates an empty duty with an id; set title, source, recurrence and confidence before putting it.
 * @param[out] out  the new object, owned by the caller (csp_duty_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_duty_new(csp_duty **out, const char *id);
/** Frees a duty object. Accepts NULL. */
CSP_API void csp_duty_free(csp_duty *duty);
/**
 * Reads a duty from a register.
 * @param[out] out  a copy, owned by the caller (csp_duty_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_duty_get(csp_duty **out, csp_register *reg, const char *id);
/**
 * Writes a duty: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields, or a built-in
 *     record), CSP_EREFERENCE (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store
 *     error.
 */
CSP_API int csp_duty_put(csp_register *reg, const csp_duty *duty);
/**
 * Inserts a new duty: as csp_duty_put(), but an id already in the register is an error.
 * @return as csp_duty_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_duty_insert(csp_register *reg, const csp_duty *duty);
/**
 * Deletes a duty.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_ECONSTRAINT (a built-in record), CSP_EREADONLY.
 */
CSP_API int csp_duty_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over duties, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_duty_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_duty_iterator_new(csp_duty_iterator **out, csp_register *reg, const csp_duty_filter *filter);
/**
 * Starts an iteration over the duties a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_duty_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_DUTY), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_duty_iterator_query(csp_duty_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next duty of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_duty_next(csp_duty **out, csp_duty_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_duty_iterator_free(csp_duty_iterator *it);

/** @name Duty getters */
/**@{*/
/** The duty's stable code, e.g. "si2007_1830.strategic_assessment". Required. */
CSP_API const char *csp_duty_id(const csp_duty *duty);
/** What the duty requires, in one line. Required. */
CSP_API const char *csp_duty_title(const csp_duty *duty);
/** The legal source: act or SI, section or regulation. Required. */
CSP_API const char *csp_duty_source(const csp_duty *duty);
/** When the duty came into force, where known. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_duty_commencement(const csp_duty *duty);
/**
 * How often it must be discharged. Required. A duty_recurrence value: continuous, quarterly,
 * yearly, three_yearly, per_event.
 */
CSP_API const char *csp_duty_recurrence(const csp_duty *duty);
/**
 * How many applies_to it has: The kinds of partnership it falls on (none: it falls on
 * organisations).
 */
CSP_API size_t csp_duty_applies_to_count(const csp_duty *duty);
/** Item i (0-based) of applies_to: a partnership_kind value; NULL if i is out of range. */
CSP_API const char *csp_duty_applies_to(const csp_duty *duty, size_t i);
/**
 * How sure the figures are: read in the legislation, from a secondary source, or unverified.
 * Required. A confidence value: verified, secondary, unverified.
 */
CSP_API const char *csp_duty_confidence(const csp_duty *duty);
/** Qualifications: what is uncertain, where it applies. */
CSP_API const char *csp_duty_note(const csp_duty *duty);
/**
 * Part of libcsp's catalogue: present in every register, never edited or deleted, not exported. 1
 * or 0. Kept by libcsp: it has no setter.
 */
CSP_API int csp_duty_builtin(const csp_duty *duty);
/** A short name for people, e.g. "Strategic assessment". */
CSP_API const char *csp_duty_label(const csp_duty *duty);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_duty_sources_count(const csp_duty *duty);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_duty_sources(const csp_duty *duty, size_t i);
/**
 * The last day it applies, where it applies for a period only (a pilot). An ISO 8601 date, full or
 * partial (date.h).
 */
CSP_API const char *csp_duty_ends_on(const csp_duty *duty);
/**
 * How many areas it has: The areas it applies in, where it applies in some only (a pilot's areas):
 * a partnership whose area is one of them.
 */
CSP_API size_t csp_duty_areas_count(const csp_duty *duty);
/** Item i (0-based) of areas: text; NULL if i is out of range. */
CSP_API const char *csp_duty_areas(const csp_duty *duty, size_t i);
/**@}*/

/** @name Duty setters */
/**@{*/
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_set_title(csp_duty *duty, const char *value);
/**
 * Sets source (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_set_source(csp_duty *duty, const char *value);
/**
 * Sets commencement (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_set_commencement(csp_duty *duty, const char *value);
/**
 * Sets recurrence (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a duty_recurrence value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_duty_set_recurrence(csp_duty *duty, const char *value);
/**
 * Appends an item to applies_to.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a partnership_kind value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_duty_add_applies_to(csp_duty *duty, const char *value);
/**
 * Empties applies_to.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_duty_clear_applies_to(csp_duty *duty);
/**
 * Sets confidence (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a confidence value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_duty_set_confidence(csp_duty *duty, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_set_note(csp_duty *duty, const char *value);
/**
 * Sets label (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_set_label(csp_duty *duty, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_duty_add_sources(csp_duty *duty, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_duty_clear_sources(csp_duty *duty);
/**
 * Sets ends_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_set_ends_on(csp_duty *duty, const char *value);
/**
 * Appends an item to areas.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_add_areas(csp_duty *duty, const char *value);
/**
 * Empties areas.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_duty_clear_areas(csp_duty *duty);
/**@}*/

/* ---- duty_holdings ------------------------------------------------------------------------- */

/**
 * Which partnership or organisation holds a duty, from when (opaque: a csp_record of
 * CSP_ENTITY_DUTY_HOLDING).
 */
typedef struct csp_duty_holding csp_duty_holding;
/** An iteration over duty_holdings (opaque; a csp_record_iterator). */
typedef struct csp_duty_holding_iterator csp_duty_holding_iterator;

/**
 * Which duty_holdings csp_duty_holding_iterator_new() yields: every member given must match (NULL
 * or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_duty_holding_filter {
    unsigned int version; /**< CSP_DUTY_HOLDING_FILTER_VERSION */
    const char *duty; /**< only this duty (an id), or NULL */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *organisation; /**< only this organisation (an id), or NULL */
} csp_duty_holding_filter;
/** The version of csp_duty_holding_filter this header declares. */
#define CSP_DUTY_HOLDING_FILTER_VERSION 1
/** A filter that matches every duty holding. */
#define CSP_DUTY_HOLDING_FILTER_INIT { CSP_DUTY_HOLDING_FILTER_VERSION, NULL, NULL, NULL }

/**
 * Creates an empty duty holding with an id; set duty before putting it.
 * @param[out] out  the new object, owned by the caller (csp_duty_holding_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_duty_holding_new(csp_duty_holding **out, const char *id);
/** Frees a duty holding object. Accepts NULL. */
CSP_API void csp_duty_holding_free(csp_duty_holding *duty_holding);
/**
 * Reads a duty holding from a register.
 * @param[out] out  a copy, owned by the caller (csp_duty_holding_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_duty_holding_get(csp_duty_holding **out, csp_register *reg, const char *id);
/**
 * Writes a duty holding: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_duty_holding_put(csp_register *reg, const csp_duty_holding *duty_holding);
/**
 * Inserts a new duty holding: as csp_duty_holding_put(), but an id already in the register is an
 * error.
 * @return as csp_duty_holding_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_duty_holding_insert(csp_register *reg, const csp_duty_holding *duty_holding);
/**
 * Deletes a duty holding.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_duty_holding_delete(csp_register *reg, const char *id);
/**
 * Whether a duty holding is in force on a date: it started on or before the date and did not end
 * before it (an unset start_date/end_date leaves that side open). Partial dates are the periods
 * they name (csp_query_in_force()).
 * @param duty_holding  the duty holding
 * @param date  an ISO 8601 date, full or partial
 * @return 1 if in force, 0 if not; CSP_EARG (NULL); CSP_EDATE (a bad date).
 */
CSP_API int csp_duty_holding_in_force(const csp_duty_holding *duty_holding, const char *date);
/**
 * Starts an iteration over duty_holdings, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_duty_holding_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_duty_holding_iterator_new(csp_duty_holding_iterator **out, csp_register *reg, const csp_duty_holding_filter *filter);
/**
 * Starts an iteration over the duty_holdings a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_duty_holding_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_DUTY_HOLDING), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_duty_holding_iterator_query(csp_duty_holding_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next duty holding of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_duty_holding_next(csp_duty_holding **out, csp_duty_holding_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_duty_holding_iterator_free(csp_duty_holding_iterator *it);

/** @name Duty_holding getters */
/**@{*/
/** Stable identifier. Required. */
CSP_API const char *csp_duty_holding_id(const csp_duty_holding *duty_holding);
/** The duty held. Required. The id of a duty. */
CSP_API const char *csp_duty_holding_duty(const csp_duty_holding *duty_holding);
/** The partnership that holds it (this or organisation, not both). The id of a partnership. */
CSP_API const char *csp_duty_holding_partnership(const csp_duty_holding *duty_holding);
/** The organisation that holds it (this or partnership, not both). The id of a organisation. */
CSP_API const char *csp_duty_holding_organisation(const csp_duty_holding *duty_holding);
/** Held from. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_duty_holding_start_date(const csp_duty_holding *duty_holding);
/** Held until; not before start_date. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_duty_holding_end_date(const csp_duty_holding *duty_holding);
/** How the holding is stated in the source. */
CSP_API const char *csp_duty_holding_note(const csp_duty_holding *duty_holding);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_duty_holding_sources_count(const csp_duty_holding *duty_holding);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_duty_holding_sources(const csp_duty_holding *duty_holding, size_t i);
/**@}*/

/** @name Duty_holding setters */
/**@{*/
/**
 * Sets duty (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_duty_holding_set_duty(csp_duty_holding *duty_holding, const char *value);
/**
 * Sets partnership (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_duty_holding_set_partnership(csp_duty_holding *duty_holding, const char *value);
/**
 * Sets organisation (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_duty_holding_set_organisation(csp_duty_holding *duty_holding, const char *value);
/**
 * Sets start_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_holding_set_start_date(csp_duty_holding *duty_holding, const char *value);
/**
 * Sets end_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_holding_set_end_date(csp_duty_holding *duty_holding, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_duty_holding_set_note(csp_duty_holding *duty_holding, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_duty_holding_add_sources(csp_duty_holding *duty_holding, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_duty_holding_clear_sources(csp_duty_holding *duty_holding);
/**@}*/

/* ---- discharges ---------------------------------------------------------------------------- */

/**
 * A dated record that a duty was discharged, with its evidence (opaque: a csp_record of
 * CSP_ENTITY_DISCHARGE).
 */
typedef struct csp_discharge csp_discharge;
/** An iteration over discharges (opaque; a csp_record_iterator). */
typedef struct csp_discharge_iterator csp_discharge_iterator;

/**
 * Which discharges csp_discharge_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_discharge_filter {
    unsigned int version; /**< CSP_DISCHARGE_FILTER_VERSION */
    const char *duty; /**< only this duty (an id), or NULL */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *meeting; /**< only this meeting (an id), or NULL */
} csp_discharge_filter;
/** The version of csp_discharge_filter this header declares. */
#define CSP_DISCHARGE_FILTER_VERSION 1
/** A filter that matches every discharge. */
#define CSP_DISCHARGE_FILTER_INIT { CSP_DISCHARGE_FILTER_VERSION, NULL, NULL, NULL }

/**
 * Creates an empty discharge with an id; set duty, partnership, discharged_on and title before
 * putting it.
 * @param[out] out  the new object, owned by the caller (csp_discharge_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_discharge_new(csp_discharge **out, const char *id);
/** Frees a discharge object. Accepts NULL. */
CSP_API void csp_discharge_free(csp_discharge *discharge);
/**
 * Reads a discharge from a register.
 * @param[out] out  a copy, owned by the caller (csp_discharge_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_discharge_get(csp_discharge **out, csp_register *reg, const char *id);
/**
 * Writes a discharge: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_discharge_put(csp_register *reg, const csp_discharge *discharge);
/**
 * Inserts a new discharge: as csp_discharge_put(), but an id already in the register is an error.
 * @return as csp_discharge_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_discharge_insert(csp_register *reg, const csp_discharge *discharge);
/**
 * Deletes a discharge.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_discharge_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over discharges, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_discharge_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_discharge_iterator_new(csp_discharge_iterator **out, csp_register *reg, const csp_discharge_filter *filter);
/**
 * Starts an iteration over the discharges a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_discharge_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_DISCHARGE), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_discharge_iterator_query(csp_discharge_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next discharge of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_discharge_next(csp_discharge **out, csp_discharge_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_discharge_iterator_free(csp_discharge_iterator *it);

/** @name Discharge getters */
/**@{*/
/** Stable identifier. Required. */
CSP_API const char *csp_discharge_id(const csp_discharge *discharge);
/** The duty discharged. Required. The id of a duty. */
CSP_API const char *csp_discharge_duty(const csp_discharge *discharge);
/** The partnership that discharged it. Required. The id of a partnership. */
CSP_API const char *csp_discharge_partnership(const csp_discharge *discharge);
/** When (full or partial date). Required. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_discharge_discharged_on(const csp_discharge *discharge);
/** What was done, e.g. "strategic assessment 2024 completed". Required. */
CSP_API const char *csp_discharge_title(const csp_discharge *discharge);
/** The evidence: a document's title. */
CSP_API const char *csp_discharge_evidence_title(const csp_discharge *discharge);
/** The evidence: where it is published. */
CSP_API const char *csp_discharge_evidence_url(const csp_discharge *discharge);
/** The evidence: a document or minute reference. */
CSP_API const char *csp_discharge_evidence_ref(const csp_discharge *discharge);
/** Anything else. */
CSP_API const char *csp_discharge_note(const csp_discharge *discharge);
/** The strategy that discharged it. The id of a strategy. */
CSP_API const char *csp_discharge_strategy(const csp_discharge *discharge);
/** The assessment that discharged it. The id of a assessment. */
CSP_API const char *csp_discharge_assessment(const csp_discharge *discharge);
/**
 * The meeting at which the duty was discharged (a plan agreed, an assessment considered). The id of
 * a meeting.
 */
CSP_API const char *csp_discharge_meeting(const csp_discharge *discharge);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_discharge_sources_count(const csp_discharge *discharge);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_discharge_sources(const csp_discharge *discharge, size_t i);
/**@}*/

/** @name Discharge setters */
/**@{*/
/**
 * Sets duty (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_discharge_set_duty(csp_discharge *discharge, const char *value);
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_discharge_set_partnership(csp_discharge *discharge, const char *value);
/**
 * Sets discharged_on (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_discharge_set_discharged_on(csp_discharge *discharge, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_discharge_set_title(csp_discharge *discharge, const char *value);
/**
 * Sets evidence_title (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_discharge_set_evidence_title(csp_discharge *discharge, const char *value);
/**
 * Sets evidence_url (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 2000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_discharge_set_evidence_url(csp_discharge *discharge, const char *value);
/**
 * Sets evidence_ref (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_discharge_set_evidence_ref(csp_discharge *discharge, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_discharge_set_note(csp_discharge *discharge, const char *value);
/**
 * Sets strategy (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_discharge_set_strategy(csp_discharge *discharge, const char *value);
/**
 * Sets assessment (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_discharge_set_assessment(csp_discharge *discharge, const char *value);
/**
 * Sets meeting (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_discharge_set_meeting(csp_discharge *discharge, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_discharge_add_sources(csp_discharge *discharge, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_discharge_clear_sources(csp_discharge *discharge);
/**@}*/

CSP_END_DECLS

#endif /* CSP_DUTY_H */
