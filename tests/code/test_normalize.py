"""Code tests: the text normaliser (what it folds, what it keeps as evidence, offsets back to the original)."""

from __future__ import annotations

import pytest

from jobscam.normalize import normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected", "evidence"),
    [
        ("H1GH P@Y job", "high pay job", {"leetspeak"}),
        ("fr33 v1sa", "free visa", {"leetspeak"}),
        ("f r e e  v i s a", "free visa", {"spaced_letters"}),
        ("Еаrn money", "earn money", {"homoglyph"}),  # Cyrillic Е and а
        ("ca\u200bsi\u200cno\ufeff", "casino", {"zero_width"}),
        ("ｆｒｅｅ　ｖｉｓａ", "free visa", set()),  # full-width forms fold under NFKC, not obfuscation
        (
            "包機票包吃住，月薪３萬",
            "包机票包吃住,月薪3万",
            set(),
        ),  # Traditional -> Simplified, full-width digits
        ("  many\n\n spaces\t here ", "many spaces here", set()),
        ("US$3,000 per month, 24/7, mp3", "us$3,000 per month, 24/7, mp3", set()),  # not leetspeak
        (
            "CV to hr@golden-sands.com or jobs@acme.co",
            "cv to hr@golden-sands.com or jobs@acme.co",
            set(),
        ),  # e-mail
        ("Tuyển gấp nhân viên", "tuyển gấp nhân viên", set()),
        ("👩\u200d💻 remote", "👩\u200d💻 remote", set()),  # ZWJ kept: it joins emoji
    ],
)
def test_normalize_folds_and_records_evidence(raw: str, expected: str, evidence: set[str]) -> None:
    result = normalize(raw)
    assert result.text == expected
    assert result.evidence == frozenset(evidence)


@pytest.mark.parametrize(
    "raw",
    [
        "URGENT!! H1GH P@Y in Bangkok, fr33 v1sa. Contact Telegram @hr_lily88",
        "f r e e  v i s a and h i g h  p a y",
        "高薪招聘\u200b客服，包機票包吃住，月薪３萬",
        "Е\u0301cole ㎞ ﬁne ｆｕｌｌ",
        "รับสมัครด่วน รายได้ดี ไม่ต้องมีประสบการณ์",
        "",
        "   ",
    ],
)
def test_offset_path_gives_the_same_text(raw: str) -> None:
    fast, tracked = normalize(raw), normalize_with_offsets(raw)
    assert tracked.text == fast.text
    assert tracked.evidence == fast.evidence
    assert tracked.offsets is not None and len(tracked.offsets) == len(tracked.text)


@pytest.mark.parametrize(
    ("raw", "word", "original"),
    [
        ("Earn H1GH P@Y now", "high", "H1GH"),
        ("Earn H1GH P@Y now", "pay", "P@Y"),
        ("get f r e e  visa", "free", "f r e e"),
        ("包機票，月薪３萬", "机票", "機票"),
        ("ca\u200bsino jobs", "casino", "ca\u200bsino"),
        ("ﬁne print", "fine", "ﬁne"),
    ],
)
def test_spans_map_back_to_the_original_words(raw: str, word: str, original: str) -> None:
    tracked = normalize_with_offsets(raw)
    start = tracked.text.index(word)
    first, last = tracked.original_span(start, start + len(word), raw)
    assert raw[first:last] == original


def test_original_span_rejects_spans_outside_the_text() -> None:
    tracked = normalize_with_offsets("abc")
    with pytest.raises(ValueError):
        tracked.original_span(2, 9, "abc")
