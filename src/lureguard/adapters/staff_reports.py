"""One-off staff reports of a suspicious approach, merged with pooled exports.

Not every colleague will hand in a full data export, but most will forward
"this consultant wrote to me". A report is one row: who reported, who
approached (profile URL and/or name, headline), what they wrote and when. The
reporter becomes a protected member, the reported profile an account, the
message an interaction, so a persona reported once and seen in three exports
is one account with four targets. Format: ``docs/staff-reports.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

from lureguard.adapters._common import (
    CsvTable,
    ExportError,
    OrgInfo,
    OrgMap,
    clean_text,
    digest,
    iso,
    profile_url,
    slug_from_url,
    unresolved_id,
)
from lureguard.adapters._dataset import ConvertedDataset, Pool

__all__ = ["REPORT_FIELDS", "convert_reports", "convert_reports_into"]

#: The documented fields; ``reporter``, ``date`` and one of ``profile_url``/``name`` are required.
REPORT_FIELDS = (
    "reporter",
    "profile_url",
    "name",
    "headline",
    "message",
    "date",
    "type",
    "organization",
    "sector",
    "institution_type",
)
_MAX_JSON_BYTES = 50 * 2**20
_TYPES = ("message", "invitation")


def convert_reports(
    reports: Sequence[Path],
    *,
    org_map: Path | None = None,
    default_org: OrgInfo | None = None,
    timezone: str = "UTC",
    keep_going: bool = False,
) -> ConvertedDataset:
    """Convert report files alone (no exports) into a dataset."""
    from lureguard.adapters.linkedin import convert_exports

    return convert_exports(
        (),
        org_map=org_map,
        default_org=default_org,
        timezone=timezone,
        keep_going=keep_going,
        reports=reports,
    )


def convert_reports_into(
    pool: Pool,
    reports: Sequence[Path],
    *,
    mapping: OrgMap,
    default_org: OrgInfo | None,
    tz: tzinfo,
    keep_going: bool,
    stats: dict[str, Any],
) -> None:
    """Add each report file to ``pool`` as one all-or-nothing batch."""
    for report in reports:
        report = Path(report)
        batch = pool.batch(report.name)
        count = 0
        try:
            for line, row in _rows(report):
                _add_report(batch, report.name, line, row, mapping, default_org, tz)
                count += 1
        except ExportError as exc:
            batch.discard()
            if not keep_going:
                raise
            stats["errors"].append(
                {"archive": exc.archive, "file": exc.file, "line": exc.line, "message": exc.message}
            )
            continue
        except BaseException:
            batch.discard()
            raise
        stats["reports"].append(
            {
                "report": report.name,
                "rows": count,
                "duplicate_interactions": batch.counts["duplicate_interactions"],
            }
        )
        batch.commit()


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ExportError(path.name, None, None, "no such report file")
    if suffix == ".csv":
        table = CsvTable(path, archive=path.name, display=path.name, required=("reporter", "date"))
        for row in table.rows():
            yield table.line, row
        return
    if suffix == ".jsonl":
        try:
            with open(path, encoding="utf-8-sig") as fh:
                for n, text in enumerate(fh, start=1):
                    if text.strip():
                        yield n, _object(path, n, json.loads(text))
        except json.JSONDecodeError as exc:
            raise ExportError(path.name, None, n, f"invalid JSON ({exc.msg})") from None
        except UnicodeDecodeError as exc:
            raise ExportError(path.name, None, None, f"not UTF-8 text ({exc.reason})") from None
        return
    if suffix == ".json":
        if path.stat().st_size > _MAX_JSON_BYTES:
            raise ExportError(path.name, None, None, "JSON report larger than 50 MiB; use JSON Lines")
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise ExportError(path.name, None, exc.lineno, f"invalid JSON ({exc.msg})") from None
        except UnicodeDecodeError as exc:
            raise ExportError(path.name, None, None, f"not UTF-8 text ({exc.reason})") from None
        items = data.get("reports", [data]) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ExportError(path.name, None, None, "expected a list of report objects")
        for n, item in enumerate(items, start=1):
            yield n, _object(path, n, item)
        return
    raise ExportError(path.name, None, None, "report files must be .csv, .json or .jsonl")


def _object(path: Path, line: int, value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ExportError(path.name, None, line, "each report must be a JSON object")
    return {str(k).strip().casefold(): v for k, v in value.items()}


def _str(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _parse_date(value: str, tz: tzinfo) -> datetime:
    """ISO 8601 only (``2026-03-01`` or ``2026-03-01T09:30[+01:00]``): no guessing."""
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(), tzinfo=tz)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"date {value!r} is not ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def _add_report(
    batch: Any,
    source: str,
    line: int,
    row: dict[str, Any],
    mapping: OrgMap,
    default_org: OrgInfo | None,
    tz: tzinfo,
) -> None:
    def fail(message: str) -> ExportError:
        return ExportError(source, None, line, message)

    reporter_raw = _str(row, "reporter")
    if not reporter_raw:
        raise fail("missing reporter")
    entry = None
    if "@" in reporter_raw and "/" not in reporter_raw:
        entry = mapping.for_email(reporter_raw)
        reporter_slug = entry.profile if entry else None
        reporter_id = reporter_slug or "email:" + reporter_raw.casefold()
    else:
        reporter_slug = slug_from_url(reporter_raw)
        if not reporter_slug:
            raise fail(f"reporter {reporter_raw!r} is neither a profile URL/slug nor an e-mail")
        reporter_id = reporter_slug
        entry = mapping.for_profile(reporter_slug)

    name = _str(row, "name")
    slug = slug_from_url(_str(row, "profile_url"))
    if not slug and not name:
        raise fail("a report needs the approaching profile's profile_url or name")
    date_text = _str(row, "date")
    if not date_text:
        raise fail("missing date")
    try:
        at = _parse_date(date_text, tz)
        row_info = OrgInfo(
            organization=_str(row, "organization"),
            sector=_str(row, "sector"),
            institution_type=_str(row, "institution_type"),
        )
    except ValueError as exc:
        raise fail(str(exc)) from None
    kind = (_str(row, "type") or "message").casefold()
    if kind not in _TYPES:
        raise fail(f"type {kind!r} is not one of {', '.join(_TYPES)}")

    base = entry.info.merged_over(default_org) if entry else default_org
    info = row_info.merged_over(base)
    reporter_rec: dict[str, Any] = {"id": reporter_id}
    if reporter_slug:
        reporter_rec["profile_url"] = profile_url(reporter_slug)
    batch.account(reporter_rec)
    batch.member({"account_id": reporter_id, **info.member_fields()})

    # A nameless, URL-less report cannot be joined to anything; a named one
    # without URL is scoped to its reporter like the exports' hidden senders.
    sender_id = slug or unresolved_id(name or "", f"report:{reporter_id}")
    sender: dict[str, Any] = {"id": sender_id, "name": name, "headline": _str(row, "headline")}
    if slug:
        sender["profile_url"] = profile_url(slug)
    else:
        sender["unresolved"] = True
    batch.account({k: v for k, v in sender.items() if v is not None})

    text = clean_text(_str(row, "message"))
    rec: dict[str, Any] = {
        "id": "r-" + digest("report", kind, sender_id, reporter_id, iso(at), text),
        "type": kind,
        "from": sender_id,
        "to": reporter_id,
        "at": iso(at),
        # Unknown field: where the record came from, for the analyst.
        "source": "staff-report",
    }
    if text:
        rec["text"] = text
    batch.interaction(rec)
