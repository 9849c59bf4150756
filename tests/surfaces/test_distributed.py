"""Dask scoring: parity with the pandas path on a real cluster of worker processes, and files in, Parquet out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from jobscam import config, distributed
from jobscam.io import InputError
from jobscam.scoring import score_frame

GOOD_TEXTS = [
    "URGENT hiring customer service in Myawaddy, salary $4000 per month, no experience needed, contact Telegram",
    "Free flight and visa, free hotel, typing job in Thailand, earn 3000 USD monthly, message WhatsApp now",
    "Casting call for actors in Bangkok, film role, flight paid, contact our coordinator on WeChat",
    "高薪招聘客服，月薪3万，无需经验，包机票包吃住，加微信详聊",
    "Customer service advisor in Bangkok at a registered bank, market salary, two years of experience required",
    "Remote bookkeeper for Smith & Co accounting firm, three interviews, CPA preferred",
    "招聘普工，包吃包住，月薪5000-6000元，经验不限，工厂地址：深圳宝安区",
    "Part-time data labelling at Acme Analytics, hourly pay, apply through our careers site",
]
BAD_TEXTS = ["", None, "   ", "x" * (config.MAX_TEXT_CHARS + 1), "binary\x00data"]


def mixed_frame() -> pd.DataFrame:
    """Good ads with bad rows spread over every partition."""
    texts: list[object] = []
    for i, text in enumerate(GOOD_TEXTS * 3):
        texts.append(text)
        if i % 3 == 0:
            texts.append(BAD_TEXTS[(i // 3) % len(BAD_TEXTS)])
    return pd.DataFrame({"ad_id": [f"ad-{i:03d}" for i in range(len(texts))], "text": texts})


@pytest.mark.parametrize(
    ("lengths", "first", "expected"), [([3, 0, 2], 0, [0, 3, 3]), ([5], 1, [1]), ([], 0, [])]
)
def test_partition_offsets(lengths: list[int], first: int, expected: list[int]) -> None:
    assert distributed.partition_offsets(lengths, first) == expected


def test_resolve_input_finds_files_and_refuses_unknown_or_mixed(tmp_path: Path) -> None:
    (tmp_path / "b.parquet").write_bytes(b"")
    (tmp_path / "a.parquet").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("x")
    assert distributed.resolve_input(str(tmp_path)) == (
        "parquet",
        [str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")],
    )
    with pytest.raises(InputError, match="no .parquet"):
        distributed.resolve_input(str(tmp_path / "*.txt"))
    with pytest.raises(InputError, match="does not exist"):
        distributed.resolve_input(str(tmp_path / "missing.csv"))
    (tmp_path / "c.csv").write_text("text\n")
    with pytest.raises(InputError, match="mixes"):
        distributed.resolve_input(str(tmp_path))
    assert distributed.resolve_input("s3://bucket/ads/*.csv") == ("csv", "s3://bucket/ads/*.csv")


def test_score_meta_matches_what_a_partition_returns(tiny_model_path: Path) -> None:
    """Run the partition function in-process: its dtypes must be exactly the declared meta (no Dask needed)."""
    frame = mixed_frame()
    scored = distributed._score_partition(frame, ["text"], "ad_id", str(tiny_model_path), None, False)
    meta = distributed.score_meta(frame.index)
    assert list(scored.columns) == list(meta.columns)
    assert scored.dtypes.to_dict() == meta.dtypes.to_dict()
    all_bad = distributed._score_partition(
        pd.DataFrame({"text": [None, ""]}), ["text"], None, str(tiny_model_path), [5], False, {"number": 0}
    )
    assert all_bad.dtypes.to_dict() == meta.dtypes.to_dict()
    assert all_bad["id"].tolist() == ["5", "6"]


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[object]:
    """A real LocalCluster of 2 worker processes, one thread each, made the way the product makes it."""
    with distributed.dask_client(n_workers=2) as client:
        yield client


@pytest.mark.cluster
def test_dask_scores_equal_the_pandas_path_row_for_row(cluster_client: object, tiny_model_path: Path) -> None:
    import dask.dataframe as dd

    frame = mixed_frame()
    expected = score_frame(frame, ["text"], "ad_id", model_path=str(tiny_model_path))
    ddf = dd.from_pandas(frame, npartitions=4)
    assert ddf.npartitions == 4
    result = distributed.score_dask_frame(ddf, ["text"], "ad_id", tiny_model_path).compute()
    assert_same_scores(result, expected)
    statuses = set(result["status"])
    assert {"ok", "error:empty", "error:too_long", "error:binary"} <= statuses
    # The model runs on the workers: the graph holds the path, not the model.
    workers = cluster_client.run(
        lambda: __import__("jobscam.scoring").scoring._load_cached.cache_info().currsize
    )
    assert len(workers) == 2 and all(size >= 1 for size in workers.values())


@pytest.mark.cluster
def test_dask_ids_without_an_id_column_are_global_row_numbers(
    cluster_client: object, tiny_model_path: Path
) -> None:
    import dask.dataframe as dd

    frame = mixed_frame()[["text"]]
    expected = score_frame(frame, ["text"], None, model_path=str(tiny_model_path))
    result = distributed.score_dask_frame(
        dd.from_pandas(frame, npartitions=3), ["text"], None, tiny_model_path
    )
    computed = result.compute()
    assert computed["id"].tolist() == [str(i) for i in range(len(frame))]
    assert_same_scores(computed, expected)


def assert_same_scores(result: pd.DataFrame, expected: pd.DataFrame) -> None:
    assert len(result) == len(expected)
    assert list(result.columns) == list(expected.columns)
    result, expected = result.reset_index(drop=True), expected.reset_index(drop=True)
    for column in ("id", "risk_band", "signals", "status"):
        assert result[column].tolist() == expected[column].tolist(), column
    np.testing.assert_allclose(result["scam_probability"], expected["scam_probability"], rtol=0, atol=1e-12)
    assert result["scam_probability"].isna().tolist() == expected["scam_probability"].isna().tolist()


@pytest.mark.cluster
def test_score_files_dask_parquet_directory_and_csv_glob(
    cluster_client: object, tiny_model_path: Path, tmp_path: Path
) -> None:
    scheduler = cluster_client.scheduler.address
    frame = mixed_frame()
    half = len(frame) // 2
    parquet_dir = tmp_path / "parquet-in"
    parquet_dir.mkdir()
    frame.iloc[:half].to_parquet(parquet_dir / "part-a.parquet", index=False)
    frame.iloc[half:].to_parquet(parquet_dir / "part-b.parquet", index=False)
    csv_dir = tmp_path / "csv-in"
    csv_dir.mkdir()
    with_newlines = frame.assign(
        text=frame["text"].map(lambda t: t.replace(",", ",\n", 1) if isinstance(t, str) else t)
    )
    with_newlines.iloc[:half].to_csv(csv_dir / "1.csv", index=False)
    with_newlines.iloc[half:].to_csv(csv_dir / "2.csv", index=False)

    summary = distributed.score_files_dask(
        str(parquet_dir), str(tmp_path / "out-parquet"), ["text"], "ad_id", scheduler, tiny_model_path
    )
    written = pd.read_parquet(tmp_path / "out-parquet")
    expected = score_frame(frame, ["text"], "ad_id", model_path=str(tiny_model_path))
    assert_same_scores(written, expected)
    assert summary["rows"] == len(frame) == summary["ok"] + sum(summary["errors"].values())
    assert summary["ok"] == int((expected["status"] == "ok").sum())

    summary = distributed.score_files_dask(
        str(csv_dir / "*.csv"), str(tmp_path / "out-csv"), ["text"], None, scheduler, tiny_model_path
    )
    written = pd.read_parquet(tmp_path / "out-csv")
    assert summary["rows"] == len(written) == len(frame)
    # No id column: 1-based row numbers across the files, as in the single-process CLI.
    assert written["id"].tolist() == [str(i) for i in range(1, len(frame) + 1)]
    expected_csv = score_frame(
        with_newlines.replace({"": None}), ["text"], None, model_path=str(tiny_model_path)
    )
    assert written["status"].tolist() == expected_csv["status"].tolist()
    np.testing.assert_allclose(
        written["scam_probability"], expected_csv["scam_probability"], rtol=0, atol=1e-12
    )

    with pytest.raises(InputError, match="already exists"):
        distributed.score_files_dask(str(parquet_dir), str(tmp_path / "out-csv"), ["text"], None, scheduler)
    with pytest.raises(InputError, match="column 'body' not in input"):
        distributed.score_files_dask(str(parquet_dir), str(tmp_path / "out-x"), ["body"], None, scheduler)


@pytest.mark.cluster
def test_score_files_dask_starts_its_own_local_cluster(tiny_model_path: Path, tmp_path: Path) -> None:
    """Without a scheduler address, a local cluster of worker processes is started (and closed)."""
    frame = mixed_frame()[["text"]]
    frame.to_parquet(tmp_path / "ads.parquet", index=False)
    summary = distributed.score_files_dask(
        str(tmp_path / "ads.parquet"), str(tmp_path / "out"), model_path=str(tiny_model_path)
    )
    written = pd.read_parquet(tmp_path / "out")
    expected = score_frame(frame, model_path=str(tiny_model_path))
    assert written["status"].tolist() == expected["status"].tolist()
    assert written["id"].tolist() == [str(i) for i in range(1, len(frame) + 1)]
    assert summary["rows"] == len(frame)
    assert (
        summary["errors"]
        == expected.loc[expected["status"] != "ok", "status"].value_counts().sort_index().to_dict()
    )
