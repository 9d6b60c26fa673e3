/* Generated from libcsp/model/model.toml by tools/modelgen: do not edit. */
/* The rule catalogue as C: each rule and the function that evaluates it (rules.h). */
#ifndef CSP_RULES_CATALOGUE_H
#define CSP_RULES_CATALOGUE_H

#include "rules/rules.h"

#define CSP__RULE_COUNT 20

extern const csp__rule csp__rules[CSP__RULE_COUNT];

/* The evaluators, one per kind of check (in the family files of libcsp/rules/). */
int csp__rule_authorities_represented(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_chair_in_post(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_svd_holders_represented(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_seats_filled(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_assessment_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_plan_in_force(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_plan_revised_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_plan_covers_strands(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_plan_sent_to_pcc(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_engagement_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_svd_outputs(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_cadence_kept(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_meetings_quorate(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_actions_championed(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_actions_on_time(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_actions_updated(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_scrutinised_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_recommendations_answered(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_review_decided_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);
int csp__rule_review_submitted_within(csp__check_ctx *ctx, const csp__rule *rule, const csp__record *partnership);

#endif
