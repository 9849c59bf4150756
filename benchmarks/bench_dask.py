"""Dask scoring throughput with 1 and 2 worker processes, against single-process pandas ``score_frame``.

Generates ``--ads`` ads of about 1,500 characters (assembled from lure and genuine phrases) into a Parquet file of
several files, then scores it: in-process with ``score_frame`` (the baseline), and with
``score_files_dask`` on a ``LocalCluster`` of 1 and of 2 worker processes (one thread each). Cluster start-up is
measured separately from scoring. Prints ads/s for each and the ratios.

    python benchmarks/bench_dask.py [--model PATH] [--ads 4000] [--files 8]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

PHRASES = [
    "We are hiring customer service staff for our office in Bangkok.",
    "Salary 30,000 to 45,000 baht per month depending on experience.",
    "No experience needed, we provide full training and free accommodation.",
    "Free flight ticket and visa arranged by the company, leave within one week.",
    "Contact our HR on Telegram for a quick interview, only passport required.",
    "Applicants must hold a bachelor's degree and two years of relevant experience.",
    "Interviews take place at our registered office, 12 Sukhumvit Road, Bangkok.",
    "We never charge candidates any fees during the recruitment process.",
    "高薪招聘客服，月薪3万，无需经验，包机票包吃住，加微信详聊。",
    "Lowongan kerja di luar negeri, gaji tinggi, tanpa pengalaman, tiket pesawat gratis.",
    "Tuyển nhân viên làm việc tại Campuchia, lương cao, bao ăn ở, không cần kinh nghiệm.",
    "Benefits include health insurance, paid leave and a formal employment contract.",
]


def make_ads(n: int, seed: int = 0, length: int = 1500) -> list[str]:
    rng = random.Random(seed)
    ads = []
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < length:
            parts.append(rng.choice(PHRASES))
        ads.append(" ".join(parts))
    return ads


def write_input(directory: Path, ads: list[str], files: int) -> None:
    """A directory of ``files`` Parquet files, as a platform's export would be (one Dask partition or more each)."""
    directory.mkdir()
    size = -(-len(ads) // files)
    for k in range(files):
        chunk = range(k * size, min(len(ads), (k + 1) * size))
        table = pa.table({"ad_id": [f"ad-{i}" for i in chunk], "text": [ads[i] for i in chunk]})
        pq.write_table(table, directory / f"part-{k:03d}.parquet")


def time_dask(source: Path, output: Path, workers: int, model: str | None) -> tuple[float, float]:
    """(cluster start seconds, scoring seconds) for ``workers`` worker processes."""
    from jobscam import distributed

    started = time.perf_counter()
    with distributed.dask_client(n_workers=workers) as client:
        # Load the model in every worker before timing: start-up cost, paid once per worker process.
        client.run(lambda: __import__("jobscam.scoring").scoring.load_model(model))
        startup = time.perf_counter() - started
        started = time.perf_counter()
        summary = distributed.score_files_dask(
            str(source), str(output), ["text"], "ad_id", scheduler=client.scheduler.address, model_path=model
        )
        seconds = time.perf_counter() - started
    assert summary["ok"] == summary["rows"], summary
    return startup, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None, help="model artifact (default: the shipped model)")
    parser.add_argument("--ads", type=int, default=4000)
    parser.add_argument("--files", type=int, default=8, help="Parquet files in the input directory")
    args = parser.parse_args()
    model = str(Path(args.model).resolve()) if args.model else None

    from jobscam.scoring import load_model, score_frame

    ads = make_ads(args.ads)
    with tempfile.TemporaryDirectory(prefix="jobscam-bench-") as tmp:
        directory = Path(tmp)
        source = directory / "ads"
        write_input(source, ads, args.files)
        print(
            f"{len(ads):,} ads, mean {sum(map(len, ads)) / len(ads):,.0f} characters, {args.files} Parquet files"
        )

        scorer = load_model(model)
        started = time.perf_counter()
        baseline = score_frame(pd.read_parquet(source), ["text"], "ad_id", scorer=scorer)
        pandas_s = time.perf_counter() - started
        assert len(baseline) == len(ads)

        results = {}
        for workers in (1, 2):
            startup, seconds = time_dask(source, directory / f"out-{workers}", workers, model)
            results[workers] = seconds
            print(f"dask, {workers} worker process(es): start-up {startup:5.1f}s, scoring {seconds:6.2f}s")

    def rate(seconds: float) -> float:
        return len(ads) / seconds

    print()
    print(f"pandas score_frame, one process (baseline): {rate(pandas_s):8.0f} ads/s")
    print(
        f"dask, 1 worker:                             {rate(results[1]):8.0f} ads/s ({pandas_s / results[1]:.2f}x)"
    )
    print(
        f"dask, 2 workers:                            {rate(results[2]):8.0f} ads/s ({pandas_s / results[2]:.2f}x)"
    )
    print(f"2 workers / 1 worker:                       {results[1] / results[2]:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
