"""Code tests for jobscam.io: streaming readers (exact per-row errors), formula-injection guard, writers."""

from __future__ import annotations

import csv
import io
import json
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jobscam import config
from jobscam.io import (
    FORMATS,
    SCORE_SCHEMA,
    InputError,
    csv_safe,
    detect_format,
    frame_to_csv_bytes,
    iter_records,
    open_writer,
    read_table,
    safe_csv_cell,
)


def records(data: bytes, fmt: str, text_columns=("text",), id_column=None, chunk_size=10_000) -> pd.DataFrame:
    chunks = list(iter_records(io.BytesIO(data), fmt, list(text_columns), id_column, chunk_size))
    return (
        pd.concat(chunks, ignore_index=True)
        if chunks
        else pd.DataFrame(columns=["id", "text", "input_error"])
    )


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------------ formats


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("ads.csv", "csv"),
        ("ADS.CSV", "csv"),
        ("dir.v2/ads.jsonl", "jsonl"),
        ("ads.ndjson", "jsonl"),
        ("ads.parquet", "parquet"),
        ("ads.pq", "parquet"),
        ("-", "csv"),
    ],
)
def test_detect_format(path: str, fmt: str) -> None:
    assert detect_format(path) == fmt
    assert fmt in FORMATS


@pytest.mark.parametrize("path", ["ads.txt", "ads", "ads.xlsx", "ads.csv.gz"])
def test_detect_format_rejects_unknown_extensions(path: str) -> None:
    with pytest.raises(InputError) as raised:
        detect_format(path)
    assert "\n" not in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_unknown_format_name_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown format"):
        list(iter_records(io.BytesIO(b"text\nx\n"), "xlsx", ["text"], None))


# -------------------------------------------------------------------------- the same table in every format

ADS = pd.DataFrame(
    {
        "ad_id": ["a1", "a2", "a3"],
        "title": ["Typing job", "", "招聘客服"],
        "body": ["Free flight and visa", "Bank clerk, contract", None],
    }
)


def encode(frame: pd.DataFrame, fmt: str) -> bytes:
    if fmt == "csv":
        return frame.to_csv(index=False).encode("utf-8")
    if fmt == "jsonl":
        return frame.to_json(orient="records", lines=True, force_ascii=False).encode("utf-8")
    return parquet_bytes(frame)


@pytest.mark.parametrize("fmt", FORMATS)
def test_formats_give_the_same_records(fmt: str) -> None:
    got = records(encode(ADS, fmt), fmt, ["title", "body"], "ad_id")
    assert got["id"].tolist() == ["a1", "a2", "a3"]
    assert got["text"].tolist() == ["Typing job\nFree flight and visa", "Bank clerk, contract", "招聘客服"]
    assert got["input_error"].tolist() == ["", "", ""]


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_id_column_ids_are_one_based_row_numbers(fmt: str) -> None:
    got = records(encode(ADS, fmt), fmt, ["body"])
    assert got["id"].tolist() == ["1", "2", "3"]
    assert got["text"].tolist() == ["Free flight and visa", "Bank clerk, contract", None]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("chunk_size", [1, 2, 3, 1000])
def test_chunks_are_bounded_and_keep_order(fmt: str, chunk_size: int) -> None:
    frame = pd.DataFrame({"text": [f"ad number {i}" for i in range(7)]})
    chunks = list(iter_records(io.BytesIO(encode(frame, fmt)), fmt, ["text"], None, chunk_size))
    assert all(len(c) <= chunk_size for c in chunks)
    joined = pd.concat(chunks, ignore_index=True)
    assert joined["text"].tolist() == frame["text"].tolist()
    assert joined["id"].tolist() == [str(i) for i in range(1, 8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_column_is_an_input_error(fmt: str) -> None:
    with pytest.raises(InputError, match=r"column 'description' not in input") as raised:
        records(encode(ADS, fmt), fmt, ["description"])
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_missing_id_column_is_an_input_error(fmt: str) -> None:
    with pytest.raises(InputError, match="column 'ref' not in input; columns are: ad_id, title, body"):
        records(encode(ADS, fmt), fmt, ["title"], "ref")


@pytest.mark.parametrize("fmt", FORMATS)
def test_unreadable_path_is_an_input_error(fmt: str, tmp_path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        list(iter_records(tmp_path / f"missing.{fmt}", None, ["text"], None))


def test_a_file_path_is_read_and_closed(tmp_path) -> None:
    path = tmp_path / "ads.csv"
    path.write_bytes(b"text\nhello\n")
    assert records_from_path(path)["text"].tolist() == ["hello"]


def records_from_path(path) -> pd.DataFrame:
    return pd.concat(iter_records(path, None, ["text"], None))


# --------------------------------------------------------------------------------------------- CSV rows


@pytest.mark.parametrize(
    ("row", "error"),
    [
        (b"7,too,many,cells", "error:malformed_row"),
        (b"7", "error:malformed_row"),
        (b"7,caf\xe9 job", "error:undecodable"),  # Latin-1 byte in a UTF-8 file
        (b"7,\xff\xfe\x00\x01", "error:undecodable"),
        (b"7,", ""),  # empty cell: readable, the scorer reports error:empty
        (b'7,"quoted, with comma"', ""),
    ],
)
def test_csv_bad_rows_are_flagged_on_their_own_row(row: bytes, error: str) -> None:
    data = b"id,text\n1,first ad\n" + row + b"\n3,last ad\n"
    got = records(data, "csv", ["text"], "id")
    assert len(got) == 3
    assert got["id"].tolist() == ["1", "7", "3"]
    assert got["input_error"].tolist() == ["", error, ""]
    assert got["text"].tolist()[::2] == ["first ad", "last ad"]
    if error:
        assert got["text"][1] is None


def test_csv_row_numbers_are_exact_with_multiline_cells_and_blank_lines() -> None:
    data = b'text\n"line one\nline two"\n\nbad,row\nok\n'
    got = records(data, "csv")
    assert got["id"].tolist() == ["1", "2", "3"]
    assert got["input_error"].tolist() == ["", "error:malformed_row", ""]
    assert got["text"][0] == "line one\nline two"


def test_csv_empty_cells_are_skipped_when_joining() -> None:
    got = records(b"a,b,c\n,x,\n,,\n", "csv", ["a", "b", "c"])
    assert got["text"].tolist() == ["x", None]
    assert got["input_error"].tolist() == ["", ""]


def test_csv_byte_order_mark_is_not_part_of_the_first_column() -> None:
    got = records(b"\xef\xbb\xbftext\nhello\n", "csv")
    assert got["text"].tolist() == ["hello"]


def test_csv_undecodable_id_is_made_printable() -> None:
    got = records(b"id,text\nab\xff,hello\n", "csv", ["text"], "id")
    assert got["id"][0] == "ab\ufffd"
    got["id"][0].encode("utf-8")  # writable


def test_csv_binary_cells_reach_the_scorer_as_text() -> None:
    """NUL bytes decode fine; the scorer's validate_text names them error:binary."""
    got = records(b"text\n\x00\x01\x02\x03\x00\x00\n", "csv")
    assert got["input_error"][0] == ""
    assert "\x00" in got["text"][0]


def test_huge_cell_is_flagged_without_stopping_the_file() -> None:
    huge = b"x" * (config.MAX_TEXT_CHARS + 1)
    got = records(b"text\nbefore\n" + huge + b"\nafter\n", "csv")
    assert got["input_error"].tolist() == ["", "error:too_long", ""]
    assert got["text"].tolist() == ["before", None, "after"]


def test_a_binary_file_fails_on_its_header() -> None:
    with pytest.raises(InputError, match="column 'text' not in input"):
        records(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "csv")


def test_empty_csv_gives_no_records() -> None:
    assert list(iter_records(io.BytesIO(b""), "csv", ["text"], None)) == []
    assert list(iter_records(io.BytesIO(b"text\n"), "csv", ["text"], None)) == []


# ----------------------------------------------------------------------------------------- JSON Lines


@pytest.mark.parametrize(
    ("line", "row_id", "error"),
    [
        (b"[1, 2]", "2", "error:malformed_row"),
        (b'"just a string"', "2", "error:malformed_row"),
        (b"{not json", "2", "error:malformed_row"),
        (b'{"id": "x", "text": "caf\xe9"}', "2", "error:undecodable"),
        (b'{"id": "x", "title": "no text key"}', "x", "error:missing_text"),
        (b'{"id": "x", "text": {"nested": 1}}', "x", "error:not_text"),
        (b'{"id": 5, "text": 4000}', "5", ""),
        (b'{"id": "x", "text": ""}', "x", ""),
    ],
)
def test_jsonl_bad_lines_are_flagged_on_their_own_row(line: bytes, row_id: str, error: str) -> None:
    data = b'{"id": "a", "text": "first"}\n' + line + b'\n{"id": "c", "text": "last"}\n'
    got = records(data, "jsonl", ["text"], "id")
    assert got["id"].tolist() == ["a", row_id, "c"]
    assert got["input_error"].tolist() == ["", error, ""]


def test_jsonl_numbers_count_as_text_and_blank_lines_are_not_rows() -> None:
    got = records(b'{"text": 4000}\n\n{"text": "x"}\n\n', "jsonl")
    assert got["text"].tolist() == ["4000", "x"]
    assert got["id"].tolist() == ["1", "2"]


def test_jsonl_without_any_text_column_is_an_input_error() -> None:
    with pytest.raises(InputError, match="'body' not in input"):
        records(b'{"text": "a"}\n{"text": "b"}\n', "jsonl", ["body"])


# -------------------------------------------------------------------------------------------- Parquet


def test_parquet_binary_column_is_decoded_per_row() -> None:
    table = pa.table({"text": pa.array([b"hello", b"caf\xe9", None], type=pa.binary())})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    got = records(buffer.getvalue(), "parquet")
    assert got["text"].tolist() == ["hello", None, None]
    assert got["input_error"].tolist() == ["", "error:undecodable", ""]


def test_parquet_that_is_not_parquet_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not a readable Parquet file"):
        records(b"text\nthis is a csv\n", "parquet")


# ------------------------------------------------------------------------------------------------- stdin


@pytest.mark.parametrize("fmt", FORMATS)
def test_stdin(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(encode(ADS, fmt)))
    monkeypatch.setattr(sys, "stdin", stdin)
    got = pd.concat(iter_records("-", fmt, ["body"], "ad_id"))
    assert got["id"].tolist() == ["a1", "a2", "a3"]


def test_file_objects_need_an_explicit_format() -> None:
    with pytest.raises(InputError, match="explicitly"):
        list(iter_records(io.BytesIO(b"text\nx\n"), None, ["text"], None))


# ------------------------------------------------------------------------------------------- read_table


@pytest.mark.parametrize("fmt", FORMATS)
def test_read_table(fmt: str, tmp_path) -> None:
    path = tmp_path / f"extra.{fmt}"
    path.write_bytes(encode(ADS, fmt))
    table = read_table(path)
    assert table["ad_id"].tolist() == ["a1", "a2", "a3"]
    assert table["title"].tolist()[2] == "招聘客服"


def test_read_table_errors_are_input_errors(tmp_path) -> None:
    with pytest.raises(InputError):
        read_table(tmp_path / "nothing.csv")
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet")
    with pytest.raises(InputError):
        read_table(bad)


# --------------------------------------------------------------------------------- formula injection


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
        ("=1+1", "'=1+1"),
        ("+49 555 0100", "'+49 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
        (-2.5, -2.5),
        (None, None),
    ],
)
def test_safe_csv_cell(cell, expected) -> None:
    assert safe_csv_cell(cell) == expected


def test_csv_safe_guards_every_string_column_and_leaves_numbers() -> None:
    frame = pd.DataFrame({"id": ["=1", "ok"], "signals": ["@x", "-y"], "p": [-0.5, 0.25]})
    safe = csv_safe(frame)
    assert safe["id"].tolist() == ["'=1", "ok"]
    assert safe["signals"].tolist() == ["'@x", "'-y"]
    assert safe["p"].tolist() == [-0.5, 0.25]
    assert frame["id"].tolist() == ["=1", "ok"]  # the input is not modified


def test_frame_to_csv_bytes_is_safe_utf8_that_reads_back() -> None:
    frame = pd.DataFrame({"text": ['=HYPERLINK("x")', "招聘", "a\rb", "line\nbreak"]})
    data = frame_to_csv_bytes(frame)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [r[0] for r in rows] == ["text", '\'=HYPERLINK("x")', "招聘", "a\rb", "line\nbreak"]


# ---------------------------------------------------------------------------------------------- writers

SCORES = pd.DataFrame(
    {
        "id": ["=evil", "2", "3"],
        "scam_probability": [0.91, float("nan"), 0.05],
        "risk_band": ["high", "", "low"],
        "signals": ["free_travel;chat_app_contact", "", ""],
        "status": ["ok", "error:malformed_row", "ok"],
    }
)


def read_back(data: bytes, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(
            io.BytesIO(data), dtype={"id": str}, keep_default_na=False, na_values={"scam_probability": [""]}
        )
    if fmt == "jsonl":
        return pd.DataFrame([json.loads(line) for line in data.decode("utf-8").splitlines()])
    return pd.read_parquet(io.BytesIO(data))


@pytest.mark.parametrize("fmt", FORMATS)
def test_writers_round_trip_chunk_by_chunk(fmt: str) -> None:
    buffer = io.BytesIO()
    writer = open_writer(buffer, fmt)
    writer.write(SCORES.iloc[:2])
    writer.write(SCORES.iloc[2:])
    writer.close()
    back = read_back(buffer.getvalue(), fmt)
    assert back["id"].tolist() == (["'=evil", "2", "3"] if fmt == "csv" else ["=evil", "2", "3"])
    assert back["status"].tolist() == SCORES["status"].tolist()
    assert back["signals"].fillna("").tolist() == SCORES["signals"].tolist()
    probability = back["scam_probability"].tolist()
    assert probability[0] == pytest.approx(0.91) and probability[2] == pytest.approx(0.05)
    assert pd.isna(probability[1])


def test_parquet_writer_keeps_a_fixed_schema_for_all_error_chunks() -> None:
    buffer = io.BytesIO()
    writer = open_writer(buffer, "parquet")
    errors_only = SCORES.iloc[[1]].assign(scam_probability=[None], id=[None])
    writer.write(errors_only)  # no probabilities, no ids: would otherwise infer null types
    writer.write(SCORES)
    writer.close()
    table = pq.read_table(io.BytesIO(buffer.getvalue()))
    assert table.schema.equals(SCORE_SCHEMA)
    assert table.num_rows == 4


def test_writer_creates_no_file_until_written(tmp_path) -> None:
    path = tmp_path / "scores.csv"
    writer = open_writer(path)
    assert not path.exists()
    writer.write(SCORES.iloc[:0])
    writer.close()
    assert path.read_text().strip() == ",".join(SCORES.columns)


def test_writer_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    writer = open_writer("-", "jsonl")
    writer.write(SCORES.iloc[:1])
    writer.close()
    assert json.loads(capsysbinary.readouterr().out)["id"] == "=evil"
