/*
 * cspctl import-moderngov: imports the XML responses of a ModernGov committee
 * system's web service into a register.
 *
 * The mapping from ModernGov to libcsp is written once, in Python, in the
 * binding's package (bindings/python/libcsp/moderngov.py: expat for the XML,
 * the libcsp Python API for every write, in one transaction). This command is
 * a thin door to it: it runs
 *
 *     $CSPCTL_PYTHON -c '<run libcsp.moderngov.main>' ARGS...
 *
 * (python3 when CSPCTL_PYTHON is unset) with the same arguments, in place of
 * cspctl (execvp), so the exit status and the messages are the importer's:
 * 0 done, 1 an error in a response, the mapping or the register (one line
 * naming the file, element and line; the register unchanged), 2 a usage error.
 * It needs the libcsp Python binding importable by that python.
 */
#define _POSIX_C_SOURCE 200809L
#include "cspctl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char moderngov_help[] =
    "usage: cspctl import-moderngov REGISTER --mapping FILE [--dry-run] [--busy-timeout MS]\n"
    "                               RESPONSE.xml...\n"
    "\n"
    "Imports the XML responses of a ModernGov web service (mgWebService.asmx:\n"
    "GetCommittees, GetMeetings, GetMeeting, saved with curl) into REGISTER\n"
    "(created if missing), in one transaction: committees become partnerships,\n"
    "with their meetings, agenda items, documents and attendance, as the mapping\n"
    "FILE (JSON) says; a committee not in it is skipped. Prints a report of what\n"
    "was mapped, skipped and not understood. Importing the same responses again\n"
    "changes nothing. See examples/moderngov/README.md.\n"
    "  --mapping FILE     committees -> partnerships (kind, area), members -> seats\n"
    "  --dry-run          report what would be imported; write nothing\n"
    "  --busy-timeout MS  wait up to MS milliseconds for a register being written\n"
    "\n"
    "This command needs the libcsp Python binding: it runs the importer of the\n"
    "Python package (libcsp.moderngov) with python3, or the Python named by the\n"
    "environment variable CSPCTL_PYTHON, which must be able to `import libcsp`\n"
    "(pip install ./bindings/python, or PYTHONPATH=build/bindings/python/package).\n"
    "Exit status: 0 done, 1 an error in a response, the mapping or the register\n"
    "(one line naming the file, element and line; the register unchanged), 2 a\n"
    "usage error.\n";

/* What the python runs: the importer's main, or one line saying what is missing. */
static char bootstrap[] =
    "import sys\n"
    "try:\n"
    "    from libcsp import moderngov\n"
    "except ImportError as e:\n"
    "    sys.stderr.write('cspctl import-moderngov: needs the libcsp Python binding "
    "(pip install ./bindings/python, or PYTHONPATH=build/bindings/python/package), "
    "which %s cannot import: %s\\n' % (sys.executable, e))\n"
    "    sys.exit(1)\n"
    "sys.exit(moderngov.main(sys.argv[1:], prog='cspctl import-moderngov'))\n";

static char default_python[] = "python3";
static char dash_c[] = "-c";

int cspctl_import_moderngov(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (is_help(argv[i]))
            return fputs(moderngov_help, stdout), EXIT_SUCCESS;
    if (argc < 2)
        return usage_error("import-moderngov", "expected REGISTER --mapping FILE RESPONSE.xml...");
    char *python = getenv("CSPCTL_PYTHON");
    if (!python || !*python)
        python = default_python;
    /* python -c BOOTSTRAP ARGS... NULL */
    char **args = calloc((size_t)argc + 3, sizeof *args);
    if (!args) {
        fprintf(stderr, "%s import-moderngov: out of memory\n", prog);
        return EXIT_FAILURE;
    }
    args[0] = python;
    args[1] = dash_c;
    args[2] = bootstrap;
    for (int i = 1; i < argc; i++)
        args[i + 2] = argv[i];
    args[argc + 2] = NULL;
    fflush(stdout);
    fflush(stderr);
    execvp(python, args);
    int err = errno;
    free(args);
    fprintf(stderr, "%s import-moderngov: cannot run ", prog);
    put_text(stderr, python);
    fprintf(stderr,
            ": %s (this command needs Python 3 with the libcsp binding; set CSPCTL_PYTHON to "
            "its python)\n",
            strerror(err));
    return EXIT_FAILURE;
}
