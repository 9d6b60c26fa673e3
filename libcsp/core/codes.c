/* Generated from libcsp/model/model.toml by tools/modelgen: do not edit. */
/* The names of the result codes (error.h, codes.h). */
#include "csp/error.h"

const char *csp_code_name(int code)
{
    switch (code) {
    case CSP_OK: return "CSP_OK";
    case CSP_ERROR: return "CSP_ERROR";
    case CSP_ENOMEM: return "CSP_ENOMEM";
    case CSP_EARG: return "CSP_EARG";
    case CSP_ENOTFOUND: return "CSP_ENOTFOUND";
    case CSP_EEXISTS: return "CSP_EEXISTS";
    case CSP_EINVALID: return "CSP_EINVALID";
    case CSP_EREQUIRED: return "CSP_EREQUIRED";
    case CSP_EENUM: return "CSP_EENUM";
    case CSP_EDATE: return "CSP_EDATE";
    case CSP_EUNKNOWN: return "CSP_EUNKNOWN";
    case CSP_EREFERENCE: return "CSP_EREFERENCE";
    case CSP_EINUSE: return "CSP_EINUSE";
    case CSP_ECONSTRAINT: return "CSP_ECONSTRAINT";
    case CSP_EPARSE: return "CSP_EPARSE";
    case CSP_EIO: return "CSP_EIO";
    case CSP_EBUSY: return "CSP_EBUSY";
    case CSP_EVERSION: return "CSP_EVERSION";
    case CSP_ECORRUPT: return "CSP_ECORRUPT";
    case CSP_ENOTREGISTER: return "CSP_ENOTREGISTER";
    case CSP_EREADONLY: return "CSP_EREADONLY";
    case CSP_ECHANGED: return "CSP_ECHANGED";
    case CSP_ITEROVER: return "CSP_ITEROVER";
    default: return "CSP_ERROR";
    }
}
