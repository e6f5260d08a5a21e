"""The views out: one XLSX workbook (a sheet per view), or CSV / JSON Lines / Parquet files (one per view).

Lists (owners) are joined with 、 in CSV and XLSX cells; JSON Lines and Parquet keep them as lists.
XLSX cells hold values only: text that opens with = is written as text, never as a formula.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..atomic import atomic_write
from .api import Comparison

FILE_FORMATS = ("csv", "jsonl", "parquet")
FORMATS = ("html", "xlsx", *FILE_FORMATS)
SHEETS = ("matrix_wide", "matrix", "diff", "trend", "owners", "owners_summary", "rollup", "targets", "documents")
LIST_SEPARATOR = "、"
XLSX_CELL_LIMIT = 32_000


def view_frames(comparison: Comparison, views: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The frames to write for the chosen views, in workbook order (matrix brings its wide form, owners its summary)."""
    wanted = set(views) | {"targets", "documents"}
    wanted |= {"matrix_wide"} if "matrix" in views else set()
    wanted |= {"owners_summary"} if "owners" in views else set()
    return {name: comparison.matrix_wide.reset_index() if name == "matrix_wide" else comparison.view(name)
            for name in SHEETS if name in wanted}


def write_views(frames: dict[str, pd.DataFrame], destination: Path, *, fmt: str) -> list[Path]:
    """Write the frames; returns the files written. ``destination`` is the workbook for xlsx; for the other
    formats a folder (or a file name whose stem prefixes each view's file: ``out.csv`` → ``out.matrix.csv``)."""
    if fmt == "xlsx":
        _write_xlsx(frames, destination)
        return [destination]
    written = []
    for name, frame in frames.items():
        path = _view_path(destination, name, fmt)
        _write_one(frame, path, fmt)
        written.append(path)
    return written


def _view_path(destination: Path, name: str, fmt: str) -> Path:
    if destination.suffix.lower() == f".{fmt}":
        return destination.with_name(f"{destination.stem}.{name}.{fmt}")
    return destination / f"{name}.{fmt}"


def _write_one(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        with atomic_write(path, encoding="utf-8", newline="") as stream:
            _flat(_whole_numbers(frame)).to_csv(stream, index=False)
    elif fmt == "jsonl":
        with atomic_write(path, encoding="utf-8") as stream:
            _whole_numbers(frame).to_json(stream, orient="records", lines=True, force_ascii=False)
    elif fmt == "parquet":
        with atomic_write(path, mode="wb") as stream:
            _parquet_ready(frame).to_parquet(stream, index=False)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    with atomic_write(path, mode="wb") as stream, pd.ExcelWriter(stream, engine="openpyxl") as workbook:
        for name, frame in frames.items():
            _flat(frame, limit=XLSX_CELL_LIMIT).to_excel(workbook, sheet_name=name[:31], index=False)
            sheet = workbook.sheets[name[:31]]
            sheet.freeze_panes = "B2"
            _as_text(sheet)


def _as_text(sheet) -> None:
    """Cells openpyxl took for formulas (text opening with =, such as a page title) written as the text they
    are: the views hold values only, and a page's words must never run in the reader's Excel."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _flat(frame: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """List cells joined with 、 (and cut to a spreadsheet cell's limit)."""
    flat = frame.copy()
    for column in flat.columns:
        if flat[column].dtype == object:
            flat[column] = flat[column].map(lambda v: _cell(v, limit))
    return flat


def _cell(value: object, limit: int | None) -> object:
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    if limit and isinstance(value, str) and len(value) > limit:
        return value[:limit]
    return value


def _whole_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """In the text formats, a float column that holds only whole numbers (a year, a count, with gaps where a
    jurisdiction states nothing) is written as integers: 2024, not 2024.0."""
    whole = frame.copy()
    for column in whole.columns:
        values = whole[column]
        if pd.api.types.is_float_dtype(values) and values.notna().any() and (values.dropna() % 1 == 0).all():
            whole[column] = values.astype("Int64")
    return whole


def _parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns holding mixed scalars become strings, and so do columns with no value at all (Parquet's
    null type would not concatenate with the same view of another run); list columns stay lists."""
    ready = frame.copy()
    for column in ready.columns:
        if ready[column].isna().all() and not pd.api.types.is_numeric_dtype(ready[column]):
            ready[column] = ready[column].astype("string")
            continue
        if ready[column].dtype == object and not ready[column].map(lambda v: isinstance(v, list)).any():
            ready[column] = ready[column].map(lambda v: None if v is None or (isinstance(v, float) and pd.isna(v))
                                              else str(v) if not isinstance(v, str) else v)
    return ready
