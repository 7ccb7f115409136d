"""Sweep the campaign clustering parameters on stored scans of tuning worlds.

Run: ``.venv/bin/python benchmarks/tune_clustering.py [--tune /tmp/tune] [--scans /tmp/tuneD]``.
Each ``<scans>/scan-<world>`` must be a finished ``lureguard scan`` of ``<tune>/<world>``
(its ``lureguard.duckdb`` is copied, never written). The pairwise evidence is read from the
store once per world; for each setting only pair weights, clustering and cluster scoring
are re-run (``find_campaigns`` with evidence building skipped), then scored the way
``lureguard.evaluate`` does (section "campaigns"):

* ``ari``: adjusted Rand index over fakes that have a true campaign, an account outside any
  predicted campaign being its own singleton;
* ``detected``: share of true campaigns with a member flagged (after the campaign lift) or
  in a predicted campaign;
* ``genuine_in_campaign``: genuine accounts (labels) assigned to a predicted campaign.

Besides parameter settings it tries a few changes to the clustering step itself
(``VARIANTS``: Leiden to convergence, no re-attachment, modularity, other Leiden weights),
and splits the default's ARI loss into what a better partition of the same evidence
graph could win back and what the evidence itself decides (``bounds``).

Labels are read only here, to score; the clustering never sees them. Writes
``benchmarks/results/tune_clustering.json``. ``--explain`` prints, for the default
setting, which true campaigns were split and which fakes were merged into another
campaign, and the evidence kinds tying the pieces. Runs on one core (DuckDB threads=1);
the 12 worlds take about two minutes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import igraph as ig
import leidenalg
import numpy as np
from sklearn.metrics import adjusted_rand_score

import lureguard.campaigns.detect as detect
from lureguard.campaigns import _cluster, _evidence
from lureguard.campaigns._cluster import ClusterParams
from lureguard.campaigns._evidence import LINKING_KINDS
from lureguard.campaigns.detect import CampaignParams, find_campaigns
from lureguard.model import load_model
from lureguard.store import connect, materialised

WORLDS = (
    "demo-1040",
    "demo-1041",
    "demo-1042",
    "france-2018-1040",
    "france-2018-1041",
    "france-2018-1042",
    "france-2018-1043",
    "france-2018-1044",
    "france-2018-1045",
    "germany-2017-1040",
    "germany-2017-1041",
    "germany-2017-1042",
)


@dataclass
class World:
    name: str
    con: Any
    scored: Any
    labels: dict[str, dict[str, Any]]
    shipped: dict[str, str | None]  # the scan's own campaign per account (to check the replay)
    evidence: list[tuple[str, str, str, float]]


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@contextmanager
def _stored_evidence(variant: Variant | None = None) -> Iterator[None]:
    """Reuse the store's ``campaign_evidence`` and skip the contract rows (not needed to score);
    a variant swaps in its own pair weighting and/or clustering."""
    saved = detect.build_evidence, detect._rows, detect.pair_weights, detect.cluster

    def employers_only(con: Any, p: Any, progress: Any = None) -> None:
        # the cluster features read who claims which employer and who is vouched for
        with materialised(con, _evidence.VIEWS):
            _evidence._employers(con)

    detect.build_evidence = employers_only  # type: ignore[assignment]
    detect._rows = lambda con, kept: []  # type: ignore[assignment]
    if variant and variant.pair_weights:
        detect.pair_weights = variant.pair_weights  # type: ignore[assignment]
    if variant and variant.cluster:
        detect.cluster = variant.cluster  # type: ignore[assignment]
    try:
        yield
    finally:
        detect.build_evidence, detect._rows, detect.pair_weights, detect.cluster = saved


@dataclass(frozen=True)
class Variant:
    """A change to the clustering step itself (not only its parameters), tried as-is."""

    pair_weights: Callable[..., Any] | None = None
    cluster: Callable[..., Any] | None = None


def _weighted_pairs(mult: dict[str, float]) -> Callable[..., Any]:
    """``pair_weights`` whose Leiden weights scale some kinds; which pairs link is unchanged."""

    def pair_weights(
        rows: list[tuple[str, str, str, float]], p: ClusterParams
    ) -> list[tuple[str, str, float]]:
        link: dict[tuple[str, str], float] = {}
        weight: dict[tuple[str, str], float] = {}
        for a, b, kind, w in rows:
            weight[(a, b)] = weight.get((a, b), 0.0) + float(w) * mult.get(kind, 1.0)
            if kind in LINKING_KINDS:
                link[(a, b)] = link.get((a, b), 0.0) + float(w)
        return [(a, b, weight[(a, b)]) for (a, b), w in link.items() if w >= p.min_link]

    return pair_weights


def _leiden(n_iterations: int = 2, reattach: bool = True, quality: str = "cpm") -> Callable[..., Any]:
    """``_cluster.cluster`` with Leiden run to convergence, without re-attaching, or by modularity."""

    def split(sub: ig.Graph, p: ClusterParams) -> list[list[str]]:
        kind = (
            leidenalg.RBConfigurationVertexPartition
            if quality.startswith("modularity")
            else leidenalg.CPMVertexPartition
        )
        res = p.resolution if quality == "cpm" else float(quality.split(":")[1]) if ":" in quality else 1.0
        part = leidenalg.find_partition(
            sub, kind, weights="weight", resolution_parameter=res, seed=p.seed, n_iterations=n_iterations
        )
        parts = [list(m) for m in part]
        if reattach:
            return _cluster._reattach(sub, parts)
        names = sub.vs["name"]
        return [sorted(names[i] for i in m) for m in parts]

    def cluster(edges: list[tuple[str, str, float]], p: ClusterParams) -> list[list[str]]:
        return _cluster.cluster(edges, p, split=split)

    return cluster


_NO_SUPPORT = {"co_target": 0.0, "burst": 0.0, "shared_employer": 0.0}
VARIANTS: dict[str, Variant] = {
    "leiden_to_convergence": Variant(cluster=_leiden(n_iterations=-1)),
    "no_reattach": Variant(cluster=_leiden(reattach=False)),
    "modularity_0.25": Variant(cluster=_leiden(quality="modularity:0.25")),
    "leiden_weights_modus_x0.5": Variant(pair_weights=_weighted_pairs({"modus": 0.5})),
    "leiden_weights_no_support": Variant(pair_weights=_weighted_pairs(_NO_SUPPORT)),
    "leiden_weights_modus_x0.5_no_support": Variant(
        pair_weights=_weighted_pairs({"modus": 0.5, **_NO_SUPPORT})
    ),
}


def load_world(name: str, tune: Path, scans: Path, tmp: Path, threshold: float) -> World:
    scan = scans / f"scan-{name}"
    db = tmp / f"{name}.duckdb"
    shutil.copyfile(scan / "lureguard.duckdb", db)
    con = connect(db, threads=1)
    rows = list(_jsonl(scan / "accounts.jsonl"))
    ids = [r["account_id"] for r in rows]
    # the model's risk before the campaign lift (campaign_scores.risk, written before lifting)
    pre = dict(con.execute("SELECT account_id, risk FROM campaign_scores").fetchall())
    risk = np.array([float(pre[a]) for a in ids])
    scored = SimpleNamespace(run=SimpleNamespace(account_ids=ids), risk=risk, threshold=threshold)
    labels = {r["account_id"]: r for r in _jsonl(tune / name / "labels.jsonl")}
    evidence = con.execute(
        "SELECT a, b, kind, weight FROM campaign_evidence ORDER BY a, b, kind, weight"
    ).fetchall()
    return World(name, con, scored, labels, {r["account_id"]: r.get("campaign") for r in rows}, evidence)


def score(w: World, campaign_of: dict[str, str | None], lifted: np.ndarray | None) -> dict[str, Any]:
    fakes = [a for a, lab in w.labels.items() if lab["label"] == "fake" and lab.get("campaign")]
    true_c = [w.labels[a]["campaign"] for a in fakes]
    pred_c = [campaign_of.get(a) or f"__single__{a}" for a in fakes]
    truth: dict[str, set[str]] = defaultdict(set)
    for a, c in zip(fakes, true_c, strict=True):
        truth[c].add(a)
    flagged: set[str] = set()
    if lifted is not None:
        ids = w.scored.run.account_ids
        flagged = {a for a, r in zip(ids, lifted, strict=True) if r >= w.scored.threshold}
    detected = [any(a in flagged or campaign_of.get(a) for a in m) for m in truth.values()]
    genuine = sum(1 for a, c in campaign_of.items() if c and w.labels.get(a, {}).get("label") == "genuine")
    return {
        "ari": float(adjusted_rand_score(true_c, pred_c)),
        "detected": sum(detected) / len(detected) if detected else float("nan"),
        "genuine_in_campaign": genuine,
        "predicted": len({c for c in campaign_of.values() if c}),
    }


def run_setting(
    w: World, params: CampaignParams, variant: Variant | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    with _stored_evidence(variant):
        res = find_campaigns(w.con, w.scored, params=params)
    return score(w, res.campaign_of, res.lifted_risk), res.campaign_of


def explain(w: World, campaign_of: dict[str, str]) -> list[str]:
    """Which true campaigns are split, which fakes sit in another campaign, and what ties them."""
    kinds: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for a, b, k, wt in w.evidence:
        kinds[(a, b)][k] += wt
    out: list[str] = []
    truth: dict[str, list[str]] = defaultdict(list)
    for a, lab in w.labels.items():
        if lab["label"] == "fake" and lab.get("campaign"):
            truth[lab["campaign"]].append(a)
    pred: dict[str, list[str]] = defaultdict(list)
    for a, c in campaign_of.items():
        if c:
            pred[c].append(a)
    edges = _cluster.pair_weights(w.evidence, CampaignParams().clustering)
    comp = _components(edges)

    def ties(xs: list[str], ys: list[str]) -> str:
        sx, sy = set(xs), set(ys)
        c: Counter[str] = Counter()
        n = 0
        for (a, b), ks in kinds.items():
            if (a in sx and b in sy) or (a in sy and b in sx):
                n += 1
                c.update({k: round(v, 2) for k, v in ks.items()})
        return f"{n} pairs {dict(c)}" if n else "no evidence"

    for tc, members in sorted(truth.items()):
        parts: dict[str, list[str]] = defaultdict(list)
        for a in members:
            parts[campaign_of.get(a) or "-"].append(a)
        if len(parts) > 1:
            sizes = {k: len(v) for k, v in parts.items()}
            pieces = [k for k in parts if k != "-"]
            line = f"  SPLIT {tc} ({len(members)}): {sizes}"
            for x, y in itertools.combinations(pieces, 2):
                same = {comp.get(a) for a in parts[x]} & {comp.get(a) for a in parts[y]}
                line += f"\n      {x}~{y}: {ties(parts[x], parts[y])}{' same component' if same else ''}"
            if "-" in parts:
                line += f"\n      unassigned {parts['-']}; to pieces: " + "; ".join(
                    f"{k}: {ties(parts['-'], parts[k])}" for k in pieces
                )
            out.append(line)
    for pc, members in sorted(pred.items()):
        by: dict[str, list[str]] = defaultdict(list)
        for a in members:
            lab = w.labels.get(a, {})
            by[lab.get("campaign") or lab.get("label", "?")].append(a)
        if len(by) > 1:
            main = max(by, key=lambda k: len(by[k]))
            for k, xs in by.items():
                if k != main:
                    out.append(
                        f"  MERGED into {pc} (mostly {main}, {len(by[main])}): {k} x{len(xs)}: "
                        f"{ties(xs, by[main])}"
                    )
    return out


def bounds(w: World, campaign_of: dict[str, str]) -> dict[str, Any]:
    """Where the default setting's ARI is lost, from the labels (analysis only).

    ``best_within_components``: every linked component split perfectly by true campaign
    (the best any partition of this evidence graph can do); ``components_unsplit``: no
    Leiden at all; ``without_strays``: each predicted campaign's minority fakes made
    singletons; ``splits_joined``: predicted campaigns with the same majority campaign joined
    (``leiden_splits_joined``: only those in one linked component, i.e. cut apart by Leiden).
    """
    fakes = [a for a, lab in w.labels.items() if lab["label"] == "fake" and lab.get("campaign")]
    true = [w.labels[a]["campaign"] for a in fakes]
    comp = _components(_cluster.pair_weights(w.evidence, CampaignParams().clustering))
    key = {a: (comp[a], w.labels[a]["campaign"]) for a in fakes if a in comp}
    n = Counter(key.values())
    members: dict[str, list[str]] = defaultdict(list)
    for a in fakes:
        if campaign_of.get(a):
            members[campaign_of[a]].append(a)
    major = {c: Counter(w.labels[x]["campaign"] for x in m).most_common(1)[0][0] for c, m in members.items()}

    def pred(f: Callable[[str], str | None]) -> float:
        return round(float(adjusted_rand_score(true, [f(a) or f"_{a}" for a in fakes])), 4)

    return {
        "fakes": len(fakes),
        "fakes_without_link": sum(a not in comp for a in fakes),
        "fakes_in_no_campaign": sum(not campaign_of.get(a) for a in fakes),
        "ari": pred(lambda a: campaign_of.get(a)),
        "components_unsplit": pred(lambda a: str(comp[a]) if a in comp else None),
        "best_within_components": pred(lambda a: str(key[a]) if a in key and n[key[a]] >= 2 else None),
        "without_strays": pred(
            lambda a: (
                campaign_of.get(a)
                if campaign_of.get(a) and major[campaign_of[a]] == true[fakes.index(a)]
                else None
            )
        ),
        "splits_joined": pred(lambda a: major[campaign_of[a]] if campaign_of.get(a) else None),
        # only pieces Leiden cut apart (one linked component), not pieces the evidence never linked
        "leiden_splits_joined": pred(
            lambda a: f"{major[campaign_of[a]]}@{comp.get(a)}" if campaign_of.get(a) else None
        ),
    }


def _components(edges: list[tuple[str, str, float]]) -> dict[str, int]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in edges:
        parent[find(a)] = find(b)
    roots: dict[str, int] = {}
    return {a: roots.setdefault(find(a), len(roots)) for a in list(parent)}


def grid(kind: str) -> list[dict[str, Any]]:
    if kind == "small":
        return [{}]
    res = [0.005, 0.01, 0.02, 0.03, 0.08, 0.12]
    links = [0.25, 0.4, 0.6, 0.75, 1.0]
    sizes = [4, 10, 20, 10_000]  # 10 000: Leiden never runs (connected components only)
    out: list[dict[str, Any]] = [{"resolution": r} for r in res]
    out += [{"min_link": m} for m in links]
    out += [{"leiden_min_size": s} for s in sizes]
    out += [{"resolution": r, "min_link": m} for r, m in itertools.product([0.02, 0.03], [0.25, 0.4, 0.75])]
    out += [{"resolution": r, "leiden_min_size": s} for r, s in itertools.product([0.02, 0.03], [4, 10])]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune", type=Path, default=Path("/tmp/tune"))
    ap.add_argument("--scans", type=Path, default=Path("/tmp/tuneD"))
    ap.add_argument("--worlds", nargs="*", default=list(WORLDS))
    ap.add_argument("--grid", choices=("full", "small"), default="full")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--no-variants", dest="variants", action="store_false", help="parameters only")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "tune_clustering.json")
    args = ap.parse_args(argv)
    os.environ.setdefault("LUREGUARD_LURE_WORKERS", "1")
    threshold = float(load_model().threshold)
    base = CampaignParams()
    settings = [{}] + [s for s in grid(args.grid) if s]
    results: dict[str, dict[str, Any]] = {}
    per_world: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    decomposition: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.worlds:
            t0 = time.perf_counter()
            w = load_world(name, args.tune, args.scans, Path(tmp), threshold)
            shipped = score(w, w.shipped, None)
            for s in settings:
                p = replace(base, clustering=replace(base.clustering, **s))
                m, campaign_of = run_setting(w, p)
                key = json.dumps(s, sort_keys=True) if s else "default"
                per_world[key][name] = m
                if not s:
                    same = adjusted_rand_score(
                        [w.shipped.get(a) or f"_{a}" for a in w.shipped],
                        [campaign_of.get(a) or f"_{a}" for a in w.shipped],
                    )
                    print(
                        f"{name}: shipped ARI {shipped['ari']:.4f}, replayed {m['ari']:.4f}, "
                        f"partition agreement {same:.4f}",
                        flush=True,
                    )
                    decomposition[name] = bounds(w, campaign_of)
                    if args.explain:
                        print("\n".join(explain(w, campaign_of)), flush=True)
            for vname, variant in (VARIANTS if args.variants else {}).items():
                m, _ = run_setting(w, base, variant)
                per_world[f"variant:{vname}"][name] = m
            w.con.close()
            print(f"{name}: {len(settings)} settings in {time.perf_counter() - t0:.0f} s", flush=True)
    for key, worlds in per_world.items():
        vals = list(worlds.values())
        results[key] = {
            "mean_ari": round(float(np.mean([v["ari"] for v in vals])), 4),
            "mean_detected": round(float(np.mean([v["detected"] for v in vals])), 4),
            "genuine_in_campaign": int(sum(v["genuine_in_campaign"] for v in vals)),
            "worlds": {
                k: {kk: (round(vv, 4) if isinstance(vv, float) else vv) for kk, vv in v.items()}
                for k, v in worlds.items()
            },
        }
    ref = results["default"]["worlds"]
    print(f"\n{'setting':<48} {'ARI':>7} {'better/worse':>12} {'detected':>9} {'genuine':>8}")
    for key, r in results.items():
        better = sum(r["worlds"][k]["ari"] > ref[k]["ari"] + 1e-9 for k in r["worlds"])
        worse = sum(r["worlds"][k]["ari"] < ref[k]["ari"] - 1e-9 for k in r["worlds"])
        print(
            f"{key:<48} {r['mean_ari']:>7.4f} {f'{better}/{worse}':>12} {r['mean_detected']:>9.4f} "
            f"{r['genuine_in_campaign']:>8}"
        )
    cols = (
        "ari",
        "components_unsplit",
        "best_within_components",
        "without_strays",
        "splits_joined",
        "leiden_splits_joined",
    )
    print(
        f"\nwhere the default loses ARI\n{'world':<20} {'unlinked':>8} "
        + " ".join(f"{c[:14]:>14}" for c in cols)
    )
    for name, b in decomposition.items():
        print(
            f"{name:<20} {b['fakes_without_link']:>3}/{b['fakes']:<4} "
            + " ".join(f"{b[c]:>14.4f}" for c in cols)
        )
    means = {c: round(float(np.mean([b[c] for b in decomposition.values()])), 4) for c in cols}
    print(f"{'mean':<20} {'':>8} " + " ".join(f"{means[c]:>14.4f}" for c in cols))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "worlds": args.worlds,
                "settings": results,
                "loss_decomposition": {"mean": means, **decomposition},
            },
            indent=1,
        )
        + "\n"
    )
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
