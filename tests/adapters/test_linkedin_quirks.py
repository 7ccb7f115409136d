"""Each format reality of the export gets a test (spec: shared/spec/linkedin-export.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lureguard.adapters import ExportError, OrgInfo, convert_exports, looks_like_linkedin_export

from ._build import (
    CONN_HEADER,
    FIXTURES,
    INV_HEADER,
    MSG_HEADER,
    PREAMBLE,
    profile,
    url,
    write_export,
    zip_export,
)

ENDORSE_HEADER = "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name"


def _by_type(ds, kind: str) -> list[dict]:
    return [i for i in ds.interactions if i["type"] == kind]


@pytest.mark.parametrize(
    "preamble",
    [
        "",
        PREAMBLE,
        PREAMBLE.replace("Notes:", '"Notes:"'),
        'Notes:\n"An invented, different sentence."\n\n\n',
    ],
    ids=["none", "standard", "quoted-notes", "other-sentence"],
)
def test_connections_header_when_preamble_varies_then_found_by_content(tmp_path: Path, preamble: str) -> None:
    root = write_export(
        tmp_path / "e",
        {
            "Profile.csv": profile("Ann", "Owner"),
            "Connections.csv": preamble + CONN_HEADER + f'Bo,Li,{url("bo-li")},,"Acme, Inc.",CTO,08 Feb 2026',
        },
    )
    ds = convert_exports([root])
    (conn,) = _by_type(ds, "connection")
    assert conn["from"] == "bo-li"
    bo = next(a for a in ds.accounts if a["id"] == "bo-li")
    assert bo["positions"] == [{"title": "CTO", "organization": "Acme, Inc."}]


def test_messages_when_columns_reordered_or_extra_then_mapped_by_name(tmp_path: Path) -> None:
    header = "FOLDER,CONTENT,DATE,NEW COLUMN,FROM,SENDER PROFILE URL,TO,CONVERSATION ID,IS MESSAGE DRAFT\n"
    row = f"INBOX,Hello there,2026-02-01 08:00:00 UTC,x,Eve Spy,{url('eve')},Ann Owner,conv-1,No\n"
    root = write_export(
        tmp_path / "e", {"Profile.csv": profile("Ann", "Owner"), "messages.csv": header + row}
    )
    (msg,) = _by_type(convert_exports([root]), "message")
    assert (msg["from"], msg["text"], msg["at"]) == ("eve", "Hello there", "2026-02-01T08:00:00Z")


def test_messages_when_bom_crlf_and_all_quoted_then_clean_text(tmp_path: Path) -> None:
    header = ",".join(f'"{c}"' for c in MSG_HEADER.strip().split(",")) + "\r\n"
    row = (
        f'"c1","","Eve Spy","{url("eve")}","Ann Owner","{url("ann")}","2026-03-01 10:00:00 UTC","",'
        '"Line one\r\nLine ""two""\nLine three","INBOX"\r\n'
    )
    root = write_export(
        tmp_path / "e", {"Profile.csv": profile("Ann", "Owner"), "messages.csv": "\ufeff" + header + row}
    )
    ds = convert_exports([root])
    (msg,) = _by_type(ds, "message")
    assert msg["text"] == 'Line one\nLine "two"\nLine three'
    assert msg["to"] == "ann"
    assert ds.members == [{"account_id": "ann"}]


def test_dates_when_formats_differ_per_file_then_each_parsed_with_timezone(tmp_path: Path) -> None:
    root = write_export(
        tmp_path / "e",
        {
            "Profile.csv": profile("Ann", "Owner"),
            "Connections.csv": CONN_HEADER + f"Bo,Li,{url('bo-li')},,,,08 Jul 2026\n",
            "Invitations.csv": INV_HEADER
            + f'Bo Li,Ann Owner,"1/29/26, 2:37 PM",Hi,INCOMING,{url("bo-li")},{url("ann")}\n'
            + f'Bo Li,Ann Owner,"12/1/25, 12:05 AM",,INCOMING,{url("bo-li")},{url("ann")}\n',
            "messages.csv": MSG_HEADER
            + f"c1,,Bo Li,{url('bo-li')},Ann Owner,,2026-02-01 08:00:00 UTC,,Hi,\n",
            "Endorsement_Received_Info.csv": ENDORSE_HEADER
            + ",Endorser Public Url,Endorsement Status\n"
            + "2023/06/20 13:05:02 UTC,Physics,Bo,Li,www.linkedin.com/in/bo-li,ACCEPTED\n",
        },
    )
    ds = convert_exports([root], timezone="Europe/Paris")
    at = {i["type"]: i["at"] for i in ds.interactions if i.get("text") != "Hi" or i["type"] != "invitation"}
    invitations = sorted(i["at"] for i in _by_type(ds, "invitation"))
    assert invitations == ["2025-12-01T00:05:00+01:00", "2026-01-29T14:37:00+01:00"]
    assert at["connection"] == "2026-07-08T00:00:00+02:00"  # date-only, in the given zone (summer time)
    assert at["message"] == "2026-02-01T08:00:00Z"  # explicit UTC is kept UTC
    assert at["endorsement"] == "2023-06-20T13:05:02Z"
    assert {i["from"] for i in ds.interactions} == {"bo-li"}


@pytest.mark.parametrize(
    ("file", "content", "line"),
    [
        ("Invitations.csv", INV_HEADER + 'Bo Li,Ann Owner,"29/1/26, 2:37 PM",,INCOMING,,\n', 2),
        ("Invitations.csv", INV_HEADER + 'Bo Li,Ann Owner,"4-Apr-21",,INCOMING,,\n', 2),
        ("Connections.csv", CONN_HEADER + "Bo,Li,,,,,2026-02-08\n", 2),
        (
            "messages.csv",
            MSG_HEADER
            + "c1,,Bo,,Ann,,2026-02-01 08:00:00 UTC,,ok,\nc1,,Bo,,Ann,,2026-02-01T08:00:00Z,,bad,\n",
            3,
        ),
    ],
    ids=["day-first", "excel", "iso-connected-on", "mixed-in-file"],
)
def test_dates_when_not_the_documented_format_then_error_not_guess(
    tmp_path: Path, file: str, content: str, line: int
) -> None:
    root = write_export(tmp_path / "e", {"Profile.csv": profile("Ann", "Owner"), file: content})
    with pytest.raises(ExportError) as err:
        convert_exports([root])
    assert (err.value.archive, err.value.file, err.value.line) == ("e", file, line)


def test_messages_when_html_body_then_stripped_and_unescaped_never_rendered(tmp_path: Path) -> None:
    body = (
        '"<p>Dear Ann,</p><script>alert(1)</script><p>A paid trip &amp; a <strong>fee</strong> &lt;3</p>'
        '<img src=x onerror=alert(2)>"'
    )
    root = write_export(
        tmp_path / "e",
        {
            "Profile.csv": profile("Ann", "Owner"),
            "messages.csv": MSG_HEADER
            + f"c1,,Eve,{url('eve')},Ann Owner,,2026-02-01 08:00:00 UTC,,{body},\n",
        },
    )
    (msg,) = _by_type(convert_exports([root]), "message")
    assert msg["text"] == "Dear Ann,\n\nA paid trip & a fee <3"


def test_messages_when_sponsored_inmail_then_flagged_and_counted_apart(tmp_path: Path) -> None:
    spin = '"<p class=""spinmail-quill-editor__spin-break"">Hi %FIRSTNAME%,</p><p>Join us</p>"'
    root = write_export(
        tmp_path / "e",
        {
            "Profile.csv": profile("Ann", "Owner"),
            "messages.csv": MSG_HEADER
            + f"c1,Grow your pipeline,Casey Ads,,Ann Owner,,2026-02-01 08:00:00 UTC,,{spin},INBOX\n"
            + f"c2,,Eve,{url('eve')},Ann Owner,,2026-02-02 08:00:00 UTC,,Hello Ann,INBOX\n",
        },
    )
    ds = convert_exports([root])
    sponsored = [m for m in _by_type(ds, "message") if m.get("sponsored")]
    assert [m["text"] for m in sponsored] == ["Hi %FIRSTNAME%,\n\nJoin us"]
    assert sponsored[0]["thread_title"] == "Grow your pipeline"
    assert ds.stats["archives"][0]["sponsored_inmail"] == 1
    assert sum(1 for m in _by_type(ds, "message") if "sponsored" not in m) == 1


def test_messages_when_linkedin_member_senders_then_distinct_flagged_ids(tmp_path: Path) -> None:
    rows = (
        "".join(
            f"c{i},,LinkedIn Member,,Ann Owner,,2026-02-0{i} 08:00:00 UTC,,Hi {i},INBOX\n" for i in (1, 2)
        )
        + "c3,,,,Ann Owner,,2026-02-03 08:00:00 UTC,,From a deleted account,INBOX\n"
    )
    files = {"Profile.csv": profile("Ann", "Owner"), "messages.csv": MSG_HEADER + rows}
    ds = convert_exports([write_export(tmp_path / "e", files)])
    senders = {m["from"] for m in _by_type(ds, "message")}
    assert len(senders) == 3
    unresolved = [a for a in ds.accounts if a.get("unresolved")]
    assert {a["id"] for a in unresolved} >= senders
    # Deterministic: a second run gives the same ids.
    again = convert_exports([write_export(tmp_path / "b" / "e", files)])
    assert {m["from"] for m in _by_type(again, "message")} == senders


def test_connections_when_hidden_profile_rows_then_counted_not_people(tmp_path: Path) -> None:
    root = write_export(
        tmp_path / "e",
        {
            "Profile.csv": profile("Ann", "Owner"),
            "Connections.csv": PREAMBLE
            + CONN_HEADER
            + f"Bo,Li,{url('bo-li')},,,,08 Feb 2026\n,,,,,,07 Jun 2026\n,,,,,,08 Jun 2026",
        },
    )
    ds = convert_exports([root])
    assert ds.stats["archives"][0]["hidden_profiles"] == 2
    assert {a["id"] for a in ds.accounts} == {"bo-li", ds.members[0]["account_id"]}


def test_files_when_names_vary_in_case_and_spacing_then_matched(tmp_path: Path) -> None:
    root = write_export(
        tmp_path / "e",
        {
            "PROFILE.CSV": profile("Ann", "Owner"),
            "Messages.csv": MSG_HEADER + f"c1,,Eve,{url('eve')},Ann Owner,,2026-02-01 08:00:00 UTC,,Hi,\n",
            "Endorsement Received Info.csv": ENDORSE_HEADER + "\n2023/06/20 13:05:02 UTC,Physics,Eve,Spy\n",
            "guide_messages.csv": MSG_HEADER,
            "LearningCoachMessages.csv": "No conversations found\n",
        },
    )
    ds = convert_exports([root])
    stats = ds.stats["archives"][0]
    assert set(stats["rows"]) == {"Messages.csv", "Endorsement Received Info.csv"}
    assert {"guide_messages.csv", "LearningCoachMessages.csv"} <= set(stats["skipped_files"])
    assert len(_by_type(ds, "endorsement")) == 1
    assert ds.accounts[0]["name"] in {"Ann Owner", "Eve"}


def test_messages_when_header_only_or_placeholder_then_empty_not_error(tmp_path: Path) -> None:
    root = write_export(
        tmp_path / "e",
        {"Profile.csv": profile("Ann", "Owner"), "messages.csv": "No conversations found\n"},
    )
    ds = convert_exports([root])
    assert ds.interaction_count == 0


def test_owner_when_only_outgoing_invitation_shows_url_then_used(tmp_path: Path) -> None:
    root = write_export(
        tmp_path / "e",
        {
            "Profile.csv": profile("Ann", "Owner"),
            "Invitations.csv": INV_HEADER
            + f'Ann Owner,Bo Li,"1/2/26, 9:00 AM",,OUTGOING,{url("Ann-Owner-9/")},{url("bo-li")}\n',
        },
    )
    ds = convert_exports([root])
    assert ds.members[0]["account_id"] == "ann-owner-9"
    owner = next(a for a in ds.accounts if a["id"] == "ann-owner-9")
    assert (owner["name"], owner["headline"]) == ("Ann Owner", "Researcher")


def test_owner_when_url_only_in_sent_messages_then_found_by_profile_name(tmp_path: Path) -> None:
    ds = convert_exports([FIXTURES / "Basic_LinkedInDataExport_05-14-2021"])
    assert ds.stats["archives"][0]["owner"] == "maya-lindgren-4a1b2c"
    assert ds.stats["archives"][0]["owner_resolved"] is True


def test_owner_when_nothing_shows_url_then_unresolved_and_flagged(tmp_path: Path) -> None:
    root = write_export(tmp_path / "e", {"Profile.csv": profile("Ann", "Owner")})
    ds = convert_exports([root])
    assert ds.stats["archives"][0]["owner_resolved"] is False
    assert ds.accounts[0]["unresolved"] is True


def test_slug_when_url_has_query_slash_case_percent_then_normalised(tmp_path: Path) -> None:
    row = (
        "c1,,Zoë,https://www.linkedin.com/in/Zo%C3%AB-Brandt/?trk=x,Ann Owner,,2026-02-01 08:00:00 UTC,,Hi,\n"
    )
    root = write_export(
        tmp_path / "e", {"Profile.csv": profile("Ann", "Owner"), "messages.csv": MSG_HEADER + row}
    )
    (msg,) = _by_type(convert_exports([root]), "message")
    assert msg["from"] == "zo%c3%ab-brandt"


def test_to_when_names_contain_comma_credentials_then_kept_whole(tmp_path: Path) -> None:
    ds = convert_exports([FIXTURES / "Complete_LinkedInDataExport_09-18-2022"])
    first = [m for m in _by_type(ds, "message") if m["text"] == "Can we meet Friday?"]
    assert sorted(m["to"] for m in first) == ["janedoe-phd", "maya-lindgren-4a1b2c"]


def test_org_map_when_keyed_by_archive_or_slug_then_member_fields(tmp_path: Path) -> None:
    org_map = tmp_path / "staff.csv"
    org_map.write_text(
        "archive,profile_url,organization,sector,institution_type,role\n"
        "Basic_LinkedInDataExport_05-14-2021.zip,,Nordic Fusion Lab,nuclear,national,Physicist\n"
        ",https://www.linkedin.com/in/jordanpike/,Chipworks,semiconductors,private,\n",
        encoding="utf-8",
    )
    ds = convert_exports(
        [FIXTURES / "Basic_LinkedInDataExport_05-14-2021", FIXTURES / "Basic_LinkedInDataExport_10-21-2023"],
        org_map=org_map,
        default_org=OrgInfo(seniority="senior"),
    )
    members = {m["account_id"]: m for m in ds.members}
    assert members["maya-lindgren-4a1b2c"] == {
        "account_id": "maya-lindgren-4a1b2c",
        "organization": "Nordic Fusion Lab",
        "sector": "nuclear",
        "institution_type": "national",
        "role": "Physicist",
        "seniority": "senior",
    }
    assert members["jordanpike"]["organization"] == "Chipworks"
    assert members["jordanpike"]["sector"] == "semiconductors"


def test_org_map_when_sector_unknown_then_error_with_line(tmp_path: Path) -> None:
    org_map = tmp_path / "staff.csv"
    org_map.write_text("archive,sector\nx.zip,nuclear\ny.zip,nucleer\n", encoding="utf-8")
    with pytest.raises(ExportError, match="nucleer") as err:
        convert_exports([], org_map=org_map)
    assert err.value.line == 3
    with pytest.raises(ValueError, match="sector"):
        OrgInfo(sector="space")


def test_looks_like_export_when_export_or_dataset_then_told_apart(tmp_path: Path) -> None:
    export = FIXTURES / "Complete_LinkedInDataExport_03-09-2026"
    assert looks_like_linkedin_export(export)
    zipped = zip_export(tmp_path / "Basic_LinkedInDataExport_01-01-2026.zip", {"messages.csv": MSG_HEADER})
    assert looks_like_linkedin_export(zipped)
    dataset = write_export(
        tmp_path / "ds", {"accounts.jsonl": "", "interactions.jsonl": "", "Profile.csv": ""}
    )
    assert not looks_like_linkedin_export(dataset)
    assert not looks_like_linkedin_export(
        zip_export(tmp_path / "ds.zip", {"ds/accounts.parquet": b"", "ds/interactions.jsonl": ""})
    )
    assert not looks_like_linkedin_export(tmp_path / "missing")


def test_write_when_target_not_empty_then_refused_unless_overwrite(tmp_path: Path) -> None:
    ds = convert_exports([FIXTURES / "Basic_LinkedInDataExport_08-15-2025"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("x")
    with pytest.raises(FileExistsError):
        ds.write(out)
    ds.write(out, overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == ["accounts.jsonl", "interactions.jsonl", "members.jsonl"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
