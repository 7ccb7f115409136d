"""Analyst verdicts: read strictly, spread over campaign evidence, and said in the reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from lureguard.campaigns import find_campaigns, read_analyst_labels
from lureguard.ingest import DatasetError
from tests.campaigns._world import World, day


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_read_when_header_comments_blank_and_repeated_verdict_then_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, "# checked by M.\naccount_id,label\n\n a1 , FAKE\na2,genuine\na1,fake\n")
    assert read_analyst_labels(path) == {"a1": "fake", "a2": "genuine"}


def test_read_when_a_quoted_id_starts_with_a_hash_then_it_is_a_verdict_not_a_comment(tmp_path: Path) -> None:
    path = _write(tmp_path, '# a comment\n"account_id","label"\n"#x","fake"\n"a,b","genuine"\n')
    assert read_analyst_labels(path) == {"#x": "fake", "a,b": "genuine"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("a1,fake\na2,suspicious\n", "labels.csv, line 2: field 'label': 'suspicious' is not"),
        ("a1,fake,extra\n", "labels.csv, line 1: expected 2 fields"),
        ("account_id,label\n ,fake\n", "labels.csv, line 2: field 'account_id': empty"),
        ("a1,fake\nx,genuine\na1,genuine\n", "labels.csv, line 3: field 'label': 'a1' is fake on line 1"),
    ],
)
def test_read_when_a_row_is_wrong_then_refused_with_file_line_and_field(
    tmp_path: Path, text: str, where: str
) -> None:
    with pytest.raises(DatasetError) as err:
        read_analyst_labels(_write(tmp_path, text))
    assert where in str(err.value)


def test_read_when_not_utf8_then_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_bytes(b"a1,fake\n\xff\xfe,genuine\n")
    with pytest.raises(DatasetError, match=r"labels\.csv: not UTF-8"):
        read_analyst_labels(path)


def _face_pair(w: World) -> tuple[str, str]:
    experts = [w.member(f"m{i:02d}", org=f"Org{i % 3}", sector="nuclear") for i in range(6)]
    a = w.account("pa", name="Anna Weiss", phash="a5a5a5a5a5a5a5a5")
    b = w.account("pb", name="Li Na", phash="a5a5a5a5a5a5a5a5")
    for i, e in enumerate(experts):
        w.event("invitation", a if i % 2 else b, e, day(i))
    return a, b


def test_verdict_when_fake_then_its_tied_neighbour_rises_and_both_are_recorded() -> None:
    w = World()
    a, b = _face_pair(w)
    plain = find_campaigns(w.con, w.scored({a: 0.5, b: 0.5}, threshold=0.99))
    assert w.con.execute("SELECT count(*) FROM analyst_effect").fetchone() == (0,)
    res = find_campaigns(w.con, w.scored({a: 0.5, b: 0.5}, threshold=0.99), labels={a: "fake"})
    i = res.account_ids.index(b)
    assert res.lifted_risk[i] > plain.lifted_risk[i]
    got = dict(w.con.execute("SELECT account_id, label FROM analyst_effect").fetchall())
    assert got == {a: "fake", b: None}


def test_verdict_when_genuine_then_its_tied_neighbour_falls() -> None:
    w = World()
    a, b = _face_pair(w)
    before = w.scored({a: 0.5, b: 0.5}, threshold=0.99).risk[1]
    res = find_campaigns(w.con, w.scored({a: 0.5, b: 0.99}, threshold=0.99), labels={a: "genuine"})
    assert a not in res.campaign_of and all(a not in g["accounts"] for g in res.groups)
    res = find_campaigns(w.con, w.scored({a: 0.5, b: 0.5}, threshold=0.99), labels={a: "genuine"})
    (after,) = w.con.execute("SELECT after FROM analyst_effect WHERE account_id = ?", [b]).fetchone()
    assert after < before
