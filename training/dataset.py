"""The training table: generated lure-pattern ads + the real labelled ads (EMSCAD, ORFD), with their split.

Split rule (``data/SPLIT.md`` restates it; this code is the source of truth):

* synthetic rows keep the ``split`` the generator gave their template (``training/generate.py``);
* EMSCAD: each row is its own group (``id``); within each label the rows are ordered by ``sha256(id)`` and the
  first 70 % go to train, the next 15 % to val, the rest to test;
* ORFD: the group is the company (``companyName``); companies are stratified by whether they posted any
  fraudulent ad, ordered by ``sha256(companyName)`` within each stratum and cut 70/15/15, so no company is on
  two sides of the split.

Real rows are read from ``jobscam.config.shared_data_dir()`` and never written into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pandas as pd

from jobscam.config import DATA_DIR, shared_data_dir
from jobscam.training.generate import COLUMNS, SYNTHETIC_FILE, csv_bytes, write_generated

EMSCAD_FILE = "emscad_balanced_dev.csv"
ORFD_FILE = "orfd_zh_dev.csv"
SPLIT_SHARES = (0.70, 0.15, 0.15)
ORFD_TEXT_FIELDS = (
    "jobTitle",
    "jobSubTitle",
    "jobSalary",
    "jobWelfare",
    "jobRequirement",
    "jobDescription",
    "companyName",
    "companyIntro",
)


def _sha(text: str) -> str:
    return hashlib.sha256(str(text).encode("utf-8")).hexdigest()


def assign_split(keys: pd.Series, strata: pd.Series | None = None) -> pd.Series:
    """Split of each (unique) group key: within each stratum, order keys by sha256 and cut 70/15/15.

    Deterministic and independent of row order. With ``n`` keys in a stratum, train gets ``round(0.70 n)``,
    val ``round(0.15 n)``, test the rest.
    """
    keys = pd.Series(keys).astype(str)
    if keys.duplicated().any():
        raise ValueError("assign_split expects unique group keys")
    strata = pd.Series(0, index=keys.index) if strata is None else pd.Series(strata, index=keys.index)
    out = pd.Series("train", index=keys.index, dtype=object)
    for _, idx in keys.groupby(strata, sort=True).groups.items():
        ordered = sorted(idx, key=lambda i: _sha(keys[i]))
        n = len(ordered)
        n_train = round(SPLIT_SHARES[0] * n)
        n_val = round(SPLIT_SHARES[1] * n)
        for rank, i in enumerate(ordered):
            out[i] = "train" if rank < n_train else "val" if rank < n_train + n_val else "test"
    return out


def load_emscad(shared_dir: str | Path | None = None) -> pd.DataFrame:
    """EMSCAD balanced dev rows in the table's columns; split by row id, stratified by label."""
    raw = pd.read_csv(
        Path(shared_data_dir(shared_dir)) / EMSCAD_FILE, dtype={"id": str}, keep_default_na=False
    )
    ids = raw["id"].astype(str)
    df = pd.DataFrame(
        {
            "id": ids,
            "text": raw["text"].astype(str),
            "label": raw["label"].astype(int),
            "lang": "en",
            "family": "real",
            "template_id": [i if i.startswith("emscad-") else f"emscad-{i}" for i in ids],
            "signals": "",
            "source": "emscad",
        }
    )
    df["split"] = assign_split(df["id"], df["label"]).to_numpy()
    return df[COLUMNS]


def load_orfd(shared_dir: str | Path | None = None) -> pd.DataFrame:
    """ORFD (Chinese) rows in the table's columns; split by company, stratified by 'company has any fraud'."""
    raw = pd.read_csv(Path(shared_data_dir(shared_dir)) / ORFD_FILE, dtype=str)

    def join(row: pd.Series) -> str:
        parts = []
        for field in ORFD_TEXT_FIELDS:
            value = row.get(field)
            if value is None or pd.isna(value) or not str(value).strip():
                continue
            value = str(value).strip()
            parts.append(value.replace("_", "、") if field == "jobWelfare" else value)
        return "\n".join(parts)

    company = raw["companyName"].fillna("").astype(str).str.strip()
    company = company.where(company != "", "unknown-" + raw["id"].astype(str))
    df = pd.DataFrame(
        {
            "id": raw["id"].astype(str),
            "text": raw.apply(join, axis=1),
            "label": raw["label"].astype(int),
            "lang": "zh",
            "family": "real",
            "template_id": "orfd-company-" + company,
            "signals": "",
            "source": "orfd",
        }
    )
    companies = df.groupby("template_id", sort=True)["label"].max()
    split_of = assign_split(pd.Series(companies.index), pd.Series(companies.to_numpy()))
    df["split"] = df["template_id"].map(dict(zip(companies.index, split_of, strict=True)))
    return df[COLUMNS]


def read_synthetic(path: str | Path | None = None, verify: bool = True) -> pd.DataFrame:
    """Read the committed generated corpus; with ``verify``, check it against its ``.sha256`` file."""
    path = Path(path) if path is not None else DATA_DIR / SYNTHETIC_FILE
    data = path.read_bytes()
    if verify:
        sha_file = path.with_name(path.name + ".sha256")
        if not sha_file.exists():
            raise FileNotFoundError(f"{sha_file} missing; rebuild with --regenerate")
        expected = sha_file.read_text(encoding="utf-8").split()[0]
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise ValueError(
                f"{path} sha256 {actual} does not match {sha_file} ({expected}); rebuild with --regenerate"
            )
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df["label"] = df["label"].astype(int)
    return df[COLUMNS]


def build_training_table(
    shared_dir: str | Path | None = None, synthetic_path: str | Path | None = None, regenerate: bool = False
) -> pd.DataFrame:
    """Synthetic + EMSCAD + ORFD rows with :data:`COLUMNS`, in a deterministic order."""
    if regenerate:
        out_dir = Path(synthetic_path).parent if synthetic_path is not None else DATA_DIR
        synthetic_path = write_generated(out_dir)
    shared = shared_data_dir(shared_dir)
    missing = [f for f in (EMSCAD_FILE, ORFD_FILE) if not (Path(shared) / f).exists()]
    if missing:
        raise FileNotFoundError(f"real data missing in {shared}: {', '.join(missing)} (see --shared-data)")
    parts = [read_synthetic(synthetic_path), load_emscad(shared), load_orfd(shared)]
    return pd.concat(parts, ignore_index=True)[COLUMNS]


def table_checksum(df: pd.DataFrame) -> str:
    """sha256 of the canonical CSV bytes of the table (for the model manifest)."""
    return hashlib.sha256(csv_bytes(df)).hexdigest()


def split_summary(df: pd.DataFrame) -> pd.DataFrame:
    """Row counts by split × source × label."""
    return df.groupby(["split", "source", "label"]).size().unstack("label", fill_value=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jobscam.training.dataset", description="Build the training table and print its split."
    )
    parser.add_argument(
        "--shared-data", default=None, help="directory with the real CSVs (default ../shared/data)"
    )
    parser.add_argument("--regenerate", action="store_true", help="re-render data/synthetic_ads.csv first")
    parser.add_argument(
        "--out", default=None, help="also write the full table (real rows too) to this CSV path"
    )
    args = parser.parse_args(argv)
    try:
        df = build_training_table(args.shared_data, regenerate=args.regenerate)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.out:
        out = Path(args.out).resolve()
        if out.is_relative_to(DATA_DIR.parent.resolve()) and not out.is_relative_to(
            (DATA_DIR.parent / "test-artifacts").resolve()
        ):
            print("error: --out must not write the real rows into the repository", file=sys.stderr)
            return 2
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(csv_bytes(df))
    print(f"rows: {len(df)}  sha256: {table_checksum(df)}")
    print(split_summary(df).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
