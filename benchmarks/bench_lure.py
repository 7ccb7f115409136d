"""Benchmark of lureguard.lure: throughput, template reuse at scale, transfer on real text.

One command: ``python benchmarks/bench_lure.py``; writes ``benchmarks/results/lure.json``.

Transfer checks use text no one on this project wrote (see each folder's SOURCE.md):
EMSCAD fraudulent vs legitimate job ads and the multilingual SMS Spam Collection.
Neither is an espionage-lure corpus: they say whether the cues travel to real
scam/spam text, not how well lures are caught. The EMSCAD mix (866 fraud vs 347
legit) is not the real fraud rate, so average precision is compared with its
base rate. A third set is 100 templated "recruiter" social-engineering
conversations (every one malicious): recall only, a smoke test.

``--only NAME ...`` runs just those parts (``throughput``, ``template_reuse``, ``emscad``,
``sms_spam``, ``recruiter_se``) and updates them in the existing results file.
"""

from __future__ import annotations

import csv
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

from lureguard.lure import DEFAULT_THRESHOLD, analyze, find_template_reuse, langid
from lureguard.lure.detect import default_detector
from lureguard.lure.seed import load_seed
from lureguard.lure.textmodel import blend, default_model

ROOT = Path(__file__).resolve().parents[1]

EXTERNAL = Path("/work/shared/data/external")
csv.field_size_limit(10_000_000)


def _corpus(n: int) -> list[str]:
    """Seed texts with varied tails so no two texts are identical (no cache help)."""
    rng = random.Random(1)
    base = [r[3] for r in load_seed()]
    tails = ["", " Thanks.", " Best regards, Anna", " Merci !", " Viele Grüße", " See you soon."]
    return [f"{rng.choice(base)}{rng.choice(tails)} #{i}" for i in range(n)]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _rate(n: int, run: Callable[[], object], repeats: int = 3) -> tuple[int, int, float]:
    """Best wall-clock rate and best critical-path CPU rate (msg/s) over ``repeats`` runs,
    and the least total CPU time per message (µs, this process and its children).

    Why all three: the 2-core machine is shared; wall time is what a scan sees under
    the current load, CPU time what the code costs. With forked workers the critical
    path is the busier of this process and its (reaped) children: the wall time a
    quiet machine with a core per process would show. Total CPU over two is the
    same on a quiet machine when the processes share the work evenly (they claim
    chunks as they go), and unlike the critical path it does not depend on which
    process other jobs slowed down. The lingua cache is cleared before each run so
    repeats do not flatter the figure.
    """
    wall = cpu = 0.0
    total = float("inf")
    for _ in range(repeats):
        langid.clear_cache()
        w, c, k = time.perf_counter(), time.process_time(), _children_cpu()
        run()
        w, c, k = time.perf_counter() - w, time.process_time() - c, _children_cpu() - k
        wall, cpu = max(wall, n / w), max(cpu, n / max(c, k, 1e-9))
        total = min(total, (c + k) * 1e6 / n)
    return round(wall), round(cpu), round(total, 1)


def _simulated_texts(seed: int = 1001) -> list[str]:
    """Every text of the demo world of a training seed: a realistic scan batch."""
    from lureguard.simulate import simulate

    with tempfile.TemporaryDirectory() as tmp:
        simulate("demo", Path(tmp), seed=seed)
        with (Path(tmp) / "interactions.jsonl").open(encoding="utf-8") as f:
            return [t for line in f if (t := json.loads(line).get("text"))]


def throughput(n: int = 50_000) -> dict[str, object]:
    """``analyze`` as the pipeline calls it (default workers: every core, forked) and
    in one process, on the hard corpus and on a realistic simulated batch."""
    texts = _corpus(n)
    analyze(texts[:200])  # build scanner, load lingua
    load_before = os.getloadavg()[0]
    full_wall, full_cpu, full_total = _rate(n, lambda: analyze(texts))
    one_wall, one_cpu, one_total = _rate(n, lambda: analyze(texts, workers=1))
    det = default_detector()
    scan_wall, scan_cpu, _ = _rate(n, lambda: [det.cues(x) for x in texts], repeats=1)
    load_mid = os.getloadavg()[0]
    sim = _simulated_texts()
    sim_wall, sim_cpu, sim_total = _rate(len(sim), lambda: analyze(sim))
    sim_one_wall, sim_one_cpu, sim_one_total = _rate(len(sim), lambda: analyze(sim, workers=1))
    return {
        "messages": n,
        "mean_chars": round(sum(map(len, texts)) / n, 1),
        "analyze_msgs_per_s": full_wall,
        "analyze_critical_path_cpu_msgs_per_s": full_cpu,
        "analyze_total_cpu_us_per_msg": full_total,
        "analyze_1_process_msgs_per_s": one_wall,
        "analyze_1_process_cpu_msgs_per_s": one_cpu,
        "analyze_1_process_cpu_us_per_msg": one_total,
        "scan_only_msgs_per_s": scan_wall,
        "scan_only_cpu_msgs_per_s": scan_cpu,
        "simulated_batch": {
            "source": "demo world, seed 1001 (all texts, as the scan sees them)",
            "messages": len(sim),
            "distinct": len(set(sim)),
            "analyze_msgs_per_s": sim_wall,
            "analyze_critical_path_cpu_msgs_per_s": sim_cpu,
            "analyze_total_cpu_us_per_msg": sim_total,
            "analyze_1_process_msgs_per_s": sim_one_wall,
            "analyze_1_process_cpu_msgs_per_s": sim_one_cpu,
            "analyze_1_process_cpu_us_per_msg": sim_one_total,
        },
        "load_average_1min_before": round(load_before, 2),
        "load_average_1min_after_hard_corpus": round(load_mid, 2),
        "load_average_1min_after": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }


def template_scale(n: int = 100_000) -> dict[str, object]:
    rng = random.Random(2)
    names = ["Anna", "Bernd", "Carla", "Dmitri", "Elise", "Farid", "Greta", "Hugo"]
    templates = [r[3] for r in load_seed() if r[2] == 1][:30]
    genuine = [r[3] for r in load_seed() if r[2] == 0]
    vocab = sorted({w for t in genuine for w in t.split()})
    rows = []
    for i in range(n):
        if rng.random() < 0.2:
            text = rng.choice(templates).replace("Dr", rng.choice(names)) + f" {rng.randint(1, 99)}"
            sender = f"fake{rng.randint(0, 300)}"
        else:
            text = " ".join(rng.sample(vocab, 14))
            sender = f"user{i}"
        rows.append((f"i{i}", sender, text))
    t = time.perf_counter()
    edges = find_template_reuse(rows)
    return {"messages": n, "seconds": round(time.perf_counter() - t, 2), "edges": len(edges)}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def emscad() -> dict[str, object]:
    fields = ("title", "company_profile", "description", "requirements", "benefits")
    fraud = _read(EXTERNAL / "emscad-fraudulent-adhira" / "fraudulent_jobs.csv")
    legit = [r for r in _read(EXTERNAL / "emscad-sample-rdube" / "fj_small.csv") if r["fraudulent"] == "0"]
    seen: set[tuple[str, str]] = set()
    texts, labels = [], []
    for rows, label in ((fraud, 1), (legit, 0)):
        for r in rows:
            key = (r.get("title", ""), r.get("description", ""))
            if key in seen:
                continue
            seen.add(key)
            texts.append("\n".join(r.get(f) or "" for f in fields))
            labels.append(label)
    scores = [x.lure_score for x in analyze(texts)]
    mixed = blend(np.array(scores), default_model().score(texts))
    flagged = [s >= DEFAULT_THRESHOLD for s in scores]
    tp = sum(1 for f, y in zip(flagged, labels, strict=True) if f and y)
    return {
        "n_fraud": sum(labels),
        "n_legit": len(labels) - sum(labels),
        "base_rate": round(sum(labels) / len(labels), 3),
        "average_precision": round(average_precision_score(labels, scores), 3),
        "roc_auc": round(roc_auc_score(labels, scores), 3),
        # the pipeline's word score since the twelfth session: lexicons and text model averaged
        "roc_auc_blend": round(roc_auc_score(labels, mixed), 3),
        "at_threshold": {
            "precision": round(tp / max(1, sum(flagged)), 3),
            "recall": round(tp / max(1, sum(labels)), 3),
        },
        "note": "mix of the two files, not the real fraud rate; job-scam ads are not espionage lures",
    }


def sms() -> dict[str, object]:
    rows = _read(EXTERNAL / "sms-spam-multilingual-en-hi-de-fr" / "data-en-hi-de-fr.csv")
    labels = [1 if r["labels"] == "spam" else 0 for r in rows]
    out: dict[str, object] = {"n": len(rows), "n_spam": sum(labels)}
    for lang, col in (("en", "text"), ("fr", "text_fr"), ("de", "text_de")):
        res = analyze([r[col] for r in rows])
        lexicon = np.array([x.lure_score for x in res])
        out[f"roc_auc_{lang}"] = round(roc_auc_score(labels, lexicon), 3)
        mixed = blend(lexicon, default_model().score([r[col] for r in rows]))
        out[f"roc_auc_{lang}_blend"] = round(roc_auc_score(labels, mixed), 3)
        out[f"lang_id_accuracy_{lang}"] = round(sum(x.language == lang for x in res) / len(res), 3)
    out["note"] = "2012 UK prize/ringtone SMS spam (DE/FR machine-translated), not recruitment lures"
    return out


def recruiter_se() -> dict[str, object]:
    """Recall on templated recruiter social-engineering conversations (all malicious).

    Each block is one conversation: turns ``Recruiter: …`` / ``Target: …`` joined by a literal
    ``\\n``, closed by the target's reaction (``[failure]``, ``[partial]``, ``[successful]``).
    Scored per recruiter turn (words only) and per conversation (``score_thread``, both sides).
    """
    from lureguard.lure.thread import score_thread

    raw = (
        EXTERNAL / "recruiter-se-conversations-synthetic" / "synthetic_se_conversations_100.txt"
    ).read_text(encoding="utf-8")
    convs: list[list[tuple[int, str, str]]] = []
    for block in (b.strip() for b in raw.split("\n\n")):
        if not block:
            continue
        turns = [t for t in block.split("\\n") if ":" in t and not t.startswith("[")]
        convs.append([(i, *(x.strip() for x in t.split(":", 1))) for i, t in enumerate(turns)])  # type: ignore[misc]
    asks = [text for conv in convs for _, who, text in conv if who == "Recruiter"]
    res = analyze(asks)
    threads = [score_thread(conv).score for conv in convs]
    cats: dict[str, int] = {}
    for r in res:
        for c in r.categories:
            cats[c] = cats.get(c, 0) + 1
    return {
        "conversations": len(convs),
        "conversations_at_threshold": sum(s >= DEFAULT_THRESHOLD for s in threads),
        "recruiter_turns": len(asks),
        "turns_at_threshold": sum(r.lure_score >= DEFAULT_THRESHOLD for r in res),
        "turn_categories": dict(sorted(cats.items())),
        "note": "100 templated conversations, all malicious (asks for work e-mail, tooling, access rights): recall only",
    }


PARTS: dict[str, Callable[[], dict[str, object]]] = {
    "throughput": throughput,
    "template_reuse": template_scale,
    "emscad": emscad,
    "sms_spam": sms,
    "recruiter_se": recruiter_se,
}


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--only", nargs="+", choices=sorted(PARTS), help="run these parts, keep the others' results"
    )
    args = ap.parse_args()
    out = ROOT / "benchmarks" / "results" / "lure.json"
    results: dict[str, object] = {}
    if args.only and out.exists():
        results = json.loads(out.read_text(encoding="utf-8"))
    for name, run in PARTS.items():
        if not args.only or name in args.only:
            results[name] = run()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps({k: results[k] for k in (args.only or PARTS)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
