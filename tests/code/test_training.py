"""Code tests: training is deterministic, and the band thresholds serve their stated purposes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from jobscam.features import PipelineParams
from jobscam.training.train import choose_thresholds, sample_weights, ship, train_model


def small_table(tiny: pd.DataFrame) -> pd.DataFrame:
    """The tiny ads, three times over with small edits, spread over train/val and two sources."""
    rows = []
    for copy in range(3):
        for label in (1, 0):
            for i, text in enumerate(tiny.loc[tiny["label"] == label, "text"]):
                rows.append(
                    {
                        "id": f"{label}-{i}-{copy}",
                        "text": f"{text} ({copy})",
                        "label": label,
                        "lang": "zh" if "招" in text or "厂" in text else "en",
                        "source": "synthetic" if i % 2 else "emscad",
                        "split": "val" if copy == 2 else "train",
                    }
                )
    return pd.DataFrame(rows)


def test_training_twice_gives_the_same_artifact(tmp_path: Path, tiny_ads: pd.DataFrame) -> None:
    table = small_table(tiny_ads)
    grid = (PipelineParams(n_features=2**12, C=1.0),)
    digests = []
    for run in ("a", "b"):
        scorer, info = train_model(table, grid=grid, log=lambda *_: None)
        (tmp_path / run).mkdir()
        digests.append(ship(scorer, info, "table-sha", tmp_path / run)["artifact_sha256"])
    assert digests[0] == digests[1]


def test_sample_weights_balance_classes_within_each_source() -> None:
    frame = pd.DataFrame({"source": ["orfd"] * 10 + ["synthetic"] * 4, "label": [1] + [0] * 9 + [1, 1, 0, 0]})
    weights = sample_weights(frame, real_weight=2.0)
    orfd = frame["source"] == "orfd"
    assert weights[orfd & (frame["label"] == 1)].sum() == pytest.approx(
        weights[orfd & (frame["label"] == 0)].sum()
    )
    assert weights[~orfd].tolist() == [1.0, 1.0, 1.0, 1.0]


def test_thresholds_meet_their_stated_purposes() -> None:
    rng = np.random.default_rng(0)
    labels = np.r_[np.ones(500), np.zeros(500)].astype(int)
    probability = np.clip(np.r_[rng.normal(0.8, 0.15, 500), rng.normal(0.2, 0.15, 500)], 0, 1)
    sources = np.array(["a", "b"] * 500)
    t = choose_thresholds(probability, labels, sources)
    assert 0 < t.medium <= t.high < 1
    high = probability >= t.high
    assert labels[high].mean() >= 0.90
    for source in ("a", "b"):
        genuine = (sources == source) & (labels == 0)
        assert (probability[genuine] >= t.high).mean() <= 0.02
        assert (probability[genuine] >= t.medium).mean() <= 0.10


def test_extra_labelled_ads_join_the_table_with_their_own_split(tmp_path: Path) -> None:
    from jobscam.training.train import load_extra

    texts = [f"ad number {i} with free visa" if i % 2 else f"plain ad number {i}" for i in range(40)]
    frame = pd.DataFrame({"text": texts + [texts[0], None], "label": [i % 2 for i in range(40)] + [0, 1]})
    path = tmp_path / "extra.csv"
    frame.to_csv(path, index=False)
    extra = load_extra(path)
    assert len(extra) == 40  # the repeat and the row without text are not training data
    assert set(extra["source"]) == {"extra"} and extra["text"].is_unique
    assert set(extra["split"]) == {"train", "val", "test"}
    assert extra.groupby("split")["label"].nunique().eq(2).all()  # stratified by label
    assert load_extra(path)["split"].tolist() == extra["split"].tolist()  # deterministic


@pytest.mark.parametrize(
    ("columns", "message"),
    [({"text": ["a"]}, "need the columns"), ({"text": ["a"], "label": ["yes"]}, "label must be 0")],
)
def test_extra_ads_with_bad_columns_are_refused(tmp_path: Path, columns: dict, message: str) -> None:
    from jobscam.training.train import load_extra

    path = tmp_path / "extra.csv"
    pd.DataFrame(columns).to_csv(path, index=False)
    with pytest.raises(ValueError, match=message):
        load_extra(path)
