"""What the dashboard reads: one finished scan, queried with DuckDB, never held in Python lists.

At platform scale ``accounts.jsonl`` holds a million rows with their reasons, so the
result files are loaded once into a DuckDB file in a temporary folder (buffer-managed,
spilled to disk, deleted on close) beside the scan's store, attached read-only. Every
page is then one or two SQL queries with a LIMIT.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from lureguard.contract import EXPOSURE_STAGES

#: Columns read from each result file; a key a file lacks reads as NULL (``alerted_at`` without replay).
RESULT_FILES: dict[str, tuple[str, dict[str, str]]] = {
    "res_accounts": (
        "accounts.jsonl",
        {
            "account_id": "VARCHAR",
            "risk": "DOUBLE",
            "flagged": "BOOLEAN",
            "reasons": "JSON",
            "campaign": "VARCHAR",
            "alerted_at": "VARCHAR",
        },
    ),
    "res_campaigns": (
        "campaigns.jsonl",
        {
            "campaign": "VARCHAR",
            "accounts": "VARCHAR[]",
            "targets": "VARCHAR[]",
            "first_seen": "VARCHAR",
            "last_seen": "VARCHAR",
            "risk": "DOUBLE",
            "summary": "VARCHAR",
            "evidence": "VARCHAR[]",
            "reasons": "VARCHAR[]",
        },
    ),
    "res_exposure": (
        "exposure.jsonl",
        {
            "account_id": "VARCHAR",
            "organization": "VARCHAR",
            "sector": "VARCHAR",
            "institution_type": "VARCHAR",
            "campaigns": "VARCHAR[]",
            "stage": "VARCHAR",
            "first_contact": "VARCHAR",
        },
    ),
    "res_messages": (
        "messages.jsonl",
        {
            "interaction_id": "VARCHAR",
            "lure_score": "DOUBLE",
            "categories": "VARCHAR[]",
            "language": "VARCHAR",
            "text_score": "DOUBLE",
            "thread_stages": "VARCHAR[]",
        },
    ),
    "res_alerts": (
        "alerts.jsonl",
        {
            "account_id": "VARCHAR",
            "at": "VARCHAR",
            "risk": "DOUBLE",
            "campaign": "VARCHAR",
            "corroborated_by": "VARCHAR",
            "fingerprint": "VARCHAR",
        },
    ),
}
REQUIRED = ("res_accounts", "res_campaigns")


class ScanError(ValueError):
    """A scan folder the dashboard cannot open, with the file at fault."""


def _records(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description or ()]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


class ScanView:
    """Read-only queries over one scan; safe to share between request threads (one cursor each)."""

    def __init__(self, scan_dir: Path, *, db: Path | None = None) -> None:
        self.scan_dir = Path(scan_dir)
        store = Path(db) if db is not None else self.scan_dir / "lureguard.duckdb"
        if not (self.scan_dir / "accounts.jsonl").exists():
            raise ScanError(
                f"{self.scan_dir / 'accounts.jsonl'}: missing; is this the folder a scan wrote (--out)?"
            )
        if not store.exists():
            raise ScanError(
                f"{store}: the scan's store is missing; pass --db with the path the scan was given"
            )
        self._tmp = tempfile.mkdtemp(prefix="lureguard-dashboard-")
        self._con = duckdb.connect(os.path.join(self._tmp, "view.duckdb"))
        try:
            self._con.execute("SET TimeZone = 'UTC'")
            self._con.execute("SET enable_progress_bar = false")
            # ATTACH takes no parameters: the path goes in as a quoted SQL literal.
            literal = "'" + str(store).replace("'", "''") + "'"
            self._con.execute(f"ATTACH {literal} AS st (READ_ONLY)")
            for table, (name, columns) in RESULT_FILES.items():
                self._load(table, self.scan_dir / name, columns, required=table in REQUIRED)
        except BaseException:
            self.close()
            raise

    def _load(self, table: str, path: Path, columns: dict[str, str], *, required: bool) -> None:
        cols = ", ".join(f'"{c}" {t}' for c, t in columns.items())
        if not path.exists():
            if required:
                raise ScanError(f"{path}: missing; is this the folder a scan wrote (--out)?")
            self._con.execute(f"CREATE TABLE {table} ({cols})")
            return
        spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in columns.items()) + "}"
        try:
            self._con.execute(
                f"CREATE TABLE {table} AS SELECT * FROM read_json(?, format = 'newline_delimited', "
                f"columns = {spec})",
                [str(path)],
            )
        except duckdb.Error as exc:
            raise ScanError(f"{path.name}: cannot be read ({str(exc).splitlines()[0]})") from exc

    def close(self) -> None:
        try:
            self._con.close()
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _q(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self._con.cursor()
        try:
            return _records(cur.execute(sql, params or []))
        finally:
            cur.close()

    # --- pages -----------------------------------------------------------------------
    def overview(self) -> dict[str, Any]:
        (row,) = self._q(
            "SELECT (SELECT count(*) FROM res_accounts) AS scored, "
            "(SELECT count(*) FILTER (WHERE flagged) FROM res_accounts) AS flagged, "
            "(SELECT count(*) FROM res_campaigns) AS campaigns, "
            "(SELECT count(*) FROM res_exposure) AS reached, "
            "(SELECT count(*) FROM res_alerts) AS alerts, "
            "(SELECT max(ts) FROM st.interactions) AS until"
        )
        return row

    def accounts(
        self,
        *,
        flagged_only: bool = True,
        campaign: str | None = None,
        query: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Accounts, riskiest first, with the profile's name and headline; and how many match."""
        where, params = ["TRUE"], []
        if flagged_only:
            where.append("r.flagged")
        if campaign:
            where.append("r.campaign = ?")
            params.append(campaign)
        if query:
            # contains(), not LIKE: a typed % or _ is text, not a wildcard.
            where.append(
                "(contains(lower(r.account_id), lower(?)) OR contains(lower(coalesce(a.name, '')), lower(?)))"
            )
            params += [query, query]
        cond = " AND ".join(where)
        base = f"FROM res_accounts r LEFT JOIN st.accounts a ON a.id = r.account_id WHERE {cond}"
        (total,) = self._q(f"SELECT count(*) AS n {base}", params)
        rows = self._q(
            f"SELECT r.account_id, r.risk, r.flagged, r.campaign, r.alerted_at, a.name, a.headline {base} "
            "ORDER BY r.risk DESC, r.account_id LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        return rows, int(total["n"])

    def account(self, account_id: str) -> dict[str, Any] | None:
        """One account: its scan row (if it sent anything), profile, what it sent and received, its exposure."""
        rows = self._q(
            "SELECT a.id AS account_id, r.risk, r.flagged, r.campaign, r.reasons, r.alerted_at, "
            "r.account_id IS NOT NULL AS scored, a.name, a.headline, a.about, a.location, a.created_at, "
            "a.connections, a.profile_url, a.positions FROM st.accounts a "
            "LEFT JOIN res_accounts r ON r.account_id = a.id WHERE a.id = ?",
            [account_id],
        )
        if not rows:
            return None
        acc = rows[0]
        acc["reasons"] = _json(acc["reasons"]) or []
        acc["positions"] = _json(acc["positions"]) or []
        # The scan's own lure score (in context, as messages.jsonl says it), not the words' alone.
        acc["messages"] = self._q(
            "SELECT i.ts, i.type, i.dst, m.organization AS dst_org, i.text, s.lure_score, s.categories "
            "FROM st.interactions i LEFT JOIN res_messages s ON s.interaction_id = i.id "
            "LEFT JOIN st.members m ON m.account_id = i.dst "
            "WHERE i.src = ? AND i.type IN ('invitation', 'message') ORDER BY i.ts, i.id LIMIT 500",
            [account_id],
        )
        acc["received"] = self._q(
            "SELECT i.ts, i.type, i.src, a.name AS src_name, r.flagged AS src_flagged, r.campaign AS src_campaign, "
            "i.text, s.lure_score, s.categories FROM st.interactions i "
            "LEFT JOIN res_messages s ON s.interaction_id = i.id LEFT JOIN st.accounts a ON a.id = i.src "
            "LEFT JOIN res_accounts r ON r.account_id = i.src "
            "WHERE i.dst = ? AND i.type IN ('invitation', 'message') "
            "ORDER BY coalesce(r.flagged, false) DESC, i.ts, i.id LIMIT 500",
            [account_id],
        )
        exposure = self._q("SELECT * FROM res_exposure WHERE account_id = ?", [account_id])
        acc["exposure"] = exposure[0] if exposure else None
        acc["alerts"] = self._q('SELECT * FROM res_alerts WHERE account_id = ? ORDER BY "at"', [account_id])
        return acc

    def messages(
        self,
        *,
        lures_only: bool = True,
        category: str | None = None,
        language: str | None = None,
        query: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Invitations and messages with text, likeliest lures first; and how many match."""
        from lureguard.lure.detect import DEFAULT_THRESHOLD

        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if lures_only:
            where.append("m.lure_score >= ?")
            params.append(DEFAULT_THRESHOLD)
        if category:
            where.append("list_contains(m.categories, ?)")
            params.append(category)
        if language:
            where.append("m.language = ?")
            params.append(language)
        if query:
            where.append("contains(lower(coalesce(i.text, '')), lower(?))")
            params.append(query)
        base = (
            "FROM res_messages m JOIN st.interactions i ON i.id = m.interaction_id "
            f"WHERE {' AND '.join(where)}"
        )
        (total,) = self._q(f"SELECT count(*) AS n {base}", params)
        rows = self._q(
            "SELECT m.interaction_id, m.lure_score, m.text_score, m.categories, m.language, m.thread_stages, "
            "i.type, i.ts, i.src, i.dst, i.text, a.name AS src_name, r.flagged AS src_flagged, "
            "mb.organization AS dst_org "
            f"{base.replace('WHERE', 'LEFT JOIN st.accounts a ON a.id = i.src LEFT JOIN res_accounts r ON r.account_id = i.src LEFT JOIN st.members mb ON mb.account_id = i.dst WHERE', 1)} "
            "ORDER BY m.lure_score DESC, i.ts, m.interaction_id LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        for row in rows:
            row["wording"] = _wording(row)
        return rows, int(total["n"])

    def lure_counts(self) -> dict[str, Any]:
        """Lures per category and per language, for the messages page's header."""
        from lureguard.lure.detect import DEFAULT_THRESHOLD

        cats = self._q(
            "SELECT c AS name, count(*) AS n FROM (SELECT unnest(categories) AS c FROM res_messages "
            "WHERE lure_score >= ?) GROUP BY c ORDER BY n DESC, name",
            [DEFAULT_THRESHOLD],
        )
        langs = self._q(
            "SELECT coalesce(language, '?') AS name, count(*) AS n, count(*) FILTER (WHERE lure_score >= ?) AS lures "
            "FROM res_messages GROUP BY ALL ORDER BY n DESC, name",
            [DEFAULT_THRESHOLD],
        )
        return {"categories": cats, "languages": langs}

    def campaigns(self) -> list[dict[str, Any]]:
        return self._q(
            "SELECT campaign, len(accounts) AS accounts, len(targets) AS targets, first_seen, last_seen, "
            "risk, summary FROM res_campaigns ORDER BY risk DESC, campaign"
        )

    def campaign(self, campaign: str) -> dict[str, Any] | None:
        rows = self._q("SELECT * FROM res_campaigns WHERE campaign = ?", [campaign])
        if not rows:
            return None
        c = rows[0]
        c["members"] = self._q(
            "SELECT r.account_id, r.risk, r.flagged, r.alerted_at, a.name, a.headline "
            "FROM (SELECT unnest(accounts) AS account_id FROM res_campaigns WHERE campaign = ?) m "
            "JOIN res_accounts r USING (account_id) LEFT JOIN st.accounts a ON a.id = r.account_id "
            "ORDER BY r.risk DESC, r.account_id",
            [campaign],
        )
        c["reached"] = self.exposure_by("organization", campaign=campaign)
        return c

    def exposure_by(self, key: str, *, campaign: str | None = None) -> list[dict[str, Any]]:
        """Members reached per organisation (or sector, institution type), one column per stage."""
        if key not in ("organization", "sector", "institution_type"):
            raise ValueError(key)
        stages = ", ".join(f"count(*) FILTER (WHERE stage = '{s}') AS \"{s}\"" for s in EXPOSURE_STAGES)
        where, params = "", []
        if campaign:
            where, params = "WHERE list_contains(campaigns, ?)", [campaign]
        return self._q(
            f"SELECT coalesce({key}, '(unknown)') AS name, count(*) AS members, {stages} "
            f"FROM res_exposure {where} GROUP BY ALL ORDER BY members DESC, name",
            params,
        )

    def exposed_members(self, organization: str, *, limit: int = 500) -> list[dict[str, Any]]:
        return self._q(
            "SELECT e.account_id, a.name, e.sector, e.stage, e.campaigns, e.first_contact "
            "FROM res_exposure e LEFT JOIN st.accounts a ON a.id = e.account_id "
            "WHERE coalesce(e.organization, '(unknown)') = ? ORDER BY e.first_contact, e.account_id LIMIT ?",
            [organization, int(limit)],
        )

    def alerts(self, *, limit: int = 500) -> list[dict[str, Any]]:
        return self._q(
            "SELECT l.*, a.name FROM res_alerts l LEFT JOIN st.accounts a ON a.id = l.account_id "
            'ORDER BY l."at", l.account_id LIMIT ?',
            [int(limit)],
        )


#: Longest note kept with a verdict: the analyst's reason in a few sentences, not a report.
NOTE_MAX = 2000


def verdict_history_path(csv_path: Path) -> Path:
    """The journal beside a verdicts CSV: ``verdicts.csv`` -> ``verdicts.history.jsonl``."""
    return csv_path.with_name(csv_path.stem + ".history.jsonl")


def _is_record(row: Any) -> bool:
    """A journal line as ``Verdicts.set`` writes it (a hand-edited one is checked before it is shown)."""
    return (
        isinstance(row, dict)
        and all(isinstance(row.get(k), str) for k in ("account_id", "at", "analyst", "note"))
        and row.get("label") in ("fake", "genuine", None)
        and (
            row.get("risk") is None
            or (isinstance(row["risk"], int | float) and not isinstance(row["risk"], bool))
        )
    )


class Verdicts:
    """An analyst's fake/genuine verdicts, kept in the CSV ``lureguard scan --labels`` reads.

    Each change rewrites the file beside itself and renames it over the old one, so a
    crash leaves the previous verdicts whole; every field is quoted, so an id that
    starts with ``#`` or holds a comma survives the round trip.

    Every change is first appended to a journal beside the CSV (``verdict_history_path``):
    when, which analyst, the verdict (null when cleared), the account's risk at that moment
    and the analyst's note. Why: a verdict moves other accounts' risk on the next scan and a
    wrong "fake" harms a real person; the CSV says only what stands, the journal says who
    decided it, on what, and why, and keeps the verdicts that were later changed.
    """

    def __init__(self, path: Path, analyst: str = "analyst") -> None:
        self.path = Path(path)
        self.history_path = verdict_history_path(self.path)
        analyst = " ".join(analyst.split())
        if not analyst or not analyst.isprintable() or len(analyst) > 100:
            raise ValueError("an analyst's name must be printable text of 1 to 100 characters")
        self.analyst = analyst
        self._lock = threading.Lock()
        self._labels: dict[str, str] = {}
        if self.path.exists():
            from lureguard.campaigns.detect import read_analyst_labels

            self._labels = read_analyst_labels(self.path)
        self._history: dict[str, list[dict[str, Any]]] = {}
        if self.history_path.exists():
            self._read_history()

    def _read_history(self) -> None:
        from lureguard.ingest import DatasetError

        text = self.history_path.read_text(encoding="utf-8")
        lines = text.split("\n")
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not _is_record(row):
                    raise ValueError(
                        "expected account_id, at, analyst and note as text, label fake, genuine or null"
                    )
            except ValueError as exc:
                if n == len(lines):  # the last line, torn by a crash mid-write: nothing was decided on it
                    os.truncate(self.history_path, len(text.encode("utf-8")) - len(line.encode("utf-8")))
                    continue
                raise DatasetError(str(self.history_path), n, None, f"not a verdict record ({exc})") from exc
            self._history.setdefault(row["account_id"], []).append(row)

    def get(self, account_id: str) -> str | None:
        return self._labels.get(account_id)

    def history(self, account_id: str) -> list[dict[str, Any]]:
        """Every verdict given on the account, newest first."""
        return list(reversed(self._history.get(account_id, [])))

    def __len__(self) -> int:
        return len(self._labels)

    def set(self, account_id: str, label: str | None, *, note: str = "", risk: float | None = None) -> None:
        if label not in ("fake", "genuine", None):
            raise ValueError(f"label {label!r}: use fake or genuine")
        if not account_id.strip() or account_id != account_id.strip() or not account_id.isprintable():
            raise ValueError(
                "an id that is empty, has surrounding spaces or control characters cannot be a verdict"
            )
        note = note.strip()
        if len(note) > NOTE_MAX:
            raise ValueError(f"a note is at most {NOTE_MAX} characters")
        with self._lock:
            labels = dict(self._labels)
            if label is None:
                labels.pop(account_id, None)
            else:
                labels[account_id] = label
            record = {
                "at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
                "account_id": account_id,
                "label": label,
                "analyst": self.analyst,
                "risk": risk,
                "note": note,
            }
            self._append(record)  # the journal first: a crash after it leaves a record of the intent
            buf = io.StringIO()
            w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
            w.writerow(["account_id", "label"])
            for acc, lab in sorted(labels.items()):
                w.writerow([acc, lab])
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(buf.getvalue())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self._labels = labels
            self._history.setdefault(account_id, []).append(record)

    def _append(self, record: dict[str, Any]) -> None:
        """One JSON line, flushed to disk; a line torn by an earlier crash is closed first."""
        self.history_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.history_path, "a+b") as fh:
            fh.seek(0, os.SEEK_END)
            if fh.tell():
                fh.seek(-1, os.SEEK_END)
                if fh.read(1) != b"\n":
                    fh.write(b"\n")
            fh.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
            fh.flush()
            os.fsync(fh.fileno())


def _wording(row: dict[str, Any]) -> list[str]:
    """The words the text model weighed most towards a lure, for a message whose words read as one.

    Why: the text model gives a number, and a message can pass the line with no theme the
    lexicons name; an analyst then needs words to check. Only for the rows on a page, so a
    page costs one short pass per message (the model is fitted once per process).
    """
    from lureguard.lure.detect import DEFAULT_THRESHOLD
    from lureguard.lure.textmodel import default_model

    if (row.get("text_score") or 0) < DEFAULT_THRESHOLD or not row.get("text"):
        return []
    return [word for word, _ in default_model().explain(row["text"])]
