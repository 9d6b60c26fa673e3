/**
 * @file person.h
 * @brief People who sit on partnerships.
 *
 * A person has an id, a name, an honorific ("Councillor") and a private flag:
 * a public export (CSP_EXPORT_PUBLIC) leaves private people out, and the
 * person of every seat they hold.
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
#ifndef CSP_PERSON_H
#define CSP_PERSON_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- people -------------------------------------------------------------------------------- */

/**
 * Someone who sits on a partnership; may be marked private (opaque: a csp_record of
 * CSP_ENTITY_PERSON).
 */
typedef struct csp_person csp_person;
/** An iteration over people (opaque; a csp_record_iterator). */
typedef struct csp_person_iterator csp_person_iterator;

/**
 * Which people csp_person_iterator_new() yields: every member given must match (NULL or -1 matches
 * any). Members are only ever appended, with a new version.
 */
typedef struct csp_person_filter {
    unsigned int version; /**< CSP_PERSON_FILTER_VERSION */
    int is_private; /**< 1 or 0 to require private, -1 for any */
} csp_person_filter;
/** The version of csp_person_filter this header declares. */
#define CSP_PERSON_FILTER_VERSION 1
/** A filter that matches every person. */
#define CSP_PERSON_FILTER_INIT { CSP_PERSON_FILTER_VERSION, -1 }

/**
 * Creates an empty person with an id; set name before putting it.
 * @param[out] out  the new object, owned by the caller (csp_person_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_person_new(csp_person **out, const char *id);
/** Frees a person object. Accepts NULL. */
CSP_API void csp_person_free(csp_person *person);
/**
 * Reads a person from a register.
 * @param[out] out  a copy, owned by the caller (csp_person_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_person_get(csp_person **out, csp_register *reg, const char *id);
/**
 * Writes a person: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_person_put(csp_register *reg, const csp_person *person);
/**
 * Inserts a new person: as csp_person_put(), but an id already in the register is an error.
 * @return as csp_person_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_person_insert(csp_register *reg, const csp_person *person);
/**
 * Deletes a person.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_person_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over people, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_person_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_person_iterator_new(csp_person_iterator **out, csp_register *reg, const csp_person_filter *filter);
/**
 * Starts an iteration over the people a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_person_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_PERSON), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_person_iterator_query(csp_person_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next person of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_person_next(csp_person **out, csp_person_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_person_iterator_free(csp_person_iterator *it);

/** @name Person getters */
/**@{*/
/** Stable identifier, unique among people. Required. */
CSP_API const char *csp_person_id(const csp_person *person);
/** Name as the source gives it. Required. */
CSP_API const char *csp_person_name(const csp_person *person);
/** Honorific or title, e.g. "Councillor". */
CSP_API const char *csp_person_honorific(const csp_person *person);
/** Left out of public exports, with the person of every seat they hold. 1 or 0. */
CSP_API int csp_person_private(const csp_person *person);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_person_sources_count(const csp_person *person);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_person_sources(const csp_person *person, size_t i);
/**@}*/

/** @name Person setters */
/**@{*/
/**
 * Sets name (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_person_set_name(csp_person *person, const char *value);
/**
 * Sets honorific (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_person_set_honorific(csp_person *person, const char *value);
/**
 * Sets private (any non-zero is 1).
 * @return CSP_OK, CSP_EARG (NULL); the object is unchanged on error.
 */
CSP_API int csp_person_set_private(csp_person *person, int value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_person_add_sources(csp_person *person, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_person_clear_sources(csp_person *person);
/**@}*/

CSP_END_DECLS

#endif /* CSP_PERSON_H */
