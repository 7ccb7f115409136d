"""Accumulating converted records into one pooled, de-duplicated dataset.

Each source (an export archive, a report file) is converted inside a
``SourceBatch``; only a batch that finished without error is merged. That is
how "nothing partial" holds when one colleague's archive is broken and the
others are still processed. Interactions are spooled to disk because a large
inbox can hold hundreds of thousands of messages; only their ids stay in memory
for de-duplication.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Record = dict[str, Any]

_LIST_KEYS = ("positions", "skills", "education", "languages")


def merge_account(into: Record, new: Record, *, authoritative: bool = False) -> None:
    """Merge ``new`` into ``into``: lists are unioned, scalars kept unless authoritative.

    The owner's own Profile.csv is authoritative about them; a colleague's
    Connections.csv row is a second-hand, possibly stale view.
    """
    for key, value in new.items():
        if value is None or value == "" or value == []:
            continue
        if key in _LIST_KEYS:
            current = into.setdefault(key, [])
            for item in value:
                if item not in current:
                    current.append(item)
        elif key == "unresolved":
            # Resolved by any source means resolved.
            if into.get("unresolved", True) is False:
                continue
            into[key] = value
        elif authoritative or key not in into:
            into[key] = value


class SourceBatch:
    """Records of one source, merged into the pool only on ``commit``."""

    def __init__(self, pool: Pool, name: str) -> None:
        self.pool = pool
        self.name = name
        self.accounts: dict[str, Record] = {}
        self.members: dict[str, Record] = {}
        self.counts: Counter[str] = Counter()
        self._ids: set[str] = set()
        fd, spool = tempfile.mkstemp(prefix="batch-", suffix=".jsonl", dir=pool.workdir)
        self._spool_path = Path(spool)
        self._spool = os.fdopen(fd, "w", encoding="utf-8")

    def account(self, record: Record, *, authoritative: bool = False) -> None:
        current = self.accounts.setdefault(record["id"], {"id": record["id"]})
        merge_account(current, record, authoritative=authoritative)

    def member(self, record: Record) -> None:
        current = self.members.setdefault(record["account_id"], {"account_id": record["account_id"]})
        for key, value in record.items():
            if value is not None and key not in current:
                current[key] = value

    def interaction(self, record: Record) -> bool:
        """Add an interaction; False when it is a duplicate (same id already seen)."""
        iid = record["id"]
        if iid in self._ids or iid in self.pool.interaction_ids:
            self.counts["duplicate_interactions"] += 1
            return False
        self._ids.add(iid)
        self._spool.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        self.counts[f"interactions_{record['type']}"] += 1
        return True

    def commit(self) -> None:
        self._spool.close()
        with open(self._spool_path, encoding="utf-8") as src:
            shutil.copyfileobj(src, self.pool.spool)
        self._spool_path.unlink(missing_ok=True)
        self.pool.interaction_ids |= self._ids
        for record in self.accounts.values():
            self.pool.add_account(record)
        for record in self.members.values():
            self.pool.add_member(record)

    def discard(self) -> None:
        self._spool.close()
        self._spool_path.unlink(missing_ok=True)


class Pool:
    """The pooled dataset under construction."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="lureguard-convert-")
        self.workdir = Path(self._tmp.name)
        self.spool_path = self.workdir / "interactions.jsonl"
        self.spool = open(self.spool_path, "w", encoding="utf-8")  # noqa: SIM115 - closed in finish()
        self.accounts: dict[str, Record] = {}
        self.members: dict[str, Record] = {}
        self.interaction_ids: set[str] = set()

    def batch(self, name: str) -> SourceBatch:
        return SourceBatch(self, name)

    def add_account(self, record: Record) -> None:
        current = self.accounts.get(record["id"])
        if current is None:
            self.accounts[record["id"]] = dict(record)
        else:
            merge_account(current, record, authoritative=bool(record.get("_authoritative")))

    def add_member(self, record: Record) -> None:
        current = self.members.setdefault(record["account_id"], {"account_id": record["account_id"]})
        for key, value in record.items():
            if value is not None and key not in current:
                current[key] = value

    def finish(self, stats: dict[str, Any]) -> ConvertedDataset:
        self.spool.close()
        accounts = []
        for aid in sorted(self.accounts):
            record = {k: v for k, v in self.accounts[aid].items() if not k.startswith("_")}
            accounts.append(record)
        members = [self.members[k] for k in sorted(self.members)]
        return ConvertedDataset(
            accounts=accounts,
            members=members,
            stats=stats,
            interaction_count=len(self.interaction_ids),
            _tmp=self._tmp,
            _spool=self.spool_path,
        )


class ConvertedDataset:
    """Contract-shaped records produced by an adapter, ready to scan or write.

    ``accounts`` and ``members`` are lists; ``interactions`` is a fresh
    iterator on each access because it streams from a spool file. ``stats``
    reports per source what was read, skipped and, with ``keep_going``, failed.
    """

    def __init__(
        self,
        *,
        accounts: list[Record],
        members: list[Record],
        stats: dict[str, Any],
        interaction_count: int,
        _tmp: tempfile.TemporaryDirectory[str],
        _spool: Path,
    ) -> None:
        self.accounts = accounts
        self.members = members
        self.stats = stats
        self.interaction_count = interaction_count
        self._tmp = _tmp
        self._spool = _spool

    @property
    def interactions(self) -> Iterator[Record]:
        """Every interaction, streamed from disk in conversion order."""
        with open(self._spool, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    def close(self) -> None:
        """Delete the spool; the object is unusable for interactions afterwards."""
        self._tmp.cleanup()

    def __enter__(self) -> ConvertedDataset:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, out_dir: Path, *, overwrite: bool = False) -> Path:
        """Write ``accounts/interactions/members.jsonl`` into ``out_dir`` atomically.

        The files are written to a temporary sibling folder that is renamed into
        place, so a crash never leaves a half-written dataset that looks whole.
        """
        out_dir = Path(out_dir)
        if out_dir.exists() and any(out_dir.iterdir()) and not overwrite:
            raise FileExistsError(f"{out_dir} exists and is not empty (use overwrite=True)")
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
        try:
            _write_jsonl(staging / "accounts.jsonl", self.accounts)
            _write_jsonl(staging / "members.jsonl", self.members)
            shutil.copyfile(self._spool, staging / "interactions.jsonl")
            if out_dir.exists():
                old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
                out_dir.rename(old)
                staging.rename(out_dir)
                shutil.rmtree(old, ignore_errors=True)
            else:
                staging.rename(out_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return out_dir


def _write_jsonl(path: Path, records: list[Record]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
