/*
 * libcsp.i - the SWIG interface for the raw Python module `libcsp._libcsp`.
 *
 * This file wraps every public header in include/csp/ as flat functions, in
 * the shape a Python program can use safely. It is not the API Python users
 * should reach for: the pure-Python package `libcsp` (bindings/python/libcsp/)
 * sits on top and gives classes, properties, iterators and dates.
 *
 * The rules this file enforces, so that later headers follow the same pattern:
 *
 *  - Status codes never reach Python. A function returning `int` is a status
 *    function unless it is listed under "value-returning int functions"
 *    below: a negative code raises the matching libcsp exception (built by
 *    libcsp._errors._from_c from csp_error_last()), success returns None,
 *    and CSP_ITEROVER also returns None (the iterator's `out` is then None).
 *  - Out-parameters become return values: `T **out` returns a new object owned
 *    by Python (freed once, by the garbage collector, with csp_T_free);
 *    `char **out` returns str (the C buffer is freed with csp_free);
 *    `const char *const **out` returns a tuple of str.
 *  - Opaque handles are SWIG classes with a destructor. csp_T_free and
 *    csp_register_close take the object away from its Python wrapper (the
 *    pointer inside is cleared), so a second free, a use after free and the
 *    collector's own free are all safe: using a cleared wrapper raises.
 *  - None for a handle raises TypeError; a cleared handle raises ClosedError.
 *    Strings must be str (or None where the C function accepts NULL); an
 *    embedded NUL raises ValueError.
 *  - Option and filter structs are passed as a dict (or None) whose keys are
 *    the struct's field names; `version` is filled in here.
 *  - With -threads, the GIL is released only around calls that may take time
 *    (anything touching the SQLite store or a file); trivial getters and
 *    setters keep it, which is much cheaper.
 *
 * A new header needs no change here when it follows the conventions of
 * DESIGN.md: tools/csp_bindgen.py reads include/csp/*.h and generates
 * csp_generated.i (opaque classes, out-parameters, release functions,
 * struct typemaps, getters, GIL release, the %include list) and the type
 * stub _libcsp.pyi. List here only an int function that returns a value
 * but is not a getter (CSP_VALUE_INT / CSP_VALUE_BOOL), and add a typemap
 * for any new kind of parameter; the generator stops the build naming
 * what it does not understand, and tests/test_coverage.py fails while any
 * public function is unreachable from Python.
 */

%define CSP_MODULE_DOC
"Raw SWIG wrapper over the libcsp C API (one function per C function).

Use the `libcsp` package instead: it wraps these functions in classes."
%enddef

%module(package="libcsp", docstring=CSP_MODULE_DOC) libcsp

%{
#define SWIG_FILE_WITH_INIT
#include <string.h>
#include "csp/csp.h"

/* ------------------------------------------------------------------ */
/* Errors: every failure is turned into a libcsp exception.             */
/* ------------------------------------------------------------------ */

static PyObject *csp_py_errors_module = NULL;

static PyObject *csp_py_text(const char *s)
{
    if (!s) s = "";
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* Calls libcsp._errors.<fn>(args...) and raises the exception it returns.
 * Falls back to RuntimeError when the package is not importable (the raw
 * module used on its own). */
static void csp_py_raise_with(const char *fn, int code, const char *message,
                              const char *path, int line, int column)
{
    PyObject *factory = NULL, *msg = NULL, *pth = NULL, *exc = NULL;
    if (!csp_py_errors_module) {
        csp_py_errors_module = PyImport_ImportModule("libcsp._errors");
        if (!csp_py_errors_module) {
            PyErr_Clear();
            PyErr_Format(PyExc_RuntimeError, "%s: %s", csp_code_name(code), message ? message : "");
            return;
        }
    }
    factory = PyObject_GetAttrString(csp_py_errors_module, fn);
    msg = csp_py_text(message);
    pth = csp_py_text(path);
    if (factory && msg && pth) {
        exc = PyObject_CallFunction(factory, "iOOii", code, msg, pth, line, column);
    }
    if (exc) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    } else if (!PyErr_Occurred()) {
        PyErr_SetString(PyExc_RuntimeError, "libcsp: cannot build the exception");
    }
    Py_XDECREF(factory);
    Py_XDECREF(msg);
    Py_XDECREF(pth);
}

/* Raises the exception for status `code` returned by a libcsp function. */
static void csp_py_raise(int code)
{
    const csp_error *e = csp_error_last();
    if (e && e->code == code) {
        csp_py_raise_with("_from_c", code, e->message, e->path, e->line, e->column);
    } else {
        /* The library returned a code without recording it: still raise. */
        csp_py_raise_with("_from_c", code, csp_code_name(code), "", 0, 0);
    }
}

/* Raises for a NULL handle argument: TypeError for None, ClosedError for a
 * wrapper whose object was freed or closed. */
static void csp_py_null_handle(PyObject *input, const char *fn, const char *arg, const char *type)
{
    if (input == NULL || input == Py_None) {
        PyErr_Format(PyExc_TypeError, "%s(): '%s' must be %s, not None", fn, arg, type);
    } else {
        char buf[160];
        PyOS_snprintf(buf, sizeof buf, "this %s has been closed or freed", type);
        csp_py_raise_with("_closed", CSP_EARG, buf, "", 0, 0);
    }
}

/* A handle argument: a wrapper of the right type holding a live object. */
static int csp_py_handle(PyObject *input, void **out, swig_type_info *ty, const char *fn,
                         const char *arg, const char *type)
{
    void *p = NULL;
    int res = SWIG_ConvertPtr(input, &p, ty, 0);
    if (!SWIG_IsOK(res)) {
        PyErr_Format(PyExc_TypeError, "%s(): '%s' must be %s, not %s", fn, arg, type,
                     Py_TYPE(input)->tp_name);
        return -1;
    }
    if (!p) {
        csp_py_null_handle(input, fn, arg, type);
        return -1;
    }
    *out = p;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */
/* ------------------------------------------------------------------ */

/* str or None -> borrowed UTF-8 (valid while `obj` lives); -1 on error. */
static int csp_py_as_text(PyObject *obj, const char **out, const char *fn, const char *arg)
{
    Py_ssize_t n = 0;
    const char *s;
    if (obj == Py_None) { *out = NULL; return 0; }
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "%s(): '%s' must be str or None, not %s",
                     fn, arg, Py_TYPE(obj)->tp_name);
        return -1;
    }
    s = PyUnicode_AsUTF8AndSize(obj, &n);
    if (!s) return -1;
    if (memchr(s, '\0', (size_t)n)) {
        PyErr_Format(PyExc_ValueError, "%s(): '%s' contains a NUL character", fn, arg);
        return -1;
    }
    *out = s;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Option and filter structs from dicts                                */
/* ------------------------------------------------------------------ */

/* Checks that every key of `d` is one of `allowed` (NULL-terminated). */
static int csp_py_check_keys(PyObject *d, const char *what, const char *const *allowed)
{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    if (!PyDict_Check(d)) {
        PyErr_Format(PyExc_TypeError, "%s: expected a dict or None, got %s", what, Py_TYPE(d)->tp_name);
        return -1;
    }
    while (PyDict_Next(d, &pos, &key, &value)) {
        const char *k;
        size_t i;
        int found = 0;
        if (!PyUnicode_Check(key)) {
            PyErr_Format(PyExc_TypeError, "%s: keys must be str", what);
            return -1;
        }
        k = PyUnicode_AsUTF8(key);
        if (!k) return -1;
        for (i = 0; allowed[i]; i++) {
            if (strcmp(k, allowed[i]) == 0) { found = 1; break; }
        }
        if (!found) {
            PyErr_Format(PyExc_TypeError, "%s: unknown key '%s'", what, k);
            return -1;
        }
    }
    return 0;
}

static int csp_py_dict_text(PyObject *d, const char *key, const char **dst)
{
    PyObject *v = PyDict_GetItemString(d, key); /* borrowed */
    if (!v || v == Py_None) { *dst = NULL; return 0; }
    if (csp_py_as_text(v, dst, "filter", key) < 0) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "'%s' must be a str without NUL characters, or None", key);
        return -1;
    }
    return 0;
}

/* None -> dflt; bool/int -> its value (bounded to int). */
static int csp_py_dict_int(PyObject *d, const char *key, int dflt, int *dst)
{
    PyObject *v = PyDict_GetItemString(d, key);
    long x;
    if (!v || v == Py_None) { *dst = dflt; return 0; }
    if (!PyLong_Check(v)) {
        PyErr_Format(PyExc_TypeError, "'%s' must be an int, a bool or None", key);
        return -1;
    }
    x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    if (x < -2147483647L || x > 2147483647L) {
        PyErr_Format(PyExc_OverflowError, "'%s' is out of range", key);
        return -1;
    }
    *dst = (int)x;
    return 0;
}

static int csp_py_dict_uint(PyObject *d, const char *key, unsigned int dflt, unsigned int *dst)
{
    int v = 0;
    if (!PyDict_GetItemString(d, key)) { *dst = dflt; return 0; }
    if (csp_py_dict_int(d, key, (int)dflt, &v) < 0) return -1;
    if (v < 0) {
        PyErr_Format(PyExc_ValueError, "'%s' must not be negative", key);
        return -1;
    }
    *dst = (unsigned int)v;
    return 0;
}
%}

/* ------------------------------------------------------------------ */
/* Preprocessor view of the headers                                    */
/* ------------------------------------------------------------------ */
#define CSP_API
#define CSP_BEGIN_DECLS
#define CSP_END_DECLS

/* Threads: -threads releases the GIL around every call; keep it for the
 * cheap ones and release it only where %threadallow says so (below). */
%nothreadallow;

/* ------------------------------------------------------------------ */
/* Status codes                                                        */
/* ------------------------------------------------------------------ */

/* Every int return is a status unless listed as a value below. */
%typemap(out) int {
    if ($1 < 0 && $1 != CSP_ITEROVER) {
        csp_py_raise($1);
        SWIG_fail;
    }
    $result = SWIG_Py_Void();
}

%typemap(out) int CSP_VALUE_INT "$result = PyLong_FromLong((long)$1);"
%typemap(out) int CSP_VALUE_BOOL "$result = PyBool_FromLong((long)($1 != 0));"

/* Value-returning int functions (a number or a flag, never a status).
 * Getters (int f(const T *)) are found by csp_bindgen.py; list the others here. */
%apply int CSP_VALUE_INT {
    int csp_schema_version,
    int csp_date_compare
};
%apply int CSP_VALUE_BOOL {
    int csp_date_overlaps
};

/* ------------------------------------------------------------------ */
/* Strings                                                             */
/* ------------------------------------------------------------------ */

%typemap(in) const char * {
    if (csp_py_as_text($input, (const char **)&$1, "$symname", "$1_name") < 0) SWIG_fail;
}
%typemap(freearg) const char * "";
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char * {
    $1 = ($input == Py_None || PyUnicode_Check($input)) ? 1 : 0;
}
%typemap(out) const char * {
    if ($1) {
        $result = PyUnicode_DecodeUTF8($1, (Py_ssize_t)strlen($1), "surrogateescape");
    } else {
        $result = SWIG_Py_Void();
    }
}

/* A JSON document in memory: str (encoded as UTF-8) or bytes. */
%typemap(in) (const char *text, size_t len) {
    if (PyBytes_Check($input)) {
        char *buf = NULL;
        Py_ssize_t n = 0;
        if (PyBytes_AsStringAndSize($input, &buf, &n) < 0) SWIG_fail;
        $1 = ($1_ltype)buf;
        $2 = (size_t)n;
    } else if (PyUnicode_Check($input)) {
        Py_ssize_t n = 0;
        const char *buf = PyUnicode_AsUTF8AndSize($input, &n);
        if (!buf) SWIG_fail;
        $1 = ($1_ltype)buf;
        $2 = (size_t)n;
    } else {
        PyErr_Format(PyExc_TypeError, "$symname(): 'text' must be str or bytes, not %s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
}

/* char **out: a buffer the caller frees with csp_free(); returned as str. */
%typemap(in, numinputs=0) char **out (char *tmp = NULL) "$1 = &tmp;"
%typemap(argout) char **out {
    if (*$1) {
        PyObject *s = PyUnicode_DecodeUTF8(*$1, (Py_ssize_t)strlen(*$1), "surrogateescape");
        csp_free(*$1);
        *$1 = NULL;
        if (!s) SWIG_fail;
        %append_output(s);
    }
}
%typemap(freearg) char **out "csp_free(*$1);"

/* csp_free(): Python never holds a raw buffer (text is returned as str), so
 * the only argument that can be freed from Python is None. */
%typemap(in) void *ptr {
    if ($input != Py_None) {
        PyErr_SetString(PyExc_TypeError,
                        "csp_free: Python holds no libcsp buffers; only None is accepted");
        SWIG_fail;
    }
    $1 = NULL;
}

/* ------------------------------------------------------------------ */
/* Opaque handles                                                      */
/* ------------------------------------------------------------------ */

/* An opaque type becomes a class whose destructor is FREE. */
%define CSP_OBJECT(TYPE, FREE)
%nodefaultctor TYPE;
struct TYPE {};
%extend TYPE {
    ~TYPE() { FREE($self); }
}
%typemap(in) TYPE *, const TYPE * {
    if (csp_py_handle($input, (void **)&$1, $descriptor, "$symname", "$1_name", "TYPE") < 0) SWIG_fail;
}
%enddef

/* `TYPE **out` -> a new TYPE owned by Python (None when the C side set NULL,
 * which only happens at the end of an iteration). */
%define CSP_OUT_OBJECT(TYPE)
%typemap(in, numinputs=0) TYPE **out (TYPE *tmp = NULL) "$1 = &tmp;"
%typemap(argout) TYPE **out {
    if (*$1) {
        %append_output(SWIG_NewPointerObj(*$1, $descriptor(TYPE *), SWIG_POINTER_OWN));
        *$1 = NULL;
    }
}
%typemap(freearg) TYPE **out "";
%enddef

/* A free or close function: takes the object away from its Python wrapper
 * (clearing the pointer inside) before freeing it, so that nothing is freed
 * twice. None is accepted and does nothing, like the C function. The C
 * function is re-declared with the parameter name RELEASE so that this
 * typemap applies to it alone. */
%define CSP_RELEASE_FN(TYPE, FN)
%ignore FN;
%rename(FN) csp_py_##FN;
%typemap(in) TYPE *RELEASE {
    void *p = NULL;
    if ($input != Py_None) {
        int res = SWIG_ConvertPtr($input, &p, $descriptor(TYPE *), 0);
        if (!SWIG_IsOK(res)) {
            PyErr_Format(PyExc_TypeError, #FN ": expected TYPE or None, got %s",
                         Py_TYPE($input)->tp_name);
            SWIG_fail;
        }
        if (p) { /* else already freed: nothing to do */
            res = SWIG_ConvertPtr($input, &p, $descriptor(TYPE *), SWIG_POINTER_RELEASE);
            if (res == SWIG_ERROR_RELEASE_NOT_OWNED) {
                PyErr_SetString(PyExc_ValueError, #FN ": this object is not owned by Python");
                SWIG_fail;
            }
            if (!SWIG_IsOK(res)) SWIG_fail;
        }
    }
    $1 = (TYPE *)p;
}
%typemap(check) TYPE *RELEASE "";
%inline %{
static void csp_py_##FN(TYPE *RELEASE) { FN(RELEASE); }
%}
%enddef

/* ------------------------------------------------------------------ */
/* The last error: a tuple (code, message, path, line, column)         */
/* ------------------------------------------------------------------ */
%ignore csp_error;
%typemap(out) const csp_error * {
    const csp_error *e = $1;
    PyObject *msg = csp_py_text(e ? e->message : "");
    PyObject *pth = csp_py_text(e ? e->path : "");
    if (!msg || !pth) { Py_XDECREF(msg); Py_XDECREF(pth); SWIG_fail; }
    $result = Py_BuildValue("(iNNii)", e ? e->code : 0, msg, pth, e ? e->line : 0, e ? e->column : 0);
    if (!$result) SWIG_fail;
}

/* ------------------------------------------------------------------ */
/* Schema introspection                                                */
/* ------------------------------------------------------------------ */

/* csp_schema_field(name, type, required, target, entity, i) ->
 * (name, type, required, target) */
%typemap(in, numinputs=0) const char **name (const char *tmp = NULL), const char **target (const char *tmp = NULL) "$1 = ($1_ltype)&tmp;"
%typemap(argout) const char **name, const char **target {
    PyObject *s;
    if (*$1) {
        s = PyUnicode_DecodeUTF8((const char *)*$1, (Py_ssize_t)strlen((const char *)*$1), "surrogateescape");
        if (!s) SWIG_fail;
    } else {
        s = SWIG_Py_Void();
    }
    %append_output(s);
}
%typemap(in, numinputs=0) int *type (int tmp = 0), int *required (int tmp = 0) "$1 = &tmp;"
%typemap(argout) int *type {
    %append_output(PyLong_FromLong((long)*$1));
}
%typemap(argout) int *required {
    %append_output(PyBool_FromLong((long)*$1));
}

/* ...returned as a tuple, not SWIG's list of outputs. */
%typemap(ret) int csp_schema_field {
    if ($result && PyList_Check($result)) {
        PyObject *t = PyList_AsTuple($result);
        Py_DECREF($result);
        $result = t;
    }
}

/* csp_schema_enum_values(out, entity, field) -> tuple of str */
%typemap(in, numinputs=0) const char *const **out (const char *const *tmp = NULL) "$1 = ($1_ltype)&tmp;"
%typemap(argout) const char *const **out {
    const char *const *v = (const char *const *)*$1;
    Py_ssize_t n = 0, i;
    PyObject *t;
    while (v && v[n]) n++;
    t = PyTuple_New(n);
    if (!t) SWIG_fail;
    for (i = 0; i < n; i++) {
        PyObject *s = PyUnicode_DecodeUTF8(v[i], (Py_ssize_t)strlen(v[i]), "surrogateescape");
        if (!s) { Py_DECREF(t); SWIG_fail; }
        PyTuple_SET_ITEM(t, i, s);
    }
    %append_output(t);
}

/* ------------------------------------------------------------------ */
/* Options and filters: dict or None                                   */
/* ------------------------------------------------------------------ */

/* The typemaps for each struct are generated (csp_generated.i). */

/* ------------------------------------------------------------------ */
/* Everything derived from the headers (tools/csp_bindgen.py): one     */
/* CSP_OBJECT, CSP_OUT_OBJECT and CSP_RELEASE_FN per opaque type, the  */
/* dict typemaps of the option and filter structs, the value-returning */
/* getters, %threadallow for calls that touch the store, and the       */
/* %include of every header.                                           */
/* ------------------------------------------------------------------ */
%include "csp_generated.i"
