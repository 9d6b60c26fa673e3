# Runs cspctl the way a user would and checks exit codes and messages.
# cmake -DCSPCTL=... -DSOURCE_DIR=... -DWORK_DIR=... -P cspctl_test.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures 0)
set(passes 0)

# expect(NAME EXIT_CODE STDERR_REGEX STDOUT_REGEX ARGS...)
function(expect name code err_re out_re)
  execute_process(COMMAND "${CSPCTL}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(ok TRUE)
  if(NOT rc STREQUAL "${code}")
    set(ok FALSE)
    message("FAIL ${name}: exit ${rc}, expected ${code}")
  endif()
  if(NOT err MATCHES "${err_re}")
    set(ok FALSE)
    message("FAIL ${name}: stderr [${err}] does not match [${err_re}]")
  endif()
  if(NOT out MATCHES "${out_re}")
    set(ok FALSE)
    message("FAIL ${name}: stdout does not match [${out_re}]")
  endif()
  if(ok)
    math(EXPR p "${passes} + 1")
    set(passes ${p} PARENT_SCOPE)
  else()
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
endfunction()

# expect_absent(NAME REGEX ARGS...): exits 0 and stdout has nothing matching REGEX.
function(expect_absent name re)
  execute_process(COMMAND "${CSPCTL}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc STREQUAL "0" AND NOT out MATCHES "${re}")
    math(EXPR p "${passes} + 1")
    set(passes ${p} PARENT_SCOPE)
  else()
    string(REGEX MATCH "[^\n]*${re}[^\n]*" hit "${out}")
    message("FAIL ${name}: exit ${rc}; stdout has [${hit}], matching [${re}]")
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
endfunction()

set(reg "${WORK_DIR}/r.csp")
set(data "${SOURCE_DIR}/examples/data")
file(WRITE "${WORK_DIR}/bad-role.json"
  "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"police\"}],\n"
  " \"partnerships\": [{\"id\": \"p\", \"name\": \"P\", \"kind\": \"board\",\n"
  "   \"members\": [{\"id\": \"m\", \"organisation\": \"o\", \"role\": \"chiar\"}]}]}\n")
file(WRITE "${WORK_DIR}/bad-syntax.json" "{\"format\": \"libcsp/1\",\n  \"people\": [}\n")

expect(help 0 "^$" "usage: cspctl \\[--busy-timeout MS\\] COMMAND" --help)
expect(no-command 2 "usage" "^$")
expect(unknown-command 2 "unknown command \"frobnicate\"" "^$" frobnicate)
foreach(cmd import export list verify backup demo)
  expect(help-${cmd} 0 "^$" "usage: cspctl ${cmd}" ${cmd} --help)
endforeach()
expect(version 0 "^$" "cspctl \\(libcsp\\) [0-9]+\\.[0-9]+\\.[0-9]+" --version)
expect(import-usage 2 "expected REGISTER" "^$" import "${reg}")
expect(import-examples 0 "^$" "imported .*ealing.json" import "${reg}" "${data}/ealing.json" "${data}/hackney.json"
       "${data}/westminster.json")
expect(import-again-is-a-no-op 0 "^$" "imported" import "${reg}" "${data}/ealing.json")
expect(import-bad-role 1 "bad-role.json: partnerships\\[0\\]\\.members\\[0\\]\\.role: unknown value \"chiar\"" ""
       import "${reg}" "${WORK_DIR}/bad-role.json")
expect(import-bad-syntax 1 "bad-syntax.json: invalid JSON at line 2, column" "" import "${reg}" "${WORK_DIR}/bad-syntax.json")
expect(import-missing-file 1 "missing.json: cannot open" "" import "${reg}" "${WORK_DIR}/missing.json")
expect(list-partnerships 0 "^$" "ealing-sep\tcommunity_safety_partnership\tSafer Ealing Partnership" list "${reg}" partnerships)
expect(list-duties 0 "^$" "pcsc2022.s8.serious_violence_duty\tcontinuous\tverified\tyes\t2023-01-31" list "${reg}" duties)
expect(list-header 0 "^$" "^id\tduty\tpartnership\torganisation\tstart_date\tend_date\n" list "${reg}" holdings)
expect(list-plural-noun 0 "^$" "ealing-sep-serious-violence-duty\tpcsc2022.s8.serious_violence_duty" list "${reg}" duty_holdings)
expect(list-unknown 2 "expected one of: organisations people partnerships memberships duties holdings" "^$" list "${reg}" widgets)
expect(list-help-every-noun 0 "^$" "organisations .*holdings .*discharges " list --help)
expect(export-stdout 0 "^$" "\"format\": \"libcsp/1\"" export "${reg}")
expect(export-file 0 "^$" "^$" export --compact "${reg}" "${WORK_DIR}/out.json")
expect(export-missing-register 1 "not-a-register.csp: cannot open" "" export "${WORK_DIR}/not-a-register.csp")
expect(demo 0 "^$" "Safer Westminster Partnership" demo "${data}")
# verify and backup.
expect(verify-sound 0 "^$" "r\\.csp: sound" verify "${reg}")
expect(verify-usage 2 "expected REGISTER" "^$" verify)
expect(backup 0 "^$" "backed up .*r\\.csp to .*copy\\.csp" backup "${reg}" "${WORK_DIR}/copy.csp")
expect(backup-copy-is-sound 0 "^$" "copy\\.csp: sound" verify "${WORK_DIR}/copy.csp")
expect(backup-usage 2 "expected REGISTER FILE" "^$" backup "${reg}")
if(PYTHON)
  # Damage past the schema's checks, as a bit flip would: verify names it, exit 1.
  file(COPY_FILE "${reg}" "${WORK_DIR}/damaged.csp")
  execute_process(COMMAND "${PYTHON}" -c "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('PRAGMA ignore_check_constraints = ON'); db.execute(\"UPDATE memberships SET role = 'chaip' WHERE id = 'ealing-sep-chair'\"); db.commit()" "${WORK_DIR}/damaged.csp")
  expect(verify-damaged 1 "damaged\\.csp: 1 finding" "record: membership \"ealing-sep-chair\": role: unknown value \"chaip\"" verify "${WORK_DIR}/damaged.csp")
  expect(list-damaged 1 "is damaged: membership \"ealing-sep-chair\": role: unknown value" "" list "${WORK_DIR}/damaged.csp" memberships)
endif()

# Another process holds the register: the error names the register (not the
# document), says what is wrong, and --busy-timeout sets how long to wait.
expect(busy-timeout-bad 2 "--busy-timeout takes a number of milliseconds" "^$" --busy-timeout soon list "${reg}" duties)
if(PYTHON)
  # Python takes the write lock and says so on stdout; cspctl starts after that line.
  execute_process(
    COMMAND "${PYTHON}" -c "import sqlite3, sys, time; db = sqlite3.connect(sys.argv[1], isolation_level=None); db.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(1); db.execute('ROLLBACK')" "${reg}"
    COMMAND sh -c "read line && exec \"$0\" --busy-timeout 200 import \"$1\" \"$2\"" "${CSPCTL}" "${reg}" "${data}/ealing.json"
    RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
  if(rc EQUAL 1 AND err MATCHES "register \"[^\"]*r\\.csp\" is in use by another process, which did not let it go within 200 ms")
    math(EXPR passes "${passes} + 1")
  else()
    message("FAIL busy-names-the-register: exit ${rc}, stderr [${err}]")
    math(EXPR failures "${failures} + 1")
  endif()
else()
  message("busy-names-the-register: skipped (no Python to hold the lock)")
endif()

# A hostile id (the hardening issue's): the error is one line, its escape
# sequences written out, nothing that acts on the terminal.
file(WRITE "${WORK_DIR}/hostile.json"
  "{\"format\": \"libcsp/1\", \"organisations\": [{\"id\": \"x\\u001b]0;PWNED\\u0007\\u001b[2J\\nsecond line\", "
  "\"name\": \"N\", \"kind\": \"other\"}]}\n")
expect(import-hostile-id 1 "organisations\\[0\\]\\.id: id \"x\\\\u001B\\]0;PWNED\\\\u0007\\\\u001B\\[2J\\\\u000Asecond line\" has a bad character" ""
       import "${reg}" "${WORK_DIR}/hostile.json")
execute_process(COMMAND "${CSPCTL}" import "${reg}" "${WORK_DIR}/hostile.json" ERROR_VARIABLE err OUTPUT_QUIET)
string(ASCII 7 8 27 bell_bs_esc)
string(REGEX MATCHALL "\n" newlines "${err}")
list(LENGTH newlines nl)
if(err MATCHES "[${bell_bs_esc}]" OR NOT nl EQUAL 1)
  message("FAIL import-hostile-id-one-safe-line: stderr [${err}] has ${nl} line ends or a control character")
  math(EXPR failures "${failures} + 1")
else()
  math(EXPR passes "${passes} + 1")
endif()

# The demo as a council officer reads it (issue: the first hour).
set(d2026 demo --as-of 2026-12-01 "${data}")
expect(demo-states-date 0 "^$" "as of 1 December 2026" ${d2026})
expect(demo-expired-strategy 0 "^$" "SEP strategy 2020-2023[^\n]*\n[^\n]*\n *Not in force on 1 December 2026: its period ended with 2023" ${d2026})
expect(demo-expired-borough-plan 0 "^$" "Borough plan 2018-22[^\n]*\n *Not in force on 1 December 2026: its period ended with 2022" ${d2026})
expect(demo-expired-swp 0 "^$" "SWP strategy 2017/20[^\n]*\n *Not in force on 1 December 2026: its period ended with 2020" ${d2026})
expect(demo-in-force-then 0 "^$" "SEP strategy 2020-2023[^\n]*\n[^\n]*\n *In force on 1 June 2021" demo --as-of 2021-06-01 "${data}")
expect(demo-duty-labels 0 "^$" "held  Serious Violence Duty; continuous; held since 31 January 2023\n *Police, Crime, Sentencing and Courts Act 2022 s8 \\(verified\\)" ${d2026})
expect(demo-owed-beside-held 0 "^$" "Duties the law gives every community safety partnership on 1 December 2026" ${d2026})
expect(demo-seat-post-and-person 0 "^$" "Chair: cabinet member for tackling inequality \\(Jasbir Anand\\)" ${d2026})
expect(demo-seat-body-only 0 "^$" "Member \\(the source names the body, not a post\\)" ${d2026})
expect(demo-why-no-seats 0 "^$" "Hackney community safety partnership \\(CSP\\)\n(  [^\n]*\n|    [^\n]*\n)*  Seats: none recorded \\(the source does not list who sits on it\\)" ${d2026})
expect_absent(demo-no-codes "pcsc2022\\.|_partnership\\]|community_safety_partnership|three_yearly|per_event|secondary_source|agreed, agreed|member \\(seat\\)|\\(no seats recorded\\)" ${d2026})
string(REPEAT "[^\n]" 80 eighty_columns)
expect_absent(demo-fits-79-columns "${eighty_columns}" ${d2026})
expect(demo-bad-date 2 "\"2021-02-30\" is not a date" "^$" demo --as-of 2021-02-30 "${data}")
expect(demo-date-missing 2 "--as-of needs a DATE" "^$" demo --as-of)
expect(demo-finds-its-data 0 "^$" "Safer Westminster Partnership" demo)
expect(demo-missing-dir 1 "cannot read the example data directory" "" demo "${WORK_DIR}/nowhere")

message("${passes} passed, ${failures} failed")
if(failures GREATER 0)
  message(FATAL_ERROR "cspctl tests failed")
endif()
