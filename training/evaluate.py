"""Held-out evaluation: ``jobscam evaluate`` writes ``model/metrics.json`` and the model card's tables.

Only the **test** split is used (generated ads: templates never seen in training; EMSCAD: rows held out by id;
ORFD: companies held out). Metrics per source and per language: ROC-AUC, PR-AUC, precision / recall / F1 of the
scam class at each band threshold, share of genuine ads in the high band, Brier score and expected calibration
error (10 equal-width bins).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from jobscam.scoring import Scorer

SPLIT = "test"
CARD_START, CARD_END = "<!-- metrics:start -->", "<!-- metrics:end -->"


def expected_calibration_error(labels: np.ndarray, probability: np.ndarray, bins: int = 10) -> float:
    """Weighted mean gap between predicted probability and observed scam rate over equal-width bins."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(probability, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.sum() * abs(probability[mask].mean() - labels[mask].mean())
    return float(total / len(labels))


def _at_threshold(labels: np.ndarray, probability: np.ndarray, threshold: float) -> dict[str, float | None]:
    flagged = probability >= threshold
    tp = int((flagged & (labels == 1)).sum())
    precision = tp / flagged.sum() if flagged.sum() else None
    recall = tp / (labels == 1).sum() if (labels == 1).sum() else None
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision and recall
        else (0.0 if recall is not None else None)
    )
    genuine = labels == 0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "genuine_flagged_share": float(flagged[genuine].mean()) if genuine.any() else None,
    }


def group_metrics(labels: np.ndarray, probability: np.ndarray, medium: float, high: float) -> dict[str, Any]:
    both = len(np.unique(labels)) == 2
    return {
        "n": int(len(labels)),
        "n_scam": int(labels.sum()),
        "roc_auc": float(roc_auc_score(labels, probability)) if both else None,
        "pr_auc": float(average_precision_score(labels, probability)) if both else None,
        "brier": float(brier_score_loss(labels, probability)),
        "ece": expected_calibration_error(labels, probability),
        "at_medium": _at_threshold(labels, probability, medium),
        "at_high": _at_threshold(labels, probability, high),
    }


def evaluate(scorer: Scorer, table: pd.DataFrame, split: str = SPLIT) -> dict[str, Any]:
    held_out = table[table["split"] == split].reset_index(drop=True)
    probability = scorer.score(held_out["text"].tolist())["scam_probability"].to_numpy()
    labels = held_out["label"].to_numpy().astype(int)
    t = scorer.thresholds
    result: dict[str, Any] = {
        "split": split,
        "thresholds": {"medium": t.medium, "high": t.high},
        "overall": group_metrics(labels, probability, t.medium, t.high),
        "by_source": {},
        "by_language": {},
        "by_source_language": {},
    }
    for key, column in (("by_source", "source"), ("by_language", "lang")):
        for value, idx in held_out.groupby(column).groups.items():
            result[key][str(value)] = group_metrics(labels[idx], probability[idx], t.medium, t.high)
    for (source, lang), idx in held_out.groupby(["source", "lang"]).groups.items():
        result["by_source_language"][f"{source}/{lang}"] = group_metrics(
            labels[idx], probability[idx], t.medium, t.high
        )
    return result


def leave_one_family_out(table: pd.DataFrame, params: Any, log=print) -> dict[str, dict[str, float]]:
    """How well a *new kind* of lure is caught: refit without one family's generated ads, test on that family.

    The refit uses the shipped hyper-parameters and every other training row (real ads included); the test rows are
    the held-out family's test split, scams and genuine look-alikes, in every language. Ranking only (ROC-AUC,
    PR-AUC): the refit has no calibrator of its own.
    """
    from jobscam.training.train import fit_pipeline, normalized_texts

    table = table.assign(norm=normalized_texts(table["text"].tolist()))
    results: dict[str, dict[str, float]] = {}
    for family in sorted(table.loc[table["source"] == "synthetic", "family"].unique()):
        in_family = (table["family"] == family).to_numpy()
        train = table[(table["split"] == "train").to_numpy() & ~in_family]
        test = table[(table["split"] == "test").to_numpy() & in_family]
        logits = fit_pipeline(train, params).decision_function(test["norm"].tolist())
        labels = test["label"].to_numpy().astype(int)
        results[family] = {
            "n": int(len(test)),
            "roc_auc": float(roc_auc_score(labels, logits)),
            "pr_auc": float(average_precision_score(labels, logits)),
        }
        log(
            f"  without {family}: ROC-AUC {results[family]['roc_auc']:.3f}, PR-AUC {results[family]['pr_auc']:.3f}"
        )
    return results


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def metrics_table(groups: dict[str, dict[str, Any]], label: str) -> str:
    lines = [
        f"| {label} | n | scams | ROC-AUC | PR-AUC | P@medium | R@medium | F1@medium | P@high | R@high | F1@high | genuine in high | Brier | ECE |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in groups.items():
        med, hi = m["at_medium"], m["at_high"]
        lines.append(
            f"| {name} | {m['n']} | {m['n_scam']} | {_fmt(m['roc_auc'])} | {_fmt(m['pr_auc'])} | "
            f"{_fmt(med['precision'])} | {_fmt(med['recall'])} | {_fmt(med['f1'])} | {_fmt(hi['precision'])} | "
            f"{_fmt(hi['recall'])} | {_fmt(hi['f1'])} | {_fmt(hi['genuine_flagged_share'])} | {_fmt(m['brier'])} | "
            f"{_fmt(m['ece'])} |"
        )
    return "\n".join(lines)


def card_section(metrics: dict[str, Any], manifest: dict[str, Any]) -> str:
    t = metrics["thresholds"]
    return "\n\n".join(
        [
            CARD_START,
            f"Split: **{metrics['split']}** (held out; never used for fitting, calibration or thresholds). "
            f"Thresholds: medium ≥ {t['medium']:.3f}, high ≥ {t['high']:.3f}. "
            f"Artifact sha256 `{manifest.get('artifact_sha256', '')[:12]}`, "
            f"training table sha256 `{manifest.get('training_table_sha256', '')[:12]}`.",
            metrics_table({"all": metrics["overall"], **metrics["by_source"]}, "source"),
            metrics_table(metrics["by_language"], "language"),
            metrics_table(metrics["by_source_language"], "source/language"),
            *_family_section(metrics.get("leave_one_family_out")),
            CARD_END,
        ]
    )


def _family_section(results: dict[str, dict[str, float]] | None) -> list[str]:
    if not results:
        return []
    rows = "\n".join(
        f"| {f} | {r['n']} | {r['roc_auc']:.3f} | {r['pr_auc']:.3f} |" for f, r in results.items()
    )
    return [
        "Leave one family out (refit without a family's generated ads, test on that family's test rows: how well a "
        "new kind of lure would be caught):",
        "| held-out family | n | ROC-AUC | PR-AUC |\n|---|---:|---:|---:|\n" + rows,
    ]


def write_reports(metrics: dict[str, Any], manifest: dict[str, Any], model_dir: Path, log=print) -> None:
    (model_dir / "metrics.json").write_text(
        json.dumps(metrics, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    card = model_dir / "README.md"
    section = card_section(metrics, manifest)
    if card.exists():
        text = card.read_text(encoding="utf-8")
        pattern = re.compile(re.escape(CARD_START) + ".*?" + re.escape(CARD_END), re.S)
        text = (
            pattern.sub(lambda _: section, text) if pattern.search(text) else text + "\n\n" + section + "\n"
        )
    else:
        text = "# jobscam model card\n\n## Metrics\n\n" + section + "\n"
    card.write_text(text, encoding="utf-8")
    log(metrics_table({"all": metrics["overall"], **metrics["by_source"]}, "source"))


def main(argv: list[str] | None = None) -> int:
    """Re-evaluate the shipped model on the test split and rewrite the reports."""
    import argparse

    from jobscam import config
    from jobscam.scoring import load_model
    from jobscam.training import dataset

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared-data", default=None)
    parser.add_argument("--model-dir", type=Path, default=config.MODEL_DIR)
    args = parser.parse_args(argv)
    scorer = load_model(args.model_dir / "jobscam.skops")
    table = dataset.build_training_table(shared_dir=args.shared_data)
    write_reports(evaluate(scorer, table), scorer.manifest, args.model_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
