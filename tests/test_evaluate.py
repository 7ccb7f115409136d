"""lureguard evaluate: every figure equals a value computed by hand on a tiny world."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from rich.table import Table

from lureguard.evaluate import evaluate, fairness, recall_at_fpr, render_table, wilson_interval


def _w(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Path]:
    """Members m1..m4; fakes f1, f2 (campaign A), f3 (campaign B); genuine g1 (recruiter), g2 (CN)."""
    ds, sc = tmp_path / "ds", tmp_path / "scan"
    ds.mkdir()
    sc.mkdir()
    ids = ["m1", "m2", "m3", "m4", "f1", "f2", "f3", "g1", "g2"]
    _w(ds / "accounts.jsonl", [{"id": i, **({"country": "CN"} if i == "g2" else {})} for i in ids])
    _w(ds / "members.jsonl", [{"account_id": f"m{i}"} for i in range(1, 5)])
    inter = [
        ("f1", "m1", "2020-01-01"),
        ("f1", "m2", "2020-01-05"),
        ("f2", "m3", "2020-01-10"),
        ("f3", "m4", "2020-02-01"),
        ("g1", "m1", "2020-01-02"),
        ("g2", "m2", "2020-01-03"),
    ]
    _w(
        ds / "interactions.jsonl",
        [
            {"id": f"i{k}", "type": "message", "from": a, "to": b, "at": f"{t}T00:00:00Z", "text": "x"}
            for k, (a, b, t) in enumerate(inter)
        ],
    )
    labels = [{"account_id": f"m{i}", "label": "genuine", "campaign": None} for i in range(1, 5)]
    labels += [
        {"account_id": "f1", "label": "fake", "campaign": "A"},
        {"account_id": "f2", "label": "fake", "campaign": "A"},
        {"account_id": "f3", "label": "fake", "campaign": "B"},
        {"account_id": "g1", "label": "genuine", "campaign": None, "persona": "recruiter"},
        {"account_id": "g2", "label": "genuine", "campaign": None, "persona": "academic-abroad"},
    ]
    _w(ds / "labels.jsonl", labels)
    _w(
        ds / "message_labels.jsonl",
        [
            {"interaction_id": "i0", "lure": True, "categories": ["paid-work"]},
            {"interaction_id": "i4", "lure": False, "categories": ["job-offer"]},
        ],
    )
    # Scan: f1 0.9, f2 0.8, f3 0.3 (missed), g1 0.85 (false positive), g2 0.1.
    risks = {"f1": 0.9, "f2": 0.8, "f3": 0.3, "g1": 0.85, "g2": 0.1}
    _w(
        sc / "accounts.jsonl",
        [
            {
                "account_id": a,
                "risk": r,
                "flagged": r >= 0.5,
                "reasons": [],
                "campaign": "C1" if a in ("f1", "f2") else None,
            }
            for a, r in risks.items()
        ],
    )
    _w(sc / "campaigns.jsonl", [])
    _w(
        sc / "messages.jsonl",
        [
            {"interaction_id": "i0", "lure_score": 0.9, "categories": ["paid-work"], "language": "en"},
            {
                "interaction_id": "i4",
                "lure_score": 0.2,
                "categories": ["job-offer", "paid-work"],
                "language": "en",
            },
        ],
    )
    # f2 alerted on 2020-01-07: campaign A had reached m1 (01-01) and m2 (01-05) of m1, m2, m3 before.
    _w(
        sc / "alerts.jsonl",
        [{"account_id": "f2", "at": "2020-01-07T00:00:00Z", "risk": 0.8, "campaign": "C1"}],
    )
    return ds, sc


def test_evaluate_account_figures_match_hand_computation(world: tuple[Path, Path]) -> None:
    m = evaluate(*world)
    a = m["accounts"]
    # Population: senders who contacted a member: f1 f2 f3 g1 g2 (3 fakes, 2 genuine).
    assert (a["population"], a["fakes"]) == (5, 3)
    # Pairs fake>genuine: f1>{g1,g2}=2, f2>{g2}=1 (0.8<0.85), f3>{g2}=1 -> 4 of 6.
    assert a["roc_auc"] == pytest.approx(4 / 6)
    assert a["flagged_precision"] == pytest.approx(2 / 3)
    assert a["flagged_recall"] == pytest.approx(2 / 3)
    assert a["flagged_fpr"] == pytest.approx(1 / 2)
    rec = m["genuine_fpr_by_persona"]["recruiter"]
    assert {k: rec[k] for k in ("n", "flagged", "fpr")} == {"n": 1, "flagged": 1, "fpr": 1.0}
    cn = m["genuine_fpr_by_country"]["CN/HK/SG"]
    assert {k: cn[k] for k in ("n", "flagged", "fpr")} == {"n": 1, "flagged": 0, "fpr": 0.0}
    # Wilson 95 % for 0 of 1 is [0, 0.793]; for 1 of 1 it is [0.207, 1].
    assert cn["ci95"] == pytest.approx([0.0, 0.7935], abs=1e-3)
    assert rec["ci95"] == pytest.approx([0.2065, 1.0], abs=1e-3)


def test_wilson_interval_matches_hand_computation() -> None:
    lo, hi = wilson_interval(3, 1313)
    # p = 0.002285; centre = (p + z²/2n) / (1 + z²/n), half = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)
    assert (lo, hi) == pytest.approx((0.000778, 0.006696), abs=2e-6)
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def test_fairness_compares_within_persona() -> None:
    # Watched group: 2 recruiters (1 flagged). Others: 10 recruiters (5 flagged), 100 colleagues (0 flagged).
    flagged = {f"w{i}": i == 0 for i in range(2)}
    flagged |= {f"r{i}": i < 5 for i in range(10)} | {f"c{i}": False for i in range(100)}
    group = {a: a.startswith("w") for a in flagged}
    persona = {a: "recruiter" if a[0] in "wr" else "colleague" for a in flagged}
    f = fairness(flagged, group, persona)
    # Expected within persona: 2 recruiters x 0.5 = 1.0 -> observed 1 is exactly expected,
    # although the raw rates differ (1/2 vs 5/110).
    assert f["watched_flagged"] == 1
    assert f["expected_within_persona"] == pytest.approx(1.0)
    assert 0.0 < f["fisher_p_greater"] < 0.2


def test_evaluate_campaign_and_early_warning_figures(world: tuple[Path, Path]) -> None:
    m = evaluate(*world)
    c = m["campaigns"]
    # Truth A A B vs predicted C1 C1 singleton: a perfect partition.
    assert c["ari_over_fakes"] == pytest.approx(1.0)
    # A is flagged; B's only account is neither flagged nor grouped: 1 of 2 detected.
    assert c["detected_share"] == pytest.approx(0.5)
    e = m["early_warning"]
    assert e["per_campaign"]["A"] == pytest.approx(2 / 3)
    assert e["per_campaign"]["B"] == 1.0  # never alerted
    assert e["campaigns_never_alerted"] == 1
    assert e["median_share_reached_before_first_alert"] == pytest.approx((2 / 3 + 1.0) / 2)
    # A has two accounts, B one: the medians of each kind, and the people reached first.
    assert e["multi_account_campaigns"] == 1
    assert e["median_share_multi_account"] == pytest.approx(2 / 3)
    assert e["median_share_lone_persona"] == 1.0
    assert e["reached_before_first_alert"] == {"A": 2, "B": 1}
    assert e["median_reached_before_first_alert_multi_account"] == 2.0
    assert e["campaigns_within_2pct"] == 0


def test_evaluate_message_figures(world: tuple[Path, Path]) -> None:
    msg = evaluate(*world)["messages"]
    assert msg["roc_auc"] == pytest.approx(1.0)
    assert msg["category_f1"]["paid-work"] == pytest.approx(2 * 1 / (2 * 1 + 1 + 0))  # tp=1, fp=1, fn=0
    assert msg["category_f1"]["job-offer"] == pytest.approx(1.0)
    assert msg["category_f1"]["paid-travel"] is None  # no truth for it
    # g1 is a genuine recruiter; its message scored 0.2, below the lure threshold.
    assert msg["fpr_hard_negative_senders"] == {"recruiter": {"n": 1, "flagged": 0, "fpr": 0.0}}


def test_evaluate_counts_a_recruiters_message_called_a_lure(world: tuple[Path, Path]) -> None:
    ds, sc = world
    rows = [json.loads(x) for x in (sc / "messages.jsonl").read_text().splitlines()]
    rows[1]["lure_score"] = 0.7
    _w(sc / "messages.jsonl", rows)
    assert evaluate(ds, sc)["messages"]["fpr_hard_negative_senders"]["recruiter"]["fpr"] == 1.0


def test_recall_at_fpr_counts_ties_together() -> None:
    y = np.array([1, 1, 0, 0, 0])
    s = np.array([0.9, 0.5, 0.5, 0.1, 0.1])
    assert recall_at_fpr(y, s, 0.0) == pytest.approx(0.5)
    assert recall_at_fpr(y, s, 1 / 3) == pytest.approx(1.0)


def test_evaluate_without_labels_is_a_clear_error(world: tuple[Path, Path]) -> None:
    ds, sc = world
    (ds / "labels.jsonl").unlink()
    with pytest.raises(FileNotFoundError, match="no ground truth"):
        evaluate(ds, sc)


def test_render_table_shows_headline_rows(world: tuple[Path, Path]) -> None:
    table = render_table(evaluate(*world))
    assert table.row_count > 10


def test_evaluate_says_why_when_the_scan_skipped_the_replay(world: tuple[Path, Path]) -> None:
    dataset, scan_dir = world
    (scan_dir / "alerts.jsonl").unlink()
    with pytest.raises(FileNotFoundError, match="--no-replay"):
        evaluate(dataset, scan_dir)


def test_evaluate_counts_genuine_accounts_named_in_reported_campaigns(world: tuple[Path, Path]) -> None:
    ds, sc = world
    _w(
        sc / "campaigns.jsonl",
        [
            {"campaign": "C1", "accounts": ["f1", "f2", "g1"]},
            {"campaign": "C2", "accounts": ["g1", "g2"]},
        ],
    )
    c = evaluate(ds, sc)["campaigns"]
    assert c["reported_naming_no_fake"] == 1  # C2
    assert c["genuine_accounts_in_reported"] == 2  # g1 once, though named twice, and g2


def test_evaluate_when_no_account_has_a_country_then_every_genuine_is_other(world: tuple[Path, Path]) -> None:
    """``country`` is optional: left out of every line, the column is absent, not null."""
    ds, sc = world
    _w(ds / "accounts.jsonl", [{"id": json.loads(line)["id"]} for line in (ds / "accounts.jsonl").open()])
    by_country = evaluate(ds, sc)["genuine_fpr_by_country"]
    assert by_country["CN/HK/SG"]["n"] == 0 and by_country["other"]["n"] == 2


def test_evaluate_exposure_against_the_worlds_truth(world: tuple[Path, Path]) -> None:
    """True stages: m1 lure-received (i0 paid-work), m2 off-platform (i1), m3 and m4 contacted."""
    ds, sc = world
    _w(
        ds / "message_labels.jsonl",
        [
            {"interaction_id": "i0", "lure": True, "categories": ["paid-work"]},
            {"interaction_id": "i1", "lure": True, "categories": ["off-platform"]},
            {"interaction_id": "i4", "lure": False, "categories": ["job-offer"]},
        ],
    )
    _w(
        sc / "exposure.jsonl",
        [
            {"account_id": "m1", "campaigns": ["C1"], "stage": "lure-received"},
            {"account_id": "m2", "campaigns": ["C1"], "stage": "trip-offered"},
            {"account_id": "m5", "campaigns": ["C1"], "stage": "contacted"},
        ],
    )
    x = evaluate(ds, sc)["exposure"]
    assert (x["members_exposed"], x["members_reported"]) == (4, 3)
    assert x["recall"] == pytest.approx(2 / 4)
    assert x["precision"] == pytest.approx(2 / 3)
    assert x["stage_exact"] == pytest.approx(1 / 2)
    assert x["deep_recall"] == pytest.approx(1.0)
    assert x["by_true_stage"]["contacted"] == {"n": 2, "reported": 0, "exact": 0}
    assert x["by_true_stage"]["off-platform"] == {"n": 1, "reported": 1, "exact": 0}
    assert "exposure recall / precision" in {r for r, *_ in _rows(render_table(evaluate(ds, sc)))}


def test_evaluate_exposure_when_a_genuine_account_wrote_first_then_not_exposed(
    world: tuple[Path, Path],
) -> None:
    """Only contact with a labelled fake of a campaign exposes a member (g1 wrote to m1 too)."""
    ds, sc = world
    _w(sc / "exposure.jsonl", [])
    x = evaluate(ds, sc)["exposure"]
    assert x["members_exposed"] == 4
    assert x["recall"] == 0.0


def test_evaluate_exposure_without_the_file_says_so(world: tuple[Path, Path]) -> None:
    ds, sc = world
    assert "missing" in evaluate(ds, sc)["exposure"]["note"]


def _rows(table: Table) -> list[tuple[object, ...]]:
    return list(zip(*(c.cells for c in table.columns), strict=True))
