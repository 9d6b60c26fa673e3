"""The register (a SQLite database): opening, closing, transactions, JSON."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import weakref
from typing import Dict, List, TYPE_CHECKING, Any, Iterable, Iterator, Optional, Type, Union

from . import _libcsp as _c
from ._errors import CSP_EARG, ClosedError
from ._model import _COLLECTIONS, _RegisterCollections

if TYPE_CHECKING:
    from types import TracebackType

    from ._check import Finding
    from ._collection import Collection, EntityIterator
    from ._dates import DateLike
    from ._libcsp import ExportOptions, OpenOptions, VerifyOptions

__all__ = ["Register", "open"]

PathLike = Union[str, "os.PathLike[str]"]


def _path(path: PathLike) -> str:
    value = os.fspath(path)
    if not isinstance(value, str):
        raise TypeError("paths must be str or os.PathLike[str]")
    return value


class Register(_RegisterCollections):
    """An open register: one SQLite database, a file or ``":memory:"``.

    Opening an older file migrates it; a newer file, a database that is not a
    register and a damaged file raise :class:`~libcsp.VersionError`,
    :class:`~libcsp.NotARegisterError` and :class:`~libcsp.CorruptError`.

    Use it as a context manager, which closes it on the way out::

        with libcsp.Register("ealing.csp") as reg:
            reg.import_file("examples/data/ealing.json")
            sep = reg.partnerships["ealing-sep"]

    Args:
        path: a file path, or ``":memory:"`` (the default) for a private
            in-memory register.
        create: create the file if it does not exist (default True).
        readonly: open read-only; every write raises :class:`~libcsp.ReadOnlyError`.
        check: run SQLite's quick integrity check on open (default True).
        busy_timeout: seconds to wait for a file locked by another connection
            (default: the library's, 5 s).

    A register is used by one thread at a time; this object serialises the
    calls made through it with a lock, so sharing it between threads is safe
    (but not parallel). Long calls (imports, exports, queries) release the GIL.
    """

    def __init__(
        self,
        path: PathLike = ":memory:",
        *,
        create: bool = True,
        readonly: bool = False,
        check: bool = True,
        busy_timeout: Optional[float] = None,
    ) -> None:
        self._raw: Any = None
        self._lock = threading.RLock()
        self._iterators: "weakref.WeakSet[EntityIterator[Any]]" = weakref.WeakSet()
        flags = 0
        if create and not readonly:
            flags |= _c.CSP_OPEN_CREATE
        if readonly:
            flags |= _c.CSP_OPEN_READONLY
        if not check:
            flags |= _c.CSP_OPEN_NOCHECK
        opts: "OpenOptions" = {"flags": flags}
        if busy_timeout is not None:
            if busy_timeout < 0:
                raise ValueError("busy_timeout must not be negative")
            opts["busy_timeout_ms"] = max(1, min(int(busy_timeout * 1000), 2**31 - 1))
        self._path = _path(path)
        self._raw = _c.csp_register_open(self._path, opts)

    # -- lifetime ---------------------------------------------------------

    def close(self) -> None:
        """Closes the register. Safe to call twice.

        Iterators over it stop (their next call raises :class:`~libcsp.ClosedError`);
        entity objects read from it stay readable, being copies, but can no
        longer follow references or be saved.
        """
        with self._lock:
            raw = self._raw
            if raw is None:
                return
            for it in list(self._iterators):
                it._release()
            self._raw = None
            _c.csp_register_close(raw)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self._raw is None

    def __enter__(self) -> "Register":
        self._handle()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional["TracebackType"],
    ) -> None:
        self.close()

    def _handle(self) -> Any:
        raw = self._raw
        if raw is None:
            raise ClosedError("the register is closed", CSP_EARG)
        return raw

    # -- properties -------------------------------------------------------

    @property
    def path(self) -> str:
        """The path the register was opened with (``":memory:"`` for memory)."""
        return self._path

    @property
    def readonly(self) -> bool:
        """Whether the register was opened read-only."""
        with self._lock:
            return bool(_c.csp_register_readonly(self._handle()))

    def __repr__(self) -> str:
        state = "closed" if self._raw is None else ("read-only" if self.readonly else "open")
        return f"<libcsp.Register {self._path!r} {state}>"

    # -- collections (the properties, reg.organisations and the rest, are
    #    generated from the model into _model._RegisterCollections) ------

    def _collection(self, entity: str) -> "Collection[Any]":
        return _COLLECTIONS[entity](self)

    # -- transactions -----------------------------------------------------

    def begin(self) -> None:
        """Begins a transaction: the writes that follow form one atomic unit,
        made permanent by :meth:`commit` or undone by :meth:`rollback`.

        Transactions nest (an inner one only marks a point to roll back to);
        nothing reaches the file until the outermost commit. A bulk load is far
        faster in one. Prefer ``with reg.transaction():``.
        """
        with self._lock:
            _c.csp_register_begin(self._handle())

    def commit(self) -> None:
        """Commits the innermost open transaction (:class:`~libcsp.ArgumentError` if none is open)."""
        with self._lock:
            _c.csp_register_commit(self._handle())

    def rollback(self) -> None:
        """Rolls back the innermost open transaction (nothing happens if none is open)."""
        with self._lock:
            _c.csp_register_rollback(self._handle())

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        with self._lock:
            return int(_c.csp_register_transaction_depth(self._handle())) > 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Register"]:
        """A transaction as a context manager: committed when the block ends,
        rolled back (every write made in the block undone) if it raises::

            with reg.transaction():
                for org in orgs:
                    reg.organisations.add(org)

        Blocks nest: an inner block that raises undoes only its own writes
        (if the exception is caught inside the outer block, the outer one goes
        on and commits the rest). A commit that fails (:class:`~libcsp.BusyError`)
        is rolled back and the exception raised.
        """
        self.begin()
        try:
            yield self
        except BaseException:
            if not self.closed:  # closing the register has already rolled it back
                self.rollback()
            raise
        try:
            self.commit()
        except BaseException:
            if not self.closed:
                self.rollback()
            raise

    # -- JSON -------------------------------------------------------------

    def import_json(self, text: Union[str, bytes]) -> None:
        """Imports a JSON document (format ``libcsp/1``) given as text.

        All or nothing: on any error the register is unchanged and the
        exception says where: :class:`~libcsp.ParseError` with ``line`` and
        ``column`` for malformed JSON, else a :class:`~libcsp.ValidationError`
        (or :class:`~libcsp.ExistsError`) whose ``path`` is like
        ``"partnerships[2].members[0].role"``.
        """
        with self._lock:
            _c.csp_json_import(self._handle(), text, None)

    def import_file(self, path: PathLike) -> None:
        """Imports a JSON document from a file; as :meth:`import_json`, plus
        :class:`~libcsp.RegisterIOError` when the file cannot be read."""
        p = _path(path)
        with self._lock:
            _c.csp_json_import_file(self._handle(), p, None)

    @staticmethod
    def _export_flags(public: bool, indent: bool) -> "ExportOptions":
        flags = 0
        if public:
            flags |= _c.CSP_EXPORT_PUBLIC
        if indent:
            flags |= _c.CSP_EXPORT_INDENT
        return {"flags": flags}

    def export_json(self, *, public: bool = False, indent: bool = True) -> str:
        """The whole register as a JSON document (deterministic: records sorted by id).

        Args:
            public: leave out people marked private, and the person of every
                seat they hold.
            indent: indent with two spaces (default); False gives one record
                per line.
        """
        opts = self._export_flags(public, indent)
        with self._lock:
            return str(_c.csp_json_export(self._handle(), opts))

    def export_file(self, path: PathLike, *, public: bool = False, indent: bool = True) -> None:
        """Writes :meth:`export_json` to a file (replaced if it exists), ending in a newline.

        Written safely: a temporary file nobody could have prepared, flushed
        and renamed over the target; an existing file keeps its mode, a new
        full export is created 0600 (it may hold people marked private)."""
        p = _path(path)
        opts = self._export_flags(public, indent)
        with self._lock:
            _c.csp_json_export_file(self._handle(), p, opts)

    def export_popolo(self, path: Optional[PathLike] = None, *, indent: bool = True) -> Optional[Dict[str, Any]]:
        """The register as a Popolo document (http://www.popoloproject.com), for open data.

        The document has the arrays ``organizations`` (organisations and
        partnerships, with their kind as ``classification``), ``persons``,
        ``memberships`` (one per seat: role, post, person or member
        organisation, ``on_behalf_of_id``), ``posts`` and ``events`` (the
        meetings). Ids are the register's prefixed with their kind
        (``"partnership/ealing-sep"``). It is always public: people marked
        private never appear. docs/popolo.md has the whole mapping.

        Args:
            path: where to write it (replaced safely if it exists, ending in
                a newline); None (the default) returns it instead.
            indent: indent the text with two spaces (default); False gives
                compact JSON. Only matters when writing a file.

        Returns:
            the document as a dict when ``path`` is None, else None.
        """
        opts = self._export_flags(False, indent)
        if path is None:
            with self._lock:
                text = str(_c.csp_json_export_popolo(self._handle(), opts))
            doc: Dict[str, Any] = json.loads(text)
            return doc
        p = _path(path)
        with self._lock:
            _c.csp_json_export_popolo_file(self._handle(), p, opts)
        return None

    def check(self, as_of: DateLike, *, partnership: Any = None, skip: Iterable[str] = (),
              enable: Iterable[str] = (), skip_secondary: bool = False, skip_unverified: bool = False,
              problems_only: bool = False) -> List["Finding"]:
        """Checks each partnership (or one) against the law as of a date: the
        rules of docs/rules.md, each giving a :class:`~libcsp.Finding` that is
        met, not met or not shown (the record lacks what would decide it), with
        the rule, its legal source and confidence, a message a chair can read,
        what would clear it, the records it rests on and a due date. The date
        is needed (the check never reads today's); the same register and date
        give the same findings in the same order.

        ``skip`` and ``enable`` take rule ids (``enable`` runs rules off by
        default); ``skip_secondary`` and ``skip_unverified`` leave out rules
        resting on such figures; ``problems_only`` leaves out what is met.
        Raises :class:`~libcsp.DateError` for a date that is not a full date,
        :class:`~libcsp.NotFoundError` for an unknown partnership,
        :class:`~libcsp.ArgumentError` for an unknown rule id."""
        from ._check import check

        return check(self, as_of, partnership=partnership, skip=skip, enable=enable, skip_secondary=skip_secondary,
                     skip_unverified=skip_unverified, problems_only=problems_only)

    def verify(self, *, quick: bool = False, limit: int = 100) -> List[str]:
        """Checks the whole register: the file (SQLite's integrity check, or its
        quick check), every reference, and every record against the model.

        Returns what it found, one line each ("file: ...", "reference: ...",
        "record: ..."): an empty list when the register is sound. At most
        ``limit`` lines; past them a last line "and N more". Opening a register
        runs only the cheap checks; this is the full one."""
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError("limit must be a whole number, 1 or more")
        opts: "VerifyOptions" = {"flags": _c.CSP_VERIFY_QUICK if quick else 0, "max_findings": limit}
        with self._lock:
            found, report = _c.csp_register_verify(self._handle(), opts)
        return report.splitlines() if found else []

    def backup(self, path: PathLike) -> None:
        """Writes a consistent copy of the register to ``path`` while it may be in
        use, every committed change included (those still in the -wal file
        too: copying the register file alone can lose them). The copy is whole
        or not at all, created 0600; a register open at ``path`` is not
        replaced (:class:`~libcsp.RegisterIOError`), and a transaction open on
        this register must end first (:class:`~libcsp.ArgumentError`)."""
        p = _path(path)
        with self._lock:
            _c.csp_register_backup(self._handle(), p)


def open(  # noqa: A001 - like sqlite3.connect / io.open, deliberately
    path: PathLike = ":memory:",
    *,
    create: bool = True,
    readonly: bool = False,
    check: bool = True,
    busy_timeout: Optional[float] = None,
) -> Register:
    """Opens a register; the same as :class:`Register` (``path, create, readonly, ...``)."""
    return Register(path, create=create, readonly=readonly, check=check, busy_timeout=busy_timeout)
