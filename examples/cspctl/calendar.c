/*
 * cspctl calendar: a partnership's meetings as an iCalendar file (RFC 5545),
 * for a clerk to publish at a URL that people subscribe to (Outlook: Add
 * calendar > Subscribe from web; see examples/opendata/README.md).
 *
 *   cspctl calendar REGISTER --partnership ID [-o FILE]
 *
 * One VEVENT per meeting with a full date, in date order: a start time gives
 * DTSTART;TZID=Europe/London (and DTEND from the meeting's duration, or the
 * partnership's usual length), none an all-day event (VALUE=DATE). A meeting
 * known only by its month cannot be placed on a day and is left out, with a
 * line on stderr naming it. The output is reproducible: DTSTAMP is
 * SOURCE_DATE_EPOCH when set (https://reproducible-builds.org/specs/source-date-epoch/),
 * else the current time; everything else comes from the register.
 *
 * Lines end CRLF and are folded at 75 octets without splitting a UTF-8
 * character; TEXT values escape backslash, comma, semicolon and newline.
 */
#define _POSIX_C_SOURCE 200809L
#include "cspctl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The domain of every UID: fixed, so that a meeting keeps its UID from one
 * publication to the next (RFC 2606's .invalid: it names no real host). */
#define UID_DOMAIN "libcsp.invalid"

static const char calendar_help[] =
    "usage: cspctl calendar REGISTER --partnership ID [-o FILE]\n"
    "\n"
    "Writes the meetings of a partnership as an iCalendar file (RFC 5545) to FILE,\n"
    "or to standard output: publish it at a URL and subscribe to it from Outlook\n"
    "(Add calendar > Subscribe from web) or any calendar program.\n"
    "  --partnership ID  the partnership whose meetings to write\n"
    "  -o, --output FILE write FILE (replaced safely) instead of standard output\n"
    "\n"
    "A meeting with a start time is placed in Europe/London time; one without is\n"
    "an all-day event; one known only by its month is left out (with a warning).\n"
    "Cancelled and postponed meetings stay, marked STATUS:CANCELLED. DTSTAMP is\n"
    "SOURCE_DATE_EPOCH when set, so the same register gives the same bytes.\n";

/* ---- a growing text buffer ---------------------------------------------------- */

typedef struct text {
    char *p;
    size_t len, cap;
    int failed;
} text;

static void add(text *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap : 4096;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *p = realloc(t->p, cap);
        if (!p) {
            t->failed = 1;
            return;
        }
        t->p = p;
        t->cap = cap;
    }
    memcpy(t->p + t->len, s, n);
    t->len += n;
    t->p[t->len] = '\0';
}

static void adds(text *t, const char *s)
{
    add(t, s, strlen(s));
}

/* ---- content lines ---------------------------------------------------------- */

/* Appends TEXT escaped (RFC 5545 3.3.11): \\ \; \, and \n for a line break
 * (CRLF, CR or LF); other control characters but tab are dropped. */
static void add_escaped(text *t, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' || c == ';' || c == ',') {
            char e[2] = {'\\', (char)c};
            add(t, e, 2);
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && s[1] == '\n')
                s++;
            add(t, "\\n", 2);
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            continue;
        } else {
            add(t, s, 1);
        }
    }
}

/* Writes one logical line (NUL-terminated) to out folded (RFC 5545 3.1): at
 * most 75 octets a line, CRLF, each continuation starting with a space, never
 * splitting a UTF-8 sequence. */
static void fold(text *out, const char *line)
{
    size_t n = strlen(line), at = 0;
    int first = 1;
    while (at < n || first) {
        size_t room = first ? 75 : 74;
        size_t take = n - at < room ? n - at : room;
        /* Do not cut before a continuation byte (10xxxxxx). */
        while (take > 0 && at + take < n && ((unsigned char)line[at + take] & 0xC0) == 0x80)
            take--;
        if (take == 0 && at < n) /* not UTF-8 (libcsp refuses it): cut anyway */
            take = n - at < room ? n - at : room;
        if (!first)
            add(out, " ", 1);
        add(out, line + at, take);
        add(out, "\r\n", 2);
        at += take;
        first = 0;
    }
}

/* NAME:VALUE with the value written as it is (a date, a URI, a code). */
static void prop(text *out, const char *name, const char *value)
{
    text line = {0};
    adds(&line, name);
    add(&line, ":", 1);
    adds(&line, value);
    if (line.failed)
        out->failed = 1;
    else
        fold(out, line.p);
    free(line.p);
}

/* NAME:VALUE with the value escaped as TEXT. */
static void prop_text(text *out, const char *name, const char *value)
{
    text line = {0};
    adds(&line, name);
    add(&line, ":", 1);
    add_escaped(&line, value);
    if (line.failed)
        out->failed = 1;
    else
        fold(out, line.p);
    free(line.p);
}

/* ---- London time -------------------------------------------------------------- */

/* Days from 1970-01-01 to y-m-d, and back (H. Hinnant's algorithms). */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, long *m, long *d)
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

static long floor_div(long a, long b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The last Sunday of March or October of a year, as a day number. */
static long last_sunday(long y, long m)
{
    long last = days_from_civil(y, m, 31);
    long dow = ((last + 4) % 7 + 7) % 7; /* 1970-01-01 was a Thursday; 0 is Sunday */
    return last - dow;
}

/* Europe/London's offset (minutes) at a UTC minute: summer time from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
static long offset_at_utc(long utc)
{
    long y, m, d;
    civil_from_days(floor_div(utc, 1440), &y, &m, &d);
    return utc >= last_sunday(y, 3) * 1440 + 60 && utc < last_sunday(y, 10) * 1440 + 60 ? 60 : 0;
}

/* The wall-clock end in London of a meeting starting at local minute start
 * and lasting minutes (across a change of the clocks, too). */
static long local_end(long start, long minutes)
{
    long off = offset_at_utc(start - 60) == 60 ? 60 : 0;
    long end_utc = start - off + minutes;
    return end_utc + offset_at_utc(end_utc);
}

/* "YYYYMMDDThhmmss" of a local minute, or "YYYYMMDD" of a day (minute < 0 not used). */
static void format_local(char *buf, size_t size, long minute, int with_time)
{
    long y, m, d, day = floor_div(minute, 1440), min = minute - day * 1440;
    civil_from_days(day, &y, &m, &d);
    if (with_time)
        snprintf(buf, size, "%04ld%02ld%02ldT%02ld%02ld00", y, m, d, min / 60, min % 60);
    else
        snprintf(buf, size, "%04ld%02ld%02ld", y, m, d);
}

/* Parses "YYYY-MM-DD" into a day number; 0 if it is not a full date. */
static int parse_date(const char *s, long *day)
{
    int y, m, d;
    char extra;
    if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || m < 1 || m > 12 || d < 1 ||
        d > 31)
        return 0;
    *day = days_from_civil(y, m, d);
    return 1;
}

/* Parses "hh:mm" into minutes of the day; 0 if it is not a time. */
static int parse_time(const char *s, long *minutes)
{
    int h, m;
    char extra;
    if (!s || strlen(s) != 5 || sscanf(s, "%2d:%2d%c", &h, &m, &extra) != 2 || h < 0 || h > 23 || m < 0 || m > 59)
        return 0;
    *minutes = h * 60 + m;
    return 1;
}

static const char vtimezone[] =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0000\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:BST\r\n"
    "DTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0000\r\n"
    "TZNAME:GMT\r\n"
    "DTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

/* ---- the calendar ------------------------------------------------------------- */

/* The URL of the meeting's agenda (the first agenda document with one), or
 * NULL; a copy the caller frees. */
static char *agenda_url(csp_register *reg, const char *meeting, int *rc)
{
    csp_document_filter f = CSP_DOCUMENT_FILTER_INIT;
    f.meeting = meeting;
    f.kind = "agenda";
    csp_document_iterator *it = NULL;
    csp_document *d = NULL;
    char *url = NULL;
    int best = 0;
    *rc = csp_document_iterator_new(&it, reg, &f);
    while (*rc == CSP_OK && (*rc = csp_document_next(&d, it)) == CSP_OK) {
        const char *u = csp_document_url(d);
        int pos = csp_document_position(d);
        if (u && (!url || pos < best)) {
            free(url);
            url = strdup(u);
            best = pos;
        }
        csp_document_free(d);
    }
    csp_document_iterator_free(it);
    if (*rc == CSP_ITEROVER)
        *rc = CSP_OK;
    return url;
}

/* The summary of a meeting: its title, or the partnership's name and the
 * meeting's kind; "Cancelled: " or "Postponed: " in front when it is. */
static void summary(text *t, const csp_partnership *p, const csp_meeting *m)
{
    const char *status = csp_meeting_status(m);
    if (strcmp(status, "cancelled") == 0)
        adds(t, "Cancelled: ");
    else if (strcmp(status, "postponed") == 0)
        adds(t, "Postponed: ");
    if (csp_meeting_title(m)) {
        adds(t, csp_meeting_title(m));
        return;
    }
    const char *label = csp_schema_enum_label("meeting_kind", csp_meeting_kind(m));
    adds(t, csp_partnership_name(p));
    adds(t, " (");
    adds(t, label ? label : csp_meeting_kind(m));
    adds(t, ")");
}

static const char *ical_status(const char *status)
{
    if (strcmp(status, "cancelled") == 0 || strcmp(status, "postponed") == 0)
        return "CANCELLED";
    if (strcmp(status, "planned") == 0)
        return "TENTATIVE";
    return "CONFIRMED";
}

/* Writes one VEVENT; returns 0, or a libcsp error code. */
static int vevent(text *out, csp_register *reg, const csp_partnership *p, const csp_meeting *m, const char *stamp)
{
    const char *id = csp_meeting_id(m);
    long day, start_min;
    if (!parse_date(csp_meeting_date(m), &day)) {
        fprintf(stderr, "%s calendar: meeting ", prog);
        fprintf_text(stderr, "\"%s\"", id);
        fprintf_text(stderr, " has no full date (%s): left out\n", csp_meeting_date(m));
        return CSP_OK;
    }
    int timed = 0;
    if (csp_meeting_start_time(m)) {
        timed = parse_time(csp_meeting_start_time(m), &start_min);
        if (!timed) {
            fprintf(stderr, "%s calendar: meeting ", prog);
            fprintf_text(stderr, "\"%s\"", id);
            fprintf_text(stderr, ": start time \"%s\" is not hh:mm: written as an all-day event\n",
                         csp_meeting_start_time(m));
        }
    }
    int rc;
    char *url = agenda_url(reg, id, &rc);
    if (rc) {
        free(url);
        return rc;
    }
    char buf[64];
    text uid = {0}, sum = {0};
    adds(out, "BEGIN:VEVENT\r\n");
    adds(&uid, id);
    adds(&uid, ".");
    adds(&uid, csp_partnership_id(p));
    adds(&uid, "@" UID_DOMAIN);
    if (!uid.failed)
        prop(out, "UID", uid.p);
    prop(out, "DTSTAMP", stamp);
    if (timed) {
        long start = day * 1440 + start_min;
        int minutes = csp_meeting_duration_minutes(m);
        if (minutes <= 0)
            minutes = csp_partnership_minutes_per_meeting(p);
        format_local(buf, sizeof buf, start, 1);
        prop(out, "DTSTART;TZID=Europe/London", buf);
        if (minutes > 0) {
            format_local(buf, sizeof buf, local_end(start, minutes), 1);
            prop(out, "DTEND;TZID=Europe/London", buf);
        }
    } else {
        format_local(buf, sizeof buf, day * 1440, 0);
        prop(out, "DTSTART;VALUE=DATE", buf);
        format_local(buf, sizeof buf, (day + 1) * 1440, 0);
        prop(out, "DTEND;VALUE=DATE", buf);
    }
    summary(&sum, p, m);
    if (!sum.failed)
        prop_text(out, "SUMMARY", sum.p);
    if (csp_meeting_location(m))
        prop_text(out, "LOCATION", csp_meeting_location(m));
    if (csp_meeting_note(m))
        prop_text(out, "DESCRIPTION", csp_meeting_note(m));
    prop(out, "STATUS", ical_status(csp_meeting_status(m)));
    if (url)
        prop(out, "URL", url);
    adds(out, "END:VEVENT\r\n");
    if (uid.failed || sum.failed)
        out->failed = 1;
    free(uid.p);
    free(sum.p);
    free(url);
    return CSP_OK;
}

/* The whole calendar of a partnership's meetings, by date. */
static int build(text *out, csp_register *reg, const csp_partnership *p, const char *stamp)
{
    char prodid[128];
    snprintf(prodid, sizeof prodid, "-//libcsp//cspctl calendar %s//EN", csp_version());
    adds(out, "BEGIN:VCALENDAR\r\n");
    prop(out, "PRODID", prodid);
    adds(out, "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
    text name = {0};
    adds(&name, csp_partnership_name(p));
    adds(&name, " meetings");
    if (!name.failed)
        prop_text(out, "X-WR-CALNAME", name.p);
    free(name.p);
    adds(out, "X-WR-TIMEZONE:Europe/London\r\n");
    adds(out, vtimezone);

    csp_query *q = NULL;
    csp_meeting_iterator *it = NULL;
    csp_meeting *m = NULL;
    int rc = csp_query_new(&q, CSP_ENTITY_MEETING);
    if (rc == CSP_OK)
        rc = csp_query_where(q, CSP_MEETING_PARTNERSHIP, CSP_OP_EQ, csp_partnership_id(p));
    if (rc == CSP_OK)
        rc = csp_query_order(q, CSP_MEETING_DATE, 0);
    if (rc == CSP_OK)
        rc = csp_meeting_iterator_query(&it, reg, q);
    while (rc == CSP_OK && (rc = csp_meeting_next(&m, it)) == CSP_OK) {
        rc = vevent(out, reg, p, m, stamp);
        csp_meeting_free(m);
    }
    csp_meeting_iterator_free(it);
    csp_query_free(q);
    adds(out, "END:VCALENDAR\r\n");
    return rc == CSP_ITEROVER ? CSP_OK : rc;
}

/* DTSTAMP: SOURCE_DATE_EPOCH when set (a whole number of seconds), else now. */
static int dtstamp(char *buf, size_t size)
{
    const char *env = getenv("SOURCE_DATE_EPOCH");
    time_t t;
    if (env) {
        char *end = NULL;
        errno = 0;
        long long v = strtoll(env, &end, 10);
        if (!*env || *end || errno || v < 0 || v > 253402300799LL) {
            fprintf(stderr, "%s calendar: ", prog);
            fprintf_text(stderr, "SOURCE_DATE_EPOCH \"%s\" is not a number of seconds since 1970\n", env);
            return 0;
        }
        t = (time_t)v;
    } else {
        t = time(NULL);
    }
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return 0;
    strftime(buf, size, "%Y%m%dT%H%M%SZ", &tm);
    return 1;
}

int cspctl_calendar(int argc, char **argv)
{
    const char *path = NULL, *partnership = NULL, *output = NULL;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (is_help(o))
            return fputs(calendar_help, stdout), EXIT_SUCCESS;
        if (strcmp(o, "--partnership") == 0 || strcmp(o, "-o") == 0 || strcmp(o, "--output") == 0) {
            if (i + 1 >= argc) {
                char msg[64];
                snprintf(msg, sizeof msg, "%s needs a value", o);
                return usage_error("calendar", msg);
            }
            if (strcmp(o, "--partnership") == 0)
                partnership = argv[++i];
            else
                output = argv[++i];
        } else if (o[0] == '-' && o[1]) {
            return usage_error("calendar", "unknown option");
        } else if (!path) {
            path = o;
        } else {
            return usage_error("calendar", "too many arguments");
        }
    }
    if (!path)
        return usage_error("calendar", "expected REGISTER");
    if (!partnership)
        return usage_error("calendar", "expected --partnership ID");
    char stamp[32];
    if (!dtstamp(stamp, sizeof stamp))
        return EXIT_USAGE;

    csp_register *reg = NULL;
    if (open_register(&reg, path, CSP_OPEN_READONLY))
        return fail(path);
    csp_partnership *p = NULL;
    int rc = csp_partnership_get(&p, reg, partnership);
    if (rc == CSP_ENOTFOUND) {
        fprintf(stderr, "%s calendar: ", prog);
        fprintf_text(stderr, "no partnership \"%s\"", partnership);
        fprintf_text(stderr, " in %s\n", path);
        csp_register_close(reg);
        return EXIT_USAGE;
    }
    if (rc) {
        int status = fail(partnership);
        csp_register_close(reg);
        return status;
    }
    text out = {0};
    rc = build(&out, reg, p, stamp);
    int status = EXIT_SUCCESS;
    if (rc)
        status = fail(partnership);
    else if (out.failed) {
        fprintf(stderr, "%s calendar: out of memory\n", prog);
        status = EXIT_FAILURE;
    } else if (output) {
        if (cspctl_write_file("calendar", output, out.p, out.len))
            status = EXIT_FAILURE;
    } else if (fwrite(out.p, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
        fprintf(stderr, "%s: cannot write to standard output\n", prog);
        status = EXIT_FAILURE;
    }
    free(out.p);
    csp_partnership_free(p);
    csp_register_close(reg);
    return status;
}
