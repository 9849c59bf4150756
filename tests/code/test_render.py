"""Pure rendering helpers of the page: escaping, character-level highlight runs, charts' frames, batch helpers."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest

from jobscam import render
from jobscam.examples import EXAMPLES
from jobscam.scoring import TermContribution
from jobscam.signals import SignalHit


def term(text: str, word: str, contribution: float, occurrence: int = 0) -> TermContribution:
    starts = [m.start() for m in re.finditer(re.escape(word), text)]
    start = starts[occurrence]
    return TermContribution(word, contribution, ((start, start + len(word)),))


def marks(markup: str) -> list[tuple[str, str]]:
    """(class, inner text) of every highlight."""
    return re.findall(r'<mark class="(jobscam-\w+)"[^>]*>(.*?)</mark>', markup)


@pytest.mark.parametrize(
    ("text", "raw", "escaped"),
    [
        ("<script>alert(1)</script> free visa", "<script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)> free visa", "<img", "&lt;img src=x onerror=alert(1)&gt;"),
        ('free visa" onmouseover="alert(1)', '" onmouseover', "&quot; onmouseover=&quot;alert(1)"),
    ],
)
def test_highlight_escapes_user_text(text: str, raw: str, escaped: str) -> None:
    markup = render.highlight_html(text, [term(text, "free", 0.8), term(text, "visa", -0.2)])
    assert raw not in markup
    assert escaped in markup
    assert marks(markup)  # still highlighted


def test_markup_inside_a_highlighted_term_and_its_title_is_escaped() -> None:
    text = "earn <b>$4000</b> now"
    hostile = TermContribution('<b>"x"</b>', 1.0, ((5, 17),))
    markup = render.highlight_html(text, [hostile])
    assert "<b>" not in markup
    assert "&lt;b&gt;$4000&lt;/b&gt;" in markup
    assert "&lt;b&gt;&quot;x&quot;&lt;/b&gt;" in markup  # the hover title


def test_highlight_keeps_every_character_in_order() -> None:
    text = "Free flight & visa!\nContact <Telegram> now"
    terms = [term(text, "Free flight", 1.2), term(text, "flight", 0.4), term(text, "now", -0.3)]
    markup = render.highlight_html(text, terms)
    inner = re.search(r'<div class="jobscam-ad"[^>]*>(.*?)</div>', markup, re.S).group(1)
    plain = re.sub(r"<[^>]+>", "", inner)
    assert plain == "Free flight &amp; visa!\nContact &lt;Telegram&gt; now"


@pytest.mark.parametrize(
    ("contribution", "css_class", "rgb"),
    [(0.9, "jobscam-raise", render.RAISE_RGB), (-0.9, "jobscam-lower", render.LOWER_RGB)],
)
def test_positive_red_negative_blue(contribution: float, css_class: str, rgb: tuple[int, int, int]) -> None:
    text = "salary 3000 USD"
    markup = render.highlight_html(text, [term(text, "salary", contribution)])
    assert marks(markup) == [(css_class, "salary")]
    assert f"rgba({rgb[0]},{rgb[1]},{rgb[2]}," in markup
    assert f"{contribution:+.2f}" in markup  # the hover title gives the contribution


def test_intensity_follows_the_contribution() -> None:
    text = "free visa easy job"
    markup = render.highlight_html(text, [term(text, "free", 2.0), term(text, "easy", 0.5)])
    alphas = [float(a) for a in re.findall(r"rgba\(220,38,38,([0-9.]+)\)", markup.split("</div>")[0])]
    assert len(alphas) == 2 and alphas[0] > alphas[1]


def test_spans_inside_unspaced_chinese() -> None:
    text = "泰国高薪招聘打字员，包机票包吃住，加微信"
    terms = [term(text, "高薪", 1.0), term(text, "机票", 0.7), term(text, "包", -0.2, occurrence=1)]
    markup = render.highlight_html(text, terms)
    assert marks(markup) == [("jobscam-raise", "高薪"), ("jobscam-raise", "机票"), ("jobscam-lower", "包")]
    assert "泰国" in markup and "招聘打字员，包" in markup


def test_overlapping_spans_sum_their_contributions() -> None:
    text = "free visa now"
    terms = [
        TermContribution("free visa", 1.0, ((0, 9),)),
        TermContribution("visa", 0.5, ((5, 9),)),
        TermContribution("visa now", -2.0, ((5, 13),)),
    ]
    runs = render.contribution_runs(len(text), terms)
    assert [(r.start, r.end) for r in runs] == [(0, 5), (5, 9), (9, 13)]
    assert [r.weight for r in runs] == pytest.approx([1.0, -0.5, -2.0])
    assert [r.terms for r in runs] == [(0,), (0, 1, 2), (2,)]
    assert marks(render.highlight_html(text, terms)) == [
        ("jobscam-raise", "free "),
        ("jobscam-lower", "visa"),
        ("jobscam-lower", " now"),
    ]


def test_spans_outside_the_text_and_zero_terms_are_ignored() -> None:
    runs = render.contribution_runs(
        4, [TermContribution("x", 1.0, ((2, 99),)), TermContribution("y", 0.0, ((0, 2),))]
    )
    assert [(r.start, r.end, r.terms) for r in runs] == [(0, 2, ()), (2, 4, (0,))]
    assert render.contribution_runs(0, []) == []


def test_real_explanation_highlights_the_original_words(tiny_scorer) -> None:
    text = "高薪招聘客服，包機票，加<b>微信</b>"  # Traditional 機 is folded to 机 by the model
    explanation = tiny_scorer.explain(text)
    markup = render.highlight_html(explanation.text, explanation.terms)
    assert "<b>" not in markup and "&lt;b&gt;" in markup
    highlighted = "".join(inner for _, inner in marks(markup))
    assert "高" in highlighted and "機" in highlighted


def signal(quotes: tuple[str, ...]) -> SignalHit:
    return SignalHit(
        "offplatform_contact", "Contact <only> by chat", "Why & how", "Apply <b>on site</b>", (), quotes
    )


def test_signal_checklist_escapes_quotes_and_text() -> None:
    markup = render.signals_html([signal(("<img src=x onerror=alert(1)>", "WhatsApp"))])
    assert "<img" not in markup and "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "Contact &lt;only&gt; by chat" in markup and "<b>" not in markup
    assert markup.count("<q ") == 2 and 'data-signal="offplatform_contact"' in markup


def test_no_signals_says_so() -> None:
    assert "None of the known lure patterns" in render.signals_html([])


@pytest.mark.parametrize(("band", "colour"), list(render.BAND_COLOURS.items()))
def test_verdict_names_band_in_words_colour_and_advice(band: str, colour: str) -> None:
    markup = render.verdict_html(0.42, band, 0.3, 0.7)
    assert render.BAND_WORDS[band] in markup and colour in markup and "42%" in markup
    assert render.BAND_ADVICE[band].split(".")[0] in markup
    assert markup.count("border-left:2px dashed") == 2  # both cut-offs marked


@pytest.mark.parametrize(("probability", "shown"), [(0.999, "&gt;99%"), (0.004, "&lt;1%"), (0.5, "50%")])
def test_verdict_does_not_claim_certainty(probability: float, shown: str) -> None:
    assert f"<b>{shown}</b>" in render.verdict_html(probability, "medium")


def test_high_advice_says_do_not_send_or_travel_and_where_to_report() -> None:
    advice = render.BAND_ADVICE["high"].lower()
    assert "do not send" in advice and "do not travel" in advice and "1191" in advice and "police" in advice


def test_top_terms_quote_the_ad_and_keep_for_and_against() -> None:
    text = "FREE Visa, no fee"
    terms = [
        TermContribution("free visa", 1.0, ((0, 9),)),
        TermContribution("free", 0.4, ((0, 4),)),
        TermContribution("fee", -0.6, ((14, 17),)),
        TermContribution("no", -0.1, ()),
    ]
    frame = render.top_terms_frame(text, terms, n=1)
    assert frame.to_dict("records") == [
        {"term": "FREE Visa", "contribution": 1.0, "direction": "raises risk"},
        {"term": "fee", "contribution": -0.6, "direction": "lowers risk"},
    ]
    chart = render.top_terms_chart(frame).to_dict()
    assert chart["mark"]["type"] == "bar"


def test_top_terms_labels_are_unique() -> None:
    text = "Visa visa"
    terms = [TermContribution("visa", 1.0, ((0, 4),)), TermContribution("visa2", 0.5, ((0, 4),))]
    assert render.top_terms_frame(text, terms)["term"].is_unique


def test_status_messages_cover_every_input_error() -> None:
    for status in ("error:empty", "error:too_long", "error:binary", "error:undecodable", "error:not_text"):
        assert "cannot be checked" not in render.status_message(status)
    assert "error:new" in render.status_message("error:new")


@pytest.mark.parametrize(
    ("fmt", "data", "columns"),
    [
        ("csv", "\ufeffid,title,text\n1,a,b\n".encode(), ["id", "title", "text"]),
        ("jsonl", b'{"id": 1, "text": "a"}\n\n{"id": 2, "title": "b"}\n', ["id", "text", "title"]),
    ],
)
def test_upload_columns(fmt: str, data: bytes, columns: list[str]) -> None:
    assert render.upload_columns(data, fmt) == columns


def test_upload_columns_parquet() -> None:
    buffer = io.BytesIO()
    pd.DataFrame({"ad": ["x"], "uid": [1]}).to_parquet(buffer)
    assert render.upload_columns(buffer.getvalue(), "parquet") == ["ad", "uid"]


@pytest.mark.parametrize(
    ("fmt", "data"), [("parquet", b"nope"), ("jsonl", b"{not json\n"), ("csv", b""), ("xls", b"x")]
)
def test_unreadable_upload_raises_upload_error(fmt: str, data: bytes) -> None:
    with pytest.raises(render.UploadError):
        render.upload_columns(data, fmt)


@pytest.mark.parametrize(
    ("columns", "text", "id_column"),
    [
        (["ad_id", "Description"], ["Description"], "ad_id"),
        (["a", "b"], ["a"], None),
        (["ID", "text"], ["text"], "ID"),
    ],
)
def test_guess_columns(columns: list[str], text: list[str], id_column: str | None) -> None:
    assert render.guess_columns(columns) == (text, id_column)


def test_score_upload_matches_the_core_and_keeps_bad_rows(tiny_scorer) -> None:
    texts = [e.text for e in EXAMPLES]
    data = pd.DataFrame({"id": range(len(texts)), "text": texts}).to_csv(index=False).encode()
    data += b'99,"\x00binary"\n100\n'  # a binary cell and a short (malformed) row
    progress: list[float] = []
    scored = render.score_upload(
        data, "csv", ["text"], "id", tiny_scorer, lambda f, n: progress.append(f), chunk_size=5
    )
    assert len(scored) == len(texts) + 2
    expected = tiny_scorer.score(texts)
    assert scored["scam_probability"].iloc[: len(texts)].tolist() == pytest.approx(
        expected["scam_probability"].tolist()
    )
    assert scored["status"].iloc[-2:].str.startswith("error:").all()
    assert progress[-1] == 1.0 and progress == sorted(progress)
    ordered = render.sort_by_risk(scored)
    assert list(ordered.columns) == ["id", "scam_probability", "risk_band", "status", "signals"]
    assert ordered["scam_probability"].iloc[0] == scored["scam_probability"].max()
    assert ordered["scam_probability"].iloc[-2:].isna().all()  # errors last, not dropped
    counts = render.band_counts(scored)
    assert sum(counts.values()) == len(texts)
    assert render.status_counts(scored).set_index("status")["rows"].sum() == len(scored)
    assert render.risk_histogram(scored).to_dict()["mark"]["type"] == "bar"


def test_score_upload_refuses_more_than_the_row_limit(tiny_scorer) -> None:
    data = ("text\n" + "free visa\n" * 11).encode()
    with pytest.raises(render.UploadError, match="more than 10 rows"):
        render.score_upload(data, "csv", ["text"], None, tiny_scorer, max_rows=10, chunk_size=4)
    assert len(render.score_upload(data, "csv", ["text"], None, tiny_scorer, max_rows=11)) == 11


@pytest.mark.parametrize(
    ("data", "columns", "message"),
    [
        (b"id,text\n1,a\n", ["body"], "column 'body' not in input"),
        (b"", ["text"], "no rows"),
        (b"id,text\n1,a\n", [], "at least one text column"),
    ],
)
def test_score_upload_errors_are_upload_errors(
    tiny_scorer, data: bytes, columns: list[str], message: str
) -> None:
    with pytest.raises(render.UploadError, match=message):
        render.score_upload(data, "csv", columns, None, tiny_scorer)


def test_examples_cover_every_language_with_a_lure_and_a_genuine_ad() -> None:
    languages = {e.language for e in EXAMPLES}
    assert len(languages) == 6
    for language in languages:
        assert sorted(e.kind for e in EXAMPLES if e.language == language) == ["genuine", "lure"]
    assert len({e.key for e in EXAMPLES}) == len(EXAMPLES)
