/*
 * libcsp.i - the SWIG interface for the raw Python module `libcsp._libcsp`.
 *
 * It wraps the generic surface of the C API, the one a dynamic binding uses:
 * the register and its transactions, the generic record API (record.h),
 * queries (query.h), introspection of the model (schema.h), JSON, errors,
 * dates and the version. The typed functions of the entity headers
 * (csp_organisation_name(), ...) are thin wrappers over the same calls: the
 * package reaches every one of them through the entity classes it generates
 * from the model's description (libcsp/_model.py), not through SWIG.
 *
 * It is not the API Python users should reach for: the pure-Python package
 * `libcsp` (bindings/python/libcsp/) sits on top and gives classes,
 * properties, iterators and dates. The rules this file enforces:
 *
 *  - Status codes never reach Python. A function returning `int` is a status
 *    function unless it is listed under "value-returning int functions"
 *    below: a negative code raises the matching libcsp exception (built by
 *    libcsp._errors._from_c from csp_error_last()), success returns None,
 *    and CSP_ITEROVER also returns None (the iterator's `out` is then None).
 *  - Out-parameters become return values: `T **out` returns a new object owned
 *    by Python (freed once, by the garbage collector, with its free function);
 *    `char **out` returns str (the C buffer is freed with csp_free);
 *    `const char *const **out` returns a tuple of str; `size_t *out` an int.
 *  - Opaque handles are SWIG classes with a destructor. Their free and close
 *    functions take the object away from its Python wrapper (the pointer
 *    inside is cleared), so a second free, a use after free and the
 *    collector's own free are all safe: using a cleared wrapper raises.
 *  - None for a handle raises TypeError; a cleared handle raises ClosedError.
 *    Strings must be str (or None where the C function accepts NULL); an
 *    embedded NUL raises ValueError.
 *  - Option structs are passed as a dict (or None) whose keys are the
 *    struct's field names; `version` is filled in here.
 *  - With -threads, the GIL is released only around calls that may take time
 *    (anything touching the SQLite store or a file); trivial getters and
 *    setters keep it, which is much cheaper. A record being written is copied
 *    first, with the GIL held, so another thread changing the same Python
 *    object while the write runs cannot free what is being written.
 *
 * A new function in one of the headers below needs a line here (and in the
 * stub libcsp/_libcsp.pyi); tests/test_coverage.py fails while any public
 * function has no path from Python.
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

/* A list (or tuple) of str at key, or None -> a NULL-terminated array of
 * borrowed UTF-8 (valid while the dict lives), PyMem_Malloc'd into *dst (NULL
 * for None or absent). */
static int csp_py_dict_strlist(PyObject *d, const char *key, const char ***dst)
{
    PyObject *v = PyDict_GetItemString(d, key);
    Py_ssize_t n, i;
    *dst = NULL;
    if (!v || v == Py_None) return 0;
    if (!PyList_Check(v) && !PyTuple_Check(v)) {
        PyErr_Format(PyExc_TypeError, "'%s' must be a list of str, or None", key);
        return -1;
    }
    n = PySequence_Fast_GET_SIZE(v);
    *dst = (const char **)PyMem_Malloc(sizeof(char *) * (size_t)(n + 1));
    if (!*dst) { PyErr_NoMemory(); return -1; }
    for (i = 0; i < n; i++) {
        if (csp_py_as_text(PySequence_Fast_GET_ITEM(v, i), &(*dst)[i], "csp_check", key) < 0 || !(*dst)[i]) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError, "'%s' must hold str, not None", key);
            PyMem_Free((void *)*dst);
            *dst = NULL;
            return -1;
        }
    }
    (*dst)[n] = NULL;
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

/* Value-returning int functions (a number, an id or a flag, never a status). */
%apply int CSP_VALUE_INT {
    int csp_schema_version,
    int csp_date_compare,
    int csp_register_transaction_depth,
    int csp_schema_entity_find,
    int csp_schema_field_find,
    int csp_schema_field_type,
    int csp_schema_field_target,
    int csp_schema_field_since,
    int csp_schema_field_max_length,
    int csp_record_entity,
    int csp_query_entity,
    int csp_schema_entity_name_field,
    int csp_finding_result,
    int csp_finding_subject_entity,
    int csp_finding_evidence_entity,
    int csp_rule_find,
    int csp_rule_on_by_default,
    int csp_rule_applies_to
};
/* A flag, or a negative code that raises: csp_record_in_force. */
%typemap(out) int CSP_FLAG_OR_ERROR {
    if ($1 < 0) {
        csp_py_raise($1);
        SWIG_fail;
    }
    $result = PyBool_FromLong((long)($1 != 0));
}
%apply int CSP_FLAG_OR_ERROR { int csp_record_in_force };

%apply int CSP_VALUE_BOOL {
    int csp_record_iterator_changed,
    int csp_schema_entity_has_in_force,
    int csp_date_overlaps,
    int csp_register_readonly,
    int csp_record_is_set,
    int csp_record_equal
};

%typemap(out) long long "$result = PyLong_FromLongLong($1);"
%typemap(out) unsigned int "$result = PyLong_FromUnsignedLong((unsigned long)$1);"
%typemap(out) size_t "$result = PyLong_FromSize_t($1);"

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
%feature("docstring") csp_py_##FN #FN "(): frees the " #TYPE " (or closes it). Accepts None; the Python object is cleared, so a second call does nothing and using it raises ClosedError. Objects are also freed when garbage-collected.";
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

/* csp_schema_entity_parent(key, entity) -> (parent id or -1, key or None) */
%typemap(in, numinputs=0) const char **key (const char *tmp = NULL) "$1 = ($1_ltype)&tmp;"
%typemap(out) int csp_schema_entity_parent "$result = PyLong_FromLong((long)$1);"
%typemap(argout) const char **key {
    PyObject *k = *$1 ? PyUnicode_DecodeUTF8(*$1, (Py_ssize_t)strlen(*$1), "surrogateescape") : SWIG_Py_Void();
    PyObject *t;
    if (!k) SWIG_fail;
    t = Py_BuildValue("(NN)", $result, k);
    if (!t) SWIG_fail;
    $result = t;
}

/* csp_schema_field_bounds(min, max, entity, field) -> (min, max) */
%typemap(in, numinputs=0) long long *min (long long tmp = 0), long long *max (long long tmp = 0) "$1 = &tmp;"
%typemap(argout) long long *min, long long *max {
    %append_output(PyLong_FromLongLong(*$1));
}
%typemap(ret) int csp_schema_field_bounds {
    if ($result && PyList_Check($result)) {
        PyObject *t = PyList_AsTuple($result);
        Py_DECREF($result);
        $result = t;
    }
}

/* size_t *out (csp_record_count_matching) -> int */
%typemap(in, numinputs=0) size_t *out (size_t tmp = 0) "$1 = &tmp;"
%typemap(argout) size_t *out {
    %append_output(PyLong_FromSize_t(*$1));
}

/* ------------------------------------------------------------------ */
/* Options: dict or None                                               */
/* ------------------------------------------------------------------ */

%ignore csp_open_options;
%ignore csp_import_options;
%ignore csp_export_options;
%ignore csp_verify_options;
%ignore csp_check_options;

%typemap(in) const csp_open_options * (csp_open_options tmp) {
    static const char *const keys[] = { "flags", "busy_timeout_ms", NULL };
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (csp_py_check_keys($input, "csp_open_options", keys) < 0) SWIG_fail;
        tmp.version = CSP_OPEN_OPTIONS_VERSION;
        if (csp_py_dict_uint($input, "flags", CSP_OPEN_CREATE, &tmp.flags) < 0) SWIG_fail;
        if (csp_py_dict_int($input, "busy_timeout_ms", 0, &tmp.busy_timeout_ms) < 0) SWIG_fail;
        $1 = &tmp;
    }
}

%typemap(in) const csp_import_options * (csp_import_options tmp) {
    static const char *const keys[] = { "flags", NULL };
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (csp_py_check_keys($input, "csp_import_options", keys) < 0) SWIG_fail;
        tmp.version = CSP_IMPORT_OPTIONS_VERSION;
        if (csp_py_dict_uint($input, "flags", 0, &tmp.flags) < 0) SWIG_fail;
        $1 = &tmp;
    }
}

%typemap(in) const csp_export_options * (csp_export_options tmp) {
    static const char *const keys[] = { "flags", NULL };
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (csp_py_check_keys($input, "csp_export_options", keys) < 0) SWIG_fail;
        tmp.version = CSP_EXPORT_OPTIONS_VERSION;
        if (csp_py_dict_uint($input, "flags", CSP_EXPORT_INDENT, &tmp.flags) < 0) SWIG_fail;
        $1 = &tmp;
    }
}

%typemap(in) const csp_verify_options * (csp_verify_options tmp) {
    static const char *const keys[] = { "flags", "max_findings", NULL };
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        unsigned int max = 0;
        if (csp_py_check_keys($input, "csp_verify_options", keys) < 0) SWIG_fail;
        tmp.version = CSP_VERIFY_OPTIONS_VERSION;
        if (csp_py_dict_uint($input, "flags", 0, &tmp.flags) < 0) SWIG_fail;
        if (csp_py_dict_uint($input, "max_findings", 0, &max) < 0) SWIG_fail;
        tmp.max_findings = max;
        $1 = &tmp;
    }
}

%typemap(in) const csp_check_options * (csp_check_options tmp, const char **skiplist = NULL, const char **enablelist = NULL) {
    static const char *const keys[] = { "partnership", "skip", "enable", "skip_confidence", "flags", NULL };
    if ($input == Py_None) {
        $1 = NULL;
    } else {
        if (csp_py_check_keys($input, "csp_check_options", keys) < 0) SWIG_fail;
        tmp.version = CSP_CHECK_OPTIONS_VERSION;
        if (csp_py_dict_text($input, "partnership", &tmp.partnership) < 0) SWIG_fail;
        if (csp_py_dict_strlist($input, "skip", &skiplist) < 0) SWIG_fail;
        if (csp_py_dict_strlist($input, "enable", &enablelist) < 0) SWIG_fail;
        tmp.skip = skiplist;
        tmp.enable = enablelist;
        if (csp_py_dict_uint($input, "skip_confidence", 0, &tmp.skip_confidence) < 0) SWIG_fail;
        if (csp_py_dict_uint($input, "flags", 0, &tmp.flags) < 0) SWIG_fail;
        $1 = &tmp;
    }
}
%typemap(freearg) const csp_check_options * {
    PyMem_Free((void *)skiplist$argnum);
    PyMem_Free((void *)enablelist$argnum);
}

/* csp_register_verify(): (findings, report) */
%apply size_t *out { size_t *findings };
%apply char **out { char **report };

/* ------------------------------------------------------------------ */
/* The opaque types                                                    */
/* ------------------------------------------------------------------ */

CSP_OBJECT(csp_register, csp_register_close)
CSP_OUT_OBJECT(csp_register)
CSP_RELEASE_FN(csp_register, csp_register_close)

CSP_OBJECT(csp_record, csp_record_free)
CSP_OUT_OBJECT(csp_record)
CSP_RELEASE_FN(csp_record, csp_record_free)

CSP_OBJECT(csp_record_iterator, csp_record_iterator_free)
CSP_OUT_OBJECT(csp_record_iterator)
CSP_RELEASE_FN(csp_record_iterator, csp_record_iterator_free)

CSP_OBJECT(csp_id_list, csp_id_list_free)
CSP_OUT_OBJECT(csp_id_list)
CSP_RELEASE_FN(csp_id_list, csp_id_list_free)

/* governance.h: csp_element_progress() gives (done, total),
 * csp_meeting_quorate() (quorate, present). */
%apply size_t *out { size_t *done, size_t *total, size_t *present };
%typemap(in, numinputs=0) int *quorate (int tmp = 0) "$1 = &tmp;"
%typemap(argout) int *quorate {
    %append_output(PyLong_FromLong(*$1));
}

CSP_OBJECT(csp_report, csp_report_free)
CSP_OUT_OBJECT(csp_report)
CSP_RELEASE_FN(csp_report, csp_report_free)

/* A finding is borrowed from its report: in Python it is the pair (report,
 * index), which keeps the report alive; each csp_finding_* call takes the
 * pair and finds the finding again, so a report freed meanwhile raises
 * ClosedError rather than being read after its free. */
%ignore csp_report_finding;
%rename(csp_report_finding) csp_py_report_finding;
%feature("docstring") csp_py_report_finding "csp_report_finding(report, i): finding i of the report, as the pair (report, i) the csp_finding_* functions take; None out of range.";
%inline %{
static PyObject *csp_py_report_finding(PyObject *report, size_t i)
{
    csp_report *r = NULL;
    if (csp_py_handle(report, (void **)&r, SWIGTYPE_p_csp_report, "csp_report_finding", "report", "csp_report") < 0)
        return NULL;
    if (!csp_report_finding(r, i))
        Py_RETURN_NONE;
    return Py_BuildValue("(On)", report, (Py_ssize_t)i);
}
%}
%typemap(in) const csp_finding *finding {
    PyObject *rep_ = NULL;
    Py_ssize_t i_ = 0;
    csp_report *r_ = NULL;
    if (!PyTuple_Check($input) || !PyArg_ParseTuple($input, "On", &rep_, &i_)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "$symname(): 'finding' must be the pair csp_report_finding() gives");
        SWIG_fail;
    }
    if (csp_py_handle(rep_, (void **)&r_, SWIGTYPE_p_csp_report, "$symname", "finding", "csp_report") < 0) SWIG_fail;
    $1 = i_ >= 0 ? ($1_ltype)csp_report_finding(r_, (size_t)i_) : NULL;
    if (!$1) {
        PyErr_Format(PyExc_IndexError, "$symname(): no finding %zd in the report", i_);
        SWIG_fail;
    }
}

/* A finding's evidence in one call: a national register's findings hold
 * 900,000 evidence records, three calls each through SWIG otherwise. */
%feature("docstring") csp_py_finding_evidence "The evidence of a finding as a tuple of (entity, id) pairs (csp_finding_evidence_count, _entity and _id in one call).";
%typemap(out) PyObject *csp_py_finding_evidence "$result = $1;";
%inline %{
static PyObject *csp_py_finding_evidence(const csp_finding *finding)
{
    size_t n = csp_finding_evidence_count(finding), i;
    PyObject *t = PyTuple_New((Py_ssize_t)n), *name = NULL;
    int entity = -2;
    if (!t)
        return NULL;
    for (i = 0; i < n; i++) {
        int e = csp_finding_evidence_entity(finding, i);
        const char *id = csp_finding_evidence_id(finding, i);
        PyObject *ids, *pair;
        if (e != entity) { /* the entity's name, made once for each run of its records */
            const char *s = e >= 0 ? csp_schema_entity_name((size_t)e) : NULL;
            Py_XDECREF(name);
            if (!(name = PyUnicode_FromString(s ? s : "")))
                goto fail;
            entity = e;
        }
        if (!(ids = PyUnicode_DecodeUTF8(id ? id : "", (Py_ssize_t)strlen(id ? id : ""), "surrogateescape")))
            goto fail;
        pair = PyTuple_Pack(2, name, ids);
        Py_DECREF(ids);
        if (!pair)
            goto fail;
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, pair);
    }
    Py_XDECREF(name);
    return t;
fail:
    Py_XDECREF(name);
    Py_DECREF(t);
    return NULL;
}
%}

CSP_OBJECT(csp_query, csp_query_free)
CSP_OUT_OBJECT(csp_query)
CSP_RELEASE_FN(csp_query, csp_query_free)

/* A query argument may be None: every record. */
%typemap(in) const csp_query *query {
    if ($input == Py_None) {
        $1 = NULL;
    } else if (csp_py_handle($input, (void **)&$1, $descriptor(csp_query *), "$symname", "query", "csp_query") < 0) {
        SWIG_fail;
    }
}

/* ------------------------------------------------------------------ */
/* Writes: the record is copied with the GIL held, then written        */
/* without it, so no other thread can free what is being written.      */
/* ------------------------------------------------------------------ */

%ignore csp_record_put;
%ignore csp_record_insert;
%rename(csp_record_put) csp_py_record_put;
%rename(csp_record_insert) csp_py_record_insert;
%feature("docstring") csp_py_record_put "Writes a record: inserts it, or replaces the one with the same id (csp_record_put).";
%feature("docstring") csp_py_record_insert "Inserts a new record; ExistsError if the id is taken (csp_record_insert).";
%{
static int csp_py_record_write(csp_register *reg, const csp_record *record, int insert)
{
    csp_record *copy = NULL;
    int rc = csp_record_copy(&copy, record);
    if (rc)
        return rc;
    Py_BEGIN_ALLOW_THREADS
    rc = insert ? csp_record_insert(reg, copy) : csp_record_put(reg, copy);
    Py_END_ALLOW_THREADS
    csp_record_free(copy);
    return rc;
}
%}
%inline %{
static int csp_py_record_put(csp_register *reg, const csp_record *record)
{
    return csp_py_record_write(reg, record, 0);
}
static int csp_py_record_insert(csp_register *reg, const csp_record *record)
{
    return csp_py_record_write(reg, record, 1);
}
%}

/* A list field in one call: csp_py_record_list(record, field) -> tuple of str. */
%feature("docstring") csp_py_record_list "The items of a list field as a tuple of str (csp_record_count + csp_record_item in one call).";
%typemap(out) PyObject *csp_py_record_list "$result = $1;";
%inline %{
static PyObject *csp_py_record_list(const csp_record *record, int field)
{
    size_t n = csp_record_count(record, field), i;
    PyObject *t = PyTuple_New((Py_ssize_t)n);
    if (!t)
        return NULL;
    for (i = 0; i < n; i++) {
        const char *item = csp_record_item(record, field, i);
        PyObject *s = PyUnicode_DecodeUTF8(item, (Py_ssize_t)strlen(item), "surrogateescape");
        if (!s) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, s);
    }
    return t;
}
%}

/* ------------------------------------------------------------------ */
/* A record in one call: every field's value, and the next record of   */
/* an iteration with its values. The package caches the values on the */
/* entity object, so reading its fields makes no further calls.        */
/* ------------------------------------------------------------------ */

%feature("docstring") csp_py_record_values "Every field's value as a tuple in field order: str or None for text, dates, enums and references; int for flags and numbers (0 when unset); a tuple of str for a list.";
%feature("docstring") csp_py_record_next "The next record of an iteration and its values, (record, csp_py_record_values(record)), or None at the end (csp_record_next in one call).";
%typemap(out) PyObject *csp_py_record_values "$result = $1;";
%typemap(out) PyObject *csp_py_record_next "$result = $1;";
%{
/* The type of each field of each entity (schema.h), read once; the GIL
 * guards the table. NULL when out of memory (or for an entity the schema
 * does not know, which the caller rules out first). */
static const int *csp_py_field_types(int entity, size_t *count)
{
    static int **types = NULL;
    static size_t *counts = NULL, nentities = 0;
    if (!types) {
        size_t n = csp_schema_entity_count();
        types = (int **)calloc(n, sizeof *types);
        counts = (size_t *)calloc(n, sizeof *counts);
        if (!types || !counts) {
            free(types);
            free(counts);
            types = NULL;
            counts = NULL;
            return NULL;
        }
        nentities = n;
    }
    if (entity < 0 || (size_t)entity >= nentities)
        return NULL;
    if (!types[entity]) {
        size_t n = csp_schema_field_count(csp_schema_entity_name((size_t)entity)), i;
        int *t = (int *)malloc((n ? n : 1) * sizeof *t);
        if (!t)
            return NULL;
        for (i = 0; i < n; i++)
            t[i] = csp_schema_field_type(entity, (int)i);
        counts[entity] = n;
        types[entity] = t;
    }
    *count = counts[entity];
    return types[entity];
}
%}
%inline %{
static PyObject *csp_py_record_values(const csp_record *record)
{
    size_t n = 0, i;
    int entity = csp_record_entity(record);
    const int *types;
    PyObject *t;
    if (entity < 0 || (size_t)entity >= csp_schema_entity_count()) {
        PyErr_Format(PyExc_ValueError, "csp_py_record_values(): a record of unknown entity %d", entity);
        return NULL;
    }
    if (!(types = csp_py_field_types(entity, &n)))
        return PyErr_NoMemory();
    t = PyTuple_New((Py_ssize_t)n);
    if (!t)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *v;
        int f = (int)i;
        switch (types[i]) {
        case CSP_FIELD_TEXT_LIST:
        case CSP_FIELD_REF_LIST:
        case CSP_FIELD_ENUM_LIST:
        case CSP_FIELD_DATE_LIST:
            v = csp_py_record_list(record, f);
            break;
        case CSP_FIELD_BOOL:
        case CSP_FIELD_INT:
            v = PyLong_FromLongLong(csp_record_int(record, f));
            break;
        default: {
            const char *text = csp_record_text(record, f);
            if (text) {
                v = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "surrogateescape");
            } else {
                v = Py_None;
                Py_INCREF(v);
            }
        }
        }
        if (!v) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, v);
    }
    return t;
}

static PyObject *csp_py_record_next(csp_record_iterator *it)
{
    csp_record *record = NULL;
    PyObject *obj, *values;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = csp_record_next(&record, it);
    Py_END_ALLOW_THREADS
    if (rc == CSP_ITEROVER)
        Py_RETURN_NONE;
    if (rc < 0) {
        csp_py_raise(rc);
        return NULL;
    }
    obj = SWIG_Python_NewPointerObj(NULL, record, SWIGTYPE_p_csp_record, SWIG_POINTER_OWN);
    if (!obj) {
        csp_record_free(record);
        return NULL;
    }
    values = csp_py_record_values(record);
    if (!values) {
        Py_DECREF(obj);
        return NULL;
    }
    return Py_BuildValue("(NN)", obj, values);
}
%}

/* The next records of an iteration, in a batch, as entity objects of the
 * package (libcsp._fields.Entity), built here: an instance of `cls` made by
 * its own tp_new, its slots _obj, _reg and _vals set to the record, `reg`
 * and the record's values. Nothing is set through Python attribute lookups:
 * the slots' offsets are read once per class from the member descriptors
 * Entity's __slots__ made (checked to be object slots of a base of `cls`).
 * The records are read with the GIL released, then built with it held.
 * The package hands them out one by one, and asks
 * csp_record_iterator_changed() before each, so that a write or a close
 * between two steps ends the iteration as it does without batches. */
%feature("docstring") csp_py_entity_batch "csp_py_entity_batch(it, cls, reg, n) -> (entities, error): the next records of an iteration, at most n, as entities of cls (their _obj, _reg and _vals set: the record, reg, csp_py_record_values(record)), last record first; error is None, or the exception of the record that failed after the ones given (they come first, it is raised next). An empty list and None at the end; an error on the first record raises at once.";
%typemap(out) PyObject *csp_py_entity_batch "$result = $1;";
%{
#include "structmember.h"

/* The offset of the object slot `name` in instances of `cls`; -1 with an
 * exception set when it is not one. */
static Py_ssize_t csp_py_slot_offset(PyTypeObject *cls, const char *name)
{
    Py_ssize_t off = -1;
    PyObject *d = PyObject_GetAttrString((PyObject *)cls, name);
    if (!d) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "csp_py_entity_batch(): %s has no slot %s", cls->tp_name, name);
        return -1;
    }
    if (Py_TYPE(d) == &PyMemberDescr_Type && ((PyMemberDescrObject *)d)->d_member->type == T_OBJECT_EX &&
        PyType_IsSubtype(cls, PyDescr_TYPE(d)))
        off = ((PyMemberDescrObject *)d)->d_member->offset;
    else
        PyErr_Format(PyExc_TypeError, "csp_py_entity_batch(): %s.%s is not a slot", cls->tp_name, name);
    Py_DECREF(d);
    return off;
}

/* The offsets of _obj, _reg and _vals in `cls`, kept for the last class
 * asked (held, so that its address is not reused); the GIL guards them. */
static int csp_py_entity_slots(PyTypeObject *cls, Py_ssize_t off[3])
{
    static PyTypeObject *last = NULL;
    static Py_ssize_t cached[3];
    if (cls != last) {
        Py_ssize_t o[3];
        if ((o[0] = csp_py_slot_offset(cls, "_obj")) < 0 || (o[1] = csp_py_slot_offset(cls, "_reg")) < 0 ||
            (o[2] = csp_py_slot_offset(cls, "_vals")) < 0)
            return -1;
        Py_INCREF(cls);
        Py_XDECREF(last);
        last = cls;
        memcpy(cached, o, sizeof cached);
    }
    memcpy(off, cached, sizeof cached);
    return 0;
}

/* The entity for a record (taken: freed on failure): an instance of tp made
 * by its own tp_new, its slots set. NULL with an exception set on failure. */
static PyObject *csp_py_entity(PyTypeObject *tp, const Py_ssize_t off[3], csp_record *record, PyObject *reg)
{
    static PyObject *noargs = NULL;
    PyObject *obj, *values, *entity;
    if (!noargs && !(noargs = PyTuple_New(0))) {
        csp_record_free(record);
        return NULL;
    }
    obj = SWIG_Python_NewPointerObj(NULL, record, SWIGTYPE_p_csp_record, SWIG_POINTER_OWN);
    if (!obj) {
        csp_record_free(record);
        return NULL;
    }
    values = csp_py_record_values(record);
    entity = values ? tp->tp_new(tp, noargs, NULL) : NULL;
    if (!entity) {
        Py_DECREF(obj);
        Py_XDECREF(values);
        return NULL;
    }
    /* A new object: its slots are empty (cleared for a tp_new that set them). */
    Py_CLEAR(*(PyObject **)((char *)entity + off[0]));
    Py_CLEAR(*(PyObject **)((char *)entity + off[1]));
    Py_CLEAR(*(PyObject **)((char *)entity + off[2]));
    *(PyObject **)((char *)entity + off[0]) = obj;
    Py_INCREF(reg);
    *(PyObject **)((char *)entity + off[1]) = reg;
    *(PyObject **)((char *)entity + off[2]) = values;
    return entity;
}

#define CSP_PY_BATCH_MAX 256
%}
%inline %{
static PyObject *csp_py_entity_batch(csp_record_iterator *it, PyObject *cls, PyObject *reg, size_t n)
{
    csp_record *recs[CSP_PY_BATCH_MAX];
    PyTypeObject *tp;
    Py_ssize_t off[3];
    PyObject *list, *error = NULL;
    size_t k = 0, i;
    int rc = CSP_OK;
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "csp_py_entity_batch(): 'cls' must be a class");
        return NULL;
    }
    tp = (PyTypeObject *)cls;
    if (csp_py_entity_slots(tp, off) < 0)
        return NULL;
    if (n < 1)
        n = 1;
    if (n > CSP_PY_BATCH_MAX)
        n = CSP_PY_BATCH_MAX;
    Py_BEGIN_ALLOW_THREADS
    while (k < n && (rc = csp_record_next(&recs[k], it)) == CSP_OK)
        k++;
    Py_END_ALLOW_THREADS
    if (rc < 0 && rc != CSP_ITEROVER) {
        /* The exception now, while csp_error_last() is the failure's. */
        csp_py_raise(rc);
        if (k == 0)
            return NULL;
        {
            PyObject *type = NULL, *tb = NULL;
            PyErr_Fetch(&type, &error, &tb);
            PyErr_NormalizeException(&type, &error, &tb);
            if (error && tb)
                PyException_SetTraceback(error, tb);
            Py_XDECREF(type);
            Py_XDECREF(tb);
            if (!error) {
                for (i = 0; i < k; i++)
                    csp_record_free(recs[i]);
                return PyErr_NoMemory();
            }
        }
    }
    list = PyList_New((Py_ssize_t)k);
    for (i = 0; i < k; i++) {
        PyObject *entity = list ? csp_py_entity(tp, off, recs[i], reg) : NULL;
        if (!entity) {
            if (list)
                i++; /* recs[i] was taken */
            for (; i < k; i++)
                csp_record_free(recs[i]);
            Py_XDECREF(list);
            Py_XDECREF(error);
            return NULL;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)(k - 1 - i), entity);
    }
    if (!list) { /* k == 0 cannot fail above: PyList_New(0) failed */
        Py_XDECREF(error);
        return NULL;
    }
    return Py_BuildValue("(NN)", list, error ? error : Py_NewRef(Py_None));
}
%}

/* ------------------------------------------------------------------ */
/* Calls that may wait on the store or a file release the GIL.         */
/* ------------------------------------------------------------------ */

%threadallow csp_register_open;
%threadallow csp_py_csp_register_close;
%threadallow csp_register_begin;
%threadallow csp_register_commit;
%threadallow csp_register_rollback;
%threadallow csp_record_get;
%threadallow csp_record_delete;
%threadallow csp_record_move;
%threadallow csp_record_iterator_new;
%threadallow csp_record_next;
%threadallow csp_record_count_matching;
%threadallow csp_json_import;
%threadallow csp_json_import_file;
%threadallow csp_json_export;
%threadallow csp_json_export_file;
%threadallow csp_json_export_popolo;
%threadallow csp_json_export_popolo_file;
%threadallow csp_register_verify;
%threadallow csp_register_backup;
%threadallow csp_partnership_last_meeting;
%threadallow csp_actions_without_update;
%threadallow csp_partnership_duties_owed;
%threadallow csp_element_progress;
%threadallow csp_meeting_quorate;
%threadallow csp_check;

/* ------------------------------------------------------------------ */
/* The headers                                                         */
/* ------------------------------------------------------------------ */

%include "csp/common.h"
%include "csp/version.h"
%include "csp/codes.h"
%include "csp/error.h"
%include "csp/date.h"
%include "csp/register.h"
%include "csp/schema.h"
%include "csp/query.h"
%include "csp/record.h"
%include "csp/json.h"
%include "csp/governance.h"
%include "csp/check.h"
