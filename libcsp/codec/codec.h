/* Internal: what the JSON codec (codec/json.c) lets the library's own tests tune. */
#ifndef CSP_CODEC_CODEC_H
#define CSP_CODEC_CODEC_H

#include <stddef.h>

/* How many bytes of a file the import reads at a time (1 MiB). The window
 * grows to hold the largest value; a test sets it smaller so that a small
 * document crosses it, which keeps the test quick under valgrind. */
extern size_t csp__json_window;
/* The size from which an import loads in bulk (json.c, import_source): a
 * megabyte of JSON; the tests set it lower. */
extern size_t csp__json_bulk_min;

#endif
