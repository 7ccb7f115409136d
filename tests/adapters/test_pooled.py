"""The organisation's view: one persona writing to several colleagues is one account."""

from __future__ import annotations

from pathlib import Path

from lureguard.adapters import convert_exports

from ._build import owner_export, url, zip_export

CONSULTANT = "dr-alex-consult-7"
COLLEAGUES = [("ann-owner", "Ann", "Owner"), ("bo-expert", "Bo", "Expert"), ("cy-analyst", "Cy", "Analyst")]


def _lure(i: int, first: str, last: str, slug: str) -> str:
    return (
        f"conv-{slug},,Alex Consult,{url(CONSULTANT.upper() + '/')},{first} {last},{url(slug)},"
        f'2026-02-0{i + 1} 09:00:00 UTC,,"Dear {first}, paid advisory role, travel covered.",INBOX\n'
    )


def _group(first: str, last: str) -> str:
    # A group thread Ann and Bo were both in: it is in both exports.
    return (
        f'conv-group,Workshop,Alex Consult,{url(CONSULTANT)},"Ann Owner, Bo Expert",'
        f'"{url("ann-owner")},{url("bo-expert")}",2026-02-09 10:00:00 UTC,,Workshop in Vienna,INBOX\n'
    )


def test_pooled_when_one_sender_wrote_to_several_owners_then_one_account_many_members(tmp_path: Path) -> None:
    archives = []
    for i, (slug, first, last) in enumerate(COLLEAGUES):
        messages = [_lure(i, first, last, slug)]
        if slug in ("ann-owner", "bo-expert"):
            messages.append(_group(first, last))
        archives.append(
            zip_export(
                tmp_path / f"Basic_LinkedInDataExport_0{i + 1}-01-2026.zip",
                owner_export(slug, first, last, messages),
            )
        )
    ds = convert_exports(archives)

    assert sorted(m["account_id"] for m in ds.members) == sorted(c[0] for c in COLLEAGUES)
    from_consultant = [i for i in ds.interactions if i["from"] == CONSULTANT]
    # Three 1:1 lures plus the group message to two colleagues, counted once each.
    assert len(from_consultant) == 3 + 2
    assert {i["to"] for i in from_consultant} == {c[0] for c in COLLEAGUES}
    assert [a["id"] for a in ds.accounts].count(CONSULTANT) == 1
    consultant = next(a for a in ds.accounts if a["id"] == CONSULTANT)
    assert consultant["profile_url"] == url(CONSULTANT)
    assert sum(a["duplicate_interactions"] for a in ds.stats["archives"]) == 2
