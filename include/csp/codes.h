/**
 * @file codes.h
 * @brief The result codes of every libcsp function that can fail (error.h).
 *
 * Values are stable across releases; new ones are only added.
 *
 * Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
 */
#ifndef CSP_CODES_H
#define CSP_CODES_H

/** Result codes: 0 for success, negative for failure. */
typedef enum csp_code {
    CSP_OK = 0,             /**< success */
    CSP_ERROR = -1,         /**< an error with no more specific code */
    CSP_ENOMEM = -2,        /**< out of memory */
    CSP_EARG = -3,          /**< a bad argument from the calling program (NULL, wrong handle) */
    CSP_ENOTFOUND = -4,     /**< no record with that id */
    CSP_EEXISTS = -5,       /**< a record with that id already exists */
    CSP_EINVALID = -6,      /**< a value of the wrong type or out of range */
    CSP_EREQUIRED = -7,     /**< a required field is missing */
    CSP_EENUM = -8,         /**< a value not in the field's list of allowed values */
    CSP_EDATE = -9,         /**< not an ISO 8601 date, or an impossible one (2023-02-30) */
    CSP_EUNKNOWN = -10,     /**< an unknown field name in a document */
    CSP_EREFERENCE = -11,   /**< a reference to a record that does not exist */
    CSP_EINUSE = -12,       /**< the record is still referenced and cannot be deleted */
    CSP_ECONSTRAINT = -13,  /**< another rule of the data model was broken */
    CSP_EPARSE = -14,       /**< malformed JSON (line and column in csp_error_last()) */
    CSP_EIO = -15,          /**< a file could not be read or written */
    CSP_EBUSY = -16,        /**< the register is locked by another connection */
    CSP_EVERSION = -17,     /**< the register is from a newer libcsp, or needs migration */
    CSP_ECORRUPT = -18,     /**< the file is damaged or not a database */
    CSP_ENOTREGISTER = -19, /**< a SQLite database that is not a libcsp register */
    CSP_EREADONLY = -20,    /**< a write to a register opened read-only */
    CSP_ECHANGED = -21,     /**< the register changed, through the same handle, during an iteration */
    CSP_ITEROVER = -31      /**< not an error: an iterator has no more items */
} csp_code;

#endif /* CSP_CODES_H */
