/**
 * @file governance.h
 * @brief What a partnership's coordinator asks of its meetings, actions and risks.
 *
 * The records themselves (meetings, agenda items, attendance, actions and
 * their updates, risks and their reviews) are in meeting.h, action.h and
 * risk.h; the questions below read across them, always as of a date the caller
 * gives (never the wall clock):
 *  - which actions are overdue (csp_query_overdue_actions()), and which have
 *    had no update since the partnership last met (csp_actions_without_update());
 *  - how far the actions serving a strategy element, or anything under it in
 *    the strategy's tree, are done (csp_element_progress());
 *  - whether a meeting was quorate (csp_meeting_quorate());
 *  - the risk register a board reads: open risks by score (csp_query_open_risks()).
 *
 * Actions by champion, by owner or by strategy element, and actions with no
 * champion, are plain queries: csp_query_where() on CSP_ACTION_CHAMPION,
 * CSP_ACTION_OWNER_PARTNERSHIP, CSP_ACTION_OWNER_ORGANISATION or
 * CSP_ACTION_SERVES (CSP_OP_EQ, or CSP_OP_UNSET for "none"), or the typed
 * filter csp_action_filter.
 *
 * An action is open while its status is "open" or "in_progress"; "done",
 * "cancelled" and "superseded" close it.
 */
#ifndef CSP_GOVERNANCE_H
#define CSP_GOVERNANCE_H

#include "common.h"
#include "query.h"
#include "register.h"

#include <stddef.h>

CSP_BEGIN_DECLS

/** A list of record ids a question answers with (opaque). */
typedef struct csp_id_list csp_id_list;

/** The number of ids in the list (0 for NULL). */
CSP_API size_t csp_id_list_count(const csp_id_list *list);

/**
 * The id at index i, borrowed from the list (valid until csp_id_list_free());
 * NULL when i is out of range or list is NULL.
 */
CSP_API const char *csp_id_list_get(const csp_id_list *list, size_t i);

/** Frees a list. Accepts NULL. */
CSP_API void csp_id_list_free(csp_id_list *list);

/**
 * A query over actions overdue on a date: due wholly before as_of (a partial
 * due date is due by the end of the period it names: "2024-03" is overdue from
 * 1 April 2024) and still open. Run it with csp_record_iterator_new() or
 * csp_action_iterator_query(); add conditions or an order to it as to any
 * query. Its order is the due date, then the id.
 * @param[out] out     the query, owned by the caller (csp_query_free()); NULL on failure
 * @param partnership  the partnership whose actions, or NULL for every partnership's
 * @param as_of        the date, ISO 8601 (full or partial: "2024-06" means by 1 June 2024)
 * @return CSP_OK, CSP_EARG (out or as_of NULL), CSP_EDATE (as_of), CSP_EINVALID (partnership not an id), CSP_ENOMEM.
 */
CSP_API int csp_query_overdue_actions(csp_query **out, const char *partnership, const char *as_of);

/**
 * A query over a partnership's risk register as a board reads it: risks not
 * closed (open, treated or tolerated), highest score first, then by id.
 * @param[out] out     the query, owned by the caller (csp_query_free()); NULL on failure
 * @param partnership  the partnership, or NULL for every partnership's risks
 * @return CSP_OK, CSP_EARG, CSP_EINVALID (partnership not an id), CSP_ENOMEM.
 */
CSP_API int csp_query_open_risks(csp_query **out, const char *partnership);

/**
 * The last meeting of a partnership held on or before a date: the meeting
 * with status "held" whose date is latest among those not after as_of (ties:
 * the greatest id).
 * @param[out] out     its id, owned by the caller (csp_free()); NULL when none was held
 * @param reg          the register
 * @param partnership  the partnership's id
 * @param as_of        the date, ISO 8601
 * @return CSP_OK (also when none was held), CSP_EARG, CSP_EDATE, CSP_ENOTFOUND (no such
 *         partnership), CSP_EINVALID, CSP_ENOMEM, or a store error.
 */
CSP_API int csp_partnership_last_meeting(char **out, csp_register *reg, const char *partnership, const char *as_of);

/**
 * The duties the law gives a partnership on a date: the built-in duties
 * (docs/duties.md) that fall on its kind (applies_to), have commenced by
 * as_of, have not ended (a pilot's ends_on), and, where a duty names areas (a
 * pilot's), name the partnership's area. Owed whether or not a holding is
 * recorded: a holding says who discharges a duty (csp/duty.h), not whether
 * it is owed. England's duties: where Wales differs, see docs/law.md. In id
 * order.
 * @param[out] out     the duties' ids, owned by the caller (csp_id_list_free()); NULL on failure
 * @param reg          the register
 * @param partnership  the partnership's id
 * @param as_of        the date, ISO 8601 (a partial date: the duties in force on its first day)
 * @return CSP_OK, CSP_EARG, CSP_EDATE, CSP_ENOTFOUND (no such partnership), CSP_EINVALID,
 *         CSP_ENOMEM, or a store error.
 */
CSP_API int csp_partnership_duties_owed(csp_id_list **out, csp_register *reg, const char *partnership,
                                        const char *as_of);

/**
 * The actions of a partnership that have had no update since its last
 * meeting: open on as_of, raised before the last meeting held on or before
 * as_of (csp_partnership_last_meeting()), and with no progress update dated on
 * or after that meeting's date. Empty when the partnership has held no
 * meeting. In id order.
 * @param[out] out     the ids, owned by the caller (csp_id_list_free()); NULL on failure
 * @param reg          the register
 * @param partnership  the partnership's id
 * @param as_of        the date, ISO 8601
 * @return CSP_OK, CSP_EARG, CSP_EDATE, CSP_ENOTFOUND (no such partnership), CSP_EINVALID,
 *         CSP_ENOMEM, or a store error.
 */
CSP_API int csp_actions_without_update(csp_id_list **out, csp_register *reg, const char *partnership,
                                       const char *as_of);

/**
 * How far the actions serving a strategy element are done, counting the
 * actions that serve any element under it in the strategy's tree: done is the
 * number with status "done", total the number not cancelled or superseded
 * (so done / total is the share done; total 0 means no action serves it).
 * @param[out] done     actions done
 * @param[out] total    actions counted
 * @param reg           the register
 * @param element       the element's id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND (no such element), CSP_ENOMEM, or a store error.
 */
CSP_API int csp_element_progress(size_t *done, size_t *total, csp_register *reg, const char *element);

/**
 * Whether a meeting was quorate: as many seats present (in person or by a
 * substitute) as the partnership's quorum.
 * @param[out] quorate  1 quorate, 0 not, -1 not known (the partnership records
 *                      no quorum, or the meeting no attendance)
 * @param[out] present  the number of seats recorded present
 * @param reg           the register
 * @param meeting       the meeting's id
 * @return CSP_OK, CSP_EARG, CSP_ENOTFOUND (no such meeting), CSP_ENOMEM, or a store error.
 */
CSP_API int csp_meeting_quorate(int *quorate, size_t *present, csp_register *reg, const char *meeting);

CSP_END_DECLS

#endif
