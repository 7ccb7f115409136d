"""The cluster classifier: sign constraints, its JSON form, and how the shipped one judges groups."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from lureguard.campaigns import ClusterModel, find_campaigns, fit_cluster_model, load_cluster_model
from lureguard.campaigns._classifier import FEATURES, cluster_features, reasons
from tests.campaigns._world import World, day


def _matrix(rows: list[dict[str, float]]) -> np.ndarray:
    return np.array([[r.get(f, 0.0) for f in FEATURES] for r in rows])


def test_fit_when_a_fingerprint_predicts_campaigns_then_its_weight_is_positive() -> None:
    rng = np.random.default_rng(0)
    rows, y = [], []
    for _ in range(200):
        camp = rng.random() < 0.5
        rows.append({"template": float(camp and rng.random() < 0.9), "max_risk": rng.random()})
        y.append(camp)
    m = fit_cluster_model(_matrix(rows), np.array(y, dtype=float))
    assert m.weights["template"] > 1.0
    assert m.score({"template": 1.0, "max_risk": 0.5}) > m.score({"template": 0.0, "max_risk": 0.5})


def test_fit_when_data_says_connected_colleagues_are_campaigns_then_the_sign_still_holds() -> None:
    # An accident of the fitting worlds must not make connected colleagues suspicious,
    # nor a shared face innocent.
    rows = [{"colleagues": 1.0, "photo": 0.0}] * 50 + [{"colleagues": 0.0, "photo": 1.0}] * 50
    y = np.r_[np.ones(50), np.zeros(50)]
    m = fit_cluster_model(_matrix(rows), y)
    assert m.weights["colleagues"] <= 0.0
    assert m.weights["photo"] >= 0.0


def test_fit_when_one_class_only_then_refused() -> None:
    with pytest.raises(ValueError, match="both kinds"):
        fit_cluster_model(np.zeros((4, len(FEATURES))), np.ones(4))


def test_json_round_trip_and_unknown_features_refused(tmp_path: Path) -> None:
    m = ClusterModel({"photo": 2.0, "colleagues": -1.0}, -1.5, {"worlds": ["x"]})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(m.to_json()), encoding="utf-8")
    back = load_cluster_model(path)
    x = {"photo": 1.0, "colleagues": 0.5}
    assert back.score(x) == pytest.approx(m.score(x), abs=1e-6)
    spec = m.to_json()
    spec["weights"]["shoe_size"] = 1.0
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(ValueError, match=r"m\.json: unknown features \['shoe_size'\]"):
        load_cluster_model(path)


def test_shipped_model_when_personas_share_a_face_then_above_colleagues_working_alike() -> None:
    m = load_cluster_model()
    assert m.fitted_on.get("groups", 0) > 0, "the shipped model says what it was fitted on"
    personas = cluster_features(
        np.full(6, 0.7), {"photo": 1.0, "template": 0.5}, 60, creation_span_days=10, connection_density=0.0
    )
    colleagues = cluster_features(
        np.full(6, 0.7), {"modus": 1.0}, 60, creation_span_days=900, connection_density=0.8
    )
    assert m.score(personas) >= 0.5 > m.score(colleagues)
    assert any("face" in r for r in reasons(m, personas, 60))


def test_find_campaigns_when_groups_judged_then_listed_with_features_and_reasons() -> None:
    w = World()
    experts = [w.member(f"m{i:02d}", org=f"Org{i % 3}", sector="nuclear") for i in range(8)]
    accs = [w.account(f"p{k}", name=f"Persona {k}", phash="a5a5a5a5a5a5a5a5") for k in range(3)]
    for k, a in enumerate(accs):
        for i, e in enumerate(experts):
            w.event("invitation", a, e, day(k + i))
    res = find_campaigns(w.con, w.scored(dict.fromkeys(accs, 0.995), threshold=0.99))
    assert len(res.groups) == 1 and sorted(res.groups[0]["accounts"]) == sorted(accs)
    assert set(res.groups[0]["features"]) == set(FEATURES)
    assert res.groups[0]["features"]["photo"] == 1.0
    [row] = res.rows
    assert res.groups[0]["reported"] is True
    assert any("face" in r for r in row["reasons"])


def test_fit_when_the_worlds_never_show_a_feature_then_its_weight_stays_at_the_prior() -> None:
    # No group in the data shares an off-platform contact: the fit must not decide it means nothing.
    rng = np.random.default_rng(1)
    rows = [{"max_risk": rng.random(), "template": float(rng.random() < 0.5)} for _ in range(100)]
    y = np.array([r["template"] > 0 or r["max_risk"] > 0.8 for r in rows], dtype=float)
    prior = {"contact": 2.5, "template": 1.0}
    m = fit_cluster_model(_matrix(rows), y, l2=3.0, prior=prior)
    assert m.weights["contact"] == pytest.approx(2.5, abs=1e-3)
    assert m.weights["template"] > 1.0  # where the data speaks, it moves the weight
    plain = fit_cluster_model(_matrix(rows), y, l2=3.0)
    assert plain.weights["contact"] == pytest.approx(0.0, abs=1e-3)


def _groups(rng: np.random.Generator, informative: bool) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for k in range(120):
        op = bool(rng.random() < 0.5)
        shared = float(op) if informative else float(rng.random() < 0.5)
        feats = dict.fromkeys(FEATURES, 0.0) | {"employer": shared, "max_risk": 0.5, "mean_risk": 0.5}
        rows.append({"world": f"w{k % 3}", "features": feats, "campaign": op})
    return rows


def test_cross_validate_when_a_feature_tells_then_low_loss_else_chance() -> None:
    from lureguard.campaigns.fit import cross_validate

    rng = np.random.default_rng(2)
    good = cross_validate(_groups(rng, True), l2=1.0)
    assert good["log_loss"] < 0.3 and good["operations_below_0.5"] == good["others_at_or_above_0.5"] == 0
    bad = cross_validate(_groups(rng, False), l2=1.0)
    assert bad["log_loss"] > 0.6
