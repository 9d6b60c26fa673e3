/**
 * @file source.h
 * @brief Sources: where each record's facts came from.
 *
 * A source is a page or document that states facts in the register: its URL or
 * a reference to a document, its title, the date it was published or last
 * updated, the date it was read, and a note. Every record can name its sources
 * (the "sources" field of each entity), as Popolo's sources do. A public
 * export keeps sources.
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
#ifndef CSP_SOURCE_H
#define CSP_SOURCE_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- sources ------------------------------------------------------------------------------- */

/**
 * A page or document that states facts in the register (Popolo's sources) (opaque: a csp_record of
 * CSP_ENTITY_SOURCE).
 */
typedef struct csp_source csp_source;
/** An iteration over sources (opaque; a csp_record_iterator). */
typedef struct csp_source_iterator csp_source_iterator;

/**
 * Which sources csp_source_iterator_new() yields: every member given must match (NULL or -1 matches
 * any). Members are only ever appended, with a new version.
 */
typedef struct csp_source_filter {
    unsigned int version; /**< CSP_SOURCE_FILTER_VERSION */
    const char *url; /**< only this url (exact text), or NULL */
} csp_source_filter;
/** The version of csp_source_filter this header declares. */
#define CSP_SOURCE_FILTER_VERSION 1
/** A filter that matches every source. */
#define CSP_SOURCE_FILTER_INIT { CSP_SOURCE_FILTER_VERSION, NULL }

/**
 * Creates an empty source with an id.
 * @param[out] out  the new object, owned by the caller (csp_source_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_source_new(csp_source **out, const char *id);
/** Frees a source object. Accepts NULL. */
CSP_API void csp_source_free(csp_source *source);
/**
 * Reads a source from a register.
 * @param[out] out  a copy, owned by the caller (csp_source_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_source_get(csp_source **out, csp_register *reg, const char *id);
/**
 * Writes a source: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_source_put(csp_register *reg, const csp_source *source);
/**
 * Inserts a new source: as csp_source_put(), but an id already in the register is an error.
 * @return as csp_source_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_source_insert(csp_register *reg, const csp_source *source);
/**
 * Deletes a source.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_source_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over sources, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_source_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_source_iterator_new(csp_source_iterator **out, csp_register *reg, const csp_source_filter *filter);
/**
 * Starts an iteration over the sources a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_source_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_SOURCE), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_source_iterator_query(csp_source_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next source of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_source_next(csp_source **out, csp_source_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_source_iterator_free(csp_source_iterator *it);

/** @name Source getters */
/**@{*/
/** The source's id, unique among sources. Required. */
CSP_API const char *csp_source_id(const csp_source *source);
/** Where it is published. */
CSP_API const char *csp_source_url(const csp_source *source);
/** A reference to a document that has no URL. */
CSP_API const char *csp_source_reference(const csp_source *source);
/** Its title. */
CSP_API const char *csp_source_title(const csp_source *source);
/**
 * The date the source states it was published or last updated ("last updated on 7 June 2018"). An
 * ISO 8601 date, full or partial (date.h).
 */
CSP_API const char *csp_source_updated_on(const csp_source *source);
/** The date it was read. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_source_read_on(const csp_source *source);
/** What it was used for, or what it says of itself. */
CSP_API const char *csp_source_note(const csp_source *source);
/**@}*/

/** @name Source setters */
/**@{*/
/**
 * Sets url (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 2000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_source_set_url(csp_source *source, const char *value);
/**
 * Sets reference (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_source_set_reference(csp_source *source, const char *value);
/**
 * Sets title (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_source_set_title(csp_source *source, const char *value);
/**
 * Sets updated_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_source_set_updated_on(csp_source *source, const char *value);
/**
 * Sets read_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_source_set_read_on(csp_source *source, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_source_set_note(csp_source *source, const char *value);
/**@}*/

CSP_END_DECLS

#endif /* CSP_SOURCE_H */
