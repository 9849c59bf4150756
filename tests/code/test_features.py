"""Code tests: the hashed n-gram features (tokens, the fast transform, mapping a feature back to its n-gram)."""

from __future__ import annotations

import numpy as np
import pytest

from jobscam.features import PipelineParams, build_pipeline, feature_index, ngrams, token_spans, transform

TEXTS = [
    "high pay free visa contact telegram @hr_amy",
    "高薪招聘客服,包机票包吃住,月薪3万",
    "รับสมัครด่วน รายได้ดี tuyển gấp lương cao",
    "a",
    "",
]


@pytest.fixture(scope="module")
def fitted():
    pipeline = build_pipeline(PipelineParams(n_features=2**12))
    return pipeline.fit(TEXTS[:3] * 2, [1, 1, 0, 0, 1, 0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("high pay", ["high", "pay", "high pay"]),
        ("高薪b", ["高", "薪", "b", "高 薪", "薪 b"]),  # every CJK character is a token of its own
        ("x y", ["x", "y", "x y"]),  # one-letter tokens are kept
        ("work from home", ["work", "home", "work home"]),  # English stop words go, as in EMSCAD's text
        ("", []),
    ],
)
def test_ngrams(text: str, expected: list[str]) -> None:
    assert ngrams(text, 2) == expected


def test_fast_transform_equals_the_pipeline(fitted) -> None:
    fast, reference = transform(fitted, TEXTS), fitted[:-1].transform(TEXTS)
    assert fast.shape == reference.shape
    assert (fast != reference).nnz == 0


@pytest.mark.parametrize("text", TEXTS[:3])
def test_feature_index_finds_the_hashed_columns(fitted, text: str) -> None:
    n_features = fitted.named_steps["hash"].n_features
    columns = set(fitted.named_steps["hash"].transform([text]).indices)
    assert columns == {feature_index(g, n_features) for g in token_spans(text, 2)}


def test_token_spans_locate_each_ngram() -> None:
    text = "free visa, free flight for you"
    spans = token_spans(text, 2)
    assert "for" not in spans and "you" not in spans
    assert [text[s:e] for s, e in spans["free"]] == ["free", "free"]
    assert [text[s:e] for s, e in spans["free visa"]] == ["free visa"]
    assert "visa free" in spans  # punctuation is not a token: n-grams run across it, as in scikit-learn
    assert np.all([s < e for places in spans.values() for s, e in places])
