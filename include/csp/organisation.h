/**
 * @file organisation.h
 * @brief Organisations: the agencies and bodies that sit on partnerships.
 *
 * An organisation has an id, a name, a kind (organisation_kind: police,
 * local_authority, fire_and_rescue, health, probation, youth_justice,
 * policing_body, voluntary, business, education, housing, faith, community,
 * other), an area, and its statutory standing: a responsible authority under
 * the Crime and Disorder Act 1998 s5, a Serious Violence Duty holder (PCSC Act
 * 2022 s11 and Schedule 1), a co-operating body (CDA 1998 s5(2)-(3)).
 *
 * Objects are detached copies: change one with the setters, then write it
 * with csp_organisation_put(). Every `const char *` a getter returns is
 * borrowed from the object and valid until that field is set again or the
 * object is freed; optional fields return NULL when unset.
 */
#ifndef CSP_ORGANISATION_H
#define CSP_ORGANISATION_H

#include "common.h"

CSP_BEGIN_DECLS

/** An organisation record (opaque). */
typedef struct csp_organisation csp_organisation;
/** An iterator over organisations (opaque). */
typedef struct csp_organisation_iterator csp_organisation_iterator;

/** Which organisations csp_organisation_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_organisation_filter {
    unsigned int version;              /**< CSP_ORGANISATION_FILTER_VERSION */
    const char *kind;                  /**< only this kind, or NULL for any */
    const char *area;                  /**< only this area (exact text), or NULL for any */
    int responsible_authority;         /**< 1 or 0 to require that standing, -1 for any */
    int serious_violence_duty_holder;  /**< 1, 0 or -1 as above */
    int cooperating_body;              /**< 1, 0 or -1 as above */
} csp_organisation_filter;

#define CSP_ORGANISATION_FILTER_VERSION 1
/** A filter that matches every organisation. */
#define CSP_ORGANISATION_FILTER_INIT { CSP_ORGANISATION_FILTER_VERSION, NULL, NULL, -1, -1, -1 }

/**
 * Creates an empty organisation with an id; set at least name and kind before putting it.
 * @param[out] out  the new object, owned by the caller (csp_organisation_free())
 * @param id        a non-empty id, unique among organisations
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (empty id), CSP_ENOMEM.
 */
CSP_API int csp_organisation_new(csp_organisation **out, const char *id);

/** Frees an organisation object. Accepts NULL. */
CSP_API void csp_organisation_free(csp_organisation *org);

/**
 * Reads an organisation from a register.
 * @param[out] out  a copy, owned by the caller (csp_organisation_free()); NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_organisation_get(csp_organisation **out, csp_register *reg, const char *id);

/**
 * Writes an organisation: inserts it, or replaces the one with the same id.
 * The object is validated first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED (name or kind unset), CSP_EREADONLY, or a store error.
 */
CSP_API int csp_organisation_put(csp_register *reg, const csp_organisation *org);

/**
 * Deletes an organisation.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (a membership still refers
 *         to it; the message names one), CSP_EREADONLY.
 */
CSP_API int csp_organisation_delete(csp_register *reg, const char *id);

/**
 * Starts an iteration over organisations, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_organisation_iterator_free())
 * @param filter    which organisations, or NULL for all
 * @return CSP_OK, CSP_EARG, CSP_EENUM (unknown kind in the filter), or a store error.
 */
CSP_API int csp_organisation_iterator_new(csp_organisation_iterator **out, csp_register *reg,
                                          const csp_organisation_filter *filter);

/**
 * The next organisation.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG if the register was closed, or a store error.
 */
CSP_API int csp_organisation_next(csp_organisation **out, csp_organisation_iterator *it);

/** Frees an iterator. Accepts NULL. */
CSP_API void csp_organisation_iterator_free(csp_organisation_iterator *it);

/** @name Getters (borrowed strings; NULL when unset or org is NULL) */
/**@{*/
/** The id. */
CSP_API const char *csp_organisation_id(const csp_organisation *org);
/** The name, e.g. "London Fire Brigade". Required. */
CSP_API const char *csp_organisation_name(const csp_organisation *org);
/** The kind, an organisation_kind value. Required. */
CSP_API const char *csp_organisation_kind(const csp_organisation *org);
/** The area it serves, as text (e.g. "London"). */
CSP_API const char *csp_organisation_area(const csp_organisation *org);
/** 1 if a responsible authority under CDA 1998 s5, else 0. */
CSP_API int csp_organisation_responsible_authority(const csp_organisation *org);
/** 1 if a Serious Violence Duty holder (PCSC Act 2022 s11, Sch 1), else 0. */
CSP_API int csp_organisation_serious_violence_duty_holder(const csp_organisation *org);
/** 1 if a body the responsible authorities co-operate with (CDA 1998 s5(2)-(3)), else 0. */
CSP_API int csp_organisation_cooperating_body(const csp_organisation *org);
/**@}*/

/** @name Setters (copy the value; NULL clears an optional field; return CSP_OK,
 *  CSP_EARG, CSP_EENUM, CSP_EINVALID or CSP_ENOMEM, leaving the object unchanged on error) */
/**@{*/
CSP_API int csp_organisation_set_name(csp_organisation *org, const char *name);
CSP_API int csp_organisation_set_kind(csp_organisation *org, const char *kind);
CSP_API int csp_organisation_set_area(csp_organisation *org, const char *area);
/** @param value 0 or 1 (any non-zero is 1) */
CSP_API int csp_organisation_set_responsible_authority(csp_organisation *org, int value);
CSP_API int csp_organisation_set_serious_violence_duty_holder(csp_organisation *org, int value);
CSP_API int csp_organisation_set_cooperating_body(csp_organisation *org, int value);
/**@}*/

CSP_END_DECLS

#endif /* CSP_ORGANISATION_H */
