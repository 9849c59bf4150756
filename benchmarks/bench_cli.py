"""Speed of batch scoring: the ``jobscam score`` CLI end to end against a naive baseline, measured in one run.

    .venv/bin/python benchmarks/bench_cli.py                  # 20,000 ads, a model fitted here on generated text
    .venv/bin/python benchmarks/bench_cli.py --model model/jobscam.skops --n 1000000

Prints:

* CLI throughput (ads/s): a real ``jobscam score in.csv -o out.csv`` process (read, normalise, signals, tf-idf,
  calibrate, write, every row checked), and its ratio to the naive baseline measured in the same run:
  ``pandas.read_csv`` of the whole file, then the same fitted pipeline's ``predict_proba`` on the raw texts, in one
  process (no normalisation, no signals, no validation, nothing written, unbounded memory).
* ``Scorer.score`` (one ad per call) and ``Scorer.explain`` latency, p50 / p99.
* Peak memory of the CLI: RSS of the largest single process (``getrusage(RUSAGE_CHILDREN)``) and the sampled
  sum of PSS over its process tree (parent + workers; PSS shares the forked workers' common pages fairly).

Targets on a 2-core machine: CLI >= 3,000 ads/s, score p99 < 10 ms, explain p99 < 50 ms, peak RSS < 1 GB at 1M ads.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import psutil

ROOT = Path(__file__).resolve().parents[1]
JOBSCAM = Path(sys.executable).with_name("jobscam")

EN_FILLER = [
    "Our team is growing and we are looking for motivated people to join the operations department.",
    "You will work closely with colleagues across several offices and report to the team lead.",
    "Responsibilities include handling customer questions, preparing weekly reports and updating records.",
    "We offer a structured induction, regular feedback and opportunities to learn new tools.",
    "Working hours are Monday to Friday, with occasional weekend shifts during busy periods.",
    "Good written communication and attention to detail are important in this role.",
    "Please include a short cover letter describing your relevant experience.",
    "The position is based in our city office, with some flexibility to work remotely.",
    "Applicants should be comfortable using spreadsheets and email on a daily basis.",
    "We value honesty, teamwork and a positive attitude towards learning.",
]
EN_GENUINE = [
    "Apply through our careers site; interviews take place at our registered office in Bangkok.",
    "A signed employment contract and work permit are provided before the start date.",
    "At least two years of experience in a similar role is required, references will be checked.",
    "We never ask candidates for fees, deposits or copies of bank cards.",
]
EN_LURE = [
    "URGENT HIRING!!! Salary $4,000 per month, no experience needed, free flight and visa to Thailand.",
    "Free board and lodging, leave this week, only 5 places left, contact Telegram @hr_amy now.",
    "Typing job abroad, earn 3000 USD monthly, message WhatsApp, no interview needed.",
    "Online casino customer service in Sihanoukville, high pay, passport required for the ticket.",
    "Pay a small training fee and deposit first, commission paid daily in USDT.",
]
ZH_FILLER = [
    "公司发展迅速，现诚聘有责任心的员工加入我们的团队。",
    "工作内容包括客户咨询、整理资料以及协助部门日常事务。",
    "我们提供完善的培训体系和良好的晋升空间。",
    "工作时间为周一至周五，节假日按国家规定休息。",
    "欢迎有相关工作经验的人士投递简历。",
]
ZH_GENUINE = [
    "签订正式劳动合同，缴纳五险一金，公司地址：深圳市南山区科技园。",
    "面试地点在公司总部，不收取任何费用。",
]
ZH_LURE = [
    "高薪招聘客服，月薪3万，无需经验，包机票包吃住，加微信详聊。",
    "泰国打字员，日结高薪，包签证，飞机联系 @kefu88，名额有限。",
    "缅甸园区招聘网络推广，月入5万，先交押金和培训费。",
]


def make_ad(rng: random.Random, target: int = 1500) -> tuple[str, int]:
    """One ad of about ``target`` characters: English or Chinese filler with genuine or lure sentences."""
    scam = rng.random() < 0.3
    chinese = rng.random() < 0.35
    filler, genuine, lure = (ZH_FILLER, ZH_GENUINE, ZH_LURE) if chinese else (EN_FILLER, EN_GENUINE, EN_LURE)
    size = target // 3 if chinese else target  # a Chinese character carries about three English ones
    parts = rng.sample(lure if scam else genuine, 2)
    while sum(map(len, parts)) < size:
        parts.append(rng.choice(filler))
    if rng.random() < 0.2:  # a little mixed-language text, as on many regional boards
        parts.append(rng.choice(EN_FILLER if chinese else ZH_FILLER))
    rng.shuffle(parts)
    return " ".join(parts), int(scam)


def write_ads(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for i in range(n):
            writer.writerow([f"ad-{i}", make_ad(rng)[0]])


def fit_bench_model(directory: Path, n: int = 4000) -> Path:
    """A full-size pipeline (default hyper-parameters) fitted on generated ads, saved as a verified artifact."""
    from jobscam.features import build_pipeline
    from jobscam.persistence import save_artifact
    from jobscam.training.train import fit_calibrator, normalized_texts

    rng = random.Random(1)
    ads = [make_ad(rng) for _ in range(n)]
    texts = normalized_texts([a for a, _ in ads])
    labels = np.array([y for _, y in ads])
    pipeline = build_pipeline()
    pipeline.fit(texts, labels)
    calibrator = fit_calibrator(pipeline.decision_function(texts), texts, labels)
    path = directory / "jobscam.skops"
    save_artifact(
        {"pipeline": pipeline, "calibrator": calibrator},
        path,
        directory / "manifest.json",
        {"thresholds": {"medium": 0.3, "high": 0.7}},
    )
    return path


class TreeRss:
    """Samples the memory of a process and its descendants (parent + worker processes).

    Summed PSS (proportional set size): forked workers share the parent's pages (imported libraries, the model),
    which plain RSS would count once per process.
    """

    def __init__(self, pid: int, interval: float = 0.25):
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.NoSuchProcess):
                        total += proc.memory_full_info().pss
            except psutil.NoSuchProcess:
                return
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_cli(source: Path, dest: Path, model: Path, workers: int | None) -> tuple[float, float, int, int]:
    """Wall time, CPU time (all processes), peak RSS of the largest process (bytes), sampled peak of the tree."""
    command = [
        str(JOBSCAM),
        "score",
        str(source),
        "-o",
        str(dest),
        "--model",
        str(model),
        "--id-column",
        "id",
    ]
    command += ["--quiet"] + ([f"--workers={workers}"] if workers else [])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command)
    with TreeRss(process.pid) as tree:
        code = process.wait()
    elapsed = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"jobscam score failed with exit code {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, cpu, after.ru_maxrss * 1024, tree.peak  # ru_maxrss is in KiB on Linux


def check_output(dest: Path, n: int) -> None:
    """The run counts only if every ad came back scored, in order."""
    rows = 0
    for chunk in pd.read_csv(dest, usecols=["id", "status"], chunksize=200_000):
        expected = [f"ad-{i}" for i in range(rows, rows + len(chunk))]
        if chunk["id"].tolist() != expected or not (chunk["status"] == "ok").all():
            raise SystemExit("the CLI output does not match the input")
        rows += len(chunk)
    if rows != n:
        raise SystemExit(f"the CLI wrote {rows} rows for {n} ads")


def baseline(source: Path, model: Path) -> float:
    """Naive: read the whole file with pandas, ``predict_proba`` on the raw texts, one process."""
    from jobscam.scoring import load_model

    pipeline = load_model(model).pipeline
    start = time.perf_counter()
    frame = pd.read_csv(source)
    pipeline.predict_proba(frame["text"].astype(str).tolist())
    return time.perf_counter() - start


def latencies(model: Path, n: int) -> dict[str, np.ndarray]:
    from jobscam.scoring import load_model

    scorer = load_model(model)
    rng = random.Random(99)
    ads = [make_ad(rng)[0] for _ in range(n)]
    scorer.score(ads[:5])
    scorer.explain(ads[0])  # warm caches (feature names, tables)
    result = {}
    for name, call in (("score", lambda a: scorer.score([a])), ("explain", scorer.explain)):
        times = []
        for ad in ads:
            start = time.perf_counter()
            call(ad)
            times.append(time.perf_counter() - start)
        result[name] = np.array(times) * 1000
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20_000, help="ads to score")
    parser.add_argument(
        "--model", type=Path, default=None, help="model artifact [default: fit one on generated ads]"
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="--workers for the CLI [default: its default]"
    )
    parser.add_argument("--latency-ads", type=int, default=500, help="ads for the latency percentiles")
    parser.add_argument(
        "--skip-baseline", action="store_true", help="for very large --n: the baseline holds all"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="jobscam-bench-") as tmp:
        directory = Path(tmp)
        model = args.model
        if model is None:
            start = time.perf_counter()
            model = fit_bench_model(directory)
            print(f"fitted a benchmark model on generated ads in {time.perf_counter() - start:.1f} s")
        source = directory / "ads.csv"
        write_ads(source, args.n)
        size = source.stat().st_size
        print(f"input: {args.n:,} ads, {size / 1e6:.1f} MB, mean {size / args.n:,.0f} bytes per ad")

        elapsed, cpu, largest, tree = run_cli(source, directory / "scores.csv", model, args.workers)
        check_output(directory / "scores.csv", args.n)
        cli_rate = args.n / elapsed
        print(f"CLI end to end:   {cli_rate:8,.0f} ads/s  ({elapsed:.1f} s wall, {os.cpu_count()} CPUs)")
        # On a shared machine the wall figure depends on the other load; CPU time per ad much less so.
        print(
            f"CLI CPU time:     {1000 * cpu / args.n:8.3f} ms per ad, all processes ({args.n / cpu:,.0f} ads per CPU-second)"
        )
        if not args.skip_baseline:
            base = baseline(source, model)
            base_rate = args.n / base
            print(
                f"naive baseline:   {base_rate:8,.0f} ads/s  ({base:.1f} s; read_csv + predict_proba, 1 process)"
            )
            print(f"ratio CLI / baseline: {cli_rate / base_rate:.2f}x")
        print(
            f"CLI peak memory: largest process RSS {largest / 2**20:,.0f} MiB; process tree PSS {tree / 2**20:,.0f} MiB"
        )

        for name, ms in latencies(model, args.latency_ads).items():
            p50, p99 = np.percentile(ms, [50, 99])
            print(f"Scorer.{name:8s} one ad: p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  (n={len(ms)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
