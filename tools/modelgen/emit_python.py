"""The Python layers: the entity classes, their enums and collections
(bindings/python/libcsp/_model.py) and the exception classes (_errors.py)."""

from __future__ import annotations

import textwrap
from typing import Dict, List, Tuple

from common import banner, py_str
from model import Entity, Field, Model

PKG = "bindings/python/libcsp"


def emit(model: Model) -> Dict[str, str]:
    check_names(model)
    return {f"{PKG}/_model.py": model_py(model), f"{PKG}/_errors.py": errors_py(model)}


def check_names(model: Model) -> None:
    """Refuses a reverse-navigation method that would hide a field or another method."""
    from model import ModelError

    for t in model.entities:
        taken = {"id", "register", "save", "to_dict", "from_dict", "copy"}
        for f in t.fields:
            taken |= set(attrs(f))
        if t.tree_field:
            taken.add("move")
        for e, f in reverses(model, t):
            assert f.reverse is not None
            if f.reverse.name in taken:
                raise ModelError(f"{model.path.name}: entity {e.name!r}, field {f.name!r}: reverse {f.reverse.name!r} "
                                 f"is already a name on {t.python_class}")
            taken.add(f.reverse.name)


def attrs(f: Field) -> List[str]:
    """The attribute names a field gives its class."""
    if f.type == "ref":
        return [f"{f.name}_id", f.name]
    if f.type == "ref_list":
        return [f"{f.name}_ids", f.name]
    return [f.name]


def reverses(model: Model, target: Entity) -> List[Tuple[Entity, Field]]:
    return [(e, f) for e in model.entities for f in e.fields if f.reverse and f.ref == target.name]


def docstring(text: str, indent: str) -> List[str]:
    """A triple-quoted docstring of text (paragraphs wrapped, code blocks kept)."""
    lines: List[str] = []
    for para in text.strip("\n").split("\n\n"):
        if para.startswith("    ") or "::" in para and para.rstrip().endswith("::"):
            lines += [indent + line if line else "" for line in para.split("\n")]
        else:
            lines += textwrap.wrap(" ".join(para.split()), width=100 - len(indent), initial_indent=indent,
                                   subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    lines[0] = f'{indent}"""' + lines[0][len(indent):]
    if len(lines) == 1 and len(lines[0]) + 3 <= 100:
        return [lines[0] + '"""']
    return lines + [f'{indent}"""']


# ---------------------------------------------------------------------------
# Types of values, in signatures
# ---------------------------------------------------------------------------


def value_type(model: Model, f: Field, *, required: bool) -> str:
    """The type a caller passes for a field (constructor and filter arguments)."""
    if f.type in ("text", "id"):
        t = "str"
    elif f.type == "enum":
        t = f"Union[{f.enum.python}, str]"  # type: ignore[union-attr]
    elif f.type == "bool":
        t = "bool"
    elif f.type == "int":
        t = "int"
    elif f.type == "date":
        t = "DateLike"
    elif f.type == "ref":
        t = f"Union[str, {model.entity(f.ref).python_class!r}]"  # type: ignore[arg-type]
    elif f.type == "text_list":
        t = "Iterable[str]"
    elif f.type == "ref_list":
        t = f"Iterable[Union[str, {model.entity(f.ref).python_class!r}]]"  # type: ignore[arg-type]
    elif f.type == "enum_list":
        t = f"Iterable[Union[{f.enum.python}, str]]"  # type: ignore[union-attr]
    else:
        t = "Iterable[DateLike]"
    t = t.replace("'", '"')
    if required or f.is_list or f.type == "bool":
        return t
    if t.startswith("Union["):
        return t[:-1] + ", None]"
    return f"Optional[{t}]"


def default(f: Field) -> str:
    if f.is_list:
        return "()"
    if f.type == "bool":
        return "False"
    return "None"


def setting_attr(f: Field) -> str:
    """The attribute a constructor argument sets."""
    if f.type == "ref":
        return f"{f.name}_id"
    if f.type == "ref_list":
        return f"{f.name}_ids"
    return f.name


# ---------------------------------------------------------------------------
# _model.py
# ---------------------------------------------------------------------------


def model_py(model: Model) -> str:
    names: List[str] = []
    out = [
        banner("py"),
        '"""The entity classes, their enums and their collections, one of each per',
        "entity and enum of the model's description (libcsp/model/model.toml).",
        "",
        "Every class here is written by tools/modelgen from that description: to add a",
        "field or an entity, edit the description and regenerate. The machinery the",
        "classes share is in _fields.py (fields, the Entity base) and _collection.py",
        '(collections, iterators, queries)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any, Dict, Iterable, Iterator, Mapping, Optional, Type, Union, cast",
        "",
        "from . import _libcsp as _c",
        "from ._collection import Collection, EntityIterator, Query",
        "from ._dates import DateLike",
        "from ._errors import CSP_EREQUIRED, RequiredFieldError",
        "from ._fields import (",
        "    Entity,",
        "    Value,",
        "    _Bool,",
        "    _Date,",
        "    _DateList,",
        "    _Enum,",
        "    _EnumList,",
        "    _Int,",
        "    _RefId,",
        "    _RefListObjects,",
        "    _RefObject,",
        "    _RequiredDate,",
        "    _RequiredRefId,",
        "    _RequiredText,",
        "    _Text,",
        "    _TextList,",
        ")",
        "",
    ]
    mixins = sorted({c for e in model.entities for c in e.python_mixins.values()})
    if mixins:
        out += ["from ._methods import " + ", ".join(mixins), ""]
    out += [
        "if TYPE_CHECKING:",
        "    from ._register import Register",
        "",
    ]
    body: List[str] = ["", "# " + "-" * 75, "# Enums", "# " + "-" * 75, ""]
    for en in model.enums.values():
        names.append(en.python)
        users = [f"{e.name}.{f.name}" for e in model.entities for f in e.fields if f.enum is en]
        width = max(len(v.value) for v in en.values) + 2
        doc = [f"{en.doc} ({', '.join(users)})." if users else en.doc, "",
               "A member is its text (``== \"" + en.values[0].value + "\"``); ``.label`` is for people, "
               "``.doc`` says what it means::", ""]
        doc += [f"    {v.value.upper():<{width}} {v.label}" for v in en.values]
        body.append("")
        body.append(f"class {en.python}(Value):")
        body += docstring("\n".join(doc), "    ")
        body.append("")
        body += [f"    {v.value.upper()} = {py_str(v.value)}" for v in en.values]
        body.append("")
        body.append("")
        body.append(f"{en.python}._csp_enum = {py_str(en.name)}  # type: ignore[attr-defined]")
        body.append("")
    body += ["", "# " + "-" * 75, "# Entities", "# " + "-" * 75, ""]
    for e in model.entities:
        names.append(e.python_class)
        body += entity_class(model, e)
    body += ["", "# " + "-" * 75, "# Collections", "# " + "-" * 75, ""]
    for e in model.entities:
        names.append(e.python_collection)
        body += collection_class(model, e)
    body += ["", "class _RegisterCollections:", '    """The collections of a register, one per entity (Register inherits them)."""',
             "", "    __slots__ = ()"]
    for e in model.entities:
        body += ["", "    @property", f"    def {e.plural}(self) -> {e.python_collection}:",
                 f'        """The {e.plural}, by id: {e.doc}"""' if len(e.doc) + len(e.plural) < 70 else
                 f'        """The {e.plural}, by id."""',
                 f'        return {e.python_collection}(cast("Register", self))']
    body += ["", "", "#: The entity classes and collections, by entity name.",
             "_ENTITY_CLASSES: Dict[str, Type[Entity]] = {"]
    body += [f"    {py_str(e.name)}: {e.python_class}," for e in model.entities]
    body += ["}", "_COLLECTIONS: Dict[str, Type[Collection[Any]]] = {"]
    body += [f"    {py_str(e.name)}: {e.python_collection}," for e in model.entities]
    body += ["}", ""]
    out += ["__all__ = ["] + [f"    {py_str(n)}," for n in names] + ["]"]
    out += body
    return "\n".join(out)


def descriptor(model: Model, f: Field) -> List[str]:
    """The class-body lines of one field."""
    k = py_str(f.name)
    if f.type == "id":
        return []
    if f.type == "text":
        cls = "_RequiredText" if f.required else "_Text"
        return [f"    {f.name} = {cls}({f.index}, {k}{', required=True' if f.required else ''})"]
    if f.type == "enum":
        assert f.enum is not None
        t = f.enum.python if f.required else f"Optional[{f.enum.python}]"
        return [f"    {f.name}: _Enum[{t}] = _Enum({f.index}, {k}, {f.enum.python}"
                f"{', required=True' if f.required else ''})"]
    if f.type == "bool":
        return [f"    {f.name} = _Bool({f.index}, {k}{', readonly=True' if f.readonly else ''})"]
    if f.type == "int":
        return [f"    {f.name} = _Int({f.index}, {k}{', readonly=True' if f.readonly else ''})"]
    if f.type == "date":
        cls = "_RequiredDate" if f.required else "_Date"
        return [f"    {f.name} = {cls}({f.index}, {k}{', required=True' if f.required else ''})"]
    if f.type == "ref":
        target = model.entity(f.ref)  # type: ignore[arg-type]
        idcls = "_RequiredRefId" if f.required else "_RefId"
        t = py_str(target.python_class) if f.required else f'Optional[{py_str(target.python_class)}]'
        return [f"    {f.name}_id = {idcls}({f.index}, {k}{', required=True' if f.required else ''})",
                f"    {f.name}: _RefObject[{t}] = _RefObject({f.index}, {k}, {py_str(target.name)})"]
    if f.type == "text_list":
        return [f"    {f.name} = _TextList({f.index}, {k})"]
    if f.type == "ref_list":
        target = model.entity(f.ref)  # type: ignore[arg-type]
        return [f"    {f.name}_ids = _TextList({f.index}, {k})",
                f"    {f.name}: _RefListObjects[{py_str(target.python_class)}] = _RefListObjects({f.index}, {k}, "
                f"{py_str(target.name)})"]
    if f.type == "enum_list":
        assert f.enum is not None
        return [f"    {f.name}: _EnumList[{f.enum.python}] = _EnumList({f.index}, {k}, {f.enum.python})"]
    return [f"    {f.name} = _DateList({f.index}, {k})"]


def field_doc_line(f: Field) -> str:
    extra = []
    if f.required:
        extra.append("required")
    if f.readonly:
        extra.append("kept by libcsp")
    if f.type == "ref":
        extra.append(f"{f.name}_id is the id")
    if f.type == "ref_list":
        extra.append(f"{f.name}_ids are the ids")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return f"* ``{f.name}``{tail}: {f.doc}"


def entity_class(model: Model, e: Entity) -> List[str]:
    bases = ([e.python_mixins["entity"]] if "entity" in e.python_mixins else []) + ["Entity"]
    lines = ["", f"class {e.python_class}({', '.join(bases)}):"]
    doc = [e.doc, ""]
    if e.nest_in:
        doc += [f"In a JSON document it is nested in its {e.nest_in.name}'s ``{e.nest_key!s}`` array.", ""]
    doc += ["Fields::", ""]
    for f in e.fields:
        doc.append("    " + field_doc_line(f).replace("``", ""))
    lines += docstring("\n".join(doc), "    ")
    lines += ["", "    __slots__ = ()", f"    _entity = {py_str(e.name)}", f"    _eid = {e.index}"]
    if e.nested_field:
        lines.append(f"    _nested = {py_str(e.nested_field.name)}")
    lines.append("")
    for f in e.fields:
        lines += descriptor(model, f)
    # The constructor: required fields by position, the rest by keyword.
    settable = [f for f in e.fields[1:] if not f.readonly]
    req = [f for f in settable if f.required]
    opt = [f for f in settable if not f.required]
    params = ["self", "id: str"] + [f"{f.name}: {value_type(model, f, required=True)}" for f in req]
    if opt:
        params.append("*")
        params += [f"{f.name}: {value_type(model, f, required=False)} = {default(f)}" for f in opt]
    lines += ["", "    def __init__(", *[f"        {p}," for p in params], "    ) -> None:"]
    lines += docstring(f"A new {e.name} (not yet in any register): the required fields by position, the others "
                       "by keyword.", "        ")
    # The record made and the required texts and values set here, not through
    # Entity._init() and each descriptor's __set__ and _set_text(): two Python
    # frames less a field, the same checks and errors (the C setter checks
    # the value; bulk adds build one object a record).
    direct = [f for f in req if f.type in ("text", "enum")]
    lines += ["        if not isinstance(id, str):",
              '            raise TypeError(f"id must be a str, not {type(id).__name__}")',
              f"        {'record = ' if direct else ''}self._obj = _c.csp_record_new({e.index}, id)",
              "        self._reg = None",
              "        self._vals = None"]
    for f in req:
        if f in direct:
            lines += [f"        if {f.name} is None:",
                      f'            raise RequiredFieldError("{f.name} is required", CSP_EREQUIRED, "{f.name}")',
                      f"        _c.csp_record_set_text(record, {f.index}, {f.name})"]
        else:
            lines.append(f"        self.{setting_attr(f)} = {f.name}")
    # An optional argument left at its default sets nothing: no call at all.
    for f in opt:
        test = f.name if f.is_list or f.type == "bool" else f"{f.name} is not None"
        lines.append(f"        if {test}:")
        lines.append(f"            self.{setting_attr(f)} = {f.name}")
    # Navigation from the records that name this one.
    for src, f in reverses(model, e):
        assert f.reverse is not None
        ps = ["self"]
        passes = []
        for name in f.reverse.filters:
            ff = src.field(name)
            ps.append(f"{name}: {value_type(model, ff, required=False) if ff.type != 'bool' else 'Optional[bool]'}"
                      f" = None")
            passes.append(f"{name}={name}")
        extra = ", " + ", ".join(passes) if passes else ""
        lines += ["", f"    def {f.reverse.name}({', '.join(ps)}) -> Iterator[{py_str(src.python_class)}]:"]
        lines += docstring(f"{f.reverse.doc} Needs the object to be attached to a register.", "        ")
        lines.append(f"        return cast(Iterator[{py_str(src.python_class)}], "
                     f"self._related({py_str(src.name)}, {py_str(f.name)}{extra}))")
    if e.nested_field:
        nf = e.nested_field
        target = model.entity(nf.ref)  # type: ignore[arg-type]
        lines += ["", "    @classmethod",
                  f"    def from_dict(cls, data: Mapping[str, Any], {nf.name}: Union[str, {py_str(target.python_class)}, "
                  f"None] = None) -> {py_str(e.python_class)}:"]
        lines += docstring(f"Builds a detached {e.name} from a dict with the keys of the JSON format. In a document "
                           f"{e.plural} are nested under their {nf.name}'s ``{e.nest_key}``, without a "
                           f"``{nf.name}`` key: give ``{nf.name}`` (an id or the {target.name}) for such a dict.",
                           "        ")
        lines.append(f"        return cls._from_dict(data, {nf.name})")
    if e.in_force:
        lines += ["", "    def in_force(self, date: DateLike) -> bool:"]
        lines += docstring(f"Whether this {e.name.replace('_', ' ')} is in force on ``date`` (a date, a "
                           f"PartialDate or ISO text): {in_force_words(e)}.", "        ")
        lines.append("        return self._in_force(date)")
    if e.tree_field:
        lines += ["", f"    def move(self, parent: Union[str, {py_str(e.python_class)}, None] = None, index: int = -1) "
                      "-> None:"]
        lines += docstring(f"Moves this {e.name} (with the {e.plural} under it) under ``parent`` (None: the top "
                           f"level), as its ``index``-th child (negative: last), in the register, and refreshes "
                           "this object.", "        ")
        lines.append("        self._move(parent, index)")
    lines.append("")
    return lines


def in_force_words(e: Entity) -> str:
    inf = e.in_force
    assert inf is not None
    what = []
    if inf.status:
        what.append(f"its {inf.status.name} is {' or '.join(inf.statuses)}")
    if inf.start or inf.end:
        what.append("it started on or before the date and did not end before it (a partial date is the "
                    "period it names; an unset " + " or ".join(f.name for f in (inf.start, inf.end) if f)
                    + " leaves that side open)")
    return " and ".join(what)


def collection_class(model: Model, e: Entity) -> List[str]:
    c = e.python_class
    bases = ([e.python_mixins["collection"]] if "collection" in e.python_mixins else []) + [f"Collection[{c}]"]
    lines = ["", f"class {e.python_collection}({', '.join(bases)}):"]
    lines += docstring(f"The {e.plural} of a register (``reg.{e.plural}``): {e.doc}", "    ")
    lines += ["", f"    _cls = {c}"]
    members = [f for f in e.fields if f.in_typed_filter]
    if members:
        ps = ["self", "*"]
        for f in members:
            t = "Optional[bool]" if f.type == "bool" else value_type(model, f, required=False)
            ps.append(f"{f.name}: {t} = None")
        order = "in tree order" if e.tree_field else "in id order"
        lines += ["", "    def filter(", *[f"        {p}," for p in ps], f"    ) -> EntityIterator[{c}]:"]
        lines += docstring(f"The {e.plural} whose fields equal every argument given ({order}); None matches any. "
                           "References take an id or the entity; flags True or False. For other conditions, "
                           "use :meth:`where`.", "        ")
        lines.append("        return self._iterate(")
        lines.append("            {")
        for f in members:
            lines.append(f"                {py_str(f.name)}: {f.name},")
        lines.append("            }")
        lines.append("        )")
    if e.in_force:
        lines += ["", f"    def in_force(self, date: DateLike) -> Query[{c}]:"]
        lines += docstring(f"A query of the {e.plural} in force on ``date``: {in_force_words(e)}.", "        ")
        lines.append("        return self.where_in_force(date)")
    if e.tree_field:
        lines += ["", f"    def move(self, record: Union[str, {c}], parent: Union[str, {c}, None] = None, "
                      "index: int = -1) -> None:"]
        lines += docstring(f"Moves a {e.name} (with the {e.plural} under it) under ``parent`` with the same "
                           f"{e.nested_field.name} (None: the top level), as its ``index``-th child (0-based; "  # type: ignore
                           "negative or too large: last). Siblings are reordered. "
                           ":class:`~libcsp.ConstraintError` for a parent elsewhere or inside the moved subtree.",
                           "        ")
        lines.append("        self._move(record, parent, index)")
    lines.append("")
    return lines


# ---------------------------------------------------------------------------
# _errors.py
# ---------------------------------------------------------------------------

ERRORS_HEAD = '''"""The libcsp exceptions, one class per C error code.

Every failure of a libcsp C function reaches Python as one of these: the raw
module (``libcsp._libcsp``) calls :func:`_from_c` with the code and the fields
of ``csp_error_last()``. A Python program never sees a negative integer.

The hierarchy::

{tree}
"""

from __future__ import annotations

from typing import Dict, Tuple, Type

__all__ = [
{all}
]

# The C codes (include/csp/codes.h). Kept here as well as in the raw module so
# that this module imports without the extension (the extension imports it).
{consts}

_CODE_NAMES: Dict[int, str] = {{
{names}
}}


class Error(Exception):
    """Base class of every libcsp error.

    Attributes:
        code: the C error code (a negative ``CSP_E...`` value).
        message: the full message; for bad input it starts with the place.
        path: for bad input, where it is (``"partnerships[2].members[0].role"``),
            else ``""``.
        line: for malformed JSON, the 1-based line; else 0.
        column: for malformed JSON, the 1-based column; else 0.
    """

    default_code = CSP_ERROR

    def __init__(
        self,
        message: str,
        code: int | None = None,
        path: str = "",
        line: int = 0,
        column: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = self.default_code if code is None else code
        self.path = path
        self.line = line
        self.column = column

    @property
    def code_name(self) -> str:
        """The name of the C code, e.g. ``"CSP_ENOTFOUND"``."""
        return _CODE_NAMES.get(self.code, "CSP_ERROR")

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{{type(self).__name__}}({{self.message!r}}, code={{self.code_name}})"

    def __reduce__(self) -> Tuple[object, ...]:
        return (type(self), (self.message, self.code, self.path, self.line, self.column))


class ValidationError(Error, ValueError):
    """A value or record breaks the data model. Also a :class:`ValueError`."""

    default_code = CSP_EINVALID
'''

ERRORS_TAIL = '''

class ClosedError(ArgumentError):
    """The register (or the object) was closed: it cannot be used any more."""


class DetachedError(ArgumentError):
    """The entity is not attached to a register, so its references cannot be
    followed; use the ``..._id`` attributes, or read it from a register."""


_BY_CODE: Dict[int, Type[Error]] = {{
{by_code}
}}


def error_class(code: int) -> Type[Error]:
    """The exception class for a C error code (:class:`Error` for unknown codes)."""
    return _BY_CODE.get(code, Error)


def _from_c(code: int, message: str, path: str, line: int, column: int) -> Error:
    """Builds the exception for a failed C call. Called by the raw module."""
    return error_class(code)(message, code, path, line, column)


def _closed(code: int, message: str, path: str, line: int, column: int) -> Error:
    """Builds the exception for a handle that was closed or freed. Called by the raw module."""
    return ClosedError(message, code, path, line, column)


# Exceptions print as libcsp.NotFoundError, where a user meets them.
for _cls in list(_BY_CODE.values()) + [Error, ValidationError, ClosedError, DetachedError]:
    _cls.__module__ = "libcsp"
del _cls
'''


def errors_py(model: Model) -> str:
    classes = [x for x in model.errors if x.python and x.python != "Error"]
    # The hierarchy, as the module docstring draws it.
    tree = ["    Error"]
    top = [x for x in classes if not x.parent]
    grouped = [x for x in classes if x.parent == "ValidationError"]
    width = 28
    for x in top:
        also = f"(also {x.also})" if x.also else ""
        tree.append(f"     +-- {x.python:<{width}} {also:<19} {x.name}".rstrip())
        if x.python == "ArgumentError":
            tree.append(f"     |    +-- {'ClosedError':<{width - 5}} {'':<19} use after close".rstrip())
            tree.append(f"     |    +-- {'DetachedError':<{width - 5}} {'':<19} navigation without a register"
                        .rstrip())
    tree.append(f"     +-- {'ValidationError':<{width}} (also ValueError)")
    for x in grouped:
        tree.append(f"     |    +-- {x.python:<{width - 5}} {'':<19} {x.name}".rstrip())
    names = ["Error", "ValidationError"] + [x.python for x in classes] + ["ClosedError", "DetachedError"]
    out = ERRORS_HEAD.format(
        tree="\n".join(tree),
        all="\n".join(f"    {py_str(n)}," for n in names),
        consts="\n".join(f"{x.name} = {x.value}" for x in model.errors if x.name != "CSP_ITEROVER"),
        names="\n".join(f"    {x.name}: {py_str(x.name)}," for x in model.errors if x.name != "CSP_ITEROVER"),
    )
    body: List[str] = []
    # Classes whose parent is defined here come after it.
    for x in sorted(classes, key=lambda x: x.parent is not None):
        bases = [x.parent or "Error"] + ([x.also] if x.also else [])
        body += ["", "", f"class {x.python}({', '.join(bases)}):"]
        body += docstring(f"{x.pydoc} (``{x.name}``)", "    ")
        body += ["", f"    default_code = {x.name}"]
    tail = ERRORS_TAIL.format(by_code="\n".join(f"    {x.name}: {x.python}," for x in classes))
    return banner("py") + "\n" + out + "\n".join(body) + "\n" + tail
