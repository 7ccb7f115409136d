"""Template reuse: near-duplicate texts sent by *different* accounts.

Why: CPNI and the DGSI/DGSE note both point at standardised messages shared by
fake profiles of one campaign. Text is normalised so that what a mail merge changes
(names, numbers, URLs, e-mails, ``%FIRSTNAME%`` slots) does not hide the shared
template, then MinHash LSH (datasketch) finds near-duplicates in near-linear time.
One sender repeating their own text is not reuse, and Sponsored InMail is mass mail
by design, so neither yields an edge.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import numpy as np

from lureguard.lure._text import clean, fold
from lureguard.lure.detect import is_sponsored_inmail

NUM_PERM = 64
#: Texts with fewer normalised words are too generic ("Thanks!") to be a template.
MIN_WORDS = 6
#: Above this many sender pairs for one template, link senders in a star, not a clique.
MAX_CLIQUE_PAIRS = 2_000

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(7)
_PERM_A = _rng.randint(1, (1 << 31) - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_PERM_B = _rng.randint(0, (1 << 31) - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)

_SLOT_RE = re.compile(r"%[a-z_]{2,30}%|\{\{[^{}]{1,40}\}\}|\[(?:first ?name|name|company|prenom|vorname)\]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
_NUM_RE = re.compile(r"\+?\d[\d\s.,:/-]*\d|\d")
_GREETING_RE = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|cher|chere"
    r"|hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|buongiorno|gentile|caro|cara|salve"
    r"|estimado|estimada|hola|buenos dias)\b[ ,]*"
    r"(?:(?:dr|prof|professor|mr|ms|mrs|herr|frau|madame|monsieur|mme|m|sig|sra|sr)\.?\s+)*"
    r"(?:[^\W\d_][\w'-]*)?(?:\s+[^\W\d_][\w'-]*)?\s*[,!.:]",
)
_WORD_RE = re.compile(r"[^\W_]+")
_DIGIT_RE = re.compile(r"\d")


def normalize_template(text: str | None) -> str:
    """Text with mail-merge variation removed: the template a campaign reuses."""
    t = fold(clean(text))
    # Each rewrite runs only when its trigger character is present: this is the hot loop.
    if "%" in t or "{" in t or "[" in t:
        t = _SLOT_RE.sub(" slot ", t)
    t = _GREETING_RE.sub(" greeting ", t, count=1)
    if "http" in t or "www." in t:
        t = _URL_RE.sub(" url ", t)
    if "@" in t:
        t = _EMAIL_RE.sub(" email ", t)
        t = _HANDLE_RE.sub(" handle ", t)
    if _DIGIT_RE.search(t):
        t = _NUM_RE.sub(" num ", t)
    return " ".join(_WORD_RE.findall(t))


@dataclass(frozen=True)
class TemplateEdge:
    """Two different senders who sent near-duplicate texts (one example pair)."""

    sender_a: Hashable
    sender_b: Hashable
    interaction_a: Hashable
    interaction_b: Hashable
    similarity: float


def _minhash(words: list[str]) -> np.ndarray:
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    h = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64, count=len(shingles))
    vals = (np.outer(h, _PERM_A) + _PERM_B) % _MERSENNE & _MAX32
    return vals.min(axis=0)


def find_template_reuse(
    rows: Iterable[tuple[Hashable, Hashable, str | None]], threshold: float = 0.8
) -> list[TemplateEdge]:
    """Edges between different senders whose normalised texts have Jaccard ≥ ``threshold``.

    ``rows`` are ``(interaction_id, sender_id, text)``; an empty or ``None`` sender is
    read as an empty sender URL (Sponsored InMail when the text has an unfilled slot).
    Near-duplicate texts are grouped into template clusters (union of LSH pairs that
    pass the estimated-Jaccard check). Within a cluster with at most
    :data:`MAX_CLIQUE_PAIRS` sender pairs every pair is linked; beyond that each sender
    is linked to the cluster's first sender (same components, linear size). An edge's
    ``similarity`` is the estimated Jaccard of the two example texts (1.0 when their
    normalised texts are identical); chained clusters may hold pairs below ``threshold``.
    """
    from datasketch import LeanMinHash, MinHashLSH

    groups: dict[str, list[tuple[Hashable, Hashable]]] = {}
    for iid, sender, text in rows:
        if not text:
            continue
        sender_url = "" if sender is None or sender == "" else str(sender)
        if is_sponsored_inmail(text, sender_url=sender_url):
            continue
        norm = normalize_template(text)
        if norm.count(" ") + 1 < MIN_WORDS:
            continue
        groups.setdefault(norm, []).append((iid, sender))
    keys = list(groups)
    sigs = [_minhash(k.split()) for k in keys]
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    lean = [LeanMinHash(seed=1, hashvalues=s, scheme="legacy") for s in sigs]
    with lsh.insertion_session() as session:
        for i, m in enumerate(lean):
            session.insert(i, m, check_duplication=False)
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(keys)):
        for j in lsh.query(lean[i]):
            if j > i and float(np.mean(sigs[i] == sigs[j])) >= threshold:
                parent[find(j)] = find(i)
    clusters: dict[int, list[int]] = {}
    for i in range(len(keys)):
        clusters.setdefault(find(i), []).append(i)
    edges: list[TemplateEdge] = []
    for members in clusters.values():
        edges.extend(_cluster_edges(members, keys, groups, sigs))
    return edges


def _cluster_edges(
    members: list[int],
    keys: list[str],
    groups: dict[str, list[tuple[Hashable, Hashable]]],
    sigs: list[np.ndarray],
) -> list[TemplateEdge]:
    """Edges among the distinct senders of one template cluster (clique or star)."""
    first: dict[Hashable, tuple[Hashable, int]] = {}
    for node in members:
        for iid, sender in groups[keys[node]]:
            if sender is not None and sender != "" and sender not in first:
                first[sender] = (iid, node)
    senders = list(first)
    if len(senders) < 2:
        return []
    n_pairs = len(senders) * (len(senders) - 1) // 2
    if n_pairs <= MAX_CLIQUE_PAIRS:
        pairs = [(a, b) for k, a in enumerate(senders) for b in senders[k + 1 :]]
    else:
        pairs = [(senders[0], b) for b in senders[1:]]
    out = []
    for a, b in pairs:
        (ia, na), (ib, nb) = first[a], first[b]
        sim = 1.0 if na == nb else round(float(np.mean(sigs[na] == sigs[nb])), 4)
        out.append(TemplateEdge(a, b, ia, ib, sim))
    return out
