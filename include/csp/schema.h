/**
 * @file schema.h
 * @brief Introspection of the data model: entities, their fields and allowed values.
 *
 * libcsp describes its model once (libcsp/model/model.toml): every entity,
 * every field with its type, flags, allowed values, reference target, bounds
 * and documentation. The SQL schema, validation, the JSON codec, the typed
 * functions, the docs and the bindings are all generated from that
 * description; these functions let programs read it too, to build a form or a
 * drop-down list, or to drive the generic record API (record.h) from another
 * language.
 *
 * Entities and fields have stable numeric ids (model.h): entity ids count
 * from 0 in dependency order (an entity after those it references), and each
 * entity's fields count from 0 (the id is field 0). Ids are only ever
 * appended. Strings returned here are static.
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
    CSP_FIELD_INT = 5,       /**< a whole number in a range (0 means unset) */
    CSP_FIELD_DATE = 6,      /**< an ISO 8601 date, full or partial (date.h) */
    CSP_FIELD_REF = 7,       /**< the id of another record */
    CSP_FIELD_TEXT_LIST = 8, /**< an ordered list of texts */
    CSP_FIELD_REF_LIST = 9,  /**< an ordered list of ids of other records */
    CSP_FIELD_ENUM_LIST = 10,/**< an ordered list of values from a fixed list */
    CSP_FIELD_DATE_LIST = 11 /**< an ordered list of dates */
} csp_field_type;

/** @name Field flags (csp_schema_field_flags()); values are stable */
/**@{*/
#define CSP_FLAG_REQUIRED 0x1u  /**< a record must have a value */
#define CSP_FLAG_READONLY 0x2u  /**< kept by libcsp: no setter, not written in JSON */
#define CSP_FLAG_FILTER 0x4u    /**< indexed: queries on it use an index */
#define CSP_FLAG_PRIVATE 0x8u   /**< a BOOL that, when true, keeps the record out of public exports */
#define CSP_FLAG_PERSONAL 0x10u /**< a REF left out of public exports when it names a private record */
#define CSP_FLAG_NESTED 0x20u   /**< the REF to the record this one is nested in (implied in JSON) */
#define CSP_FLAG_ORDER 0x40u    /**< the position among siblings under the nesting parent */
#define CSP_FLAG_TREE 0x80u     /**< a REF to a parent of the same entity under the same owner */
#define CSP_FLAG_BUILTIN 0x100u /**< the BOOL that marks records libcsp provides */
#define CSP_FLAG_MULTILINE 0x200u /**< TEXT (or TEXT_LIST items) that may hold line breaks and tabs */
#define CSP_FLAG_ACYCLIC 0x400u   /**< a REF to the same entity that never leads back to its record */
/**@}*/

/**
 * The number of entities in the model.
 */
CSP_API size_t csp_schema_entity_count(void);

/**
 * The name of entity i ("organisation"); i is also the entity's id.
 * @return a static string, or NULL if i is out of range.
 */
CSP_API const char *csp_schema_entity_name(size_t i);

/**
 * The id of an entity, by its name ("organisation") or its plural ("organisations").
 * @return the entity id (0 or more), or CSP_ENOTFOUND (no error is recorded).
 */
CSP_API int csp_schema_entity_find(const char *name);

/**
 * An entity's plural: its JSON array key and SQL table ("organisations").
 * @return a static string, or NULL for an unknown entity.
 */
CSP_API const char *csp_schema_entity_plural(int entity);

/**
 * The entity whose JSON objects this one is nested in (a membership in a
 * partnership, under "members"), and the key it is nested under.
 * @param[out] key  the JSON key, static (may be NULL)
 * @param entity    an entity id
 * @return the parent entity id, or -1 when the entity is a top-level array
 *         (or unknown).
 */
CSP_API int csp_schema_entity_parent(const char **key, int entity);

/**
 * The field that names a record of an entity for people (csp_record_name()).
 * @return a field id, or -1 (the entity has none, or is unknown).
 */
CSP_API int csp_schema_entity_name_field(int entity);

/**
 * Whether records of an entity can be in force on a date (csp_record_in_force()).
 * @return 1 or 0.
 */
CSP_API int csp_schema_entity_has_in_force(int entity);

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
 * @param i              0-based field index (the field id)
 * @return CSP_OK, CSP_EARG, or CSP_ENOTFOUND for an unknown entity or index.
 */
CSP_API int csp_schema_field(const char **name, int *type, int *required, const char **target,
                             const char *entity, size_t i);

/**
 * The id of a field of an entity, by name.
 * @return the field id (0 or more), or CSP_ENOTFOUND (no error is recorded).
 */
CSP_API int csp_schema_field_find(int entity, const char *name);

/**
 * The name of a field (its JSON key and SQL column).
 * @return a static string, or NULL for an unknown entity or field.
 */
CSP_API const char *csp_schema_field_name(int entity, int field);

/**
 * The type of a field.
 * @return a csp_field_type, or 0 for an unknown entity or field.
 */
CSP_API int csp_schema_field_type(int entity, int field);

/**
 * The flags of a field: CSP_FLAG_* bits.
 * @return the flags, or 0 for an unknown entity or field.
 */
CSP_API unsigned int csp_schema_field_flags(int entity, int field);

/**
 * The entity a REF or REF_LIST field names.
 * @return an entity id, or -1 (not a reference, or unknown).
 */
CSP_API int csp_schema_field_target(int entity, int field);

/**
 * The name of the enum an ENUM or ENUM_LIST field takes its values from
 * ("organisation_kind"), for csp_schema_enum_value() and csp_schema_enum_label().
 * @return a static string, or NULL (not an enum field, or unknown).
 */
CSP_API const char *csp_schema_field_enum(int entity, int field);

/**
 * The bounds of an INT field (a value outside them is refused; 0 means unset).
 * @param[out] min  the smallest value (may be NULL)
 * @param[out] max  the largest value (may be NULL)
 * @param entity    an entity id
 * @param field     a field id
 * @return CSP_OK, CSP_EARG (unknown entity or field), CSP_EINVALID (not an INT field).
 */
CSP_API int csp_schema_field_bounds(long long *min, long long *max, int entity, int field);

/**
 * A short label for people ("Accountable to" for accountable_to).
 * @return a static string, or NULL for an unknown entity or field.
 */
CSP_API const char *csp_schema_field_label(int entity, int field);

/**
 * The schema version in which a field (or, with field -1, the entity) was added.
 * @return the version (1 or more), or 0 for an unknown entity or field.
 */
CSP_API int csp_schema_field_since(int entity, int field);

/**
 * The longest value a field takes, in characters (Unicode code points): for
 * TEXT and the items of TEXT_LIST, as the description says (a form can size
 * its input by it); 128 for ID, REF and REF_LIST items. A longer value is
 * refused with CSP_EINVALID.
 * @return the limit, or 0 for a field of another type or an unknown one.
 */
CSP_API int csp_schema_field_max_length(int entity, int field);

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
 * The number of values of an enum ("membership_role").
 * @return the count, or 0 for an unknown enum.
 */
CSP_API size_t csp_schema_enum_count(const char *name);

/**
 * Value i of an enum, in documented order.
 * @return a static string, or NULL if out of range or the enum is unknown.
 */
CSP_API const char *csp_schema_enum_value(const char *name, size_t i);

/**
 * The label of an enum value, for people ("Vice-chair" for vice_chair).
 * @return a static string, or NULL for an unknown enum or value.
 */
CSP_API const char *csp_schema_enum_label(const char *name, const char *value);

/**
 * A one-line description of an enum value, or with value NULL of the enum.
 * @return a static string, or NULL for an unknown enum or value.
 */
CSP_API const char *csp_schema_enum_doc(const char *name, const char *value);

/**
 * A one-line description of an entity or, when field is not NULL, of a field.
 * @return a static string, or NULL if unknown.
 */
CSP_API const char *csp_schema_doc(const char *entity, const char *field);

CSP_END_DECLS

#endif /* CSP_SCHEMA_H */
