"""Code tests: the scoring core (input checks, one row per input, exact explanations)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from jobscam import config
from jobscam.features import calibration_features
from jobscam.normalize import normalize
from jobscam.scoring import Thresholds, score_frame, validate_text


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("free flight and visa", "ok"),
        ("", "error:empty"),
        ("   \n\t", "error:empty"),
        (None, "error:empty"),
        (float("nan"), "error:empty"),
        (b"caf\xc3\xa9 job", "ok"),
        (b"\xff\xfe\xfa broken", "error:undecodable"),
        ("one stray \ufffd replacement is tolerated", "ok"),
        ("\ufffd\ufffd mojibake \ufffd\ufffd\ufffd", "error:undecodable"),
        ("binary\x00data", "error:binary"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08 ctrl", "error:binary"),
        ("x" * (config.MAX_TEXT_CHARS + 1), "error:too_long"),
        (12345, "error:not_text"),
        ({"text": "nested"}, "error:not_text"),
    ],
)
def test_validate_text(value: object, status: str) -> None:
    text, got = validate_text(value)
    assert got == status
    assert (text is None) == (status != "ok")


@pytest.mark.parametrize(
    ("p", "band"), [(0.0, "low"), (0.29, "low"), (0.3, "medium"), (0.69, "medium"), (0.7, "high")]
)
def test_bands_follow_the_thresholds(p: float, band: str) -> None:
    assert Thresholds(medium=0.3, high=0.7).band(p) == band


def test_score_keeps_one_row_per_input_in_order(tiny_scorer) -> None:
    inputs = [
        "Free flight and visa, Telegram",
        "",
        None,
        "x" * (config.MAX_TEXT_CHARS + 5),
        "Remote bookkeeper, CPA",
    ]
    scored = tiny_scorer.score(inputs)
    assert list(scored.columns) == ["scam_probability", "risk_band", "signals", "status"]
    assert scored["status"].tolist() == ["ok", "error:empty", "error:empty", "error:too_long", "ok"]
    assert scored["scam_probability"].isna().tolist() == [False, True, True, True, False]
    assert scored.loc[1, "risk_band"] == ""
    assert scored["scam_probability"].dropna().between(0, 1).all()


def test_score_agrees_with_the_pipeline(tiny_scorer) -> None:
    texts = ["高薪招聘客服，包机票", "Remote bookkeeper at Smith & Co"]
    normalized = [normalize(t).text for t in texts]
    logits = tiny_scorer.pipeline.decision_function(normalized)
    expected = tiny_scorer.calibrator.predict_proba(calibration_features(logits, normalized))[:, 1]
    np.testing.assert_allclose(tiny_scorer.score(texts)["scam_probability"], expected)


@pytest.mark.parametrize(
    "text",
    [
        "URGENT: H1GH P@Y customer service in Myawaddy, free flight and visa, Telegram @hr_amy",
        "高薪招聘客服，月薪3万，無需經驗，包機票包吃住，加微信",
        "Royal Caribbean hiring cabin stewards, flights paid after a signed contract",
    ],
)
def test_contributions_plus_intercept_equal_the_logit(tiny_scorer, text: str) -> None:
    explanation = tiny_scorer.explain(text)
    decision = tiny_scorer.pipeline.decision_function([normalize(text).text])[0]
    total = explanation.intercept + sum(t.contribution for t in explanation.terms)
    assert math.isclose(total, decision, rel_tol=1e-9, abs_tol=1e-9)
    assert math.isclose(explanation.logit, decision, rel_tol=1e-9, abs_tol=1e-9)
    assert math.isclose(
        explanation.scam_probability, tiny_scorer.score([text])["scam_probability"][0], abs_tol=1e-12
    )


def test_term_spans_quote_the_original_text(tiny_scorer) -> None:
    text = "Earn H1GH P@Y, fr33 v1sa! 包機票包吃住"
    explanation = tiny_scorer.explain(text)
    quoted = {text[s:e] for term in explanation.terms for s, e in term.spans}
    terms = {term.term for term in explanation.terms}
    assert "free" in terms and "fr33" in quoted
    assert "机票" in terms or "机" in terms
    assert any("機" in q for q in quoted)  # highlighted as written (Traditional), scored as Simplified


def test_explain_reports_bad_input_without_raising(tiny_scorer) -> None:
    explanation = tiny_scorer.explain("")
    assert explanation.status == "error:empty" and explanation.scam_probability is None
    assert explanation.to_dict()["terms"] == []


def test_score_frame_joins_text_columns_and_keeps_ids(tiny_scorer) -> None:
    frame = pd.DataFrame(
        {
            "ad": ["a1", "a2", "a3"],
            "title": ["Typing job", None, ""],
            "body": ["Free visa, Telegram", "Bookkeeper", None],
        }
    )
    scored = score_frame(frame, ["title", "body"], "ad", scorer=tiny_scorer)
    assert scored["id"].tolist() == ["a1", "a2", "a3"]
    assert scored["status"].tolist() == ["ok", "ok", "error:empty"]
    direct = tiny_scorer.score(["Typing job\nFree visa, Telegram"])["scam_probability"][0]
    assert scored["scam_probability"][0] == pytest.approx(direct)
