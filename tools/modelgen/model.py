"""Reads libcsp/model/model.toml into checked Python objects.

Every mistake in the description is reported with its place
(``model.toml: entity "membership", field "role": ...``) before anything is
generated, so an edit never reaches the C compiler half-understood.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

TYPES = (
    "id", "text", "enum", "bool", "int", "date", "ref",
    "text_list", "ref_list", "enum_list", "date_list",
)
LIST_TYPES = ("text_list", "ref_list", "enum_list", "date_list")
TEXT_TYPES = ("id", "text", "enum", "date", "ref")
INT_TYPES = ("bool", "int")

NAME = re.compile(r"^[a-z][a-z0-9_]*$")
ENUM_VALUE = re.compile(r"^[a-z][a-z0-9_]*$")
RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")

# Identifiers C and C++ reserve: a field so named keeps its name everywhere
# but in a typed filter struct, where it becomes is_<name>.
C_KEYWORDS = set(
    """auto break case char const continue default do double else enum extern float for goto if inline int
    long register restrict return short signed sizeof static struct switch typedef union unsigned void volatile
    while _Bool _Complex _Imaginary alignas alignof and asm bool catch class compl constexpr const_cast decltype
    delete dynamic_cast explicit export false friend mutable namespace new noexcept not nullptr operator or
    private protected public reinterpret_cast static_assert static_cast template this thread_local throw true try
    typeid typename using virtual wchar_t xor""".split()
)


class ModelError(Exception):
    """A mistake in the description, with its place."""


@dataclass
class EnumValue:
    value: str
    label: str
    doc: str


@dataclass
class Enum:
    name: str
    doc: str
    python: str
    values: List[EnumValue]


@dataclass
class Reverse:
    name: str
    filters: List[str]
    doc: str


@dataclass
class Field:
    name: str
    type: str
    doc: str
    label: str
    index: int = 0
    required: bool = False
    enum: Optional[Enum] = None
    ref: Optional[str] = None  # the entity name
    min: int = 0
    max: int = 0
    since: int = 1
    readonly: bool = False
    filter: int = 0  # 0, or the typed filter struct version
    private: bool = False
    personal: bool = False
    builtin: bool = False
    nested: bool = False
    order: bool = False
    tree: bool = False
    format: str = ""
    multiline: bool = False
    max_length: int = 0  # characters: text, text_list items, ids and refs; 0 for the rest
    acyclic: bool = False
    reverse: Optional[Reverse] = None
    feeds: List[str] = field(default_factory=list)
    product: List["Field"] = field(default_factory=list)
    entity: Optional["Entity"] = None

    @property
    def is_list(self) -> bool:
        return self.type in LIST_TYPES

    @property
    def is_int(self) -> bool:
        return self.type in INT_TYPES

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    @property
    def is_ref(self) -> bool:
        return self.type in ("ref", "ref_list")

    @property
    def c_const(self) -> str:
        assert self.entity is not None
        return f"CSP_{self.entity.name.upper()}_{self.name.upper()}"

    @property
    def in_typed_filter(self) -> bool:
        """Whether the typed filter struct has a member for it (equality on
        text, enum, id, reference; a flag for a bool)."""
        return self.filter > 0 and self.type in ("id", "text", "enum", "ref", "bool")

    @property
    def filter_member(self) -> str:
        return f"is_{self.name}" if self.name in C_KEYWORDS else self.name

    @property
    def flags(self) -> List[str]:
        out = []
        if self.required:
            out.append("CSP_FLAG_REQUIRED")
        if self.readonly:
            out.append("CSP_FLAG_READONLY")
        if self.filter:
            out.append("CSP_FLAG_FILTER")
        if self.private:
            out.append("CSP_FLAG_PRIVATE")
        if self.personal:
            out.append("CSP_FLAG_PERSONAL")
        if self.nested:
            out.append("CSP_FLAG_NESTED")
        if self.order:
            out.append("CSP_FLAG_ORDER")
        if self.tree:
            out.append("CSP_FLAG_TREE")
        if self.builtin:
            out.append("CSP_FLAG_BUILTIN")
        if self.multiline:
            out.append("CSP_FLAG_MULTILINE")
        if self.acyclic:
            out.append("CSP_FLAG_ACYCLIC")
        return out

    @property
    def in_json(self) -> bool:
        """Written in a JSON document (not implied by nesting, not kept by libcsp)."""
        return not (self.nested or self.readonly)


@dataclass
class Operand:
    """A value a check reads: a field of the record itself (via None), or a
    field of the record that one of its references names (via the ref)."""

    via: Optional[Field]
    field: Field

    @property
    def path(self) -> str:
        return f"{self.via.name}.{self.field.name}" if self.via else self.field.name


CHECK_KINDS = ["date_order", "one_of", "at_most_one", "at_least_one", "same", "unset_when", "value_in"]


@dataclass
class Check:
    kind: str  # one of CHECK_KINDS
    operands: List[Operand]
    values: List[str] = field(default_factory=list)  # unset_when, value_in: enum values
    doc: str = ""

    @property
    def fields(self) -> List[Field]:
        """The record's own fields it reads (for a check within one record)."""
        return [o.field for o in self.operands]

    def describe(self) -> str:
        """The rule in a sentence, for docs and error messages."""
        names = [f"{o.path}" for o in self.operands]
        vals = " or ".join(self.values)
        if self.kind == "date_order":
            return f"{names[1]} is not before {names[0]}"
        if self.kind == "one_of":
            return f"exactly one of {' and '.join(names)} is set"
        if self.kind == "at_most_one":
            return f"at most one of {' and '.join(names)} is set"
        if self.kind == "at_least_one":
            return f"at least one of {' and '.join(names)} is set"
        if self.kind == "same":
            return f"{names[0]} is {names[1]}"
        if self.kind == "unset_when":
            return f"{names[0]} is not set when {names[1]} is {vals}"
        return f"{names[0]} is {vals}"

    @property
    def across(self) -> bool:
        """Whether it reads another record (then the store checks it)."""
        return any(o.via is not None for o in self.operands)


@dataclass
class Entity:
    name: str
    plural: str
    header: str
    since: int
    doc: str
    label: str
    index: int = 0
    fields: List[Field] = field(default_factory=list)
    checks: List[Check] = field(default_factory=list)
    nest_in: Optional["Entity"] = None
    nest_key: Optional[str] = None
    children: List["Entity"] = field(default_factory=list)
    list_columns: List[Field] = field(default_factory=list)
    cli: Optional[str] = None
    name_field: Optional[Field] = None
    in_force: Optional["InForce"] = None
    indexes: List[Index] = field(default_factory=list)
    public_when: Optional[Field] = None
    # hand-written classes in bindings/python/libcsp/_methods.py the generated
    # entity class and collection class also inherit from (questions that read
    # across records: csp/governance.h)
    python_mixins: Dict[str, str] = field(default_factory=dict)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    def flagged(self, attr: str) -> Optional[Field]:
        for f in self.fields:
            if getattr(f, attr):
                return f
        return None

    @property
    def c_const(self) -> str:
        return f"CSP_ENTITY_{self.name.upper()}"

    @property
    def c_type(self) -> str:
        return f"csp_{self.name}"

    @property
    def python_class(self) -> str:
        return camel(self.name)

    @property
    def python_collection(self) -> str:
        return camel(self.plural)

    @property
    def nested_field(self) -> Optional[Field]:
        return self.flagged("nested")

    @property
    def order_field(self) -> Optional[Field]:
        return self.flagged("order")

    @property
    def tree_field(self) -> Optional[Field]:
        return self.flagged("tree")

    @property
    def builtin_field(self) -> Optional[Field]:
        return self.flagged("builtin")

    @property
    def filter_members(self) -> List[Field]:
        members = [f for f in self.fields if f.in_typed_filter]
        return sorted(members, key=lambda f: (f.filter, f.index))

    @property
    def filter_version(self) -> int:
        return max([f.filter for f in self.filter_members] or [1])


@dataclass
class Index:
    """An index beyond those every reference and filterable field has
    ([[entity.index]]): partial (the records whose enum field where is one of
    values) and covering (fields, in that order), so that a query of just
    those records reads them from it, in its order, and nothing else."""

    name: str
    fields: List[Field]
    where: Field
    values: List[str]
    since: int
    doc: str


@dataclass
class InForce:
    """When a record is in force: its period (either end open when unset), and
    for some entities a status among those that are."""

    start: Optional[Field]
    end: Optional[Field]
    status: Optional[Field]
    statuses: List[str]


@dataclass
class Header:
    name: str
    brief: str
    doc: str
    entities: List[Entity] = field(default_factory=list)


@dataclass
class Builtin:
    entity: Entity
    values: Dict[str, Any]


@dataclass
class ErrorCode:
    name: str
    value: int
    doc: str
    python: Optional[str]
    parent: Optional[str]
    also: Optional[str]
    pydoc: str


@dataclass
class Rule:
    """A compliance rule of the catalogue ([[rule]]): what it checks, on whom,
    from and until when, its legal source and how sure we are of it."""

    id: str
    family: str
    title: str
    source: str
    confidence: str
    severity: str
    applies_to: List[str]
    check: str                 # the C function libcsp/rules/ evaluates it with: csp__rule_<check>
    explain: str
    fix: str
    start: str = ""            # the first day it applies (ISO date), or ""
    end: str = ""              # the last, or ""
    months: int = 0            # a period it counts in (12: "in the last 12 months"), or 0
    duty: str = ""             # the built-in duty it checks, or ""
    default: bool = True       # on unless a caller enables it (unverified timescales are off)
    index: int = 0


@dataclass
class Model:
    path: Path
    schema_version: int
    json_format: str
    enums: Dict[str, Enum]
    headers: Dict[str, Header]
    entities: List[Entity]
    builtins: List[Builtin]
    errors: List[ErrorCode]
    rules: List[Rule] = field(default_factory=list)
    text_max: int = 0       # characters of a one-line text field, unless it says otherwise
    multiline_max: int = 0  # characters of a multiline one
    checks_since: int = 0   # the schema version from which tables carry CHECK constraints

    def entity(self, name: str) -> Entity:
        for e in self.entities:
            if e.name == name:
                return e
        raise KeyError(name)

    @property
    def max_fields(self) -> int:
        return max(len(e.fields) for e in self.entities)

    @property
    def max_checks(self) -> int:
        return max([len(e.checks) for e in self.entities] + [1])


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def default_label(name: str) -> str:
    words = name.replace("_", " ")
    return words[:1].upper() + words[1:]


# ---------------------------------------------------------------------------
# Loading and checking
# ---------------------------------------------------------------------------


class _Reader:
    """Reads one table of the description, remembering where it is."""

    def __init__(self, data: Dict[str, Any], where: str, allowed: List[str]) -> None:
        if not isinstance(data, dict):
            raise ModelError(f"{where}: expected a table")
        self.data = data
        self.where = where
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise ModelError(f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(allowed)})")

    def fail(self, msg: str) -> ModelError:
        return ModelError(f"{self.where}: {msg}")

    def get(self, key: str, kind: type, default: Any = None, required: bool = False) -> Any:
        if key not in self.data:
            if required:
                raise self.fail(f"{key!r} is required")
            return default
        value = self.data[key]
        if kind is int and isinstance(value, bool):
            raise self.fail(f"{key!r} must be a whole number")
        if not isinstance(value, kind):
            raise self.fail(f"{key!r} must be {kind.__name__}, not {type(value).__name__}")
        return value

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.get(key, str, default, required)
        if required and not value.strip():
            raise self.fail(f"{key!r} must not be empty")
        if "\x00" in value:
            raise self.fail(f"{key!r} holds a NUL character")
        return value.strip() if key in ("doc", "label", "brief", "pydoc") else value

    def name(self, key: str) -> str:
        value = self.text(key, required=True)
        if not NAME.match(value):
            raise self.fail(f"{key} {value!r} must be lower_snake_case (a letter, then letters, digits, _)")
        return value


ENTITY_KEYS = ["name", "plural", "header", "since", "doc", "label", "nest", "list", "cli", "field", "check",
               "name_field", "in_force", "public_when", "python_mixins", "index"]
FIELD_KEYS = [
    "name", "type", "doc", "label", "required", "enum", "ref", "min", "max", "since", "readonly", "filter",
    "private", "personal", "builtin", "nested", "order", "tree", "format", "reverse", "feeds",
    "multiline", "max_length", "acyclic", "product",
]

# The longest id (and so reference) in characters: ids are ASCII.
ID_MAX = 128


def load(path: Path) -> Model:
    try:
        with open(path, "rb") as fp:
            raw = tomllib.load(fp)
    except tomllib.TOMLDecodeError as exc:
        raise ModelError(f"{path.name}: not valid TOML: {exc}") from None
    top = _Reader(raw, path.name, ["model", "enum", "header", "entity", "builtin", "error", "rule"])
    m = _Reader(top.get("model", dict, required=True), f"{path.name}: [model]",
                ["schema_version", "json_format", "text_max", "multiline_max", "checks_since"])
    schema_version = m.get("schema_version", int, required=True)
    if schema_version < 1:
        raise m.fail("schema_version must be 1 or more")
    json_format = m.text("json_format", required=True)
    limits = (m.get("text_max", int, required=True), m.get("multiline_max", int, required=True))
    checks_since = m.get("checks_since", int, required=True)
    if not 1 <= checks_since <= schema_version:
        raise m.fail("checks_since must be a schema version from 1 to schema_version")
    if not 0 < limits[0] <= limits[1] < 2**31:
        raise m.fail("text_max and multiline_max must be 0 < text_max <= multiline_max < 2^31")

    enums = _load_enums(top.get("enum", dict, {}), path.name)
    headers = _load_headers(top.get("header", dict, {}), path.name)
    entities = _load_entities(top.get("entity", list, required=True), path.name, enums, headers, schema_version,
                              limits)
    builtins = _load_builtins(top.get("builtin", dict, {}), path.name, entities)
    errors = _load_errors(top.get("error", list, required=True), path.name)
    model = Model(path, schema_version, json_format, enums, headers, entities, builtins, errors)
    model.text_max, model.multiline_max = limits
    model.checks_since = checks_since
    model.rules = _load_rules(top.get("rule", list, []), path.name, enums, builtins)
    known = {r.id for r in model.rules}
    for e in entities:
        for f in e.fields:
            for rid in f.feeds:
                if rid not in known:
                    raise ModelError(f"{path.name}: entity {e.name!r}, field {f.name!r}: feeds {rid!r}, "
                                     "which is not a [[rule]]")
    _check_names(model)
    return model


RULE_KEYS = ["id", "family", "title", "source", "confidence", "severity", "applies_to", "check", "explain", "fix",
             "from", "until", "months", "duty", "default"]


def _load_rules(raw: List[Any], where: str, enums: Dict[str, Enum], builtins: List[Builtin]) -> List[Rule]:
    out: List[Rule] = []
    duties = {b.values["id"] for b in builtins if b.entity.name == "duty"}
    for i, table in enumerate(raw):
        if not isinstance(table, dict):
            raise ModelError(f"{where}: rule {i + 1}: expected a table")
        r = _Reader(table, f"{where}: rule {table.get('id', i + 1)!r}", RULE_KEYS)
        rid = r.text("id", required=True)
        if not RULE_ID.match(rid) or any(x.id == rid for x in out):
            raise r.fail(f"id {rid!r} must look like CSP-PLAN-001 and be used once")
        values: Dict[str, str] = {}
        for key, en in (("family", "rule_family"), ("confidence", "confidence"), ("severity", "rule_severity")):
            v = r.text(key, required=True)
            if en not in enums or v not in [x.value for x in enums[en].values]:
                raise r.fail(f"{key} {v!r} is not a value of [enum.{en}]")
            values[key] = v
        kinds = r.get("applies_to", list, required=True)
        known = [x.value for x in enums["partnership_kind"].values]
        if not kinds or any(k not in known for k in kinds):
            raise r.fail(f"applies_to must list partnership kinds ({', '.join(known)})")
        check = r.name("check")
        start, end = r.text("from"), r.text("until")
        for key, d in (("from", start), ("until", end)):
            if d and not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
                raise r.fail(f"{key} {d!r} must be a full ISO date")
        if start and end and end < start:
            raise r.fail("until is before from")
        months = r.get("months", int, 0)
        if not 0 <= months <= 120:
            raise r.fail("months must be 0 to 120")
        duty = r.text("duty")
        if duty and duty not in duties:
            raise r.fail(f"duty {duty!r} is not a built-in duty")
        rule = Rule(rid, values["family"], r.text("title", required=True), r.text("source", required=True),
                    values["confidence"], values["severity"], list(kinds), check, r.text("explain", required=True),
                    r.text("fix", required=True), start, end, months, duty, bool(r.get("default", bool, True)),
                    index=len(out))
        out.append(rule)
    return out


def _load_enums(raw: Dict[str, Any], where: str) -> Dict[str, Enum]:
    enums: Dict[str, Enum] = {}
    for name, table in raw.items():
        r = _Reader(table, f"{where}: enum {name!r}", ["doc", "python", "values"])
        if not NAME.match(name):
            raise r.fail("an enum name must be lower_snake_case")
        values: List[EnumValue] = []
        raw_values = r.get("values", list, required=True)
        if not raw_values:
            raise r.fail("an enum needs at least one value")
        for i, v in enumerate(raw_values):
            vr = _Reader(v, f"{where}: enum {name!r}, value {i + 1}", ["value", "label", "doc"])
            value = vr.text("value", required=True)
            if not ENUM_VALUE.match(value):
                raise vr.fail(f"value {value!r} must be lower_snake_case")
            if any(x.value == value for x in values):
                raise vr.fail(f"value {value!r} is listed twice")
            values.append(EnumValue(value, vr.text("label", required=True), vr.text("doc", required=True)))
        python = r.text("python") or camel(name)
        enums[name] = Enum(name, r.text("doc", required=True), python, values)
    return enums


def _load_headers(raw: Dict[str, Any], where: str) -> Dict[str, Header]:
    headers: Dict[str, Header] = {}
    for name, table in raw.items():
        r = _Reader(table, f"{where}: header {name!r}", ["brief", "doc"])
        if not NAME.match(name):
            raise r.fail("a header name must be lower_snake_case")
        headers[name] = Header(name, r.text("brief", required=True), r.text("doc", required=True))
    return headers


def _load_entities(raw: List[Any], where: str, enums: Dict[str, Enum], headers: Dict[str, Header],
                   schema_version: int, limits: Tuple[int, int]) -> List[Entity]:
    entities: List[Entity] = []
    by_name: Dict[str, Entity] = {}
    pending_refs: List[tuple[Field, str, str]] = []
    pending_checks: List[tuple[Entity, List[Any], str]] = []
    last_since = 0
    for i, table in enumerate(raw):
        if not isinstance(table, dict):
            raise ModelError(f"{where}: entity {i + 1}: expected a table")
        label = f"{where}: entity {table.get('name', i + 1)!r}"
        r = _Reader(table, label, ENTITY_KEYS)
        name = r.name("name")
        if name in by_name:
            raise r.fail("an entity of that name is already described")
        plural = r.name("plural")
        header = r.name("header")
        if header not in headers:
            raise r.fail(f"header {header!r} has no [header.{header}] table")
        since = r.get("since", int, required=True)
        if not 1 <= since <= schema_version:
            raise r.fail(f"since {since} must be between 1 and the schema version {schema_version}")
        if since < last_since:
            raise r.fail(f"since {since} is older than an entity before it ({last_since}): entities are only "
                         "ever appended, so a new one goes at the end")
        last_since = since
        e = Entity(name, plural, header, since, r.text("doc", required=True), r.text("label") or default_label(name),
                   index=len(entities), cli=r.text("cli") or None)
        fields_raw = r.get("field", list, required=True)
        field_since = 0
        for k, ftable in enumerate(fields_raw):
            if not isinstance(ftable, dict):
                raise r.fail(f"field {k + 1}: expected a table")
            f = _load_field(ftable, f"{label}, field {ftable.get('name', k + 1)!r}", enums, since, schema_version,
                            limits, pending_refs)
            if e.has(f.name):
                raise r.fail(f"field {f.name!r} is described twice")
            if f.since < field_since:
                raise r.fail(f"field {f.name!r}: since {f.since} is older than a field before it ({field_since}): "
                             "fields are only ever appended, so a new one goes at the end of its entity")
            if f.since > since and f.required:
                raise r.fail(f"field {f.name!r} is required but was added after its entity (since {f.since}): "
                             "records already stored could not have it")
            field_since = f.since
            f.index = len(e.fields)
            f.entity = e
            e.fields.append(f)
        if not e.fields or e.fields[0].name != "id" or e.fields[0].type != "id":
            raise r.fail("the first field must be named \"id\", of type \"id\"")
        if sum(f.type == "id" for f in e.fields) != 1:
            raise r.fail("exactly one field is of type \"id\"")
        for attr in ("nested", "order", "tree", "builtin", "private"):
            if sum(getattr(f, attr) for f in e.fields) > 1:
                raise r.fail(f"at most one field may be {attr}")
        nest = r.get("nest", dict)
        if nest is not None:
            nr = _Reader(nest, f"{label}, nest", ["in", "key"])
            parent = nr.name("in")
            if parent not in by_name:
                raise nr.fail(f"{parent!r} is not an entity described before this one")
            e.nest_in = by_name[parent]
            e.nest_key = nr.name("key")
            nf = e.nested_field
            if nf is None or nf.type != "ref" or nf.ref != parent or not nf.required:
                raise nr.fail(f"a nested entity needs a required ref field to {parent!r} marked nested = true")
            e.nest_in.children.append(e)
        elif e.nested_field is not None:
            raise r.fail("a field is nested = true but the entity has no nest table")
        if e.order_field is not None:
            of = e.order_field
            if of.type != "int" or not of.readonly or e.nest_in is None:
                raise r.fail(f"the order field {of.name!r} must be a readonly int of a nested entity")
        if e.tree_field is not None:
            tf = e.tree_field
            if tf.type != "ref" or tf.ref != name or e.order_field is None:
                raise r.fail(f"the tree field {tf.name!r} must be a ref to {name!r} in an ordered entity")
        bf = e.builtin_field
        if bf is not None and (bf.type != "bool" or not bf.readonly):
            raise r.fail(f"the builtin field {bf.name!r} must be a readonly bool")
        pf = e.flagged("private")
        if pf is not None and pf.type != "bool":
            raise r.fail(f"the private field {pf.name!r} must be a bool")
        pending_checks.append((e, r.get("check", list, []), label))
        mix = r.get("python_mixins", dict)
        if mix is not None:
            mr = _Reader(mix, f"{label}, python_mixins", ["entity", "collection"])
            for key in ("entity", "collection"):
                cls = mr.text(key)
                if cls and not re.match(r"^[A-Z][A-Za-z0-9]*$", cls):
                    raise mr.fail(f"{key} {cls!r} is not a class name")
                if cls:
                    e.python_mixins[key] = cls
        pw = r.text("public_when")
        if pw:
            if not e.has(pw) or e.field(pw).type != "date":
                raise r.fail(f"public_when {pw!r} is not a date field of {name!r}")
            if e.flagged("private") is not None:
                raise r.fail("an entity takes a private field or public_when, not both")
            e.public_when = e.field(pw)
        prod = [f for f in e.fields if f.product]
        for f in prod:
            names = [g.name for g in f.product]
            if len(names) != 2 or not all(e.has(n) and e.field(n).type == "int" and not e.field(n).readonly
                                          for n in names):
                raise r.fail(f"field {f.name!r}: product names two settable int fields of {name!r}")
            f.product = [e.field(n) for n in names]
        nf = r.text("name_field")
        if nf:
            if not e.has(nf) or e.field(nf).type != "text":
                raise r.fail(f"name_field {nf!r} is not a text field of {name!r}")
            e.name_field = e.field(nf)
        inf = r.get("in_force", dict)
        if inf is not None:
            ir = _Reader(inf, f"{label}, in_force", ["start", "end", "status", "statuses"])
            ends = []
            for key in ("start", "end"):
                fname = ir.text(key)
                if fname and (not e.has(fname) or e.field(fname).type != "date"):
                    raise ir.fail(f"{key} {fname!r} is not a date field of {name!r}")
                ends.append(e.field(fname) if fname else None)
            status = ir.text("status")
            statuses = ir.get("statuses", list, [])
            if status:
                if not e.has(status) or e.field(status).type != "enum":
                    raise ir.fail(f"status {status!r} is not an enum field of {name!r}")
                known = [v.value for v in e.field(status).enum.values]  # type: ignore[union-attr]
                bad = [x for x in statuses if x not in known]
                if not statuses or bad:
                    raise ir.fail(f"statuses must list values of {status!r} (unknown: {bad})")
            elif statuses:
                raise ir.fail("statuses need a status field")
            if not any(ends) and not status:
                raise ir.fail("in_force needs a start, an end or a status")
            e.in_force = InForce(ends[0], ends[1], e.field(status) if status else None, list(statuses))
        for k, itable in enumerate(r.get("index", list, [])):
            if not isinstance(itable, dict):
                raise r.fail(f"index {k + 1}: expected a table")
            e.indexes.append(_load_index(itable, f"{label}, index {itable.get('name', k + 1)!r}", e, schema_version))
        columns = r.get("list", list, required=True)
        for c in columns:
            if not isinstance(c, str) or not e.has(c):
                raise r.fail(f"list column {c!r} is not a field of {name!r}")
            e.list_columns.append(e.field(c))
        entities.append(e)
        by_name[name] = e
    for f, target, label in pending_refs:
        if target not in by_name:
            raise ModelError(f"{label}: ref {target!r} is not an entity")
        t = by_name[target]
        assert f.entity is not None
        if f.acyclic and t is not f.entity:
            raise ModelError(f"{label}: acyclic: only a ref to its own entity can make a cycle")
        if t.index > f.entity.index and f.nested:
            raise ModelError(f"{label}: a nested entity comes after the entity it nests in")
        if f.reverse is not None:
            for fl in f.reverse.filters:
                if not f.entity.has(fl) or not f.entity.field(fl).filter:
                    raise ModelError(f"{label}: reverse filter {fl!r} is not a filterable field of "
                                     f"{f.entity.name!r}")
    for e, checks, label in pending_checks:
        for k, ctable in enumerate(checks):
            e.checks.append(_load_check(ctable, f"{label}, check {k + 1}", e, by_name))
    return entities


def _load_index(table: Dict[str, Any], label: str, e: Entity, schema_version: int) -> Index:
    r = _Reader(table, label, ["name", "fields", "where", "since", "doc"])
    name = r.name("name")
    if any(x.name == name for x in e.indexes):
        raise r.fail(f"an index named {name!r} is already described")
    if e.has(name) or e.has(name.removesuffix("_lo")) or e.has(name.removesuffix("_hi")):
        raise r.fail(f"index {name!r} would share its SQL name with a field's index")
    since = r.get("since", int, required=True)
    if not e.since <= since <= schema_version:
        raise r.fail(f"since {since} must be between the entity's ({e.since}) and the schema version "
                     f"({schema_version})")
    cols = r.get("fields", list, required=True)
    if not cols or len(set(map(str, cols))) != len(cols):
        raise r.fail("fields must list one or more fields, each once")
    fields = []
    for c in cols:
        if not isinstance(c, str) or not e.has(c):
            raise r.fail(f"field {c!r} is not a field of {e.name!r}")
        f = e.field(c)
        if f.is_list or f.since > since:
            raise r.fail(f"field {c!r}: an index covers one-value fields its entity had at the index's since")
        fields.append(f)
    w = _Reader(r.get("where", dict, required=True), f"{label}, where", ["field", "values"])
    wname = w.text("field", required=True)
    if not e.has(wname) or e.field(wname).type != "enum" or e.field(wname).since > since:
        raise w.fail(f"field {wname!r} is not an enum field of {e.name!r} (at the index's since)")
    where = e.field(wname)
    if not any(f is where for f in fields):
        raise w.fail(f"list {wname!r} among the fields too: SQLite tests each entry's where field, and reads the "
                     "table for it when the index lacks it")
    known = [v.value for v in where.enum.values]  # type: ignore[union-attr]
    values = w.get("values", list, required=True)
    if not values or any(v not in known for v in values) or len(set(values)) != len(values):
        raise w.fail(f"values must list values of {wname!r}, each once (known: {known})")
    return Index(name, fields, where, list(values), since, r.text("doc", required=True))


def _load_field(table: Dict[str, Any], label: str, enums: Dict[str, Enum], entity_since: int,
                schema_version: int, limits: Tuple[int, int], pending_refs: List[tuple[Field, str, str]]) -> Field:
    r = _Reader(table, label, FIELD_KEYS)
    name = r.name("name")
    if keyword.iskeyword(name) or name in ("register", "self"):
        raise r.fail(f"{name!r} is a Python keyword or reserved name")
    ftype = r.text("type", required=True)
    if ftype not in TYPES:
        raise r.fail(f"type {ftype!r} is not one of: {', '.join(TYPES)}")
    f = Field(name, ftype, r.text("doc", required=True), r.text("label") or default_label(name))
    f.required = bool(r.get("required", bool, False)) or ftype == "id"
    f.since = r.get("since", int, entity_since)
    if not entity_since <= f.since <= schema_version:
        raise r.fail(f"since {f.since} must be between the entity's ({entity_since}) and the schema version "
                     f"({schema_version})")
    for flag in ("readonly", "private", "personal", "builtin", "nested", "order", "tree"):
        setattr(f, flag, bool(r.get(flag, bool, False)))
    filt = r.data.get("filter", False)
    if isinstance(filt, bool):
        f.filter = 1 if filt else 0
    elif isinstance(filt, int) and filt >= 1:
        f.filter = filt
    else:
        raise r.fail("filter must be true, false, or the typed filter struct version that added it (1 or more)")
    if ftype in ("enum", "enum_list"):
        en = r.text("enum", required=True)
        if en not in enums:
            raise r.fail(f"enum {en!r} is not described ([enum.{en}])")
        f.enum = enums[en]
    elif "enum" in r.data:
        raise r.fail("only enum and enum_list fields take an enum")
    if ftype in ("ref", "ref_list"):
        f.ref = r.name("ref")
        pending_refs.append((f, f.ref, label))
    elif "ref" in r.data:
        raise r.fail("only ref and ref_list fields take a ref")
    if ftype == "int":
        kept = bool(r.data.get("readonly", False))  # a position libcsp keeps needs no bounds
        f.min = r.get("min", int, 1 if kept else None, required=not kept)
        f.max = r.get("max", int, 2**31 - 1 if kept else None, required=not kept)
        if not (0 < f.min <= f.max < 2**31):
            raise r.fail("an int field needs 0 < min <= max < 2^31 (0 means unset)")
    elif "min" in r.data or "max" in r.data:
        raise r.fail("only int fields take min and max")
    f.multiline = bool(r.get("multiline", bool, False))
    if f.multiline and ftype not in ("text", "text_list"):
        raise r.fail("only text and text_list fields can be multiline")
    if ftype in ("text", "text_list"):
        f.max_length = r.get("max_length", int, limits[1] if f.multiline else limits[0])
        if not 0 < f.max_length < 2**31:
            raise r.fail("max_length must be 1 or more (characters)")
    elif "max_length" in r.data:
        raise r.fail("only text and text_list fields take a max_length (ids are at most 128 characters)")
    elif ftype in ("id", "ref", "ref_list"):
        f.max_length = ID_MAX
    f.acyclic = bool(r.get("acyclic", bool, False))
    if f.acyclic and ftype != "ref":
        raise r.fail("only a ref can be acyclic")
    f.format = r.text("format")
    if f.format not in ("", "gss", "time", "decimal"):
        raise r.fail(f"format {f.format!r} is not one of: gss, time, decimal")
    if f.format and ftype != "text":
        raise r.fail("only text fields take a format")
    if f.personal and ftype != "ref":
        raise r.fail("only a ref can be personal")
    if f.readonly and ftype not in ("bool", "int"):
        raise r.fail("only bool and int fields can be readonly (libcsp keeps them)")
    if f.readonly and f.required:
        raise r.fail("a readonly field cannot be required")
    if f.required and ftype in INT_TYPES + LIST_TYPES:
        raise r.fail("only text-like fields can be required (a bool is false, an int 0, a list empty when unset)")
    if f.filter and ftype in ("text_list", "date_list"):
        raise r.fail("text and date lists cannot be filterable")
    rev = r.get("reverse", dict)
    if rev is not None:
        if ftype != "ref":
            raise r.fail("only a ref takes a reverse")
        rr = _Reader(rev, f"{label}, reverse", ["name", "filters", "doc"])
        filters = rr.get("filters", list, [])
        if not all(isinstance(x, str) for x in filters):
            raise rr.fail("filters must be field names")
        f.reverse = Reverse(rr.name("name"), filters, rr.text("doc", required=True))
        if not f.filter:
            raise r.fail("a ref with a reverse must be filterable (filter = true)")
    feeds = r.get("feeds", list, [])
    for rule in feeds:
        if not isinstance(rule, str) or not RULE_ID.match(rule):
            raise r.fail(f"feeds: {rule!r} is not a rule id like \"CSP-PLAN-001\"")
    f.feeds = list(feeds)
    prod = r.get("product", list, [])
    if prod:
        if ftype != "int" or not f.readonly:
            raise r.fail("only a readonly int can be a product (libcsp keeps it)")
        # resolved to fields by the entity, once all its fields are read
        f.product = [Field(str(x), "int", "", "") for x in prod]
    return f


def _load_check(table: Any, label: str, e: Entity, by_name: Dict[str, "Entity"]) -> Check:
    r = _Reader(table, label, ["kind", "first", "then", "fields", "field", "when", "path", "values", "doc"])
    kind = r.text("kind", required=True)
    if kind not in CHECK_KINDS:
        raise r.fail(f"kind {kind!r} is not one of: {', '.join(CHECK_KINDS)}")
    takes = {
        "date_order": ["first", "then"], "one_of": ["fields"], "at_most_one": ["fields"],
        "at_least_one": ["fields"], "same": ["fields"], "unset_when": ["field", "when", "values"],
        "value_in": ["path", "values"],
    }[kind]
    extra = [k for k in r.data if k not in takes + ["kind", "doc"]]
    if extra:
        raise r.fail(f"{kind} takes {', '.join(takes)}, not {extra[0]}")

    def operand(path: Any) -> Operand:
        if not isinstance(path, str) or not path:
            raise r.fail(f"{path!r} is not a field name or ref.field path")
        parts = path.split(".")
        if len(parts) > 2 or not e.has(parts[0]):
            raise r.fail(f"{path!r} is not a field of {e.name!r}, or a ref of it and a field of the record named")
        if len(parts) == 1:
            return Operand(None, e.field(parts[0]))
        via = e.field(parts[0])
        if via.type != "ref":
            raise r.fail(f"{parts[0]!r} in {path!r} is not a ref")
        t = by_name[via.ref]  # type: ignore[index]
        if not t.has(parts[1]):
            raise r.fail(f"{parts[1]!r} in {path!r} is not a field of {t.name!r}")
        return Operand(via, t.field(parts[1]))

    values: List[str] = []
    if kind == "date_order":
        ops = [operand(r.text("first", required=True)), operand(r.text("then", required=True))]
        for o in ops:
            if o.field.type != "date":
                raise r.fail(f"{o.path!r} is not a date")
    elif kind in ("one_of", "at_most_one", "at_least_one", "same"):
        names = r.get("fields", list, required=True)
        if len(names) < 2 or (kind == "same" and len(names) != 2):
            raise r.fail(f"{kind} takes fields ({'two' if kind == 'same' else 'two or more'})")
        ops = [operand(n) for n in names]
        if kind != "same":
            for o in ops:
                if o.via is not None:
                    raise r.fail(f"{kind} reads the record's own fields: {o.path!r}")
                if o.field.required:
                    raise r.fail(f"{o.field.name!r} is required, so {kind} cannot hold")
        else:
            a, b = ops
            if a.field.type != b.field.type and {a.field.type, b.field.type} - {"id", "ref"}:
                raise r.fail(f"same compares values of one type: {a.path!r} and {b.path!r}")
            if a.field.type in ("ref", "id") and b.field.type in ("ref", "id"):
                ta = a.field.ref or a.field.entity.name  # type: ignore[union-attr]
                tb = b.field.ref or b.field.entity.name  # type: ignore[union-attr]
                if ta != tb:
                    raise r.fail(f"same: {a.path!r} names a {ta}, {b.path!r} a {tb}")
            if a.field.is_list or b.field.is_list:
                raise r.fail("same compares single values, not lists")
    else:
        if kind == "unset_when":
            ops = [operand(r.text("field", required=True)), operand(r.text("when", required=True))]
            if ops[0].via is not None:
                raise r.fail("unset_when: field is a field of the record itself")
            if ops[0].field.required:
                raise r.fail(f"unset_when: {ops[0].field.name!r} is required")
        else:
            ops = [operand(r.text("path", required=True))]
        cond = ops[-1]
        if cond.field.type != "enum":
            raise r.fail(f"{cond.path!r} is not an enum")
        values = r.get("values", list, required=True)
        known = [v.value for v in cond.field.enum.values]  # type: ignore[union-attr]
        bad = [v for v in values if v not in known]
        if not values or bad:
            raise r.fail(f"values must be values of {cond.path!r} (unknown: {bad})")
    if len(ops) == 2 and ops[0].via is not None and ops[1].via is not None and ops[0].via is not ops[1].via:
        pass  # two references: the store joins both
    return Check(kind, ops, list(values), r.text("doc"))


def _load_builtins(raw: Dict[str, Any], where: str, entities: List[Entity]) -> List[Builtin]:
    out: List[Builtin] = []
    by_name = {e.name: e for e in entities}
    for name, rows in raw.items():
        if name not in by_name:
            raise ModelError(f"{where}: builtin.{name}: {name!r} is not an entity")
        e = by_name[name]
        if e.builtin_field is None:
            raise ModelError(f"{where}: builtin.{name}: {name!r} has no builtin field")
        if not isinstance(rows, list):
            raise ModelError(f"{where}: builtin.{name}: expected [[builtin.{name}]] tables")
        ids = set()
        for i, row in enumerate(rows):
            label = f"{where}: builtin.{name} {row.get('id', i + 1)!r}"
            allowed = [f.name for f in e.fields if f.in_json]
            r = _Reader(row, label, allowed)
            for f in e.fields:
                if f.required and f.name not in row:
                    raise r.fail(f"required field {f.name!r} is missing")
            for key, value in row.items():
                f = e.field(key)
                if f.is_list:
                    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                        raise r.fail(f"{key!r} must be a list of strings")
                    items = value
                elif f.is_int:
                    if f.type == "bool" and not isinstance(value, bool):
                        raise r.fail(f"{key!r} must be true or false")
                    if f.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
                        raise r.fail(f"{key!r} must be a whole number")
                    items = []
                else:
                    if not isinstance(value, str):
                        raise r.fail(f"{key!r} must be a string")
                    items = [value]
                for item in items:
                    if f.enum is not None and item not in [v.value for v in f.enum.values]:
                        raise r.fail(f"{key!r}: {item!r} is not a {f.enum.name} value")
                    if f.type in ("date", "date_list") and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", item):
                        raise r.fail(f"{key!r}: {item!r} is not a date")
            if row["id"] in ids:
                raise r.fail("id listed twice")
            ids.add(row["id"])
            out.append(Builtin(e, row))
    return out


def _load_errors(raw: List[Any], where: str) -> List[ErrorCode]:
    out: List[ErrorCode] = []
    for i, table in enumerate(raw):
        r = _Reader(table, f"{where}: error {i + 1}", ["name", "value", "doc", "python", "parent", "also", "pydoc"])
        name = r.text("name", required=True)
        if not re.match(r"^CSP_[A-Z]+$", name):
            raise r.fail(f"{name!r} must look like CSP_ENAME")
        value = r.get("value", int, required=True)
        if value > 0 or any(x.value == value or x.name == name for x in out):
            raise r.fail(f"{name} = {value}: values are 0 or negative, each used once")
        python = r.text("python") or None
        out.append(ErrorCode(name, value, r.text("doc", required=True), python, r.text("parent") or None,
                             r.text("also") or None, r.text("pydoc")))
        if python and python != "Error" and not r.text("pydoc"):
            raise r.fail("an error with a Python class needs a pydoc")
    return out


def _check_names(model: Model) -> None:
    """Refuses two generated C names that would collide (csp_duty_holding_id
    from entity duty's field holding_id and entity duty_holding's field id)."""
    seen: Dict[str, str] = {}

    def claim(symbol: str, what: str) -> None:
        if symbol in seen and seen[symbol] != what:
            raise ModelError(f"{model.path.name}: {what} would generate {symbol}, as {seen[symbol]} does: "
                             "rename one of them")
        seen[symbol] = what

    for e in model.entities:
        claim(e.c_const, f"entity {e.name!r}")
        for op in ("new", "free", "get", "put", "insert", "delete", "next", "iterator_new", "iterator_query",
                   "iterator_free", "move", "filter", "iterator", "in_force"):
            claim(f"csp_{e.name}_{op}", f"entity {e.name!r}")
        for f in e.fields:
            what = f"field {e.name}.{f.name}"
            claim(f.c_const, what)
            claim(f"csp_{e.name}_{f.name}", what)
            for op in ("set", "add", "clear"):
                claim(f"csp_{e.name}_{op}_{f.name}", what)
            claim(f"csp_{e.name}_{f.name}_count", what)
    python_names: Dict[str, str] = {}
    for e in model.entities:
        for n in (e.python_class, e.python_collection):
            if n in python_names:
                raise ModelError(f"{model.path.name}: entity {e.name!r} gives the Python name {n}, as "
                                 f"{python_names[n]} does")
            python_names[n] = f"entity {e.name!r}"
    for en in model.enums.values():
        if en.python in python_names:
            raise ModelError(f"{model.path.name}: enum {en.name!r} gives the Python name {en.python}, as "
                             f"{python_names[en.python]} does")
        python_names[en.python] = f"enum {en.name!r}"
