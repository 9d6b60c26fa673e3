/* ISO 8601 calendar dates, full or partial: YYYY, YYYY-MM, YYYY-MM-DD. */
#include "csp/date.h"
#include "core/error.h"
#include "core/util.h"

#include <stdio.h>
#include <string.h>

/* The days of month m (1-12) of year y. */
static int days_in(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : days[m - 1];
}

/* Parses into y/m/d (m, d zero when absent). Returns CSP_OK or CSP_EDATE (message set). */
static int parse(const char *s, int *y, int *m, int *d)
{
    size_t n = strlen(s);
    *y = *m = *d = 0;
    if (n != 4 && n != 7 && n != 10)
        return csp__fail(CSP_EDATE, "\"%.40s\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD", s);
    for (size_t i = 0; i < n; i++) {
        int dash = (i == 4 || i == 7);
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return csp__fail(CSP_EDATE, "\"%.40s\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD", s);
    }
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (*y == 0)
        return csp__fail(CSP_EDATE, "\"%s\" is not a date: there is no year 0000", s);
    if (n >= 7) {
        *m = (s[5] - '0') * 10 + (s[6] - '0');
        if (*m < 1 || *m > 12)
            return csp__fail(CSP_EDATE, "\"%s\" is not a date: month %02d does not exist", s, *m);
    }
    if (n == 10) {
        int max = days_in(*y, *m);
        *d = (s[8] - '0') * 10 + (s[9] - '0');
        if (*d < 1 || *d > max)
            return csp__fail(CSP_EDATE, "\"%s\" is not a date: %04d-%02d has %d days", s, *y, *m, max);
    }
    return CSP_OK;
}

int csp__date_valid(const char *s)
{
    size_t n = 0;
    for (; n < 4; n++)
        if (s[n] < '0' || s[n] > '9')
            return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (y == 0)
        return 0;
    if (s[4] == '\0')
        return 1;
    if (s[4] != '-' || s[5] < '0' || s[5] > '1' || s[6] < '0' || s[6] > '9')
        return 0;
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12)
        return 0;
    if (s[7] == '\0')
        return 1;
    if (s[7] != '-' || s[8] < '0' || s[8] > '3' || s[9] < '0' || s[9] > '9' || s[10] != '\0')
        return 0;
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    return d >= 1 && d <= days_in(y, m);
}

int csp_date_check(const char *iso)
{
    CSP__ARG(iso);
    int y, m, d;
    int rc = parse(iso, &y, &m, &d);
    return rc ? rc : csp__ok();
}

int csp_date_compare(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    /* The fixed-width form makes string order the calendar order, with a
     * partial date before the dates it contains. */
    int c = strcmp(a, b);
    return (c > 0) - (c < 0);
}

int csp_date_overlaps(const char *a, const char *b)
{
    int y, m, d;
    if (!a || !b || parse(a, &y, &m, &d) || parse(b, &y, &m, &d)) {
        csp_error_clear();
        return 0;
    }
    size_t la = strlen(a), lb = strlen(b);
    size_t n = la < lb ? la : lb;
    return strncmp(a, b, n) == 0;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian), and back
 * (H. Hinnant's algorithms). */
long csp__days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void csp__civil_from_days(long z, long *y, long *m, long *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

int csp__date_not_before(const char *date, const char *from)
{
    /* Valid dates overlap when one is the other's beginning ("2020-03" and
     * "2020-03-15"); the later-or-equal case covers a longer `date`. Nothing
     * is parsed: a million actions ask. */
    return strcmp(date, from) >= 0 || strncmp(date, from, strlen(date)) == 0;
}

/* ---- the days a date names, and arithmetic on full dates (the checker's) ---------- */

/* Writes a full date, its parts brought into range. */
static void put_day(char out[11], long y, long m, long d)
{
    y = y < 0 ? 0 : y > 9999 ? 9999 : y;
    m = m < 1 ? 1 : m > 12 ? 12 : m;
    d = d < 1 ? 1 : d > 31 ? 31 : d;
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

/* The parts of a valid date ("2020", "2020-03", "2020-03-15"): how many it gives. */
static int date_parts(const char *date, int *y, int *m, int *d)
{
    size_t len = strlen(date);
    if (len < 4)
        return 0;
    *y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
    if (len < 7)
        return 1;
    *m = (date[5] - '0') * 10 + (date[6] - '0');
    if (len < 10)
        return 2;
    *d = (date[8] - '0') * 10 + (date[9] - '0');
    return 3;
}

/* A full date is its own first and last day (most are: a million actions'
 * dates are asked for both). */
static int full_day(char out[11], const char *date)
{
    if (strlen(date) != 10)
        return 0;
    memcpy(out, date, 11);
    return 1;
}

void csp__date_first_day(char out[11], const char *date)
{
    if (full_day(out, date))
        return;
    int y = 0, m = 1, d = 1;
    date_parts(date, &y, &m, &d);
    put_day(out, y, m, d);
}

void csp__date_last_day(char out[11], const char *date)
{
    if (full_day(out, date))
        return;
    int y = 0, m = 12, d = 0;
    int n = date_parts(date, &y, &m, &d);
    if (n < 2)
        m = 12;
    if (m < 1 || m > 12)
        m = 12;
    if (n < 3)
        d = days_in(y, m);
    put_day(out, y, m, d);
}

void csp__date_add_months(char out[11], const char *date, int n)
{
    int y = 0, m = 1, d = 1;
    date_parts(date, &y, &m, &d);
    int months = y * 12 + (m - 1) + n;
    y = months / 12;
    m = months % 12 + 1;
    if (d > days_in(y, m))
        d = days_in(y, m);
    put_day(out, y, m, d);
}

void csp__date_add_days(char out[11], const char *date, int n)
{
    int y = 0, m = 1, d = 1;
    date_parts(date, &y, &m, &d);
    long yy, mm, dd;
    csp__civil_from_days(csp__days_from_civil(y, m, d) + n, &yy, &mm, &dd);
    put_day(out, yy, mm, dd);
}

const char *csp__date_words(char *buf, size_t size, const char *date)
{
    static const char *const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    int y = 0, m = 0, d = 0;
    int n = date ? date_parts(date, &y, &m, &d) : 0;
    if (n == 3 && m >= 1 && m <= 12)
        snprintf(buf, size, "%d %s %d", d, months[m - 1], y);
    else if (n == 2 && m >= 1 && m <= 12)
        snprintf(buf, size, "%s %d", months[m - 1], y);
    else
        snprintf(buf, size, "%s", date ? date : "?");
    return buf;
}
