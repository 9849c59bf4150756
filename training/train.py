"""Fit, calibrate and ship the model: ``jobscam train`` (or ``python -m jobscam.training.train``).

Flow: the training table (``training/dataset.py``: generated lure ads + the real ads in ``../shared/data``, with a
named split) -> normalise -> choose hyper-parameters on the **validation** split -> fit on **train** -> fit a
Platt calibrator and choose the band thresholds on **validation** -> save with skops + manifest -> evaluate on the
**test** split (``training/evaluate.py``). The test split is never used for a choice.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, precision_recall_curve

from jobscam import config
from jobscam.features import PipelineParams, build_pipeline, calibration_features
from jobscam.normalize import normalize
from jobscam.persistence import save_artifact
from jobscam.scoring import Scorer, Thresholds

#: Stated purposes of the bands (applied on the validation split).
HIGH_PRECISION_TARGET = 0.90  # "high": at least 90% of ads in it are scams, and
HIGH_MAX_GENUINE_SHARE = 0.02  # at most 2% of the genuine ads of any source land in it;
MEDIUM_PRECISION_TARGET = 0.50  # "medium": worth a human look — at least half of the flagged ads are scams,
MEDIUM_MAX_GENUINE_SHARE = 0.10  # and at most 10% of the genuine ads of any source are sent to review.

PARAM_GRID: tuple[PipelineParams, ...] = tuple(
    PipelineParams(C=c, real_weight=w) for w in (1.0, 3.0) for c in (10.0, 30.0)
)


def normalized_texts(texts: Sequence[str]) -> list[str]:
    return [normalize(t).text for t in texts]


def sample_weights(frame: pd.DataFrame, real_weight: float) -> np.ndarray:
    """Balance scams and genuine ads *within each source*, then weight real ads by ``real_weight``.

    A global class weight would let the balanced generated ads set the scale: ORFD (5% scams) would then be
    fitted as if its scams were rare noise, and its probabilities would sit far below its scam rate.
    """
    weights = np.ones(len(frame))
    sources = frame["source"].to_numpy()
    labels = frame["label"].to_numpy()
    for source in np.unique(sources):
        in_source = sources == source
        for label in (0, 1):
            group = in_source & (labels == label)
            if group.any():
                weights[group] = in_source.sum() / (2 * group.sum())
    return weights * np.where(sources == "synthetic", 1.0, real_weight)


def fit_pipeline(frame: pd.DataFrame, params: PipelineParams):
    pipeline = build_pipeline(params)
    weights = sample_weights(frame, params.real_weight)
    pipeline.fit(frame["norm"].tolist(), frame["label"].to_numpy(), clf__sample_weight=weights)
    return pipeline


def fit_calibrator(
    logits: np.ndarray, normalized_texts: list[str], labels: np.ndarray, sources: np.ndarray | None = None
) -> LogisticRegression:
    """Platt scaling per script (see :func:`jobscam.features.calibration_features`), each source weighted equally.

    Equal source weights keep the many, easily separated generated ads from setting the slope for the real ones.
    """
    weights = np.ones(len(labels))
    if sources is not None:
        for source in np.unique(sources):
            weights[sources == source] = len(labels) / (len(np.unique(sources)) * (sources == source).sum())
    calibrator = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    calibrator.fit(calibration_features(logits, normalized_texts), labels, sample_weight=weights)
    return calibrator


def choose_thresholds(probability: np.ndarray, labels: np.ndarray, sources: np.ndarray) -> Thresholds:
    """Band cut-offs for the stated purposes, from validation data only.

    ``high``: the lowest cut-off with precision >= 0.90, raised until at most 2% of the genuine ads of every source
    are above it. ``medium``: the lowest cut-off with precision >= 0.5, raised until at most 10% of the genuine ads
    of every source are above it (a review queue that is not flooded by ordinary ads).
    """
    precision, _, cut = precision_recall_curve(labels, probability)
    high = _cut_for(
        probability, labels, sources, cut, precision[:-1] >= HIGH_PRECISION_TARGET, HIGH_MAX_GENUINE_SHARE
    )
    medium = _cut_for(
        probability, labels, sources, cut, precision[:-1] >= MEDIUM_PRECISION_TARGET, MEDIUM_MAX_GENUINE_SHARE
    )
    return Thresholds(medium=round(min(medium, high), 6), high=round(min(high, 0.999), 6))


def _cut_for(
    probability: np.ndarray,
    labels: np.ndarray,
    sources: np.ndarray,
    cut: np.ndarray,
    meets: np.ndarray,
    share: float,
) -> float:
    """The lowest cut-off that ``meets`` the precision target, raised so no source has > ``share`` genuine above it."""
    chosen = _lowest_cut(cut, meets, default=float(cut[-1]))
    for source in np.unique(sources):
        genuine = probability[(sources == source) & (labels == 0)]
        if genuine.size:
            chosen = max(chosen, float(np.quantile(genuine, 1 - share, method="higher")) + 1e-6)
    return chosen


def _lowest_cut(cut: np.ndarray, meets: np.ndarray, default: float) -> float:
    where = np.flatnonzero(meets)
    return float(cut[where[0]]) if where.size else default


def validation_score(frame: pd.DataFrame, logits: np.ndarray) -> float:
    """Mean log loss over sources of cross-fitted calibrated probabilities on validation (lower is better).

    A proper scoring rule rewards ranking and calibration at once; averaging over sources lets each source count,
    however small. The calibrator is fitted on one half of validation and scored on the other, both ways.
    """
    labels, texts, sources = frame["label"].to_numpy(), frame["norm"].tolist(), frame["source"].to_numpy()
    halves = np.array(
        [int(hashlib.sha256(i.encode()).hexdigest()[:2], 16) % 2 for i in frame["id"]], dtype=bool
    )
    probability = np.zeros(len(frame))
    for fit_half in (halves, ~halves):
        fit_texts = [t for t, keep in zip(texts, fit_half) if keep]
        other_texts = [t for t, keep in zip(texts, fit_half) if not keep]
        calibrator = fit_calibrator(logits[fit_half], fit_texts, labels[fit_half], sources[fit_half])
        probability[~fit_half] = calibrator.predict_proba(
            calibration_features(logits[~fit_half], other_texts)
        )[:, 1]
    return float(
        np.mean(
            [
                log_loss(labels[sources == s], probability[sources == s], labels=[0, 1])
                for s in np.unique(sources)
            ]
        )
    )


def train_model(
    table: pd.DataFrame, grid: Sequence[PipelineParams] = PARAM_GRID, log=print
) -> tuple[Scorer, dict]:
    """Choose parameters on validation, fit on train, calibrate and set thresholds on validation."""
    table = table.assign(norm=normalized_texts(table["text"].tolist()))
    train, val = table[table["split"] == "train"], table[table["split"] == "val"]
    best: tuple[float, PipelineParams, Any] | None = None
    tried = []
    for params in grid:
        started = time.perf_counter()
        pipeline = fit_pipeline(train, params)
        score = validation_score(val, pipeline.decision_function(val["norm"].tolist()))
        tried.append({**asdict(params), "val_mean_log_loss": round(score, 5)})
        log(
            f"  {params}: validation mean log loss over sources {score:.4f} ({time.perf_counter() - started:.1f}s)"
        )
        if best is None or score < best[0]:
            best = (score, params, pipeline)
    assert best is not None
    _, params, pipeline = best
    val_logits = pipeline.decision_function(val["norm"].tolist())
    val_texts = val["norm"].tolist()
    calibrator = fit_calibrator(val_logits, val_texts, val["label"].to_numpy(), val["source"].to_numpy())
    probability = calibrator.predict_proba(calibration_features(val_logits, val_texts))[:, 1]
    thresholds = choose_thresholds(probability, val["label"].to_numpy(), val["source"].to_numpy())
    log(f"  chosen {params}; thresholds {thresholds}")
    info = {"params": asdict(params), "grid": tried, "thresholds": asdict(thresholds)}
    return Scorer(pipeline, calibrator, thresholds), info


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=config.REPO_DIR, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def ship(scorer: Scorer, info: dict, table_sha256: str, model_dir: Path) -> dict:
    manifest = {
        "name": "jobscam TF-IDF + logistic regression",
        "training_table_sha256": table_sha256,
        "git_commit": git_commit(),
        **info,
    }
    return save_artifact(
        {"pipeline": scorer.pipeline, "calibrator": scorer.calibrator},
        model_dir / "jobscam.skops",
        model_dir / "manifest.json",
        manifest,
    )


def load_extra(path: Path) -> pd.DataFrame:
    """A platform's own labelled ads (CSV, JSONL or Parquet with ``text`` and ``label``; ``id``, ``lang`` optional).

    The rows join the training table as ``source = "extra"`` and are split like the real ads (by
    :func:`jobscam.training.dataset.assign_split`, stratified by label), so validation and test get their share
    and the extra data is evaluated like every other source. Rows without text or label are not training data
    and are left out; an exact repeat of a text is kept once, so it cannot sit on both sides of the split.
    """
    from jobscam.io import InputError, read_table
    from jobscam.training.dataset import assign_split

    frame = read_table(path)
    missing = {"text", "label"} - set(frame.columns)
    if missing:
        raise InputError(f"{path}: extra labelled ads need the columns {sorted(missing)}")
    frame = frame.dropna(subset=["text", "label"])
    frame = frame.assign(text=frame["text"].astype(str)).drop_duplicates(subset="text").reset_index(drop=True)
    labels = pd.to_numeric(frame["label"], errors="coerce")
    if not labels.isin([0, 1]).all():
        raise InputError(f"{path}: label must be 0 (genuine) or 1 (scam)")
    ids = frame["id"].astype(str) if "id" in frame else pd.Series([f"extra-{i}" for i in range(len(frame))])
    return pd.DataFrame(
        {
            "id": ids.to_numpy(),
            "text": frame["text"].to_numpy(),
            "label": labels.astype(int).to_numpy(),
            "lang": frame["lang"].astype(str).to_numpy() if "lang" in frame else "unknown",
            "family": "extra",
            "template_id": ["extra-" + i for i in ids],
            "signals": "",
            "source": "extra",
            "split": assign_split(frame["text"], strata=labels.astype(int)).to_numpy(),
        }
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared-data", default=None, help="folder with the real labelled ads (../shared/data)"
    )
    parser.add_argument(
        "--extra", type=Path, default=None, help="extra labelled ads: .csv/.jsonl/.parquet with text,label"
    )
    parser.add_argument("--model-dir", type=Path, default=config.MODEL_DIR)
    parser.add_argument("--regenerate", action="store_true", help="regenerate data/synthetic_ads.csv first")
    args = parser.parse_args(argv)
    return run_training(args.shared_data, args.extra, args.model_dir, args.regenerate)


def run_training(
    shared_data: str | None, extra: Path | None, model_dir: Path, regenerate: bool = False, log=print
) -> int:
    from jobscam.training import dataset, evaluate

    extra_rows = load_extra(extra) if extra is not None else None  # a bad file fails before the long part
    table = dataset.build_training_table(shared_dir=shared_data, regenerate=regenerate)
    if extra_rows is not None:
        table = pd.concat([table, extra_rows], ignore_index=True)
    log(f"training table: {len(table)} rows; {dataset.split_summary(table).to_dict()}")
    scorer, info = train_model(table, log=log)
    manifest = ship(scorer, info, dataset.table_checksum(table), model_dir)
    metrics = evaluate.evaluate(scorer, table)
    log("leave one family out:")
    metrics["leave_one_family_out"] = evaluate.leave_one_family_out(
        table, PipelineParams(**info["params"]), log=log
    )
    evaluate.write_reports(metrics, manifest, model_dir, log=log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
