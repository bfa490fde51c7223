"""`commune-office register` and `report`: the files written from the command line, and bad input refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from client.cli.main import main
from tests.office.report_corpus import corpus_session


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus_session(tmp_path / "home").close()
    monkeypatch.setenv("COMMUNE_OFFICE_PASSWORD", "Mật khẩu xã 2026")
    return tmp_path / "home"


def _cli(home: Path, *args: str) -> int:
    return main([args[0], "--home", str(home), "-u", "lan.nt", *args[1:]])


def test_a_months_incoming_register_printed_from_the_command_line(home: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "sổ đến 03.pdf", tmp_path / "sổ đến 03.xlsx"
    assert _cli(home, "register", "--kind", "incoming", "--from", "01/03/2026", "--to", "31/03/2026",
                "--pdf", str(pdf), "--xlsx", str(xlsx), "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"written": [str(pdf), str(xlsx)], "lines": 5}
    assert "Số văn bản: 5" in PdfReader(pdf).pages[0].extract_text()
    rows = list(load_workbook(xlsx, read_only=True)["Sổ đến"].iter_rows(min_row=5, values_only=True))
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]


def test_the_register_lines_print_without_a_file(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(home, "register", "--kind", "outgoing", "--from", "2026-03-01", "--to", "2026-04-30") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Số đi\tNgày tháng") and out[1].startswith("1\t05/03/2026\t01-NQ/ĐU") and len(out) == 3


def test_a_date_that_is_not_one_is_refused_with_how_to_write_it(home: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(home, "register", "--kind", "incoming", "--from", "31/02/2026", "--to", "2026-03-31") != 0
    assert "error:" in capsys.readouterr().err
    assert _cli(home, "register", "--kind", "incoming", "--from", "tháng 3", "--to", "2026-03-31") != 0
    assert "is not a date; write dd/mm/yyyy" in capsys.readouterr().err


def test_register_with_neither_a_document_nor_a_range_says_what_it_needs(home: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(home, "register") != 0
    assert "--kind incoming|outgoing --from DATE --to DATE" in capsys.readouterr().err
    assert _cli(home, "register", "--kind", "incoming", "--from", "01/03/2026") != 0
    assert "--kind incoming|outgoing --from DATE --to DATE" in capsys.readouterr().err


def test_the_report_command_prints_the_trend_and_writes_the_workbook(home: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(home, "report", "--from", "01/03/2026", "--to", "30/04/2026", "--json") == 0
    figures = json.loads(capsys.readouterr().out)["processing_time_by_month"]
    assert figures == [{"month": "2026-03", "documents": 4, "median_days": 3.5, "p90_days": 10},
                       {"month": "2026-04", "documents": 3, "median_days": 3.0, "p90_days": 10}]
    assert _cli(home, "report", "--from", "01/03/2026", "--to", "30/04/2026", "--xlsx", str(tmp_path / "r.xlsx")) == 0
    assert "Quá hạn" in load_workbook(tmp_path / "r.xlsx", read_only=True).sheetnames
