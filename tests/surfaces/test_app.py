"""The Streamlit page through ``streamlit.testing.v1.AppTest``, on the tiny model (``JOBSCAM_MODEL``)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from jobscam.examples import EXAMPLES, example_by_key
from jobscam.scoring import load_model

APP = Path(__file__).resolve().parents[2] / "app.py"
LURE = "Free flight and visa, free hotel, typing job in Thailand, earn 3000 USD monthly, message WhatsApp now"
TIMEOUT = 60


@pytest.fixture()
def app(tiny_model_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("JOBSCAM_MODEL", str(tiny_model_path))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def html_of(at: AppTest) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def check(at: AppTest, text: str) -> AppTest:
    at.text_area(key="ad_text").input(text)
    next(b for b in at.button if b.label == "Check this ad").click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_page_loads_with_both_tabs_and_every_example(app: AppTest) -> None:
    assert [t.label for t in app.tabs] == ["Check one ad", "Score a file"]
    keys = {b.key for b in app.button}
    assert {f"example-{e.key}" for e in EXAMPLES} <= keys
    assert app.text_area(key="ad_text").value == ""


def test_single_ad_shows_band_highlights_signals_and_version(
    app: AppTest, tiny_scorer, tiny_model_path: Path
) -> None:
    check(app, LURE)
    body = html_of(app)
    expected = tiny_scorer.explain(LURE)
    assert f'data-band="{expected.risk_band}"' in body
    assert "jobscam-raise" in body  # words that raised the risk are highlighted
    assert "jobscam-signal" in body and "Free flight, visa or board abroad" in body
    version = load_model(tiny_model_path).version
    assert version != "unversioned" and any(version in c.value for c in app.caption)
    assert app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")


def test_high_band_gives_the_do_not_travel_advice(app: AppTest, tiny_scorer) -> None:
    scam = "缅甸KK园区招聘网络推广，月入5万，先交押金和培训费"
    assert tiny_scorer.explain(scam).risk_band == "high"
    check(app, scam)
    body = html_of(app)
    assert 'data-band="high"' in body and "do not travel" in body and "1191" in body


def test_example_button_fills_the_text_area_and_checks_it(app: AppTest) -> None:
    example = example_by_key("th-lure")
    app.button(key="example-th-lure").click()
    app.run()
    assert app.text_area(key="ad_text").value == example.text
    assert "jobscam-verdict" in html_of(app)


def test_empty_ad_is_a_warning_not_a_crash(app: AppTest) -> None:
    check(app, "   ")
    assert app.warning and "Paste the text" in app.warning[0].value
    assert "jobscam-verdict" not in html_of(app)


def test_markup_in_the_ad_is_shown_as_text(app: AppTest) -> None:
    check(app, "<script>alert(1)</script><img src=x onerror=alert(1)> free flight and visa")
    body = html_of(app)
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def upload(at: AppTest, name: str, data: bytes, mime: str = "text/csv") -> AppTest:
    at.tabs[1].file_uploader[0].set_value((name, data, mime))
    at.run()
    assert not at.exception, at.exception
    return at


def score_upload_form(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label == "Score this file").click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_batch_upload_scores_every_row_and_keeps_bad_ones(app: AppTest, tiny_scorer) -> None:
    frame = pd.DataFrame(
        {
            "ad_id": ["a1", "a2", "a3"],
            "description": [LURE, "Remote bookkeeper for Smith & Co accounting firm, three interviews", ""],
        }
    )
    upload(app, "ads.csv", frame.to_csv(index=False).encode())
    assert app.multiselect(key="text_columns").value == ["description"]
    assert app.selectbox(key="id_column").value == "ad_id"
    score_upload_form(app)
    table = app.dataframe[0].value
    assert len(table) == 3 and set(table["id"]) == {"a1", "a2", "a3"}
    assert table.iloc[0]["id"] == "a1"  # sorted by risk: the lure first
    assert table.set_index("id").loc["a3", "status"] == "error:empty"  # the empty ad is kept, with its status
    expected = tiny_scorer.score([LURE])["scam_probability"].iloc[0]
    assert table.set_index("id").loc["a1", "scam_probability"] == pytest.approx(expected)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Not scored (errors)"] == "1"
    downloads = [d for d in app.get("download_button") if "scores" in d.proto.label]
    assert downloads, "no download button for the scores"


def test_batch_jsonl_with_two_text_columns(app: AppTest) -> None:
    lines = (
        b'{"id": 7, "title": "Typing job", "body": "free flight and visa, WhatsApp"}\n{"id": 8, "body": 5}\n'
    )
    upload(app, "ads.jsonl", lines, "application/json")
    app.multiselect(key="text_columns").set_value(["title", "body"])
    score_upload_form(app)
    table = app.dataframe[0].value.set_index("id")
    assert list(table.index) == ["7", "8"] and (table["status"] == "ok").all()


def test_unreadable_file_shows_an_error(app: AppTest) -> None:
    upload(app, "ads.parquet", b"this is not parquet at all", "application/octet-stream")
    assert app.error and "cannot be read" in app.error[0].value
    assert not app.dataframe


def test_missing_text_column_shows_an_error(app: AppTest) -> None:
    upload(app, "ads.csv", b"id,text\n1,hello\n")
    app.multiselect(key="text_columns").set_value([])
    score_upload_form(app)
    assert app.error and "text column" in app.error[0].value


def test_parquet_upload(app: AppTest) -> None:
    buffer = io.BytesIO()
    pd.DataFrame({"text": [LURE, "华为外派工程师，签订正式劳动合同"]}).to_parquet(buffer)
    upload(app, "ads.parquet", buffer.getvalue(), "application/octet-stream")
    score_upload_form(app)
    assert len(app.dataframe[0].value) == 2


def test_missing_model_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBSCAM_MODEL", str(tmp_path / "nowhere.skops"))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert at.error and "could not be loaded" in at.error[0].value
    assert not at.tabs
