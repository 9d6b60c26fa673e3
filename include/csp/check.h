/**
 * @file check.h
 * @brief The compliance checker: is each partnership doing what the law asks, as of a date, and why.
 *
 * A catalogue of rules (docs/rules.md), each traced to its legal source with
 * how sure we are of the figure it rests on, is evaluated for each partnership
 * it applies to, as of a date the caller gives: the library never reads the
 * clock. Each finding says whether the rule is met (the record shows it), not
 * met (the record shows it unmet) or not shown (the record lacks what would
 * decide it: unknown is never a pass), with the subject, a message a chair can
 * read, the legal source, the confidence, the records it rests on and, where
 * one applies, the date by which it must be put right.
 *
 * The same register and date give the same findings in the same order:
 * partnerships by id, then the rules in catalogue order, then the subjects of
 * a rule by id.
 *
 *     csp_report *report;
 *     if (csp_check(&report, reg, "2024-06-30", NULL) == CSP_OK) {
 *         for (size_t i = 0; i < csp_report_count(report); i++) {
 *             const csp_finding *f = csp_report_finding(report, i);
 *             if (csp_finding_result(f) != CSP_RESULT_MET)
 *                 printf("%s %s\n", csp_finding_rule(f), csp_finding_message(f));
 *         }
 *         csp_report_free(report);
 *     }
 */
#ifndef CSP_CHECK_H
#define CSP_CHECK_H

#include "common.h"
#include "register.h"

#include <stddef.h>

CSP_BEGIN_DECLS

/** What a finding says of its rule. Values are stable. */
typedef enum csp_result {
    CSP_RESULT_MET = 1,       /**< the record shows the rule met */
    CSP_RESULT_NOT_MET = 2,   /**< the record shows it not met */
    CSP_RESULT_NOT_SHOWN = 3  /**< the record lacks what would decide it */
} csp_result;

/** csp_check_options.skip_confidence: leave out the rules resting on secondary sources. */
#define CSP_CHECK_SKIP_SECONDARY 0x1u
/** csp_check_options.skip_confidence: leave out the rules resting on unverified figures. */
#define CSP_CHECK_SKIP_UNVERIFIED 0x2u
/** csp_check_options.flags: leave out the findings that are met. */
#define CSP_CHECK_PROBLEMS_ONLY 0x1u

/** The version of csp_check_options this header describes. */
#define CSP_CHECK_OPTIONS_VERSION 1

/** What to check. Initialise with CSP_CHECK_OPTIONS_INIT; fields are only ever appended. */
typedef struct csp_check_options {
    unsigned int version;         /**< CSP_CHECK_OPTIONS_VERSION */
    const char *partnership;      /**< check this partnership only; NULL: every one */
    const char *const *skip;      /**< rule ids not to run, NULL-terminated; NULL: none */
    const char *const *enable;    /**< rules off by default to run (docs/rules.md), NULL-terminated; NULL: none */
    unsigned int skip_confidence; /**< CSP_CHECK_SKIP_SECONDARY, CSP_CHECK_SKIP_UNVERIFIED */
    unsigned int flags;           /**< CSP_CHECK_PROBLEMS_ONLY */
} csp_check_options;

/** The defaults: every partnership, every rule on by default, every finding. */
#define CSP_CHECK_OPTIONS_INIT {CSP_CHECK_OPTIONS_VERSION, NULL, NULL, NULL, 0u, 0u}

/** The findings of a check (opaque). */
typedef struct csp_report csp_report;

/** One finding, borrowed from its report (opaque). */
typedef struct csp_finding csp_finding;

/**
 * Checks the register as of a date.
 * @param[out] out  the report, owned by the caller (csp_report_free()); NULL on failure
 * @param reg       the register (read in one snapshot; not written)
 * @param as_of     the date, a full ISO 8601 date ("2024-06-30")
 * @param opts      options, or NULL for the defaults
 * @return CSP_OK, CSP_EARG (NULL, unknown options version or flags, an unknown
 *         rule id in skip or enable), CSP_EDATE (as_of not a full date),
 *         CSP_ENOTFOUND (opts->partnership is not in the register),
 *         CSP_ENOMEM, or a store error.
 */
CSP_API int csp_check(csp_report **out, csp_register *reg, const char *as_of, const csp_check_options *opts);

/** Frees a report and its findings. Accepts NULL. */
CSP_API void csp_report_free(csp_report *report);

/** The date the report was checked as of (borrowed); NULL for NULL. */
CSP_API const char *csp_report_as_of(const csp_report *report);

/** The number of findings (0 for NULL). */
CSP_API size_t csp_report_count(const csp_report *report);

/** The number of findings with a result (CSP_RESULT_...), and of those a severity ("breach"; NULL: any). */
CSP_API size_t csp_report_count_result(const csp_report *report, int result, const char *severity);

/** Finding i, borrowed from the report (valid until csp_report_free()); NULL out of range. */
CSP_API const csp_finding *csp_report_finding(const csp_report *report, size_t i);

/** The finding's rule id ("CSP-PLAN-001"); NULL for NULL. */
CSP_API const char *csp_finding_rule(const csp_finding *finding);
/** Its result: CSP_RESULT_MET, CSP_RESULT_NOT_MET or CSP_RESULT_NOT_SHOWN; 0 for NULL. */
CSP_API int csp_finding_result(const csp_finding *finding);
/** Its rule's family ("duties"; enum rule_family). */
CSP_API const char *csp_finding_family(const csp_finding *finding);
/** Its rule's title, for people. */
CSP_API const char *csp_finding_title(const csp_finding *finding);
/** Its rule's severity: "breach", "warning" or "advice" (enum rule_severity). */
CSP_API const char *csp_finding_severity(const csp_finding *finding);
/** How sure the figure the rule rests on is: "verified", "secondary" or "unverified". */
CSP_API const char *csp_finding_confidence(const csp_finding *finding);
/** The legal source of the rule. */
CSP_API const char *csp_finding_source(const csp_finding *finding);
/** The id of the partnership checked. */
CSP_API const char *csp_finding_partnership(const csp_finding *finding);
/** The entity of its subject (CSP_ENTITY_...: the partnership, or an action, a meeting); -1 for NULL. */
CSP_API int csp_finding_subject_entity(const csp_finding *finding);
/** The id of its subject. */
CSP_API const char *csp_finding_subject(const csp_finding *finding);
/** What was found, in a sentence or two a chair can read (says when a date is partial or a figure not verified). */
CSP_API const char *csp_finding_message(const csp_finding *finding);
/** What would clear it (the rule's remedy). */
CSP_API const char *csp_finding_fix(const csp_finding *finding);
/** The date by which it must be put right, or by which it falls due again; NULL when none applies. */
CSP_API const char *csp_finding_due(const csp_finding *finding);
/** The number of records the finding rests on. */
CSP_API size_t csp_finding_evidence_count(const csp_finding *finding);
/** The entity of evidence record i (CSP_ENTITY_...), -1 out of range. */
CSP_API int csp_finding_evidence_entity(const csp_finding *finding, size_t i);
/** The id of evidence record i, NULL out of range. */
CSP_API const char *csp_finding_evidence_id(const csp_finding *finding, size_t i);

/** The number of rules in the catalogue. */
CSP_API size_t csp_rule_count(void);
/** The id of rule i in catalogue order; NULL out of range. */
CSP_API const char *csp_rule_id(size_t i);
/** The index of a rule by id, or CSP_ENOTFOUND. */
CSP_API int csp_rule_find(const char *id);
/** Rule i's family. */
CSP_API const char *csp_rule_family(size_t i);
/** Rule i's title. */
CSP_API const char *csp_rule_title(size_t i);
/** Rule i's legal source. */
CSP_API const char *csp_rule_source(size_t i);
/** Rule i's confidence. */
CSP_API const char *csp_rule_confidence(size_t i);
/** Rule i's severity. */
CSP_API const char *csp_rule_severity(size_t i);
/** What rule i checks, for a chair. */
CSP_API const char *csp_rule_explain(size_t i);
/** What would clear a failure of rule i. */
CSP_API const char *csp_rule_fix(size_t i);
/** 1 when rule i runs unless skipped, 0 when it must be enabled, -1 out of range. */
CSP_API int csp_rule_on_by_default(size_t i);
/** 1 when rule i applies to partnerships of that kind (a partnership_kind value), 0 if not, -1 out of range. */
CSP_API int csp_rule_applies_to(size_t i, const char *kind);

CSP_END_DECLS

#endif
