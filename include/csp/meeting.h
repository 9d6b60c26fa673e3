/**
 * @file meeting.h
 * @brief Meetings: their documents, agenda items and attendance.
 *
 * A meeting belongs to a partnership and has a date, a start time (hh:mm), a
 * duration, a kind (scheduled, ad hoc, public, annual), a status (planned,
 * confirmed, held, cancelled, postponed) and a location. Nested in it: its
 * documents (agenda, minutes, papers: a title and a URL or reference), its
 * agenda items as an ordered tree (1, 1.1, 1.2), each with a kind, whether it
 * is restricted, what it concerns (a strategy element, action, risk or
 * review), the group that reports back and the outcome; and its attendance, a
 * record per seat (membership) present, sending apologies or absent, with the
 * person who substituted. A seat that attends must be on the meeting's
 * partnership and in post on the meeting's date; an agenda item of a cancelled
 * or postponed meeting records no outcome. In JSON they are the meeting's
 * "documents", "agenda" and "attendance" arrays.
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
#ifndef CSP_MEETING_H
#define CSP_MEETING_H

#include "common.h"
#include "model.h"
#include "query.h"

CSP_BEGIN_DECLS

/* ---- meetings ------------------------------------------------------------------------------ */

/**
 * A dated meeting of a partnership, with its documents, agenda and attendance (opaque: a csp_record
 * of CSP_ENTITY_MEETING).
 */
typedef struct csp_meeting csp_meeting;
/** An iteration over meetings (opaque; a csp_record_iterator). */
typedef struct csp_meeting_iterator csp_meeting_iterator;

/**
 * Which meetings csp_meeting_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_meeting_filter {
    unsigned int version; /**< CSP_MEETING_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *kind; /**< only this kind (a meeting_kind value), or NULL */
    const char *status; /**< only this status (a meeting_status value), or NULL */
} csp_meeting_filter;
/** The version of csp_meeting_filter this header declares. */
#define CSP_MEETING_FILTER_VERSION 1
/** A filter that matches every meeting. */
#define CSP_MEETING_FILTER_INIT { CSP_MEETING_FILTER_VERSION, NULL, NULL, NULL }

/**
 * Creates an empty meeting with an id; set partnership, date, kind and status before putting it.
 * @param[out] out  the new object, owned by the caller (csp_meeting_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_meeting_new(csp_meeting **out, const char *id);
/** Frees a meeting object. Accepts NULL. */
CSP_API void csp_meeting_free(csp_meeting *meeting);
/**
 * Reads a meeting from a register (without the records nested in it: iterate them).
 * @param[out] out  a copy, owned by the caller (csp_meeting_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_meeting_get(csp_meeting **out, csp_register *reg, const char *id);
/**
 * Writes a meeting: inserts it, or replaces the one with the same id (the records nested in it are
 * untouched). It is validated and its references checked first; the register is unchanged on any
 * error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_meeting_put(csp_register *reg, const csp_meeting *meeting);
/**
 * Inserts a new meeting: as csp_meeting_put(), but an id already in the register is an error.
 * @return as csp_meeting_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_meeting_insert(csp_register *reg, const csp_meeting *meeting);
/**
 * Deletes a meeting.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_meeting_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over meetings, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_meeting_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_meeting_iterator_new(csp_meeting_iterator **out, csp_register *reg, const csp_meeting_filter *filter);
/**
 * Starts an iteration over the meetings a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_meeting_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_MEETING), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_meeting_iterator_query(csp_meeting_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next meeting of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_meeting_next(csp_meeting **out, csp_meeting_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_meeting_iterator_free(csp_meeting_iterator *it);

/** @name Meeting getters */
/**@{*/
/** The meeting's id, unique among meetings. Required. */
CSP_API const char *csp_meeting_id(const csp_meeting *meeting);
/** The partnership that meets. Required. The id of a partnership. */
CSP_API const char *csp_meeting_partnership(const csp_meeting *meeting);
/**
 * The day of the meeting (full, or partial where only the month is known). Required. An ISO 8601
 * date, full or partial (date.h).
 */
CSP_API const char *csp_meeting_date(const csp_meeting *meeting);
/** When it starts, hh:mm on the 24-hour clock (18:30). */
CSP_API const char *csp_meeting_start_time(const csp_meeting *meeting);
/** How long it is planned to last, in minutes. 1 to 1440; 0 when unset. */
CSP_API int csp_meeting_duration_minutes(const csp_meeting *meeting);
/**
 * Scheduled, ad hoc, public or annual. Required. A meeting_kind value: scheduled, ad_hoc, public,
 * annual.
 */
CSP_API const char *csp_meeting_kind(const csp_meeting *meeting);
/**
 * Planned, confirmed, held, cancelled or postponed. Required. A meeting_status value: planned,
 * confirmed, held, cancelled, postponed.
 */
CSP_API const char *csp_meeting_status(const csp_meeting *meeting);
/** A title, where the meeting has one ("Annual public meeting 2024"). */
CSP_API const char *csp_meeting_title(const csp_meeting *meeting);
/** Where it meets (a room, an address, or "online"). */
CSP_API const char *csp_meeting_location(const csp_meeting *meeting);
/** Anything else about the meeting. */
CSP_API const char *csp_meeting_note(const csp_meeting *meeting);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_meeting_sources_count(const csp_meeting *meeting);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_meeting_sources(const csp_meeting *meeting, size_t i);
/**@}*/

/** @name Meeting setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_meeting_set_partnership(csp_meeting *meeting, const char *value);
/**
 * Sets date (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EDATE, CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_meeting_set_date(csp_meeting *meeting, const char *value);
/**
 * Sets start_time (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_meeting_set_start_time(csp_meeting *meeting, const char *value);
/**
 * Sets duration_minutes (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 1440); the object is
 *     unchanged on error.
 */
CSP_API int csp_meeting_set_duration_minutes(csp_meeting *meeting, int value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a meeting_kind value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_meeting_set_kind(csp_meeting *meeting, const char *value);
/**
 * Sets status (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a meeting_status value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_meeting_set_status(csp_meeting *meeting, const char *value);
/**
 * Sets title (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_meeting_set_title(csp_meeting *meeting, const char *value);
/**
 * Sets location (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_meeting_set_location(csp_meeting *meeting, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_meeting_set_note(csp_meeting *meeting, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_meeting_add_sources(csp_meeting *meeting, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_meeting_clear_sources(csp_meeting *meeting);
/**@}*/

/* ---- documents ----------------------------------------------------------------------------- */

/**
 * A document of a meeting: its agenda, minutes or papers (opaque: a csp_record of
 * CSP_ENTITY_DOCUMENT).
 */
typedef struct csp_document csp_document;
/** An iteration over documents (opaque; a csp_record_iterator). */
typedef struct csp_document_iterator csp_document_iterator;

/**
 * Which documents csp_document_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_document_filter {
    unsigned int version; /**< CSP_DOCUMENT_FILTER_VERSION */
    const char *meeting; /**< only this meeting (an id), or NULL */
    const char *kind; /**< only this kind (a document_kind value), or NULL */
} csp_document_filter;
/** The version of csp_document_filter this header declares. */
#define CSP_DOCUMENT_FILTER_VERSION 1
/** A filter that matches every document. */
#define CSP_DOCUMENT_FILTER_INIT { CSP_DOCUMENT_FILTER_VERSION, NULL, NULL }

/**
 * Creates an empty document with an id; set kind, title and meeting before putting it.
 * @param[out] out  the new object, owned by the caller (csp_document_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_document_new(csp_document **out, const char *id);
/** Frees a document object. Accepts NULL. */
CSP_API void csp_document_free(csp_document *document);
/**
 * Reads a document from a register.
 * @param[out] out  a copy, owned by the caller (csp_document_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_document_get(csp_document **out, csp_register *reg, const char *id);
/**
 * Writes a document: inserts it, or replaces the one with the same id. A new one goes last among
 * its siblings; an existing one keeps its place. It is validated and its references checked first;
 * the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_document_put(csp_register *reg, const csp_document *document);
/**
 * Inserts a new document: as csp_document_put(), but an id already in the register is an error.
 * @return as csp_document_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_document_insert(csp_register *reg, const csp_document *document);
/**
 * Deletes a document.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_document_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over documents, in order under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_document_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_document_iterator_new(csp_document_iterator **out, csp_register *reg, const csp_document_filter *filter);
/**
 * Starts an iteration over the documents a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_document_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_DOCUMENT), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_document_iterator_query(csp_document_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next document of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_document_next(csp_document **out, csp_document_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_document_iterator_free(csp_document_iterator *it);

/** @name Document getters */
/**@{*/
/** The document's id, unique among documents. Required. */
CSP_API const char *csp_document_id(const csp_document *document);
/** The meeting it belongs to (implied by nesting in JSON). Required. The id of a meeting. */
CSP_API const char *csp_document_meeting(const csp_document *document);
/**
 * Its place among the meeting's documents, from 1 (kept by libcsp). 0 for an object never stored.
 * Kept by libcsp: it has no setter.
 */
CSP_API int csp_document_position(const csp_document *document);
/**
 * Agenda, minutes, papers, presentation or other. Required. A document_kind value: agenda, minutes,
 * papers, presentation, other.
 */
CSP_API const char *csp_document_kind(const csp_document *document);
/** Its title as published. Required. */
CSP_API const char *csp_document_title(const csp_document *document);
/** Where it is published. */
CSP_API const char *csp_document_url(const csp_document *document);
/** A reference to it where it has no URL (a file name, a document number). */
CSP_API const char *csp_document_reference(const csp_document *document);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_document_sources_count(const csp_document *document);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_document_sources(const csp_document *document, size_t i);
/**@}*/

/** @name Document setters */
/**@{*/
/**
 * Sets meeting (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_document_set_meeting(csp_document *document, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a document_kind value), CSP_ENOMEM; the object is
 *     unchanged on error.
 */
CSP_API int csp_document_set_kind(csp_document *document, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_document_set_title(csp_document *document, const char *value);
/**
 * Sets url (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 2000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_document_set_url(csp_document *document, const char *value);
/**
 * Sets reference (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_document_set_reference(csp_document *document, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_document_add_sources(csp_document *document, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_document_clear_sources(csp_document *document);
/**@}*/

/* ---- agenda_items -------------------------------------------------------------------------- */

/**
 * An item on a meeting's agenda; items form an ordered tree (1, 1.1, 1.2) (opaque: a csp_record of
 * CSP_ENTITY_AGENDA_ITEM).
 */
typedef struct csp_agenda_item csp_agenda_item;
/** An iteration over agenda_items (opaque; a csp_record_iterator). */
typedef struct csp_agenda_item_iterator csp_agenda_item_iterator;

/**
 * Which agenda_items csp_agenda_item_iterator_new() yields: every member given must match (NULL or
 * -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_agenda_item_filter {
    unsigned int version; /**< CSP_AGENDA_ITEM_FILTER_VERSION */
    const char *meeting; /**< only this meeting (an id), or NULL */
    const char *parent; /**< only this parent (an id), or NULL */
    const char *kind; /**< only this kind (a agenda_item_kind value), or NULL */
    int restricted; /**< 1 or 0 to require restricted, -1 for any */
    const char *element; /**< only this element (an id), or NULL */
    const char *action; /**< only this action (an id), or NULL */
    const char *risk; /**< only this risk (an id), or NULL */
    const char *homicide_review; /**< only this homicide_review (an id), or NULL */
    const char *scrutiny_review; /**< only this scrutiny_review (an id), or NULL */
    const char *reported_by; /**< only this reported_by (an id), or NULL */
} csp_agenda_item_filter;
/** The version of csp_agenda_item_filter this header declares. */
#define CSP_AGENDA_ITEM_FILTER_VERSION 1
/** A filter that matches every agenda item. */
#define CSP_AGENDA_ITEM_FILTER_INIT { CSP_AGENDA_ITEM_FILTER_VERSION, NULL, NULL, NULL, -1, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Creates an empty agenda item with an id; set kind, title and meeting before putting it.
 * @param[out] out  the new object, owned by the caller (csp_agenda_item_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_agenda_item_new(csp_agenda_item **out, const char *id);
/** Frees an agenda item object. Accepts NULL. */
CSP_API void csp_agenda_item_free(csp_agenda_item *agenda_item);
/**
 * Reads an agenda item from a register.
 * @param[out] out  a copy, owned by the caller (csp_agenda_item_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_agenda_item_get(csp_agenda_item **out, csp_register *reg, const char *id);
/**
 * Writes an agenda item: inserts it, or replaces the one with the same id. A new one goes last
 * among its siblings; an existing one keeps its place. It is validated and its references checked
 * first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_agenda_item_put(csp_register *reg, const csp_agenda_item *agenda_item);
/**
 * Inserts a new agenda item: as csp_agenda_item_put(), but an id already in the register is an
 * error.
 * @return as csp_agenda_item_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_agenda_item_insert(csp_register *reg, const csp_agenda_item *agenda_item);
/**
 * Deletes an agenda item.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_agenda_item_delete(csp_register *reg, const char *id);
/**
 * Moves an agenda item (with the agenda_items under it) under a new parent with the same meeting,
 * as that parent's index-th child; this also reorders siblings.
 * @param reg       an open, writable register
 * @param id        the id of the one to move
 * @param parent_id the new parent, or NULL for the top level
 * @param index     0-based place among the new siblings; negative or too large: last
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREFERENCE (no such parent), CSP_ECONSTRAINT (a
 *     parent elsewhere, or inside the moved subtree), CSP_EREADONLY.
 */
CSP_API int csp_agenda_item_move(csp_register *reg, const char *id, const char *parent_id, long index);
/**
 * Starts an iteration over agenda_items, in tree order (pre-order) under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_agenda_item_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_agenda_item_iterator_new(csp_agenda_item_iterator **out, csp_register *reg, const csp_agenda_item_filter *filter);
/**
 * Starts an iteration over the agenda_items a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_agenda_item_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_AGENDA_ITEM), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_agenda_item_iterator_query(csp_agenda_item_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next agenda item of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_agenda_item_next(csp_agenda_item **out, csp_agenda_item_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_agenda_item_iterator_free(csp_agenda_item_iterator *it);

/** @name Agenda_item getters */
/**@{*/
/** The item's id, unique among agenda items. Required. */
CSP_API const char *csp_agenda_item_id(const csp_agenda_item *agenda_item);
/**
 * The meeting whose agenda it is on (implied by nesting in JSON). Required. The id of a meeting.
 */
CSP_API const char *csp_agenda_item_meeting(const csp_agenda_item *agenda_item);
/**
 * Its place in the agenda, in tree order from 1 (kept by libcsp). 0 for an object never stored.
 * Kept by libcsp: it has no setter.
 */
CSP_API int csp_agenda_item_position(const csp_agenda_item *agenda_item);
/**
 * The item it is part of (1.1 is part of 1), in the same meeting; unset for a top-level item. The
 * id of a agenda_item.
 */
CSP_API const char *csp_agenda_item_parent(const csp_agenda_item *agenda_item);
/**
 * What the item is for. Required. A agenda_item_kind value: progress_review, risks_and_issues,
 * horizon_scanning, key_issue, prioritisation, report_back, decision, other.
 */
CSP_API const char *csp_agenda_item_kind(const csp_agenda_item *agenda_item);
/** The item's title as the agenda gives it. Required. */
CSP_API const char *csp_agenda_item_title(const csp_agenda_item *agenda_item);
/** Taken in private (exempt information): a public export leaves the item out. 1 or 0. */
CSP_API int csp_agenda_item_restricted(const csp_agenda_item *agenda_item);
/** The strategy element it concerns. The id of a element. */
CSP_API const char *csp_agenda_item_element(const csp_agenda_item *agenda_item);
/** The action it concerns. The id of a action. */
CSP_API const char *csp_agenda_item_action(const csp_agenda_item *agenda_item);
/** The risk it concerns. The id of a risk. */
CSP_API const char *csp_agenda_item_risk(const csp_agenda_item *agenda_item);
/**
 * The homicide review it concerns (left out of a public export until the review is published). The
 * id of a homicide_review.
 */
CSP_API const char *csp_agenda_item_homicide_review(const csp_agenda_item *agenda_item);
/** The scrutiny review it concerns. The id of a scrutiny_review. */
CSP_API const char *csp_agenda_item_scrutiny_review(const csp_agenda_item *agenda_item);
/**
 * The group that reports (a report back from a task-and-finish or delivery group). The id of a
 * partnership.
 */
CSP_API const char *csp_agenda_item_reported_by(const csp_agenda_item *agenda_item);
/** The outcome or decision, as minuted. */
CSP_API const char *csp_agenda_item_outcome(const csp_agenda_item *agenda_item);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_agenda_item_sources_count(const csp_agenda_item *agenda_item);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_agenda_item_sources(const csp_agenda_item *agenda_item, size_t i);
/**@}*/

/** @name Agenda_item setters */
/**@{*/
/**
 * Sets meeting (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_meeting(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets parent (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_parent(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a agenda_item_kind value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_agenda_item_set_kind(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_agenda_item_set_title(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets restricted (any non-zero is 1).
 * @return CSP_OK, CSP_EARG (NULL); the object is unchanged on error.
 */
CSP_API int csp_agenda_item_set_restricted(csp_agenda_item *agenda_item, int value);
/**
 * Sets element (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_element(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets action (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_action(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets risk (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_risk(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets homicide_review (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_homicide_review(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets scrutiny_review (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_scrutiny_review(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets reported_by (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_set_reported_by(csp_agenda_item *agenda_item, const char *value);
/**
 * Sets outcome (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_agenda_item_set_outcome(csp_agenda_item *agenda_item, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_agenda_item_add_sources(csp_agenda_item *agenda_item, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_agenda_item_clear_sources(csp_agenda_item *agenda_item);
/**@}*/

/* ---- attendances --------------------------------------------------------------------------- */

/**
 * Whether a seat was present at a meeting, sent apologies or was absent, and who substituted
 * (opaque: a csp_record of CSP_ENTITY_ATTENDANCE).
 */
typedef struct csp_attendance csp_attendance;
/** An iteration over attendances (opaque; a csp_record_iterator). */
typedef struct csp_attendance_iterator csp_attendance_iterator;

/**
 * Which attendances csp_attendance_iterator_new() yields: every member given must match (NULL or -1
 * matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_attendance_filter {
    unsigned int version; /**< CSP_ATTENDANCE_FILTER_VERSION */
    const char *meeting; /**< only this meeting (an id), or NULL */
    const char *membership; /**< only this membership (an id), or NULL */
    const char *status; /**< only this status (a attendance_status value), or NULL */
    const char *substitute; /**< only this substitute (an id), or NULL */
} csp_attendance_filter;
/** The version of csp_attendance_filter this header declares. */
#define CSP_ATTENDANCE_FILTER_VERSION 1
/** A filter that matches every attendance. */
#define CSP_ATTENDANCE_FILTER_INIT { CSP_ATTENDANCE_FILTER_VERSION, NULL, NULL, NULL, NULL }

/**
 * Creates an empty attendance with an id; set membership, status and meeting before putting it.
 * @param[out] out  the new object, owned by the caller (csp_attendance_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_attendance_new(csp_attendance **out, const char *id);
/** Frees an attendance object. Accepts NULL. */
CSP_API void csp_attendance_free(csp_attendance *attendance);
/**
 * Reads an attendance from a register.
 * @param[out] out  a copy, owned by the caller (csp_attendance_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_attendance_get(csp_attendance **out, csp_register *reg, const char *id);
/**
 * Writes an attendance: inserts it, or replaces the one with the same id. It is validated and its
 * references checked first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_attendance_put(csp_register *reg, const csp_attendance *attendance);
/**
 * Inserts a new attendance: as csp_attendance_put(), but an id already in the register is an error.
 * @return as csp_attendance_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_attendance_insert(csp_register *reg, const csp_attendance *attendance);
/**
 * Deletes an attendance.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_attendance_delete(csp_register *reg, const char *id);
/**
 * Starts an iteration over attendances, in id order.
 * @param[out] out  the iterator, owned by the caller (csp_attendance_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_attendance_iterator_new(csp_attendance_iterator **out, csp_register *reg, const csp_attendance_filter *filter);
/**
 * Starts an iteration over the attendances a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_attendance_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_ATTENDANCE), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_attendance_iterator_query(csp_attendance_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next attendance of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_attendance_next(csp_attendance **out, csp_attendance_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_attendance_iterator_free(csp_attendance_iterator *it);

/** @name Attendance getters */
/**@{*/
/** The attendance record's id, unique among attendance records. Required. */
CSP_API const char *csp_attendance_id(const csp_attendance *attendance);
/** The meeting (implied by nesting in JSON). Required. The id of a meeting. */
CSP_API const char *csp_attendance_meeting(const csp_attendance *attendance);
/**
 * The seat, on the meeting's partnership and in post on the meeting's date. Required. The id of a
 * membership.
 */
CSP_API const char *csp_attendance_membership(const csp_attendance *attendance);
/**
 * Present, apologies or absent. Required. A attendance_status value: present, apologies, absent.
 */
CSP_API const char *csp_attendance_status(const csp_attendance *attendance);
/** The person who attended in the seat's holder's place. The id of a person. */
CSP_API const char *csp_attendance_substitute(const csp_attendance *attendance);
/** Anything else ("left after item 3"). */
CSP_API const char *csp_attendance_note(const csp_attendance *attendance);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_attendance_sources_count(const csp_attendance *attendance);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_attendance_sources(const csp_attendance *attendance, size_t i);
/**@}*/

/** @name Attendance setters */
/**@{*/
/**
 * Sets meeting (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_attendance_set_meeting(csp_attendance *attendance, const char *value);
/**
 * Sets membership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_attendance_set_membership(csp_attendance *attendance, const char *value);
/**
 * Sets status (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a attendance_status value), CSP_ENOMEM; the
 *     object is unchanged on error.
 */
CSP_API int csp_attendance_set_status(csp_attendance *attendance, const char *value);
/**
 * Sets substitute (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_attendance_set_substitute(csp_attendance *attendance, const char *value);
/**
 * Sets note (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character but a line
 *     break or tab, over 20000 characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_attendance_set_note(csp_attendance *attendance, const char *value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_attendance_add_sources(csp_attendance *attendance, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_attendance_clear_sources(csp_attendance *attendance);
/**@}*/

/* ---- standing_items ------------------------------------------------------------------------ */

/**
 * An item of the agenda every meeting of a partnership follows (its terms of reference), as an
 * ordered tree (opaque: a csp_record of CSP_ENTITY_STANDING_ITEM).
 */
typedef struct csp_standing_item csp_standing_item;
/** An iteration over standing_items (opaque; a csp_record_iterator). */
typedef struct csp_standing_item_iterator csp_standing_item_iterator;

/**
 * Which standing_items csp_standing_item_iterator_new() yields: every member given must match (NULL
 * or -1 matches any). Members are only ever appended, with a new version.
 */
typedef struct csp_standing_item_filter {
    unsigned int version; /**< CSP_STANDING_ITEM_FILTER_VERSION */
    const char *partnership; /**< only this partnership (an id), or NULL */
    const char *parent; /**< only this parent (an id), or NULL */
    const char *kind; /**< only this kind (a agenda_item_kind value), or NULL */
} csp_standing_item_filter;
/** The version of csp_standing_item_filter this header declares. */
#define CSP_STANDING_ITEM_FILTER_VERSION 1
/** A filter that matches every standing item. */
#define CSP_STANDING_ITEM_FILTER_INIT { CSP_STANDING_ITEM_FILTER_VERSION, NULL, NULL, NULL }

/**
 * Creates an empty standing item with an id; set kind, title and partnership before putting it.
 * @param[out] out  the new object, owned by the caller (csp_standing_item_free()); NULL on failure
 * @param id        its id: 1-128 characters, a letter or digit first, then letters, digits and . _
 *     : / -
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_standing_item_new(csp_standing_item **out, const char *id);
/** Frees a standing item object. Accepts NULL. */
CSP_API void csp_standing_item_free(csp_standing_item *standing_item);
/**
 * Reads a standing item from a register.
 * @param[out] out  a copy, owned by the caller (csp_standing_item_free()); NULL on failure
 * @param reg       an open register
 * @param id        the id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_standing_item_get(csp_standing_item **out, csp_register *reg, const char *id);
/**
 * Writes a standing item: inserts it, or replaces the one with the same id. A new one goes last
 * among its siblings; an existing one keeps its place. It is validated and its references checked
 * first; the register is unchanged on any error.
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT (a rule across fields), CSP_EREFERENCE
 *     (the message names the field), CSP_EREADONLY, CSP_EBUSY, or a store error.
 */
CSP_API int csp_standing_item_put(csp_register *reg, const csp_standing_item *standing_item);
/**
 * Inserts a new standing item: as csp_standing_item_put(), but an id already in the register is an
 * error.
 * @return as csp_standing_item_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_standing_item_insert(csp_register *reg, const csp_standing_item *standing_item);
/**
 * Deletes a standing item.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still refers to it; the
 *     message names one), CSP_EREADONLY.
 */
CSP_API int csp_standing_item_delete(csp_register *reg, const char *id);
/**
 * Moves a standing item (with the standing_items under it) under a new parent with the same
 * partnership, as that parent's index-th child; this also reorders siblings.
 * @param reg       an open, writable register
 * @param id        the id of the one to move
 * @param parent_id the new parent, or NULL for the top level
 * @param index     0-based place among the new siblings; negative or too large: last
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EREFERENCE (no such parent), CSP_ECONSTRAINT (a
 *     parent elsewhere, or inside the moved subtree), CSP_EREADONLY.
 */
CSP_API int csp_standing_item_move(csp_register *reg, const char *id, const char *parent_id, long index);
/**
 * Starts an iteration over standing_items, in tree order (pre-order) under each owner.
 * @param[out] out  the iterator, owned by the caller (csp_standing_item_iterator_free())
 * @param reg       an open register
 * @param filter    which ones, or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or an unknown filter version), CSP_EENUM, CSP_EINVALID (a bad
 *     value in the filter; the path names its member), or a store error.
 */
CSP_API int csp_standing_item_iterator_new(csp_standing_item_iterator **out, csp_register *reg, const csp_standing_item_filter *filter);
/**
 * Starts an iteration over the standing_items a query selects (query.h), in its order.
 * @param[out] out  the iterator, owned by the caller (csp_standing_item_iterator_free())
 * @param reg       an open register
 * @param query     a query made with csp_query_new(&q, CSP_ENTITY_STANDING_ITEM), or NULL for all
 * @return CSP_OK, CSP_EARG (NULL, or a query over another entity), or a store error.
 */
CSP_API int csp_standing_item_iterator_query(csp_standing_item_iterator **out, csp_register *reg, const csp_query *query);
/**
 * The next standing item of an iteration.
 * @param[out] out  a new object owned by the caller, or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (the register was closed), or a store error.
 */
CSP_API int csp_standing_item_next(csp_standing_item **out, csp_standing_item_iterator *it);
/** Frees an iterator. Accepts NULL. */
CSP_API void csp_standing_item_iterator_free(csp_standing_item_iterator *it);

/** @name Standing_item getters */
/**@{*/
/** The item's id, unique among standing items. Required. */
CSP_API const char *csp_standing_item_id(const csp_standing_item *standing_item);
/**
 * The partnership whose meetings follow it (implied by nesting in JSON). Required. The id of a
 * partnership.
 */
CSP_API const char *csp_standing_item_partnership(const csp_standing_item *standing_item);
/**
 * Its place in the standing agenda, in tree order from 1 (kept by libcsp). 0 for an object never
 * stored. Kept by libcsp: it has no setter.
 */
CSP_API int csp_standing_item_position(const csp_standing_item *standing_item);
/**
 * The part of the agenda it belongs to ("First hour"); unset for a part or a top-level item. The id
 * of a standing_item.
 */
CSP_API const char *csp_standing_item_parent(const csp_standing_item *standing_item);
/**
 * What the item is for (a part of the agenda is "other"). Required. A agenda_item_kind value:
 * progress_review, risks_and_issues, horizon_scanning, key_issue, prioritisation, report_back,
 * decision, other.
 */
CSP_API const char *csp_standing_item_kind(const csp_standing_item *standing_item);
/** The item as the terms of reference give it. Required. */
CSP_API const char *csp_standing_item_title(const csp_standing_item *standing_item);
/** The time it is given, in minutes ("First hour": 60). 1 to 1440; 0 when unset. */
CSP_API int csp_standing_item_minutes(const csp_standing_item *standing_item);
/** How many sources it has: Where this record's facts came from (source records), in order. */
CSP_API size_t csp_standing_item_sources_count(const csp_standing_item *standing_item);
/** Item i (0-based) of sources: the id of a source; NULL if i is out of range. */
CSP_API const char *csp_standing_item_sources(const csp_standing_item *standing_item, size_t i);
/**@}*/

/** @name Standing_item setters */
/**@{*/
/**
 * Sets partnership (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_standing_item_set_partnership(csp_standing_item *standing_item, const char *value);
/**
 * Sets parent (copied; NULL clears it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_standing_item_set_parent(csp_standing_item *standing_item, const char *value);
/**
 * Sets kind (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EENUM (not a agenda_item_kind value), CSP_ENOMEM; the object
 *     is unchanged on error.
 */
CSP_API int csp_standing_item_set_kind(csp_standing_item *standing_item, const char *value);
/**
 * Sets title (copied).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (blank, not UTF-8, a control character, over 1000
 *     characters), CSP_ENOMEM; the object is unchanged on error.
 */
CSP_API int csp_standing_item_set_title(csp_standing_item *standing_item, const char *value);
/**
 * Sets minutes (0 unsets it).
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not 0 and outside 1 to 1440); the object is
 *     unchanged on error.
 */
CSP_API int csp_standing_item_set_minutes(csp_standing_item *standing_item, int value);
/**
 * Appends an item to sources.
 * @return CSP_OK, CSP_EARG (NULL), CSP_EINVALID (not an id), CSP_ENOMEM; the object is unchanged on
 *     error.
 */
CSP_API int csp_standing_item_add_sources(csp_standing_item *standing_item, const char *value);
/**
 * Empties sources.
 * @return CSP_OK, CSP_EARG.
 */
CSP_API int csp_standing_item_clear_sources(csp_standing_item *standing_item);
/**@}*/

CSP_END_DECLS

#endif /* CSP_MEETING_H */
