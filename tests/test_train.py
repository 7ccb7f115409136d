"""Training plumbing: which worlds are trained on, and how the operating point spares recruiters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lureguard.train import (
    EXTRA_WORLDS,
    WORLD_MIX,
    fit_trees,
    interaction_groups,
    threshold_for,
    train,
    world_path,
    world_specs,
)


def test_world_specs_cycle_the_mix_over_seeds() -> None:
    specs = world_specs([1000, 1001, 1002, 1003])
    assert [s[0] for s in specs] == [1000, 1001, 1002, 1003]
    assert [s[1:] for s in specs] == [*WORLD_MIX, WORLD_MIX[0]]


def test_world_path_keeps_sizes_apart(tmp_path: Path) -> None:
    # A cached world of one size must never be read back as another size of the same seed.
    scenario, scale = WORLD_MIX[1]
    assert world_path(tmp_path, 1016, scenario, scale) != world_path(tmp_path, 1016, scenario, scale * 2)
    assert world_path(tmp_path, 1001, scenario, scale).name == f"{scenario}-1001"


def test_extra_worlds_are_tuning_seeds_at_other_sizes() -> None:
    mix = dict(WORLD_MIX)
    assert EXTRA_WORLDS
    for seed, scenario, scale in EXTRA_WORLDS:
        assert seed >= 1000  # never an evaluation seed
        assert scenario in mix and scale != mix[scenario]


@pytest.mark.parametrize("seed", [5, 103])
def test_train_refuses_evaluation_seeds_among_extra_worlds(seed: int) -> None:
    with pytest.raises(ValueError, match="reserved for evaluation"):
        train([1000], extra=[(seed, "demo", 1.0)])


def test_threshold_spares_recruiters_at_the_requested_rate() -> None:
    rng = np.random.default_rng(1)
    n_gen, n_rec, n_fake = 4000, 400, 200
    risk = np.r_[rng.beta(1, 30, n_gen), rng.beta(2, 6, n_rec), rng.beta(8, 2, n_fake)]
    y = np.r_[np.zeros(n_gen + n_rec, bool), np.ones(n_fake, bool)]
    persona = ["colleague"] * n_gen + ["recruiter"] * n_rec + ["fake"] * n_fake
    rec = risk[n_gen : n_gen + n_rec]
    loose = threshold_for(risk, y, persona, hard_fpr=0.05)
    strict = threshold_for(risk, y, persona, hard_fpr=0.005)
    assert (rec >= loose).mean() <= 0.05
    assert (rec >= strict).mean() <= 0.005
    assert strict > loose  # a smaller allowance can only raise the threshold
    # The lowest such threshold: one step lower would break the recruiter constraint.
    below = rec[rec < strict].max()
    assert (rec >= below).mean() > 0.005


def test_cached_scores_under_other_signal_names_are_recomputed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache written before a signal was added must not be read as if it held every signal."""
    import json

    from lureguard import train as tr
    from lureguard.signals import instantiate

    names = [s.name for s in instantiate()]
    world = tmp_path / "demo-1"
    calls: list[str] = []

    def fake_score(path: Path, drop: tuple[str, ...], timeline: bool) -> tuple[tr.WorldData, None]:
        calls.append(path.name)
        n = len(names)
        w = tr.WorldData(
            tuple(names),
            ("a",),
            np.zeros((1, n)),
            np.zeros(1, bool),
            ("",),
            ("",),
            np.zeros((0, n)),
            np.zeros(0, bool),
        )
        return w, None

    monkeypatch.setattr(tr, "_score_world", fake_score)
    tr._cached_score(world, (), keep=True)
    tr._cached_score(world, (), keep=True)
    assert calls == ["demo-1"]  # the second call read the cache

    meta_path = tmp_path / "demo-1__scores_v2_full.json"
    meta = json.loads(meta_path.read_text())
    meta["names"] = names[:-1]  # as written before the last signal existed
    meta_path.write_text(json.dumps(meta))
    w, _ = tr._cached_score(world, (), keep=True)
    assert calls == ["demo-1", "demo-1"]
    assert list(w.names) == names


def test_train_refuses_a_dataset_without_labels_before_simulating(tmp_path: Path) -> None:
    # A folder with no ground truth cannot be trained on; the error comes before any world is made.
    (tmp_path / "accounts.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match=r"without labels\.jsonl"):
        train([1000], extra=[], workdir=tmp_path / "work", datasets=[tmp_path])
    assert not (tmp_path / "work").exists()


def test_an_excluded_signal_is_never_read_by_the_trees() -> None:
    # An ablation must really take the signal away: the model's risk may not move with it,
    # although the same data without the exclusion makes it the deciding signal.
    rng = np.random.default_rng(3)
    x = rng.random((600, 3))
    y = (x[:, 0] > 0.6).astype(int)
    names = ("decisive", "noise_a", "noise_b")
    high, low = x.copy(), x.copy()
    high[:, 0], low[:, 0] = 1.0, 0.0
    kept = fit_trees(x, y, names)
    assert (kept.predict(names, high) - kept.predict(names, low)).min() > 0.5
    ablated = fit_trees(x, y, names, exclude=["decisive"])
    assert np.array_equal(ablated.predict(names, high), ablated.predict(names, low))
    assert x[:, 0].max() > 0.99  # the caller's data is not zeroed in place


def test_excluding_an_unknown_signal_fails_before_any_work() -> None:
    with pytest.raises(ValueError, match="unknown signal"):
        train([1000], exclude=["no_such_signal"])
    with pytest.raises(ValueError, match="unknown signal"):
        fit_trees(np.zeros((4, 1)), np.array([0, 1, 0, 1]), ("a",), exclude=["b"])


def test_split_interactions_keep_behaviour_and_profile_signals_in_separate_trees() -> None:
    # The label needs both kinds of evidence at once (an AND), which free trees learn by
    # splitting on both in one tree; split trees may not, so each tree reads one group only.
    rng = np.random.default_rng(5)
    x = rng.random((2000, 3))
    y = ((x[:, 0] > 0.5) & (x[:, 1] > 0.5)).astype(int)
    names = ("paid_offers", "young_account", "completeness")  # behaviour, profile, profile
    groups = {0: "behaviour", 1: "profile", 2: "profile"}

    def mixed_trees(model: object) -> int:
        mixed = 0
        for t in model.trees:  # type: ignore[attr-defined]
            used = {groups[int(f)] for f, leaf in zip(t["feature"], t["leaf"], strict=True) if not leaf}
            mixed += len(used) > 1
        return mixed

    assert mixed_trees(fit_trees(x, y, names)) > 0
    assert mixed_trees(fit_trees(x, y, names, interactions="split")) == 0
    assert interaction_groups(names, "split") == [[0], [1, 2]]
    assert interaction_groups(names, "free") is None
    with pytest.raises(ValueError, match="interactions must be one of"):
        interaction_groups(names, "pairs")
