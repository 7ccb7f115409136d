"""Refit the message-context weights (``lureguard.stages.CONTEXT_*``) on tuning worlds.

    python benchmarks/fit_message_context.py --workdir /tmp/tune --seeds 1046 1047

A message's ``lure_score`` combines what it says with who sends it:
``logit(words) + RISK_WEIGHT * logit(sender risk) + BIAS``, the words' weight held at 1
so that what a message says always counts in full. The sender risk comes from the
account model, so the weights are refitted when the model changes.

Fitted on messages to protected members only, from senders the scan judges in context
(``CONTEXT_MIN_CONTACTS`` people contacted or more; the others are judged by their words). The simulator labels a persona's message
by its recipient (to a member: part of an approach, a lure; to anyone else: not), and a
fit on every message learnt that convention as a weight of 23 on "to a member", which
scored every message of a dataset without ``members.jsonl`` zero and missed every lure
sent to someone outside the protected population (an independently written world,
``benchmarks/independent_world.py``, showed both). Who receives a message is exposure,
not whether it is a lure.

Each (scenario, scale, seed) tuning world is simulated into ``--workdir`` (reused when
present) and scanned with the shipped code and model; the two weights are fitted by
maximum likelihood on the message truth (``message_labels.jsonl``). Prints the weights
and, per world, how many messages of genuine recruiters and organisers the old and the
new weights put at or above the lure threshold (issue #4: at most 1 % per world).
Seeds must be tuning seeds (1010-1099): never trained on, never held out.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from lureguard.evaluate import LURE_THRESHOLD
from lureguard.scan import scan
from lureguard.simulate import simulate
from lureguard.stages import CONTEXT_BIAS, CONTEXT_MIN_CONTACTS, CONTEXT_RISK_WEIGHT

WORLDS = (("demo", 1.0), ("france-2018", 0.25), ("germany-2017", 0.1))
HARD = ("recruiter", "event-organiser")
EPS = 1e-4


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, EPS, 1 - EPS)
    return np.log(p / (1 - p))


def world_rows(world: Path, out: Path) -> dict[str, np.ndarray]:
    """Per scored message: words' logit, sender risk logit, to-a-member flag, truth, hard-negative sender."""
    risk = {r["account_id"]: r["risk"] for r in _jsonl(out / "accounts.jsonl")}
    labels = {r["account_id"]: r for r in _jsonl(world / "labels.jsonl")}
    members = {r["account_id"] for r in _jsonl(world / "members.jsonl")}
    inter = _jsonl(world / "interactions.jsonl")
    ends = {r["id"]: (r["from"], r["to"]) for r in inter}
    reach: dict[str, set[str]] = {}
    for r in inter:
        if r["type"] in ("invitation", "message"):
            reach.setdefault(r["from"], set()).add(r["to"])
    truth = {r["interaction_id"]: bool(r["lure"]) for r in _jsonl(world / "message_labels.jsonl")}
    rows = [r for r in _jsonl(out / "messages.jsonl") if r["interaction_id"] in truth]
    src = [ends[r["interaction_id"]][0] for r in rows]
    return {
        "text": _logit(np.array([r["text_score"] for r in rows], dtype=float)),
        "risk": _logit(np.array([risk.get(s, 0.0) for s in src], dtype=float)),
        "member": np.array([ends[r["interaction_id"]][1] in members for r in rows], dtype=float),
        # senders the scan judges in context; the others are judged by their words alone
        "known": np.array([len(reach.get(s, ())) >= CONTEXT_MIN_CONTACTS for s in src]),
        "y": np.array([truth[r["interaction_id"]] for r in rows], dtype=float),
        "hard": np.array(
            [labels.get(s, {}).get("label") == "genuine" and labels[s].get("persona") in HARD for s in src]
        ),
    }


def _scores(d: dict[str, np.ndarray], w: np.ndarray) -> np.ndarray:
    ctx = d["text"] + w[0] * d["risk"] + w[1]
    return 1 / (1 + np.exp(-np.where(d["known"], ctx, d["text"])))


def fit(data: list[dict[str, np.ndarray]], start: np.ndarray) -> np.ndarray:
    """Maximum likelihood over messages to members from senders judged in context (module docstring)."""
    cat = {k: np.concatenate([d[k][(d["member"] > 0) & d["known"]] for d in data]) for k in data[0]}

    def nll(w: np.ndarray) -> float:
        z = cat["text"] + w[0] * cat["risk"] + w[1]
        return float(np.sum(np.logaddexp(0, z) - cat["y"] * z))

    return minimize(nll, start, method="L-BFGS-B").x


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/tune"))
    ap.add_argument("--seeds", type=int, nargs="+", default=[1046, 1047])
    args = ap.parse_args()
    if any(not 1010 <= s <= 1099 for s in args.seeds):
        ap.error("fit on tuning seeds (1010-1099) only")
    data, names = [], []
    for scenario, scale in WORLDS:
        for seed in args.seeds:
            world = args.workdir / f"{scenario}-{seed}"
            if not (world / "labels.jsonl").exists():
                simulate(scenario, world, seed=seed, scale=scale)
            out = args.workdir / f"scan-{scenario}-{seed}"
            scan([world], out, report=False, replay=False)
            data.append(world_rows(world, out))
            names.append(world.name)
    old = np.array([CONTEXT_RISK_WEIGHT, CONTEXT_BIAS])
    new = fit(data, old)
    print(json.dumps({"old": old.round(4).tolist(), "new": new.round(4).tolist()}))
    for name, d in zip(names, data, strict=True):
        h = d["hard"]
        fp_old = int((_scores(d, old)[h] >= LURE_THRESHOLD).sum())
        fp_new = int((_scores(d, new)[h] >= LURE_THRESHOLD).sum())
        rec_old = float((_scores(d, old)[d["y"] == 1] >= LURE_THRESHOLD).mean())
        rec_new = float((_scores(d, new)[d["y"] == 1] >= LURE_THRESHOLD).mean())
        print(
            f"{name}: hard-negative messages over the threshold {fp_old} -> {fp_new} of {int(h.sum())}; "
            f"lure recall {rec_old:.3f} -> {rec_new:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
