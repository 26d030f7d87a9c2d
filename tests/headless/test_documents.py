"""Document templates: JSON found in messy answers, validators, CSV/JSON export."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.documents import (
    TEMPLATES,
    JsonNotFoundError,
    document_to_csv,
    document_to_json,
    extract_json,
    get_template,
    parse_document,
    parse_number,
    validate_document,
)

RECEIPT = {
    "merchant": "Café",
    "total": 7.5,
    "tax": 0.5,
    "subtotal": 7.0,
    "items": [
        {"description": "tea", "quantity": 2, "unit_price": 1.5, "amount": 3.0},
        {"description": "cake", "amount": "4,00"},
    ],
}


@pytest.mark.parametrize(
    "answer",
    [
        '{"a": 1}',
        'Sure! Here it is:\n```json\n{"a": 1}\n```\nHope this helps.',
        '```\n{"a": 1}\n```',
        'The data is {"a": 1} as requested.',
        '{"a": 1,}',
        'Text with a brace { first, then {"a": 1} and more }',
    ],
)
def test_extract_json_tolerates_fences_prose_and_trailing_commas(answer):
    assert extract_json(answer) == {"a": 1}


def test_extract_json_handles_brackets_inside_strings_and_arrays():
    assert extract_json('prefix {"k": "a } tricky { string"} suffix') == {"k": "a } tricky { string"}
    assert extract_json("rows: [[1, 2], [3, 4]]") == [[1, 2], [3, 4]]


def test_extract_json_refuses_answers_without_json():
    with pytest.raises(JsonNotFoundError):
        extract_json("I cannot read this receipt.")
    with pytest.raises(JsonNotFoundError):
        extract_json('{"unterminated": ')


def test_every_template_prompt_asks_for_json_in_its_shape():
    for template in TEMPLATES.values():
        assert "JSON" in template.prompt
        json.loads(template.shape)  # the example shown to the model is itself valid JSON
    assert set(TEMPLATES) == {"receipt", "invoice", "table", "form"}
    with pytest.raises(InvalidRequestError):
        get_template("passport")


@pytest.mark.parametrize(
    "text,value",
    [
        ("12,50", 12.5),
        ("€1,234.00", 1234.0),
        ("1.234,50", 1234.5),
        ("1,234", 1234.0),
        (3, 3.0),
        ("n/a", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_receipt_that_adds_up_has_no_issues():
    assert validate_document("receipt", RECEIPT) == []


def test_receipt_items_not_summing_to_total_are_flagged():
    bad = {**RECEIPT, "total": 12.0, "subtotal": None, "tax": None}
    issues = validate_document("receipt", bad)
    assert issues and "7.00" in issues[0] and "12.00" in issues[0]


def test_receipt_within_tolerance_passes_and_tax_inclusive_total_passes():
    assert validate_document("receipt", {**RECEIPT, "total": 7.01, "subtotal": None, "tax": None}) == []
    assert validate_document("receipt", {"items": [{"amount": 10}], "tax": 2, "total": 12}) == []


def test_shape_problems_are_reported():
    assert validate_document("receipt", [1, 2]) == ["The answer is JSON but not an object."]
    assert "Missing field 'total'." in validate_document("invoice", {"items": []})
    issues = validate_document("table", {"columns": ["a", "b"], "rows": [["1", "2"], ["3"]]})
    assert issues == ["Row(s) 2 do not have 2 cells."]
    assert validate_document("form", {"fields": [{"value": "x"}]})


def test_parse_document_combines_extraction_and_validation():
    result = parse_document("receipt", "```json\n" + json.dumps({**RECEIPT, "total": 99}) + "\n```")
    assert result.ok and result.data["merchant"] == "Café" and result.issues
    failed = parse_document("table", "no table here")
    assert not failed.ok and failed.data is None and "JSON" in failed.error


def test_csv_export_per_template():
    rows = list(csv.reader(io.StringIO(document_to_csv("receipt", RECEIPT))))
    assert rows[0] == ["description", "quantity", "unit_price", "amount"]
    assert rows[1] == ["tea", "2", "1.5", "3.0"] and rows[2] == ["cake", "", "", "4,00"]
    table = {"columns": ["name", "note"], "rows": [["a", "x, with comma"], ["b", "line\nbreak"]]}
    assert list(csv.reader(io.StringIO(document_to_csv("table", table)))) == [["name", "note"], *table["rows"]]
    form = {"fields": [{"key": "Name", "value": "Ada"}, {"key": "Age", "value": None}]}
    assert list(csv.reader(io.StringIO(document_to_csv("form", form)))) == [
        ["key", "value"],
        ["Name", "Ada"],
        ["Age", ""],
    ]
    assert json.loads(document_to_json(RECEIPT)) == RECEIPT and "Café" in document_to_json(RECEIPT)


def test_export_stems_are_flat_safe_file_names(tmp_path):
    from desktop_vlm.documents import export_document, export_stem

    assert export_stem("scans/a b.pdf#page=2") == "scans__a_20b.pdf_page-2"
    assert export_stem("../../etc/passwd") == "_2e.__..__etc__passwd" and "/" not in export_stem("/x/../y")
    written = export_document("form", {"fields": [{"key": "Name", "value": "Ana"}]}, tmp_path / "out", "f")
    assert [p.name for p in written] == ["f.csv", "f.json"] and not list((tmp_path / "out").glob("*.part"))
    assert written[0].read_bytes() == b"key,value\r\nName,Ana\r\n"
