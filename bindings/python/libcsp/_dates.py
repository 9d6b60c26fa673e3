"""Dates: full dates as :class:`datetime.date`, partial ones as :class:`PartialDate`.

libcsp stores dates exactly as the source gives them: ``"2023-01-31"``,
``"2020-03"`` or ``"2002"``. A full date comes back to Python as a
:class:`datetime.date`; a year or a year and month comes back as a
:class:`PartialDate`, never padded into an invented day. Setters accept
either, or the ISO text itself.
"""

from __future__ import annotations

import datetime
import functools
from typing import Optional, Union

from ._errors import CSP_EDATE, DateError

__all__ = ["PartialDate", "DateLike", "parse_date", "format_date"]


@functools.total_ordering
class PartialDate:
    """A year (``PartialDate(2002)``) or a month (``PartialDate(2002, 1)``).

    Its text form is the ISO 8601 one, ``"2002"`` or ``"2002-01"``. Partial
    dates order like libcsp orders dates (``csp_date_compare``): a partial
    date sorts before the fuller dates inside it and after everything
    earlier, so ``PartialDate(2002) < PartialDate(2002, 1) <
    date(2002, 1, 15) < PartialDate(2002, 2)``.
    """

    __slots__ = ("_year", "_month")

    def __init__(self, year: int, month: Optional[int] = None) -> None:
        if isinstance(year, bool) or not isinstance(year, int):
            raise TypeError("year must be an int")
        if month is not None and (isinstance(month, bool) or not isinstance(month, int)):
            raise TypeError("month must be an int or None")
        if not 1 <= year <= 9999:
            raise DateError(f"year {year} is out of range (0001-9999)", CSP_EDATE)
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"month {month} is out of range (1-12)", CSP_EDATE)
        self._year = year
        self._month = month

    @property
    def year(self) -> int:
        """The year."""
        return self._year

    @property
    def month(self) -> Optional[int]:
        """The month (1-12), or None for a year."""
        return self._month

    def isoformat(self) -> str:
        """The ISO 8601 text: ``"2002"`` or ``"2002-01"``."""
        if self._month is None:
            return f"{self._year:04d}"
        return f"{self._year:04d}-{self._month:02d}"

    @property
    def first_day(self) -> datetime.date:
        """The first day inside this period."""
        return datetime.date(self._year, self._month or 1, 1)

    @property
    def last_day(self) -> datetime.date:
        """The last day inside this period."""
        if self._month is None:
            return datetime.date(self._year, 12, 31)
        if self._month == 12:
            return datetime.date(self._year, 12, 31)
        return datetime.date(self._year, self._month + 1, 1) - datetime.timedelta(days=1)

    def __contains__(self, other: object) -> bool:
        """``date(2002, 1, 15) in PartialDate(2002, 1)`` is True."""
        if isinstance(other, (PartialDate, datetime.date)) and not isinstance(
            other, datetime.datetime
        ):
            return format_date(other).startswith(self.isoformat())
        return False

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        if self._month is None:
            return f"PartialDate({self._year})"
        return f"PartialDate({self._year}, {self._month})"

    def __hash__(self) -> int:
        return hash((PartialDate, self._year, self._month))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return (self._year, self._month) == (other._year, other._month)
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, (PartialDate, datetime.date)) and not isinstance(
            other, datetime.datetime
        ):
            return self.isoformat() < format_date(other)
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, (PartialDate, datetime.date)) and not isinstance(
            other, datetime.datetime
        ):
            return self.isoformat() > format_date(other)
        return NotImplemented

    def __reduce__(self) -> tuple[object, ...]:
        return (PartialDate, (self._year, self._month))


#: What a date setter accepts: a date, a partial date or ISO text.
DateLike = Union[datetime.date, PartialDate, str]


def parse_date(text: str) -> Union[datetime.date, PartialDate]:
    """Parses ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``.

    Returns a :class:`datetime.date` for a full date, else a :class:`PartialDate`.
    Raises :class:`DateError` for anything else, including impossible dates.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected a str, not {type(text).__name__}")
    n = len(text)
    try:
        if n == 4 and text.isdigit() and text.isascii():
            return PartialDate(int(text))
        if n == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() and text.isascii():
            return PartialDate(int(text[:4]), int(text[5:]))
        if (
            n == 10
            and text[4] == "-"
            and text[7] == "-"
            and text[:4].isdigit()
            and text[5:7].isdigit()
            and text[8:].isdigit()
            and text.isascii()
        ):
            return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except (ValueError, DateError) as exc:
        raise DateError(f'invalid date "{text}": {exc}', CSP_EDATE) from None
    raise DateError(f'invalid date "{text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)', CSP_EDATE)


def format_date(value: DateLike) -> str:
    """The ISO 8601 text of a date, a partial date or (unchanged) a str.

    A :class:`datetime.datetime` is refused (TypeError): a date has no time.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, datetime.datetime):
        raise TypeError("a datetime is not a date; pass its .date()")
    if isinstance(value, datetime.date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    raise TypeError(f"expected a date, a PartialDate or a str, not {type(value).__name__}")


def _from_c(text: Optional[str]) -> Union[datetime.date, PartialDate, None]:
    """A date read from the library (already valid), or None."""
    if text is None:
        return None
    return parse_date(text)
