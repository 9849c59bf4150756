"""Data tests (Made-With-ML ``tests/data``): expectations on the generated lure-pattern corpus and its engine."""

from __future__ import annotations

import copy
import hashlib
import random
import re
from types import SimpleNamespace

import numpy as np
import pytest

from jobscam.config import DATA_DIR
from jobscam.training import generate as gen
from jobscam.training.phrasebanks import en

ZW = re.compile("[\u200b\u200c\ufeff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
_MARKS = "\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # combining marks that stay on their letter
_CLUSTER = f"[^\\s{_MARKS}][{_MARKS}]*"
SPACED = re.compile(rf"(?<!\w)(?:{_CLUSTER} ){{2,}}{_CLUSTER}(?!\w)")
# Chinese and Thai never put single spaces between three characters in a row: that is the spaced-out trick.
_CJK_OR_THAI_CLUSTER = r"(?:[\u4e00-\u9fff]|[\u0e01-\u0e30\u0e32\u0e33\u0e3f-\u0e46\u0e4f-\u0e5b][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*)"
SPACED_UNSPACED_SCRIPT = re.compile(
    rf"{_CJK_OR_THAI_CLUSTER}(?: {_CJK_OR_THAI_CLUSTER}){{2,}}(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)
LEET_MAP = str.maketrans(
    {"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t", "9": "g"}
)


# ------------------------------------------------------------------------------------------ engine units


@pytest.mark.parametrize(
    ("source", "fillers", "allowed"),
    [
        ("[a|b|c]", {}, {"a", "b", "c"}),
        ("x[a|b [c|d]]y", {}, {"xay", "xb cy", "xb dy"}),
        ("{w} ok", {"w": ["[p|q]", "r"]}, {"p ok", "q ok", "r ok"}),
        ("no {Caps} here|", {}, {"no {Caps} here|"}),
        ("[|opt]x", {}, {"x", "optx"}),
    ],
)
def test_spintax_renders_only_allowed_alternatives(source, fillers, allowed):
    """Unit: every rendering is one of the spelled-out alternatives, and all of them occur."""
    rng = random.Random(0)
    seen = {gen.spin(source, rng, fillers) for _ in range(200)}
    assert seen == allowed


@pytest.mark.parametrize("bad", ["[a|b", "a]b", "[[a|b]"])
def test_spintax_rejects_unbalanced_brackets(bad):
    with pytest.raises(gen.SpintaxError):
        gen.parse_spintax(bad)


def _bank(**changes):
    bank = SimpleNamespace(
        __name__="fake", LANG="en", FILLERS=copy.deepcopy(en.FILLERS), FAMILIES=copy.deepcopy(en.FAMILIES)
    )
    for key, value in changes.items():
        setattr(bank, key, value)
    return bank


def test_validate_accepts_the_english_bank():
    gen.validate_bank(en, "en")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda b: b.FILLERS.pop("scam_hub"), "placeholder {scam_hub} has no FILLERS entry"),
        (
            lambda b: b.FAMILIES["task_scam"][1]["slots"].update(title=["a", "b", "c", "d", "e"]),
            "needs at least 6",
        ),
        (lambda b: b.FAMILIES["task_scam"][1]["slot_signals"].update(title=["made_up"]), "unknown signal"),
        (
            lambda b: b.FAMILIES["task_scam"][1]["slot_signals"].update(title=["obfuscation"]),
            "added by the engine",
        ),
        (lambda b: b.FAMILIES.update(romance={0: {}, 1: {}}), "unknown family"),
        (lambda b: b.FAMILIES.pop("advance_fee"), "family 'advance_fee' missing"),
        (
            lambda b: b.FAMILIES["task_scam"][0]["layouts"].append({"register": "chat", "slots": ["nope"]}),
            "unknown slot",
        ),
        (lambda b: b.FILLERS.update(handle_tg=["@a"]), "needs at least 6"),
    ],
)
def test_validate_rejects_format_errors(mutate, message):
    """Unit: each documented format rule produces a clear error."""
    bank = _bank()
    mutate(bank)
    with pytest.raises(gen.BankError, match=re.escape(message)):
        gen.validate_bank(bank, "en")


@pytest.mark.parametrize(
    ("n", "expected"), [(1, (1, 0, 0)), (2, (1, 0, 1)), (3, (1, 1, 1)), (7, (5, 1, 1)), (14, (10, 2, 2))]
)
def test_template_split_counts(n, expected):
    assert gen.split_counts(n) == expected


def test_obfuscate_always_changes_text():
    rng = random.Random(3)
    for text in ["Free visa and high pay, contact Telegram", "高薪招聘客服包吃包住", "รับสมัครพนักงาน", "x"]:
        for _ in range(20):
            assert gen.obfuscate(text, rng) != text


# ------------------------------------------------------------------------------------------ corpus


def test_schema(generated):
    """Data: columns, allowed values, types, id and template_id formats, signal vocabulary."""
    df = generated[gen.COLUMNS]
    assert list(df.columns) == gen.COLUMNS
    assert df["label"].dtype.kind == "i" and set(df["label"]) <= {0, 1}
    assert set(df["lang"]) <= set(gen.LANGS)
    assert set(df["family"]) == set(gen.FAMILIES)
    assert set(df["source"]) == {"synthetic"}
    assert set(df["split"]) == set(gen.SPLITS)
    assert df["id"].is_unique and df["id"].str.fullmatch(r"syn-\d{6}").all()
    pattern = df["lang"] + "-" + df["family"] + "-" + df["label"].astype(str) + "-"
    assert all(
        t.startswith(p) and t[len(p) :].isdigit() for t, p in zip(df["template_id"], pattern, strict=True)
    )
    assert df["text"].str.strip().str.len().gt(0).all()
    for signals in df["signals"]:
        names = signals.split(";") if signals else []
        assert names == sorted(set(names)) and set(names) <= set(gen.SIGNALS)
    scam_signals = df.loc[df["label"] == 1, "signals"]
    assert scam_signals.str.len().gt(0).mean() > 0.9  # scam rows carry lure signals


def test_generation_is_deterministic(generated):
    """Data: the same seed gives byte-identical CSV; another seed gives a different corpus."""
    first = gen.csv_bytes(generated)
    assert gen.csv_bytes(gen.generate()) == first
    banks = gen.load_banks(("en",))
    assert gen.csv_bytes(gen.generate(seed=1, rows_per_template=5, banks=banks)) != gen.csv_bytes(
        gen.generate(seed=2, rows_per_template=5, banks=banks)
    )


def test_committed_csv_is_current(generated):
    """Data: data/synthetic_ads.csv matches its .sha256 file and a fresh generate() with the current banks."""
    path = DATA_DIR / gen.SYNTHETIC_FILE
    assert path.exists(), "data/synthetic_ads.csv missing: run python -m jobscam.training.generate"
    data = path.read_bytes()
    digest, name = (DATA_DIR / (gen.SYNTHETIC_FILE + ".sha256")).read_text().split()
    assert name == gen.SYNTHETIC_FILE and hashlib.sha256(data).hexdigest() == digest
    assert b"\r\n" not in data
    assert data == gen.csv_bytes(generated), (
        "committed corpus is stale: run python -m jobscam.training.generate"
    )


def test_write_generated_format(tmp_path):
    banks = gen.load_banks(("en",))
    path = gen.write_generated(tmp_path, rows_per_template=3, banks=banks)
    data = path.read_bytes()
    line = (tmp_path / "synthetic_ads.csv.sha256").read_text()
    assert line == f"{hashlib.sha256(data).hexdigest()}  synthetic_ads.csv\n"
    assert data.decode("utf-8").startswith(",".join(gen.COLUMNS) + "\n")


def test_no_exact_duplicate_text(generated):
    """Data: no text occurs twice (so none is shared across splits)."""
    assert generated["text"].is_unique


def test_split_belongs_to_templates_and_sources(generated):
    """Data: one split per template; every cell has a train template; rows draw only their split's sources."""
    assert generated.groupby("template_id")["split"].nunique().eq(1).all()
    cells = generated.groupby(["lang", "family", "label"])["split"].agg(set)
    assert all("train" in s for s in cells), cells[cells.map(lambda s: "train" not in s)]
    for split, parts in zip(generated["split"], generated["parts"], strict=True):
        assert all(gen.source_split(i) == split for _, i, _ in parts)


def test_split_shares(generated):
    shares = generated["split"].value_counts(normalize=True)
    assert 0.55 <= shares["train"] <= 0.8 and shares["val"] >= 0.08 and shares["test"] >= 0.08


def test_no_near_duplicates_across_split(generated):
    """Data: no val/test row has a train row with char-5-gram TF-IDF cosine >= 0.9 (sample of 1,500 per side)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    worst = (0.0, "", "")
    for _lang, df in generated.groupby("lang"):
        train = df[df["split"] == "train"]
        held = df[df["split"] != "train"]
        held = held.sample(n=min(len(held), 1500), random_state=0)
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(5, 5), lowercase=True, sublinear_tf=True)
        vec.fit(df["text"])
        a, b = vec.transform(held["text"]), vec.transform(train["text"])
        for start in range(0, a.shape[0], 500):
            sims = (a[start : start + 500] @ b.T).toarray()
            i, j = np.unravel_index(sims.argmax(), sims.shape)
            if sims[i, j] > worst[0]:
                worst = (float(sims[i, j]), held["text"].iloc[start + i], train["text"].iloc[j])
    assert worst[0] < 0.9, (
        f"near duplicate across split (cosine {worst[0]:.3f}):\n{worst[1]}\n---\n{worst[2]}"
    )


def test_cells_populated(generated, missing_banks):
    """Data: every family x label cell exists for en and zh (and for every other present bank, and zh-Hant)."""
    counts = generated.groupby(["lang", "family", "label"]).size()
    present = [lang for lang in gen.BANK_LANGS if lang not in missing_banks]
    langs = present + (["zh-Hant"] if "zh" in present else [])
    for lang in langs:
        for family in gen.FAMILIES:
            for label in (0, 1):
                assert counts.get((lang, family, label), 0) >= 20, (lang, family, label)
    if "zh" in missing_banks:
        pytest.skip("zh bank (training/phrasebanks/zh.py) missing: zh / zh-Hant cells not checked yet")


def test_zh_hant_is_traditional(generated, missing_banks):
    if "zh" in missing_banks:
        pytest.skip("zh bank (training/phrasebanks/zh.py) missing: no zh-Hant rows to check")
    from opencc import OpenCC

    hant = generated[generated["lang"] == "zh-Hant"]
    assert len(hant) > 0 and hant["template_id"].str.startswith("zh-Hant-").all()
    t2s = OpenCC("t2s")
    changed = hant["text"].map(lambda t: t2s.convert(t) != t).mean()
    assert changed > 0.8


def _looks_obfuscated(text: str, clean: str) -> bool:
    if ZW.search(text) or CYRILLIC.search(text) or SPACED.search(text) or SPACED_UNSPACED_SCRIPT.search(text):
        return True
    clean_words = set(re.findall(r"[a-z]+", clean.lower()))
    for token in re.findall(r"[A-Za-z0-9@$!]+", text):
        if re.search(r"[0-9@$!]", token) and token.lower().translate(LEET_MAP) in clean_words:
            return True
    return False


def test_obfuscated_rows_are_obfuscated(generated):
    """Data: rows flagged `obfuscation` really contain zero-width / homoglyph / spaced / leet text; others don't."""
    flagged = generated["signals"].str.contains("obfuscation")
    for text, clean in zip(generated.loc[flagged, "text"], generated.loc[flagged, "clean_text"], strict=True):
        assert _looks_obfuscated(text, clean), text
    others = generated.loc[~flagged, "text"]
    assert not others.str.contains(ZW).any()
    latin = generated.loc[~flagged & generated["lang"].isin(["en", "vi", "id"]), "text"]
    assert not latin.str.contains(CYRILLIC).any()
    rate = flagged.groupby(generated["label"]).mean()
    assert 0.08 <= rate[1] <= 0.25 and 0 < rate[0] <= 0.06
    methods = {
        "zero_width": generated.loc[flagged, "text"].str.contains(ZW).any(),
        "homoglyph": generated.loc[flagged, "text"].str.contains(CYRILLIC).any(),
        "spaced": generated.loc[flagged, "text"].str.contains(SPACED).any(),
    }
    assert all(methods.values()), methods


def test_row_count(generated, missing_banks):
    """Data: >= 20,000 rows once all five banks exist; before that, most rendered rows survive de-duplication."""
    templates = generated["template_id"].nunique()
    assert len(generated) >= 0.6 * templates * gen.ROWS_PER_TEMPLATE * gen.HANT_ROW_FRACTION
    if missing_banks:
        pytest.skip(
            f"bank(s) {', '.join(missing_banks)} missing: 20,000-row floor not checked ({len(generated)} rows)"
        )
    assert len(generated) >= 20_000


def test_templates_per_family(generated, missing_banks):
    """Data: >= 30 distinct templates per family once all banks exist (>= 8 per present bank before)."""
    per_family = generated.groupby("family")["template_id"].nunique()
    n_langs = generated["lang"].nunique()
    assert (per_family >= 8 * n_langs).all(), per_family
    if missing_banks:
        pytest.skip(
            f"bank(s) {', '.join(missing_banks)} missing: 30-templates floor not checked ({per_family.min()})"
        )
    assert (per_family >= 30).all(), per_family


def test_no_phrasing_dominates_a_family(generated):
    """Data: no exact text and no rendered slot string exceeds 2 % of its family's rows."""
    report = gen.phrasing_report(generated)
    assert (report["top_text_share"] <= 0.02).all(), report
    assert (report["top_slot_share"] <= 0.02).all(), report[["family", "top_slot_share", "top_slot_text"]]


def test_slot_signals_follow_slots(generated):
    """Data: a row's signals are exactly the slot_signals of the slots it used (+ obfuscation)."""
    banks = gen.load_banks()
    for row in generated.sample(n=min(len(generated), 2000), random_state=1).itertuples():
        bank = banks["zh" if row.lang == "zh-Hant" else row.lang]
        slot_signals = bank.FAMILIES[row.family][row.label].get("slot_signals", {})
        expected = {s for name, _, _ in row.parts for s in slot_signals.get(name, ())}
        got = set(row.signals.split(";")) - {"obfuscation", ""}
        assert got == expected
