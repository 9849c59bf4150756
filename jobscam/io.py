"""Batch readers and writers shared by the CLI, the Streamlit page and the Dask engine.

Readers stream an input file in chunks of ``id, text, input_error`` so memory stays bounded whatever the file size,
and report a broken row as an error *on that row* (with its exact 1-based row number) instead of failing the run:
a recruitment platform scoring a million ads wants every ad back, bad ones marked. Only problems that concern the
whole input (unknown format, unreadable file, a column that does not exist) raise :class:`InputError`.

Writers neutralise spreadsheet formula injection (OWASP): a CSV cell that starts with ``=``, ``+``, ``-``, ``@``,
tab or carriage return is prefixed with ``'`` so Excel or Sheets shows it as text instead of running it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from jobscam import config

FORMATS = ("csv", "jsonl", "parquet")
STDIO = "-"
RECORD_COLUMNS = ("id", "text", "input_error")

MALFORMED = "error:malformed_row"
UNDECODABLE = "error:undecodable"
MISSING_TEXT = "error:missing_text"
NOT_TEXT = "error:not_text"
TOO_LONG = "error:too_long"

_EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
#: Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_RE = re.compile(r"^[=+\-@\t\r]")
#: RFC 4180 line ends. With "\n", Python's csv writer leaves a cell holding a bare "\r" unquoted, which splits
#: the row when read back; with "\r\n" every cell holding either character is quoted.
CSV_LINE_END = "\r\n"
#: Lone surrogates are what ``errors="surrogateescape"`` turns undecodable bytes into.
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
#: A cell may be far longer than the scorer accepts (it then gets ``error:too_long``), but not unbounded.
_CSV_FIELD_LIMIT = 64 * 1024 * 1024

#: Output schema of scored files (Parquet needs it fixed: a chunk of all-error rows has no probabilities).
SCORE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("scam_probability", pa.float64()),
        ("risk_band", pa.string()),
        ("signals", pa.string()),
        ("status", pa.string()),
    ]
)


class InputError(ValueError):
    """The input as a whole cannot be read (unknown format, unreadable file, missing column). One-line message."""


Source = str | os.PathLike[str] | IO[bytes]


# --------------------------------------------------------------------------------------------------- formats


def detect_format(path: str | os.PathLike[str]) -> str:
    """Format from the file extension; ``-`` (stdin/stdout) is CSV unless the caller says otherwise."""
    name = str(path)
    if name == STDIO:
        return "csv"
    suffix = Path(name).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise InputError(
            f"cannot tell the format of {name!r} from its extension; use .csv, .jsonl/.ndjson or .parquet/.pq"
        )
    return _EXTENSIONS[suffix]


def check_format(fmt: str) -> str:
    """``fmt`` if it is one of :data:`FORMATS`, else :class:`InputError`."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; formats are: {', '.join(FORMATS)}")
    return fmt


def _resolve_format(source: Source, fmt: str | None) -> str:
    if fmt is not None:
        return check_format(fmt)
    if isinstance(source, str | os.PathLike):
        return detect_format(source)
    raise InputError("the format of a file object must be given explicitly")


def _open_binary(source: Source) -> tuple[IO[bytes], bool]:
    """A binary handle for ``source`` and whether we opened it (and must close it)."""
    if isinstance(source, str | os.PathLike):
        if str(source) == STDIO:
            return sys.stdin.buffer, False
        try:
            return open(source, "rb"), True  # noqa: SIM115 - closed by the caller's finally
        except OSError as error:
            raise InputError(f"cannot read {str(source)!r}: {error.strerror or error}") from None
    return source, False


def _missing(columns: Sequence[str], available: Sequence[str]) -> None:
    for column in columns:
        if column not in available:
            shown = ", ".join(map(str, available)) or "(none)"
            raise InputError(f"column {column!r} not in input; columns are: {shown}")


# --------------------------------------------------------------------------------------------------- readers


def iter_records(
    source: Source,
    fmt: str | None,
    text_columns: Sequence[str],
    id_column: str | None,
    chunk_size: int = 10_000,
) -> Iterator[pd.DataFrame]:
    """Stream ``source`` as DataFrames of ``id, text, input_error``, one row per input row, in order.

    ``id`` is the id column's value or the 1-based row number (header excluded); ``text`` joins the text columns
    with newlines, skipping empty cells (``None`` if all are empty); ``input_error`` is ``""`` or the reason a row
    could not be read (``error:malformed_row``, ``error:undecodable``, ``error:missing_text``, ...).
    ``source`` is a path, ``-`` (stdin) or a binary file object.
    """
    if not text_columns:
        raise InputError("at least one text column is needed")
    if chunk_size < 1:
        raise InputError("chunk size must be at least 1")
    fmt = _resolve_format(source, fmt)
    readers = {"csv": _iter_csv, "jsonl": _iter_jsonl, "parquet": _iter_parquet}
    handle, owned = _open_binary(source)
    try:
        yield from readers[fmt](handle, list(text_columns), id_column, chunk_size)
    finally:
        if owned:
            handle.close()


class _ChunkBuilder:
    """Accumulates rows and cuts them into frames of ``chunk_size``."""

    def __init__(self, chunk_size: int):
        self.chunk_size = chunk_size
        self.ids: list[str] = []
        self.texts: list[str | None] = []
        self.errors: list[str] = []

    def add(self, row_id: str, text: str | None, error: str) -> pd.DataFrame | None:
        if error:
            text = None
        elif text is not None and len(text) > config.MAX_TEXT_CHARS:
            text, error = None, TOO_LONG  # the scorer would refuse it anyway; do not hold it in memory
        self.ids.append(row_id)
        self.texts.append(text)
        self.errors.append(error)
        return self.flush() if len(self.ids) >= self.chunk_size else None

    def flush(self) -> pd.DataFrame | None:
        if not self.ids:
            return None
        frame = pd.DataFrame(
            {"id": self.ids, "text": pd.Series(self.texts, dtype=object), "input_error": self.errors}
        )
        self.ids, self.texts, self.errors = [], [], []
        return frame


def _join(cells: Sequence[Any]) -> tuple[str | None, str]:
    """Join text cells with newlines, skipping empty ones; numbers count as text, anything else does not."""
    parts: list[str] = []
    for cell in cells:
        if cell is None or cell == "" or (isinstance(cell, float) and math.isnan(cell)):
            continue
        if isinstance(cell, str):
            parts.append(cell)
        elif isinstance(cell, int | float) and not isinstance(cell, bool):
            parts.append(str(cell))
        else:
            return None, NOT_TEXT
    return ("\n".join(parts) if parts else None), ""


def _clean_id(value: str) -> str:
    """Ids are echoed to the output: replace undecodable bytes so the writer never fails on them."""
    if _SURROGATE_RE.search(value):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def _iter_csv(
    handle: IO[bytes], text_columns: list[str], id_column: str | None, chunk_size: int
) -> Iterator[pd.DataFrame]:
    # Undecodable bytes become lone surrogates, so one bad row is flagged without losing the rest of the file.
    stream = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(stream)
    try:
        header = next(reader, None)
        if header is None:
            return
        _missing(text_columns + ([id_column] if id_column else []), header)
        width = len(header)
        text_at = [header.index(c) for c in text_columns]
        id_at = header.index(id_column) if id_column else None
        builder = _ChunkBuilder(chunk_size)
        row_number = 0
        while True:
            row_number += 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error:
                # e.g. a field over the size limit; the reader resumes on the next line.
                chunk = builder.add(str(row_number), None, MALFORMED)
            else:
                if not row:  # a blank line is not a row (pandas skips them too)
                    row_number -= 1
                    continue
                chunk = builder.add(*_csv_row(row, row_number, width, text_at, id_at))
            if chunk is not None:
                yield chunk
        last = builder.flush()
        if last is not None:
            yield last
    except OSError as error:
        raise InputError(f"cannot read the input: {error}") from None
    finally:
        stream.detach()  # leave closing the binary handle to its owner


def _csv_row(
    row: list[str], row_number: int, width: int, text_at: list[int], id_at: int | None
) -> tuple[str, str | None, str]:
    row_id = str(row_number)
    if id_at is not None and id_at < len(row) and row[id_at] != "":
        row_id = _clean_id(row[id_at])
    if len(row) != width:
        return row_id, None, MALFORMED
    text, error = _join([row[i] for i in text_at])
    if text is not None and _SURROGATE_RE.search(text):
        return row_id, None, UNDECODABLE
    return row_id, text, error


def _iter_jsonl(
    handle: IO[bytes], text_columns: list[str], id_column: str | None, chunk_size: int
) -> Iterator[pd.DataFrame]:
    builder = _ChunkBuilder(chunk_size)
    seen_text_column = False
    first_chunk = True
    row_number = 0
    try:
        for raw in handle:
            if not raw.strip():
                continue  # blank lines (often a trailing one) are not rows
            row_number += 1
            row_id, text, error, has_text = _jsonl_row(raw, row_number, text_columns, id_column)
            seen_text_column = seen_text_column or has_text
            chunk = builder.add(row_id, text, error)
            if chunk is not None:
                if first_chunk and not seen_text_column:
                    _no_text_column(text_columns)
                first_chunk = False
                yield chunk
    except OSError as error:
        raise InputError(f"cannot read the input: {error}") from None
    last = builder.flush()
    if last is not None:
        if first_chunk and not seen_text_column:
            _no_text_column(text_columns)
        yield last


def _no_text_column(text_columns: Sequence[str]) -> None:
    """JSON Lines has no header: a text column that no row of the first chunk has is taken to be a typo."""
    names = ", ".join(repr(c) for c in text_columns)
    raise InputError(f"column {names} not in input: no row of the first chunk has it")


def _jsonl_row(
    raw: bytes, row_number: int, text_columns: list[str], id_column: str | None
) -> tuple[str, str | None, str, bool]:
    try:
        line = raw.decode("utf-8-sig" if row_number == 1 else "utf-8")
    except UnicodeDecodeError:
        return str(row_number), None, UNDECODABLE, False
    try:
        obj = json.loads(line)
    except ValueError:
        return str(row_number), None, MALFORMED, False
    if not isinstance(obj, dict):
        return str(row_number), None, MALFORMED, False
    row_id = str(row_number)
    if id_column is not None and obj.get(id_column) not in (None, ""):
        row_id = str(obj[id_column])
    present = [c for c in text_columns if c in obj]
    if not present:
        return row_id, None, MISSING_TEXT, False
    text, error = _join([obj[c] for c in present])
    return row_id, text, error, True


def _iter_parquet(
    handle: IO[bytes], text_columns: list[str], id_column: str | None, chunk_size: int
) -> Iterator[pd.DataFrame]:
    if not handle.seekable():
        handle = io.BytesIO(handle.read())  # Parquet keeps its index at the end: stdin must be buffered
    try:
        parquet = pq.ParquetFile(handle)
    except (pa.ArrowException, OSError) as error:
        raise InputError(f"not a readable Parquet file: {error}") from None
    names = parquet.schema_arrow.names
    _missing(text_columns + ([id_column] if id_column else []), names)
    wanted = list(dict.fromkeys(text_columns + ([id_column] if id_column else [])))
    row_number = 0
    try:
        for batch in parquet.iter_batches(batch_size=chunk_size, columns=wanted):
            builder = _ChunkBuilder(batch.num_rows + 1)
            columns = {name: batch.column(name).to_pylist() for name in wanted}
            for i in range(batch.num_rows):
                row_number += 1
                builder.add(*_parquet_row(columns, i, row_number, text_columns, id_column))
            chunk = builder.flush()
            if chunk is not None:
                yield chunk
    except (pa.ArrowException, OSError) as error:
        raise InputError(f"cannot read the Parquet file: {error}") from None


def _parquet_row(
    columns: dict[str, list[Any]], i: int, row_number: int, text_columns: list[str], id_column: str | None
) -> tuple[str, str | None, str]:
    row_id = str(row_number)
    if id_column is not None and columns[id_column][i] not in (None, ""):
        value = columns[id_column][i]
        row_id = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    cells = []
    for name in text_columns:
        cell = columns[name][i]
        if isinstance(cell, bytes):
            try:
                cell = cell.decode("utf-8")
            except UnicodeDecodeError:
                return row_id, None, UNDECODABLE
        cells.append(cell)
    text, error = _join(cells)
    return row_id, text, error


def read_table(source: Source, fmt: str | None = None) -> pd.DataFrame:
    """Read a whole (small) table: extra training data, an uploaded file on the page."""
    fmt = _resolve_format(source, fmt)
    handle, owned = _open_binary(source)
    try:
        if fmt == "csv":
            return pd.read_csv(handle, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
        if fmt == "jsonl":
            return pd.read_json(handle, lines=True, dtype=False, encoding="utf-8")
        return pd.read_parquet(handle if handle.seekable() else io.BytesIO(handle.read()))
    except InputError:
        raise
    except (ValueError, OSError, UnicodeDecodeError, pa.ArrowException, pd.errors.ParserError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"cannot read the {fmt} input: {first_line}") from None
    finally:
        if owned:
            handle.close()


# ------------------------------------------------------------------------------------------ formula injection


def safe_csv_cell(value: Any) -> Any:
    """Prefix a string that a spreadsheet would run as a formula with ``'``; leave everything else alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every string cell passed through :func:`safe_csv_cell` (vectorised)."""
    safe = frame.copy()
    for column in safe.columns:
        series = safe[column]
        if not (pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series)):
            continue
        is_text = series.map(type).eq(str) if pd.api.types.is_object_dtype(series) else series.notna()
        risky = is_text & series.where(is_text, "").astype(str).str.contains(_FORMULA_RE)
        if risky.any():
            safe[column] = series.astype(object).where(~risky, "'" + series.where(risky, "").astype(str))
    return safe


def frame_to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV of ``frame`` with formula-injection protection, for downloads."""
    return csv_safe(frame).to_csv(index=False, lineterminator=CSV_LINE_END).encode("utf-8")


# --------------------------------------------------------------------------------------------------- writers


class Writer(Protocol):
    def write(self, chunk: pd.DataFrame) -> None: ...

    def close(self) -> None: ...


class _BinaryDest:
    """An output file or stdout, opened on first use so a run that fails early leaves no empty file behind."""

    def __init__(self, dest: str | os.PathLike[str] | IO[bytes]):
        self.dest = dest
        self.handle: IO[bytes] | None = None
        self.owned = False

    def get(self) -> IO[bytes]:
        if self.handle is None:
            if isinstance(self.dest, str | os.PathLike):
                if str(self.dest) == STDIO:
                    self.handle = sys.stdout.buffer
                else:
                    try:
                        self.handle = open(self.dest, "wb")  # noqa: SIM115 - closed in close()
                    except OSError as error:
                        raise InputError(
                            f"cannot write {str(self.dest)!r}: {error.strerror or error}"
                        ) from None
                    self.owned = True
            else:
                self.handle = self.dest
        return self.handle

    def close(self) -> None:
        if self.handle is not None:
            if self.owned:
                self.handle.close()
            else:
                self.handle.flush()


class CsvWriter:
    def __init__(self, dest: str | os.PathLike[str] | IO[bytes]):
        self._dest = _BinaryDest(dest)
        self._header = True

    def write(self, chunk: pd.DataFrame) -> None:
        text = csv_safe(chunk).to_csv(index=False, header=self._header, lineterminator=CSV_LINE_END)
        self._dest.get().write(text.encode("utf-8"))
        self._header = False

    def close(self) -> None:
        self._dest.close()


class JsonlWriter:
    def __init__(self, dest: str | os.PathLike[str] | IO[bytes]):
        self._dest = _BinaryDest(dest)

    def write(self, chunk: pd.DataFrame) -> None:
        handle = self._dest.get()
        if len(chunk):
            text = chunk.to_json(orient="records", lines=True, force_ascii=False)
            handle.write(text.encode("utf-8") + (b"" if text.endswith("\n") else b"\n"))

    def close(self) -> None:
        self._dest.close()


class ParquetWriter:
    """One Parquet file written chunk by chunk with a fixed schema (:data:`SCORE_SCHEMA` for score frames)."""

    def __init__(self, dest: str | os.PathLike[str] | IO[bytes]):
        self._dest = _BinaryDest(dest)
        self._writer: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None

    def write(self, chunk: pd.DataFrame) -> None:
        if self._schema is None:
            self._schema = (
                SCORE_SCHEMA
                if list(chunk.columns) == SCORE_SCHEMA.names
                else pa.Schema.from_pandas(chunk, preserve_index=False)
            )
        table = pa.Table.from_pandas(chunk, schema=self._schema, preserve_index=False)
        if self._writer is None:
            self._writer = pq.ParquetWriter(pa.PythonFile(self._dest.get(), mode="w"), self._schema)
        self._writer.write_table(table)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._dest.close()


def open_writer(dest: str | os.PathLike[str] | IO[bytes], fmt: str | None = None) -> Writer:
    """A writer for ``dest`` (a path, ``-`` for stdout, or a binary file object) in ``fmt`` (default: by extension).

    The file is created on the first ``write``: a run that fails before any row leaves nothing behind. To get an
    empty output for an empty input, write an empty frame (a CSV then holds its header, a Parquet file its schema).
    """
    fmt = _resolve_format(dest, fmt)
    return {"csv": CsvWriter, "jsonl": JsonlWriter, "parquet": ParquetWriter}[fmt](dest)
