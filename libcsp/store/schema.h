/* Internal: the register's schema version and application id. */
#ifndef CSP_STORE_SCHEMA_H
#define CSP_STORE_SCHEMA_H

/* The schema version this library writes (PRAGMA user_version). Bump it when
 * entities.def gains entities or fields (with that `since`). */
#define CSP__SCHEMA_VERSION 2

/* PRAGMA application_id of every register: "CSP0". */
#define CSP__APPLICATION_ID 0x43535030

#endif
