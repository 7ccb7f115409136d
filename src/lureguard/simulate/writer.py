"""Write a built world as a contract dataset (JSON Lines or Parquet).

Interaction ids follow time order and thread ids are renumbered through a seeded
permutation, so neither reveals which generator (background, hard negative or
campaign) produced a row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from lureguard.contract import INTERACTION_TYPES

_STR = pa.string()
ACCOUNT_SCHEMA = pa.schema(
    [
        ("id", _STR),
        ("name", _STR),
        ("headline", _STR),
        ("about", _STR),
        ("location", _STR),
        ("country", _STR),
        ("created_at", _STR),
        ("connections", pa.int64()),
        ("followers", pa.int64()),
        ("verified", pa.bool_()),
        ("photo", pa.struct([("sha256", _STR), ("phash", _STR), ("path", _STR)])),
        (
            "positions",
            pa.list_(
                pa.struct(
                    [
                        ("title", _STR),
                        ("organization", _STR),
                        ("start", _STR),
                        ("end", _STR),
                        ("location", _STR),
                        ("description", _STR),
                    ]
                )
            ),
        ),
        (
            "education",
            pa.list_(
                pa.struct(
                    [("school", _STR), ("degree", _STR), ("field", _STR), ("start", _STR), ("end", _STR)]
                )
            ),
        ),
        ("skills", pa.list_(_STR)),
        ("languages", pa.list_(_STR)),
        ("profile_url", _STR),
    ]
)
MEMBER_SCHEMA = pa.schema(
    [
        ("account_id", _STR),
        ("organization", _STR),
        ("institution_type", _STR),
        ("sector", _STR),
        ("role", _STR),
        ("seniority", _STR),
    ]
)
LABEL_SCHEMA = pa.schema([("account_id", _STR), ("label", _STR), ("campaign", _STR), ("persona", _STR)])


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_rows(path: Path, rows: Iterable[Mapping[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(_dumps(r) + "\n" for r in rows)


def write_table(out: Path, stem: str, rows: list[dict[str, Any]], schema: pa.Schema, fmt: str) -> None:
    if fmt == "jsonl":
        write_rows(out / f"{stem}.jsonl", rows)
    else:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), out / f"{stem}.parquet", compression="zstd")


def iso_strings(t: np.ndarray) -> np.ndarray:
    """Epoch seconds → ``YYYY-MM-DDTHH:MM:SSZ`` (vectorised)."""
    return np.char.add(np.datetime_as_string(t.astype("datetime64[s]"), unit="s"), "Z")


def write_interactions(
    out: Path,
    fmt: str,
    ids: list[str],
    typ: np.ndarray,
    src: np.ndarray,
    dst: np.ndarray,
    t: np.ndarray,
    text_idx: np.ndarray,
    thread: np.ndarray,
    texts: list[str],
    thread_perm: np.ndarray,
) -> list[str]:
    """Write interactions; return their ids (``ix`` + zero-padded time rank)."""
    n = len(typ)
    width = max(7, len(str(n)))
    iid = [f"ix{i:0{width}d}" for i in range(n)]
    id_arr = np.array(ids, dtype=object)
    types = np.array(INTERACTION_TYPES, dtype=object)[typ]
    frm, to = id_arr[src], id_arr[dst]
    at = iso_strings(t)
    has_thread = thread >= 0
    thr = np.full(n, None, dtype=object)
    if has_thread.any():
        thr[has_thread] = [f"th{x:08x}" for x in thread_perm[thread[has_thread]]]
    txt = np.full(n, None, dtype=object)
    has_text = text_idx >= 0
    txt_list = np.array(texts, dtype=object) if texts else np.array([], dtype=object)
    txt[has_text] = txt_list[text_idx[has_text]]
    if fmt == "parquet":
        table = pa.table(
            {
                "id": pa.array(iid, _STR),
                "type": pa.array(types, _STR),
                "from": pa.array(frm, _STR),
                "to": pa.array(to, _STR),
                "at": pa.array(at.astype(object), _STR),
                "text": pa.array(txt, _STR),
                "thread": pa.array(thr, _STR),
            }
        )
        pq.write_table(table, out / "interactions.parquet", compression="zstd")
        return iid
    frm_l, to_l, types_l, at_l, txt_l, thr_l = (
        frm.tolist(),
        to.tolist(),
        types.tolist(),
        at.tolist(),
        txt.tolist(),
        thr.tolist(),
    )
    with (out / "interactions.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        buf: list[str] = []
        for i in range(n):
            line = f'{{"id":"{iid[i]}","type":"{types_l[i]}","from":"{frm_l[i]}","to":"{to_l[i]}","at":"{at_l[i]}"'
            x = txt_l[i]
            if x is not None:
                line += ',"text":' + _dumps(x)
            y = thr_l[i]
            if y is not None:
                line += f',"thread":"{y}"'
            buf.append(line + "}\n")
            if len(buf) >= 50_000:
                fh.writelines(buf)
                buf.clear()
        fh.writelines(buf)
    return iid
