from __future__ import annotations

import duckdb
import pytest

from lureguard.signals.profile._views import norm_org


def _key(name: str | None) -> str | None:
    return duckdb.connect().execute(f"SELECT {norm_org('?')}", [name]).fetchone()[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kestrel Search Partners Ltd", "Kestrel Search Partners"),
        ("Elbtal Halbleiter GmbH", "elbtal  halbleiter"),
        ("Müller GmbH & Co. KG", "Muller"),
        ("Banco Santander, S.A.", "Banco Santander"),
        ("Huawei Technologies Co., Ltd.", "Huawei Technologies"),
        ("The Boston Consulting Group", "Boston Consulting Group"),
    ],
)
def test_org_key_when_only_the_legal_form_or_spelling_differs_then_equal(a: str, b: str) -> None:
    assert _key(a) == _key(b) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kestrel Search Partners", "Kestrel Search"),
        ("Acme Group", "Acme"),  # a group is not a legal form: holding and subsidiary may differ
        ("华为技术有限公司", "中兴通讯"),
    ],
)
def test_org_key_when_the_names_differ_then_different(a: str, b: str) -> None:
    assert _key(a) != _key(b)


@pytest.mark.parametrize("name", [None, "", "  ", "--", "&"])
def test_org_key_when_no_name_then_null(name: str | None) -> None:
    assert _key(name) is None


def test_org_key_when_the_name_is_only_a_legal_form_then_kept() -> None:
    """A firm called "SA" keeps its name: only a form after a name is dropped."""
    assert _key("SA") == "sa"
