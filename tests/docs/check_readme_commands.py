#!/usr/bin/env python3
"""Every command in README.md's code blocks works, or at least parses its arguments.

Run by CTest as docs.readme_commands, with this environment:
  CSP_SOURCE_DIR  the repository        CSP_BUILD_DIR  this build tree
  CSPCTL          the built cspctl      CSP_PYTHONPATH the built Python package ('' if none)
  CSP_WORK_DIR    a scratch folder      CMAKE, CTEST, MAKE, PKG_CONFIG, CC: the tools
  CSP_CFLAGS, CSP_LDFLAGS   the build's C and link flags (a sanitizer build's
                  programs need them too); CSP_PY_ENV  VAR=value|... for python3

Each shell block (```sh) is read as a user would type it: comments dropped,
`&&` splitting commands, VAR=value prefixes kept. Each command is checked the
strongest way that does not rebuild the world inside a test run:

  make TARGET                  `make -n TARGET` (the target exists and parses)
  cspctl ...                   run for real, in a scratch folder holding the
                               example data, in README order; `cspctl CMD --help` too
  cmake --preset P             P is one of `cmake --list-presets` (and likewise
  cmake --build --preset P     --build and ctest presets); ctest's other
  ctest --preset P ARGS        arguments parse (`ctest --test-dir BUILD -N ARGS`)
  ctest --test-dir DIR ARGS    the same, on this build tree
  cmake --install DIR ...      run for real, installing this build tree into a
                               scratch prefix (for the README's DIR and prefix)
  cc ... / ./a.out             run for real against that prefix: app.c is
                               tests/install/consumer.c, pkg-config finds the prefix
  python3 -m venv ...          `python3 -m venv --help`; the folder it is given
  .venv/bin/pip install PATH   PATH is a Python project (pyproject.toml); the
                               venv test (python.venv_install) runs both for real
  .venv/bin/python -c CODE     CODE runs, with the built package on PYTHONPATH

A ```cmake block is configured and built for real as a project's CMakeLists.txt
(with an `app` target from app.c) against the scratch prefix.

A command of any other program fails the test: teach this script to check it.
Prints one line per command checked; exits 1 if any fails.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ENV = os.environ
SRC = Path(ENV["CSP_SOURCE_DIR"]).resolve()
BUILD = Path(ENV["CSP_BUILD_DIR"]).resolve()
WORK = Path(ENV["CSP_WORK_DIR"]).resolve()
CSPCTL = ENV["CSPCTL"]
PYTHONPATH = ENV.get("CSP_PYTHONPATH", "")
CMAKE = ENV.get("CMAKE", "cmake")
CTEST = ENV.get("CTEST", "ctest")
MAKE = ENV.get("MAKE", "make") or "make"
CC = ENV.get("CC", "cc") or "cc"
CFLAGS = ENV.get("CSP_CFLAGS", "")
LDFLAGS = ENV.get("CSP_LDFLAGS", "")
PY_ENV = dict(kv.split("=", 1) for kv in ENV.get("CSP_PY_ENV", "").split("|") if "=" in kv)
PREFIX = WORK / "prefix"          # where `cmake --install` puts this build tree
RUN = WORK / "run"                # the user's current folder for cspctl, cc, a.out

failures = []
checked = 0


def run(argv, cwd=None, env=None, input_text=None):
    p = subprocess.run(argv, cwd=cwd, env=env, input=input_text, capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def note(ok, command, how, output=""):
    global checked
    checked += 1
    print(f"{'ok  ' if ok else 'FAIL'} {command}\n       {how}")
    if not ok:
        failures.append(command)
        print("       " + "\n       ".join(output.strip().splitlines()[-15:]))


def presets(kind):
    code, out = run([CMAKE if kind != "test" else CTEST] + (["--build"] if kind == "build" else [])
                    + ["--list-presets"], cwd=SRC)
    return set(re.findall(r'^\s+"([^"]+)"', out, re.M))


def env_with(extra):
    e = dict(ENV)
    e.update(extra)
    return e


def commands(block):
    """(text, env assignments, argv) of each command of a shell block."""
    text = re.sub(r"\\\n", " ", block)
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        # $(...) would be split by shlex: keep it as one word, whole lines with
        # it are run by the shell anyway.
        words = shlex.split(line, comments=True)
        if not words:
            continue
        cmd = []
        for w in words:
            if w == "&&":
                yield cmd
                cmd = []
            else:
                cmd.append(w)
        if cmd:
            yield cmd


def split_env(argv):
    assigns = {}
    while argv and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", argv[0]):
        k, _, v = argv[0].partition("=")
        assigns[k] = v
        argv = argv[1:]
    return assigns, argv


def check_make(argv, shown):
    code, out = run([MAKE, "-n", "-C", str(SRC)] + argv[1:])
    note(code == 0, shown, f"make -n {' '.join(argv[1:])}: exit {code}", out)
    if argv[1:] == ["demo"]:
        # The demo's first run says in one line that it builds, and keeps the
        # build's output in a log (shown only if the build fails).
        quiet = re.search(r"cmake --build --preset \S+; \} *>\S+ 2>&1", out) is not None
        note(quiet, "make demo (quiet build)", "make -n demo: the build's output goes to a log", out)


def check_cspctl(argv, shown):
    code, out = run([CSPCTL] + argv[1:], cwd=RUN)
    note(code == 0, shown, f"ran in {RUN}: exit {code}", out)
    if len(argv) > 1:
        code, out = run([CSPCTL, argv[1], "--help"], cwd=RUN)
        note(code == 0 and "usage: cspctl " + argv[1] in out, f"cspctl {argv[1]} --help",
             f"exit {code}", out)


def check_preset_cmd(argv, shown, env):
    tool = Path(argv[0]).name
    if tool == "cmake" and argv[1:2] == ["--install"]:
        # cmake --install DIR [--prefix P]: this build tree, a scratch prefix.
        args = argv[1:]
        dir_ok = args[1].startswith("build/") if len(args) > 1 else False
        code, out = run([CMAKE, "--install", str(BUILD), "--prefix", str(PREFIX)], env=env)
        note(code == 0 and dir_ok, shown,
             f"cmake --install {BUILD} --prefix {PREFIX}: exit {code}"
             + ("" if dir_ok else f"; README's build folder {args[1:2]} is not under build/"), out)
        return
    kind = "build" if argv[1:2] == ["--build"] else ("test" if tool == "ctest" else "configure")
    rest = argv[1:]
    if kind == "build":
        rest = rest[1:]
    preset = None
    if "--preset" in rest:
        i = rest.index("--preset")
        preset = rest[i + 1] if i + 1 < len(rest) else None
        rest = rest[:i] + rest[i + 2:]
    known = presets(kind)
    if preset is not None and preset not in known:
        note(False, shown, f"{tool} {kind} preset {preset!r} is not one of {sorted(known)}")
        return
    if tool == "ctest":
        if "--test-dir" in rest:
            i = rest.index("--test-dir")
            rest = rest[:i] + rest[i + 2:]
        code, out = run([CTEST, "--test-dir", str(BUILD), "-N"] + rest, env=env)
        m = re.search(r"Total Tests: (\d+)", out)
        ok = code == 0 and m is not None and int(m.group(1)) > 0
        note(ok, shown, (f"preset {preset} exists; " if preset else "") + f"ctest -N {' '.join(rest)}: exit {code}, "
             f"{m.group(1) if m else 'no'} tests", out)
        return
    if rest:
        note(False, shown, f"arguments {rest} after the preset are not checked: teach this script")
        return
    note(preset is not None, shown, f"{kind} preset {preset} exists")


def check_python(argv, shown):
    name = Path(argv[0]).name
    if argv[1:3] == ["-m", "venv"]:
        code, out = run([sys.executable, "-m", "venv", "--help"])
        note(code == 0 and len(argv) == 4, shown, f"python -m venv --help: exit {code}; folder {argv[3:]}", out)
    elif name == "pip" and argv[1:2] == ["install"]:
        project = (SRC / argv[2]).resolve()
        ok = (project / "pyproject.toml").is_file()
        note(ok, shown, f"{project}/pyproject.toml {'exists' if ok else 'is missing'} "
             "(python.venv_install runs the install for real)")
    elif argv[1:2] == ["-c"]:
        if not PYTHONPATH:
            note(True, shown, "skipped: this build has no Python package (-DCSP_PYTHON=OFF)")
            return
        code, out = run([sys.executable, "-c", argv[2]], env=env_with({"PYTHONPATH": PYTHONPATH, **PY_ENV}))
        note(code == 0, shown, f"ran with the built package: exit {code}: {out.strip()}", out)
    else:
        note(False, shown, "a python command this script does not know: teach it")


def check_shell_line(line, shown):
    # cc ... and ./a.out run for real in RUN against the scratch prefix.
    libdir = next((p for p in PREFIX.glob("lib*") if (p / "pkgconfig" / "libcsp.pc").is_file()), None)
    if libdir is None:
        note(False, shown, f"no libcsp.pc under {PREFIX}: the README's install command must come first")
        return
    shutil.copyfile(SRC / "tests/install/consumer.c", RUN / "app.c")
    env = env_with({"PKG_CONFIG_PATH": str(libdir / "pkgconfig"), "CC": CC})
    env.pop("LD_LIBRARY_PATH", None)
    is_cc = line.startswith("cc ")
    if is_cc:
        line = f"{shlex.quote(CC)} {CFLAGS} {line[3:]} {LDFLAGS}"
    code, out = run(["sh", "-ec", line], cwd=RUN, env=env)
    note(code == 0, shown, f"ran in {RUN} (app.c: tests/install/consumer.c): exit {code}", out)
    if not is_cc or code != 0:
        return
    # What README says of the program built: without an RPATH the loader does
    # not find libcsp under this prefix; with one it does. The plain program is
    # kept as a.out, for the LD_LIBRARY_PATH line to show its way.
    code, out = run(["./a.out"], cwd=RUN, env=env)
    if "-rpath" in line:
        note(code == 0, shown + "; ./a.out", f"runs with no LD_LIBRARY_PATH: exit {code}", out)
        shutil.copyfile(RUN / "a.out.plain", RUN / "a.out")
    else:
        said = "libcsp.so.0: cannot open shared object file"
        note(code != 0 and said in out, shown + "; ./a.out",
             f"fails as README says ({said!r}) with no LD_LIBRARY_PATH: exit {code}", out)
        shutil.copyfile(RUN / "a.out", RUN / "a.out.plain")


def check_cmake_block(block):
    proj = WORK / "cmake-block"
    shutil.rmtree(proj, ignore_errors=True)
    proj.mkdir(parents=True)
    shutil.copyfile(SRC / "tests/install/consumer.c", proj / "app.c")
    (proj / "CMakeLists.txt").write_text(
        "cmake_minimum_required(VERSION 3.21)\nproject(app C)\nadd_executable(app app.c)\n" + block)
    code, out = run([CMAKE, "-S", str(proj), "-B", str(proj / "build"), f"-DCMAKE_PREFIX_PATH={PREFIX}",
                     f"-DCMAKE_C_COMPILER={CC}", f"-DCMAKE_C_FLAGS={CFLAGS}",
                     f"-DCMAKE_EXE_LINKER_FLAGS={LDFLAGS}"])
    if code == 0:
        code, out = run([CMAKE, "--build", str(proj / "build")])
    if code == 0:
        code, out = run([str(proj / "build" / "app")])
    note(code == 0, block.strip().replace("\n", "; "), f"configured, built and ran against {PREFIX}: exit {code}", out)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    RUN.mkdir(parents=True)
    (RUN / "examples").symlink_to(SRC / "examples")
    readme = (SRC / "README.md").read_text(encoding="utf-8")
    for m in re.finditer(r"^```(\w*)\n(.*?)^```", readme, re.S | re.M):
        lang, block = m.group(1), m.group(2)
        if lang == "cmake":
            check_cmake_block(block)
            continue
        if lang not in ("sh", "bash", "console"):
            continue
        for line in block.splitlines():
            code_part = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
            if not code_part:
                continue
            if "$(" in code_part or code_part.split()[0] in ("./a.out",) or \
                    re.match(r"^[A-Z_]+=\S*\$\(", code_part):
                check_shell_line(code_part, code_part)
                continue
            for argv in commands(code_part):
                assigns, argv = split_env(argv)
                shown = " ".join(shlex.quote(a) for a in argv)
                env = env_with(assigns)
                prog = Path(argv[0]).name
                if prog == "make":
                    check_make(argv, shown)
                elif prog == "cspctl":
                    check_cspctl(argv, shown)
                elif prog in ("cmake", "ctest"):
                    check_preset_cmd(argv, shown, env)
                elif prog in ("python3", "python", "pip"):
                    check_python(argv, shown)
                else:
                    note(False, shown, f"README runs {prog!r}: teach tests/docs/check_readme_commands.py "
                         "how to check it")
    print(f"check_readme_commands: {checked} checks, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
