/**
 * @file duty.h
 * @brief Statutory duties: the catalogue, who holds each duty, and each dated discharge.
 *
 * Every register holds libcsp's built-in catalogue of the duties of a community
 * safety partnership (docs/duties.md), each with its legal source, commencement,
 * recurrence (duty_recurrence: continuous, quarterly, yearly, three_yearly,
 * per_event), the partnership kinds it falls on, and a confidence (verified,
 * secondary, unverified). Built-in duties cannot be changed or deleted
 * (CSP_ECONSTRAINT) and are not exported; users may add local duties.
 *
 * A duty holding records which partnership (or organisation) holds a duty from
 * when. The Serious Violence Duty holders of an area follow from organisations'
 * standing: iterate organisations with the filter
 * `serious_violence_duty_holder = 1` and the area (organisation.h).
 *
 * A discharge is a dated record that a partnership discharged a duty, with its
 * evidence and the strategy or assessment that discharged it.
 *
 * Objects are detached copies, as everywhere in libcsp: getters return values
 * borrowed from the object (NULL when unset), setters copy and validate.
 */
#ifndef CSP_DUTY_H
#define CSP_DUTY_H

#include "common.h"

CSP_BEGIN_DECLS

/** A duty (opaque). */
typedef struct csp_duty csp_duty;
/** An iterator over duties (opaque). */
typedef struct csp_duty_iterator csp_duty_iterator;
/** A duty holding (opaque). */
typedef struct csp_duty_holding csp_duty_holding;
/** An iterator over duty holdings (opaque). */
typedef struct csp_duty_holding_iterator csp_duty_holding_iterator;
/** A discharge (opaque). */
typedef struct csp_discharge csp_discharge;
/** An iterator over discharges (opaque). */
typedef struct csp_discharge_iterator csp_discharge_iterator;

/** Which duties csp_duty_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_duty_filter {
    unsigned int version;    /**< CSP_DUTY_FILTER_VERSION */
    const char *recurrence;  /**< only this recurrence, or NULL */
    const char *confidence;  /**< only this confidence, or NULL */
    int builtin;             /**< 1 only built-in, 0 only local, -1 any */
} csp_duty_filter;
#define CSP_DUTY_FILTER_VERSION 1
/** A filter that matches every duty. */
#define CSP_DUTY_FILTER_INIT { CSP_DUTY_FILTER_VERSION, NULL, NULL, -1 }

/** Which holdings csp_duty_holding_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_duty_holding_filter {
    unsigned int version;      /**< CSP_DUTY_HOLDING_FILTER_VERSION */
    const char *duty;          /**< only holdings of this duty, or NULL */
    const char *partnership;   /**< only holdings of this partnership, or NULL */
    const char *organisation;  /**< only holdings of this organisation, or NULL */
} csp_duty_holding_filter;
#define CSP_DUTY_HOLDING_FILTER_VERSION 1
/** A filter that matches every holding. */
#define CSP_DUTY_HOLDING_FILTER_INIT { CSP_DUTY_HOLDING_FILTER_VERSION, NULL, NULL, NULL }

/** Which discharges csp_discharge_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_discharge_filter {
    unsigned int version;     /**< CSP_DISCHARGE_FILTER_VERSION */
    const char *duty;         /**< only discharges of this duty, or NULL */
    const char *partnership;  /**< only discharges by this partnership, or NULL */
} csp_discharge_filter;
#define CSP_DISCHARGE_FILTER_VERSION 1
/** A filter that matches every discharge. */
#define CSP_DISCHARGE_FILTER_INIT { CSP_DISCHARGE_FILTER_VERSION, NULL, NULL }

/* ---- duties ---- */

/**
 * Creates an empty local duty with an id (its code); set title, source,
 * recurrence and confidence before putting it.
 * @param[out] out owned by the caller (csp_duty_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID (bad id), CSP_ENOMEM.
 */
CSP_API int csp_duty_new(csp_duty **out, const char *id);
/** Frees a duty object. Accepts NULL. */
CSP_API void csp_duty_free(csp_duty *duty);
/**
 * Reads a duty, built-in or local.
 * @param[out] out a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_duty_get(csp_duty **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a local duty.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (the id is a built-in
 *         duty), CSP_EREADONLY, or a store error; the register is unchanged on error.
 */
CSP_API int csp_duty_put(csp_register *reg, const csp_duty *duty);
/**
 * Deletes a local duty.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_ECONSTRAINT (built-in), CSP_EINUSE
 *         (held, discharged or covered by a strategy), CSP_EREADONLY.
 */
CSP_API int csp_duty_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over duties in id order.
 * @param[out] out owned by the caller (csp_duty_iterator_free())
 * @param filter NULL for all
 * @return CSP_OK, CSP_EARG, CSP_EENUM (unknown recurrence or confidence), or a store error.
 */
CSP_API int csp_duty_iterator_new(csp_duty_iterator **out, csp_register *reg, const csp_duty_filter *filter);
/**
 * The next duty.
 * @param[out] out owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_duty_next(csp_duty **out, csp_duty_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_duty_iterator_free(csp_duty_iterator *it);

/** The duty's stable code, e.g. "si2007_1830.strategic_assessment". */
CSP_API const char *csp_duty_id(const csp_duty *duty);
/** What the duty requires. Required. */
CSP_API const char *csp_duty_title(const csp_duty *duty);
/** The legal source, e.g. "SI 2007/1830 regs 5-7". Required. */
CSP_API const char *csp_duty_source(const csp_duty *duty);
/** When it came into force (full or partial date), NULL if not recorded. */
CSP_API const char *csp_duty_commencement(const csp_duty *duty);
/** A duty_recurrence value. Required. */
CSP_API const char *csp_duty_recurrence(const csp_duty *duty);
/** How many partnership kinds it falls on (0: it falls on organisations). */
CSP_API size_t csp_duty_applies_to_count(const csp_duty *duty);
/** The i-th partnership kind it falls on; NULL if out of range. */
CSP_API const char *csp_duty_applies_to(const csp_duty *duty, size_t i);
/** A confidence value: verified, secondary or unverified. Required. */
CSP_API const char *csp_duty_confidence(const csp_duty *duty);
/** Qualifications: what is uncertain, where it applies. */
CSP_API const char *csp_duty_note(const csp_duty *duty);
/** 1 if part of libcsp's built-in catalogue, else 0. */
CSP_API int csp_duty_builtin(const csp_duty *duty);

/** @name Duty setters (copy and validate; NULL clears an optional field) */
/**@{*/
CSP_API int csp_duty_set_title(csp_duty *duty, const char *title);
CSP_API int csp_duty_set_source(csp_duty *duty, const char *source);
/** @return CSP_EDATE for a malformed or impossible date. */
CSP_API int csp_duty_set_commencement(csp_duty *duty, const char *date);
/** @return CSP_EENUM unless a duty_recurrence value. */
CSP_API int csp_duty_set_recurrence(csp_duty *duty, const char *recurrence);
/** Appends a partnership kind. @return CSP_EENUM unless a partnership_kind value. */
CSP_API int csp_duty_add_applies_to(csp_duty *duty, const char *partnership_kind);
/** Empties applies_to. */
CSP_API int csp_duty_clear_applies_to(csp_duty *duty);
/** @return CSP_EENUM unless verified, secondary or unverified. */
CSP_API int csp_duty_set_confidence(csp_duty *duty, const char *confidence);
CSP_API int csp_duty_set_note(csp_duty *duty, const char *note);
/**@}*/

/* ---- holdings ---- */

/**
 * Creates an empty duty holding; set duty and exactly one of partnership or organisation.
 * @param[out] out owned by the caller (csp_duty_holding_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID, CSP_ENOMEM.
 */
CSP_API int csp_duty_holding_new(csp_duty_holding **out, const char *id);
/** Frees a holding object. Accepts NULL. */
CSP_API void csp_duty_holding_free(csp_duty_holding *h);
/**
 * Reads a holding.
 * @param[out] out a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_duty_holding_get(csp_duty_holding **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a holding.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED (no duty, or neither holder),
 *         CSP_ECONSTRAINT (both holders, or ends before it starts), CSP_EREFERENCE,
 *         CSP_EREADONLY, or a store error.
 */
CSP_API int csp_duty_holding_put(csp_register *reg, const csp_duty_holding *h);
/** Deletes a holding. @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREADONLY. */
CSP_API int csp_duty_holding_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over holdings in id order.
 * @param[out] out owned by the caller (csp_duty_holding_iterator_free())
 * @param filter NULL for all
 */
CSP_API int csp_duty_holding_iterator_new(csp_duty_holding_iterator **out, csp_register *reg,
                                          const csp_duty_holding_filter *filter);
/**
 * The next holding.
 * @param[out] out owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_duty_holding_next(csp_duty_holding **out, csp_duty_holding_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_duty_holding_iterator_free(csp_duty_holding_iterator *it);

/** The id. */
CSP_API const char *csp_duty_holding_id(const csp_duty_holding *h);
/** The id of the duty held. Required. */
CSP_API const char *csp_duty_holding_duty(const csp_duty_holding *h);
/** The id of the holding partnership, or NULL when an organisation holds it. */
CSP_API const char *csp_duty_holding_partnership(const csp_duty_holding *h);
/** The id of the holding organisation, or NULL when a partnership holds it. */
CSP_API const char *csp_duty_holding_organisation(const csp_duty_holding *h);
/** Held from (full or partial date). */
CSP_API const char *csp_duty_holding_start_date(const csp_duty_holding *h);
/** Held until (full or partial date). */
CSP_API const char *csp_duty_holding_end_date(const csp_duty_holding *h);
/** How the holding is stated in the source. */
CSP_API const char *csp_duty_holding_note(const csp_duty_holding *h);

/** @name Holding setters (copy and validate; NULL clears an optional field) */
/**@{*/
CSP_API int csp_duty_holding_set_duty(csp_duty_holding *h, const char *duty_id);
CSP_API int csp_duty_holding_set_partnership(csp_duty_holding *h, const char *partnership_id);
CSP_API int csp_duty_holding_set_organisation(csp_duty_holding *h, const char *organisation_id);
CSP_API int csp_duty_holding_set_start_date(csp_duty_holding *h, const char *date);
CSP_API int csp_duty_holding_set_end_date(csp_duty_holding *h, const char *date);
CSP_API int csp_duty_holding_set_note(csp_duty_holding *h, const char *note);
/**@}*/

/* ---- discharges ---- */

/**
 * Creates an empty discharge; set duty, partnership, discharged_on and title.
 * @param[out] out owned by the caller (csp_discharge_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID, CSP_ENOMEM.
 */
CSP_API int csp_discharge_new(csp_discharge **out, const char *id);
/** Frees a discharge object. Accepts NULL. */
CSP_API void csp_discharge_free(csp_discharge *d);
/**
 * Reads a discharge.
 * @param[out] out a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_discharge_get(csp_discharge **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a discharge.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREFERENCE, CSP_EREADONLY, or a store error.
 */
CSP_API int csp_discharge_put(csp_register *reg, const csp_discharge *d);
/** Deletes a discharge. @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREADONLY. */
CSP_API int csp_discharge_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over discharges in id order.
 * @param[out] out owned by the caller (csp_discharge_iterator_free())
 * @param filter NULL for all
 */
CSP_API int csp_discharge_iterator_new(csp_discharge_iterator **out, csp_register *reg,
                                       const csp_discharge_filter *filter);
/**
 * The next discharge.
 * @param[out] out owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_discharge_next(csp_discharge **out, csp_discharge_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_discharge_iterator_free(csp_discharge_iterator *it);

/** The id. */
CSP_API const char *csp_discharge_id(const csp_discharge *d);
/** The id of the duty discharged. Required. */
CSP_API const char *csp_discharge_duty(const csp_discharge *d);
/** The id of the partnership that discharged it. Required. */
CSP_API const char *csp_discharge_partnership(const csp_discharge *d);
/** When (full or partial date). Required. */
CSP_API const char *csp_discharge_discharged_on(const csp_discharge *d);
/** What was done. Required. */
CSP_API const char *csp_discharge_title(const csp_discharge *d);
/** The evidence: a document's title. */
CSP_API const char *csp_discharge_evidence_title(const csp_discharge *d);
/** The evidence: where it is published. */
CSP_API const char *csp_discharge_evidence_url(const csp_discharge *d);
/** The evidence: a document or minute reference. */
CSP_API const char *csp_discharge_evidence_ref(const csp_discharge *d);
/** Anything else. */
CSP_API const char *csp_discharge_note(const csp_discharge *d);
/** The id of the strategy that discharged it. */
CSP_API const char *csp_discharge_strategy(const csp_discharge *d);
/** The id of the assessment that discharged it. */
CSP_API const char *csp_discharge_assessment(const csp_discharge *d);

/** @name Discharge setters (copy and validate; NULL clears an optional field) */
/**@{*/
CSP_API int csp_discharge_set_duty(csp_discharge *d, const char *duty_id);
CSP_API int csp_discharge_set_partnership(csp_discharge *d, const char *partnership_id);
CSP_API int csp_discharge_set_discharged_on(csp_discharge *d, const char *date);
CSP_API int csp_discharge_set_title(csp_discharge *d, const char *title);
CSP_API int csp_discharge_set_evidence_title(csp_discharge *d, const char *text);
CSP_API int csp_discharge_set_evidence_url(csp_discharge *d, const char *url);
CSP_API int csp_discharge_set_evidence_ref(csp_discharge *d, const char *ref);
CSP_API int csp_discharge_set_note(csp_discharge *d, const char *note);
CSP_API int csp_discharge_set_strategy(csp_discharge *d, const char *strategy_id);
CSP_API int csp_discharge_set_assessment(csp_discharge *d, const char *assessment_id);
/**@}*/

CSP_END_DECLS

#endif /* CSP_DUTY_H */
