/**
 * @file strategy.h
 * @brief Strategies and plans, and their elements as an ordered tree.
 *
 * A strategy belongs to a partnership and has a title, a kind, a status, the
 * period it covers, agreed and published dates and dated refreshes, a vision,
 * the duties it fulfils, the CDA 1998 s6(1) strands it covers, and the local
 * definition of serious violence where it has one. Dates may be partial
 * ("2020-03" for "agreed in March 2020").
 *
 * Its elements form an ordered tree: each element has a kind, a title,
 * optional text, an optional parent element in the same strategy, and
 * optionally the partnership (e.g. a delivery group) that delivers it.
 * Elements are kept in pre-order: a parent before its children, siblings in
 * their order. In JSON they are the strategy's "elements" array in that order,
 * each naming its parent.
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
#ifndef CSP_STRATEGY_H
#define CSP_STRATEGY_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- strategies ---------------------------------------------------------------------------- */

/**
 * A strategy or plan of a partnership: period, status, vision, duties covered, and its elements
 * (opaque: a csp_record of CSP_ENTITY_STRATEGY).
 */
typedef struct csp_strategy csp_strategy;
/** An iteration over strategies (opaque; a csp_record_iterator). */
typedef struct csp_strategy_iterator csp_strategy_iterator;

/**
 * Which strategies csp_strategy_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_strategy_filter {
    unsigned int version; /**< CSP_STRATEGY_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *kind; /**< only this kind (a strategy_kind value), or NULL */
    const char *status; /**< only this status (a strategy_status value), or NULL */
} csp_strategy_filter;
/** The version of csp_strategy_filter this header declares. */
#define CSP_STRATEGY_FILTER_VERSION 1
/** A filter that matches every strategy. */
#define CSP_STRATEGY_FILTER_INIT { CSP_STRATEGY_FILTER_VERSION, NULL, NULL, NULL }

/**
 * Creates an empty strategy with an id; set partnership, title, kind and status before putting it.
 * @param[out] out  the new object, owned by the caller (csp_strategy_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_strategy_new(csp_strategy **out, const char *id);
/** Frees a strategy object. Accepts NULL. */
CSP_API void csp_strategy_free(csp_strategy *strategy);
/**
 * Reads a strategy from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_strategy_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_strategy_get(csp_strategy **out, csp_register *reg, const char *id);
/**
 * Writes a strategy: inserts it, or replaces the one with the same id (the records nested in it are
 * untouched). It is validated and its references checked first; the register is unchanged on any
 * error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_strategy_put(csp_register *reg, const csp_strategy *strategy);
/**
 * Inserts a new strategy: as csp_strategy_put(), but an id already in the register is an error.
 * @return as csp_strategy_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_strategy_insert(csp_register *reg, const csp_strategy *strategy);
/**
 * Deletes a strategy.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_strategy_delete(csp_register *reg, const char *id);
/**
 * Whether a strategy is in force on a date: its status is agreed or published and it started on or
 * before the date and did not end before it (an unset start_date/end_date leaves that side open).
 * Partial dates are the periods they name (csp_query_in_force()).
 * @param strategy  the strategy
 * @param date  an ISO 8601 date, full or partial
 * @return 1 if in force, 0 if not; CSP_EARG (NULL); CSP_EDATE (a bad date).
 */
CSP_API int csp_strategy_in_force(const csp_strategy *strategy, const char *date);
/**
 * Starts an iteration over strategies, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_strategy_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_strategy_iterator_new(csp_strategy_iterator **out, csp_register *reg, const csp_strategy_filter *filter);
/**
 * Starts an iteration over the strategies a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_strategy_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_STRATEGY), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_strategy_iterator_query(csp_strategy_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next strategy of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_strategy_next(csp_strategy **out, csp_strategy_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_strategy_iterator_free(csp_strategy_iterator *it);

/** @name Strategy getters */
/**@{*/
/** Stable identifier. Required. */
CSP_API const char *csp_strategy_id(const csp_strategy *strategy);
/** The partnership whose strategy it is. Required. The id of a partnership. */
CSP_API const char *csp_strategy_partnership(const csp_strategy *strategy);
/** Title, e.g. "SEP strategy 2020-2023". Required. */
CSP_API const char *csp_strategy_title(const csp_strategy *strategy);
/**
 * What sort of strategy or plan it is. Required. A strategy_kind value: partnership_plan,
 * community_safety_plan, serious_violence_strategy, reducing_reoffending_strategy,
 * substance_misuse_strategy, borough_plan, other.
 */
CSP_API const char *csp_strategy_kind(const csp_strategy *strategy);
/**
 * Where it stands. Required. A strategy_status value: draft, agreed, published, superseded,
 * withdrawn.
 */
CSP_API const char *csp_strategy_status(const csp_strategy *strategy);
/**
 * Start of the period it covers ("2020" for a 2020-2023 strategy). An ISO 8601 date, full or
 * partial (date.h).
 */
CSP_API const char *csp_strategy_start_date(const csp_strategy *strategy);
/**
 * End of the period it covers; not before start_date. An ISO 8601 date, full or partial (date.h).
 */
CSP_API const char *csp_strategy_end_date(const csp_strategy *strategy);
/**
 * When it was agreed ("2020-03" for "agreed in March 2020"). An ISO 8601 date, full or partial
 * (date.h).
 */
CSP_API const char *csp_strategy_agreed_on(const csp_strategy *strategy);
/** When it was published. An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_strategy_published_on(const csp_strategy *strategy);
/** How many refreshed_on it has: Dates it was refreshed, oldest first. */
CSP_API size_t csp_strategy_refreshed_on_count(const csp_strategy *strategy);
/** Item i (0-based) of refreshed_on: a date; NULL if i is out of range. */
CSP_API const char *csp_strategy_refreshed_on(const csp_strategy *strategy, size_t i);
/** Its vision statement. */
CSP_API const char *csp_strategy_vision(const csp_strategy *strategy);
/** How many duties it has: The statutory duties it fulfils. */
CSP_API size_t csp_strategy_duties_count(const csp_strategy *strategy);
/** Item i (0-based) of duties: the id of a duty; NULL if i is out of range. */
CSP_API const char *csp_strategy_duties(const csp_strategy *strategy, size_t i);
/** How many strands it has: The CDA 1998 s6(1) strategies it covers. */
CSP_API size_t csp_strategy_strands_count(const csp_strategy *strategy);
/** Item i (0-based) of strands: a s6_strand value; NULL if i is out of range. */
CSP_API const char *csp_strategy_strands(const csp_strategy *strategy, size_t i);
/** The local definition of serious violence, where it has one. */
CSP_API const char *csp_strategy_serious_violence_definition(const csp_strategy *strategy);
/** How it is refreshed, what it builds on. */
CSP_API const char *csp_strategy_note(const csp_strategy *strategy);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_strategy_sources_count(const csp_strategy *strategy);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_strategy_sources(const csp_strategy *strategy, size_t i);
/**@}*/

/** @name Strategy setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_strategy_set_partnership(csp_strategy *strategy, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_title(csp_strategy *strategy, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a strategy_kind value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_strategy_set_kind(csp_strategy *strategy, const char *value);
/**
 * Sets status (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a strategy_status value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_strategy_set_status(csp_strategy *strategy, const char *value);
/**
 * Sets start_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_start_date(csp_strategy *strategy, const char *value);
/**
 * Sets end_date (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_end_date(csp_strategy *strategy, const char *value);
/**
 * Sets agreed_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_agreed_on(csp_strategy *strategy, const char *value);
/**
 * Sets published_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_published_on(csp_strategy *strategy, const char *value);
/**
 * Appends an item to refreshed_on.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_add_refreshed_on(csp_strategy *strategy, const char *value);
/**
 * Empties refreshed_on.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_strategy_clear_refreshed_on(csp_strategy *strategy);
/**
 * Sets vision (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_vision(csp_strategy *strategy, const char *value);
/**
 * Appends an item to duties.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_strategy_add_duties(csp_strategy *strategy, const char *value);
/**
 * Empties duties.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_strategy_clear_duties(csp_strategy *strategy);
/**
 * Appends an item to strands.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a s6_strand value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_strategy_add_strands(csp_strategy *strategy, const char *value);
/**
 * Empties strands.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_strategy_clear_strands(csp_strategy *strategy);
/**
 * Sets serious_violence_definition (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_serious_violence_definition(csp_strategy *strategy, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_strategy_set_note(csp_strategy *strategy, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_strategy_add_sources(csp_strategy *strategy, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_strategy_clear_sources(csp_strategy *strategy);
/**@}*/

/* ---- elements ------------------------------------------------------------------------------ */

/**
 * A part of a strategy, in an ordered tree: strand, objective, theme, principle, delivery group,
 * aim (opaque: a csp_record of CSP_ENTITY_ELEMENT).
 */
typedef struct csp_element csp_element;
/** An iteration over elements (opaque; a csp_record_iterator). */
typedef struct csp_element_iterator csp_element_iterator;

/**
 * Which elements csp_element_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_element_filter {
    unsigned int version; /**< CSP_ELEMENT_FILTER_VERSION */
    const char *strategy; /**< only this strategy (an id), or NULL */
    const char *parent; /**< only this parent (an id), or NULL */
    const char *kind; /**< only this kind (a element_kind value), or NULL */
    const char *delivered_by; /**< only this delivered_by (an id), or NULL */
} csp_element_filter;
/** The version of csp_element_filter this header declares. */
#define CSP_ELEMENT_FILTER_VERSION 1
/** A filter that matches every element. */
#define CSP_ELEMENT_FILTER_INIT { CSP_ELEMENT_FILTER_VERSION, NULL, NULL, NULL, NULL }

/**
 * Creates an empty element with an id; set kind, title and strategy before putting it.
 * @param[out] out  the new object, owned by the caller (csp_element_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_element_new(csp_element **out, const char *id);
/** Frees an element object. Accepts NULL. */
CSP_API void csp_element_free(csp_element *element);
/**
 * Reads an element from a register.
 * @param[out] out  a copy, owned by the caller (csp_element_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_element_get(csp_element **out, csp_register *reg, const char *id);
/**
 * Writes an element: inserts it, or replaces the one with the same id. A new one goes last among
 * its siblings; an existing one keeps its place. It is validated and its references checked first;
 * the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_element_put(csp_register *reg, const csp_element *element);
/**
 * Inserts a new element: as csp_element_put(), but an id already in the register is an error.
 * @return as csp_element_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_element_insert(csp_register *reg, const csp_element *element);
/**
 * Deletes an element.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_element_delete(csp_register *reg, const char *id);
/**
 * Moves an element (with the elements under it) under a new parent with the same strategy, as that
 * parent's index-th child; this also reorders siblings.
 * @param reg       an open, writable register
 * @param id        the id of the one to move
 * @param parent_id the new parent, or NULL for the top level
 * @param index     0-based place among the new siblings; negative or too large: last
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREFERENCE (no such parent), CSP_ECONSTRAINT (a
 *     parent elsewhere, or inside the moved subtree), CSP_EREADONLY.
 */
CSP_API int csp_element_move(csp_register *reg, const char *id, const char *parent_id, long index);
/**
 * Starts an iteration over elements, in tree order (pre-order) under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_element_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_element_iterator_new(csp_element_iterator **out, csp_register *reg, const csp_element_filter *filter);
/**
 * Starts an iteration over the elements a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_element_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_ELEMENT), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_element_iterator_query(csp_element_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next element of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_element_next(csp_element **out, csp_element_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_element_iterator_free(csp_element_iterator *it);

/** @name Element getters */
/**@{*/
/** Stable identifier. Required. */
CSP_API const char *csp_element_id(const csp_element *element);
/** The strategy it belongs to (implied by nesting in JSON). Required. The id of a strategy. */
CSP_API const char *csp_element_strategy(const csp_element *element);
/**
 * Its place in the strategy's element list, from 1 (implied by array order in JSON). 0 for an
 * object never stored. Kept by libcsp: it has no setter.
 */
CSP_API int csp_element_position(const csp_element *element);
/**
 * The element it sits under, in the same strategy and earlier in the list; none for a top-level
 * element. The id of a element.
 */
CSP_API const char *csp_element_parent(const csp_element *element);
/**
 * What sort of element it is. Required. A element_kind value: strand, objective, theme, priority,
 * principle, delivery_group, aim, key_objective, activity.
 */
CSP_API const char *csp_element_kind(const csp_element *element);
/** Its title as the source gives it. Required. */
CSP_API const char *csp_element_title(const csp_element *element);
/** Further text: the aim of a delivery group, what a theme covers. */
CSP_API const char *csp_element_text(const csp_element *element);
/** The partnership (e.g. a delivery group) that delivers it. The id of a partnership. */
CSP_API const char *csp_element_delivered_by(const csp_element *element);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_element_sources_count(const csp_element *element);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_element_sources(const csp_element *element, size_t i);
/**@}*/

/** @name Element setters */
/**@{*/
/**
 * Sets strategy (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_element_set_strategy(csp_element *element, const char *value);
/**
 * Sets parent (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_element_set_parent(csp_element *element, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a element_kind value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_element_set_kind(csp_element *element, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_element_set_title(csp_element *element, const char *value);
/**
 * Sets text (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_element_set_text(csp_element *element, const char *value);
/**
 * Sets delivered_by (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_element_set_delivered_by(csp_element *element, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_element_add_sources(csp_element *element, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_element_clear_sources(csp_element *element);
/**@}*/

CSP_END_DECLS

#endif /* CSP_STRATEGY_H */
