"""Escalation across a conversation: ordered stages score above any single message.

Why: the DGSI/DGSE note and NCSC describe a progression — flattery, then a paid
offer, then a move off the platform, then a trip, then requests for non-public
material — spread over many harmless-looking messages. A sender whose messages walk
that path in order is scored on the whole path, not on the worst message alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lureguard.lure.detect import LureResult, default_detector

#: Escalation stages in their expected order, with the categories that mark each.
STAGES: tuple[tuple[str, frozenset[str]], ...] = (
    ("flattery", frozenset({"flattery"})),
    ("paid-offer", frozenset({"paid-work"})),
    ("off-platform", frozenset({"off-platform"})),
    ("trip", frozenset({"paid-travel"})),
    ("elicitation", frozenset({"information-request"})),
)
#: Each ordered step beyond the second keeps this share of the remaining doubt.
STEP_DECAY = 0.6
#: A two-step progression only nudges the score (recruiters flatter, then call).
TWO_STEP_BONUS = 0.1


@dataclass(frozen=True)
class ThreadResult:
    """Escalation assessment of one thread, for its most suspicious sender."""

    score: float
    sender: Any
    #: Stages reached in order by that sender, with the index of the message of each.
    progression: tuple[tuple[str, int], ...]
    max_message_score: float
    categories: tuple[str, ...]
    messages: tuple[LureResult, ...]
    reason: str


def _progression(stage_sets: Sequence[set[int]]) -> list[tuple[int, int]]:
    """Longest chain of (message, stage) with both strictly increasing."""
    n_stages = len(STAGES)
    best: list[list[tuple[int, int]]] = [[] for _ in range(n_stages)]
    for mi, stages in enumerate(stage_sets):
        updates = {}
        for s in stages:
            prev = max((best[t] for t in range(s)), key=len, default=[])
            if len(prev) + 1 > len(best[s]) and (not prev or prev[-1][0] < mi):
                updates[s] = [*prev, (mi, s)]
        for s, chain in updates.items():
            best[s] = chain
    return max(best, key=len)


def _sort_key(at: Any) -> Any:
    if isinstance(at, str):
        try:
            return datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return float("inf")
    if isinstance(at, datetime):
        return at.timestamp()
    return at if isinstance(at, int | float) else float("inf")


def score_thread(messages: Sequence[tuple[Any, Any, str | None]]) -> ThreadResult:
    """Score a conversation given ``(at, sender, text)`` tuples (any order)."""
    det = default_detector()
    ordered = sorted(enumerate(messages), key=lambda im: (_sort_key(im[1][0]), im[0]))
    results = det.analyze([m[2] for _, m in ordered])
    by_sender: dict[Any, list[int]] = {}
    for pos, (_, (_, sender, _)) in enumerate(ordered):
        by_sender.setdefault(sender, []).append(pos)
    best: ThreadResult | None = None
    for sender, positions in by_sender.items():
        res = [results[p] for p in positions]
        union = set().union(*(set(r.categories) | set(r.cues) for r in res))
        union_score = det.combiner.score(union)
        max_msg = max(r.lure_score for r in res)
        stage_sets = [{i for i, (_, cats) in enumerate(STAGES) if cats & set(r.categories)} for r in res]
        chain = _progression(stage_sets)
        base = max(union_score, max_msg)
        k = len(chain)
        if k >= 3:
            score = 1 - (1 - base) * STEP_DECAY ** (k - 2)
        elif k == 2:
            score = base + (1 - base) * TWO_STEP_BONUS
        else:
            score = base
        progression = tuple((STAGES[s][0], positions[mi]) for mi, s in chain)
        cats = tuple(sorted({c for r in res for c in r.categories}))
        steps = " → ".join(name for name, _ in progression) or "none"
        reason = (
            f"thread score {score:.2f} for sender {sender!s}: ordered stages {steps} "
            f"({k} of {len(STAGES)}); worst single message {max_msg:.2f}; "
            f"categories over the thread: {', '.join(cats) or 'none'}"
        )
        cand = ThreadResult(round(score, 4), sender, progression, max_msg, cats, tuple(res), reason)
        if best is None or cand.score > best.score:
            best = cand
    if best is None:
        return ThreadResult(0.0, None, (), 0.0, (), (), "empty thread")
    return best
