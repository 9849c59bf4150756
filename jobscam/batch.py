"""Score a stream of record chunks (from :func:`jobscam.io.iter_records`), in order, across processes.

Scoring is CPU-bound Python (normalisation, signal regexes, tf-idf), so parallelism needs processes. Each worker
process loads the model once, by path (never pickled into the task), and receives only the records. At most a
few chunks are in flight, so memory stays bounded whatever the input size, and results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from jobscam.scoring import SCORE_COLUMNS, Scorer, load_model

OUTPUT_COLUMNS = ("id", *SCORE_COLUMNS)
#: Chunks queued per worker: enough to keep every worker busy while the parent reads and writes.
IN_FLIGHT_PER_WORKER = 2


def score_records(chunk: pd.DataFrame, scorer: Scorer) -> pd.DataFrame:
    """``id, scam_probability, risk_band, signals, status`` for a chunk of ``id, text, input_error`` records.

    Rows that could not be read keep their ``input_error`` as status, with empty scores; the others go through
    :meth:`Scorer.score`. Exactly one output row per input row, in order.
    """
    errors = chunk["input_error"].to_numpy(dtype=object)
    readable = np.flatnonzero(errors == "")
    n = len(chunk)
    out = pd.DataFrame(
        {
            "id": chunk["id"].astype(str).to_numpy(dtype=object),
            "scam_probability": np.full(n, np.nan),
            "risk_band": np.full(n, "", dtype=object),
            "signals": np.full(n, "", dtype=object),
            "status": errors.copy(),
        }
    )
    if len(readable):
        texts = chunk["text"].to_numpy(dtype=object)[readable]
        scored = scorer.score(texts.tolist())
        for column in SCORE_COLUMNS:
            values = out[column].to_numpy(copy=True)
            values[readable] = scored[column].to_numpy()
            out[column] = values
    return out


def empty_scores() -> pd.DataFrame:
    """A frame with the output columns and types and no rows."""
    return pd.DataFrame(
        {
            "id": pd.Series(dtype=object),
            "scam_probability": pd.Series(dtype=float),
            **{c: pd.Series(dtype=object) for c in ("risk_band", "signals", "status")},
        }
    )


# The worker side: one Scorer per process, loaded by path in the pool initializer.
_worker_scorer: Scorer | None = None


def _init_worker(model_path: str | None) -> None:
    global _worker_scorer
    _worker_scorer = load_model(model_path)


def _score_in_worker(chunk: pd.DataFrame) -> pd.DataFrame:
    assert _worker_scorer is not None, "worker used before its initializer ran"
    return score_records(chunk, _worker_scorer)


def _context() -> Any:
    """``fork`` shares the parent's already-imported modules (fast start); fall back to the platform default."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def score_stream(
    chunks: Iterable[pd.DataFrame], model_path: str | Path | None, workers: int = 1
) -> Iterator[pd.DataFrame]:
    """Score ``chunks`` in order with ``workers`` processes (1: in this process), at most a few chunks in flight."""
    path = None if model_path is None else str(model_path)
    if workers <= 1:
        scorer = load_model(path)
        for chunk in chunks:
            yield score_records(chunk, scorer)
        return
    load_model(path).warm_up()  # forked workers inherit the loaded model and the compiled detectors
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(path,)
    ) as pool:
        pending: deque[Future[pd.DataFrame]] = deque()
        limit = workers * IN_FLIGHT_PER_WORKER
        for chunk in chunks:
            pending.append(pool.submit(_score_in_worker, chunk))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def default_workers() -> int:
    """Processes this machine lets us use (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
