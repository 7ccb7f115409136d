"""Threat-intelligence exports of a finished scan: STIX 2.1 and MISP.

``lureguard export SCAN_DIR --format stix|misp`` reads the scan's result files and
store (``load_findings``) and writes what a national CERT ingests. Written files
appear whole or not at all: each is written beside its target and renamed.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from lureguard.intel._findings import Findings, FindingsError, findings_from_rows, load_findings

__all__ = ["Findings", "FindingsError", "findings_from_rows", "load_findings", "write_misp", "write_stix"]


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_stix(findings: Findings, path: Path, **options: Any) -> dict[str, int]:
    """The bundle as one JSON file; returns object counts by type."""
    from lureguard.intel.stix import stix_bundle

    bundle = stix_bundle(findings, **options)
    # stix2's ``pretty`` orders properties with a search that grew quadratic in the bundle
    # (26 s for 700 objects); the plain form is the same JSON, indented here instead.
    text = json.dumps(json.loads(bundle.serialize()), indent=2, ensure_ascii=False)
    _atomic_write(Path(path), text + "\n")
    counts: dict[str, int] = {}
    for o in bundle.objects:
        counts[o.type] = counts.get(o.type, 0) + 1
    return counts


def write_misp(findings: Findings, folder: Path, **options: Any) -> list[Path]:
    """One MISP event JSON file per campaign (and one for lone personas) in ``folder``."""
    from lureguard.intel.misp import misp_events

    events = misp_events(findings, **options)
    folder = Path(folder)
    written = []
    for stem, event in events.items():
        path = folder / f"{stem}.json"
        _atomic_write(path, json.dumps(event, indent=2, ensure_ascii=False) + "\n")
        written.append(path)
    return written
