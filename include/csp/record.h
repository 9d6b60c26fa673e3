/**
 * @file record.h
 * @brief The generic record API: any entity, any field, by id.
 *
 * Every entity of the model (organisation, partnership, membership, ...) is
 * a record: an entity id (CSP_ENTITY_ORGANISATION, ... in model.h) and a
 * value for each of its fields, addressed by field id
 * (CSP_ORGANISATION_NAME, ...). These functions read and write any of them,
 * so a program (or another language's binding) can handle the whole model
 * through one small set of calls, finding entities and fields at run time
 * with the introspection of schema.h.
 *
 * The typed functions of the entity headers (csp_organisation_name(), ...)
 * are thin wrappers over these. A typed object *is* a record: a
 * `csp_organisation *` may be passed, cast to `csp_record *`, to any function
 * here, and a record of entity CSP_ENTITY_ORGANISATION may be cast to
 * `csp_organisation *`. The same holds for iterators.
 *
 * Records are detached copies: a record read from a register does not change
 * when the register does, and changes to it reach the register only when it
 * is put. Field values are validated as they are set (an unknown enum value,
 * an impossible date, a malformed id are refused at once); whole-record rules
 * (required fields, an end not before its start, references that resolve) are
 * checked when the record is put.
 *
 * Value kinds, by csp_field_type (schema.h):
 *  - ID, TEXT, ENUM, DATE, REF: text, read with csp_record_text() and written
 *    with csp_record_set_text() (NULL clears an optional field);
 *  - BOOL and INT: numbers, csp_record_int() and csp_record_set_int() (0 is
 *    false, and for INT means unset);
 *  - the lists TEXT_LIST, REF_LIST, ENUM_LIST, DATE_LIST: csp_record_count(),
 *    csp_record_item(), csp_record_add() and csp_record_clear().
 * Reading a field with the function of another kind gives NULL or 0; writing
 * it fails with CSP_EINVALID. An unknown field id fails with CSP_EARG (or gives
 * NULL or 0).
 */
#ifndef CSP_RECORD_H
#define CSP_RECORD_H

#include "common.h"
#include "query.h"

CSP_BEGIN_DECLS

/** A record of any entity (opaque). */
typedef struct csp_record csp_record;
/** An iteration over the records of one entity (opaque). */
typedef struct csp_record_iterator csp_record_iterator;

/**
 * Creates an empty record of an entity, with an id.
 * @param[out] out  the new record, owned by the caller (csp_record_free()); NULL on failure
 * @param entity    an entity id (CSP_ENTITY_...)
 * @param id        the record's id: 1-128 characters, a letter or digit first,
 *                  then letters, digits and . _ : / -
 * @return CSP_OK, CSP_EARG (NULL, or an unknown entity), CSP_EINVALID (a bad id), CSP_ENOMEM.
 */
CSP_API int csp_record_new(csp_record **out, int entity, const char *id);

/** Frees a record. Accepts NULL. */
CSP_API void csp_record_free(csp_record *record);

/**
 * Copies a record.
 * @param[out] out  the copy, owned by the caller (csp_record_free()); NULL on failure
 * @param record    the record to copy
 * @return CSP_OK, CSP_EARG, CSP_ENOMEM.
 */
CSP_API int csp_record_copy(csp_record **out, const csp_record *record);

/**
 * The entity of a record.
 * @return its entity id, or -1 if record is NULL.
 */
CSP_API int csp_record_entity(const csp_record *record);

/**
 * The record's id (field 0 of every entity).
 * @return borrowed from the record; NULL if record is NULL.
 */
CSP_API const char *csp_record_id(const csp_record *record);

/**
 * A text value: the id, a text, an enum value, a date or a reference.
 * @return borrowed from the record, valid until the field is set again or the
 *         record is freed; NULL when unset, or for a field of another kind.
 */
CSP_API const char *csp_record_text(const csp_record *record, int field);

/**
 * A BOOL (0 or 1) or INT value (0 when unset).
 * @return the value; 0 for an unset field or a field of another kind.
 */
CSP_API long long csp_record_int(const csp_record *record, int field);

/**
 * Whether a field has a value: text set, a true BOOL, a non-zero INT, a
 * non-empty list.
 * @return 1 or 0 (0 for an unknown field).
 */
CSP_API int csp_record_is_set(const csp_record *record, int field);

/**
 * The number of items of a list field.
 * @return the count; 0 for an empty list or a field that is not a list.
 */
CSP_API size_t csp_record_count(const csp_record *record, int field);

/**
 * Item i (0-based) of a list field.
 * @return borrowed from the record, valid until the list changes or the record
 *         is freed; NULL if i is out of range or the field is not a list.
 */
CSP_API const char *csp_record_item(const csp_record *record, int field, size_t i);

/**
 * The record's name for people: the field that names records of its entity
 * (an organisation's name, a strategy's title, a duty's label,
 * csp_schema_entity_name_field()), or its id when that is unset or the entity
 * has none.
 * @return borrowed from the record; NULL only if record is NULL.
 */
CSP_API const char *csp_record_name(const csp_record *record);

/**
 * The name of the record a reference names (as csp_record_name() gives it),
 * when this record came from a query that asked for names
 * (csp_query_names()).
 * @return borrowed from the record; NULL when the reference is unset, the
 *         record did not come with names, or field is not a REF field.
 */
CSP_API const char *csp_record_ref_name(const csp_record *record, int field);

/**
 * Whether a record is in force on a date: see csp_query_in_force() for what
 * that means for each entity.
 * @param record  the record
 * @param date    an ISO 8601 date, full or partial
 * @return 1 if in force, 0 if not; CSP_EARG (NULL, or an entity with nothing to
 *         be in force by); CSP_EDATE (a bad date).
 */
CSP_API int csp_record_in_force(const csp_record *record, const char *date);

/**
 * Sets a text value (ID, TEXT, ENUM, DATE, REF), validated for the field; the
 * value is copied. NULL clears an optional field. The id can be set (to make
 * a renamed copy) but not cleared.
 * @return CSP_OK; CSP_EARG (NULL record, unknown field, or a read-only field);
 *         CSP_EINVALID (not a text field, bad id, empty text, bad GSS code);
 *         CSP_EENUM; CSP_EDATE; CSP_ENOMEM. The record is unchanged on error.
 */
CSP_API int csp_record_set_text(csp_record *record, int field, const char *value);

/**
 * Sets a BOOL (any non-zero is 1) or INT value (0 unsets it; otherwise within
 * the field's bounds, csp_schema_field_bounds()).
 * @return CSP_OK, CSP_EARG, CSP_EINVALID (not a number field, or out of bounds).
 */
CSP_API int csp_record_set_int(csp_record *record, int field, long long value);

/**
 * Appends an item to a list field, validated like a single value of its kind.
 * @return CSP_OK, CSP_EARG, CSP_EINVALID, CSP_EENUM, CSP_EDATE, CSP_ENOMEM.
 */
CSP_API int csp_record_add(csp_record *record, int field, const char *value);

/**
 * Empties a list field, or unsets any other optional field.
 * @return CSP_OK; CSP_EARG (NULL, unknown or read-only field, or the id).
 */
CSP_API int csp_record_clear(csp_record *record, int field);

/**
 * Whether two records say the same: the same entity and the same value in
 * every field (a position kept by libcsp, such as an element's, is not
 * compared: it is a place, not part of what the record says).
 * @return 1 or 0.
 */
CSP_API int csp_record_equal(const csp_record *a, const csp_record *b);

/**
 * Checks a record as a put would, without a register: required fields, and
 * rules across fields (an end not before its start; exactly one of two).
 * @return CSP_OK, CSP_EARG, CSP_EREQUIRED, CSP_ECONSTRAINT, CSP_EINVALID.
 */
CSP_API int csp_record_validate(const csp_record *record);

/**
 * Reads a record from a register.
 * @param[out] out  a copy, owned by the caller (csp_record_free()); NULL on failure
 * @param reg       an open register
 * @param entity    an entity id
 * @param id        the record's id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, or a store error.
 */
CSP_API int csp_record_get(csp_record **out, csp_register *reg, int entity, const char *id);

/**
 * Writes a record: inserts it, or replaces the one with the same id. The
 * record is validated and its references checked first; the register is
 * unchanged on any error. An ordered record (a strategy element) that is new
 * goes last among its siblings; one that exists keeps its place.
 * @return CSP_OK; CSP_EARG; CSP_EREQUIRED; CSP_ECONSTRAINT (a rule of the model,
 *         or a built-in record); CSP_EREFERENCE (the message names the field);
 *         CSP_EREADONLY; CSP_EBUSY; or a store error.
 */
CSP_API int csp_record_put(csp_register *reg, const csp_record *record);

/**
 * Inserts a new record: as csp_record_put(), but a record with the same id
 * already in the register is an error.
 * @return as csp_record_put(), plus CSP_EEXISTS.
 */
CSP_API int csp_record_insert(csp_register *reg, const csp_record *record);

/**
 * Deletes a record; an ordered record's siblings keep their order.
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND, CSP_EINUSE (another record still
 *         refers to it; the message names one), CSP_ECONSTRAINT (a built-in
 *         record), CSP_EREADONLY.
 */
CSP_API int csp_record_delete(csp_register *reg, int entity, const char *id);

/**
 * Moves a record of a tree entity (a strategy element), with the records
 * under it, under a new parent with the same owner, as that parent's
 * index-th child; siblings are reordered.
 * @param reg     an open, writable register
 * @param entity  the entity id (one whose records form a tree)
 * @param id      the record to move
 * @param parent  the new parent's id, or NULL for the top level
 * @param index   0-based place among the new siblings; negative or too large: last
 * @return CSP_OK; CSP_EARG (not a tree entity); CSP_ENOTFOUND; CSP_EREFERENCE
 *         (no such parent); CSP_ECONSTRAINT (a parent with another owner, or
 *         inside the moved subtree); CSP_EREADONLY.
 */
CSP_API int csp_record_move(csp_register *reg, int entity, const char *id, const char *parent, long index);

/**
 * Starts an iteration over the records of an entity that match a query, in
 * the query's order (by default id order; ordered entities by position).
 * The iteration reads the register as it goes, from a consistent snapshot:
 * writes by other handles are not seen. A write through the same handle to
 * the records of the entity being iterated (a put, a delete, a move, an import
 * that adds some) or a rollback of a transaction, while the iteration runs,
 * ends it: its next call fails with CSP_ECHANGED. Writing other entities is
 * fine (iterate organisations, put a duty holding for each). To change the
 * iterated records as you go, collect them first, then write.
 * @param[out] out  the iterator, owned by the caller (csp_record_iterator_free())
 * @param reg       an open register
 * @param entity    an entity id
 * @param query     conditions and order (query.h), made for the same entity; NULL for every
 *                  record. The iterator keeps what it needs: the query may be freed at once.
 * @return CSP_OK, CSP_EARG (NULL, unknown entity, or a query of another entity), or a store error.
 */
CSP_API int csp_record_iterator_new(csp_record_iterator **out, csp_register *reg, int entity,
                                    const csp_query *query);

/**
 * The next record of an iteration.
 * @param[out] out  a new record owned by the caller (csp_record_free()), or NULL at the end
 * @param it        the iterator
 * @return CSP_OK, CSP_ITEROVER at the end, CSP_EARG (NULL, or the register was closed),
 *         CSP_ECHANGED (records of its entity were written through the same handle
 *         since the iteration began), or a store error.
 */
CSP_API int csp_record_next(csp_record **out, csp_record_iterator *it);

/**
 * Whether an iteration has been ended by a write or a close: 1 when its next
 * csp_record_next() would fail with CSP_ECHANGED (records of its entity were
 * written through the same handle, or a transaction rolled back, since the
 * iteration began) or with CSP_EARG (its register was closed); 0 otherwise,
 * and for NULL. It reads nothing from the register: a binding that reads
 * records ahead, in batches, asks it before handing out each one it holds,
 * so that none read before a write is handed out after it.
 * @param it  the iterator, or NULL
 * @return 1 or 0
 */
CSP_API int csp_record_iterator_changed(const csp_record_iterator *it);

/** Frees an iterator (before or after its end). Accepts NULL. */
CSP_API void csp_record_iterator_free(csp_record_iterator *it);

/**
 * Counts the records of an entity that match a query.
 * @param[out] out  the count
 * @param reg       an open register
 * @param entity    an entity id
 * @param query     NULL for every record; its limit, if any, caps the count
 * @return CSP_OK, CSP_EARG, or a store error.
 */
CSP_API int csp_record_count_matching(size_t *out, csp_register *reg, int entity, const csp_query *query);

CSP_END_DECLS

#endif /* CSP_RECORD_H */
