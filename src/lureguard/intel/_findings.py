"""What a scan found, gathered once for the threat-intelligence exports.

The exports read a finished scan: its result files (``accounts.jsonl``,
``campaigns.jsonl``, ``alerts.jsonl``, ``exposure.jsonl``) and the store it
wrote, for the profile fields and contact times a CERT matches on. Only
accounts the scan flagged, or named in a campaign, are shared: an account below
the flag point is not a finding, and sharing it would accuse a person the scan
itself does not.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from lureguard.campaigns._evidence import EvidenceParams
from lureguard.campaigns._summary import PERSONA_PATTERNS
from lureguard.store import text_table


class FindingsError(ValueError):
    """A scan folder that cannot be exported, with the file and line at fault."""


@dataclass
class Persona:
    """A flagged account (or a campaign member) as the exports describe it."""

    account_id: str
    risk: float
    flagged: bool
    campaign: str | None
    reasons: list[dict[str, Any]]
    name: str | None = None
    headline: str | None = None
    profile_url: str | None = None
    created_at: datetime | None = None
    photo_sha256: str | None = None
    first_contact: datetime | None = None
    last_contact: datetime | None = None
    people_contacted: int = 0
    alerted_at: datetime | None = None
    categories: Counter[str] = field(default_factory=Counter)

    @property
    def role(self) -> str | None:
        """The persona a headline claims ('headhunters', ...), by the campaign summaries' vocabulary."""
        text = (self.headline or "").lower()
        for role, pattern in PERSONA_PATTERNS:
            if re.search(pattern, text):
                return role
        return None


@dataclass
class Campaign:
    """One ``campaigns.jsonl`` row, with what the exports add to it."""

    campaign: str
    accounts: list[str]
    targets: list[str]
    first_seen: datetime | None
    last_seen: datetime | None
    risk: float
    summary: str
    evidence: list[str]
    reasons: list[str]


@dataclass
class Reached:
    """A protected member a campaign reached, from ``exposure.jsonl``."""

    account_id: str
    organization: str | None
    sector: str | None
    institution_type: str | None
    campaigns: list[str]
    stage: str


@dataclass
class Script:
    """One message script a campaign's accounts sent, as far as it can be shared without naming anyone."""

    campaign: str
    text: str
    recipients: int
    senders: int
    sends: int
    first_sent: datetime | None
    last_sent: datetime | None
    lure_score: float


@dataclass
class Findings:
    """Everything one export needs, read from one scan."""

    personas: dict[str, Persona]
    campaigns: list[Campaign]
    reached: list[Reached]
    scanned_until: datetime | None
    scripts: list[Script] = field(default_factory=list)


#: A script is shared only once its words were sent, unchanged up to names and digits, to this many
#: different people: a word that differs from one recipient to the next (a name, an address) cannot
#: be in a skeleton all of them received, so what is left names none of them.
SCRIPT_MIN_RECIPIENTS = 3
#: And only a long one (the campaign step's "long script", folded): short lines are stock phrases.
SCRIPT_MIN_FOLDED_CHARS = EvidenceParams.template_long_folded_chars
#: At most this many scripts per campaign, the most widely sent first.
SCRIPTS_PER_CAMPAIGN = 5
#: Stands for a word that changed from one copy of a script to another (a name, a date).
SLOT = "[…]"


def _time(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise FindingsError(f"{where}: expected an ISO 8601 time, got {type(value).__name__}")
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise FindingsError(f"{where}: {value[:40]!r} is not an ISO 8601 time") from exc
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def _rows(path: Path, *, required: bool) -> Iterator[tuple[int, dict[str, Any]]]:
    if not path.exists():
        if required:
            raise FindingsError(f"{path}: missing; is this the folder a scan wrote (--out)?")
        return
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FindingsError(f"{path.name} line {n}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise FindingsError(f"{path.name} line {n}: expected an object")
            yield n, row


def _field(row: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in row:
        raise FindingsError(f"{where}: field {key!r} is missing")
    value = row[key]
    if not isinstance(value, kind):
        raise FindingsError(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")
    return value


def _persona(row: dict[str, Any], where: str) -> Persona | None:
    """An ``accounts.jsonl`` row as a finding, or ``None`` for an account neither flagged nor grouped."""
    campaign = row.get("campaign")
    flagged = _field(row, "flagged", bool, where)
    if not flagged and not campaign:
        return None
    return Persona(
        account_id=_field(row, "account_id", str, where),
        risk=float(_field(row, "risk", (int, float), where)),
        flagged=flagged,
        campaign=campaign if isinstance(campaign, str) else None,
        reasons=[r for r in row.get("reasons") or [] if isinstance(r, dict)],
        alerted_at=_time(row.get("alerted_at"), f"{where}, field 'alerted_at'"),
    )


def _campaign(row: dict[str, Any], where: str) -> Campaign:
    return Campaign(
        campaign=_field(row, "campaign", str, where),
        accounts=[a for a in _field(row, "accounts", list, where) if isinstance(a, str)],
        targets=[t for t in _field(row, "targets", list, where) if isinstance(t, str)],
        first_seen=_time(row.get("first_seen"), f"{where}, field 'first_seen'"),
        last_seen=_time(row.get("last_seen"), f"{where}, field 'last_seen'"),
        risk=float(_field(row, "risk", (int, float), where)),
        summary=_field(row, "summary", str, where),
        evidence=[e for e in row.get("evidence") or [] if isinstance(e, str)],
        reasons=[r for r in row.get("reasons") or [] if isinstance(r, str)],
    )


def _reached(row: dict[str, Any], where: str) -> Reached:
    def text(key: str) -> str | None:
        value = row.get(key)
        return value if isinstance(value, str) else None

    return Reached(
        account_id=_field(row, "account_id", str, where),
        organization=text("organization"),
        sector=text("sector"),
        institution_type=text("institution_type"),
        campaigns=[c for c in row.get("campaigns") or [] if isinstance(c, str)],
        stage=str(row.get("stage") or "contacted"),
    )


def load_findings(scan_dir: Path, *, db: Path | None = None) -> Findings:
    """Read a finished scan; ``db`` is the store if the scan kept it outside ``scan_dir``."""
    scan_dir = Path(scan_dir)
    personas: dict[str, Persona] = {}
    for n, row in _rows(scan_dir / "accounts.jsonl", required=True):
        if (p := _persona(row, f"accounts.jsonl line {n}")) is not None:
            personas[p.account_id] = p
    campaigns = [
        _campaign(row, f"campaigns.jsonl line {n}")
        for n, row in _rows(scan_dir / "campaigns.jsonl", required=True)
    ]
    reached = [
        _reached(row, f"exposure.jsonl line {n}")
        for n, row in _rows(scan_dir / "exposure.jsonl", required=False)
    ]
    store = Path(db) if db is not None else scan_dir / "lureguard.duckdb"
    if not store.exists():
        raise FindingsError(
            f"{store}: the scan's store is missing; pass --db with the path the scan was given"
        )
    con = duckdb.connect(str(store), read_only=True)
    try:
        scanned_until, scripts = _from_store(con, personas, campaigns)
    except duckdb.Error as exc:
        raise FindingsError(f"{store}: not a lureguard store a scan wrote ({exc})") from exc
    finally:
        con.close()
    return Findings(personas, campaigns, reached, scanned_until, scripts)


def findings_from_rows(
    con: duckdb.DuckDBPyConnection,
    accounts: Iterable[dict[str, Any]],
    campaigns: Iterable[dict[str, Any]],
    exposure: Iterable[dict[str, Any]],
    *,
    scanned_until: datetime | None = None,
) -> Findings:
    """The same findings from result rows held in memory (as the scan's files hold them) and a store.

    Why: a platform's run on Spark has its rows as Python objects and a store on the driver
    that holds only the personas' own rows (``spark_findings``); ``scanned_until`` is then
    the whole graph's last event, which that store cannot know.
    """
    personas = {
        p.account_id: p
        for n, row in enumerate(accounts, 1)
        if (p := _persona(row, f"account row {n}")) is not None
    }
    groups = [_campaign(row, f"campaign row {n}") for n, row in enumerate(campaigns, 1)]
    reached = [_reached(row, f"exposure row {n}") for n, row in enumerate(exposure, 1)]
    until, scripts = _from_store(con, personas, groups)
    return Findings(personas, groups, reached, scanned_until or until, scripts)


def script_template(copies: list[str]) -> str:
    """The first copy with every capitalised or numbered word that is not in every copy replaced by ``SLOT``.

    Copies share a skeleton (lower-case words only), so what differs between them is a
    capitalised word or a number: the recipient's name, the sender's signature, a date. A
    firm's name or a fee sent to everyone stays, and is what another organisation can match.
    """
    split = re.compile(r"(\s+)")

    def words(text: str) -> set[str]:
        return {w.strip(".,;:!?()\"'«»“”") for w in text.split()}

    common = set.intersection(*(words(c) for c in copies)) if copies else set()
    out = []
    for tok in split.split(copies[0]) if copies else []:
        core = tok.strip(".,;:!?()\"'«»“”")
        if (
            core
            and (any(ch.isupper() for ch in core) or any(ch.isdigit() for ch in core))
            and core not in common
        ):
            out.append(tok.replace(core, SLOT))
        else:
            out.append(tok)
    slot = re.escape(SLOT)
    return re.sub(rf"{slot}(?:\s+{slot})+", SLOT, "".join(out)).strip()


def _scripts(con: duckdb.DuckDBPyConnection, campaigns: list[Campaign]) -> list[Script]:
    """Each campaign's long scripts sent to several people, as shareable templates."""

    from lureguard.campaigns._evidence import script_skeleton, sponsored

    pairs = [(c.campaign, a) for c in campaigns for a in c.accounts]
    if not pairs:
        return []
    con.register(
        "_export_members",
        text_table(campaign=[c for c, _ in pairs], id=[a for _, a in pairs]),
    )
    rows = con.execute(
        f"""
        WITH sent AS (
            SELECT m.campaign, i.src, i.dst, i.ts, i.text, ms.lure_score,
                   {script_skeleton("i.text")} AS skeleton
            FROM interactions i JOIN _export_members m ON m.id = i.src
            LEFT JOIN message_scores ms ON ms.interaction_id = i.id
            WHERE i.type IN ('invitation', 'message') AND i.text IS NOT NULL AND NOT {sponsored("i.raw")}
        ),
        long AS (SELECT * FROM sent WHERE length(skeleton) >= {SCRIPT_MIN_FOLDED_CHARS}),
        -- one copy per recipient (the first): the template is judged across people, never across
        -- several copies one person got, which would all carry that person's name
        per_person AS (
            SELECT campaign, skeleton, dst, min(ts) AS ts, arg_min(text, ts) AS text
            FROM long GROUP BY campaign, skeleton, dst
        ),
        copies AS (
            SELECT campaign, skeleton, count(*) AS recipients, list(text ORDER BY ts, dst)[1:50] AS copies
            FROM per_person GROUP BY campaign, skeleton HAVING count(*) >= {SCRIPT_MIN_RECIPIENTS}
        )
        SELECT c.campaign, c.recipients, count(DISTINCT l.src) AS senders, count(*) AS sends,
               min(l.ts), max(l.ts), coalesce(max(l.lure_score), 0.0), any_value(c.copies)
        FROM copies c JOIN long l USING (campaign, skeleton)
        GROUP BY c.campaign, c.skeleton, c.recipients
        ORDER BY c.campaign, c.recipients DESC, min(l.ts)
        """
    ).fetchall()
    out: list[Script] = []
    per: Counter[str] = Counter()
    for campaign, recipients, senders, sends, first, last, lure, copies in rows:
        if per[campaign] >= SCRIPTS_PER_CAMPAIGN:
            continue
        per[campaign] += 1
        out.append(
            Script(
                campaign=campaign,
                text=script_template(list(copies)),
                recipients=int(recipients),
                senders=int(senders),
                sends=int(sends),
                first_sent=first,
                last_sent=last,
                lure_score=float(lure),
            )
        )
    return out


def _from_store(
    con: duckdb.DuckDBPyConnection, personas: dict[str, Persona], campaigns: list[Campaign]
) -> tuple[datetime | None, list[Script]]:
    """Profile fields, contact span and message themes of the exported accounts; the campaigns' scripts."""
    con.execute("SET TimeZone = 'UTC'")
    con.register("_export_ids", text_table(id=list(personas)))
    try:
        return _read_store(con, personas, campaigns)
    finally:  # the caller's connection (a Spark run's driver store) is left as it was given
        con.unregister("_export_ids")
        con.unregister("_export_members")


def _read_store(
    con: duckdb.DuckDBPyConnection, personas: dict[str, Persona], campaigns: list[Campaign]
) -> tuple[datetime | None, list[Script]]:
    for aid, name, headline, url, created, sha in con.execute(
        "SELECT a.id, a.name, a.headline, a.profile_url, a.created_at, a.photo_sha256 "
        "FROM accounts a JOIN _export_ids e USING (id)"
    ).fetchall():
        p = personas[aid]
        p.name, p.headline, p.profile_url, p.created_at, p.photo_sha256 = (
            name,
            headline,
            url,
            created,
            sha,
        )
    for aid, first, last, people in con.execute(
        "SELECT i.src, min(i.ts), max(i.ts), count(DISTINCT i.dst) FROM interactions i "
        "JOIN _export_ids e ON i.src = e.id WHERE i.type IN ('invitation', 'message') GROUP BY i.src"
    ).fetchall():
        p = personas[aid]
        p.first_contact, p.last_contact, p.people_contacted = first, last, int(people)
    for aid, category, n in con.execute(
        "SELECT i.src, c.category, count(*) FROM interactions i JOIN _export_ids e ON i.src = e.id "
        "JOIN (SELECT interaction_id, unnest(categories) AS category FROM message_scores) c "
        "ON c.interaction_id = i.id GROUP BY ALL"
    ).fetchall():
        personas[aid].categories[category] = int(n)
    (until,) = con.execute("SELECT max(ts) FROM interactions").fetchone() or (None,)
    return until, _scripts(con, campaigns)
