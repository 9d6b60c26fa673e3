#!/usr/bin/env python3
"""Figures for a data team: a register in pandas, drawn with matplotlib.

    analysis.py REGISTER --as-of DATE --out DIR [--partnership ID]... [--max-panels N]
    analysis.py FILE.json [FILE.json ...] --as-of DATE --out DIR ...

Loads a register (a register file, opened read-only, or libcsp JSON
documents imported into an in-memory register) through the libcsp Python
binding, never by reading its SQLite file, builds pandas DataFrames and
writes two PNG figures and their tables to DIR:

- actions_rag_by_month.png (rag_by_month.csv): for each partnership, its
  open actions at the end of each month by their latest RAG rating, from the
  dates and ratings of the actions' progress updates, up to DATE;
- findings_by_family.png (findings_by_family.csv): for each partnership, the
  compliance checker's findings as of DATE (reg.check) by rule family (the
  middle part of the rule id: CSP-MEM-001 is MEM), split into met, not met
  and not shown.

Import :func:`load` and :func:`build_frames` to use the DataFrames in a
notebook; see examples/pictures/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import pathlib
import sys
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence

import matplotlib

matplotlib.use("Agg")  # files only, no display: before pyplot is imported

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

import libcsp  # noqa: E402

RAGS = ["red", "amber", "green"]
RAG_COLOURS = {"red": "#c0392b", "amber": "#f0a30a", "green": "#2e8b57"}
RESULTS = ["met", "not_met", "not_shown"]
RESULT_LABELS = {"met": "met", "not_met": "not met", "not_shown": "not shown"}
RESULT_COLOURS = {"met": "#2e8b57", "not_met": "#c0392b", "not_shown": "#9e9e9e"}
#: An action whose latest status is one of these is no longer counted.
CLOSED = {"done", "cancelled", "superseded"}


@dataclass
class Frames:
    """The DataFrames the figures are drawn from."""

    updates: pd.DataFrame
    """One row per action update dated on or before the date: id, action,
    partnership, partnership_name, date (as recorded), month (a monthly
    Period: a full date's or a month's own month, a year's December),
    position, rag, status."""
    rag_by_month: pd.DataFrame
    """Indexed by (partnership, month), columns red, amber, green: the open
    actions whose latest rating by the end of that month is that colour. An
    action counts from the month of its first rated update; one whose latest
    status is done, cancelled or superseded no longer counts. Each partnership
    has a row for every month from its first update's to the date's."""
    findings: pd.DataFrame
    """One row per finding of reg.check(as_of): partnership, partnership_name,
    rule, family (the rule id's middle part), family_label, result (met,
    not_met, not_shown), severity, subject_entity, subject."""
    findings_by_family: pd.DataFrame
    """Indexed by (partnership, family), columns met, not_met, not_shown:
    the number of findings (integers, 0 where none)."""
    partnership_names: Dict[str, str]
    """Each partnership's name, by id."""


def load(paths: Sequence[str]) -> "libcsp.Register":
    """A register from one register file (opened read-only) or from libcsp
    JSON documents (files ending .json, imported into memory, all or nothing
    each). Raises libcsp.Error (a file that cannot be read or imported) or
    ValueError (a register file with other paths)."""
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise ValueError("no register or JSON file given")
    json_files = [p for p in paths if p.lower().endswith(".json")]
    if json_files and len(json_files) != len(paths) or not json_files and len(paths) != 1:
        raise ValueError("give one register file, or one or more JSON documents (*.json)")
    if not json_files:
        if not os.path.exists(paths[0]):
            raise FileNotFoundError(f"{paths[0]}: no such register file")
        return libcsp.Register(paths[0], readonly=True)
    reg = libcsp.Register(":memory:")
    for p in json_files:
        reg.import_file(p)
    return reg


def month_of(date: str) -> pd.Period:
    """The month a recorded date counts from: a full date's or a month's own
    month; a year's last month (an update dated "2023" is known by December
    2023)."""
    if len(date) == 4:
        return pd.Period(f"{date}-12", freq="M")
    return pd.Period(date[:7], freq="M")


def _updates(reg: "libcsp.Register", as_of: str) -> pd.DataFrame:
    actions = reg.actions.to_pandas()[["id", "partnership", "partnership_name"]]
    cols = ["id", "action", "partnership", "partnership_name", "date", "month", "position", "rag", "status"]
    upd = reg.action_updates.to_pandas()
    if upd.empty:
        return pd.DataFrame(columns=cols)
    upd = upd.merge(actions.rename(columns={"id": "action"}), on="action", how="left")
    # An update counts when its date (the start of the period it names) is
    # not after the date asked about.
    upd = upd[upd["date"].map(lambda d: d <= as_of)].copy()
    upd["month"] = upd["date"].map(month_of)
    return upd[cols].sort_values(["partnership", "action", "month", "position"]).reset_index(drop=True)


def _rag_by_month(upd: pd.DataFrame, as_of: str) -> pd.DataFrame:
    columns = pd.Index(RAGS)
    empty = pd.DataFrame(columns=columns, index=pd.MultiIndex.from_tuples([], names=["partnership", "month"]),
                         dtype="int64")
    if upd.empty:
        return empty
    last_month = month_of(as_of[:7])
    s = upd.copy()
    # The rating and status as of each update: an update that gives no RAG
    # (or no status) keeps the one before it.
    s["rag"] = s.groupby("action")["rag"].ffill()
    s["status"] = s.groupby("action")["status"].ffill()
    s["state"] = s["rag"].fillna("unrated")
    s.loc[s["status"].isin(CLOSED), "state"] = "closed"
    at_month_end = s.groupby(["action", "month"]).tail(1)
    months = pd.period_range(s["month"].min(), last_month, freq="M")
    wide = at_month_end.pivot(index="action", columns="month", values="state").reindex(columns=months)
    wide = wide.ffill(axis=1)  # a month with no update keeps the month before's state
    long = wide.stack().rename("state").reset_index()
    long.columns = ["action", "month", "state"]
    part = upd.drop_duplicates("action").set_index("action")["partnership"]
    long["partnership"] = long["action"].map(part)
    long = long[long["state"].isin(RAGS)]
    counts = long.groupby(["partnership", "month", "state"]).size().unstack("state", fill_value=0)
    counts = counts.reindex(columns=columns, fill_value=0)
    # Every month from each partnership's first update to the date.
    firsts = upd.groupby("partnership")["month"].min()
    index = pd.MultiIndex.from_tuples(
        [(p, m) for p, first in sorted(firsts.items()) for m in pd.period_range(first, last_month, freq="M")],
        names=["partnership", "month"])
    return counts.reindex(index, fill_value=0).astype("int64")


def _findings(reg: "libcsp.Register", as_of: str, names: Dict[str, str]) -> pd.DataFrame:
    rows = [{
        "partnership": f.partnership,
        "partnership_name": names.get(f.partnership, f.partnership),
        "rule": f.rule,
        "family": f.rule.split("-")[1] if f.rule.count("-") >= 2 else f.rule,
        "family_label": f.family.label,
        "result": f.result.value,
        "severity": str(f.severity.value),
        "subject_entity": f.subject_entity,
        "subject": f.subject,
    } for f in reg.check(as_of)]
    return pd.DataFrame.from_records(rows, columns=["partnership", "partnership_name", "rule", "family",
                                                    "family_label", "result", "severity", "subject_entity",
                                                    "subject"])


def _families_in_order() -> List[str]:
    """The rule families in the catalogue's order (MEM, SA, PLAN, ...)."""
    out: List[str] = []
    for r in libcsp.rules():
        fam = r.id.split("-")[1]
        if fam not in out:
            out.append(fam)
    return out


def _findings_by_family(findings: pd.DataFrame) -> pd.DataFrame:
    if findings.empty:
        return pd.DataFrame(columns=RESULTS, index=pd.MultiIndex.from_tuples([], names=["partnership", "family"]),
                            dtype="int64")
    counts = findings.groupby(["partnership", "family", "result"]).size().unstack("result", fill_value=0)
    counts = counts.reindex(columns=RESULTS, fill_value=0).astype("int64")
    order = {f: i for i, f in enumerate(_families_in_order())}
    keys = sorted(counts.index, key=lambda k: (k[0], order.get(k[1], len(order)), k[1]))
    return counts.reindex(pd.MultiIndex.from_tuples(keys, names=["partnership", "family"]))


def build_frames(reg: "libcsp.Register", as_of: Any) -> Frames:
    """The DataFrames of a register as of a date (a datetime.date or an ISO
    date "YYYY-MM-DD"): see :class:`Frames`."""
    as_of = as_of.isoformat() if isinstance(as_of, datetime.date) else str(as_of)
    datetime.date.fromisoformat(as_of)  # ValueError for anything but a full date
    names = {p.id: p.name for p in reg.partnerships}
    upd = _updates(reg, as_of)
    findings = _findings(reg, as_of, names)
    return Frames(upd, _rag_by_month(upd, as_of), findings, _findings_by_family(findings), names)


# ---- figures ---------------------------------------------------------------------

def _grid(n: int, width: float, height: float, title: str) -> "tuple[Any, List[Any], Any]":
    """A figure of n panels (one column up to 3, else two), and a thin row
    above them for the legend; returns the figure, the panels and that row."""
    ncols = 1 if n <= 3 else 2
    nrows = max(1, math.ceil(n / ncols))
    fig = plt.figure(figsize=(width * ncols, height * nrows + 1.2), layout="constrained")
    fig.suptitle(title, fontsize=12, fontweight="bold")
    gs = fig.add_gridspec(nrows + 1, ncols, height_ratios=[0.55 / height] + [1.0] * nrows)
    legend_row = fig.add_subplot(gs[0, :])
    legend_row.axis("off")
    axes = [fig.add_subplot(gs[1 + i // ncols, i % ncols]) for i in range(n)]
    return fig, axes, legend_row


def _legend(row: Any, handles: List[Patch], title: str) -> None:
    """The figure's legend, centred in its row under the title."""
    row.legend(handles=handles, loc="center", ncols=len(handles), fontsize=9, title=title, title_fontsize=9,
               frameon=False)


def _empty_figure(path: pathlib.Path, title: str, message: str) -> None:
    fig, ax = plt.subplots(figsize=(8, 3), layout="constrained")
    fig.suptitle(title, fontsize=12, fontweight="bold")
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, wrap=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _title(frames: Frames, pid: str) -> str:
    name = frames.partnership_names.get(pid, pid)
    return name if len(name) <= 60 else name[:57] + "..."


def plot_rag(frames: Frames, as_of: str, path: pathlib.Path, partnerships: Sequence[str]) -> None:
    """actions_rag_by_month.png: stacked bars per month, one panel per partnership."""
    title = f"Open actions by their latest RAG rating, month by month to {as_of}"
    if not partnerships:
        _empty_figure(path, title, "No action updates on or before this date.")
        return
    fig, axes, legend_row = _grid(len(partnerships), 7.5, 2.9, title)
    # One scale for every panel, so that partnerships compare at a glance.
    top = max(int(frames.rag_by_month.loc[p].sum(axis=1).max()) for p in partnerships)
    for ax, pid in zip(axes, partnerships):
        df = frames.rag_by_month.loc[pid]
        x = range(len(df))
        bottom = [0] * len(df)
        for rag in RAGS:
            ax.bar(x, df[rag], bottom=bottom, color=RAG_COLOURS[rag], width=0.8, edgecolor="white", linewidth=0.5)
            bottom = [b + v for b, v in zip(bottom, df[rag])]
        labels = [m.strftime("%b %Y") for m in df.index]
        step = max(1, math.ceil(len(labels) / 12))
        ax.set_xticks(list(x)[::step], labels[::step], rotation=45, ha="right", fontsize=8)
        ax.set_xlim(-0.6, len(df) - 0.4)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(0, max(1, top) * 1.1)
        ax.set_ylabel("open actions")
        ax.set_xlabel("month")
        ax.set_title(_title(frames, pid), fontsize=11, loc="left")
        ax.grid(axis="y", alpha=0.3)
        ax.set_axisbelow(True)
    _legend(legend_row, [Patch(color=RAG_COLOURS[r], label=r.capitalize()) for r in RAGS], "Latest RAG rating")
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_findings(frames: Frames, as_of: str, path: pathlib.Path, partnerships: Sequence[str]) -> None:
    """findings_by_family.png: horizontal stacked bars per rule family, one panel per partnership."""
    title = f"Compliance findings by rule family, as of {as_of}"
    if not partnerships:
        _empty_figure(path, title, "The checker made no findings for this register on this date.")
        return
    labels = frames.findings.drop_duplicates("family").set_index("family")["family_label"].to_dict()
    fig, axes, legend_row = _grid(len(partnerships), 7.0, 2.9, title)
    top = max(int(frames.findings_by_family.loc[p].sum(axis=1).max()) for p in partnerships)
    for ax, pid in zip(axes, partnerships):
        df = frames.findings_by_family.loc[pid].iloc[::-1]  # the catalogue's first family at the top
        y = range(len(df))
        left = [0] * len(df)
        for res in RESULTS:
            bars = ax.barh(y, df[res], left=left, color=RESULT_COLOURS[res], height=0.7, edgecolor="white")
            ax.bar_label(bars, labels=[str(v) if v else "" for v in df[res]], label_type="center",
                         color="white", fontsize=8, fontweight="bold")
            left = [a + v for a, v in zip(left, df[res])]
        ax.set_yticks(list(y), [f"{f}  ({labels.get(f, f)})" for f in df.index], fontsize=9)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlim(0, max(1, top) * 1.05)
        ax.set_xlabel("findings (a rule, for the partnership or one of its records)")
        ax.set_title(_title(frames, pid), fontsize=11, loc="left")
        ax.grid(axis="x", alpha=0.3)
        ax.set_axisbelow(True)
    _legend(legend_row, [Patch(color=RESULT_COLOURS[r], label=RESULT_LABELS[r]) for r in RESULTS], "Result")
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _chosen(index: pd.Index, wanted: Optional[Sequence[str]], limit: int, what: str) -> List[str]:
    have = sorted(set(index.get_level_values(0))) if len(index) else []
    if wanted:
        return [p for p in have if p in wanted]
    if len(have) > limit:
        print(f"analysis.py: {what}: drawing the first {limit} of {len(have)} partnerships "
              f"(--partnership ID to choose, --max-panels N for more)", file=sys.stderr)
    return have[:limit]


def write_figures(frames: Frames, as_of: str, out: pathlib.Path, partnerships: Optional[Sequence[str]] = None,
                  max_panels: int = 12) -> List[pathlib.Path]:
    """Writes the two PNGs and their CSV tables to out; returns the PNGs' paths."""
    out.mkdir(parents=True, exist_ok=True)
    rag_png, fam_png = out / "actions_rag_by_month.png", out / "findings_by_family.png"
    frames.rag_by_month.to_csv(out / "rag_by_month.csv")
    frames.findings_by_family.to_csv(out / "findings_by_family.csv")
    plot_rag(frames, as_of, rag_png, _chosen(frames.rag_by_month.index, partnerships, max_panels, "RAG"))
    plot_findings(frames, as_of, fam_png,
                  _chosen(frames.findings_by_family.index, partnerships, max_panels, "findings"))
    return [rag_png, fam_png]


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        prog="analysis.py",
        description="Figures of a libcsp register for a data team: actions by RAG over time, and "
                    "compliance findings by rule family, per partnership (PNG, with CSV tables).")
    ap.add_argument("paths", nargs="+", metavar="REGISTER_OR_JSON",
                    help="a register file, or one or more libcsp JSON documents (*.json)")
    ap.add_argument("--as-of", required=True, metavar="DATE",
                    help="the date (YYYY-MM-DD) of the check, and the last month of the RAG figure")
    ap.add_argument("--out", required=True, type=pathlib.Path, metavar="DIR", help="where to write the figures")
    ap.add_argument("--partnership", action="append", metavar="ID",
                    help="draw this partnership (repeatable; default: every one, up to --max-panels)")
    ap.add_argument("--max-panels", type=int, default=12, metavar="N",
                    help="at most N partnerships per figure (default 12)")
    a = ap.parse_args(argv)
    try:
        datetime.date.fromisoformat(a.as_of)
    except ValueError:
        ap.error(f"--as-of {a.as_of!r}: a full date is needed, YYYY-MM-DD")
    if a.max_panels < 1:
        ap.error("--max-panels takes a number of 1 or more")
    try:
        with load(a.paths) as reg:
            if a.partnership:
                missing = [p for p in a.partnership if p not in reg.partnerships]
                if missing:
                    ap.error(f"--partnership {missing[0]!r}: no such partnership in the register")
            frames = build_frames(reg, a.as_of)
    except (libcsp.Error, OSError, ValueError) as e:
        print(f"analysis.py: {e}", file=sys.stderr)
        return 1
    for p in write_figures(frames, a.as_of, a.out, a.partnership, a.max_panels):
        print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
