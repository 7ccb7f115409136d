"""The analysts' dashboard: every page says what the scan's files say; verdicts are guarded and round-trip."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from lureguard.campaigns import read_analyst_labels
from lureguard.dashboard import ScanError, create_app
from lureguard.dashboard._data import Verdicts
from lureguard.scan import scan
from lureguard.simulate import simulate
from tests.conftest import small_world, write_jsonl

HOSTILE = '<img src=x onerror="document.title=1"><script>alert(1)</script>'


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dash")
    simulate("france-2018", root / "world", seed=21, scale=0.02)
    scan([root / "world"], root / "scan", report=False)
    return root / "scan"


@pytest.fixture
def client(scanned: Path, tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(scanned, verdicts=tmp_path / "verdicts.csv", allowed_hosts=("testserver",))
    with TestClient(app) as c:
        yield c


def _token(page: str) -> str:
    m = re.search(r'name="token" value="([^"]+)"', page)
    assert m
    return m.group(1)


def test_overview_counts_and_campaigns_match_the_result_files(client: TestClient, scanned: Path) -> None:
    page = client.get("/").text
    accounts = _rows(scanned / "accounts.jsonl")
    campaigns = _rows(scanned / "campaigns.jsonl")
    assert campaigns
    flagged = sum(r["flagged"] for r in accounts)
    assert f"<b>{flagged}</b><span>accounts flagged, of {len(accounts)} " in page
    linked = re.findall(r'<a href="/campaign\?id=([^"]+)">', page)
    assert sorted(set(linked)) == sorted(c["campaign"] for c in campaigns)


def test_accounts_are_the_flagged_riskiest_first_and_search_is_literal(
    client: TestClient, scanned: Path
) -> None:
    accounts = _rows(scanned / "accounts.jsonl")
    flagged = sorted((r for r in accounts if r["flagged"]), key=lambda r: (-r["risk"], r["account_id"]))
    got = client.get("/api/accounts").json()
    assert got["total"] == len(flagged)
    assert [r["account_id"] for r in got["accounts"]] == [r["account_id"] for r in flagged][:200]
    everyone = client.get("/api/accounts", params={"all": "1"}).json()
    assert everyone["total"] == len(accounts)
    one = flagged[0]["account_id"]
    assert [r["account_id"] for r in client.get("/api/accounts", params={"q": one}).json()["accounts"]] == [
        one
    ]
    # '%' and '_' are text, not SQL wildcards.
    assert client.get("/api/accounts", params={"q": "%", "all": "1"}).json()["total"] == sum(
        "%" in r["account_id"] for r in accounts
    )
    page = client.get("/accounts", params={"all": "1", "page": "2"}).text
    assert "Page 2 of" in page and "previous</a>" in page


def test_messages_are_the_lures_likeliest_first_and_filter_by_theme(
    client: TestClient, scanned: Path
) -> None:
    from lureguard.lure.detect import DEFAULT_THRESHOLD

    rows = _rows(scanned / "messages.jsonl")
    lures = [r for r in rows if r["lure_score"] >= DEFAULT_THRESHOLD]
    assert lures
    page = client.get("/messages").text
    assert f'id="count">{len(lures)} message' in page
    scores = [float(x) for x in re.findall(r'<td class="n risk">([0-9.]+)</td>', page)]
    assert scores == sorted(scores, reverse=True) and len(scores) == min(50, len(lures))
    theme = Counter(c for r in lures for c in r["categories"]).most_common(1)[0]
    themed = client.get("/messages", params={"category": theme[0]}).text
    assert f'id="count">{theme[1]} message' in themed
    everything = client.get("/messages", params={"all": "1"}).text
    assert f'id="count">{len(rows)} message' in everything
    assert client.get("/messages", params={"category": "not-a-theme"}).status_code == 200


def test_messages_whose_words_read_as_lures_name_the_words_the_text_model_weighed(client: TestClient) -> None:
    page = client.get("/messages", params={"all": "1"}).text
    named = 0
    for row in re.findall(r"<tr><td class=\"n risk\">.*?</tr>", page, re.S):
        words_pct = float(re.findall(r'<td class="n">([0-9.]+)</td>', row)[0])
        text = unescape(re.search(r'<td class="text">(.*?)</td>', row, re.S).group(1))
        wording = re.search(r"wording: (.*?)</div>", row, re.S)
        if wording is None:
            continue
        named += 1
        assert words_pct >= 0.5  # only where the words alone read as a lure
        words = [unescape(w) for w in re.findall(r"<q>(.*?)</q>", wording.group(1))]
        assert 1 <= len(words) <= 3 and all(w in text for w in words)
    assert named


def test_campaign_page_lists_its_accounts_and_the_organisations_reached(
    client: TestClient, scanned: Path
) -> None:
    row = _rows(scanned / "campaigns.jsonl")[0]
    page = client.get("/campaign", params={"id": row["campaign"]}).text
    section = page.split('id="members"')[1].split("</section>")[0]
    assert set(re.findall(r'href="/account\?id=([^"]+)"', section)) == set(row["accounts"])
    reached = Counter(
        r["organization"] for r in _rows(scanned / "exposure.jsonl") if row["campaign"] in r["campaigns"]
    )
    orgs = page.split('id="reached"')[1]
    for org, n in reached.items():
        assert re.search(rf">{re.escape(org)}</a></td><td class=\"n\">{n}</td>", unescape(orgs)), org
    assert client.get("/campaign", params={"id": "C999"}).status_code == 404


def test_account_page_gives_the_reasons_and_what_it_sent(client: TestClient, scanned: Path) -> None:
    top = max(_rows(scanned / "accounts.jsonl"), key=lambda r: r["risk"])
    page = unescape(client.get("/account", params={"id": top["account_id"]}).text)
    for reason in top["reasons"]:
        assert reason["detail"] in page
    assert "What it sent" in page and "No invitation or message." not in page
    assert client.get("/account", params={"id": "nobody"}).status_code == 404


def test_a_protected_member_page_shows_how_far_each_approach_went(client: TestClient, scanned: Path) -> None:
    member = max(_rows(scanned / "exposure.jsonl"), key=lambda r: (len(r["campaigns"]), r["account_id"]))
    page = client.get("/account", params={"id": member["account_id"]}).text
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title and "<" not in title.group(1)
    assert f'id="stage">{member["stage"]}</b>' in page
    received = page.split('id="received"')[1]
    for c in member["campaigns"]:
        assert f'href="/campaign?id={c}"' in received


def test_an_account_that_sent_nothing_is_shown_but_not_judged(tmp_path: Path) -> None:
    for name, rows in small_world().items():
        write_jsonl(tmp_path / "ds" / f"{name}.jsonl", rows)
    scan([tmp_path / "ds"], tmp_path / "scan", report=False, replay=False)
    senders = {r["account_id"] for r in _rows(tmp_path / "scan" / "accounts.jsonl")}
    assert "m5" not in senders and "fake1" in senders
    app = create_app(tmp_path / "scan", verdicts=tmp_path / "v.csv", allowed_hosts=("testserver",))
    with TestClient(app) as c:
        page = c.get("/account", params={"id": "m5"}).text
        assert 'id="unscored"' in page and 'id="verdict"' not in page and 'id="reasons"' not in page
        assert "Dear expert, I admire your work" in page.split('id="received"')[1]  # fake1's invitation
        token = _token(c.get("/account", params={"id": "fake1"}).text)
        assert (
            c.post("/verdict", data={"token": token, "account_id": "m5", "label": "fake"}).status_code == 400
        )
        assert not (tmp_path / "v.csv").exists()


def test_a_verdict_needs_the_form_token_and_lands_in_the_labels_file(
    client: TestClient, tmp_path: Path
) -> None:
    api = client.get("/api/accounts").json()["accounts"]
    aid = api[0]["account_id"]
    token = _token(client.get("/account", params={"id": aid}).text)
    assert client.post("/verdict", data={"account_id": aid, "label": "fake"}).status_code == 403
    assert (
        client.post("/verdict", data={"token": "guess", "account_id": aid, "label": "fake"}).status_code
        == 403
    )
    evil = {"origin": "http://evil.example"}
    assert (
        client.post(
            "/verdict", data={"token": token, "account_id": aid, "label": "fake"}, headers=evil
        ).status_code
        == 403
    )
    assert not (tmp_path / "verdicts.csv").exists()
    res = client.post(
        "/verdict", data={"token": token, "account_id": aid, "label": "fake"}, follow_redirects=False
    )
    assert res.status_code == 303
    assert read_analyst_labels(tmp_path / "verdicts.csv") == {aid: "fake"}
    assert client.get("/api/accounts").json()["accounts"][0]["verdict"] == "fake"
    client.post("/verdict", data={"token": token, "account_id": aid, "label": "genuine"})
    assert read_analyst_labels(tmp_path / "verdicts.csv") == {aid: "genuine"}
    client.post("/verdict", data={"token": token, "account_id": aid, "label": ""})
    assert read_analyst_labels(tmp_path / "verdicts.csv") == {}
    assert (
        client.post("/verdict", data={"token": token, "account_id": aid, "label": "maybe"}).status_code == 400
    )
    assert (
        client.post("/verdict", data={"token": token, "account_id": "nobody", "label": "fake"}).status_code
        == 404
    )


def test_verdict_ids_that_look_like_csv_or_comments_round_trip(tmp_path: Path) -> None:
    v = Verdicts(tmp_path / "v.csv")
    for aid in ("#starts-with-hash", 'a,"quoted",b', "ünïcode"):
        v.set(aid, "fake")
    assert read_analyst_labels(tmp_path / "v.csv") == dict.fromkeys(
        ("#starts-with-hash", 'a,"quoted",b', "ünïcode"), "fake"
    )
    assert len(Verdicts(tmp_path / "v.csv")) == 3
    with pytest.raises(ValueError, match="control"):
        v.set("line\nbreak", "fake")


def test_each_verdict_is_journaled_with_who_when_the_risk_then_and_why(scanned: Path, tmp_path: Path) -> None:
    app = create_app(
        scanned, verdicts=tmp_path / "verdicts.csv", allowed_hosts=("testserver",), analyst="Ana M."
    )
    with TestClient(app) as c:
        acc = c.get("/api/accounts").json()["accounts"][0]
        aid = acc["account_id"]
        token = _token(c.get("/account", params={"id": aid}).text)
        c.post("/verdict", data={"token": token, "account_id": aid, "label": "fake", "note": HOSTILE})
        c.post(
            "/verdict",
            data={"token": token, "account_id": aid, "label": "", "note": "second look: a real colleague"},
        )
        too_long = {"token": token, "account_id": aid, "label": "genuine", "note": "x" * 2001}
        assert c.post("/verdict", data=too_long).status_code == 400
        page = c.get("/account", params={"id": aid}).text
    journal = _rows(tmp_path / "verdicts.history.jsonl")
    assert [(r["account_id"], r["label"], r["analyst"]) for r in journal] == [
        (aid, "fake", "Ana M."),
        (aid, None, "Ana M."),
    ]
    assert journal[0]["note"] == HOSTILE and journal[0]["risk"] == pytest.approx(acc["risk"])
    assert journal[0]["at"].endswith("Z")
    assert (
        read_analyst_labels(tmp_path / "verdicts.csv") == {}
    )  # the journal keeps what the CSV no longer says
    # Newest first, the note shown as text: the hostile one never becomes markup.
    history = page[page.index('id="history"') :]
    assert history.index("second look") < history.index("&lt;script&gt;")
    assert "<script>" not in page
    # Another session on the same files sees the history.
    assert [h["label"] for h in Verdicts(tmp_path / "verdicts.csv").history(aid)] == [None, "fake"]


def test_a_journal_line_torn_by_a_crash_is_dropped_and_a_broken_one_is_named(tmp_path: Path) -> None:
    from lureguard.ingest import DatasetError

    v = Verdicts(tmp_path / "v.csv", analyst="x")
    v.set("acc1", "fake", note="first")
    journal = tmp_path / "v.history.jsonl"
    with journal.open("a", encoding="utf-8") as fh:
        fh.write('{"account_id": "acc2", "lab')  # the machine stopped mid-line
    again = Verdicts(tmp_path / "v.csv", analyst="y")
    assert again.history("acc2") == [] and [h["note"] for h in again.history("acc1")] == ["first"]
    again.set("acc2", "genuine")
    assert [r["account_id"] for r in _rows(journal)] == ["acc1", "acc2"]
    good = journal.read_text(encoding="utf-8").splitlines()[0]
    journal.write_text(f"{good}\nnot json\n{good}\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"v\.history\.jsonl, line 2"):
        Verdicts(tmp_path / "v.csv")
    journal.write_text(
        f"{good}\n" + good.replace('"risk": null', '"risk": "high"') + "\n{}\n", encoding="utf-8"
    )
    with pytest.raises(DatasetError, match=r"line 2"):  # a risk that is not a number is never shown
        Verdicts(tmp_path / "v.csv")
    with pytest.raises(ValueError, match="analyst"):
        Verdicts(tmp_path / "w.csv", analyst="\x00")


def test_only_this_machine_may_be_named_in_the_host_header(scanned: Path, tmp_path: Path) -> None:
    app = create_app(scanned, verdicts=tmp_path / "v.csv")
    with TestClient(app, base_url="http://127.0.0.1") as c:
        ok = c.get("/")
        assert ok.status_code == 200
        assert "default-src 'none'" in ok.headers["content-security-policy"]
        assert "script-src" not in ok.headers["content-security-policy"]  # so no script runs at all
        assert c.get("/", headers={"host": "rebound.evil.example"}).status_code == 400


def test_exports_download_from_the_dashboard(client: TestClient, scanned: Path) -> None:
    stix = client.get("/export/stix")
    assert stix.status_code == 200 and stix.json()["type"] == "bundle"
    misp = client.get("/export/misp")
    assert misp.status_code == 200 and misp.content[:2] == b"PK"


def test_hostile_profile_text_is_escaped(tmp_path: Path) -> None:
    world = small_world()
    for acc in world["accounts"]:
        if acc["id"] == "fake1":
            acc["name"] = acc["headline"] = HOSTILE
    world["interactions"][0]["text"] = HOSTILE + " Paid consultation? Let's talk on WeChat."
    for name, rows in world.items():
        write_jsonl(tmp_path / "ds" / f"{name}.jsonl", rows)
    scan([tmp_path / "ds"], tmp_path / "scan", report=False, replay=False)
    app = create_app(tmp_path / "scan", allowed_hosts=("testserver",))
    with TestClient(app) as c:
        for url in ("/account?id=fake1", "/accounts?all=1", "/alerts", "/messages?all=1"):
            page = c.get(url).text
            assert "<img" not in page and "<script" not in page, url
        assert "&lt;img src=x onerror=" in c.get("/account?id=fake1").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Paid consultation" in c.get("/messages?all=1").text


def test_a_folder_that_is_not_a_scan_is_refused_by_name(scanned: Path, tmp_path: Path) -> None:
    with pytest.raises(ScanError, match=r"accounts\.jsonl: missing"):
        create_app(tmp_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "accounts.jsonl").write_text('{"account_id": "a", "risk": 0.5\n', encoding="utf-8")
    (bad / "campaigns.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(ScanError, match="store is missing"):
        create_app(bad)
    (bad / "lureguard.duckdb").symlink_to(scanned / "lureguard.duckdb")
    with pytest.raises(ScanError, match=r"accounts\.jsonl: cannot be read"):
        create_app(bad)
