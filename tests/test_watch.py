"""Early-warning replay: alerts use only events up to their own time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from lureguard.model import NoisyOrModel
from lureguard.signals.base import Signal
from lureguard.watch import asof_scores, early_warning, median_early_share, replay
from tests.campaigns._world import World, day


class MemberContacts(Signal):
    """Test signal: running count of protected members contacted, saturating at 3."""

    name: ClassVar[str] = "member_contacts"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("interactions", "members")
    summary: ClassVar[str] = "test"
    features: ClassVar[tuple[str, ...]] = ()

    def query(self) -> str:
        return (
            "SELECT src AS account_id, least(count(DISTINCT dst) / 3.0, 1) AS score FROM interactions i "
            "JOIN members m ON m.account_id = i.dst GROUP BY src"
        )

    def query_asof(self) -> str:
        return """
        SELECT account_id, t AS at, least(count(*) OVER (PARTITION BY account_id ORDER BY t) / 3.0, 1) AS score
        FROM (SELECT src AS account_id, dst, min(ts) AS t FROM interactions i
              JOIN members m ON m.account_id = i.dst GROUP BY src, dst)
        """

    def reason(self, f: Mapping[str, Any]) -> str:
        return "test"


MODEL = NoisyOrModel(weights={"member_contacts": 1.0}, threshold=0.9)


def _world() -> World:
    w = World()
    for i in range(6):
        w.member(f"m{i}")
    w.account("fake")
    for i in range(5):
        w.event("invitation", "fake", f"m{i}", day(i))
    return w


def test_replay_alerts_at_the_first_crossing() -> None:
    alerts = replay(_world().con, MODEL, step=None, signals=[MemberContacts()])
    assert alerts == [{"account_id": "fake", "at": "2018-03-03T09:00:00Z", "risk": 1.0, "campaign": None}]


def test_replay_never_uses_a_later_event() -> None:
    w = _world()
    before = replay(w.con, MODEL, signals=[MemberContacts()])
    # A future event, and a new account whose only contacts are in the future.
    w.account("late")
    w.event("invitation", "fake", "m5", day(30))
    for i in range(3):
        w.event("message", "late", f"m{i}", day(40 + i))
    after = replay(w.con, MODEL, signals=[MemberContacts()])
    assert [a for a in after if a["account_id"] == "fake"] == before
    assert [a["at"] for a in after if a["account_id"] == "late"] == ["2018-04-12T09:00:00Z"]


def test_signals_without_a_point_in_time_form_are_known_only_at_the_end() -> None:
    class Static(MemberContacts):
        name: ClassVar[str] = "static_contacts"

        def query_asof(self) -> None:  # type: ignore[override]
            return None

    model = NoisyOrModel(weights={"static_contacts": 1.0}, threshold=0.9)
    alerts = replay(_world().con, model, signals=[Static()])
    assert [a["at"] for a in alerts] == ["2018-03-05T09:00:00Z"]  # the last event, not earlier


def test_early_warning_share_counts_members_reached_before_the_first_alert() -> None:
    w = _world()
    alerts = replay(w.con, MODEL, step=None, signals=[MemberContacts()])
    ew = early_warning(w.con, alerts, {"c1": ["fake"], "c2": ["nobody"]})
    assert ew["c1"]["reached"] == 5 and ew["c1"]["reached_before_alert"] == 2
    assert abs(median_early_share(ew) - 0.4) < 1e-9


class Photo(Signal):
    """Test signal: a profile-only score (reads no events)."""

    name: ClassVar[str] = "photo_flag"
    version: ClassVar[str] = "1"
    reads: ClassVar[tuple[str, ...]] = ("accounts",)
    summary: ClassVar[str] = "test"
    features: ClassVar[tuple[str, ...]] = ()

    def query(self) -> str:
        return "SELECT id AS account_id, 1.0 AS score FROM accounts WHERE id = 'fake'"

    def reason(self, f: Mapping[str, Any]) -> str:
        return "test"


def test_replay_when_evidence_is_profile_only_then_alert_at_the_first_event() -> None:
    model = NoisyOrModel(weights={"photo_flag": 1.0}, threshold=0.9)
    alerts = replay(_world().con, model, signals=[Photo()])
    assert [a["at"] for a in alerts] == ["2018-03-01T09:00:00Z"]


class _Opaque:
    """The same model hidden behind an unknown type, so the replay cannot assume monotonicity."""

    def __init__(self, inner: NoisyOrModel) -> None:
        self.inner, self.threshold = inner, inner.threshold

    def predict(self, names: tuple[str, ...], scores: Any) -> Any:
        return self.inner.predict(names, scores)

    def contributions(self, names: tuple[str, ...], scores: Any) -> Any:
        return self.inner.contributions(names, scores)


def test_replay_when_model_is_monotone_then_pruning_changes_nothing() -> None:
    w = _world()
    w.account("quiet")
    w.event("invitation", "quiet", "m0", day(3))
    model = NoisyOrModel(weights={"member_contacts": 1.0, "photo_flag": 0.5}, threshold=0.7)
    sigs = [MemberContacts(), Photo()]
    assert replay(w.con, model, step=None, signals=sigs) == replay(
        w.con, _Opaque(model), step=None, signals=sigs
    )


def test_replay_when_model_sets_alert_threshold_then_it_is_the_alert_level() -> None:
    # The NoisyOr risk after k members is k/3: 0.9 needs the 3rd contact, 0.6 the 2nd.
    strict = _Opaque(MODEL)
    strict.alert_threshold = 0.6  # type: ignore[attr-defined]
    alerts = replay(_world().con, strict, step=None, signals=[MemberContacts()])
    assert [a["at"] for a in alerts] == ["2018-03-02T09:00:00Z"]


def test_asof_scores_at_cuts_equal_the_replay_points_at_the_same_times() -> None:
    import pyarrow as pa

    w = _world()
    sig = [MemberContacts()]
    every = asof_scores(w.con, sig, step=None)
    cuts = pa.table(
        {"account_id": ["fake", "fake"], "t": pa.array([day(1), day(3)], pa.timestamp("us", "UTC"))}
    )
    at = asof_scores(w.con, sig, cuts=cuts)
    assert at.column("c0").to_pylist() == [2 / 3, 1.0]
    assert every.column("c0").to_pylist()[1] == at.column("c0").to_pylist()[0]
