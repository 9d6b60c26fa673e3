/*
 * The C side of bench/call_overhead.py: the cost of one trivial libcsp call
 * (csp_organisation_name) made from C through the shared library's PLT, for
 * comparison with the same call from Python (raw module and libcsp package).
 *
 *   call_overhead_c [iterations]   prints "c_ns_per_call <float>"
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "csp/csp.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 20000000L;
    csp_organisation *org = NULL;
    if (csp_organisation_new(&org, "bench-org") != CSP_OK || csp_organisation_set_name(org, "Bench") != CSP_OK) {
        fprintf(stderr, "call_overhead_c: %s\n", csp_error_last()->message);
        return 1;
    }
    /* volatile: the loop must not be folded away, and the call cannot be inlined
     * (it goes through the shared library). */
    const char *volatile sink = NULL;
    double best = 1e30;
    for (int round = 0; round < 5; round++) {
        double t0 = now();
        for (long i = 0; i < n; i++)
            sink = csp_organisation_name(org);
        double dt = (now() - t0) / (double)n * 1e9;
        if (dt < best)
            best = dt;
    }
    (void)sink;
    printf("c_ns_per_call %.2f\n", best);
    csp_organisation_free(org);
    return 0;
}
