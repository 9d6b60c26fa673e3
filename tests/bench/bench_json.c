/*
 * bench_json: how fast libcsp imports and exports JSON, beside the ceilings
 * set by its two dependencies on the same data, in one run.
 *
 * It generates a synthetic libcsp/1 document (deterministic for a given seed
 * and sizes), then times with CLOCK_MONOTONIC:
 *
 *   libcsp import      csp_json_import() into a fresh register
 *   libcsp export      csp_json_export(), compact and indented
 *   ceiling parse      json_loadb() alone (the same flags libcsp uses)
 *   ceiling import     json_loadb() + prepared SQLite inserts into equivalent
 *                      tables (text primary key, one index per reference
 *                      column, one transaction) + json_decref()
 *   ceiling dump       json_dumps() of the parsed document
 *   ceiling export     SQLite select (in id order) + build a jansson tree +
 *                      json_dumps()
 *
 * for a register in memory and one in a file (WAL) in a temporary directory,
 * and prints records/s, MB/s (10^6 bytes of JSON text) and the ratios of
 * libcsp's rates to the ceilings'. It prints figures; it asserts no timing.
 * See docs/benchmarks.md.
 *
 * usage: bench_json [--partnerships N] [--organisations N] [--people N]
 *                   [--memberships N] [--seed N] [--repeat N] [--file PATH]
 *                   [--register PATH] [--generate-only] [--verify] [--quiet]
 *        bench_json --load FILE --fresh parse|import|import-register-schema [--register PATH]
 */
#define _POSIX_C_SOURCE 200809L

#include <csp/csp.h>

#include <errno.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- small helpers ------------------------------------------------------ */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("bench_json: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* A moment: wall-clock time (CLOCK_MONOTONIC) and this process's CPU time.
 * Wall time is the figure; CPU time shows how much of it was spent waiting
 * (disk, or other processes on a busy machine). */
typedef struct stamp {
    double wall, cpu;
} stamp;

static double seconds_of(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static stamp now(void)
{
    stamp s = {seconds_of(CLOCK_MONOTONIC), seconds_of(CLOCK_PROCESS_CPUTIME_ID)};
    return s;
}

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1u << 16;
        while (b->len + n + 1 > cap)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            die("out of memory");
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_puts(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void buf_printf(buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp)
        die("internal: formatted text too long");
    buf_add(b, tmp, (size_t)n);
}

/* splitmix64: small, fast, and the same on every platform. */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* A number in [0, n). */
static unsigned rnd(unsigned n)
{
    return n ? (unsigned)(rng_next() % n) : 0;
}

/* 1 with probability pct/100. */
static int chance(unsigned pct)
{
    return rnd(100) < pct;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Timed stages stay functions of their own, so that callgrind's
 * --toggle-collect=ceiling_import (and so on) can single them out. */
#if defined(__GNUC__)
#define STAGE __attribute__((noinline))
#else
#define STAGE
#endif

/* ---- the synthetic document -------------------------------------------- */

typedef struct sizes {
    unsigned partnerships, organisations, people, memberships;
} sizes;

static const char *const places[] = {
    "Ealing",     "Westminster", "Hackney",  "Camden",     "Brent",       "Harrow",    "Barnet",
    "Enfield",    "Haringey",    "Islington", "Lambeth",   "Southwark",   "Lewisham",  "Greenwich",
    "Bexley",     "Bromley",     "Croydon",  "Sutton",     "Merton",      "Kingston",  "Richmond",
    "Hounslow",   "Hillingdon",  "Newham",   "Redbridge",  "Havering",    "Barking",   "Tower Hamlets",
    "Waltham Forest", "Wandsworth", "Kensington", "Hammersmith", "Fulham", "Chelsea", "Dagenham",
    "Reading",    "Slough",      "Luton",    "Watford",    "Stevenage",   "Oxford",    "Swindon"};
static const char *const org_kinds[] = {"police",    "local_authority", "fire_and_rescue", "health",    "probation",
                                        "youth_justice", "policing_body", "voluntary",   "business",  "education",
                                        "housing",   "faith",           "community",       "other"};
static const char *const org_suffix[] = {"Police",    "Council",        "Fire and Rescue Service", "Health Board",
                                         "Probation Service", "Youth Offending Team", "Police and Crime Commissioner",
                                         "Voluntary Action", "Business Improvement District", "College",
                                         "Homes",     "Faith Forum",    "Community Trust",         "Partnership Office"};
static const char *const first_names[] = {"Jasbir", "Amina", "David",  "Sarah", "Mohammed", "Grace",  "Tomasz",
                                          "Priya",  "Olu",   "Helen",  "Rajesh", "Claire",  "Kwame",  "Siobhan",
                                          "Chen",   "Fatima", "Liam",  "Ruth",  "Ade",      "Nadia"};
static const char *const last_names[] = {"Anand",  "Okafor", "Smith",   "Khan",    "Nowak",  "Patel",  "Jones",
                                         "Mensah", "Brown",  "Murphy",  "Li",      "Hussain", "Taylor", "Williams",
                                         "Evans",  "Ahmed",  "Walker",  "Osei",    "Clarke", "Ali"};
static const char *const honorifics[] = {"Councillor", "Dr", "Chief Superintendent", "Ms", "Mr", "Professor"};
static const char *const p_kinds[] = {"community_safety_partnership", "local_strategic_partnership",
                                      "statutory_officer_group",      "delivery_group",
                                      "task_group",                   "resilience_partnership",
                                      "scrutiny_committee",           "board",
                                      "other"};
static const char *const p_names[] = {"Safer %s Partnership",       "%s Strategic Partnership",
                                      "%s Statutory Officer Group", "%s Violence Delivery Group",
                                      "%s Task and Finish Group",   "%s Community Resilience Partnership",
                                      "%s Crime and Disorder Committee", "%s Partnership Board",
                                      "%s Forum"};
static const char *const roles[] = {"chair", "vice_chair", "member", "champion", "secretariat", "adviser", "observer"};
static const char *const posts[] = {"police west area BCU commander",
                                    "cabinet member for tackling inequality",
                                    "director of public health",
                                    "head of community safety",
                                    "borough commander, London Fire Brigade",
                                    "head of the probation delivery unit",
                                    "service manager, youth justice",
                                    "chief executive",
                                    "strategic director of children's services",
                                    "violence reduction lead",
                                    "housing needs manager",
                                    "community engagement officer"};

static void put_date(buf *b, const char *key, int year)
{
    unsigned kind = rnd(3);
    if (kind == 0)
        buf_printf(b, ",\"%s\":\"%d\"", key, year);
    else if (kind == 1)
        buf_printf(b, ",\"%s\":\"%d-%02u\"", key, year, 1 + rnd(12));
    else
        buf_printf(b, ",\"%s\":\"%d-%02u-%02u\"", key, year, 1 + rnd(12), 1 + rnd(28));
}

/* Appends a libcsp/1 document of the given sizes, one record per line. */
static void generate(buf *b, const sizes *sz, uint64_t seed)
{
    rng_state = seed;
    buf_puts(b, "{\"format\":\"libcsp/1\",\n\"organisations\":[");
    for (unsigned i = 0; i < sz->organisations; i++) {
        unsigned k = rnd(COUNT(org_kinds));
        const char *place = places[rnd(COUNT(places))];
        buf_printf(b, "%s\n{\"id\":\"org-%06u\",\"name\":\"%s %s %u\",\"kind\":\"%s\"", i ? "," : "", i, place,
                   org_suffix[k], i, org_kinds[k]);
        if (chance(70))
            buf_printf(b, ",\"area\":\"%s\"", place);
        if (chance(25))
            buf_puts(b, ",\"responsible_authority\":true");
        if (chance(20))
            buf_puts(b, ",\"serious_violence_duty_holder\":true");
        if (chance(10))
            buf_puts(b, ",\"cooperating_body\":true");
        buf_puts(b, "}");
    }
    buf_puts(b, "],\n\"people\":[");
    for (unsigned i = 0; i < sz->people; i++) {
        buf_printf(b, "%s\n{\"id\":\"person-%06u\",\"name\":\"%s %s\"", i ? "," : "", i,
                   first_names[rnd(COUNT(first_names))], last_names[rnd(COUNT(last_names))]);
        if (chance(25))
            buf_printf(b, ",\"honorific\":\"%s\"", honorifics[rnd(COUNT(honorifics))]);
        if (chance(10))
            buf_puts(b, ",\"private\":true");
        buf_puts(b, "}");
    }
    buf_puts(b, "],\n\"partnerships\":[");
    unsigned m = 0;
    for (unsigned i = 0; i < sz->partnerships; i++) {
        unsigned k = rnd(COUNT(p_kinds));
        const char *place = places[rnd(COUNT(places))];
        char name[160];
        snprintf(name, sizeof name, p_names[k], place);
        buf_printf(b, "%s\n{\"id\":\"partnership-%05u\",\"name\":\"%s %u\"", i ? "," : "", i, name, i);
        if (chance(50))
            buf_printf(b, ",\"short_name\":\"P%u\"", i);
        buf_printf(b, ",\"kind\":\"%s\",\"area\":\"%s\"", p_kinds[k], place);
        if (chance(60))
            buf_printf(b, ",\"area_code\":\"E%08u\"", 9000000 + rnd(1000));
        /* References point forward (a document may name a record before it
         * defines it), never at the partnership itself; parent and
         * accountable_to only to a later partnership, so they make no cycle. */
        if (i + 1 < sz->partnerships && chance(30))
            buf_printf(b, ",\"parent\":\"partnership-%05u\"", i + 1 + rnd(sz->partnerships - 1 - i));
        if (i + 1 < sz->partnerships && chance(30))
            buf_printf(b, ",\"accountable_to\":\"partnership-%05u\"", i + 1 + rnd(sz->partnerships - 1 - i));
        if (sz->partnerships > 2 && chance(40)) {
            unsigned a = (i + 1 + rnd(sz->partnerships - 1)) % sz->partnerships;
            buf_printf(b, ",\"works_with\":[\"partnership-%05u\"", a);
            unsigned c = (i + 1 + rnd(sz->partnerships - 1)) % sz->partnerships;
            if (c != a && chance(50))
                buf_printf(b, ",\"partnership-%05u\"", c);
            buf_puts(b, "]");
        }
        if (chance(70))
            put_date(b, "formed_on", 1998 + (int)rnd(25));
        if (chance(20))
            buf_printf(b, ",\"former_names\":[\"%s community safety partnership\"]", place);
        if (chance(40))
            buf_puts(b, ",\"statutory_basis\":\"Crime and Disorder Act 1998 ss5-7\"");
        if (chance(80))
            buf_printf(b, ",\"meetings_per_year\":%u,\"minutes_per_meeting\":%u", 1 + rnd(12), 30 + 30 * rnd(6));
        if (chance(30))
            buf_puts(b, ",\"ad_hoc_meetings\":true");
        /* Memberships spread evenly over the partnerships, in id order. */
        unsigned end = (unsigned)((unsigned long long)sz->memberships * (i + 1) / sz->partnerships);
        if (m < end) {
            buf_puts(b, ",\"members\":[");
            for (unsigned first = m; m < end; m++) {
                buf_printf(b, "%s\n {\"id\":\"membership-%07u\",\"organisation\":\"org-%06u\"", m == first ? "" : ",", m,
                           rnd(sz->organisations));
                if (sz->people && chance(50))
                    buf_printf(b, ",\"person\":\"person-%06u\"", rnd(sz->people));
                unsigned r = rnd(100);
                buf_printf(b, ",\"role\":\"%s\"", r < 70 ? "member" : roles[rnd(COUNT(roles))]);
                if (chance(80))
                    buf_printf(b, ",\"post\":\"%s\"", posts[rnd(COUNT(posts))]);
                if (chance(5))
                    buf_printf(b, ",\"on_behalf_of\":\"org-%06u\"", rnd(sz->organisations));
                int year = 2010 + (int)rnd(12);
                if (chance(30)) {
                    buf_printf(b, ",\"start_date\":\"%d-%02u-%02u\"", year, 1 + rnd(12), 1 + rnd(28));
                    if (chance(30))
                        buf_printf(b, ",\"end_date\":\"%d-%02u\"", year + 1 + (int)rnd(3), 1 + rnd(12));
                }
                buf_puts(b, "}");
            }
            buf_puts(b, "]");
        }
        buf_puts(b, "}");
    }
    buf_puts(b, "]}\n");
}

/* ---- results ------------------------------------------------------------ */

typedef struct row {
    char what[80];
    double seconds, cpu;
    size_t records, bytes;
} row;

static row rows[64];
static int nrows;
static int quiet;

static double rate(const row *r, size_t n)
{
    return r->seconds > 0 ? (double)n / r->seconds : 0;
}

/* Records a timing; a stage timed again (--repeat) keeps its best wall time. */
static void add_row(const char *what, stamp t0, stamp t1, size_t records, size_t bytes)
{
    double seconds = t1.wall - t0.wall, cpu = t1.cpu - t0.cpu;
    if (!quiet) {
        fprintf(stderr, "  %-44s %8.3f s (cpu %.3f s)\n", what, seconds, cpu);
        fflush(stderr);
    }
    for (int i = 0; i < nrows; i++)
        if (strcmp(rows[i].what, what) == 0) {
            if (seconds < rows[i].seconds) {
                rows[i].seconds = seconds;
                rows[i].cpu = cpu;
            }
            return;
        }
    if (nrows == (int)COUNT(rows))
        die("internal: too many rows");
    row *r = &rows[nrows++];
    snprintf(r->what, sizeof r->what, "%s", what);
    r->seconds = seconds;
    r->cpu = cpu;
    r->records = records;
    r->bytes = bytes;
}

static const row *find_row(const char *what)
{
    for (int i = 0; i < nrows; i++)
        if (strcmp(rows[i].what, what) == 0)
            return &rows[i];
    return NULL;
}

static void print_table(void)
{
    printf("\n%-44s %7s %7s %10s %6s %6s\n", "stage", "wall s", "cpu s", "records/s", "MB", "MB/s");
    printf("%-44s %7s %7s %10s %6s %6s\n", "--------------------------------------------", "-------", "-------",
           "----------", "------", "------");
    for (int i = 0; i < nrows; i++) {
        const row *r = &rows[i];
        printf("%-44s %7.3f %7.3f %10.0f %6.1f %6.1f\n", r->what, r->seconds, r->cpu, rate(r, r->records),
               (double)r->bytes / 1e6,
               rate(r, r->bytes) / 1e6);
    }
}

static void print_ratio(const char *label, const char *a, const char *b)
{
    const row *ra = find_row(a), *rb = find_row(b);
    if (!ra || !rb || ra->seconds <= 0)
        return;
    double ratio = rate(ra, ra->records) / rate(rb, rb->records);
    printf("  %-44s %5.2f  (%.2fx the time)\n", label, ratio, ra->seconds / rb->seconds);
}

/* ---- libcsp ------------------------------------------------------------- */

static void check_same(const char *what, const buf *doc, const char *text);

static void must_ok(int rc, const char *what)
{
    if (rc)
        die("%s: %s (code %d)", what, csp_error_last()->message, rc);
}

static void remove_db(const char *path)
{
    char p[4096];
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < COUNT(suffix); i++) {
        int n = snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        if (n < 0 || (size_t)n >= sizeof p)
            die("path too long: %s", path);
        if (remove(p) != 0 && errno != ENOENT)
            die("cannot remove %s: %s", p, strerror(errno));
    }
}

static void bench_libcsp(const char *mode, const char *path, const buf *doc, size_t nrec)
{
    char what[80];
    csp_register *reg = NULL;
    if (strcmp(path, ":memory:") != 0)
        remove_db(path);
    must_ok(csp_register_open(&reg, path, NULL), "csp_register_open");

    stamp t0 = now();
    must_ok(csp_json_import(reg, doc->p, doc->len, NULL), "csp_json_import");
    stamp t1 = now();
    snprintf(what, sizeof what, "libcsp import (%s)", mode);
    add_row(what, t0, t1, nrec, doc->len);

    static const struct {
        const char *name;
        unsigned flags;
    } kinds[] = {{"compact", 0}, {"indented", CSP_EXPORT_INDENT}};
    for (size_t k = 0; k < COUNT(kinds); k++) {
        csp_export_options eo = CSP_EXPORT_OPTIONS_INIT;
        eo.flags = kinds[k].flags;
        char *text = NULL;
        t0 = now();
        must_ok(csp_json_export(&text, reg, &eo), "csp_json_export");
        t1 = now();
        snprintf(what, sizeof what, "libcsp export %s (%s)", kinds[k].name, mode);
        add_row(what, t0, t1, nrec, strlen(text));
        check_same(what, doc, text);
        csp_free(text);
    }
    csp_register_close(reg);
}

/* ---- the ceilings: jansson and SQLite used directly --------------------- */

#define JFLAGS JSON_REJECT_DUPLICATES

static json_t *parse(const buf *doc)
{
    json_error_t err;
    json_t *root = json_loadb(doc->p, doc->len, JFLAGS, &err);
    if (!root)
        die("json_loadb: %d:%d: %s", err.line, err.column, err.text);
    return root;
}

/* --verify: the exported text must carry the same data as the input. */
static int verify;

static void check_same(const char *what, const buf *doc, const char *text)
{
    if (!verify)
        return;
    buf out = {(char *)(uintptr_t)text, strlen(text), 0};
    json_t *a = parse(doc), *b = parse(&out);
    int same = json_equal(a, b);
    json_decref(a);
    json_decref(b);
    if (!same)
        die("%s: the export does not carry the same data as the input document", what);
    if (!quiet)
        fprintf(stderr, "  %-44s verified\n", what);
}

static void sql_exec(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        die("sqlite: %s: %s", sql, msg ? msg : "?");
}

static sqlite3_stmt *prep(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
        die("sqlite: %s: %s", sql, sqlite3_errmsg(db));
    return st;
}

/* The same tables as a register, less what a bare loader leaves out: no
 * foreign keys, no indexes on enum columns; a text primary key and one index
 * per reference column, of only the rows that have one where it is optional
 * (as a register's, from schema version 9). */
static const char ceiling_schema[] =
    "CREATE TABLE organisations (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, area TEXT,"
    " responsible_authority INTEGER NOT NULL DEFAULT 0, serious_violence_duty_holder INTEGER NOT NULL DEFAULT 0,"
    " cooperating_body INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE people (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, honorific TEXT,"
    " private INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE partnerships (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, short_name TEXT,"
    " kind TEXT NOT NULL, area TEXT, area_code TEXT, parent TEXT, accountable_to TEXT, formed_on TEXT,"
    " statutory_basis TEXT, meetings_per_year INTEGER NOT NULL DEFAULT 0,"
    " minutes_per_meeting INTEGER NOT NULL DEFAULT 0, ad_hoc_meetings INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX partnerships_parent ON partnerships(parent) WHERE parent IS NOT NULL;"
    "CREATE INDEX partnerships_accountable_to ON partnerships(accountable_to) WHERE accountable_to IS NOT NULL;"
    "CREATE TABLE partnerships_works_with (owner TEXT NOT NULL, pos INTEGER NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (owner, pos)) WITHOUT ROWID;"
    "CREATE INDEX partnerships_works_with_value ON partnerships_works_with(value);"
    "CREATE TABLE partnerships_former_names (owner TEXT NOT NULL, pos INTEGER NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (owner, pos)) WITHOUT ROWID;"
    "CREATE TABLE memberships (id TEXT PRIMARY KEY NOT NULL, partnership TEXT NOT NULL, organisation TEXT NOT NULL,"
    " person TEXT, role TEXT NOT NULL, post TEXT, on_behalf_of TEXT, start_date TEXT, end_date TEXT);"
    "CREATE INDEX memberships_partnership ON memberships(partnership);"
    "CREATE INDEX memberships_organisation ON memberships(organisation);"
    "CREATE INDEX memberships_person ON memberships(person) WHERE person IS NOT NULL;"
    "CREATE INDEX memberships_on_behalf_of ON memberships(on_behalf_of) WHERE on_behalf_of IS NOT NULL;";

/* Opens a fresh ceiling database with the given schema; `fk` turns foreign
 * keys on (as a register has them). */
static sqlite3 *ceiling_open(const char *path, const char *schema, int fk)
{
    sqlite3 *db = NULL;
    if (strcmp(path, ":memory:") != 0)
        remove_db(path);
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK)
        die("sqlite3_open_v2 %s: %s", path, db ? sqlite3_errmsg(db) : "?");
    if (fk)
        sql_exec(db, "PRAGMA foreign_keys = ON");
    if (strcmp(path, ":memory:") != 0)
        sql_exec(db, "PRAGMA journal_mode = WAL");
    sql_exec(db, schema);
    return db;
}

/* The schema of a fresh register, as SQL: libcsp creates a register in a
 * scratch file and its sqlite_master is read back. Returns malloc'd text. */
static char *register_schema(const char *scratch)
{
    csp_register *reg = NULL;
    remove_db(scratch);
    if (csp_register_open(&reg, scratch, NULL))
        die("csp_register_open %s: %s", scratch, csp_error_last()->message);
    csp_register_close(reg);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(scratch, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        die("sqlite3_open_v2 %s: %s", scratch, db ? sqlite3_errmsg(db) : "?");
    sqlite3_stmt *st = prep(db, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid");
    buf b = {0};
    while (sqlite3_step(st) == SQLITE_ROW) {
        buf_puts(&b, (const char *)sqlite3_column_text(st, 0));
        buf_puts(&b, ";\n");
    }
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    remove_db(scratch);
    if (!b.p)
        die("the register at %s has no schema", scratch);
    return b.p;
}

/* Binds a string member of obj (or NULL). */
static void bind_str(sqlite3_stmt *st, int col, json_t *obj, const char *key)
{
    const char *s = json_string_value(json_object_get(obj, key));
    if (s)
        sqlite3_bind_text(st, col, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, col);
}

static void bind_int(sqlite3_stmt *st, int col, json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    sqlite3_bind_int64(st, col, json_is_integer(v) ? (sqlite3_int64)json_integer_value(v) : json_is_true(v));
}

static void step(sqlite3 *db, sqlite3_stmt *st)
{
    if (sqlite3_step(st) != SQLITE_DONE)
        die("sqlite insert: %s", sqlite3_errmsg(db));
    sqlite3_reset(st);
}

static void insert_list(sqlite3 *db, sqlite3_stmt *st, const char *owner, json_t *arr)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        sqlite3_bind_text(st, 1, owner, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_text(st, 3, json_string_value(v), -1, SQLITE_STATIC);
        step(db, st);
    }
}

/* Parse, insert everything in one transaction, free the tree. */
STAGE static void ceiling_import(sqlite3 *db, const buf *doc)
{
    sqlite3_stmt *org = prep(db, "INSERT INTO organisations (id, name, kind, area, responsible_authority,"
                                 " serious_violence_duty_holder, cooperating_body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    sqlite3_stmt *per = prep(db, "INSERT INTO people (id, name, honorific, private) VALUES (?1, ?2, ?3, ?4)");
    sqlite3_stmt *par =
        prep(db, "INSERT INTO partnerships (id, name, short_name, kind, area, area_code, parent, accountable_to,"
                 " formed_on, statutory_basis, meetings_per_year, minutes_per_meeting, ad_hoc_meetings)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    sqlite3_stmt *ww = prep(db, "INSERT INTO partnerships_works_with (owner, pos, value) VALUES (?1, ?2, ?3)");
    sqlite3_stmt *fn = prep(db, "INSERT INTO partnerships_former_names (owner, pos, value) VALUES (?1, ?2, ?3)");
    sqlite3_stmt *mem = prep(db, "INSERT INTO memberships (id, partnership, organisation, person, role, post,"
                                 " on_behalf_of, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");

    json_t *root = parse(doc);
    sql_exec(db, "BEGIN");
    size_t i, j;
    json_t *o, *m;
    json_array_foreach(json_object_get(root, "organisations"), i, o) {
        bind_str(org, 1, o, "id");
        bind_str(org, 2, o, "name");
        bind_str(org, 3, o, "kind");
        bind_str(org, 4, o, "area");
        bind_int(org, 5, o, "responsible_authority");
        bind_int(org, 6, o, "serious_violence_duty_holder");
        bind_int(org, 7, o, "cooperating_body");
        step(db, org);
    }
    json_array_foreach(json_object_get(root, "people"), i, o) {
        bind_str(per, 1, o, "id");
        bind_str(per, 2, o, "name");
        bind_str(per, 3, o, "honorific");
        bind_int(per, 4, o, "private");
        step(db, per);
    }
    json_array_foreach(json_object_get(root, "partnerships"), i, o) {
        const char *id = json_string_value(json_object_get(o, "id"));
        static const char *const text[] = {"id",     "name",           "short_name", "kind",
                                           "area",   "area_code",      "parent",     "accountable_to",
                                           "formed_on", "statutory_basis"};
        for (int c = 0; c < (int)COUNT(text); c++)
            bind_str(par, c + 1, o, text[c]);
        bind_int(par, 11, o, "meetings_per_year");
        bind_int(par, 12, o, "minutes_per_meeting");
        bind_int(par, 13, o, "ad_hoc_meetings");
        step(db, par);
        insert_list(db, ww, id, json_object_get(o, "works_with"));
        insert_list(db, fn, id, json_object_get(o, "former_names"));
        json_array_foreach(json_object_get(o, "members"), j, m) {
            bind_str(mem, 1, m, "id");
            sqlite3_bind_text(mem, 2, id, -1, SQLITE_STATIC);
            bind_str(mem, 3, m, "organisation");
            bind_str(mem, 4, m, "person");
            bind_str(mem, 5, m, "role");
            bind_str(mem, 6, m, "post");
            bind_str(mem, 7, m, "on_behalf_of");
            bind_str(mem, 8, m, "start_date");
            bind_str(mem, 9, m, "end_date");
            step(db, mem);
        }
    }
    sql_exec(db, "COMMIT");
    json_decref(root);
    sqlite3_stmt *all[] = {org, per, par, ww, fn, mem};
    for (size_t k = 0; k < COUNT(all); k++)
        sqlite3_finalize(all[k]);
}

/* Sets the columns of the current row of st as members of obj, in column
 * order, leaving out NULLs, false booleans and zero integers (as libcsp does);
 * `from` skips leading columns. */
static void row_to_object(sqlite3_stmt *st, int from, json_t *obj)
{
    int n = sqlite3_column_count(st);
    for (int c = from; c < n; c++) {
        const char *name = sqlite3_column_name(st, c);
        switch (sqlite3_column_type(st, c)) {
        case SQLITE_NULL:
            break;
        case SQLITE_INTEGER: {
            sqlite3_int64 v = sqlite3_column_int64(st, c);
            /* booleans are the columns whose name is not a count */
            int is_count = strcmp(name, "meetings_per_year") == 0 || strcmp(name, "minutes_per_meeting") == 0;
            if (v)
                json_object_set_new(obj, name, is_count ? json_integer((json_int_t)v) : json_true());
            break;
        }
        default:
            json_object_set_new(obj, name, json_string((const char *)sqlite3_column_text(st, c)));
            break;
        }
    }
}

static json_t *select_array(sqlite3 *db, sqlite3_stmt *st)
{
    json_t *arr = json_array();
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *obj = json_object();
        row_to_object(st, 0, obj);
        json_array_append_new(arr, obj);
    }
    if (rc != SQLITE_DONE)
        die("sqlite select: %s", sqlite3_errmsg(db));
    sqlite3_reset(st);
    return arr;
}

static json_t *select_list(sqlite3 *db, sqlite3_stmt *st, const char *owner)
{
    sqlite3_bind_text(st, 1, owner, -1, SQLITE_STATIC);
    json_t *arr = json_array();
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        json_array_append_new(arr, json_string((const char *)sqlite3_column_text(st, 0)));
    if (rc != SQLITE_DONE)
        die("sqlite select: %s", sqlite3_errmsg(db));
    sqlite3_reset(st);
    return arr;
}

/* Where ceiling_export() puts records: into one jansson tree dumped at the
 * end (tree), or each top-level record dumped as soon as it is built and
 * appended to the text (streamed, the way libcsp does it). */
typedef struct sink {
    size_t flags;
    int stream;
    json_t *root, *arr; /* tree */
    buf out;            /* streamed */
    int first;
} sink;

static void sink_begin(sink *k, const char *name)
{
    int indent = (k->flags & JSON_MAX_INDENT) != 0;
    if (!k->stream) {
        if (!k->root) {
            k->root = json_object();
            json_object_set_new(k->root, "format", json_string("libcsp/1"));
        }
        k->arr = json_array();
        json_object_set_new(k->root, name, k->arr);
        return;
    }
    if (!k->out.len)
        buf_puts(&k->out, indent ? "{\n  \"format\": \"libcsp/1\"" : "{\"format\":\"libcsp/1\"");
    buf_printf(&k->out, indent ? ",\n  \"%s\": [" : ",\n\"%s\":[", name);
    k->first = 1;
}

static void sink_put(sink *k, json_t *obj)
{
    if (!k->stream) {
        json_array_append_new(k->arr, obj);
        return;
    }
    char *text = json_dumps(obj, k->flags);
    if (!text)
        die("json_dumps failed");
    json_decref(obj);
    buf_puts(&k->out, k->first ? "\n" : ",\n");
    k->first = 0;
    if (k->flags & JSON_MAX_INDENT) {
        for (const char *line = text; *line;) {
            const char *nl = strchr(line, '\n');
            size_t n = nl ? (size_t)(nl - line + 1) : strlen(line);
            buf_add(&k->out, "    ", 4);
            buf_add(&k->out, line, n);
            line += n;
        }
    } else {
        buf_puts(&k->out, text);
    }
    free(text);
}

static void sink_end(sink *k)
{
    if (k->stream)
        buf_puts(&k->out, k->first || !(k->flags & JSON_MAX_INDENT) ? "]" : "\n  ]");
}

/* The text of the document; free() it. */
static char *sink_finish(sink *k)
{
    if (k->stream) {
        buf_puts(&k->out, (k->flags & JSON_MAX_INDENT) ? "\n}\n" : "}\n");
        return k->out.p;
    }
    char *text = json_dumps(k->root, k->flags);
    if (!text)
        die("json_dumps failed");
    json_decref(k->root);
    return text;
}

static void select_into(sqlite3 *db, sqlite3_stmt *st, sink *k)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        json_t *obj = json_object();
        row_to_object(st, 0, obj);
        sink_put(k, obj);
    }
    if (rc != SQLITE_DONE)
        die("sqlite select: %s", sqlite3_errmsg(db));
    sqlite3_reset(st);
}

/* Select everything in id order, build each record as a jansson object in
 * the libcsp key order, and dump (see sink). Returns the text (free()). */
STAGE static char *ceiling_export(sqlite3 *db, size_t flags, int stream)
{
    sqlite3_stmt *org = prep(db, "SELECT id, name, kind, area, responsible_authority, serious_violence_duty_holder,"
                                 " cooperating_body FROM organisations ORDER BY id");
    sqlite3_stmt *per = prep(db, "SELECT id, name, honorific, private FROM people ORDER BY id");
    sqlite3_stmt *par = prep(db, "SELECT id, name, short_name, kind, area, area_code, parent, accountable_to,"
                                 " formed_on, statutory_basis, meetings_per_year, minutes_per_meeting,"
                                 " ad_hoc_meetings FROM partnerships ORDER BY id");
    sqlite3_stmt *ww = prep(db, "SELECT value FROM partnerships_works_with WHERE owner = ?1 ORDER BY pos");
    sqlite3_stmt *fn = prep(db, "SELECT value FROM partnerships_former_names WHERE owner = ?1 ORDER BY pos");
    sqlite3_stmt *mem = prep(db, "SELECT id, organisation, person, role, post, on_behalf_of, start_date, end_date"
                                 " FROM memberships WHERE partnership = ?1 ORDER BY id");
    sink k = {flags, stream, NULL, NULL, {0}, 0};
    sql_exec(db, "BEGIN");
    sink_begin(&k, "organisations");
    select_into(db, org, &k);
    sink_end(&k);
    sink_begin(&k, "people");
    select_into(db, per, &k);
    sink_end(&k);
    sink_begin(&k, "partnerships");
    int rc;
    while ((rc = sqlite3_step(par)) == SQLITE_ROW) {
        json_t *obj = json_object();
        const char *id = (const char *)sqlite3_column_text(par, 0);
        /* columns in the document's key order: works_with after accountable_to,
         * former_names after formed_on */
        for (int c = 0; c < 13; c++) {
            const char *name = sqlite3_column_name(par, c);
            if (c >= 10) {
                sqlite3_int64 v = sqlite3_column_int64(par, c);
                if (v)
                    json_object_set_new(obj, name, c == 12 ? json_true() : json_integer((json_int_t)v));
            } else if (sqlite3_column_type(par, c) != SQLITE_NULL) {
                json_object_set_new(obj, name, json_string((const char *)sqlite3_column_text(par, c)));
            }
            if (c == 7 || c == 8) {
                json_t *list = select_list(db, c == 7 ? ww : fn, id);
                if (json_array_size(list))
                    json_object_set_new(obj, c == 7 ? "works_with" : "former_names", list);
                else
                    json_decref(list);
            }
        }
        sqlite3_bind_text(mem, 1, id, -1, SQLITE_STATIC);
        json_t *kids = select_array(db, mem);
        if (json_array_size(kids))
            json_object_set_new(obj, "members", kids);
        else
            json_decref(kids);
        sink_put(&k, obj);
    }
    if (rc != SQLITE_DONE)
        die("sqlite select: %s", sqlite3_errmsg(db));
    sink_end(&k);
    sql_exec(db, "COMMIT");
    char *text = sink_finish(&k);
    sqlite3_stmt *all[] = {org, per, par, ww, fn, mem};
    for (size_t i = 0; i < COUNT(all); i++)
        sqlite3_finalize(all[i]);
    return text;
}

static void bench_ceiling(const char *mode, const char *path, const char *reg_schema, const buf *doc, size_t nrec)
{
    char what[80];
    /* With the register's own schema (foreign keys, enum indexes): import only. */
    sqlite3 *db = ceiling_open(path, reg_schema, 1);
    stamp t0 = now();
    ceiling_import(db, doc);
    stamp t1 = now();
    snprintf(what, sizeof what, "ceiling import, register schema (%s)", mode);
    add_row(what, t0, t1, nrec, doc->len);
    sqlite3_close_v2(db);

    db = ceiling_open(path, ceiling_schema, 0);
    t0 = now();
    ceiling_import(db, doc);
    t1 = now();
    snprintf(what, sizeof what, "ceiling import (%s)", mode);
    add_row(what, t0, t1, nrec, doc->len);
    static const struct {
        const char *name;
        size_t flags;
        int stream;
    } kinds[] = {{"compact", JSON_COMPACT, 1}, {"indented", JSON_INDENT(2), 1}, {"compact, one tree", JSON_COMPACT, 0}};
    for (size_t k = 0; k < COUNT(kinds); k++) {
        t0 = now();
        char *text = ceiling_export(db, kinds[k].flags, kinds[k].stream);
        t1 = now();
        snprintf(what, sizeof what, "ceiling export %s (%s)", kinds[k].name, mode);
        add_row(what, t0, t1, nrec, strlen(text));
        check_same(what, doc, text);
        free(text);
    }
    sqlite3_close_v2(db);
}

/* ---- one stage in a fresh process (tests/bench/run.sh) ------------------ */

static int fresh_stage(const char *stage, const char *file, const char *path)
{
    FILE *fp = fopen(file, "rb");
    if (!fp)
        die("cannot open %s: %s", file, strerror(errno));
    buf doc = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        buf_add(&doc, chunk, n);
    if (ferror(fp))
        die("cannot read %s", file);
    fclose(fp);
    if (strcmp(stage, "parse") == 0) {
        json_decref(parse(&doc));
    } else if (strcmp(stage, "import") == 0) {
        sqlite3 *db = ceiling_open(path, ceiling_schema, 0);
        ceiling_import(db, &doc);
        sqlite3_close_v2(db);
    } else if (strcmp(stage, "import-register-schema") == 0) {
        char scratch[4096];
        const char *tmp = getenv("TMPDIR");
        int len = strcmp(path, ":memory:") == 0
                      ? snprintf(scratch, sizeof scratch, "%s/bench_json.%ld.schema", tmp && *tmp ? tmp : "/tmp",
                                 (long)getpid())
                      : snprintf(scratch, sizeof scratch, "%s.schema", path);
        if (len < 0 || (size_t)len >= sizeof scratch)
            die("path too long");
        char *schema = register_schema(scratch);
        sqlite3 *db = ceiling_open(path, schema, 1);
        ceiling_import(db, &doc);
        sqlite3_close_v2(db);
        free(schema);
    } else {
        die("--fresh expects parse, import or import-register-schema, not \"%s\"", stage);
    }
    free(doc.p);
    return 0;
}

/* ---- main --------------------------------------------------------------- */

static unsigned parse_count(const char *opt, const char *s)
{
    char *end;
    errno = 0;
    unsigned long v = s ? strtoul(s, &end, 10) : 0;
    if (!s || !*s || *end || errno || v > 100000000ul)
        die("%s expects a count (0 to 100000000)", opt);
    return (unsigned)v;
}

static const char usage[] =
    "usage: bench_json [options]\n"
    "  --partnerships N   partnerships (default 350)\n"
    "  --organisations N  organisations (default 10000)\n"
    "  --people N         people (default 10000)\n"
    "  --memberships N    memberships, nested under the partnerships (default 200000)\n"
    "  --seed N           generator seed (default 1)\n"
    "  --repeat N         time every stage N times and keep the best (default 1)\n"
    "  --file PATH        also write the generated document to PATH\n"
    "  --generate-only    write the document (--file) and stop\n"
    "  --register PATH    benchmark a file register at PATH (and the ceiling at PATH.ceiling)\n"
    "                     instead of :memory: and a file in a temporary directory\n"
    "  --load FILE --fresh STAGE [--register PATH]\n"
    "                     run one ceiling stage on FILE and exit, for timing a fresh process\n"
    "                     (tests/bench/run.sh): STAGE is parse (json_loadb), import\n"
    "                     (parse + SQLite inserts into PATH, default :memory:) or\n"
    "                     import-register-schema (the same into a register's own schema)\n"
    "  --verify           check (untimed) that every export carries the input's data\n"
    "  --quiet            no progress lines on stderr\n";

int main(int argc, char **argv)
{
    sizes sz = {350, 10000, 10000, 200000};
    unsigned long long seed = 1;
    const char *file = NULL, *regpath = NULL;
    int generate_only = 0;
    const char *load = NULL, *fresh = NULL;
    unsigned repeat = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--partnerships") == 0) {
            sz.partnerships = parse_count(a, v), i++;
        } else if (strcmp(a, "--organisations") == 0) {
            sz.organisations = parse_count(a, v), i++;
        } else if (strcmp(a, "--people") == 0) {
            sz.people = parse_count(a, v), i++;
        } else if (strcmp(a, "--memberships") == 0) {
            sz.memberships = parse_count(a, v), i++;
        } else if (strcmp(a, "--repeat") == 0) {
            repeat = parse_count(a, v), i++;
            if (!repeat)
                die("--repeat expects at least 1");
        } else if (strcmp(a, "--seed") == 0) {
            seed = parse_count(a, v), i++;
        } else if (strcmp(a, "--file") == 0 && v) {
            file = v, i++;
        } else if (strcmp(a, "--register") == 0 && v) {
            regpath = v, i++;
        } else if (strcmp(a, "--load") == 0 && v) {
            load = v, i++;
        } else if (strcmp(a, "--fresh") == 0 && v) {
            fresh = v, i++;
        } else if (strcmp(a, "--generate-only") == 0) {
            generate_only = 1;
        } else if (strcmp(a, "--verify") == 0) {
            verify = 1;
        } else if (strcmp(a, "--quiet") == 0) {
            quiet = 1;
        } else {
            fprintf(stderr, "bench_json: unknown or incomplete option \"%s\"\n%s", a, usage);
            return 2;
        }
    }
    if (sz.memberships && (!sz.partnerships || !sz.organisations))
        die("memberships need at least one partnership and one organisation");
    if (generate_only && !file)
        die("--generate-only needs --file PATH");

    /* Fixed hash seed: the same work on every run (and exact callgrind counts). */
    json_object_seed(1);

    if (load || fresh) {
        if (!load || !fresh)
            die("--load FILE and --fresh STAGE go together");
        return fresh_stage(fresh, load, regpath ? regpath : ":memory:");
    }

    buf doc = {0};
    stamp t0 = now();
    generate(&doc, &sz, seed);
    double tgen = now().wall - t0.wall;
    size_t nrec = (size_t)sz.partnerships + sz.organisations + sz.people + sz.memberships;
    if (file) {
        FILE *fp = fopen(file, "wb");
        if (!fp || fwrite(doc.p, 1, doc.len, fp) != doc.len || fclose(fp) != 0)
            die("cannot write %s: %s", file, strerror(errno));
    }
    char load_avg[64] = "?";
    FILE *la = fopen("/proc/loadavg", "r");
    if (la) {
        if (!fgets(load_avg, sizeof load_avg, la))
            snprintf(load_avg, sizeof load_avg, "?");
        char *end = load_avg;
        for (int field = 0; field < 3 && end; field++) /* keep the 1, 5 and 15 minute averages */
            end = strchr(end + (field > 0), ' ');
        if (end)
            *end = '\0';
        load_avg[strcspn(load_avg, "\n")] = '\0';
        fclose(la);
    }
    printf("libcsp %s, jansson %s, SQLite %s; load average at start: %s\n", csp_version(), JANSSON_VERSION,
           sqlite3_libversion(), load_avg);
    printf("document: %u partnerships, %u organisations, %u people, %u memberships = %zu records, %.1f MB"
           " (seed %llu, generated in %.2f s)%s%s\n",
           sz.partnerships, sz.organisations, sz.people, sz.memberships, nrec, (double)doc.len / 1e6, seed, tgen,
           file ? ", written to " : "", file ? file : "");
    fflush(stdout);
    if (generate_only) {
        free(doc.p);
        return 0;
    }

    /* Registers: :memory: and a file in a fresh temporary directory, or the
     * one file asked for. */
    char dir[3000] = "", csp_file[3100], ceil_file[3100], scratch[3100];
    if (regpath) {
        if (strlen(regpath) > 3000)
            die("--register: path too long");
        snprintf(csp_file, sizeof csp_file, "%s", regpath);
        snprintf(ceil_file, sizeof ceil_file, "%s.ceiling", regpath);
        snprintf(scratch, sizeof scratch, "%s.schema", regpath);
    } else {
        const char *tmp = getenv("TMPDIR");
        int n = snprintf(dir, sizeof dir, "%s/bench_json.XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (n < 0 || (size_t)n >= sizeof dir)
            die("TMPDIR too long");
        if (!mkdtemp(dir))
            die("mkdtemp %s: %s", dir, strerror(errno));
        snprintf(csp_file, sizeof csp_file, "%s/register.csp", dir);
        snprintf(ceil_file, sizeof ceil_file, "%s/ceiling.db", dir);
        snprintf(scratch, sizeof scratch, "%s/schema.csp", dir);
    }
    char *reg_schema = register_schema(scratch);

    static const char *const modes[] = {"memory", "file"};
    for (unsigned rep = 0; rep < repeat; rep++) {
        if (!quiet && repeat > 1)
            fprintf(stderr, "repetition %u of %u\n", rep + 1, repeat);
        if (rep == 1)
            verify = 0; /* the data does not change between repetitions */
        /* The bare jansson figures first; the untimed parse before them also
         * warms the allocator, so the first timed stage pays no first-touch cost
         * the others do not (fresh processes: tests/bench/run.sh). */
        if (rep == 0)
            json_decref(parse(&doc));
        t0 = now();
        json_t *root = parse(&doc);
        stamp t1 = now();
        add_row("ceiling parse (json_loadb)", t0, t1, nrec, doc.len);
        static const struct {
            const char *name;
            size_t flags;
        } dumps[] = {{"ceiling dump compact (json_dumps)", JSON_COMPACT},
                     {"ceiling dump indented (json_dumps)", JSON_INDENT(2)}};
        for (size_t k = 0; k < COUNT(dumps); k++) {
            t0 = now();
            char *text = json_dumps(root, dumps[k].flags);
            t1 = now();
            if (!text)
                die("json_dumps failed");
            add_row(dumps[k].name, t0, t1, nrec, strlen(text));
            free(text);
        }
        json_decref(root);

        for (int mi = regpath ? 1 : 0; mi < 2; mi++) {
            const char *mode = modes[mi];
            int mem = mi == 0;
            bench_libcsp(mode, mem ? ":memory:" : csp_file, &doc, nrec);
            bench_ceiling(mode, mem ? ":memory:" : ceil_file, reg_schema, &doc, nrec);
        }
    }

    print_table();
    printf("\nlibcsp rate / ceiling rate (1.00 = as fast as jansson + SQLite by hand):\n");
    for (int mi = regpath ? 1 : 0; mi < 2; mi++) {
        char a[80], b[80], label[80];
        snprintf(a, sizeof a, "libcsp import (%s)", modes[mi]);
        snprintf(b, sizeof b, "ceiling import (%s)", modes[mi]);
        snprintf(label, sizeof label, "import (%s)", modes[mi]);
        print_ratio(label, a, b);
        snprintf(b, sizeof b, "ceiling import, register schema (%s)", modes[mi]);
        snprintf(label, sizeof label, "import, against register schema (%s)", modes[mi]);
        print_ratio(label, a, b);
        static const char *const kinds[] = {"compact", "indented"};
        for (int k = 0; k < 2; k++) {
            snprintf(a, sizeof a, "libcsp export %s (%s)", kinds[k], modes[mi]);
            snprintf(b, sizeof b, "ceiling export %s (%s)", kinds[k], modes[mi]);
            snprintf(label, sizeof label, "export %s (%s)", kinds[k], modes[mi]);
            print_ratio(label, a, b);
        }
    }
    printf("\nrecords: every organisation, person, partnership and membership (%zu);"
           " MB: 10^6 bytes of JSON text read or written.\n",
           nrec);

    if (!regpath) {
        remove_db(csp_file);
        remove_db(ceil_file);
        if (rmdir(dir) != 0)
            fprintf(stderr, "bench_json: cannot remove %s: %s\n", dir, strerror(errno));
    }
    free(reg_schema);
    free(doc.p);
    return 0;
}
