/* Internal: ends one expansion of entities.def (see its header comment).
 * Include after `#include "model/entities.def"`; deliberately no include guard. */
#undef CSP_ENUM
#undef CSP_ENTITY
#undef CSP_FIELD
#undef CSP_ENTITY_END
