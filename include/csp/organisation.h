/**
 * @file organisation.h
 * @brief Organisations: the agencies and bodies that sit on partnerships.
 *
 * An organisation has an id, a name, a kind, an area, and its statutory
 * standing: a responsible authority under the Crime and Disorder Act 1998 s5,
 * a Serious Violence Duty holder (PCSC Act 2022 s11 and Schedule 1), a
 * co-operating body (CDA 1998 s5(2)-(3)).
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
#ifndef CSP_ORGANISATION_H
#define CSP_ORGANISATION_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- organisations ------------------------------------------------------------------------- */

/**
 * An agency or body, its kind and its statutory standing (opaque: a csp_record of
 * CSP_ENTITY_ORGANISATION).
 */
typedef struct csp_organisation csp_organisation;
/** An iteration over organisations (opaque; a csp_record_iterator). */
typedef struct csp_organisation_iterator csp_organisation_iterator;

/**
 * Which organisations csp_organisation_iterator_new() yields: every member given must match (NULL
 * or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_organisation_filter {
    unsigned int version; /**< CSP_ORGANISATION_FILTER_VERSION */
    const char *kind; /**< only this kind (a organisation_kind value), or NULL */
    const char *area; /**< only this area (exact text), or NULL */
    int responsible_authority; /**< 1 or 0 to require responsible_authority, -1 for any */
    int serious_violence_duty_holder; /**< 1 or 0 to require serious_violence_duty_holder, -1 for any */
    int cooperating_body; /**< 1 or 0 to require cooperating_body, -1 for any */
} csp_organisation_filter;
/** The version of csp_organisation_filter this header declares. */
#define CSP_ORGANISATION_FILTER_VERSION 1
/** A filter that matches every organisation. */
#define CSP_ORGANISATION_FILTER_INIT { CSP_ORGANISATION_FILTER_VERSION, NULL, NULL, -1, -1, -1 }

/**
 * Creates an empty organisation with an id; set name and kind before putting it.
 * @param[out] out  the new object, owned by the caller (csp_organisation_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_organisation_new(csp_organisation **out, const char *id);
/** Frees an organisation object. Accepts NULL. */
CSP_API void csp_organisation_free(csp_organisation *organisation);
/**
 * Reads an organisation from a register.
 * @param[out] out  a copy, owned by the caller (csp_organisation_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_organisation_get(csp_organisation **out, csp_register *reg, const char *id);
/**
 * Writes an organisation: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_organisation_put(csp_register *reg, const csp_organisation *organisation);
/**
 * Inserts a new organisation: as csp_organisation_put(), but an id already in the register is an
 * error.
 * @return as csp_organisation_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_organisation_insert(csp_register *reg, const csp_organisation *organisation);
/**
 * Deletes an organisation.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_organisation_delete(csp_register *reg, const char *id);
/**
 * Whether an organisation is in force on a date: it started on or before the date and did not end
 * before it (an unset established_on/dissolved_on leaves that side open). Partial dates are the
 * periods they name (csp_query_in_force()).
 * @param organisation  the organisation
 * @param date  an ISO 8601 date, full or partial
 * @return 1 if in force, 0 if not; CSP_EARG (NULL); CSP_EDATE (a bad date).
 */
CSP_API int csp_organisation_in_force(const csp_organisation *organisation, const char *date);
/**
 * Starts an iteration over organisations, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_organisation_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_organisation_iterator_new(csp_organisation_iterator **out, csp_register *reg, const csp_organisation_filter *filter);
/**
 * Starts an iteration over the organisations a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_organisation_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_ORGANISATION), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_organisation_iterator_query(csp_organisation_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next organisation of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_organisation_next(csp_organisation **out, csp_organisation_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_organisation_iterator_free(csp_organisation_iterator *it);

/** @name Organisation getters */
/**@{*/
/** Stable identifier, unique among organisations. Required. */
CSP_API const char *csp_organisation_id(const csp_organisation *organisation);
/** Name, e.g. "London Fire Brigade". Required. */
CSP_API const char *csp_organisation_name(const csp_organisation *organisation);
/**
 * What sort of body it is. Required. A organisation_kind value: police, local_authority,
 * fire_and_rescue, health, probation, youth_justice, policing_body, voluntary, business, education,
 * housing, faith, community, other.
 */
CSP_API const char *csp_organisation_kind(const csp_organisation *organisation);
/** The area it serves, as text. */
CSP_API const char *csp_organisation_area(const csp_organisation *organisation);
/** A responsible authority under the Crime and Disorder Act 1998 s5. 1 or 0. */
CSP_API int csp_organisation_responsible_authority(const csp_organisation *organisation);
/** A specified authority under the Serious Violence Duty (PCSC Act 2022 s11, Sch 1). 1 or 0. */
CSP_API int csp_organisation_serious_violence_duty_holder(const csp_organisation *organisation);
/** A body the responsible authorities co-operate with (CDA 1998 s5(2)-(3)). 1 or 0. */
CSP_API int csp_organisation_cooperating_body(const csp_organisation *organisation);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_organisation_sources_count(const csp_organisation *organisation);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_organisation_sources(const csp_organisation *organisation, size_t i);
/**
 * The day the body was established, where its statutory standing began then (clinical commissioning
 * groups: 1 April 2013). An ISO 8601 date, full or partial (date.h).
 */
CSP_API const char *csp_organisation_established_on(const csp_organisation *organisation);
/**
 * The last day the body existed (clinical commissioning groups: 30 June 2022). Its standing, and a
 * check of its seats, ends with it. An ISO 8601 date, full or partial (date.h).
 */
CSP_API const char *csp_organisation_dissolved_on(const csp_organisation *organisation);
/**@}*/

/** @name Organisation setters */
/**@{*/
/**
 * Sets name (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_organisation_set_name(csp_organisation *organisation, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a organisation_kind value), CSP_ENOMEM; the
 *     object is unchanged on error.
 */
CSP_API int csp_organisation_set_kind(csp_organisation *organisation, const char *value);
/**
 * Sets area (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_organisation_set_area(csp_organisation *organisation, const char *value);
/**
 * Sets responsible_authority (any non-zero is 1).
 * @return CSP_OK, CSP_EARG (NULL); the object is unchanged on error.
 */
CSP_API int csp_organisation_set_responsible_authority(csp_organisation *organisation, int value);
/**
 * Sets serious_violence_duty_holder (any non-zero is 1).
 * @return CSP_OK, CSP_EARG (NULL); the object is unchanged on error.
 */
CSP_API int csp_organisation_set_serious_violence_duty_holder(csp_organisation *organisation, int value);
/**
 * Sets cooperating_body (any non-zero is 1).
 * @return CSP_OK, CSP_EARG (NULL); the object is unchanged on error.
 */
CSP_API int csp_organisation_set_cooperating_body(csp_organisation *organisation, int value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_organisation_add_sources(csp_organisation *organisation, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_organisation_clear_sources(csp_organisation *organisation);
/**
 * Sets established_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_organisation_set_established_on(csp_organisation *organisation, const char *value);
/**
 * Sets dissolved_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_organisation_set_dissolved_on(csp_organisation *organisation, const char *value);
/**@}*/

CSP_END_DECLS

#endif /* CSP_ORGANISATION_H */
