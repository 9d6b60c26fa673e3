/*
 * The built-in duty catalogue: the statutory duties of a community safety
 * partnership, from shared/LAW.md, each with its legal source and how sure we
 * are of it. Installed in every new register and upgraded whenever a register
 * is migrated; built-in duties cannot be edited or deleted through the API.
 * docs/duties.md is rendered from this table by csp-docgen.
 */
#include "model/catalogue.h"
#include "core/error.h"
#include "store/store.h"

#include <stdint.h>

#define CSP_KIND_CSP "community_safety_partnership"
#define CSP_KIND_SOG "statutory_officer_group"
#define CSP_KIND_SCRUTINY "scrutiny_committee"

const csp__duty_entry csp__catalogue[] = {
    {"cda1998.s6.strategies",
     "Formulate and implement strategies for (a) crime and disorder including anti-social behaviour, (b) misuse of "
     "drugs, alcohol and other substances, (c) reducing re-offending, (d) serious violence",
     "Crime and Disorder Act 1998 s6(1); (d) added by Police, Crime, Sentencing and Courts Act 2022 s20", NULL,
     "continuous", {CSP_KIND_CSP, CSP_KIND_SOG}, "verified",
     "Met by the partnership plan in force. Strand (d), serious violence, applies from 2023-01-31."},
    {"cda1998.s6.police_and_crime_plan", "Have regard to the police and crime plan for the area",
     "Crime and Disorder Act 1998 s6(1A); Police Reform and Social Responsibility Act 2011 s10", NULL, "continuous",
     {CSP_KIND_CSP}, "verified", NULL},
    {"si2007_1830.strategy_group",
     "Have one strategy group for the area, of at least two people appointed by the responsible authorities, that "
     "prepares strategic assessments and prepares and implements the partnership plan",
     "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007 (SI 2007/1830) reg 3, as "
     "replaced by SI 2011/1230",
     NULL, "continuous", {CSP_KIND_CSP, CSP_KIND_SOG}, "verified", NULL},
    {"si2007_1830.strategic_assessment",
     "Prepare a strategic assessment: levels and patterns of crime, disorder and substance misuse, and the "
     "priorities",
     "SI 2007/1830 regs 5-7", NULL, "yearly", {CSP_KIND_CSP, CSP_KIND_SOG}, "secondary",
     "Content read in the regulations (verified); the yearly cycle is from secondary sources."},
    {"si2007_1830.partnership_plan", "Prepare a partnership plan covering three years, revised every year",
     "SI 2007/1830 regs 10-11", NULL, "three_yearly", {CSP_KIND_CSP, CSP_KIND_SOG}, "secondary",
     "A three-year period with a yearly revision (secondary sources)."},
    {"si2007_1830.plan_to_pcc", "Send the partnership plan to the police and crime commissioner",
     "SI 2007/1830 reg 13A, added by SI 2012/2660", NULL, "per_event", {CSP_KIND_CSP}, "verified",
     "Due on each new or revised plan."},
    {"si2007_1830.community_safety_agreement", "Two-tier areas: prepare a county community safety agreement",
     "SI 2007/1830 regs 9, 9A", NULL, "yearly", {CSP_KIND_CSP}, "secondary",
     "Applies only in two-tier areas. The duty is verified; the yearly cycle is from secondary sources."},
    {"si2007_1830.community_engagement",
     "Seek the views of people who live or work in the area about crime, disorder and substance misuse",
     "SI 2007/1830 reg 12", NULL, "yearly", {CSP_KIND_CSP}, "unverified",
     "The original text is verified; whether the yearly public meeting survived the 2011 amendments is "
     "unverified."},
    {"cda1998.s17a.information_sharing",
     "Share prescribed depersonalised information among the responsible authorities, in quarterly information "
     "periods",
     "Crime and Disorder Act 1998 s17A; SI 2007/1831", NULL, "quarterly", {CSP_KIND_CSP}, "verified", NULL},
    {"si2007_1830.information_sharing_protocol", "Have and keep under review an information sharing protocol",
     "SI 2007/1830 (provisions to facilitate information sharing)", NULL, "continuous", {CSP_KIND_CSP},
     "unverified", "A yearly review is local practice, not a figure read in the law."},
    {"cda1998.s17.due_regard",
     "Exercise every function with due regard to crime, disorder, substance misuse, re-offending and serious "
     "violence",
     "Crime and Disorder Act 1998 s17", NULL, "continuous", {NULL}, "verified",
     "Falls on each responsible authority, not on the partnership."},
    {"pja2006.s19.scrutiny",
     "The crime and disorder committee reviews or scrutinises the responsible authorities' crime and disorder "
     "functions",
     "Police and Justice Act 2006 ss19-20; SI 2009/942",
     NULL, "yearly", {CSP_KIND_SCRUTINY}, "secondary", "At least once every 12 months (secondary sources)."},
    {"dvcva2004.s9.domestic_homicide_review",
     "Domestic homicide review: on police notification, decide and commission a review with an independent chair; "
     "report to the Home Office quality assurance panel before publication",
     "Domestic Violence, Crime and Victims Act 2004 s9", "2011-04-13", "per_event", {CSP_KIND_CSP}, "verified",
     "Per death. The timescales (decide within one month, complete within six months) are unverified."},
    {"pcsc2022.s8.serious_violence_duty",
     "Serious Violence Duty: collaborate to prevent and reduce serious violence, identify its kinds and causes, "
     "prepare and implement a strategy; consult educational, prison and youth custody authorities",
     "Police, Crime, Sentencing and Courts Act 2022 s8", "2023-01-31", "continuous", {CSP_KIND_CSP}, "verified",
     "Keeping the strategy current is the duty; a yearly review is local practice (secondary)."},
    {"svd_guidance.expected_outputs",
     "Serious Violence Duty outputs: a lead partnership arrangement, a local definition of serious violence, data "
     "sharing, a strategic needs assessment and a published strategy",
     "Serious Violence Duty statutory guidance, December 2022", NULL, "continuous", {CSP_KIND_CSP}, "secondary",
     "The first strategy by 2024-01-31 is unverified."},
    {"pcsc2022.s24.offensive_weapons_homicide_review", "Offensive weapons homicide review, in pilot areas",
     "Police, Crime, Sentencing and Courts Act 2022 ss24-36", NULL, "per_event", {CSP_KIND_CSP}, "secondary",
     "Piloted: applies only in pilot areas."},
};

const size_t csp__catalogue_count = sizeof csp__catalogue / sizeof csp__catalogue[0];

int csp__catalogue_record(csp__record *r, const csp__duty_entry *d)
{
    const csp__entity *e = &csp__entities[CSP__E_duty];
    csp__record_init(r, e);
    r->borrowed = 1;
    r->v[CSP__FI_duty_id].s = (char *)(uintptr_t)d->id;
    r->v[CSP__FI_duty_title].s = (char *)(uintptr_t)d->title;
    r->v[CSP__FI_duty_source].s = (char *)(uintptr_t)d->source;
    r->v[CSP__FI_duty_commencement].s = (char *)(uintptr_t)d->commencement;
    r->v[CSP__FI_duty_recurrence].s = (char *)(uintptr_t)d->recurrence;
    r->v[CSP__FI_duty_confidence].s = (char *)(uintptr_t)d->confidence;
    r->v[CSP__FI_duty_note].s = (char *)(uintptr_t)d->note;
    r->v[CSP__FI_duty_builtin].i = 1;
    for (int k = 0; k < 4 && d->applies_to[k]; k++)
        if (csp__strlist_push(&r->v[CSP__FI_duty_applies_to].list, (char *)(uintptr_t)d->applies_to[k]))
            return CSP_ENOMEM;
    return csp__record_validate(r, d->id);
}

int csp__catalogue_install(csp_register *reg)
{
    for (size_t i = 0; i < csp__catalogue_count; i++) {
        csp__record r;
        int rc = csp__catalogue_record(&r, &csp__catalogue[i]);
        if (rc == CSP_OK)
            rc = csp__store_write(reg, &r, CSP__WRITE_UPSERT, 0, NULL);
        csp__record_reset(&r);
        if (rc)
            return rc;
    }
    return CSP_OK;
}
