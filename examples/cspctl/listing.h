/* cspctl: what `cspctl list REGISTER NOUN` prints for each entity. The table
 * (listing.c) is generated from libcsp/model/model.toml (each entity's `list`
 * and `cli`) by tools/modelgen. */
#ifndef CSPCTL_LISTING_H
#define CSPCTL_LISTING_H

#include <csp/csp.h>

typedef struct cspctl_listing {
    const char *noun;   /* the entity's plural: "organisations" */
    const char *alias;  /* another noun for it ("holdings"), or NULL */
    int entity;         /* CSP_ENTITY_... */
    int ncolumns;
    const int *columns; /* the fields printed, in order */
} cspctl_listing;

extern const cspctl_listing cspctl_listings[];
extern const size_t cspctl_listing_count;

#endif
