"""Profile-image analysis benchmark: the scan's step on DuckDB and the same rows on Spark.

    .venv/bin/python benchmarks/bench_photos.py [--images 600] [--spark-cores 2] [--no-spark]

Distinct JPEGs are made from the three test faces (``tests/fixtures/faces``), each moved,
scaled and recompressed at random (seed 0) so that no two files are the same bytes, and
named by accounts of a small dataset (one in ten sharing another's path, as a reused
photo does). ``lureguard.photos.analyse_photos`` fills ``photo_features`` in a DuckDB store;
``spark.spark_photo_features`` computes the same table on Spark ``local[cores]``. Writes
``benchmarks/results/photos.json``: images a second on each engine, and whether every row
is equal. Why it matters: decoding and face detection cost tens of milliseconds an image,
against microseconds a text, so at a platform's scale this is the step to spread out.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "photos.json"
FACES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "faces"


def make_images(folder: Path, n: int, seed: int = 0) -> list[str]:
    """``n`` distinct JPEG files under ``folder``; their paths relative to it."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    faces = [cv2.imread(str(p)) for p in sorted(FACES.glob("*.jpg"))]
    (folder / "photos").mkdir(parents=True, exist_ok=True)
    rels = []
    for i in range(n):
        img = faces[i % len(faces)]
        side = int(rng.integers(200, 480))
        h, w = img.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), float(rng.uniform(-4, 4)), float(rng.uniform(0.9, 1.15)))
        m[:, 2] += rng.uniform(-0.06, 0.06, 2) * (w, h)
        moved = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
        out = cv2.resize(moved, (side, side))
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(70, 95))])
        assert ok
        rel = f"photos/{i:06d}.jpg"
        (folder / rel).write_bytes(buf.tobytes())
        rels.append(rel)
    return rels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=600)
    ap.add_argument("--spark-cores", type=int, default=2)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()

    from lureguard.ingest import ingest
    from lureguard.photos import analyse_photos
    from lureguard.simulate import simulate
    from lureguard.store import connect

    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-photos-"))
    world = work / "world"
    simulate("france-2018", world, seed=1041, scale=0.05)
    rels = make_images(world, args.images)
    records = [json.loads(x) for x in (world / "accounts.jsonl").read_text(encoding="utf-8").splitlines()]
    if len(records) < len(rels) * 1.1:
        raise SystemExit(f"the world has {len(records)} accounts: too few for {len(rels)} images")
    # a tenth more accounts reuse a photo an earlier account has: analysed once for both
    extra = int(len(rels) * 0.1)
    for k, rec in enumerate(records[: len(rels) + extra]):
        rec["photo"] = {**(rec.get("photo") or {}), "path": rels[k % len(rels)]}
    (world / "accounts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    con = connect(None)
    ingest(con, world)
    t = time.perf_counter()
    rows = analyse_photos(con, world)
    duck_s = time.perf_counter() - t
    ref = sorted(con.execute("SELECT * FROM photo_features").fetchall())
    result: dict[str, object] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "images": len(rels),
        "accounts_with_photos": rows,
        "faces_found": sum(1 for r in ref if r[2]),
        "duckdb_seconds": round(duck_s, 2),
        "duckdb_images_per_second": round(len(rels) / duck_s, 1),
    }
    print(json.dumps(result))
    if not args.no_spark:
        from lureguard.spark import local_session, spark_photo_features, spark_store_tables

        spark = local_session(cores=args.spark_cores, memory="4g")
        spark.sparkContext.setLogLevel("ERROR")
        try:
            accounts = spark_store_tables(spark, world, photos=False)["accounts"].localCheckpoint(eager=True)
            t = time.perf_counter()
            feats = spark_photo_features(spark, accounts, world)
            spark_s = time.perf_counter() - t
            got = sorted(tuple(r) for r in feats.collect())
        finally:
            spark.stop()
        result.update(
            {
                "spark_cores": args.spark_cores,
                "spark_seconds": round(spark_s, 2),
                "spark_images_per_second": round(len(rels) / spark_s, 1),
                "rows_equal": got == ref,
                "rows_differing": sum(1 for x, y in zip(got, ref, strict=False) if x != y)
                + abs(len(got) - len(ref)),
            }
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
