// Links a C++ program against libcsp.so: the public headers must declare the
// API extern "C" for this to link. Run by the header.cxx.link test.
#include <csp/csp.h>

#include <cstdio>
#include <cstring>

int main()
{
    csp_register *reg = nullptr;
    if (csp_register_open(&reg, ":memory:", nullptr) != CSP_OK) {
        std::fprintf(stderr, "csp_register_open: %s\n", csp_error_last()->message);
        return 1;
    }
    const char *v = csp_version();
    csp_register_close(reg);
    if (std::strcmp(v, CSP_VERSION_STRING) != 0) {
        std::fprintf(stderr, "csp_version() is %s, headers say %s\n", v, CSP_VERSION_STRING);
        return 1;
    }
    std::printf("C++ program linked against libcsp %s\n", v);
    return 0;
}
