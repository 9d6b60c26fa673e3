// summary: a short summary of a libcsp register, from C++.
//
//   summary REGISTER AS_OF
//
// For each partnership: its kind, the seats in force on AS_OF, its open actions
// (and how many are overdue), and the compliance findings as of AS_OF by result;
// then the totals.
//
// It uses the C API through libcsp's public headers alone: <csp/csp.h> declares
// everything extern "C" (common.h's CSP_BEGIN_DECLS), so no wrapper and no
// extern "C" block is needed here. Each handle libcsp gives the caller is held
// by a std::unique_ptr whose deleter is the matching csp_*_free function, so
// every path out (a return, an exception) frees it.
//
//   g++ -std=c++17 -Wall -Wextra -Werror -pedantic summary.cpp $(pkg-config --cflags --libs libcsp)
//
// Exit status: 0 on success, 1 when libcsp reports an error, 2 for a usage error.
#include <csp/csp.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// A deleter calling a libcsp free function; every csp_*_free accepts NULL.
template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const noexcept { Free(p); }
};
template <typename T, void (*Free)(T *)> using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using Register = Handle<csp_register, csp_register_close>;
using Query = Handle<csp_query, csp_query_free>;
using RecordIterator = Handle<csp_record_iterator, csp_record_iterator_free>;
using Record = Handle<csp_record, csp_record_free>;
using Report = Handle<csp_report, csp_report_free>;

// libcsp's last error, as an exception naming what was being done.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string &what)
        : std::runtime_error(what + ": " + csp_error_last()->message + " (" + csp_code_name(csp_error_last()->code) +
                             ")")
    {
    }
};

void check(int rc, const char *what)
{
    if (rc != CSP_OK)
        throw Error(what);
}

Register open_readonly(const char *path)
{
    csp_open_options opts = CSP_OPEN_OPTIONS_INIT;
    opts.flags = CSP_OPEN_READONLY;
    csp_register *raw = nullptr;
    check(csp_register_open(&raw, path, &opts), path);
    return Register(raw);
}

Query new_query(int entity)
{
    csp_query *raw = nullptr;
    check(csp_query_new(&raw, entity), "query");
    return Query(raw);
}

// Calls f(record) for each record the query selects.
template <typename F> void each(csp_register *reg, int entity, const csp_query *q, F f)
{
    csp_record_iterator *raw = nullptr;
    check(csp_record_iterator_new(&raw, reg, entity, q), "iterate");
    RecordIterator it(raw);
    for (;;) {
        csp_record *r = nullptr;
        int rc = csp_record_next(&r, it.get());
        if (rc == CSP_ITEROVER)
            return;
        check(rc, "read");
        Record rec(r);
        f(rec.get());
    }
}

std::size_t count(csp_register *reg, int entity, const csp_query *q)
{
    std::size_t n = 0;
    check(csp_record_count_matching(&n, reg, entity, q), "count");
    return n;
}

struct Line {
    std::string id, kind;
    std::size_t seats = 0, open = 0, overdue = 0, met = 0, not_met = 0, not_shown = 0;
};

std::vector<Line> summarise(csp_register *reg, const char *as_of)
{
    std::vector<Line> lines;
    Query all = new_query(CSP_ENTITY_PARTNERSHIP);
    each(reg, CSP_ENTITY_PARTNERSHIP, all.get(), [&](const csp_record *p) {
        Line l;
        l.id = csp_record_id(p);
        const char *kind = csp_record_text(p, CSP_PARTNERSHIP_KIND);
        l.kind = kind ? kind : "-";

        Query seats = new_query(CSP_ENTITY_MEMBERSHIP);
        check(csp_query_where(seats.get(), CSP_MEMBERSHIP_PARTNERSHIP, CSP_OP_EQ, l.id.c_str()), "seats");
        check(csp_query_in_force(seats.get(), as_of), "seats");
        l.seats = count(reg, CSP_ENTITY_MEMBERSHIP, seats.get());

        Query open = new_query(CSP_ENTITY_ACTION);
        check(csp_query_where(open.get(), CSP_ACTION_PARTNERSHIP, CSP_OP_EQ, l.id.c_str()), "actions");
        for (const char *closed : {"done", "cancelled", "superseded"})
            check(csp_query_where(open.get(), CSP_ACTION_STATUS, CSP_OP_NE, closed), "actions");
        l.open = count(reg, CSP_ENTITY_ACTION, open.get());

        csp_query *raw = nullptr;
        check(csp_query_overdue_actions(&raw, l.id.c_str(), as_of), "overdue actions");
        Query overdue(raw);
        l.overdue = count(reg, CSP_ENTITY_ACTION, overdue.get());
        lines.push_back(l);
    });

    // One check of the whole register; its findings come partnership by partnership.
    csp_report *raw = nullptr;
    check(csp_check(&raw, reg, as_of, nullptr), "check");
    Report report(raw);
    for (std::size_t i = 0; i < csp_report_count(report.get()); i++) {
        const csp_finding *f = csp_report_finding(report.get(), i);
        for (Line &l : lines) {
            if (l.id != csp_finding_partnership(f))
                continue;
            switch (csp_finding_result(f)) {
            case CSP_RESULT_MET: l.met++; break;
            case CSP_RESULT_NOT_MET: l.not_met++; break;
            default: l.not_shown++; break;
            }
        }
    }
    return lines;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: summary REGISTER AS_OF\n");
        return 2;
    }
    const char *as_of = argv[2];
    if (csp_date_check(as_of) != CSP_OK || std::strlen(as_of) != 10) {
        std::fprintf(stderr, "summary: AS_OF \"%s\": give a full date, YYYY-MM-DD\n", as_of);
        return 2;
    }
    try {
        Register reg = open_readonly(argv[1]);
        std::vector<Line> lines = summarise(reg.get(), as_of);
        std::printf("libcsp %s; %zu partnerships; as of %s\n\n", csp_version(), lines.size(), as_of);
        std::printf("%-40s %-30s %5s %5s %7s %4s %7s %9s\n", "partnership", "kind", "seats", "open", "overdue", "met",
                    "not_met", "not_shown");
        Line total;
        for (const Line &l : lines) {
            std::printf("%-40s %-30s %5zu %5zu %7zu %4zu %7zu %9zu\n", l.id.c_str(), l.kind.c_str(), l.seats, l.open,
                        l.overdue, l.met, l.not_met, l.not_shown);
            total.seats += l.seats;
            total.open += l.open;
            total.overdue += l.overdue;
            total.met += l.met;
            total.not_met += l.not_met;
            total.not_shown += l.not_shown;
        }
        std::printf("%-40s %-30s %5zu %5zu %7zu %4zu %7zu %9zu\n", "total", "", total.seats, total.open,
                    total.overdue, total.met, total.not_met, total.not_shown);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "summary: %s\n", e.what());
        return 1;
    }
    return 0;
}
