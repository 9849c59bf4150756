"""Distributed batch scoring on Dask: ``jobscam score INPUT -o OUTPUT --engine dask [--scheduler ADDR]``.

Every partition goes through :func:`jobscam.scoring.score_frame`, the function every engine calls, so a Dask result is
the pandas result row for row. The task graph carries only the model *path* (or ``None`` for the shipped model):
each worker process loads the artifact itself, once (``load_model`` is cached per process), so nothing big is
pickled into the graph and a cluster whose workers ran ``pip install jobscam`` needs nothing else.
"""

from __future__ import annotations

import contextlib
import glob
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from jobscam.io import SCORE_SCHEMA, InputError
from jobscam.scoring import SCORE_COLUMNS, score_frame

_PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_BLOCKSIZE = "16MiB"
_CSV_SUFFIXES = (".csv", ".csv.gz", ".csv.bz2", ".csv.xz", ".csv.zst")


def _text_dtype() -> Any:
    """The dtype pandas gives a column of Python strings: ``str`` on pandas 3, ``object`` before."""
    return pd.Series(["x"]).dtype


def score_meta(index: pd.Index | None = None) -> pd.DataFrame:
    """The exact empty frame a partition returns: ``id`` + the core's score columns, with ``index``'s dtype."""
    text = _text_dtype()
    dtypes = {
        "id": text,
        **{c: np.dtype("float64") if c == "scam_probability" else text for c in SCORE_COLUMNS},
    }
    return pd.DataFrame(
        {name: pd.Series([], dtype=dtype) for name, dtype in dtypes.items()},
        index=index[:0] if index is not None else None,
    )


def partition_offsets(lengths: Sequence[int], first_row_number: int = 0) -> list[int]:
    """Row number of the first row of each partition, counting from ``first_row_number``."""
    return (
        [first_row_number + int(x) for x in np.concatenate([[0], np.cumsum(lengths)[:-1]])] if lengths else []
    )


def _score_partition(
    frame: pd.DataFrame,
    text_columns: Sequence[str],
    id_column: str | None,
    model_path: str | None,
    offsets: Sequence[int] | None,
    fill_missing_ids: bool,
    partition_info: dict[str, Any] | None = None,
) -> pd.DataFrame:
    """Score one partition with the core. Runs on a worker: loads the model by path (cached per process)."""
    meta = score_meta(frame.index)
    row_numbers = None
    if offsets is not None:
        number = partition_info["number"] if partition_info is not None else 0
        row_numbers = pd.RangeIndex(offsets[number], offsets[number] + len(frame))
    if id_column is None and row_numbers is not None:
        scored = score_frame(frame.set_axis(row_numbers), text_columns, None, model_path=model_path)
        scored.index = frame.index
    else:
        scored = score_frame(frame, text_columns, id_column, model_path=model_path)
    if fill_missing_ids and row_numbers is not None:
        ids = scored["id"]
        missing = (ids.isna() | (ids.astype(object) == "")).to_numpy()
        if missing.any():
            scored["id"] = np.where(
                missing, row_numbers.astype(str).to_numpy(dtype=object), ids.to_numpy(dtype=object)
            )
    return scored.astype(meta.dtypes.to_dict())


def score_dask_frame(
    ddf: Any,
    text_columns: Sequence[str] = ("text",),
    id_column: str | None = None,
    model_path: str | os.PathLike[str] | None = None,
    first_row_number: int = 0,
    _fill_missing_ids: bool = False,
) -> Any:
    """Score a Dask DataFrame lazily: ``id`` + ``scam_probability, risk_band, signals, status``, one row per row.

    The id is ``ddf[id_column]`` or, without one, the global row number (``first_row_number`` for the first row),
    which is what :func:`~jobscam.scoring.score_frame` gives a pandas frame with a default index. Numbering rows
    needs each partition's length, so without ``id_column`` the lengths are computed here (one extra pass).
    ``model_path`` must be readable by the workers; ``None`` is the model shipped inside the package.
    """
    text_columns = list(text_columns)
    _check_columns(text_columns + ([id_column] if id_column else []), list(ddf.columns))
    path = os.path.abspath(os.fspath(model_path)) if model_path is not None else None
    offsets = None
    if id_column is None or _fill_missing_ids:
        offsets = partition_offsets(ddf.map_partitions(len).compute().tolist(), first_row_number)
    return ddf.map_partitions(
        _score_partition,
        text_columns,
        id_column,
        path,
        offsets,
        _fill_missing_ids,
        meta=score_meta(ddf._meta.index),
    )


def _check_columns(wanted: Sequence[str], available: Sequence[str]) -> None:
    if not wanted:
        raise InputError("at least one text column is needed")
    for column in wanted:
        if column not in available:
            raise InputError(
                f"column {column!r} not in input; columns are: {', '.join(map(str, available)) or '(none)'}"
            )


# ------------------------------------------------------------------------------------------------ files


def _is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _format_of(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(_PARQUET_SUFFIXES):
        return "parquet"
    if lowered.endswith(_CSV_SUFFIXES):
        return "csv"
    return None


def resolve_input(source: str) -> tuple[str, str | list[str]]:
    """``(format, paths)`` for a Parquet/CSV file, a directory of them, or a glob; remote URLs go by suffix."""
    if _is_remote(source):
        fmt = _format_of(source.rstrip("/"))
        if fmt is None:
            raise InputError(
                f"cannot tell the format of {source!r}: name a .parquet/.pq or .csv file or glob"
            )
        return fmt, source
    if os.path.isdir(source):
        files = sorted(p for p in glob.glob(os.path.join(source, "*")) if os.path.isfile(p))
    elif glob.has_magic(source):
        files = sorted(glob.glob(source))
    elif os.path.isfile(source):
        files = [source]
    else:
        raise InputError(f"input {source!r} does not exist")
    formats = {f: _format_of(f) for f in files}
    parquet = [f for f, fmt in formats.items() if fmt == "parquet"]
    csv = [f for f, fmt in formats.items() if fmt == "csv"]
    if parquet and csv:
        raise InputError(f"input {source!r} mixes Parquet and CSV files; point at one kind")
    if not parquet and not csv:
        raise InputError(f"no .parquet/.pq or .csv file in {source!r}")
    return ("parquet", parquet) if parquet else ("csv", csv)


def read_input(source: str, columns: Sequence[str]) -> Any:
    """A Dask DataFrame of ``columns`` read from ``source`` (see :func:`resolve_input`).

    CSV is read as text only (``dtype=str``; only an empty cell is missing, so an ad reading "NA" stays an ad) with
    undecodable bytes replaced, which the core then reports as ``error:undecodable`` on that row. Each CSV file is
    one partition (``blocksize=None``): ads contain newlines inside quoted fields, and splitting a file at byte
    offsets would cut such rows in two. Split very large CSVs into several files, or use Parquet, which is split
    by row group.
    """
    import dask.dataframe as dd

    fmt, paths = resolve_input(source)
    wanted = list(dict.fromkeys(columns))
    try:
        if fmt == "parquet":
            # ~16 MB of text per partition (about 10,000 ads): enough tasks to keep every worker busy.
            ddf = dd.read_parquet(paths, blocksize=PARQUET_BLOCKSIZE)
        else:
            ddf = dd.read_csv(
                paths,
                blocksize=None,
                dtype=str,
                keep_default_na=False,
                na_values=[""],
                encoding="utf-8-sig",
                encoding_errors="replace",
            )
    except (OSError, ValueError) as error:
        raise InputError(
            f"cannot read {source!r}: {str(error).strip().splitlines()[0] if str(error).strip() else error}"
        ) from None
    _check_columns(wanted, list(ddf.columns))
    return ddf[wanted]


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, n_workers: int | None = None) -> Iterator[Any]:
    """A client on ``scheduler`` (``tcp://host:8786``), or on a new local cluster of processes, closed on exit.

    ``n_workers`` sizes the local cluster (default: Dask's choice for this machine); ignored with a scheduler.
    """
    from dask.distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            # Processes, one thread each: tokenising text holds the GIL. Loopback only; the dashboard (if bokeh is installed) on a free loopback port.
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=n_workers,
                    processes=True,
                    threads_per_worker=1,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                )
            )
            client = stack.enter_context(Client(cluster))
        yield client


def _check_output(output: str) -> None:
    if _is_remote(output):
        return
    path = Path(output)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise InputError(f"output {output!r} already exists; choose a new directory or remove it")


def summarize(output: str) -> dict[str, Any]:
    """Counts from a written output: rows, ``ok``, errors by status, risk bands. Reads two columns only."""
    import dask
    import dask.dataframe as dd

    written = dd.read_parquet(output, columns=["status", "risk_band"])
    # Count per partition and add up here (a plain value_counts would plan a shuffle for a handful of values).
    parts = dask.compute(*(dask.delayed(_counts)(part) for part in written.to_delayed()))
    statuses: Counter[str] = sum((p[0] for p in parts), Counter())
    bands: Counter[str] = sum((p[1] for p in parts), Counter())
    return {
        "rows": sum(statuses.values()),
        "ok": statuses.get("ok", 0),
        "errors": {k: v for k, v in sorted(statuses.items()) if k != "ok"},
        "bands": {k: v for k, v in sorted(bands.items()) if k},
        "partitions": int(written.npartitions),
        "output": output,
    }


def _counts(frame: pd.DataFrame) -> tuple[Counter[str], Counter[str]]:
    return Counter(map(str, frame["status"].tolist())), Counter(
        str(b) for b in frame["risk_band"].dropna().tolist()
    )


def score_files_dask(
    input: str,
    output: str,
    text_columns: Sequence[str] = ("text",),
    id_column: str | None = None,
    scheduler: str | None = None,
    model_path: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Score Parquet/CSV ``input`` (file, directory or glob) into the Parquet directory ``output``; return counts.

    Without ``scheduler`` a local cluster of worker processes is started and closed; with one (``tcp://host:8786``)
    the existing cluster does the work, and ``input``, ``output`` and ``model_path`` must be reachable by its workers
    (shared storage or an object store URL). Ids are the id column's values, or for rows without one the 1-based
    row number across the input (files in name order), as in the single-process CLI.
    Raises :class:`jobscam.io.InputError` for an unreadable input, a missing column or an existing output.
    """
    text_columns = list(text_columns)
    _check_output(output)
    with dask_client(scheduler):
        ddf = read_input(input, text_columns + ([id_column] if id_column else []))
        scored = score_dask_frame(
            ddf, text_columns, id_column, model_path, first_row_number=1, _fill_missing_ids=True
        )
        scored.to_parquet(output, write_index=False, schema=SCORE_SCHEMA)
        return summarize(output)
