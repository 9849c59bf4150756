"""The ``jobscam`` command: score files of job ads, explain one ad, train, evaluate, serve.

Exit codes (all commands):

* 0 - done; for ``score``, every row was scored.
* 1 - ``score`` finished and wrote every row, but some rows have an error status (unreadable, empty, too long...);
  ``explain`` was given text it cannot score (empty, binary, too long).
* 2 - usage or input error: unknown option or format, unreadable file, missing column, unusable model.
  One-line message on stderr, no traceback, and no output file is started for errors found up front.

Heavy modules (the model, pandas, Dask, the HTTP service) are imported inside the commands, so ``jobscam --help``
is instant and one broken optional part does not break the others.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from jobscam.scoring import Explanation

EXIT_OK, EXIT_ROW_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader left

app = typer.Typer(
    name="jobscam",
    help="Job-ad scam risk classifier: score ads for trafficking-compound lure patterns.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print a one-line error on stderr and return the Exit to raise."""
    typer.echo(f"jobscam: error: {message}", err=True)
    return typer.Exit(code)


def _load_scorer(model: Path | None):
    from jobscam.persistence import ModelLoadError
    from jobscam.scoring import load_model

    try:
        return load_model(model)
    except ModelLoadError as error:
        raise _fail(f"cannot use the model: {_one_line(error)}") from None
    except FileNotFoundError as error:
        raise _fail(f"cannot use the model: {error}") from None


def _one_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# ------------------------------------------------------------------------------------------------------ score


class Summary:
    """Counts for the end-of-run report: rows, statuses and risk bands."""

    def __init__(self) -> None:
        self.rows = 0
        self.status: Counter[str] = Counter()
        self.bands: Counter[str] = Counter()

    def add(self, scored: pd.DataFrame) -> None:
        self.rows += len(scored)
        self.status.update(scored["status"].tolist())
        self.bands.update(b for b in scored["risk_band"].tolist() if b)

    @property
    def ok(self) -> int:
        return self.status.get("ok", 0)

    @property
    def errors(self) -> dict[str, int]:
        return {k: v for k, v in sorted(self.status.items()) if k != "ok"}

    def lines(self) -> list[str]:
        lines = [f"rows: {self.rows}  ok: {self.ok}  errors: {self.rows - self.ok}"]
        if self.errors:
            lines.append("errors by reason: " + ", ".join(f"{k}={v}" for k, v in self.errors.items()))
        lines.append(
            "risk bands: " + ", ".join(f"{b}={self.bands.get(b, 0)}" for b in ("high", "medium", "low"))
        )
        return lines


def _progress(quiet: bool):
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: scoring workers are forked from this process
    return tqdm(unit=" ads", file=sys.stderr, disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True)


@app.command()
def score(
    input: Annotated[
        str, typer.Argument(help="Ads to score: .csv, .jsonl/.ndjson, .parquet/.pq, or - for stdin.")
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Where to write the scores (format by extension; - for stdout)."),
    ],
    text_column: Annotated[
        list[str] | None,
        typer.Option(
            "--text-column", "-t", help="Column(s) holding the ad text; several are joined. (default: text)"
        ),
    ] = None,
    id_column: Annotated[
        str | None, typer.Option(help="Column to copy into the output's id (default: 1-based row number).")
    ] = None,
    format: Annotated[
        str, typer.Option("--format", help="Format of - (stdin/stdout): csv, jsonl or parquet.")
    ] = "csv",
    chunk_size: Annotated[int, typer.Option(min=1, help="Rows per chunk (memory stays bounded).")] = 10_000,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Scoring processes. (default: number of CPUs)", show_default=False),
    ] = None,
    model: Annotated[
        Path | None, typer.Option(help="Model artifact (.skops) (default: the shipped model).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    engine: Annotated[
        str,
        typer.Option(
            help="pandas (streaming, local processes) or dask (INPUT: file, directory or glob; OUTPUT: a new "
            "Parquet directory)."
        ),
    ] = "pandas",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (with --engine dask) (default: a local cluster)."),
    ] = None,
) -> None:
    """Score every ad in INPUT and write id, scam_probability, risk_band, signals and status to OUTPUT.

    One output row per input row, in order. Rows that cannot be read or scored are kept with an error status
    (error:malformed_row, error:undecodable, error:empty, error:too_long, ...) and empty scores.

    Exit codes: 0 every row scored; 1 finished, every row written, but some rows have an error status;
    2 usage or input error (unknown format, unreadable file, missing column, unusable model); 141 the reader of
    stdout closed the pipe early (as with SIGPIPE).
    """
    from jobscam import io as jio

    text_columns = text_column or ["text"]
    if engine not in ("pandas", "dask"):
        raise _fail(f"unknown engine {engine!r}; engines are: pandas, dask")
    if engine == "dask":
        _score_dask(input, output, text_columns, id_column, scheduler, model, quiet)
        return
    try:
        in_fmt = jio.check_format(format) if input == jio.STDIO else jio.detect_format(input)
        out_fmt = jio.check_format(format) if output == jio.STDIO else jio.detect_format(output)
    except jio.InputError as error:
        raise _fail(str(error)) from None
    if input != jio.STDIO and not Path(input).is_file():
        raise _fail(f"cannot read {input!r}: no such file")

    from jobscam.batch import default_workers, empty_scores, score_stream

    _load_scorer(model)  # fail fast (exit 2) on a missing or tampered model, before any output is written
    summary = Summary()
    writer = jio.open_writer(output, out_fmt)
    try:
        with _progress(quiet) as bar:
            chunks = jio.iter_records(input, in_fmt, text_columns, id_column, chunk_size)
            for scored in score_stream(chunks, model, workers or default_workers()):
                writer.write(scored)
                summary.add(scored)
                bar.update(len(scored))
        if summary.rows == 0:
            writer.write(empty_scores())  # an empty input gives an empty output (CSV header, Parquet schema)
    except jio.InputError as error:
        raise _fail(str(error)) from None
    except BrokenPipeError:  # `jobscam score ... -o - | head`: the reader left; stop quietly, as `cat` would
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    finally:
        writer.close()
    if not quiet:
        for line in summary.lines():
            typer.echo(line, err=True)
    raise typer.Exit(EXIT_ROW_ERRORS if summary.rows != summary.ok else EXIT_OK)


def _score_dask(
    input: str,
    output: str,
    text_columns: list[str],
    id_column: str | None,
    scheduler: str | None,
    model: Path | None,
    quiet: bool,
) -> None:
    """Hand the run to :func:`jobscam.distributed.score_files_dask` (input: file, directory or glob; output: a
    Parquet directory), then report its counts like the streaming engine does."""
    from jobscam import io as jio

    if jio.STDIO in (input, output):
        raise _fail("--engine dask reads and writes files, not stdin/stdout")
    if scheduler is None:
        _load_scorer(model)  # a remote cluster loads the model from its own view of the path
    from jobscam.distributed import score_files_dask

    try:
        counts = score_files_dask(
            input,
            output,
            text_columns=text_columns,
            id_column=id_column,
            scheduler=scheduler,
            model_path=None if model is None else str(model),
        )
    except jio.InputError as error:
        raise _fail(str(error)) from None
    summary = Summary()
    summary.rows = int(counts.get("rows", 0))
    summary.status.update({"ok": int(counts.get("ok", 0)), **counts.get("errors", {})})
    summary.bands.update(counts.get("bands", {}))
    if not quiet:
        for line in summary.lines():
            typer.echo(line, err=True)
    raise typer.Exit(EXIT_ROW_ERRORS if summary.rows != summary.ok else EXIT_OK)


# ---------------------------------------------------------------------------------------------------- explain


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="The ad text, or - to read it from stdin.")],
    model: Annotated[
        Path | None, typer.Option(help="Model artifact (.skops) (default: the shipped model).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full explanation as JSON.")] = False,
    top: Annotated[int, typer.Option(min=1, help="Terms to show for and against.")] = 8,
) -> None:
    """Explain one ad: scam probability, risk band, the words that pushed the score up or down, and lure signals.

    Exit codes: 0 explained; 1 the text cannot be scored (empty, binary, too long); 2 usage error or unusable model.
    """
    if text == "-":
        raw = sys.stdin.buffer.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _fail("stdin is not UTF-8 text") from None
    scorer = _load_scorer(model)
    explanation = scorer.explain(text)
    if as_json:
        typer.echo(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_explanation(explanation, top)
    raise typer.Exit(EXIT_OK if explanation.status == "ok" else EXIT_ROW_ERRORS)


_BAND_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "bold green"}


def _print_explanation(explanation: Explanation, top: int) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    if explanation.status != "ok":
        console.print(Text(f"Cannot score this text: {explanation.status}", style="bold"))
        return
    band = explanation.risk_band or ""
    header = Text("Scam probability: ")
    header.append(f"{explanation.scam_probability:.1%}", style="bold")
    header.append("   risk: ")
    header.append(band.upper(), style=_BAND_STYLE.get(band, "bold"))
    console.print(header)

    for title, terms, style in (
        ("Words that raise the risk", [t for t in explanation.terms if t.contribution > 0][:top], "red"),
        ("Words that lower the risk", [t for t in explanation.terms if t.contribution < 0][:top], "green"),
    ):
        if not terms:
            continue
        table = Table(title=title, title_justify="left", show_edge=False)
        table.add_column("term")
        table.add_column("log-odds", justify="right")
        table.add_column("in the ad")
        for term in terms:
            quotes = ", ".join(dict.fromkeys(explanation.text[s:e] for s, e in term.spans[:3]))
            table.add_row(Text(term.term, style=style), f"{term.contribution:+.3f}", Text(quotes))
        console.print(table)

    if explanation.signals:
        console.print(Text("Lure signals", style="bold underline"))
        for hit in explanation.signals:
            line = Text("• ")
            line.append(hit.title, style="bold")
            line.append(f" - {hit.explanation}")
            console.print(line)
            if hit.quotes:
                console.print(Text("  quoted: " + ", ".join(f"“{q}”" for q in hit.quotes), style="italic"))
            if hit.advice:
                console.print(Text(f"  advice: {hit.advice}"))
    else:
        console.print(Text("No lure signals found.", style="dim"))


# ------------------------------------------------------------------------------------ training and serving


@app.command()
def train(
    shared_data: Annotated[Path | None, typer.Option(help="Folder with the real labelled ads.")] = None,
    extra: Annotated[
        Path | None, typer.Option(help="Your own labelled ads: .csv/.jsonl/.parquet with text and label.")
    ] = None,
    model_dir: Annotated[Path | None, typer.Option(help="Where to write the artifact and reports.")] = None,
    regenerate: Annotated[bool, typer.Option(help="Regenerate the synthetic corpus first.")] = False,
) -> None:
    """Build the training table, fit, calibrate, choose bands, and ship the model with its manifest and reports."""
    from jobscam import config
    from jobscam.io import InputError
    from jobscam.training.train import run_training

    try:
        code = run_training(
            None if shared_data is None else str(shared_data),
            extra,
            model_dir or config.MODEL_DIR,
            regenerate,
        )
    except (InputError, FileNotFoundError) as error:
        raise _fail(_one_line(error)) from None
    raise typer.Exit(code)


@app.command()
def evaluate(
    shared_data: Annotated[Path | None, typer.Option(help="Folder with the real labelled ads.")] = None,
    model_dir: Annotated[
        Path | None, typer.Option(help="Folder holding jobscam.skops and manifest.json.")
    ] = None,
) -> None:
    """Re-evaluate the model on the test split and rewrite its metrics and model card section."""
    from jobscam.persistence import ModelLoadError
    from jobscam.training.evaluate import main

    argv = _flags(shared_data=shared_data, model_dir=model_dir)
    try:
        code = main(argv)
    except ModelLoadError as error:
        raise _fail(f"cannot use the model: {_one_line(error)}") from None
    raise typer.Exit(code)


@app.command("build-data")
def build_data(
    shared_data: Annotated[Path | None, typer.Option(help="Folder with the real labelled ads.")] = None,
    regenerate: Annotated[bool, typer.Option(help="Regenerate the synthetic corpus first.")] = False,
) -> None:
    """Build the training table (synthetic corpus + real ads) and print its split summary."""
    from jobscam.training.dataset import main

    argv = _flags(shared_data=shared_data) + (["--regenerate"] if regenerate else [])
    raise typer.Exit(main(argv) or 0)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes.")] = 1,
    model: Annotated[
        Path | None, typer.Option(help="Model artifact (.skops) (default: the shipped model).")
    ] = None,
) -> None:
    """Run the HTTP scoring service."""
    _load_scorer(model)  # refuse to start with an unusable model
    from jobscam.service import run

    run(host=host, port=port, workers=workers, model_path=None if model is None else str(model))


def _flags(**options: Any) -> list[str]:
    """``--option value`` pairs for the options that were given (argparse-style entry points)."""
    argv: list[str] = []
    for name, value in options.items():
        if value is not None:
            argv += [f"--{name.replace('_', '-')}", str(value)]
    return argv


if __name__ == "__main__":  # pragma: no cover
    app()
