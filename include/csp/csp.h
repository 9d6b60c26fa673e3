/**
 * @file csp.h
 * @brief libcsp: the record of a community safety partnership, and the law it answers to.
 *
 * Include this one header to get the whole public API.
 *
 * Generated from libcsp/model/model.toml by tools/modelgen: do not edit.
 */
#ifndef CSP_H
#define CSP_H

#include "common.h"
#include "version.h"
#include "error.h"
#include "date.h"
#include "register.h"
#include "schema.h"
#include "model.h"
#include "query.h"
#include "record.h"
#include "organisation.h"
#include "person.h"
#include "partnership.h"
#include "membership.h"
#include "duty.h"
#include "strategy.h"
#include "assessment.h"
#include "meeting.h"
#include "action.h"
#include "risk.h"
#include "review.h"
#include "indicator.h"
#include "source.h"
#include "governance.h"
#include "check.h"
#include "json.h"

#endif /* CSP_H */
