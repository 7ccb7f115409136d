"""Lure evidence per sending account, for the account risk model.

Why a decaying noisy-OR: one clear lure is enough to suspect an account, and several
moderate ones add up; but a recruiter who sends many mildly "salesy" messages must
not climb to certainty, so the k-th strongest message counts half as much as the
(k-1)-th.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from lureguard.lure.detect import DEFAULT_THRESHOLD, LureResult
from lureguard.lure.thread import ThreadResult

#: Messages that count towards the score, strongest first.
TOP_K = 5


@dataclass(frozen=True)
class AccountLureEvidence:
    """Lure evidence of one account: ``score`` in [0, 1] and a sentence saying why."""

    score: float
    reason: str
    n_texts: int
    n_lures: int
    categories: tuple[tuple[str, int], ...]
    examples: tuple[str, ...]


def aggregate_account(
    results: Iterable[LureResult | ThreadResult], *, threshold: float = DEFAULT_THRESHOLD
) -> AccountLureEvidence:
    """Combine one account's message (or thread) results into account evidence."""
    scores: list[float] = []
    cats: Counter[str] = Counter()
    examples: list[tuple[float, str]] = []
    for r in results:
        if isinstance(r, ThreadResult):
            scores.append(r.score)
            cats.update(r.categories)
            steps = " → ".join(s for s, _ in r.progression)
            if steps:
                examples.append((r.score, f"thread escalates {steps}"))
            phrases = [p for m in r.messages for p in m.phrases]
        else:
            scores.append(r.lure_score)
            cats.update(r.categories)
            phrases = list(r.phrases)
        for p in phrases[:2]:
            examples.append((scores[-1], f"{p.category}: “{p.text[:80]}”"))
    if not scores:
        return AccountLureEvidence(0.0, "no message text from this account", 0, 0, (), ())
    ranked = sorted(scores, reverse=True)[:TOP_K]
    doubt = 1.0
    for k, s in enumerate(ranked):
        doubt *= 1.0 - s * 0.5**k
    score = round(1.0 - doubt, 4)
    n_lures = sum(1 for s in scores if s >= threshold)
    top_cats = tuple(cats.most_common())
    shown = tuple(dict.fromkeys(e for _, e in sorted(examples, key=lambda e: -e[0])))[:3]
    cat_text = ", ".join(f"{c} ×{n}" for c, n in top_cats[:4]) or "no lure category"
    reason = f"{n_lures} of {len(scores)} texts read as lures (score ≥ {threshold:.2f}); {cat_text}" + (
        f"; e.g. {shown[0]}" if shown else ""
    )
    return AccountLureEvidence(score, reason, len(scores), n_lures, top_cats, shown)
