"""cspctl's listings (examples/cspctl/listing.c): for each entity, the noun
`cspctl list` takes and the columns it prints, from each entity's `list`."""

from __future__ import annotations

from typing import Dict

from common import banner, c_str, c_str_or_null
from model import Model


def emit(model: Model) -> Dict[str, str]:
    lines = [
        banner("c"),
        "/* What `cspctl list REGISTER NOUN` prints for each entity (listing.h). */",
        '#include "listing.h"',
        "",
    ]
    for e in model.entities:
        cols = ", ".join(f.c_const for f in e.list_columns)
        lines.append(f"static const int {e.name}_columns[] = {{{cols}}};")
    lines += ["", "const cspctl_listing cspctl_listings[] = {"]
    for e in model.entities:
        lines.append(f"    {{{c_str(e.plural)}, {c_str_or_null(e.cli)}, {e.c_const}, "
                     f"(int)(sizeof {e.name}_columns / sizeof {e.name}_columns[0]), {e.name}_columns}},")
    lines += ["};", "", "const size_t cspctl_listing_count = sizeof cspctl_listings / sizeof cspctl_listings[0];",
              ""]
    return {"examples/cspctl/listing.c": "\n".join(lines)}
