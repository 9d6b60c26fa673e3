/*
 * The Popolo export (json.h: csp_json_export_popolo), for open data.
 *
 * Built on the public export: csp_json_export() with CSP_EXPORT_PUBLIC gives
 * the register without the people marked private (nor the person of their
 * seats, nor restricted agenda items, nor unpublished homicide reviews); that
 * text is read back as a jansson tree and mapped to Popolo's collections
 * (http://www.popoloproject.com): organizations, persons, memberships, posts
 * and events. Working from the public export means the Popolo document can
 * hold nothing the public export leaves out, and that this file need not
 * know the store.
 *
 * docs/popolo.md has the mapping table. Ids are the register's, prefixed
 * with their entity ("partnership/ealing-sep"): organisations and
 * partnerships share Popolo's organizations, and ids are unique only within
 * one entity. The output is deterministic: the public export's order (by id,
 * members in their order), written in the order each object is built.
 */
#include "csp/json.h"
#include "csp/schema.h"
#include "core/error.h"
#include "core/util.h"
#include "core/file.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct popolo {
    json_t *sources;      /* source id -> source object (borrowed from the export) */
    json_t *partnerships; /* partnership id -> partnership object (borrowed) */
    json_t *people;       /* person id -> person object (borrowed) */
    json_t *seats;        /* membership id -> membership object (borrowed) */
    json_t *organizations, *persons, *memberships, *posts, *events; /* owned by out */
    int nomem;            /* an allocation failed: the result is not used */
} popolo;

/* ---- small helpers --------------------------------------------------------- */

/* The string member key of obj, or NULL (obj may be NULL). */
static const char *str(const json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

/* Sets obj[key] = v (stolen); a NULL v or a failure marks p->nomem. */
static void set(popolo *p, json_t *obj, const char *key, json_t *v)
{
    if (!v || json_object_set_new(obj, key, v))
        p->nomem = 1;
}

/* Sets obj[key] to the string s, when s is set. */
static void set_str(popolo *p, json_t *obj, const char *key, const char *s)
{
    if (s)
        set(p, obj, key, json_string(s));
}

/* Appends v (stolen) to arr; a NULL v or a failure marks p->nomem. */
static void append(popolo *p, json_t *arr, json_t *v)
{
    if (!v || json_array_append_new(arr, v))
        p->nomem = 1;
}

/* "kind/id": a Popolo id. NULL (and nomem) on failure. */
static json_t *pid(popolo *p, const char *kind, const char *id)
{
    json_t *v = json_sprintf("%s/%s", kind, id);
    if (!v)
        p->nomem = 1;
    return v;
}

/* Sets obj[key] to the Popolo id of kind/id, when id is set. */
static void set_id(popolo *p, json_t *obj, const char *key, const char *kind, const char *id)
{
    if (id)
        set(p, obj, key, pid(p, kind, id));
}

/* A new object, or NULL with nomem. */
static json_t *object(popolo *p)
{
    json_t *o = json_object();
    if (!o)
        p->nomem = 1;
    return o;
}

/* Indexes the objects of arr (a top-level array of the export) by their id. */
static json_t *index_by_id(popolo *p, const json_t *arr)
{
    json_t *ix = object(p);
    size_t i;
    json_t *rec;
    json_array_foreach(arr, i, rec) {
        const char *id = str(rec, "id");
        if (ix && id && json_object_set(ix, id, rec))
            p->nomem = 1;
    }
    return ix;
}

/* rec's "sources" as Popolo links ({url, note: title}): a source that has
 * only a document reference, no URL, cannot be a link and is left out. */
static void set_sources(popolo *p, json_t *obj, const json_t *rec)
{
    json_t *ids = json_object_get(rec, "sources");
    json_t *links = NULL;
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) {
        const json_t *src = json_object_get(p->sources, json_string_value(v));
        const char *url = str(src, "url");
        if (!url)
            continue;
        if (!links && !(links = json_array())) {
            p->nomem = 1;
            return;
        }
        json_t *link = object(p);
        if (!link)
            break;
        set_str(p, link, "url", url);
        set_str(p, link, "note", str(src, "title"));
        append(p, links, link);
    }
    if (links)
        set(p, obj, "sources", links);
}

/* ---- organizations ---------------------------------------------------------- */

/* An organisation's statutory standing, as a sentence or two; NULL if none. */
static json_t *standing(const json_t *org)
{
    char buf[400];
    buf[0] = '\0';
    if (json_is_true(json_object_get(org, "responsible_authority")))
        strcat(buf, "Responsible authority (Crime and Disorder Act 1998 s5). ");
    if (json_is_true(json_object_get(org, "serious_violence_duty_holder")))
        strcat(buf, "Specified authority under the Serious Violence Duty (PCSC Act 2022 s11). ");
    if (json_is_true(json_object_get(org, "cooperating_body")))
        strcat(buf, "Co-operating body (Crime and Disorder Act 1998 s5(2)-(3)). ");
    size_t n = strlen(buf);
    if (!n)
        return NULL;
    buf[n - 1] = '\0'; /* the last space */
    return json_string(buf);
}

/* An inline Popolo area: the area's name, and its GSS code as identifier. */
static void set_area(popolo *p, json_t *obj, const json_t *rec)
{
    const char *name = str(rec, "area"), *code = str(rec, "area_code");
    if (!name && !code)
        return;
    json_t *area = object(p);
    if (!area)
        return;
    set_str(p, area, "name", name);
    set_str(p, area, "identifier", code);
    set(p, obj, "area", area);
}

static void map_organisation(popolo *p, const json_t *org)
{
    json_t *o = object(p);
    if (!o)
        return;
    set_id(p, o, "id", "organisation", str(org, "id"));
    set_str(p, o, "name", str(org, "name"));
    set_str(p, o, "classification", str(org, "kind"));
    set_area(p, o, org);
    json_t *d = standing(org);
    if (d)
        set(p, o, "description", d);
    set_str(p, o, "founding_date", str(org, "established_on"));
    set_str(p, o, "dissolution_date", str(org, "dissolved_on"));
    set_sources(p, o, org);
    append(p, p->organizations, o);
}

/* {name, note}: an entry of other_names. */
static void add_other_name(popolo *p, json_t **names, const char *name, const char *note)
{
    if (!name)
        return;
    if (!*names && !(*names = json_array())) {
        p->nomem = 1;
        return;
    }
    json_t *n = object(p);
    if (!n)
        return;
    set_str(p, n, "name", name);
    set_str(p, n, "note", note);
    append(p, *names, n);
}

static void map_partnership(popolo *p, const json_t *ps)
{
    json_t *o = object(p);
    if (!o)
        return;
    set_id(p, o, "id", "partnership", str(ps, "id"));
    set_str(p, o, "name", str(ps, "name"));
    json_t *names = NULL;
    add_other_name(p, &names, str(ps, "short_name"), "short name");
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(ps, "former_names"), i, v)
        add_other_name(p, &names, json_string_value(v), "former name");
    if (names)
        set(p, o, "other_names", names);
    set_str(p, o, "classification", str(ps, "kind"));
    set_id(p, o, "parent_id", "partnership", str(ps, "parent"));
    set_area(p, o, ps);
    const char *basis = str(ps, "statutory_basis");
    if (basis)
        set(p, o, "description", json_sprintf("Statutory basis: %s", basis));
    set_str(p, o, "founding_date", str(ps, "formed_on"));
    set_sources(p, o, ps);
    append(p, p->organizations, o);
}

/* ---- persons ---------------------------------------------------------------- */

static void map_person(popolo *p, const json_t *person)
{
    /* The public export has left private people out; never trust that alone. */
    if (json_is_true(json_object_get(person, "private")))
        return;
    json_t *o = object(p);
    if (!o)
        return;
    set_id(p, o, "id", "person", str(person, "id"));
    set_str(p, o, "name", str(person, "name"));
    set_str(p, o, "honorific_prefix", str(person, "honorific"));
    set_sources(p, o, person);
    append(p, p->persons, o);
}

/* The person id, when it names a public person of the export. */
static const char *public_person(const popolo *p, const char *id)
{
    const json_t *person = id ? json_object_get(p->people, id) : NULL;
    return person && !json_is_true(json_object_get(person, "private")) ? id : NULL;
}

/* ---- memberships and posts ---------------------------------------------------- */

static void map_seat(popolo *p, const json_t *ps, const json_t *seat)
{
    const char *id = str(seat, "id"), *post = str(seat, "post");
    const char *person = public_person(p, str(seat, "person"));
    const char *org = str(seat, "organisation"), *behalf = str(seat, "on_behalf_of");
    json_t *m = object(p);
    if (!m)
        return;
    set_id(p, m, "id", "membership", id);
    set_str(p, m, "label", post);
    set_str(p, m, "role", str(seat, "role"));
    if (person) {
        /* A person sits for the organisation holding the seat. */
        set_id(p, m, "person_id", "person", person);
        set_id(p, m, "on_behalf_of_id", "organisation", org);
    } else {
        /* No (public) person: the organisation is the member, on behalf of
         * another when the seat says so. */
        json_t *member = object(p);
        if (member) {
            set_str(p, member, "@type", "Organization");
            set_id(p, member, "id", "organisation", org);
            set(p, m, "member", member);
        }
        set_id(p, m, "on_behalf_of_id", "organisation", behalf);
    }
    set_id(p, m, "organization_id", "partnership", str(ps, "id"));
    if (post)
        set_id(p, m, "post_id", "post", id);
    set_str(p, m, "start_date", str(seat, "start_date"));
    set_str(p, m, "end_date", str(seat, "end_date"));
    set_sources(p, m, seat);
    append(p, p->memberships, m);

    if (!post)
        return;
    json_t *o = object(p);
    if (!o)
        return;
    set_id(p, o, "id", "post", id);
    set_str(p, o, "label", post);
    set_str(p, o, "role", str(seat, "role"));
    set_id(p, o, "organization_id", "partnership", str(ps, "id"));
    set_str(p, o, "start_date", str(seat, "start_date"));
    set_str(p, o, "end_date", str(seat, "end_date"));
    set_sources(p, o, seat);
    append(p, p->posts, o);
}

/* ---- events ------------------------------------------------------------------ */

/* The day number of the last Sunday of a month of 31 days (March, October). */
static long last_sunday(long y, long m)
{
    long last = csp__days_from_civil(y, m, 31);
    long dow = (last + 4) % 7; /* 1970-01-01 was a Thursday; 0 is Sunday */
    if (dow < 0)
        dow += 7;
    return last - dow;
}

/* UK summer time (Europe/London) at a UTC minute since 1970: from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October
 * (the rule since 1996). Returns the offset in minutes, 60 or 0. */
static long london_offset_utc(long utc_min)
{
    long day = utc_min >= 0 ? utc_min / 1440 : (utc_min - 1439) / 1440;
    long y, m, d;
    csp__civil_from_days(day, &y, &m, &d);
    long from = last_sunday(y, 3) * 1440 + 60, to = last_sunday(y, 10) * 1440 + 60;
    return utc_min >= from && utc_min < to ? 60 : 0;
}

/* The offset of a local (wall clock) time in London: summer time when the
 * time read as summer time falls in it (an hour repeated in October is taken
 * as the first, summer time). */
static long london_offset_local(long local_min)
{
    return london_offset_utc(local_min - 60) == 60 ? 60 : 0;
}

/* "YYYY-MM-DDThh:mm:00+hh:mm" of a local minute and its offset. */
static json_t *datetime(long local_min, long off)
{
    long day = local_min >= 0 ? local_min / 1440 : (local_min - 1439) / 1440;
    long min = local_min - day * 1440;
    long y, m, d;
    csp__civil_from_days(day, &y, &m, &d);
    return json_sprintf("%04ld-%02ld-%02ldT%02ld:%02ld:00+%02ld:00", y, m, d, min / 60, min % 60, off / 60);
}

/* Parses "YYYY-MM-DD" and "hh:mm" into a local minute since 1970. */
static int local_minute(const char *date, const char *time, long *out)
{
    int y, mo, d, h, mi;
    char c1, c2;
    if (!date || !time || strlen(date) != 10 || strlen(time) != 5)
        return 0;
    if (sscanf(date, "%4d-%2d-%2d%c", &y, &mo, &d, &c1) != 3 || sscanf(time, "%2d:%2d%c", &h, &mi, &c2) != 2)
        return 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return 0;
    *out = csp__days_from_civil(y, mo, d) * 1440 + h * 60 + mi;
    return 1;
}

/* The name of a meeting without a title: "Safer Ealing Partnership (Scheduled)". */
static json_t *meeting_name(const popolo *p, const json_t *meeting)
{
    const char *title = str(meeting, "title");
    if (title)
        return json_string(title);
    const char *pid_ = str(meeting, "partnership");
    const char *name = str(json_object_get(p->partnerships, pid_), "name");
    const char *kind = str(meeting, "kind");
    const char *label = kind ? csp_schema_enum_label("meeting_kind", kind) : NULL;
    return json_sprintf("%s (%s)", name ? name : pid_, label ? label : (kind ? kind : "meeting"));
}

/* The people present: a substitute who came in a seat's holder's place,
 * else the holder of each seat marked present; only public people, each once. */
static void set_attendees(popolo *p, json_t *ev, const json_t *meeting)
{
    json_t *people = NULL;
    size_t i;
    json_t *a;
    json_array_foreach(json_object_get(meeting, "attendance"), i, a) {
        const char *status = str(a, "status");
        const char *who = str(a, "substitute");
        if (!who && status && strcmp(status, "present") == 0)
            who = str(json_object_get(p->seats, str(a, "membership")), "person");
        const char *person = public_person(p, who);
        if (!person)
            continue;
        int seen = 0;
        size_t k;
        json_t *prev;
        json_array_foreach(people, k, prev) seen |= strcmp(str(prev, "id") + strlen("person/"), person) == 0;
        if (seen)
            continue;
        if (!people && !(people = json_array())) {
            p->nomem = 1;
            return;
        }
        json_t *o = object(p);
        if (!o)
            break;
        set_id(p, o, "id", "person", person);
        set_str(p, o, "name", str(json_object_get(p->people, person), "name"));
        append(p, people, o);
    }
    if (people)
        set(p, ev, "attendees", people);
}

static void map_meeting(popolo *p, const json_t *meeting)
{
    json_t *ev = object(p);
    if (!ev)
        return;
    set_id(p, ev, "id", "meeting", str(meeting, "id"));
    set(p, ev, "name", meeting_name(p, meeting));
    set_str(p, ev, "description", str(meeting, "note"));
    const char *date = str(meeting, "date");
    long start;
    if (local_minute(date, str(meeting, "start_time"), &start)) {
        long off = london_offset_local(start);
        set(p, ev, "start_date", datetime(start, off));
        json_int_t minutes = json_integer_value(json_object_get(meeting, "duration_minutes"));
        if (minutes > 0) {
            long end_utc = start - off + (long)minutes;
            long end_off = london_offset_utc(end_utc);
            set(p, ev, "end_date", datetime(end_utc + end_off, end_off));
        }
    } else {
        set_str(p, ev, "start_date", date);
    }
    set_str(p, ev, "location", str(meeting, "location"));
    set_str(p, ev, "status", str(meeting, "status"));
    set_str(p, ev, "classification", str(meeting, "kind"));
    set_id(p, ev, "organization_id", "partnership", str(meeting, "partnership"));
    set_attendees(p, ev, meeting);
    set_sources(p, ev, meeting);
    append(p, p->events, ev);
}

/* ---- the document ------------------------------------------------------------- */

/* Builds the Popolo document of a public export's tree. NULL on no memory. */
static json_t *build(const json_t *in)
{
    popolo p;
    memset(&p, 0, sizeof p);
    json_t *out = json_object();
    if (!out)
        return NULL;
    json_t *organisations = json_object_get(in, "organisations");
    json_t *partnerships = json_object_get(in, "partnerships");
    json_t *meetings = json_object_get(in, "meetings");
    p.sources = index_by_id(&p, json_object_get(in, "sources"));
    p.partnerships = index_by_id(&p, partnerships);
    p.people = index_by_id(&p, json_object_get(in, "people"));
    p.seats = json_object();
    if (!p.seats)
        p.nomem = 1;
    size_t i, k;
    json_t *rec, *seat;
    json_array_foreach(partnerships, i, rec) json_array_foreach(json_object_get(rec, "members"), k, seat)
    {
        const char *id = str(seat, "id");
        if (p.seats && id && json_object_set(p.seats, id, seat))
            p.nomem = 1;
    }

    /* Popolo's collections, in this order in the document. */
    set(&p, out, "organizations", p.organizations = json_array());
    set(&p, out, "persons", p.persons = json_array());
    set(&p, out, "memberships", p.memberships = json_array());
    set(&p, out, "posts", p.posts = json_array());
    set(&p, out, "events", p.events = json_array());
    if (!p.nomem) {
        json_array_foreach(organisations, i, rec) map_organisation(&p, rec);
        json_array_foreach(partnerships, i, rec) map_partnership(&p, rec);
        json_array_foreach(json_object_get(in, "people"), i, rec) map_person(&p, rec);
        json_array_foreach(partnerships, i, rec) json_array_foreach(json_object_get(rec, "members"), k, seat)
            map_seat(&p, rec, seat);
        json_array_foreach(meetings, i, rec) map_meeting(&p, rec);
    }
    json_decref(p.sources);
    json_decref(p.partnerships);
    json_decref(p.people);
    json_decref(p.seats);
    if (p.nomem) {
        json_decref(out);
        return NULL;
    }
    return out;
}

int csp_json_export_popolo(char **out, csp_register *reg, const csp_export_options *opts)
{
    CSP__ARG(out);
    *out = NULL;
    CSP__ARG(reg);
    csp_export_options pub = CSP_EXPORT_OPTIONS_INIT;
    if (opts)
        pub = *opts;
    unsigned indent = pub.flags & CSP_EXPORT_INDENT;
    /* Always public: the private flag cannot be turned off here. Version and
     * unknown flags are checked by csp_json_export(). */
    pub.flags |= CSP_EXPORT_PUBLIC;
    pub.flags &= ~CSP_EXPORT_INDENT; /* compact is quicker to read back */
    char *text = NULL;
    int rc = csp_json_export(&text, reg, &pub);
    if (rc)
        return rc;
    json_error_t err;
    json_t *in = json_loads(text, JSON_REJECT_DUPLICATES, &err);
    free(text);
    if (!in)
        /* The export is libcsp's own output: only memory can fail here. */
        return csp__fail(CSP_ENOMEM, "reading back the public export: %s (line %d)", err.text, err.line);
    json_t *doc = build(in);
    json_decref(in);
    if (!doc)
        return csp__fail(CSP_ENOMEM, "out of memory");
    char *dumped = json_dumps(doc, indent ? JSON_INDENT(2) : JSON_COMPACT);
    json_decref(doc);
    if (!dumped)
        return csp__fail(CSP_ENOMEM, "out of memory");
    size_t n = strlen(dumped);
    char *result = realloc(dumped, n + 2);
    if (!result) {
        free(dumped);
        return csp__fail(CSP_ENOMEM, "out of memory");
    }
    result[n] = '\n';
    result[n + 1] = '\0';
    *out = result;
    return csp__ok();
}

int csp_json_export_popolo_file(csp_register *reg, const char *path, const csp_export_options *opts)
{
    CSP__ARG(reg);
    CSP__ARG(path);
    char *text = NULL;
    int rc = csp_json_export_popolo(&text, reg, opts);
    if (rc)
        return rc;
    /* Written safely (core/file.h); the document is public, so a new file is
     * 0666 less the umask, and an existing one keeps its mode. */
    rc = csp__file_write(path, text, strlen(text), 0666);
    free(text);
    return rc ? rc : csp__ok();
}
