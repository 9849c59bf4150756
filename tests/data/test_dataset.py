"""Data tests (Made-With-ML ``tests/data``): the training table, the real-data loaders and the split rule."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from jobscam.config import DATA_DIR
from jobscam.training import dataset as ds
from jobscam.training.generate import COLUMNS, SYNTHETIC_FILE


@pytest.mark.parametrize("n", [1, 2, 7, 100, 1001])
def test_assign_split_shares_and_order_independence(n):
    """Unit: 70/15/15 by rank of sha256(key); the result does not depend on row order."""
    keys = pd.Series([f"k{i}" for i in range(n)])
    split = ds.assign_split(keys)
    counts = split.value_counts()
    assert counts.get("train", 0) == round(0.7 * n) and counts.get("val", 0) == round(0.15 * n)
    shuffled = keys.sample(frac=1, random_state=0)
    again = ds.assign_split(shuffled.reset_index(drop=True))
    assert dict(zip(shuffled, again, strict=True)) == dict(zip(keys, split, strict=True))


def test_assign_split_is_stratified():
    keys = pd.Series([f"k{i}" for i in range(200)])
    strata = pd.Series([i % 4 == 0 for i in range(200)])
    split = ds.assign_split(keys, strata)
    for value in (True, False):
        shares = split[strata == value].value_counts(normalize=True)
        assert abs(shares["train"] - 0.7) < 0.02 and abs(shares["test"] - 0.15) < 0.02


def test_assign_split_rejects_duplicate_keys():
    with pytest.raises(ValueError):
        ds.assign_split(pd.Series(["a", "a"]))


def test_load_emscad(shared_dir):
    """Data: EMSCAD rows in table columns, per-row groups, split stratified by label."""
    df = ds.load_emscad(shared_dir)
    assert list(df.columns) == COLUMNS and len(df) > 1000
    assert set(df["lang"]) == {"en"} and set(df["source"]) == {"emscad"} and set(df["family"]) == {"real"}
    assert (
        df["id"].is_unique
        and df["template_id"].is_unique
        and df["template_id"].str.startswith("emscad-").all()
    )
    assert set(df["label"]) == {0, 1} and (df["signals"] == "").all()
    for _, g in df.groupby("label"):
        shares = g["split"].value_counts(normalize=True)
        assert abs(shares["train"] - 0.70) < 0.01 and abs(shares["val"] - 0.15) < 0.01
    assert df.equals(ds.load_emscad(shared_dir))


def test_load_orfd(shared_dir):
    """Data: ORFD rows joined from their fields, split by company with no company on two sides."""
    raw = pd.read_csv(shared_dir / ds.ORFD_FILE, dtype=str)
    df = ds.load_orfd(shared_dir)
    assert list(df.columns) == COLUMNS and len(df) == len(raw)
    assert set(df["lang"]) == {"zh"} and set(df["source"]) == {"orfd"}
    assert df["template_id"].str.startswith("orfd-company-").all()
    assert df.groupby("template_id")["split"].nunique().eq(1).all(), "a company is on two sides of the split"
    first = raw.iloc[0]
    assert df["text"].iloc[0].startswith(first["jobTitle"])
    assert "_" not in df["text"].iloc[0].split("\n")[3 if pd.notna(first["jobSalary"]) else 2]
    companies = df.drop_duplicates("template_id")["split"].value_counts(normalize=True)
    assert abs(companies["train"] - 0.70) < 0.03
    fraud_by_split = df.groupby("split")["label"].sum()
    assert (fraud_by_split > 0).all()


def test_build_training_table(shared_dir):
    """Data: the table holds the committed synthetic rows plus both real sets, with valid columns and splits."""
    table = ds.build_training_table(shared_dir)
    assert list(table.columns) == COLUMNS
    assert table["id"].is_unique
    assert set(table["split"]) == {"train", "val", "test"}
    assert set(table["source"]) == {"synthetic", "emscad", "orfd"}
    assert table["label"].dtype.kind == "i"
    synthetic = pd.read_csv(DATA_DIR / SYNTHETIC_FILE, keep_default_na=False)
    assert (table["source"] == "synthetic").sum() == len(synthetic)
    summary = ds.split_summary(table)
    assert summary.to_numpy().sum() == len(table)
    checksum = ds.table_checksum(table)
    assert checksum == ds.table_checksum(ds.build_training_table(shared_dir))
    changed = table.copy()
    changed.loc[0, "text"] += " "
    assert ds.table_checksum(changed) != checksum


def test_tampered_synthetic_corpus_is_rejected(tmp_path):
    """Data: a corpus that no longer matches its .sha256 file is refused."""
    for name in (SYNTHETIC_FILE, SYNTHETIC_FILE + ".sha256"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    assert len(ds.read_synthetic(tmp_path / SYNTHETIC_FILE)) > 0
    with open(tmp_path / SYNTHETIC_FILE, "a", encoding="utf-8") as fh:
        fh.write("syn-999999,extra,1,en,task_scam,en-task_scam-1-00,,synthetic,train\n")
    with pytest.raises(ValueError, match="sha256"):
        ds.read_synthetic(tmp_path / SYNTHETIC_FILE)


def test_main_writes_table_outside_repo_only(shared_dir, tmp_path, capsys):
    out = tmp_path / "table.csv"
    assert ds.main(["--shared-data", str(shared_dir), "--out", str(out)]) == 0
    assert "sha256" in capsys.readouterr().out
    assert len(pd.read_csv(out)) > 0
    assert ds.main(["--shared-data", str(shared_dir), "--out", str(DATA_DIR / "table.csv")]) == 2
    assert not (DATA_DIR / "table.csv").exists()


def test_main_reports_missing_real_data(tmp_path, capsys):
    assert ds.main(["--shared-data", str(tmp_path)]) == 2
    assert "real data missing" in capsys.readouterr().err
