"""The model's feature extractor and classifier: a small, explicit scikit-learn pipeline.

Input is text already passed through :func:`jobscam.normalize.normalize` (the normaliser stays outside the saved
pipeline, so the artifact holds only scikit-learn types and loads without custom code).

Tokens: a run of letters/digits is a word; every CJK ideograph and Thai character is a token of its own. Chinese
and Thai are written without spaces, and scikit-learn's default pattern would turn a whole Chinese sentence into one
token. With word 1-2-grams over these tokens, English gets words and word pairs ("high pay", "free visa") and
Chinese gets characters and character pairs (高薪, 机票, 包吃): a dictionary-free segmentation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN_PATTERN = rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+"
TOKEN_RE = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class PipelineParams:
    """Hyper-parameters, chosen on the validation split (see ``training/train.py``)."""

    ngram_max: int = 2
    min_df: int = 2
    max_features: int | None = 300_000
    C: float = 10.0
    class_weight: str | None = "balanced"


def build_pipeline(params: PipelineParams = PipelineParams()) -> Pipeline:
    """TF-IDF over word / CJK-character n-grams, then logistic regression."""
    vectorizer = TfidfVectorizer(
        lowercase=False,  # the normaliser already lower-cases (and folds far more than case)
        token_pattern=TOKEN_PATTERN,
        ngram_range=(1, params.ngram_max),
        min_df=params.min_df,
        max_features=params.max_features,
        sublinear_tf=True,
        dtype=np.float32,
    )
    classifier = LogisticRegression(
        C=params.C, class_weight=params.class_weight, max_iter=2000, solver="liblinear"
    )
    return Pipeline([("tfidf", vectorizer), ("clf", classifier)])


def token_spans(text: str, ngram_max: int) -> dict[str, list[tuple[int, int]]]:
    """Every n-gram the vectoriser can see in ``text``, with its character spans (for highlighting)."""
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    spans: dict[str, list[tuple[int, int]]] = {}
    for n in range(1, ngram_max + 1):
        for i in range(len(tokens) - n + 1):
            gram = " ".join(t[0] for t in tokens[i : i + n])
            spans.setdefault(gram, []).append((tokens[i][1], tokens[i + n - 1][2]))
    return spans
