/**
 * @file schema.h
 * @brief Introspection of the data model: entities, their fields and allowed values.
 *
 * libcsp describes each entity once (name, type, required, allowed values,
 * reference target, JSON key). The SQL schema, validation, the JSON codec,
 * the docs and the bindings all read that description; these functions let
 * programs read it too, for example to build a form or a drop-down list.
 */
#ifndef CSP_SCHEMA_H
#define CSP_SCHEMA_H

#include "common.h"

CSP_BEGIN_DECLS

/** The kind of value a field holds. */
typedef enum csp_field_type {
    CSP_FIELD_ID = 1,        /**< the record's own id: non-empty text */
    CSP_FIELD_TEXT = 2,      /**< free text */
    CSP_FIELD_ENUM = 3,      /**< one of a fixed list of lower_snake values */
    CSP_FIELD_BOOL = 4,      /**< true or false (absent means false) */
    CSP_FIELD_INT = 5,       /**< a whole number in a range */
    CSP_FIELD_DATE = 6,      /**< an ISO 8601 date, full or partial (date.h) */
    CSP_FIELD_REF = 7,       /**< the id of another record */
    CSP_FIELD_TEXT_LIST = 8, /**< an ordered list of texts */
    CSP_FIELD_REF_LIST = 9,  /**< an ordered list of ids of other records */
    CSP_FIELD_ENUM_LIST = 10,/**< an ordered list of values from a fixed list */
    CSP_FIELD_DATE_LIST = 11 /**< an ordered list of dates */
} csp_field_type;

/**
 * The number of entities in the model.
 */
CSP_API size_t csp_schema_entity_count(void);

/**
 * The name of entity i ("organisation"), in dependency order: an entity
 * comes after those it references.
 * @return a static string, or NULL if i is out of range.
 */
CSP_API const char *csp_schema_entity_name(size_t i);

/**
 * The number of fields of an entity.
 * @param entity an entity name, e.g. "partnership"
 * @return the count, or 0 for an unknown entity.
 */
CSP_API size_t csp_schema_field_count(const char *entity);

/**
 * Describes field i of an entity. Any output pointer may be NULL.
 * @param[out] name      the field name (also its JSON key), static
 * @param[out] type      a csp_field_type
 * @param[out] required  1 if required, 0 if optional
 * @param[out] target    for REF and REF_LIST fields the entity referenced, else NULL; static
 * @param entity         an entity name
 * @param i              0-based field index
 * @return CSP_OK, CSP_EARG, or CSP_ENOTFOUND for an unknown entity or index.
 */
CSP_API int csp_schema_field(const char **name, int *type, int *required, const char **target,
                             const char *entity, size_t i);

/**
 * The allowed values of an enum field (or of the items of an enum-list field),
 * in documented order, ending in NULL.
 * @param[out] out  a static NULL-terminated array of static strings
 * @param entity    e.g. "membership"
 * @param field     e.g. "role"
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND (no such field), CSP_EINVALID (not an enum field).
 */
CSP_API int csp_schema_enum_values(const char *const **out, const char *entity, const char *field);

/**
 * A one-line description of an entity or, when field is not NULL, of a field.
 * @return a static string, or NULL if unknown.
 */
CSP_API const char *csp_schema_doc(const char *entity, const char *field);

CSP_END_DECLS

#endif /* CSP_SCHEMA_H */
