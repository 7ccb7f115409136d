"""From pairwise evidence to clusters, cluster scores and propagated suspicion.

Why judge clusters and not only accounts (LinkedIn's 2015 fake-account work):
one persona can look ordinary, but twenty personas sharing a face, a script or a
relay pattern do not, and a cluster's score can then lift each member's risk.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import igraph as ig
import leidenalg
import numpy as np
import scipy.sparse as sp

from lureguard.campaigns._evidence import LINKING_KINDS


@dataclass(frozen=True)
class ClusterParams:
    """How strong a link must be, and when a component is split by Leiden."""

    min_link: float = 0.5  # summed weight of linking kinds for an edge to exist
    # A shared script (one script: 0.25, half a link) completes a link with a creation burst: accounts
    # made within a week of each other and briefed with one script are one batch (red flag 6 with a
    # creation burst). Either alone is weak: genuine recruiters of different firms share scripts.
    script_with_burst: bool = True
    leiden_min_size: int = 6  # smaller components are kept whole
    resolution: float = 0.05  # CPM resolution: a community's internal density must beat it
    seed: int = 0


def pair_weights(
    rows: Sequence[tuple[str, str, str, float]], p: ClusterParams
) -> list[tuple[str, str, float]]:
    """One weighted edge per linked pair; supporting kinds count only on top of a linking kind,
    except a creation burst, which completes a shared script's link (``script_with_burst``)."""
    link: dict[tuple[str, str], float] = {}
    support: dict[tuple[str, str], float] = {}
    script: set[tuple[str, str]] = set()
    burst: dict[tuple[str, str], float] = {}
    for a, b, kind, w in rows:
        bucket = link if kind in LINKING_KINDS else support
        bucket[(a, b)] = bucket.get((a, b), 0.0) + float(w)
        if kind == "template":
            script.add((a, b))
        elif kind == "burst":
            burst[(a, b)] = burst.get((a, b), 0.0) + float(w)
    bonus = {k: w for k, w in burst.items() if k in script} if p.script_with_burst else {}
    return [
        (a, b, w + support.get((a, b), 0.0))
        for (a, b), w in link.items()
        if w + bonus.get((a, b), 0.0) >= p.min_link
    ]


#: How a large connected component is split into groups: ``(component, params) -> groups of names``.
Split = Callable[[ig.Graph, ClusterParams], list[list[str]]]


def leiden_split(sub: ig.Graph, p: ClusterParams) -> list[list[str]]:
    """Leiden (CPM at ``p.resolution``), then every account left alone re-attached (``_reattach``)."""
    part = leidenalg.find_partition(
        sub,
        leidenalg.CPMVertexPartition,
        weights="weight",
        resolution_parameter=p.resolution,
        seed=p.seed,
    )
    return _reattach(sub, [list(m) for m in part])


def cluster(
    edges: Sequence[tuple[str, str, float]], p: ClusterParams, split: Split = leiden_split
) -> list[list[str]]:
    """Connected components, each large one split (by default Leiden) where it is really several groups.

    ``split`` is a parameter so that a benchmark can compare other ways of splitting on the same
    components (``benchmarks/tune_clustering.py``) without a second copy of this function.
    """
    if not edges:
        return []
    g = ig.Graph.TupleList(((a, b, w) for a, b, w in edges), directed=False, weights=True)
    out: list[list[str]] = []
    for comp in g.connected_components():
        sub = g.subgraph(comp)
        if len(comp) < p.leiden_min_size:
            out.append(sorted(sub.vs["name"]))
            continue
        out.extend(split(sub, p))
    out.sort(key=lambda c: (-len(c), c[0]))
    return out


def _reattach(g: ig.Graph, parts: list[list[int]]) -> list[list[str]]:
    """Give each account Leiden left alone to the group it is most strongly linked to.

    CPM asks a member's ties to outweigh ``resolution`` × the group's size, so an
    account tied by one good link (one shared script) to a large campaign is cut
    off on its own. It was linked, so it belongs with its neighbours; groups of
    two or more stay as Leiden split them.
    """
    group = {v: k for k, members in enumerate(parts) for v in members}
    for k, members in enumerate(parts):
        if len(members) != 1:
            continue
        v = members[0]
        pull: dict[int, float] = {}
        for e in g.es[g.incident(v)]:
            u = e.target if e.source == v else e.source
            if len(parts[group[u]]) > 1:
                pull[group[u]] = pull.get(group[u], 0.0) + float(e["weight"])
        if pull:
            best = max(sorted(pull), key=lambda j: pull[j])
            parts[best].append(v)
            parts[k] = []
            group[v] = best
    names = g.vs["name"]
    return [sorted(names[i] for i in members) for members in parts if members]


def lift(risk: np.ndarray, cluster_risk: np.ndarray) -> np.ndarray:
    """A member's risk after its campaign's: both are independent reasons, combined noisy-or."""
    return np.asarray(1.0 - (1.0 - risk) * (1.0 - np.clip(cluster_risk, 0.0, 1.0)))


def propagate_labels(
    account_ids: Sequence[str],
    risk: np.ndarray,
    edges: Sequence[tuple[str, str, float]],
    labels: Mapping[str, str],
    *,
    strength: float = 0.5,
    steps: int | None = None,
) -> np.ndarray:
    """SybilRank-style propagation of analyst labels over the evidence graph.

    A confirmed fake spreads suspicion to accounts tied to it, a confirmed
    genuine account spreads trust that dampens it; both by an early-terminated
    lazy random walk (``O(log n)`` steps, as SybilRank does, so that mass does
    not leak across the whole graph). Labelled accounts get 1 or 0.
    """
    n = len(account_ids)
    out = np.asarray(risk, dtype=float).copy()
    if n == 0 or not labels:
        return out
    index = {a: i for i, a in enumerate(account_ids)}
    rows = [(index[a], index[b], w) for a, b, w in edges if a in index and b in index]
    if rows:
        i, j, w = (np.array(x) for x in zip(*rows, strict=True))
        adj = sp.coo_matrix((np.r_[w, w], (np.r_[i, j], np.r_[j, i])), shape=(n, n)).tocsr()
    else:
        adj = sp.csr_matrix((n, n))
    deg = np.asarray(adj.sum(axis=1)).ravel()
    walk = sp.diags(np.divide(1.0, deg, out=np.zeros(n), where=deg > 0)) @ adj
    k = steps if steps is not None else max(1, math.ceil(math.log2(max(n, 2))))

    def spread(seed_label: str) -> np.ndarray:
        x = np.array([1.0 if labels.get(a) == seed_label else 0.0 for a in account_ids])
        if not x.any():
            return np.zeros(n)
        seeds = x.copy()
        for _ in range(k):
            x = np.maximum(0.5 * x + 0.5 * (walk.T @ x), seeds)
        return np.clip(x, 0.0, 1.0)

    fake, genuine = spread("fake"), spread("genuine")
    out = out + strength * fake * (1.0 - out) - strength * genuine * out
    for a, lab in labels.items():
        if a in index:
            out[index[a]] = 1.0 if lab == "fake" else 0.0 if lab == "genuine" else out[index[a]]
    return np.clip(out, 0.0, 1.0)
