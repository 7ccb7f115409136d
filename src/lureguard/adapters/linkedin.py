"""Convert LinkedIn "Get a copy of your data" exports, pooled for an organisation.

One export shows one person's inbox; an organisation that pools the exports
its staff hand in sees what none of them can: the same "consultant" writing to
forty colleagues. Each archive owner becomes a protected member, everyone who
appears in their messages, invitations, connections and endorsements becomes
an account keyed by the ``/in/<slug>`` of their profile URL, and the same
message present in two colleagues' exports is counted once.

The export format drifted between 2020 and 2026 (``shared/spec/linkedin-export.md``):
headers are found by content, columns are mapped by name, and every date
column has its own documented format that is never guessed.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from lureguard.adapters._common import (
    CsvTable,
    DateColumn,
    ExportError,
    OrgInfo,
    OrgMap,
    clean_text,
    digest,
    file_key,
    get_timezone,
    iso,
    normalise_name,
    profile_url,
    slug_from_url,
    unresolved_id,
)
from lureguard.adapters._dataset import ConvertedDataset, Pool, SourceBatch
from lureguard.names import PLACEHOLDER_NAMES
from lureguard.safezip import UnsafeArchiveError, iter_members, safe_extract

__all__ = [
    "ConvertedDataset",
    "ExportError",
    "OrgInfo",
    "convert_exports",
    "looks_like_linkedin_export",
    "profile_url",
]

#: Files read, by normalised name, with the columns that identify their header.
_FILES: dict[str, tuple[str, ...]] = {
    "profile.csv": ("first name", "last name"),
    "positions.csv": ("company name", "title"),
    "skills.csv": ("name",),
    "connections.csv": ("first name", "last name", "connected on"),
    "invitations.csv": ("from", "to", "sent at", "direction"),
    "messages.csv": ("conversation id", "from", "date", "content"),
    "endorsementreceivedinfo.csv": (
        "endorsement date",
        "endorser first name",
        "endorser last name",
    ),
}
#: Any one of these makes a folder or zip an export.
_MARKERS = frozenset({"messages.csv", "connections.csv", "invitations.csv", "profile.csv"})
_DATASET_STEMS = ("accounts", "interactions")

#: Sender names LinkedIn shows for hidden or deleted people: never one person.
_PLACEHOLDER_NAMES = PLACEHOLDER_NAMES
#: Tokens that follow ", " inside one name ("Jane Doe, Ph.D."), not a new name.
_CREDENTIAL_RE = re.compile(
    r"^(ph\.? ?d\.?|m\.?d\.?|d\.?phil\.?|mba|m\.?sc\.?|b\.?sc\.?|m\.?a\.?|b\.?a\.?|m\.?eng\.?|"
    r"jr\.?|sr\.?|ii|iii|iv|cpa|cfa|pmp|p\.?e\.?|esq\.?|llm|ll\.?m\.?|frs|ceng|rn|facs)$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- API


def convert_exports(
    archives: Sequence[Path],
    *,
    org_map: Path | None = None,
    default_org: OrgInfo | None = None,
    timezone: str = "UTC",
    keep_going: bool = False,
    reports: Sequence[Path] = (),
) -> ConvertedDataset:
    """Convert export archives (zip or unpacked folder) and staff reports into one dataset.

    ``org_map`` is a CSV giving each archive owner's organisation, sector and
    institution type (by archive file name or owner slug); ``default_org``
    fills what the map leaves out. ``timezone`` is applied to the export's
    timezone-less dates (Invitations ``Sent At``, ``Connected On``). With
    ``keep_going`` a broken archive or report is recorded in
    ``stats["errors"]`` and skipped whole; otherwise its ``ExportError`` is raised.
    """
    from lureguard.adapters.staff_reports import convert_reports_into

    tz = get_timezone(timezone)
    mapping = OrgMap.load(org_map) if org_map else OrgMap()
    pool = Pool()
    stats: dict[str, Any] = {"archives": [], "reports": [], "errors": []}
    try:
        for archive in archives:
            archive = Path(archive)
            batch = pool.batch(archive.name)
            try:
                archive_stats = _convert_archive(archive, batch, mapping, default_org, tz)
            except (ExportError, UnsafeArchiveError) as exc:
                batch.discard()
                error = _as_export_error(archive, exc)
                if not keep_going:
                    raise error from exc
                stats["errors"].append(_error_stats(error))
                continue
            except BaseException:
                batch.discard()
                raise
            batch.commit()
            stats["archives"].append(archive_stats)
        convert_reports_into(
            pool,
            reports,
            mapping=mapping,
            default_org=default_org,
            tz=tz,
            keep_going=keep_going,
            stats=stats,
        )
    except BaseException:
        pool.spool.close()
        pool._tmp.cleanup()
        raise
    stats["totals"] = {
        "archives": len(stats["archives"]),
        "reports": len(stats["reports"]),
        "errors": len(stats["errors"]),
        "members": len(pool.members),
        "accounts": len(pool.accounts),
        "interactions": len(pool.interaction_ids),
    }
    return pool.finish(stats)


def looks_like_linkedin_export(path: Path) -> bool:
    """True for an export zip/folder, False for a contract dataset or anything else.

    A contract dataset has ``accounts`` and ``interactions`` (``.jsonl`` or
    ``.parquet``); an export has ``messages.csv``, ``Connections.csv``,
    ``Invitations.csv`` or ``Profile.csv``. A hostile zip raises
    ``UnsafeArchiveError`` rather than being silently classified.
    """
    path = Path(path)
    if path.is_dir():
        names = [
            p.relative_to(path).as_posix()
            for p in path.rglob("*")
            if p.is_file() and len(p.relative_to(path).parts) <= 2
        ]
    elif path.is_file() and path.suffix.lower() == ".zip":
        names = [n for n in iter_members(path) if n.count("/") <= 1]
    else:
        return False
    basenames = {n.rsplit("/", 1)[-1].casefold() for n in names}
    stems = {b.rsplit(".", 1)[0] for b in basenames if b.endswith((".jsonl", ".parquet"))}
    if all(stem in stems for stem in _DATASET_STEMS):
        return False
    return any(file_key(b) in _MARKERS for b in basenames)


# --------------------------------------------------------------------------- one archive


def _as_export_error(archive: Path, exc: Exception) -> ExportError:
    if isinstance(exc, ExportError):
        return exc
    assert isinstance(exc, UnsafeArchiveError)
    return ExportError(archive.name, exc.member, None, f"unsafe archive: {exc.reason}")


def _error_stats(error: ExportError) -> dict[str, Any]:
    return {"archive": error.archive, "file": error.file, "line": error.line, "message": error.message}


def _convert_archive(
    archive: Path, batch: SourceBatch, mapping: OrgMap, default_org: OrgInfo | None, tz: tzinfo
) -> dict[str, Any]:
    if archive.is_dir():
        return _Archive(archive, archive.name, batch, mapping, default_org, tz).convert()
    if not archive.is_file():
        raise ExportError(archive.name, None, None, "no such file or folder")
    with tempfile.TemporaryDirectory(prefix="export-", dir=batch.pool.workdir) as tmp:
        safe_extract(archive, Path(tmp))
        return _Archive(Path(tmp), archive.name, batch, mapping, default_org, tz).convert()


@dataclass
class _Person:
    """Someone as seen in one archive: id plus whatever the file showed."""

    id: str
    name: str | None = None
    slug: str | None = None
    unresolved: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.slug:
            rec["profile_url"] = profile_url(self.slug)
        if self.unresolved:
            # Unknown field (kept by readers): this id is derived from a name,
            # not a profile URL, and is scoped to one archive.
            rec["unresolved"] = True
        rec.update(self.extra)
        return rec


class _Archive:
    """Converts one unpacked export folder into a ``SourceBatch``."""

    def __init__(
        self,
        root: Path,
        name: str,
        batch: SourceBatch,
        mapping: OrgMap,
        default_org: OrgInfo | None,
        tz: tzinfo,
    ) -> None:
        self.root = root
        self.name = name
        self.batch = batch
        self.mapping = mapping
        self.default_org = default_org
        self.tz = tz
        self.files: dict[str, Path] = {}
        self.skipped: list[str] = []
        self.rows: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.names: dict[str, set[str]] = defaultdict(set)
        self.invited: dict[str, str] = {}
        self.owner_name: str | None = None
        self.owner_slug: str | None = None
        self.owner_id = ""
        self.salt = ""

    # -- files

    def _index(self) -> None:
        found: dict[str, tuple[int, Path]] = {}
        for path in sorted(self.root.rglob("*")):
            if not path.is_file() or path.suffix.lower() != ".csv":
                continue
            rel = path.relative_to(self.root)
            key = file_key(path.name)
            if key in _FILES and (key not in found or len(rel.parts) < found[key][0]):
                if key in found:
                    self.skipped.append(found[key][1].relative_to(self.root).as_posix())
                found[key] = (len(rel.parts), path)
            else:
                # Header-only siblings (guide_messages.csv, coach_messages.csv, …)
                # and everything we do not read land here, for the stats.
                self.skipped.append(rel.as_posix())
        self.files = {k: p for k, (_, p) in found.items()}
        if not any(k in self.files for k in _MARKERS):
            raise ExportError(
                self.name,
                None,
                None,
                "not a LinkedIn data export (no messages, connections, invitations or profile CSV)",
            )

    def _table(self, key: str) -> CsvTable | None:
        path = self.files.get(key)
        if path is None:
            return None
        return CsvTable(
            path, archive=self.name, display=path.relative_to(self.root).as_posix(), required=_FILES[key]
        )

    def _rows(self, key: str, *, count: bool = False) -> Iterator[tuple[CsvTable, dict[str, str]]]:
        table = self._table(key)
        if table is None:
            return
        for row in table.rows():
            if count:
                self.rows[table.display] += 1
            yield table, row

    # -- pass 1: who is who

    def _learn(self, name: str | None, url: str | None) -> str | None:
        slug = slug_from_url(url)
        if slug and name and normalise_name(name) not in _PLACEHOLDER_NAMES:
            self.names[normalise_name(name)].add(slug)
        return slug

    def _scan_identities(self) -> None:
        for _, row in self._rows("profile.csv"):
            self.profile = row
            self.owner_name = " ".join(filter(None, (row.get("first name"), row.get("last name")))) or None
            break
        else:
            self.profile = {}
        entry = self.mapping.for_archive(self.name)
        owner_votes: Counter[str] = Counter()
        for _, row in self._rows("invitations.csv"):
            direction = (row.get("direction") or "").upper()
            inviter = self._learn(row.get("from"), row.get("inviterprofileurl"))
            invitee = self._learn(row.get("to"), row.get("inviteeprofileurl"))
            if direction == "OUTGOING":
                if inviter:
                    owner_votes[inviter] += 1
                self.invited[invitee or normalise_name(row.get("to"))] = "OUTGOING"
            elif direction == "INCOMING":
                if invitee:
                    owner_votes[invitee] += 1
                self.invited[inviter or normalise_name(row.get("from"))] = "INCOMING"
        for _, row in self._rows("connections.csv"):
            name = " ".join(filter(None, (row.get("first name"), row.get("last name"))))
            self._learn(name, row.get("url"))
        for _, row in self._rows("endorsementreceivedinfo.csv"):
            name = " ".join(filter(None, (row.get("endorser first name"), row.get("endorser last name"))))
            self._learn(name, row.get("endorser public url"))
        owner_key = normalise_name(self.owner_name)
        for _, row in self._rows("messages.csv"):
            slug = self._learn(row.get("from"), row.get("sender profile url"))
            if slug and owner_key and normalise_name(row.get("from")) == owner_key:
                owner_votes[slug] += 1
            names, urls = row.get("to") or "", row.get("recipient profile urls") or ""
            if urls:
                slugs = [s for u in urls.split(",") if (s := slug_from_url(u))]
                parts = self._split_names(names)
                if len(parts) == len(slugs):
                    for part, slug in zip(parts, slugs, strict=True):
                        self._learn(part, slug)
                        # An owner who never replied still receives: vote by name too.
                        if owner_key and normalise_name(part) == owner_key:
                            owner_votes[slug] += 1
        if entry and entry.profile:
            self.owner_slug = entry.profile
        elif owner_votes:
            self.owner_slug = owner_votes.most_common(1)[0][0]
        if self.owner_slug:
            self.owner_id = self.owner_slug
            self.salt = "owner:" + self.owner_slug
        else:
            self.salt = "archive:" + self.name.casefold()
            self.owner_id = unresolved_id(self.owner_name or "owner", self.salt)
        if self.owner_name:
            self.names[owner_key] = {self.owner_id}

    def _split_names(self, value: str) -> list[str]:
        """Split a ``TO`` cell joined with ", " when names may contain ", " themselves."""
        parts = [p.strip() for p in value.split(", ")] if value.strip() else []
        out: list[str] = []
        i = 0
        while i < len(parts):
            for j in range(len(parts), i + 1, -1):
                joined = ", ".join(parts[i:j])
                if normalise_name(joined) in self.names:
                    out.append(joined)
                    i = j
                    break
            else:
                current = parts[i]
                i += 1
                while i < len(parts) and _CREDENTIAL_RE.match(parts[i]):
                    current += ", " + parts[i]
                    i += 1
                out.append(current)
        return out

    def _person(
        self, name: str | None, url: str | None = None, *, scope: str = "", by_name: bool = True
    ) -> _Person:
        name = (name or "").strip() or None
        slug = slug_from_url(url)
        if slug:
            return _Person(slug if slug != self.owner_slug else self.owner_id, name, slug)
        key = normalise_name(name)
        if by_name and key not in _PLACEHOLDER_NAMES:
            candidates = self.names.get(key, set())
            if len(candidates) == 1:
                (pid,) = candidates
                return _Person(pid, name, pid if not pid.startswith("unresolved-") else None)
        # Placeholders ("LinkedIn Member") are scoped to their thread: two hidden
        # senders in one inbox are not assumed to be the same person.
        salt = self.salt + ("|" + scope if key in _PLACEHOLDER_NAMES else "")
        return _Person(unresolved_id(name or "", salt), name or "LinkedIn Member", None, unresolved=True)

    # -- pass 2: records

    def convert(self) -> dict[str, Any]:
        self._index()
        self._scan_identities()
        self._owner()
        self._connections()
        self._invitations()
        self._messages()
        self._endorsements()
        return {
            "archive": self.name,
            "owner": self.owner_id,
            "owner_resolved": self.owner_slug is not None,
            "rows": dict(self.rows),
            "accounts": len(self.batch.accounts),
            "interactions": {
                k.removeprefix("interactions_"): v
                for k, v in self.batch.counts.items()
                if k.startswith("interactions_")
            },
            "duplicate_interactions": self.batch.counts["duplicate_interactions"],
            "hidden_profiles": self.counts["hidden_profiles"],
            "sponsored_inmail": self.counts["sponsored_inmail"],
            "drafts_skipped": self.counts["drafts_skipped"],
            "skipped_files": self.skipped,
        }

    def _owner(self) -> None:
        p = self.profile
        record: dict[str, Any] = {
            "id": self.owner_id,
            "name": self.owner_name,
            "headline": p.get("headline") or None,
            "about": clean_text(p.get("summary")),
            "location": p.get("geo location") or None,
        }
        if self.owner_slug:
            record["profile_url"] = profile_url(self.owner_slug)
        else:
            record["unresolved"] = True
        positions = []
        for table, row in self._rows("positions.csv", count=True):
            start = DateColumn("Started On", ("Mon YYYY", "DD Mon YYYY"), self.tz)
            end = DateColumn("Finished On", ("Mon YYYY", "DD Mon YYYY"), self.tz)
            pos: dict[str, Any] = {
                "title": row.get("title") or None,
                "organization": row.get("company name") or None,
            }
            try:
                if row.get("started on"):
                    pos["start"] = start.parse(row["started on"]).strftime("%Y-%m")
                if row.get("finished on"):
                    pos["end"] = end.parse(row["finished on"]).strftime("%Y-%m")
            except ValueError as exc:
                raise table.error(str(exc)) from None
            for k in ("location", "description"):
                if row.get(k):
                    pos[k] = row[k]
            positions.append({k: v for k, v in pos.items() if v is not None})
        record["positions"] = positions
        record["skills"] = [row["name"] for _, row in self._rows("skills.csv", count=True) if row.get("name")]
        record = {k: v for k, v in record.items() if v is not None}
        self.batch.account(record, authoritative=True)
        entry = self.mapping.for_archive(self.name) or self.mapping.for_profile(self.owner_slug)
        info = entry.info.merged_over(self.default_org) if entry else (self.default_org or OrgInfo())
        member = {"account_id": self.owner_id, **info.member_fields()}
        if "role" not in member:
            current = [pos for pos in positions if "end" not in pos and pos.get("title")]
            if current:
                member["role"] = current[0]["title"]
        self.batch.member(member)

    def _connections(self) -> None:
        dates: DateColumn | None = None
        for table, row in self._rows("connections.csv", count=True):
            dates = dates or DateColumn("Connected On", ("DD Mon YYYY",), self.tz)
            first, last = row.get("first name") or "", row.get("last name") or ""
            name = " ".join(filter(None, (first, last)))
            identifying = (
                name,
                row.get("url"),
                row.get("email address"),
                row.get("company"),
                row.get("position"),
            )
            if not any(identifying):
                # Hidden/closed profiles: LinkedIn gives only the date.
                self.counts["hidden_profiles"] += 1
                continue
            try:
                at = dates.parse(row.get("connected on") or "")
            except ValueError as exc:
                raise table.error(str(exc)) from None
            person = self._person(name, row.get("url"))
            if row.get("company") or row.get("position"):
                person.extra["positions"] = [
                    {
                        k: v
                        for k, v in (("title", row.get("position")), ("organization", row.get("company")))
                        if v
                    }
                ]
            self.batch.account(person.record())
            direction = self.invited.get(person.slug or normalise_name(name))
            if direction == "OUTGOING":
                src, dst = self.owner_id, person.id
            else:
                src, dst = person.id, self.owner_id
            rec: dict[str, Any] = {
                "id": "c-" + digest("connection", *sorted((src, dst)), iso(at)[:10]),
                "type": "connection",
                "from": src,
                "to": dst,
                "at": iso(at),
            }
            if direction is None:
                # Unknown field: who asked whom is not in Connections.csv.
                rec["direction_inferred"] = True
            self.batch.interaction(rec)

    def _invitations(self) -> None:
        dates: DateColumn | None = None
        for table, row in self._rows("invitations.csv", count=True):
            dates = dates or DateColumn("Sent At", ("M/D/YY, h:mm AM", "YYYY-MM-DD HH:MM:SS UTC"), self.tz)
            try:
                at = dates.parse(row.get("sent at") or "")
            except ValueError as exc:
                raise table.error(str(exc)) from None
            direction = (row.get("direction") or "").upper()
            inviter = self._person(row.get("from"), row.get("inviterprofileurl"))
            invitee = self._person(row.get("to"), row.get("inviteeprofileurl"))
            if direction == "OUTGOING":
                inviter = _Person(self.owner_id, self.owner_name, self.owner_slug)
            elif direction == "INCOMING":
                invitee = _Person(self.owner_id, self.owner_name, self.owner_slug)
            for person in (inviter, invitee):
                if person.id != self.owner_id:
                    self.batch.account(person.record())
            text = clean_text(row.get("message"))
            rec: dict[str, Any] = {
                "id": "i-" + digest("invitation", inviter.id, invitee.id, iso(at), text),
                "type": "invitation",
                "from": inviter.id,
                "to": invitee.id,
                "at": iso(at),
            }
            if text:
                rec["text"] = text
            if direction:
                rec["direction"] = direction.lower()
            self.batch.interaction(rec)

    def _messages(self) -> None:
        dates = DateColumn("DATE", ("YYYY-MM-DD HH:MM:SS UTC",), self.tz)
        for table, row in self._rows("messages.csv", count=True):
            if (row.get("is message draft") or "").casefold() in ("yes", "true"):
                self.counts["drafts_skipped"] += 1
                continue
            thread = row.get("conversation id") or ""
            try:
                at = dates.parse(row.get("date") or "")
            except ValueError as exc:
                raise table.error(str(exc)) from None
            raw = row.get("content") or ""
            sender_url = row.get("sender profile url")
            sponsored = not slug_from_url(sender_url) and "spinmail-quill-editor" in raw
            sender = self._person(row.get("from"), sender_url, scope=thread, by_name=False)
            recipients = self._recipients(row, sender)
            text = clean_text(raw)
            # The sender key ignores the archive salt so that a hidden sender's
            # message in a thread two colleagues share is still counted once.
            sender_key = sender.slug or "name:" + normalise_name(sender.name)
            base = digest(thread, sender_key, iso(at), text)
            if sponsored:
                self.counts["sponsored_inmail"] += 1
            if sender.id != self.owner_id:
                self.batch.account(sender.record())
            for person in recipients:
                if person.id != self.owner_id:
                    self.batch.account(person.record())
                rec: dict[str, Any] = {
                    "id": "m-" + digest(base, person.id),
                    "type": "message",
                    "from": sender.id,
                    "to": person.id,
                    "at": iso(at),
                    "thread": thread or None,
                    "text": text,
                }
                for key, column in (
                    ("subject", "subject"),
                    ("thread_title", "conversation title"),
                    ("folder", "folder"),
                ):
                    if row.get(column):
                        rec[key] = row[column]
                if sponsored:
                    # Unknown field: sponsored InMail is LinkedIn-delivered bulk
                    # advertising, kept apart from 1:1 approaches.
                    rec["sponsored"] = True
                self.batch.interaction({k: v for k, v in rec.items() if v is not None})

    def _recipients(self, row: dict[str, str], sender: _Person) -> list[_Person]:
        names = self._split_names(row.get("to") or "")
        urls = [u for u in (row.get("recipient profile urls") or "").split(",") if slug_from_url(u)]
        if urls:
            if len(names) != len(urls):
                names = [""] * len(urls)
            people = [self._person(n, u) for n, u in zip(names, urls, strict=True)]
        else:
            people = [self._person(n) for n in names]
        people = [p for p in people if p.id != sender.id]
        if not people and sender.id != self.owner_id:
            people = [_Person(self.owner_id, self.owner_name, self.owner_slug)]
        unique: dict[str, _Person] = {}
        for person in people:
            unique.setdefault(person.id, person)
        return list(unique.values())

    def _endorsements(self) -> None:
        dates = DateColumn("Endorsement Date", ("YYYY/MM/DD HH:MM:SS UTC", "DD Mon YYYY"), self.tz)
        for table, row in self._rows("endorsementreceivedinfo.csv", count=True):
            try:
                at = dates.parse(row.get("endorsement date") or "")
            except ValueError as exc:
                raise table.error(str(exc)) from None
            name = " ".join(filter(None, (row.get("endorser first name"), row.get("endorser last name"))))
            person = self._person(name, row.get("endorser public url"))
            self.batch.account(person.record())
            rec: dict[str, Any] = {
                "id": "e-" + digest("endorsement", person.id, self.owner_id, iso(at), row.get("skill name")),
                "type": "endorsement",
                "from": person.id,
                "to": self.owner_id,
                "at": iso(at),
            }
            if row.get("skill name"):
                rec["skill"] = row["skill name"]
            if row.get("endorsement status"):
                rec["status"] = row["endorsement status"].lower()
            self.batch.interaction(rec)
