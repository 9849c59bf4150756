"""The one scoring core: every surface (CLI, page, HTTP service, Dask) calls :class:`Scorer` or :func:`score_frame`.

A score is a calibrated probability that an ad is a scam, a risk band chosen on validation data, and the lure
signals found. An explanation adds the exact contribution of every term to the model's log-odds and where each
term stands in the original text.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from jobscam import config, features
from jobscam.normalize import normalize, normalize_with_offsets
from jobscam.persistence import load_artifact
from jobscam.signals import SignalHit, detect_signals, signal_names

SCORE_COLUMNS = ("scam_probability", "risk_band", "signals", "status")
BANDS = ("low", "medium", "high")
OK = "ok"
#: C0 control characters other than tab, line feed and carriage return (many of them mean binary data).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Thresholds:
    """Probability cut-offs: ``medium`` sends an ad to human review, ``high`` says it is very likely a scam."""

    medium: float
    high: float

    def band(self, probability: float) -> str:
        if probability >= self.high:
            return "high"
        return "medium" if probability >= self.medium else "low"


@dataclass(frozen=True)
class TermContribution:
    term: str
    contribution: float  # coefficient x tf-idf value, in log-odds
    spans: tuple[tuple[int, int], ...]  # in the original text


@dataclass(frozen=True)
class Explanation:
    text: str
    status: str
    scam_probability: float | None = None
    risk_band: str | None = None
    logit: float | None = None
    intercept: float | None = None
    terms: tuple[TermContribution, ...] = ()
    signals: tuple[SignalHit, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["terms"] = [{**t, "spans": [list(s) for s in t["spans"]]} for t in data["terms"]]
        data["signals"] = [
            {**s, "spans": [list(p) for p in s["spans"]], "quotes": list(s["quotes"])}
            for s in data["signals"]
        ]
        return data


def validate_text(value: object) -> tuple[str | None, str]:
    """Return ``(text, "ok")`` or ``(None, "error:<reason>")`` for one input cell; never raises."""
    # pd.NA is the missing value of pyarrow-backed string columns (Dask, Parquet).
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None, "error:empty"
    if isinstance(value, bytes | bytearray):
        if len(value) > config.MAX_TEXT_BYTES:
            return None, "error:too_long"
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return None, "error:undecodable"
    if not isinstance(value, str):
        return None, "error:not_text"
    if (
        len(value) > config.MAX_TEXT_CHARS
        or len(value.encode("utf-8", "surrogatepass")) > config.MAX_TEXT_BYTES
    ):
        return None, "error:too_long"
    if "\x00" in value:
        return None, "error:binary"
    if value.count("\ufffd") > max(3, len(value) // 50):
        # Many U+FFFD: the text was decoded with the wrong encoding upstream (one stray one is tolerated).
        return None, "error:undecodable"
    if not value.strip():
        return None, "error:empty"
    controls = len(_CONTROL_CHARS.findall(value))  # a regex: 30x faster than a per-character loop
    if controls > max(2, len(value) // 20):
        return None, "error:binary"
    return value, OK


class Scorer:
    """A fitted pipeline, its probability calibrator and the risk-band thresholds."""

    def __init__(
        self, pipeline: Any, calibrator: Any, thresholds: Thresholds, manifest: dict[str, Any] | None = None
    ):
        self.pipeline = pipeline
        self.calibrator = calibrator
        self.thresholds = thresholds
        self.manifest = manifest or {}
        self._classifier = pipeline.named_steps["clf"]
        self._hasher = pipeline.named_steps["hash"]

    @property
    def version(self) -> str:
        """Short artifact checksum: which model produced a score."""
        return str(self.manifest.get("artifact_sha256", "unversioned"))[:12]

    def warm_up(self) -> Scorer:
        """Compile the lure detectors now (about a second, once per process); forked workers inherit them."""
        self.score(["warm up: free flight and visa"])
        return self

    def probabilities(self, logits: np.ndarray, normalized_texts: list[str]) -> np.ndarray:
        """Calibrated probabilities from the model's log-odds (Platt scaling per script)."""
        return self.calibrator.predict_proba(features.calibration_features(logits, normalized_texts))[:, 1]

    def score(self, texts: Iterable[object]) -> pd.DataFrame:
        """Score texts: one row per input, in order, with ``scam_probability, risk_band, signals, status``."""
        items = list(texts)
        status = [OK] * len(items)
        normalized_texts: list[str] = []
        signal_lists: list[str] = [""] * len(items)
        valid_rows: list[int] = []
        for i, value in enumerate(items):
            text, status[i] = validate_text(value)
            if text is None:
                continue
            normalized = normalize(text)
            normalized_texts.append(normalized.text)
            signal_lists[i] = ";".join(signal_names(normalized))
            valid_rows.append(i)
        probability = np.full(len(items), np.nan)
        band = np.full(len(items), "", dtype=object)
        if valid_rows:
            logits = self._classifier.decision_function(features.transform(self.pipeline, normalized_texts))
            p = self.probabilities(logits, normalized_texts)
            probability[valid_rows] = p
            band[valid_rows] = [self.thresholds.band(x) for x in p]
        return pd.DataFrame(
            {"scam_probability": probability, "risk_band": band, "signals": signal_lists, "status": status}
        )

    def explain(self, value: object) -> Explanation:
        """Probability, band, every term's exact log-odds contribution with its spans, and the lure signals."""
        text, status = validate_text(value)
        if text is None:
            return Explanation(
                text="" if not isinstance(value, str) else value[: config.MAX_TEXT_CHARS], status=status
            )
        normalized = normalize(text)
        row = features.transform(self.pipeline, [normalized.text])
        coefficients = self._classifier.coef_[0]
        intercept = float(self._classifier.intercept_[0])
        columns, values = row.indices, row.data.astype(float)
        contributions = coefficients[columns] * values
        logit = intercept + float(contributions.sum())
        probability = float(self.probabilities(np.array([logit]), [normalized.text])[0])
        spans_by_column = self._spans_by_column(text)
        terms = sorted(
            (
                self._term(int(j), float(c), spans_by_column)
                for j, c in zip(columns, contributions)
                if c != 0.0
            ),
            key=lambda t: -abs(t.contribution),
        )
        return Explanation(
            text=text,
            status=OK,
            scam_probability=probability,
            risk_band=self.thresholds.band(probability),
            logit=logit,
            intercept=intercept,
            terms=tuple(terms),
            signals=tuple(detect_signals(text)),
        )

    def _spans_by_column(self, text: str) -> dict[int, dict[str, list[tuple[int, int]]]]:
        """For each hashed column present in ``text``: the n-grams that fall in it, with spans in ``text``."""
        tracked = normalize_with_offsets(text)
        by_column: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for gram, places in features.token_spans(tracked.text, self._hasher.ngram_range[1]).items():
            column = features.feature_index(gram, self._hasher.n_features)
            by_column.setdefault(column, {})[gram] = [tracked.original_span(s, e, text) for s, e in places]
        return by_column

    @staticmethod
    def _term(
        column: int, contribution: float, spans_by_column: dict[int, dict[str, list]]
    ) -> TermContribution:
        grams = spans_by_column.get(column, {})
        # Two n-grams of one ad rarely share a hashed column; when they do, the contribution is theirs together.
        name = " | ".join(sorted(grams)) if grams else f"#{column}"
        spans = sorted({span for places in grams.values() for span in places})
        return TermContribution(name, contribution, tuple(spans))


def score_frame(
    frame: pd.DataFrame,
    text_columns: Sequence[str] = ("text",),
    id_column: str | None = None,
    scorer: Scorer | None = None,
    model_path: str | None = None,
) -> pd.DataFrame:
    """The function every engine calls: ``frame`` in, ``id`` + score columns out, one row per input row, in order.

    Several text columns are joined with newlines (title, description, requirements, ...); missing cells are
    skipped. The id is ``frame[id_column]`` or, without one, the frame's index.
    """
    scorer = scorer or load_model(model_path)
    texts = join_text_columns(frame, text_columns)
    scored = scorer.score(texts)
    ids = frame[id_column].astype("string") if id_column else pd.Series(frame.index, dtype="string")
    scored.insert(0, "id", ids.to_numpy())
    scored.index = frame.index
    return scored


def join_text_columns(frame: pd.DataFrame, text_columns: Sequence[str]) -> list[object]:
    if len(text_columns) == 1:
        return frame[text_columns[0]].tolist()
    joined: list[object] = []
    for cells in zip(*(frame[c].tolist() for c in text_columns)):
        parts = [
            c for c in cells if not (c is None or c is pd.NA or (isinstance(c, float) and math.isnan(c)))
        ]
        parts = [c for c in parts if c != ""]
        if any(not isinstance(p, str) for p in parts):
            joined.append(
                next(p for p in parts if not isinstance(p, str))
            )  # let validate_text name the problem
        else:
            joined.append("\n".join(parts) if parts else None)
    return joined


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> Scorer:
    model_path = Path(path)
    obj, manifest = load_artifact(model_path, model_path.with_name("manifest.json"))
    thresholds = Thresholds(**manifest["thresholds"])
    return Scorer(obj["pipeline"], obj["calibrator"], thresholds, manifest)


def load_model(path: str | Path | None = None) -> Scorer:
    """Load (once per process) and verify the shipped artifact, or the one at ``path``."""
    return _load_cached(str(Path(path) if path else config.MODEL_FILE))
