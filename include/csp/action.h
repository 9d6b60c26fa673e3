/**
 * @file action.h
 * @brief Actions: who is accountable for what, by when, and their dated progress updates.
 *
 * An action belongs to a partnership and has a title, a description, the
 * meeting (and agenda item) that raised it and the date it was raised, the
 * strategy element it serves, a champion (a seat on the same partnership: the
 * accountable officer), an owner (a partnership such as a task-and-finish
 * group, or an organisation), a due date, a status and a RAG rating. Its
 * progress updates are nested in it ("updates" in JSON), in order, each dated
 * no earlier than the action was raised. The coordinator's queries (overdue as
 * of a date, no update since the last meeting, progress up a strategy tree)
 * are in csp/governance.h.
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
#ifndef CSP_ACTION_H
#define CSP_ACTION_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- actions ------------------------------------------------------------------------------- */

/**
 * An action: what is to be done, who is accountable for it, by when (opaque: a csp_record of
 * CSP_ENTITY_ACTION).
 */
typedef struct csp_action csp_action;
/** An iteration over actions (opaque; a csp_record_iterator). */
typedef struct csp_action_iterator csp_action_iterator;

/**
 * Which actions csp_action_iterator_new() yields: every member given must match (NULL or -1 matches
 * any). Members are only ever appended, with a new version.
 */
typedef struct csp_action_filter {
    unsigned int version; /**< CSP_ACTION_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *raised_at; /**< only this raised_at (an id), or NULL */
    const char *raised_at_item; /**< only this raised_at_item (an id), or NULL */
    const char *serves; /**< only this serves (an id), or NULL */
    const char *champion; /**< only this champion (an id), or NULL */
    const char *owner_partnership; /**< only this owner_partnership (an id), or NULL */
    const char *owner_organisation; /**< only this owner_organisation (an id), or NULL */
    const char *status; /**< only this status (a action_status value), or NULL */
    const char *rag; /**< only this rag (a rag value), or NULL */
} csp_action_filter;
/** The version of csp_action_filter this header declares. */
#define CSP_ACTION_FILTER_VERSION 1
/** A filter that matches every action. */
#define CSP_ACTION_FILTER_INIT { CSP_ACTION_FILTER_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Creates an empty action with an id; set partnership, title and status before putting it.
 * @param[out] out  the new object, owned by the caller (csp_action_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_action_new(csp_action **out, const char *id);
/** Frees an action object. Accepts NULL. */
CSP_API void csp_action_free(csp_action *action);
/**
 * Reads an action from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_action_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_action_get(csp_action **out, csp_register *reg, const char *id);
/**
 * Writes an action: inserts it, or replaces the one with the same id (the records nested in it are
 * untouched). It is validated and its references checked first; the register is unchanged on any
 * error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_action_put(csp_register *reg, const csp_action *action);
/**
 * Inserts a new action: as csp_action_put(), but an id already in the register is an error.
 * @return as csp_action_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_action_insert(csp_register *reg, const csp_action *action);
/**
 * Deletes an action.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_action_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over actions, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_action_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_action_iterator_new(csp_action_iterator **out, csp_register *reg, const csp_action_filter *filter);
/**
 * Starts an iteration over the actions a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_action_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_ACTION), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_action_iterator_query(csp_action_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next action of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_action_next(csp_action **out, csp_action_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_action_iterator_free(csp_action_iterator *it);

/** @name Action getters */
/**@{*/
/** The action's id, unique among actions. Required. */
CSP_API const char *csp_action_id(const csp_action *action);
/** The partnership whose action it is. Required. The id of a partnership. */
CSP_API const char *csp_action_partnership(const csp_action *action);
/** What is to be done, in a line. Required. */
CSP_API const char *csp_action_title(const csp_action *action);
/** More about it. */
CSP_API const char *csp_action_description(const csp_action *action);
/** The date it was raised (agreed). An ISO 8601 date, full or partial (date.h). */
CSP_API const char *csp_action_raised_on(const csp_action *action);
/** The meeting that raised it, of the same partnership. The id of a meeting. */
CSP_API const char *csp_action_raised_at(const csp_action *action);
/** The agenda item that raised it, of the meeting raised_at. The id of a agenda_item. */
CSP_API const char *csp_action_raised_at_item(const csp_action *action);
/** The strategy element (priority, objective) it serves. The id of a element. */
CSP_API const char *csp_action_serves(const csp_action *action);
/** The accountable officer: a seat on the action's partnership. The id of a membership. */
CSP_API const char *csp_action_champion(const csp_action *action);
/**
 * The group that owns the work (a task-and-finish or delivery group), when a partnership owns it.
 * The id of a partnership.
 */
CSP_API const char *csp_action_owner_partnership(const csp_action *action);
/** The organisation that owns the work, when an organisation owns it. The id of a organisation. */
CSP_API const char *csp_action_owner_organisation(const csp_action *action);
/**
 * When it is due (a partial date is due by the end of the period it names). An ISO 8601 date, full
 * or partial (date.h).
 */
CSP_API const char *csp_action_due_on(const csp_action *action);
/**
 * Open, in progress, done, cancelled or superseded. Required. A action_status value: open,
 * in_progress, done, cancelled, superseded.
 */
CSP_API const char *csp_action_status(const csp_action *action);
/** Its red, amber or green rating. A rag value: red, amber, green. */
CSP_API const char *csp_action_rag(const csp_action *action);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_action_sources_count(const csp_action *action);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_action_sources(const csp_action *action, size_t i);
/**@}*/

/** @name Action setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_partnership(csp_action *action, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_action_set_title(csp_action *action, const char *value);
/**
 * Sets description (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_action_set_description(csp_action *action, const char *value);
/**
 * Sets raised_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_action_set_raised_on(csp_action *action, const char *value);
/**
 * Sets raised_at (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_raised_at(csp_action *action, const char *value);
/**
 * Sets raised_at_item (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_raised_at_item(csp_action *action, const char *value);
/**
 * Sets serves (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_serves(csp_action *action, const char *value);
/**
 * Sets champion (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_champion(csp_action *action, const char *value);
/**
 * Sets owner_partnership (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_owner_partnership(csp_action *action, const char *value);
/**
 * Sets owner_organisation (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_set_owner_organisation(csp_action *action, const char *value);
/**
 * Sets due_on (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_action_set_due_on(csp_action *action, const char *value);
/**
 * Sets status (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a action_status value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_action_set_status(csp_action *action, const char *value);
/**
 * Sets rag (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a rag value), CSP_ENOMEM; the object is unchanged
 *     on error.
 */
CSP_API int csp_action_set_rag(csp_action *action, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_add_sources(csp_action *action, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_action_clear_sources(csp_action *action);
/**@}*/

/* ---- action_updates ------------------------------------------------------------------------ */

/** A dated progress update on an action (opaque: a csp_record of CSP_ENTITY_ACTION_UPDATE). */
typedef struct csp_action_update csp_action_update;
/** An iteration over action_updates (opaque; a csp_record_iterator). */
typedef struct csp_action_update_iterator csp_action_update_iterator;

/**
 * Which action_updates csp_action_update_iterator_new() yields: every member given must match (NULL
 * or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_action_update_filter {
    unsigned int version; /**< CSP_ACTION_UPDATE_FILTER_VERSION */
    const char *action; /**< only this action (an id), or NULL */
    const char *status; /**< only this status (a action_status value), or NULL */
    const char *rag; /**< only this rag (a rag value), or NULL */
    const char *reported_at; /**< only this reported_at (an id), or NULL */
    const char *reported_by; /**< only this reported_by (an id), or NULL */
} csp_action_update_filter;
/** The version of csp_action_update_filter this header declares. */
#define CSP_ACTION_UPDATE_FILTER_VERSION 1
/** A filter that matches every action update. */
#define CSP_ACTION_UPDATE_FILTER_INIT { CSP_ACTION_UPDATE_FILTER_VERSION, NULL, NULL, NULL, NULL, NULL }

/**
 * Creates an empty action update with an id; set date and action before putting it.
 * @param[out] out  the new object, owned by the caller (csp_action_update_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_action_update_new(csp_action_update **out, const char *id);
/** Frees an action update object. Accepts NULL. */
CSP_API void csp_action_update_free(csp_action_update *action_update);
/**
 * Reads an action update from a register.
 * @param[out] out  a copy, owned by the caller (csp_action_update_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_action_update_get(csp_action_update **out, csp_register *reg, const char *id);
/**
 * Writes an action update: inserts it, or replaces the one with the same id. A new one goes last
 * among its siblings; an existing one keeps its place. It is validated and its references checked
 * first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_action_update_put(csp_register *reg, const csp_action_update *action_update);
/**
 * Inserts a new action update: as csp_action_update_put(), but an id already in the register is an
 * error.
 * @return as csp_action_update_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_action_update_insert(csp_register *reg, const csp_action_update *action_update);
/**
 * Deletes an action update.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_action_update_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over action_updates, in order under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_action_update_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_action_update_iterator_new(csp_action_update_iterator **out, csp_register *reg, const csp_action_update_filter *filter);
/**
 * Starts an iteration over the action_updates a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_action_update_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_ACTION_UPDATE), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_action_update_iterator_query(csp_action_update_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next action update of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_action_update_next(csp_action_update **out, csp_action_update_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_action_update_iterator_free(csp_action_update_iterator *it);

/** @name Action_update getters */
/**@{*/
/** The update's id, unique among action updates. Required. */
CSP_API const char *csp_action_update_id(const csp_action_update *action_update);
/** The action (implied by nesting in JSON). Required. The id of a action. */
CSP_API const char *csp_action_update_action(const csp_action_update *action_update);
/**
 * Its place among the action's updates, from 1 (kept by libcsp). 0 for an object never stored. Kept
 * by libcsp: it has no setter.
 */
CSP_API int csp_action_update_position(const csp_action_update *action_update);
/**
 * The date of the update, not before the action was raised. Required. An ISO 8601 date, full or
 * partial (date.h).
 */
CSP_API const char *csp_action_update_date(const csp_action_update *action_update);
/**
 * The action's status as of the update. A action_status value: open, in_progress, done, cancelled,
 * superseded.
 */
CSP_API const char *csp_action_update_status(const csp_action_update *action_update);
/** The RAG rating as of the update. A rag value: red, amber, green. */
CSP_API const char *csp_action_update_rag(const csp_action_update *action_update);
/** What was reported. */
CSP_API const char *csp_action_update_note(const csp_action_update *action_update);
/** The meeting it was reported to. The id of a meeting. */
CSP_API const char *csp_action_update_reported_at(const csp_action_update *action_update);
/** The seat that reported it, on the action's partnership. The id of a membership. */
CSP_API const char *csp_action_update_reported_by(const csp_action_update *action_update);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_action_update_sources_count(const csp_action_update *action_update);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_action_update_sources(const csp_action_update *action_update, size_t i);
/**@}*/

/** @name Action_update setters */
/**@{*/
/**
 * Sets action (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_update_set_action(csp_action_update *action_update, const char *value);
/**
 * Sets date (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_action_update_set_date(csp_action_update *action_update, const char *value);
/**
 * Sets status (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a action_status value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_action_update_set_status(csp_action_update *action_update, const char *value);
/**
 * Sets rag (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a rag value), CSP_ENOMEM; the object is unchanged
 *     on error.
 */
CSP_API int csp_action_update_set_rag(csp_action_update *action_update, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_action_update_set_note(csp_action_update *action_update, const char *value);
/**
 * Sets reported_at (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_update_set_reported_at(csp_action_update *action_update, const char *value);
/**
 * Sets reported_by (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_update_set_reported_by(csp_action_update *action_update, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_action_update_add_sources(csp_action_update *action_update, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_action_update_clear_sources(csp_action_update *action_update);
/**@}*/

CSP_END_DECLS

#endif /* CSP_ACTION_H */
