/* The public register open: the store's open with the model's migration hook. */
#include "model/catalogue.h"
#include "store/store.h"

int csp_register_open(csp_register **out, const char *path, const csp_open_options *opts)
{
    return csp__store_open(out, path, opts, csp__catalogue_install);
}
