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
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.utils import murmurhash3_32

_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN_PATTERN = rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+"
TOKEN_RE = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class PipelineParams:
    """Hyper-parameters, chosen on the validation split (see ``training/train.py``)."""

    ngram_max: int = 2
    n_features: int = 2**20
    C: float = 10.0
    class_weight: str | None = None  # classes are balanced per source by the training sample weights
    #: Weight of a real (EMSCAD/ORFD/extra) ad against a generated one, on top of the per-source class balance.
    real_weight: float = 1.0


def build_pipeline(params: PipelineParams = PipelineParams()) -> Pipeline:
    """Hashed word / CJK-character n-gram counts -> TF-IDF -> logistic regression.

    Hashing instead of a vocabulary keeps the artifact small (a few MB) and fast to load (a vocabulary of
    300,000 n-grams took 20 s to load with skops); the n-gram behind a feature is recovered for explanations by
    hashing the n-grams of the ad itself (:func:`feature_index`).
    """
    hasher = HashingVectorizer(
        lowercase=False,  # the normaliser already lower-cases (and folds far more than case)
        token_pattern=TOKEN_PATTERN,
        # EMSCAD reached us with English stop words stripped ("work from home" reads "work home"); dropping
        # them from every ad lets raw pasted ads and that text share n-grams.
        stop_words="english",
        ngram_range=(1, params.ngram_max),
        n_features=params.n_features,
        alternate_sign=False,
        norm=None,
        dtype=np.float32,
    )
    classifier = LogisticRegression(
        C=params.C, class_weight=params.class_weight, max_iter=2000, solver="liblinear", random_state=0
    )
    return Pipeline([("hash", hasher), ("tfidf", TfidfTransformer(sublinear_tf=True)), ("clf", classifier)])


def ngrams(text: str, ngram_max: int) -> list[str]:
    """The n-grams the hasher sees in ``text`` (same tokens and order as scikit-learn's word analyzer)."""
    tokens = [t for t in TOKEN_RE.findall(text) if t not in ENGLISH_STOP_WORDS]
    grams = list(tokens)
    for n in range(2, ngram_max + 1):
        grams.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
    return grams


def feature_index(gram: str, n_features: int) -> int:
    """The column of ``gram`` in the hashed feature space (as scikit-learn's FeatureHasher computes it)."""
    return abs(murmurhash3_32(gram, seed=0)) % n_features


def transform(pipeline: Pipeline, texts: list[str]) -> sparse.csr_matrix:
    """``pipeline[:-1].transform(texts)``, the same matrix, about twice as fast.

    scikit-learn builds word n-grams in a per-token Python loop; here they are built with ``zip``/``map`` (C) and
    handed to the same ``FeatureHasher`` and TF-IDF weighting. ``tests/code/test_features.py`` checks equality.
    """
    hasher: HashingVectorizer = pipeline.named_steps["hash"]
    low, high = hasher.ngram_range
    if (
        low != 1
        or hasher.binary
        or hasher.analyzer != "word"
        or hasher.norm is not None
        or hasher.stop_words != "english"
    ):
        return pipeline[:-1].transform(texts)
    feature_hasher = FeatureHasher(
        n_features=hasher.n_features, input_type="dict", dtype=hasher.dtype, alternate_sign=False
    )
    # Counting first (Counter is C) and hashing {n-gram: count} halves FeatureHasher's time on strings.
    counts = feature_hasher.transform(Counter(ngrams(text, high)) for text in texts)
    counts.sort_indices()
    return pipeline.named_steps["tfidf"].transform(counts)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def calibration_features(logits: np.ndarray, normalized_texts: list[str]) -> np.ndarray:
    """Inputs of the probability calibrator: the log-odds, whether the ad is Chinese, and their product.

    That is Platt scaling fitted separately for Chinese-script ads and the rest: ordinary Chinese job ads (ORFD)
    and English job-board ads (EMSCAD) sit at different base rates and separations, and one sigmoid for both left
    one of them over-confident. It is still a monotone map of the log-odds for any one ad.
    """
    logits = np.asarray(logits, dtype=float)
    chinese = np.array([len(_HAN.findall(t)) > 0.2 * max(1, len(t)) for t in normalized_texts], dtype=float)
    return np.column_stack([logits, chinese, logits * chinese])


def token_spans(text: str, ngram_max: int) -> dict[str, list[tuple[int, int]]]:
    """Every n-gram the model can see in ``text``, with its character spans (for highlighting)."""
    tokens = [
        (m.group(0), m.start(), m.end())
        for m in TOKEN_RE.finditer(text)
        if m.group(0) not in ENGLISH_STOP_WORDS
    ]
    spans: dict[str, list[tuple[int, int]]] = {}
    for n in range(1, ngram_max + 1):
        for i in range(len(tokens) - n + 1):
            gram = " ".join(t[0] for t in tokens[i : i + n])
            spans.setdefault(gram, []).append((tokens[i][1], tokens[i + n - 1][2]))
    return spans
