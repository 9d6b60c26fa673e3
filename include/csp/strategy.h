/**
 * @file strategy.h
 * @brief Strategies and plans, and their elements as an ordered tree.
 *
 * A strategy belongs to a partnership and has a title, a kind (strategy_kind:
 * partnership_plan, community_safety_plan, serious_violence_strategy,
 * reducing_reoffending_strategy, substance_misuse_strategy, borough_plan,
 * other), a status (draft, agreed, published, superseded, withdrawn), the period
 * it covers, agreed / published dates and dated refreshes, a vision, the duties
 * it fulfils, the CDA 1998 s6(1) strands it covers (s6_strand:
 * crime_and_disorder, substance_misuse, reoffending, serious_violence), and the
 * local definition of serious violence where it has one. Dates may be partial
 * ("2020-03" for "agreed in March 2020").
 *
 * Its elements form an ordered tree: each element has a kind (element_kind:
 * strand, objective, theme, priority, principle, delivery_group, aim,
 * key_objective, activity), a title, optional text, an optional parent element
 * in the same strategy, and optionally the partnership (e.g. a delivery group)
 * that delivers it. Elements are kept in pre-order: a parent before its
 * children, siblings in their order. In JSON they are the strategy's
 * "elements" array in that order, each naming its parent.
 *
 * Objects are detached copies: getters return values borrowed from the object
 * (NULL when unset), setters copy and validate.
 */
#ifndef CSP_STRATEGY_H
#define CSP_STRATEGY_H

#include "common.h"

CSP_BEGIN_DECLS

/** A strategy (opaque). */
typedef struct csp_strategy csp_strategy;
/** An iterator over strategies (opaque). */
typedef struct csp_strategy_iterator csp_strategy_iterator;
/** A strategy element (opaque). */
typedef struct csp_element csp_element;
/** An iterator over elements (opaque). */
typedef struct csp_element_iterator csp_element_iterator;

/** Which strategies csp_strategy_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_strategy_filter {
    unsigned int version;     /**< CSP_STRATEGY_FILTER_VERSION */
    const char *partnership;  /**< only this partnership's strategies, or NULL */
    const char *kind;         /**< only this kind, or NULL */
    const char *status;       /**< only this status, or NULL */
} csp_strategy_filter;
#define CSP_STRATEGY_FILTER_VERSION 1
/** A filter that matches every strategy. */
#define CSP_STRATEGY_FILTER_INIT { CSP_STRATEGY_FILTER_VERSION, NULL, NULL, NULL }

/** Which elements csp_element_iterator_new() yields. Fields are only ever appended. */
typedef struct csp_element_filter {
    unsigned int version;      /**< CSP_ELEMENT_FILTER_VERSION */
    const char *strategy;      /**< only this strategy's elements (in tree order), or NULL */
    const char *parent;        /**< only the children of this element, or NULL */
    const char *kind;          /**< only this kind, or NULL */
    const char *delivered_by;  /**< only those delivered by this partnership, or NULL */
} csp_element_filter;
#define CSP_ELEMENT_FILTER_VERSION 1
/** A filter that matches every element. */
#define CSP_ELEMENT_FILTER_INIT { CSP_ELEMENT_FILTER_VERSION, NULL, NULL, NULL, NULL }

/* ---- strategies ---- */

/**
 * Creates an empty strategy; set partnership, title, kind and status before putting it.
 * @param[out] out owned by the caller (csp_strategy_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID, CSP_ENOMEM.
 */
CSP_API int csp_strategy_new(csp_strategy **out, const char *id);
/** Frees a strategy object. Accepts NULL. */
CSP_API void csp_strategy_free(csp_strategy *s);
/**
 * Reads a strategy (without its elements: iterate them with csp_element_iterator_new()).
 * @param[out] out a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_strategy_get(csp_strategy **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces a strategy (its elements are untouched).
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREFERENCE (partnership or duties),
 *         CSP_ECONSTRAINT (ends before it starts), CSP_EREADONLY, or a store error.
 */
CSP_API int csp_strategy_put(csp_register *reg, const csp_strategy *s);
/**
 * Deletes a strategy.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (it still has elements, or a
 *         discharge names it), CSP_EREADONLY.
 */
CSP_API int csp_strategy_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over strategies in id order.
 * @param[out] out owned by the caller (csp_strategy_iterator_free())
 * @param filter NULL for all
 */
CSP_API int csp_strategy_iterator_new(csp_strategy_iterator **out, csp_register *reg,
                                      const csp_strategy_filter *filter);
/**
 * The next strategy.
 * @param[out] out owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_strategy_next(csp_strategy **out, csp_strategy_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_strategy_iterator_free(csp_strategy_iterator *it);

/** The id. */
CSP_API const char *csp_strategy_id(const csp_strategy *s);
/** The id of the partnership whose strategy it is. Required. */
CSP_API const char *csp_strategy_partnership(const csp_strategy *s);
/** The title. Required. */
CSP_API const char *csp_strategy_title(const csp_strategy *s);
/** A strategy_kind value. Required. */
CSP_API const char *csp_strategy_kind(const csp_strategy *s);
/** A strategy_status value. Required. */
CSP_API const char *csp_strategy_status(const csp_strategy *s);
/** Start of the period covered. */
CSP_API const char *csp_strategy_start_date(const csp_strategy *s);
/** End of the period covered. */
CSP_API const char *csp_strategy_end_date(const csp_strategy *s);
/** When it was agreed. */
CSP_API const char *csp_strategy_agreed_on(const csp_strategy *s);
/** When it was published. */
CSP_API const char *csp_strategy_published_on(const csp_strategy *s);
/** How many refresh dates it has. */
CSP_API size_t csp_strategy_refreshed_on_count(const csp_strategy *s);
/** The i-th refresh date (oldest first); NULL if out of range. */
CSP_API const char *csp_strategy_refreshed_on(const csp_strategy *s, size_t i);
/** The vision statement. */
CSP_API const char *csp_strategy_vision(const csp_strategy *s);
/** How many duties it fulfils. */
CSP_API size_t csp_strategy_duties_count(const csp_strategy *s);
/** The id of the i-th duty it fulfils; NULL if out of range. */
CSP_API const char *csp_strategy_duties(const csp_strategy *s, size_t i);
/** How many s6 strands it covers. */
CSP_API size_t csp_strategy_strands_count(const csp_strategy *s);
/** The i-th s6_strand value; NULL if out of range. */
CSP_API const char *csp_strategy_strands(const csp_strategy *s, size_t i);
/** The local definition of serious violence. */
CSP_API const char *csp_strategy_serious_violence_definition(const csp_strategy *s);
/** A note: how it is refreshed, what it builds on. */
CSP_API const char *csp_strategy_note(const csp_strategy *s);

/** @name Strategy setters (copy and validate; NULL clears an optional field) */
/**@{*/
CSP_API int csp_strategy_set_partnership(csp_strategy *s, const char *partnership_id);
CSP_API int csp_strategy_set_title(csp_strategy *s, const char *title);
CSP_API int csp_strategy_set_kind(csp_strategy *s, const char *kind);
CSP_API int csp_strategy_set_status(csp_strategy *s, const char *status);
CSP_API int csp_strategy_set_start_date(csp_strategy *s, const char *date);
CSP_API int csp_strategy_set_end_date(csp_strategy *s, const char *date);
CSP_API int csp_strategy_set_agreed_on(csp_strategy *s, const char *date);
CSP_API int csp_strategy_set_published_on(csp_strategy *s, const char *date);
/** Appends a refresh date. @return CSP_EDATE for a bad date. */
CSP_API int csp_strategy_add_refreshed_on(csp_strategy *s, const char *date);
/** Empties the refresh dates. */
CSP_API int csp_strategy_clear_refreshed_on(csp_strategy *s);
CSP_API int csp_strategy_set_vision(csp_strategy *s, const char *vision);
/** Appends a duty id (checked when the strategy is put). */
CSP_API int csp_strategy_add_duties(csp_strategy *s, const char *duty_id);
/** Empties the duties. */
CSP_API int csp_strategy_clear_duties(csp_strategy *s);
/** Appends an s6 strand. @return CSP_EENUM unless an s6_strand value. */
CSP_API int csp_strategy_add_strands(csp_strategy *s, const char *strand);
/** Empties the strands. */
CSP_API int csp_strategy_clear_strands(csp_strategy *s);
CSP_API int csp_strategy_set_serious_violence_definition(csp_strategy *s, const char *text);
CSP_API int csp_strategy_set_note(csp_strategy *s, const char *note);
/**@}*/

/* ---- elements ---- */

/**
 * Creates an empty element; set strategy, kind and title (and parent) before putting it.
 * @param[out] out owned by the caller (csp_element_free())
 * @return CSP_OK, CSP_EARG, CSP_EINVALID, CSP_ENOMEM.
 */
CSP_API int csp_element_new(csp_element **out, const char *id);
/** Frees an element object. Accepts NULL. */
CSP_API void csp_element_free(csp_element *el);
/**
 * Reads an element.
 * @param[out] out a copy owned by the caller; NULL on failure
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_element_get(csp_element **out, csp_register *reg, const char *id);
/**
 * Inserts or replaces an element. A new element goes last among its siblings;
 * an existing one keeps its place (use csp_element_move() to move it).
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_EREFERENCE (strategy, parent or
 *         delivered_by names nothing), CSP_ECONSTRAINT (the parent is in another
 *         strategy, or is the element itself or one of its descendants),
 *         CSP_EREADONLY, or a store error; the register is unchanged on error.
 */
CSP_API int csp_element_put(csp_register *reg, const csp_element *el);
/**
 * Deletes an element; the others keep their order.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (it has children, or an
 *         assessment feeds it), CSP_EREADONLY.
 */
CSP_API int csp_element_delete(csp_register *reg, const char *id);
/**
 * Moves an element (with its subtree) under a new parent in the same strategy,
 * as that parent's index-th child; this also reorders siblings.
 * @param parent_id the new parent, or NULL for the top level
 * @param index     0-based place among the new siblings; negative or too large: last
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREFERENCE (no such parent),
 *         CSP_ECONSTRAINT (parent in another strategy, or inside the moved subtree),
 *         CSP_EREADONLY.
 */
CSP_API int csp_element_move(csp_register *reg, const char *id, const char *parent_id, long index);
/**
 * Starts an iteration over elements: in tree order (pre-order) within a strategy.
 * @param[out] out owned by the caller (csp_element_iterator_free())
 * @param filter NULL for all
 */
CSP_API int csp_element_iterator_new(csp_element_iterator **out, csp_register *reg,
                                     const csp_element_filter *filter);
/**
 * The next element.
 * @param[out] out owned by the caller; NULL at the end
 * @return CSP_OK, CSP_ITEROVER, CSP_EARG (register closed), or a store error.
 */
CSP_API int csp_element_next(csp_element **out, csp_element_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_element_iterator_free(csp_element_iterator *it);

/** The id. */
CSP_API const char *csp_element_id(const csp_element *el);
/** The id of its strategy. Required. */
CSP_API const char *csp_element_strategy(const csp_element *el);
/** Its place in the strategy's element list, from 1 (0 for an object never stored). */
CSP_API int csp_element_position(const csp_element *el);
/** The id of its parent element, or NULL at the top level. */
CSP_API const char *csp_element_parent(const csp_element *el);
/** An element_kind value. Required. */
CSP_API const char *csp_element_kind(const csp_element *el);
/** The title. Required. */
CSP_API const char *csp_element_title(const csp_element *el);
/** Further text. */
CSP_API const char *csp_element_text(const csp_element *el);
/** The id of the partnership that delivers it. */
CSP_API const char *csp_element_delivered_by(const csp_element *el);

/** @name Element setters (copy and validate; NULL clears an optional field) */
/**@{*/
CSP_API int csp_element_set_strategy(csp_element *el, const char *strategy_id);
CSP_API int csp_element_set_parent(csp_element *el, const char *element_id);
CSP_API int csp_element_set_kind(csp_element *el, const char *kind);
CSP_API int csp_element_set_title(csp_element *el, const char *title);
CSP_API int csp_element_set_text(csp_element *el, const char *text);
CSP_API int csp_element_set_delivered_by(csp_element *el, const char *partnership_id);
/**@}*/

CSP_END_DECLS

#endif /* CSP_STRATEGY_H */
