"""Surface tests for the ``jobscam`` CLI (typer's CliRunner, the tiny model) plus one real-process run."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from jobscam.cli import app
from jobscam.io import SCORE_SCHEMA

runner = CliRunner()

LURE = "Free flight and visa, typing job in Thailand, salary $4000 per month, no experience, contact Telegram"
GENUINE = "Customer service advisor at a registered bank, two years of experience required, apply on our site"
ADS = pd.DataFrame(
    {
        "ref": ["ad-1", "ad-2", "ad-3", "ad-4"],
        "title": ["Typing job abroad", "Bank advisor", "", "高薪招聘客服"],
        "body": [LURE, GENUINE, "", "月薪3万，无需经验，包机票包吃住，加微信详聊"],
    }
)
OUTPUT_COLUMNS = ["id", "scam_probability", "risk_band", "signals", "status"]


def write(frame: pd.DataFrame, path: Path) -> Path:
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(path, index=False)
    return path


def read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(
            path, dtype={"id": str}, keep_default_na=False, na_values={"scam_probability": [""]}
        )
    if path.suffix == ".jsonl":
        return pd.read_json(path, lines=True, dtype={"id": str})
    return pd.read_parquet(path)


def score(*args: str, model: Path, input: bytes | None = None):
    return runner.invoke(app, ["score", *args, "--model", str(model), "--workers", "1"], input=input)


@pytest.mark.parametrize("in_ext", [".csv", ".jsonl", ".parquet"])
@pytest.mark.parametrize("out_ext", [".csv", ".jsonl", ".parquet"])
def test_score_formats_keep_ids_order_and_one_row_per_ad(
    tmp_path: Path, tiny_model_path: Path, in_ext: str, out_ext: str
) -> None:
    source = write(ADS, tmp_path / f"ads{in_ext}")
    dest = tmp_path / f"scores{out_ext}"
    result = score(
        str(source), "-o", str(dest), "-t", "title", "-t", "body", "--id-column", "ref", model=tiny_model_path
    )
    assert result.exit_code == 1, result.output  # ad-3 has no text
    out = read(dest)
    assert list(out.columns) == OUTPUT_COLUMNS
    assert out["id"].tolist() == ["ad-1", "ad-2", "ad-3", "ad-4"]
    assert out["status"].tolist() == ["ok", "ok", "error:empty", "ok"]
    assert out["scam_probability"][0] > out["scam_probability"][1]
    assert pd.isna(out["scam_probability"][2]) and out["risk_band"][2] in ("", None)
    assert set(out["risk_band"][[0, 1, 3]]) <= {"low", "medium", "high"}
    if out_ext == ".parquet":
        import pyarrow.parquet as pq

        assert pq.read_schema(dest).remove_metadata().equals(SCORE_SCHEMA)


def test_score_matches_the_scoring_core(tmp_path: Path, tiny_model_path: Path, tiny_scorer) -> None:
    """The CLI adds no scoring of its own: its probabilities are Scorer.score's, joined title + body."""
    source = write(ADS, tmp_path / "ads.csv")
    dest = tmp_path / "scores.csv"
    score(str(source), "-o", str(dest), "-t", "title", "-t", "body", model=tiny_model_path)
    expected = tiny_scorer.score(["Typing job abroad\n" + LURE, "Bank advisor\n" + GENUINE])
    out = read(dest)
    assert out["scam_probability"][:2].tolist() == pytest.approx(expected["scam_probability"].tolist())
    assert out["signals"].fillna("")[:2].tolist() == expected["signals"].tolist()
    assert out["id"].tolist() == ["1", "2", "3", "4"]  # no id column: 1-based row numbers


def test_score_all_ok_exits_0_and_reports_a_summary(tmp_path: Path, tiny_model_path: Path) -> None:
    source = write(pd.DataFrame({"text": [LURE, GENUINE]}), tmp_path / "ads.csv")
    result = score(str(source), "-o", str(tmp_path / "out.csv"), model=tiny_model_path)
    assert result.exit_code == 0, result.output
    assert "rows: 2  ok: 2  errors: 0" in result.output
    assert "risk bands:" in result.output


def test_bad_rows_get_error_statuses_and_every_row_is_written(tmp_path: Path, tiny_model_path: Path) -> None:
    source = tmp_path / "ads.csv"
    source.write_bytes(
        b"id,text\n"
        b'a,"' + LURE.encode() + b'"\n'
        b"b,too,many,cells\n"
        b"c,caf\xe9 typing job\n"
        b"d,\n"
        b"e,\x00\x01\x02\x03\x04\x05\n"
        b'f,"' + GENUINE.encode() + b'"\n'
    )
    dest = tmp_path / "out.csv"
    result = score(
        str(source), "-o", str(dest), "--id-column", "id", "--chunk-size", "2", model=tiny_model_path
    )
    assert result.exit_code == 1
    out = read(dest)
    assert out["id"].tolist() == list("abcdef")
    assert out["status"].tolist() == [
        "ok",
        "error:malformed_row",
        "error:undecodable",
        "error:empty",
        "error:binary",
        "ok",
    ]
    assert "error:malformed_row=1" in result.output


def test_formula_cells_in_ids_are_neutralised(tmp_path: Path, tiny_model_path: Path) -> None:
    source = write(
        pd.DataFrame({"id": ['=HYPERLINK("http://x")', "+1", "@a"], "text": [LURE] * 3}), tmp_path / "a.csv"
    )
    dest = tmp_path / "out.csv"
    score(str(source), "-o", str(dest), "--id-column", "id", model=tiny_model_path)
    assert read(dest)["id"].tolist() == ['\'=HYPERLINK("http://x")', "'+1", "'@a"]


def test_stdin_to_stdout_jsonl(tiny_model_path: Path) -> None:
    data = "\n".join(json.dumps({"text": t}) for t in (LURE, GENUINE)).encode() + b"\n[not an object]\n"
    result = score("-", "-o", "-", "--format", "jsonl", "--quiet", model=tiny_model_path, input=data)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert [r["status"] for r in rows] == ["ok", "ok", "error:malformed_row"]


def test_stdin_csv_to_stdout_csv(tiny_model_path: Path) -> None:
    result = score("-", "-o", "-", "--quiet", model=tiny_model_path, input=f'text\n"{GENUINE}"\n'.encode())
    assert result.exit_code == 0
    out = pd.read_csv(io.StringIO(result.stdout))
    assert out["status"].tolist() == ["ok"]


def test_several_workers_keep_order(tmp_path: Path, tiny_model_path: Path) -> None:
    texts = [LURE if i % 3 else GENUINE for i in range(50)]
    source = write(pd.DataFrame({"id": [f"x{i}" for i in range(50)], "text": texts}), tmp_path / "ads.csv")
    dest = tmp_path / "out.csv"
    result = runner.invoke(
        app,
        ["score", str(source), "-o", str(dest), "--id-column", "id", "--chunk-size", "7", "--workers", "2"]
        + ["--model", str(tiny_model_path)],
    )
    assert result.exit_code == 0, result.output
    out = read(dest)
    assert out["id"].tolist() == [f"x{i}" for i in range(50)]
    lure_p = out["scam_probability"][1]
    assert all((p == lure_p) == bool(i % 3) for i, p in enumerate(out["scam_probability"]))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["{src}", "-o", "{dst}", "-t", "description"],
            "column 'description' not in input; columns are: ref, title, body",
        ),
        (["{src}", "-o", "{dst}", "-t", "body", "--id-column", "nope"], "column 'nope' not in input"),
        (["{dir}/missing.csv", "-o", "{dst}"], "cannot read"),
        (["{dir}/ads.xlsx", "-o", "{dst}"], "cannot tell the format"),
        (["{src}", "-o", "{dir}/scores.txt"], "cannot tell the format"),
        (["-", "-o", "{dst}", "--format", "xml"], "unknown format 'xml'"),
        (["{src}", "-o", "{dst}", "--engine", "spark"], "unknown engine"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(
    tmp_path: Path, tiny_model_path: Path, args: list[str], message: str
) -> None:
    source = write(ADS, tmp_path / "ads.csv")
    dest = tmp_path / "scores.csv"
    filled = [a.format(src=source, dst=dest, dir=tmp_path) for a in args]
    result = score(*filled, model=tiny_model_path)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not dest.exists()


def test_missing_or_tampered_model_exits_2(tmp_path: Path, tiny_model_path: Path) -> None:
    source = write(ADS, tmp_path / "ads.csv")
    result = runner.invoke(
        app, ["score", str(source), "-o", str(tmp_path / "o.csv"), "--model", str(tmp_path / "x.skops")]
    )
    assert result.exit_code == 2
    assert "cannot use the model" in result.output
    tampered = tmp_path / "tampered"
    tampered.mkdir()
    (tampered / "jobscam.skops").write_bytes(tiny_model_path.read_bytes() + b"\0")
    (tampered / "manifest.json").write_bytes(tiny_model_path.with_name("manifest.json").read_bytes())
    result = runner.invoke(app, ["explain", LURE, "--model", str(tampered / "jobscam.skops")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error() -> None:
    assert runner.invoke(app, ["score", "--no-such-option"]).exit_code == 2


def test_score_help_documents_exit_codes() -> None:
    result = runner.invoke(app, ["score", "--help"])
    assert result.exit_code == 0
    assert "Exit codes" in result.output


def test_explain_text(tiny_model_path: Path) -> None:
    result = runner.invoke(app, ["explain", LURE, "--model", str(tiny_model_path)])
    assert result.exit_code == 0, result.output
    assert "Scam probability:" in result.output
    assert "Words that raise the risk" in result.output
    assert "Telegram" in result.output  # quoted from the ad (as a term's span or a signal quote)


def test_explain_prints_user_text_literally(capsys: pytest.CaptureFixture[str]) -> None:
    """Rich markup in an ad is shown as typed, never interpreted."""
    from jobscam.cli import _print_explanation
    from jobscam.scoring import Explanation, TermContribution

    text = "[red]free[/red] flight"
    explanation = Explanation(
        text=text,
        status="ok",
        scam_probability=0.9,
        risk_band="high",
        terms=(TermContribution("free", 1.5, ((0, 15),)), TermContribution("flight", -0.5, ((16, 22),))),
    )
    _print_explanation(explanation, top=5)
    out = capsys.readouterr().out
    assert "[red]free[/red]" in out
    assert "+1.500" in out and "-0.500" in out
    assert "HIGH" in out


def test_explain_json_is_the_core_explanation(tiny_model_path: Path, tiny_scorer) -> None:
    result = runner.invoke(app, ["explain", LURE, "--json", "--model", str(tiny_model_path)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    expected = tiny_scorer.explain(LURE).to_dict()
    assert data["scam_probability"] == pytest.approx(expected["scam_probability"])
    assert data["risk_band"] == expected["risk_band"]
    assert [t["term"] for t in data["terms"]] == [t["term"] for t in expected["terms"]]
    assert [s["name"] for s in data["signals"]] == [s["name"] for s in expected["signals"]]


def test_explain_reads_stdin(tiny_model_path: Path) -> None:
    result = runner.invoke(
        app, ["explain", "-", "--json", "--model", str(tiny_model_path)], input=LURE.encode()
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == LURE


def test_explain_unscorable_text_exits_1(tiny_model_path: Path) -> None:
    result = runner.invoke(app, ["explain", "   ", "--json", "--model", str(tiny_model_path)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["status"] == "error:empty"


def test_train_passes_options_through(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []
    monkeypatch.setattr(
        "jobscam.training.train.run_training", lambda *args, **kwargs: calls.append((args, kwargs)) or 0
    )
    result = runner.invoke(
        app, ["train", "--shared-data", "sd", "--model-dir", str(tmp_path), "--regenerate"]
    )
    assert result.exit_code == 0, result.output
    assert calls == [(("sd", None, tmp_path, True), {})]


def test_evaluate_passes_options_through(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []
    monkeypatch.setattr("jobscam.training.evaluate.main", lambda argv: calls.append(argv) or 0)
    result = runner.invoke(app, ["evaluate", "--model-dir", str(tmp_path)])
    assert result.exit_code == 0
    assert calls == [["--model-dir", str(tmp_path)]]


@pytest.mark.slow
def test_real_process(tmp_path: Path, tiny_model_path: Path) -> None:
    """The installed entry point, in its own process, with the default worker count."""
    source = write(ADS, tmp_path / "ads.csv")
    dest = tmp_path / "scores.parquet"
    jobscam = Path(sys.executable).with_name("jobscam")
    completed = subprocess.run(
        [str(jobscam), "score", str(source), "-o", str(dest), "-t", "body", "--id-column", "ref"]
        + ["--model", str(tiny_model_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 1, completed.stderr  # ad-3 is empty
    assert "Traceback" not in completed.stderr
    assert "rows: 4  ok: 3  errors: 1" in completed.stderr
    assert completed.stdout == ""
    out = pd.read_parquet(dest)
    assert out["id"].tolist() == ["ad-1", "ad-2", "ad-3", "ad-4"]
    assert out["status"].tolist() == ["ok", "ok", "error:empty", "ok"]
