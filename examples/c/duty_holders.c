/*
 * duty_holders: a small libcsp program. It loads the bundled example data into
 * an in-memory register and, for each partnership, prints the statutory duties
 * it holds and the Serious Violence Duty holders of its area (which follow from
 * the organisations' standing).
 *
 *   cc duty_holders.c $(pkg-config --cflags --libs libcsp) -o duty_holders
 *   ./duty_holders [examples/data/ealing.json ...]
 *
 * Run from the repository root with no arguments, it reads the three bundled files.
 */
#include <csp/csp.h>

#include <stdio.h>
#include <string.h>

static int check(int rc, const char *what)
{
    if (rc != CSP_OK && rc != CSP_ITEROVER) {
        fprintf(stderr, "duty_holders: %s: %s\n", what, csp_error_last()->message);
        return 1;
    }
    return 0;
}

static int print_svd_holders(csp_register *reg, const char *area)
{
    csp_organisation_filter f = CSP_ORGANISATION_FILTER_INIT;
    f.area = area;
    f.serious_violence_duty_holder = 1;
    csp_organisation_iterator *it;
    csp_organisation *o;
    int rc, n = 0;
    if (check(csp_organisation_iterator_new(&it, reg, &f), "organisations"))
        return 1;
    while ((rc = csp_organisation_next(&o, it)) == CSP_OK) {
        printf("    SVD holder: %s\n", csp_organisation_name(o));
        csp_organisation_free(o);
        n++;
    }
    csp_organisation_iterator_free(it);
    if (n == 0)
        printf("    no Serious Violence Duty holder recorded for %s\n", area);
    return check(rc, "organisations");
}

int main(int argc, char **argv)
{
    static const char *defaults[] = {"examples/data/ealing.json", "examples/data/hackney.json",
                                     "examples/data/westminster.json"};
    const char **files = argc > 1 ? (const char **)(argv + 1) : defaults;
    int nfiles = argc > 1 ? argc - 1 : 3;
    csp_register *reg;
    if (check(csp_register_open(&reg, ":memory:", NULL), "open"))
        return 1;
    int status = 0;
    for (int i = 0; i < nfiles && !status; i++)
        status = check(csp_json_import_file(reg, files[i], NULL), files[i]);

    csp_partnership_filter pf = CSP_PARTNERSHIP_FILTER_INIT;
    pf.kind = "community_safety_partnership";
    csp_partnership_iterator *it = NULL;
    csp_partnership *p;
    int rc = CSP_ITEROVER;
    if (!status)
        status = check(csp_partnership_iterator_new(&it, reg, &pf), "partnerships");
    while (!status && (rc = csp_partnership_next(&p, it)) == CSP_OK) {
        printf("%s (%s)\n", csp_partnership_name(p), csp_partnership_area(p) ? csp_partnership_area(p) : "no area");
        csp_duty_holding_filter hf = CSP_DUTY_HOLDING_FILTER_INIT;
        hf.partnership = csp_partnership_id(p);
        csp_duty_holding_iterator *hit;
        csp_duty_holding *h;
        int hrc = csp_duty_holding_iterator_new(&hit, reg, &hf);
        while (hrc == CSP_OK && (hrc = csp_duty_holding_next(&h, hit)) == CSP_OK) {
            csp_duty *d;
            if (csp_duty_get(&d, reg, csp_duty_holding_duty(h)) == CSP_OK) {
                printf("    holds %s: %s [%s]\n", csp_duty_id(d), csp_duty_source(d), csp_duty_confidence(d));
                csp_duty_free(d);
            }
            csp_duty_holding_free(h);
        }
        csp_duty_holding_iterator_free(hit);
        status = check(hrc, "duty holdings");
        if (!status && csp_partnership_area(p))
            status = print_svd_holders(reg, csp_partnership_area(p));
        csp_partnership_free(p);
    }
    if (!status)
        status = check(rc, "partnerships");
    csp_partnership_iterator_free(it);
    csp_register_close(reg);
    return status;
}
