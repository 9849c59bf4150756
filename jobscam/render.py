"""Pure functions behind the Streamlit page: the HTML of the verdict, the highlighted ad and the lure checklist, the
altair charts, and the batch scoring of an uploaded file. No Streamlit here, so all of it is testable directly.

Safety rule: the ad, the terms (n-grams of the ad) and the quotes are user text. Every piece of it goes through
:func:`html.escape` before it is wrapped in markup, and attributes are always double-quoted.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import altair as alt
import pandas as pd

from jobscam import config

if TYPE_CHECKING:  # pragma: no cover
    from jobscam.scoring import Scorer

BANDS = ("low", "medium", "high")
BAND_COLOURS = {"low": "#1b7f3b", "medium": "#a15c00", "high": "#c62828"}
BAND_BACKGROUNDS = {"low": "#e8f5ec", "medium": "#fff4e0", "high": "#fdecec"}
BAND_WORDS = {
    "low": "Low risk",
    "medium": "Medium risk: check before you answer",
    "high": "High risk: very likely a scam",
}
BAND_ADVICE = {
    "low": "No strong scam signs found. Still, a real employer never asks you for money or your passport "
    "before you start work.",
    "medium": "Some signs of a scam. Before you answer, look up the company's registered address and phone number, "
    "ask for a written contract, and never pay a fee or hand over your passport to get a job.",
    "high": "Do not send documents (passport, ID, bank card) or money, and do not travel for this job. "
    "Report the ad to the site or app where you saw it. If someone has already gone, call the local police "
    "or your embassy; in Thailand call the tourist police on 1191 or the anti-trafficking hotline 1300.",
}
STATUS_MESSAGES = {
    "error:empty": "Paste the text of a job ad first.",
    "error:too_long": f"This text is too long to check (limit: {config.MAX_TEXT_CHARS:,} characters).",
    "error:binary": "This does not look like text. Paste the words of the ad.",
    "error:undecodable": "This text could not be read (broken characters). Copy the ad again from its source.",
    "error:not_text": "This is not text. Paste the words of the ad.",
}

#: Highlight colours: red raises the risk, blue lowers it (red/blue stays readable for red-green colour blindness).
RAISE_RGB = (220, 38, 38)
LOWER_RGB = (37, 99, 235)

#: Batch limits, stated on the page. ``server.maxUploadSize`` in .streamlit/config.toml must match MAX_UPLOAD_MB.
MAX_UPLOAD_MB = 50
MAX_ROWS = 200_000
CHUNK_SIZE = 5_000


class Term(Protocol):
    """What highlighting needs from :class:`jobscam.scoring.TermContribution`."""

    term: str
    contribution: float
    spans: tuple[tuple[int, int], ...]


class Signal(Protocol):
    """What the checklist needs from :class:`jobscam.signals.SignalHit`."""

    name: str
    title: str
    explanation: str
    advice: str
    quotes: Sequence[str]


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


# ---------------------------------------------------------------- verdict


def status_message(status: str) -> str:
    return STATUS_MESSAGES.get(status, f"This text cannot be checked ({status}).")


def verdict_html(
    probability: float, band: str, medium: float | None = None, high: float | None = None
) -> str:
    """The band in words and colour, the probability as a bar (with the band cut-offs marked), and the advice."""
    band = band if band in BANDS else "high"
    colour, background = BAND_COLOURS[band], BAND_BACKGROUNDS[band]
    percent = max(0.0, min(100.0, probability * 100.0))
    shown = ">99%" if percent > 99.0 else "<1%" if percent < 1.0 else f"{percent:.0f}%"
    cuts = [
        (name, cut)
        for name, cut in (("medium", medium), ("high", high))
        if cut is not None and 0.0 < cut < 1.0
    ]
    scale = (
        '<div style="font-size:0.8rem;color:#555;margin-top:3px">Dashed marks: '
        + " · ".join(f"{_e(name)} risk from {cut:.0%}" for name, cut in cuts)
        + "</div>"
        if cuts
        else ""
    )
    ticks = "".join(
        f'<div title="{_e(name)} from {cut:.0%}" style="position:absolute;left:{cut * 100:.1f}%;top:-3px;'
        f'height:20px;border-left:2px dashed #555"></div>'
        for name, cut in cuts
    )
    return (
        f'<div class="jobscam-verdict" data-band="{_e(band)}" style="border-left:8px solid {colour};'
        f'background:{background};padding:14px 18px;border-radius:6px;margin-bottom:8px">'
        f'<div class="jobscam-band" style="font-size:1.7rem;font-weight:700;color:{colour}">{_e(BAND_WORDS[band])}</div>'
        f'<div style="font-size:1.05rem;margin:4px 0 8px 0"><b>{_e(shown)}</b> estimated probability that this '
        f"ad is a scam</div>"
        f'<div role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="{percent:.0f}" '
        f'style="position:relative;height:14px;background:#ddd;border-radius:7px">'
        f'<div style="width:{percent:.1f}%;height:14px;background:{colour};border-radius:7px"></div>{ticks}</div>{scale}'
        f'<div class="jobscam-advice" style="margin-top:10px;font-size:1rem">{_e(BAND_ADVICE[band])}</div>'
        f"</div>"
    )


# ---------------------------------------------------------------- highlighted ad


@dataclass(frozen=True)
class Run:
    """A stretch of the ad covered by the same set of terms; ``weight`` is the sum of their contributions."""

    start: int
    end: int
    weight: float
    terms: tuple[int, ...]  # indices into the term list


def contribution_runs(length: int, terms: Sequence[Term]) -> list[Run]:
    """Split ``[0, length)`` into runs of characters covered by the same terms.

    A character's weight is the sum of the contributions of every distinct term covering it: "free" inside "free
    visa" gets both the unigram's and the bigram's share, as both push the score. Works on characters, so it is the
    same for unspaced Chinese or Thai as for English.
    """
    covering: list[set[int]] = [set() for _ in range(length)]
    for index, term in enumerate(terms):
        if term.contribution == 0.0:
            continue
        for start, end in term.spans:
            for position in range(max(0, start), min(length, end)):
                covering[position].add(index)
    runs: list[Run] = []
    start = 0
    for position in range(1, length + 1):
        if position == length or covering[position] != covering[start]:
            members = tuple(sorted(covering[start]))
            weight = float(sum(terms[i].contribution for i in members))
            runs.append(Run(start, position, weight, members))
            start = position
    return runs


def _run_title(run: Run, terms: Sequence[Term], limit: int = 4) -> str:
    direction = "raises" if run.weight > 0 else "lowers"
    parts = sorted((terms[i] for i in run.terms), key=lambda t: -abs(t.contribution))
    detail = ", ".join(f"“{t.term}” {t.contribution:+.2f}" for t in parts[:limit])
    more = f", +{len(parts) - limit} more" if len(parts) > limit else ""
    return f"{direction} the risk: {run.weight:+.2f} log-odds ({detail}{more})"


def highlight_html(text: str, terms: Sequence[Term]) -> str:
    """The ad with words that raised the risk in red and those that lowered it in blue, intensity by contribution.

    Hovering a highlight shows its contribution (``title``). Every run of text is escaped before it is wrapped.
    """
    runs = contribution_runs(len(text), terms)
    scale = max((abs(r.weight) for r in runs if r.terms), default=0.0) or 1.0
    pieces: list[str] = []
    for run in runs:
        chunk = _e(text[run.start : run.end])
        if not run.terms or run.weight == 0.0:
            pieces.append(chunk)
            continue
        raises = run.weight > 0
        red, green, blue = RAISE_RGB if raises else LOWER_RGB
        alpha = 0.12 + 0.6 * min(1.0, abs(run.weight) / scale)
        css_class = "jobscam-raise" if raises else "jobscam-lower"
        pieces.append(
            f'<mark class="{css_class}" data-weight="{run.weight:.4f}" title="{_e(_run_title(run, terms))}" '
            f'style="background-color:rgba({red},{green},{blue},{alpha:.2f});color:inherit;'
            f'padding:1px 0;border-radius:3px">{chunk}</mark>'
        )
    legend = (
        '<div style="font-size:0.85rem;color:#555;margin-top:6px">'
        f'<mark style="background-color:rgba({",".join(map(str, RAISE_RGB))},0.5);border-radius:3px">&nbsp;red&nbsp;'
        "</mark> raised the risk, "
        f'<mark style="background-color:rgba({",".join(map(str, LOWER_RGB))},0.5);border-radius:3px">&nbsp;blue'
        "&nbsp;</mark> lowered it; darker means stronger. Hover a word to see its weight.</div>"
    )
    return (
        '<div class="jobscam-ad" style="white-space:pre-wrap;line-height:1.7;font-size:1.05rem;padding:12px 14px;'
        'border:1px solid #ccc;border-radius:6px;background:#fff;color:#111">'
        + "".join(pieces)
        + "</div>"
        + legend
    )


# ---------------------------------------------------------------- lure signals


def signals_html(signals: Sequence[Signal]) -> str:
    """A checklist of the lure signals found, in plain language, with the words quoted from the ad."""
    if not signals:
        return (
            '<div class="jobscam-signals" style="color:#1b7f3b">'
            "✓ None of the known lure patterns (high pay for no experience, free travel, chat-app-only contact, "
            "fees, ...) was found in this ad.</div>"
        )
    items = []
    for signal in signals:
        quotes = ", ".join(
            f'<q style="background:#f3f3f3;padding:0 4px;border-radius:3px">{_e(q)}</q>'
            for q in signal.quotes
        )
        quoted = f'<div style="margin:2px 0">In the ad: {quotes}</div>' if quotes else ""
        items.append(
            f'<li class="jobscam-signal" data-signal="{_e(signal.name)}" style="margin-bottom:10px">'
            f'<div style="font-weight:700">⚠ {_e(signal.title)}</div>'
            f"<div>{_e(signal.explanation)}</div>{quoted}"
            f'<div style="color:#444;font-size:0.92rem">What to do: {_e(signal.advice)}</div></li>'
        )
    return '<ul class="jobscam-signals" style="list-style:none;padding-left:0">' + "".join(items) + "</ul>"


# ---------------------------------------------------------------- charts


def top_terms_frame(text: str, terms: Sequence[Term], n: int = 8) -> pd.DataFrame:
    """The ``n`` terms that raised the risk most and the ``n`` that lowered it most.

    Labels quote the ad as written (the first place a term occurs), since the model's terms are normalised
    (lower case, Simplified Chinese, leetspeak undone) and would not match what the reader sees.
    """
    raising = sorted((t for t in terms if t.contribution > 0), key=lambda t: -t.contribution)[:n]
    lowering = sorted((t for t in terms if t.contribution < 0), key=lambda t: t.contribution)[:n]
    rows, seen = [], set()
    for term in [*raising, *lowering]:
        label = text[term.spans[0][0] : term.spans[0][1]] if term.spans else term.term
        label = " ".join(label.split()) or term.term
        if label in seen:
            label = f"{label} ({term.term})"
        seen.add(label)
        direction = "raises risk" if term.contribution > 0 else "lowers risk"
        rows.append({"term": label, "contribution": term.contribution, "direction": direction})
    return pd.DataFrame(rows, columns=["term", "contribution", "direction"])


def top_terms_chart(frame: pd.DataFrame) -> alt.Chart:
    colour = alt.Color(
        "direction:N",
        scale=alt.Scale(domain=["raises risk", "lowers risk"], range=["#dc2626", "#2563eb"]),
        legend=alt.Legend(title=None, orient="bottom"),
    )
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("contribution:Q", title="contribution to the score (log-odds)"),
            y=alt.Y("term:N", sort=alt.EncodingSortField("contribution", order="descending"), title=None),
            color=colour,
            tooltip=[alt.Tooltip("term:N"), alt.Tooltip("contribution:Q", format="+.3f")],
        )
        .properties(height=alt.Step(22))
    )


def risk_histogram(scored: pd.DataFrame) -> alt.Chart:
    """Histogram of the scam probability of the scored rows, coloured by band."""
    valid = scored.loc[scored["scam_probability"].notna(), ["scam_probability", "risk_band"]]
    return (
        alt.Chart(valid)
        .mark_bar()
        .encode(
            x=alt.X("scam_probability:Q", bin=alt.Bin(extent=[0, 1], step=0.05), title="scam probability"),
            y=alt.Y("count():Q", title="ads"),
            color=alt.Color(
                "risk_band:N",
                scale=alt.Scale(domain=list(BANDS), range=[BAND_COLOURS[b] for b in BANDS]),
                legend=alt.Legend(title="band"),
            ),
        )
        .properties(height=220)
    )


# ---------------------------------------------------------------- batch


class UploadError(ValueError):
    """The uploaded file cannot be scored; the message is shown to the user as is."""


def upload_columns(data: bytes, fmt: str) -> list[str]:
    """The column names of an uploaded file (CSV header, JSON Lines keys of the first rows, Parquet schema)."""
    try:
        if fmt == "csv":
            head = data[:1_000_000].decode("utf-8-sig", errors="replace")
            header = next(csv.reader(io.StringIO(head)), [])
            columns = [c for c in header if c.strip()]
        elif fmt == "jsonl":
            columns = []
            for line in data[:1_000_000].decode("utf-8-sig", errors="replace").splitlines()[:50]:
                if not line.strip():
                    continue
                record = json.loads(line)
                if isinstance(record, dict):
                    columns.extend(str(k) for k in record if str(k) not in columns)
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            columns = list(pq.ParquetFile(io.BytesIO(data)).schema_arrow.names)
        else:
            raise UploadError(f"Unsupported file type {fmt!r}: upload CSV, JSON Lines or Parquet.")
    except UploadError:
        raise
    except Exception as exc:  # any parser error means the same thing to the user
        raise UploadError(f"This file cannot be read as {fmt.upper()}: {exc}") from None
    if not columns:
        raise UploadError("No columns found: the file is empty or has no header row.")
    return columns


def guess_columns(columns: Sequence[str]) -> tuple[list[str], str | None]:
    """Pre-select likely text and id columns (the user can change both)."""
    lowered = {c.lower(): c for c in columns}
    text = [lowered[n] for n in ("text", "description", "ad", "body", "content") if n in lowered][:1]
    if not text:
        text = [columns[0]] if columns else []
    id_column = next((lowered[n] for n in ("id", "ad_id", "job_id", "uid") if n in lowered), None)
    return text, id_column


def _row_estimate(data: bytes, fmt: str) -> int:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(io.BytesIO(data)).metadata.num_rows)
    return max(1, data.count(b"\n"))  # an upper bound for CSV/JSONL: enough for a progress bar


def score_upload(
    data: bytes,
    fmt: str,
    text_columns: Sequence[str],
    id_column: str | None,
    scorer: Scorer,
    on_progress: Callable[[float, int], None] | None = None,
    max_rows: int = MAX_ROWS,
    chunk_size: int = CHUNK_SIZE,
) -> pd.DataFrame:
    """Score an uploaded file with the CLI's core; bad rows keep their row with an ``error:`` status.

    Raises :class:`UploadError` for an unreadable file, unknown columns, or more than ``max_rows`` rows (the page is
    for files a person reviews; bigger jobs belong to the CLI or the Dask path).
    """
    from jobscam.batch import score_records
    from jobscam.io import InputError, iter_records

    if not text_columns:
        raise UploadError("Pick at least one text column.")
    try:
        estimate = _row_estimate(data, fmt)
        if fmt == "parquet" and estimate > max_rows:
            raise UploadError(_too_many_rows(max_rows))
        parts: list[pd.DataFrame] = []
        done = 0
        records = iter_records(io.BytesIO(data), fmt, list(text_columns), id_column, chunk_size)
        for chunk in records:
            done += len(chunk)
            if done > max_rows:
                raise UploadError(_too_many_rows(max_rows))
            parts.append(score_records(chunk, scorer))
            if on_progress is not None:
                on_progress(min(1.0, done / estimate), done)
    except UploadError:
        raise
    except InputError as exc:
        raise UploadError(f"This file cannot be scored: {exc}") from None
    except Exception as exc:  # a parser's own error on a corrupt file: show it, no traceback
        raise UploadError(f"This file cannot be read as {fmt.upper()}: {type(exc).__name__}: {exc}") from None
    if on_progress is not None:
        on_progress(1.0, done)
    if not parts:
        raise UploadError("The file has no rows to score.")
    return pd.concat(parts, ignore_index=True)


def _too_many_rows(max_rows: int) -> str:
    return (
        f"This file has more than {max_rows:,} rows, the page's limit. Split it, or score it with the "
        "jobscam command line (see `jobscam --help`), which has no row limit."
    )


def sort_by_risk(scored: pd.DataFrame) -> pd.DataFrame:
    """Riskiest first; rows that could not be scored (no probability) last, never dropped. The status comes
    before the (long) signal list so an error is visible without scrolling sideways."""
    ordered = scored.sort_values("scam_probability", ascending=False, na_position="last", kind="stable")
    first = [c for c in ("id", "scam_probability", "risk_band", "status") if c in ordered.columns]
    return ordered[first + [c for c in ordered.columns if c not in first]]


def band_counts(scored: pd.DataFrame) -> dict[str, int]:
    counts = scored["risk_band"].value_counts()
    return {band: int(counts.get(band, 0)) for band in BANDS}


def status_counts(scored: pd.DataFrame) -> pd.DataFrame:
    counts = scored["status"].value_counts()
    return pd.DataFrame({"status": counts.index.astype(str), "rows": counts.to_numpy()})
