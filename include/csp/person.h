/**
 * @file person.h
 * @brief People who sit on partnerships.
 *
 * A person has an id, a name, an honorific ("Councillor") and a private
 * flag: a public export (CSP_EXPORT_PUBLIC) leaves private people out.
 * Objects are detached copies, as for organisations (organisation.h): getters
 * return strings borrowed from the object, NULL when unset.
 */
#ifndef CSP_PERSON_H
#define CSP_PERSON_H

#include "common.h"

CSP_BEGIN_DECLS

/** A person record (opaque). */
typedef struct csp_person csp_person;
/** An iterator over people (opaque). */
typedef struct csp_person_iterator csp_person_iterator;

/** Which people csp_person_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_person_filter {
    unsigned int version;  /**< CSP_PERSON_FILTER_VERSION */
    int is_private;        /**< 1 only private people, 0 only public ones, -1 any */
} csp_person_filter;

#define CSP_PERSON_FILTER_VERSION 1
/** A filter that matches every person. */
#define CSP_PERSON_FILTER_INIT { CSP_PERSON_FILTER_VERSION, -1 }

/**
 * Creates an empty person with an id; set the name before putting it.
 * @param[out] out  owned by the caller (csp_person_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID (empty id), CSP_ENOMEM.
 */
CSP_API int csp_person_new(csp_person **out, const char *id);
/** Frees a person object. Accepts NULL. */
CSP_API void csp_person_free(csp_person *person);
/**
 * Reads a person.
 * @param[out] out  a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_person_get(csp_person **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a person; validated first, register unchanged on error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREADONLY, or a store error.
 */
CSP_API int csp_person_put(csp_register *reg, const csp_person *person);
/**
 * Deletes a person.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (still holds a seat), CSP_EREADONLY.
 */
CSP_API int csp_person_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over people in id order.
 * @param[out] out  owned by the caller (csp_person_iterator_free())
 * @param filter    NULL for all
 */
CSP_API int csp_person_iterator_new(csp_person_iterator **out, csp_register *reg,
                                    const csp_person_filter *filter);
/**
 * The next person.
 * @param[out] out  owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_person_next(csp_person **out, csp_person_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_person_iterator_free(csp_person_iterator *it);

/** @name Getters */
/**@{*/
/** The id. */
CSP_API const char *csp_person_id(const csp_person *person);
/** The name as the source gives it, e.g. "Jasbir Anand". Required. */
CSP_API const char *csp_person_name(const csp_person *person);
/** An honorific or title, e.g. "Councillor"; NULL if unset. */
CSP_API const char *csp_person_honorific(const csp_person *person);
/** 1 if marked private (left out of public exports), else 0. */
CSP_API int csp_person_private(const csp_person *person);
/**@}*/

/** @name Setters (copy the value; NULL clears an optional field) */
/**@{*/
CSP_API int csp_person_set_name(csp_person *person, const char *name);
CSP_API int csp_person_set_honorific(csp_person *person, const char *honorific);
CSP_API int csp_person_set_private(csp_person *person, int value);
/**@}*/

CSP_END_DECLS

#endif /* CSP_PERSON_H */
