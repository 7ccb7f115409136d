"""Display names as evidence: placeholders, titles and look-alike spellings (``lureguard.names``)."""

from __future__ import annotations

import duckdb
import pytest

from lureguard.names import first_name_sql, name_key_sql, name_tokens_sql


def _eval(sql: str, name: str | None) -> object:
    row = duckdb.connect().execute(f"SELECT {sql} FROM (SELECT ?::VARCHAR AS n)", [name]).fetchone()
    assert row is not None
    return row[0]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Inès Lambert", "ines"),
        ("Dr. Giulia Marino", "giulia"),
        ("Prof. Dr. Hans Müller", "hans"),
        ("LinkedIn Member", None),
        ("  deleted USER ", None),
        ("Al Hassan", "hassan"),
        (None, None),
        ("", None),
    ],
)
def test_first_name_skips_titles_short_words_and_placeholders(name: str | None, first: str | None) -> None:
    assert _eval(first_name_sql("n"), name) == first


def test_name_words_are_the_name_without_titles_or_accents() -> None:
    assert _eval(name_tokens_sql("n"), "Dr. Marie-Inès de la Roux") == ["marie", "ines", "roux"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Antoine Girard", "Antoiné Girard", True),
        ("Antoine Girard", "antoine  girard.", True),
        ("Antoine Girard", "Antoine Girardi", False),
        ("Person 1", "Person 2", False),
    ],
)
def test_name_key_is_equal_for_look_alike_spellings_only(a: str, b: str, same: bool) -> None:
    assert (_eval(name_key_sql("n"), a) == _eval(name_key_sql("n"), b)) is same
