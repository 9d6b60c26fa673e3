/* Generated from libcsp/model/model.toml by tools/modelgen: do not edit. */
/* Internal: the sizes of the description's tables (tables.c) and the
 * versions it states. */
#ifndef CSP_SCHEMA_TABLES_H
#define CSP_SCHEMA_TABLES_H

/* The register schema version this library writes (PRAGMA user_version). */
#define CSP__SCHEMA_VERSION 9
/* The schema version from which every table carries the description's rules
 * as CHECK constraints (a register's tables are rebuilt with them then). */
#define CSP__SCHEMA_CHECKS_SINCE 5
/* The "format" of a JSON document. */
#define CSP__JSON_FORMAT "libcsp/1"

#define CSP__ENTITY_COUNT 25
#define CSP__ENUM_COUNT 25
#define CSP__BUILTIN_COUNT 18
/* The most fields an entity has. */
#define CSP__MAX_FIELDS 18
/* The most rules across fields an entity has. */
#define CSP__MAX_CHECKS 7

#endif
