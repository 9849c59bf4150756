"""jobscam's page: paste a job ad and see its scam risk and why, or upload a file of ads and get them scored.

Run with ``bash run.sh app`` (or ``streamlit run app.py``). ``JOBSCAM_MODEL`` points the page at another model
artifact (the tests use a tiny one); by default it loads the shipped model. All scoring and explanation comes from
:mod:`jobscam.scoring` and :mod:`jobscam.batch`; the markup and charts come from :mod:`jobscam.render`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import streamlit as st

from jobscam import config, render
from jobscam.examples import EXAMPLES, example_by_key
from jobscam.io import InputError, detect_format, frame_to_csv_bytes
from jobscam.persistence import ModelLoadError
from jobscam.scoring import Explanation, Scorer, load_model

AD_KEY = "ad_text"
CHECKED_KEY = "checked_text"
BATCH_KEY = "batch_choice"
NO_ID = "(row number)"


@st.cache_resource(show_spinner="Loading the model…")
def get_scorer(path: str | None) -> Scorer:
    return load_model(path).warm_up()


@st.cache_data(max_entries=4, show_spinner=False)
def score_file(
    data: bytes, fmt: str, text_columns: tuple[str, ...], id_column: str | None, model: str, _scorer: Scorer
) -> pd.DataFrame:
    """Cached on the file's bytes, the column choice and the model version (``_scorer`` is not hashed)."""
    bar = st.progress(0.0, text="Scoring…")

    def on_progress(fraction: float, rows: int) -> None:
        bar.progress(fraction, text=f"Scoring… {rows:,} rows")

    scored = render.score_upload(data, fmt, text_columns, id_column, _scorer, on_progress)
    bar.empty()
    return scored


@st.cache_data(max_entries=64, show_spinner=False)
def explain(text: str, model: str, _scorer: Scorer) -> Explanation:
    """Cached so that reruns caused by the other tab do not explain the same ad again."""
    return _scorer.explain(text)


def use_example(key: str) -> None:
    """Button callback: runs before the page, so the text area shows the example and its verdict at once."""
    text = example_by_key(key).text
    st.session_state[AD_KEY] = text
    st.session_state[CHECKED_KEY] = text


def single_ad(scorer: Scorer) -> None:
    st.markdown("**Try an example** (scam-style lure or genuine ad):")
    columns = st.columns(len(EXAMPLES) // 2)
    for column, language in zip(columns, dict.fromkeys(e.language for e in EXAMPLES), strict=True):
        column.caption(language)
        for example in (e for e in EXAMPLES if e.language == language):
            column.button(
                "⚠ lure" if example.kind == "lure" else "✓ genuine",
                key=f"example-{example.key}",
                on_click=use_example,
                args=(example.key,),
                width="stretch",
            )
    with st.form("single-ad", border=False):
        st.text_area(
            "The job ad",
            key=AD_KEY,
            height=180,
            max_chars=config.MAX_TEXT_CHARS,
            placeholder="Paste the whole job ad or message here, in any language…",
        )
        if st.form_submit_button("Check this ad", type="primary"):
            st.session_state[CHECKED_KEY] = st.session_state.get(AD_KEY, "")
    text = st.session_state.get(CHECKED_KEY)
    if text is not None:
        show_explanation(explain(text, scorer.version, scorer), scorer)


def show_explanation(explanation: Explanation, scorer: Scorer) -> None:
    if explanation.status != "ok" or explanation.scam_probability is None or explanation.risk_band is None:
        st.warning(render.status_message(explanation.status))
        return
    thresholds = scorer.thresholds
    st.html(
        render.verdict_html(
            explanation.scam_probability, explanation.risk_band, thresholds.medium, thresholds.high
        )
    )
    st.subheader("Why: the words that moved the score")
    st.html(render.highlight_html(explanation.text, explanation.terms))
    st.subheader(f"Lure signals found: {len(explanation.signals)}")
    st.html(render.signals_html(explanation.signals))
    terms = render.top_terms_frame(explanation.text, explanation.terms)
    if not terms.empty:
        st.subheader("Top terms for and against")
        st.altair_chart(render.top_terms_chart(terms), width="stretch")
    st.caption(
        f"Model {scorer.version} · a statistical estimate from the words of the ad, not a verdict on the "
        "employer. When in doubt, check the employer before you answer."
    )


def batch(scorer: Scorer) -> None:
    st.markdown(
        f"Upload a **CSV**, **JSON Lines** or **Parquet** file of ads (up to {render.MAX_UPLOAD_MB} MB and "
        f"{render.MAX_ROWS:,} rows; for bigger files use the `jobscam` command line). Rows that cannot be read "
        "or scored stay in the results with their error status."
    )
    sample = pd.DataFrame({"id": [e.key for e in EXAMPLES], "text": [e.text for e in EXAMPLES]})
    st.download_button(
        "Sample file to try (CSV)",
        frame_to_csv_bytes(sample),
        "jobscam-sample.csv",
        "text/csv",
        on_click="ignore",
    )
    uploaded = st.file_uploader("File of ads", type=["csv", "jsonl", "ndjson", "parquet", "pq"], key="upload")
    if uploaded is None:
        return
    data = uploaded.getvalue()
    try:
        fmt = detect_format(uploaded.name)
        columns = render.upload_columns(data, fmt)
    except (InputError, render.UploadError) as exc:
        st.error(str(exc))
        return
    default_text, default_id = render.guess_columns(columns)
    with st.form("batch-columns", border=False):
        left, right = st.columns([3, 2])
        text_columns = left.multiselect(
            "Text column(s), joined in this order", columns, default=default_text, key="text_columns"
        )
        id_options = [NO_ID, *columns]
        id_choice = right.selectbox(
            "Id column",
            id_options,
            index=id_options.index(default_id) if default_id else 0,
            key="id_column",
        )
        if st.form_submit_button("Score this file", type="primary"):
            id_column = None if id_choice == NO_ID else id_choice
            st.session_state[BATCH_KEY] = (uploaded.file_id, tuple(text_columns), id_column)
    choice = st.session_state.get(BATCH_KEY)
    if not choice or choice[0] != uploaded.file_id:
        return
    _, chosen_text, chosen_id = choice
    try:
        scored = score_file(data, fmt, chosen_text, chosen_id, scorer.version, scorer)
    except render.UploadError as exc:
        st.error(str(exc))
        return
    show_batch(scored, uploaded.name)


def show_batch(scored: pd.DataFrame, name: str) -> None:
    bands = render.band_counts(scored)
    errors = int((scored["status"] != "ok").sum())
    cells = st.columns(4)
    cells[0].metric("High risk", f"{bands['high']:,}")
    cells[1].metric("Medium risk", f"{bands['medium']:,}")
    cells[2].metric("Low risk", f"{bands['low']:,}")
    cells[3].metric("Not scored (errors)", f"{errors:,}")
    stem = re.sub(r"[^\w.-]+", "_", Path(name).stem)[:60] or "ads"
    st.download_button(
        f"Download all {len(scored):,} scores (CSV, in the file's order)",
        frame_to_csv_bytes(scored),
        f"{stem}-scored.csv",
        "text/csv",
        on_click="ignore",
        type="primary",
    )
    st.dataframe(
        render.sort_by_risk(scored),
        hide_index=True,
        width="stretch",
        column_config={
            "scam_probability": st.column_config.ProgressColumn(
                "scam probability", min_value=0.0, max_value=1.0, format="%.3f"
            ),
            "risk_band": "band",
        },
    )
    left, right = st.columns([3, 2])
    if scored["scam_probability"].notna().any():
        left.altair_chart(render.risk_histogram(scored), width="stretch")
    right.markdown("**Rows per status**")
    right.dataframe(render.status_counts(scored), hide_index=True, width="stretch")


def main() -> None:
    st.set_page_config(page_title="jobscam: is this job ad a scam?", page_icon="🛡️")
    st.title("Is this job ad a scam?")
    st.markdown(
        "Fake job ads lure people abroad into scam compounds with high pay, free flights and easy work. "
        "Paste an ad to see how risky it looks and **why**."
    )
    try:
        scorer = get_scorer(os.environ.get("JOBSCAM_MODEL") or None)
    except ModelLoadError as exc:
        st.error(f"The model could not be loaded: {exc}")
        st.stop()
    one, many = st.tabs(["Check one ad", "Score a file"])
    with one:
        single_ad(scorer)
    with many:
        batch(scorer)


main()
