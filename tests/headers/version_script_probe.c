/* A library linked with cmake/libcsp.map whose functions all have default
 * visibility: the version script alone must keep csp__probe_internal out of
 * its exports (tests/headers: exports.version_script). */
int csp_probe_public(void);
int csp__probe_internal(void);

int csp__probe_internal(void)
{
    return 1;
}

int csp_probe_public(void)
{
    return csp__probe_internal() + 1;
}
