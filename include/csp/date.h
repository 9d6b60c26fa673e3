/**
 * @file date.h
 * @brief ISO 8601 calendar dates, full or partial.
 *
 * Sources often give only a year or a month ("formed in January 2002"), so
 * libcsp dates are one of "YYYY", "YYYY-MM" or "YYYY-MM-DD" and are stored
 * exactly as given: a month is never padded into an invented day.
 */
#ifndef CSP_DATE_H
#define CSP_DATE_H

#include "common.h"

CSP_BEGIN_DECLS

/**
 * Checks a date: "2002", "2002-01" or "2002-01-15", with a real month and
 * day (2023-02-30 and 2023-02-29 fail; 2024-02-29 passes). Years 0001-9999.
 * @param iso the text to check (NUL-terminated)
 * @return CSP_OK, CSP_EARG if iso is NULL, or CSP_EDATE with a message saying what is wrong.
 */
CSP_API int csp_date_check(const char *iso);

/**
 * Orders two valid dates. A partial date sorts before the fuller dates
 * inside it and after everything earlier: "2002" < "2002-01" < "2002-01-15"
 * < "2002-02". This is the order of the strings themselves, so SQL ORDER BY
 * on a date column agrees with it.
 * @return <0, 0 or >0 as a is before, equal to or after b; invalid input
 *         compares as text.
 */
CSP_API int csp_date_compare(const char *a, const char *b);

/**
 * Whether two dates can name the same day: equal, or one contains the other
 * ("2020-03" contains "2020-03-12"). Both must be valid; 0 otherwise.
 * @return 1 if they overlap, 0 if not.
 */
CSP_API int csp_date_overlaps(const char *a, const char *b);

CSP_END_DECLS

#endif /* CSP_DATE_H */
