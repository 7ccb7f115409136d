"""Pieces shared by the LinkedIn-export and staff-report adapters.

Both read files handed in by people, so every reader streams, bounds line
length, and turns any decoding or format problem into one error type that
names the archive, the file and the line: an analyst must be able to go back to
the colleague and ask for a fresh export.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lureguard.contract import INSTITUTION_TYPES, SECTORS, SENIORITIES

#: Longest physical line accepted; a "CSV" without line breaks is garbage or an attack.
MAX_LINE_CHARS = 1 << 20
#: Rows scanned for a header before the file is declared not to be the expected CSV.
HEADER_SCAN_ROWS = 20


class ExportError(ValueError):
    """A file in an export or report cannot be read; says where and why."""

    def __init__(self, archive: str | Path, file: str | None, line: int | None, message: str) -> None:
        self.archive = str(archive)
        self.file = file
        self.line = line
        self.message = message
        where = self.archive
        if file:
            where += f" / {file}"
        if line:
            where += f" line {line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class OrgInfo:
    """What the organisation knows about a protected member (``members.jsonl``)."""

    organization: str | None = None
    sector: str | None = None
    institution_type: str | None = None
    role: str | None = None
    seniority: str | None = None

    def __post_init__(self) -> None:
        # Validated here so a typo in a CLI flag or mapping file fails loudly
        # instead of silently producing an unknown sector downstream.
        for field, allowed in (
            ("sector", SECTORS),
            ("institution_type", INSTITUTION_TYPES),
            ("seniority", SENIORITIES),
        ):
            value = getattr(self, field)
            if value is not None and value not in allowed:
                raise ValueError(f"{field} {value!r} is not one of {', '.join(allowed)}")

    def merged_over(self, base: OrgInfo | None) -> OrgInfo:
        """Fields set here win; unset ones fall back to ``base``."""
        if base is None:
            return self
        return OrgInfo(
            **{
                k: getattr(self, k) if getattr(self, k) is not None else getattr(base, k)
                for k in ("organization", "sector", "institution_type", "role", "seniority")
            }
        )

    def member_fields(self) -> dict[str, str]:
        return {
            k: v
            for k in ("organization", "institution_type", "sector", "role", "seniority")
            if (v := getattr(self, k)) is not None
        }


# --------------------------------------------------------------------------- ids

_SLUG_RE = re.compile(r"/in/([^/?#]+)", re.IGNORECASE)


def slug_from_url(value: str | None) -> str | None:
    """``/in/<slug>`` lowercased, trailing slash and query dropped, %-encoding kept.

    Accepts full URLs, scheme-less ``www.linkedin.com/in/x`` (endorsements) and
    bare slugs (staff reports). Returns None when nothing usable is there.
    """
    if not value:
        return None
    value = value.strip()
    if not value:
        return None
    if "/" not in value and " " not in value and "@" not in value:
        slug = value
    else:
        path = urlsplit(value if "://" in value else "https://" + value.lstrip("/")).path
        match = _SLUG_RE.search(path) or _SLUG_RE.search(value)
        if not match:
            return None
        slug = match.group(1)
    slug = slug.strip().lower()
    return slug or None


def profile_url(slug: str) -> str:
    """Canonical profile URL for a slug (kept percent-encoded)."""
    return f"https://www.linkedin.com/in/{slug}"


def digest(*parts: str | None) -> str:
    """Stable short hash of the parts; the separator keeps ("ab","c") != ("a","bc")."""
    h = hashlib.sha256("\x1f".join("" if p is None else p for p in parts).encode("utf-8"))
    return h.hexdigest()[:20]


def unresolved_id(name: str, salt: str) -> str:
    """Id for a person the source shows without a profile URL."""
    return "unresolved-" + digest(normalise_name(name), salt)[:16]


def normalise_name(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def file_key(name: str) -> str:
    """File names compared case-insensitively, ignoring spaces and underscores."""
    return re.sub(r"[\s_]+", "", name).casefold()


# --------------------------------------------------------------------------- text

_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
_ENTITY_RE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "blockquote"})


class _TextExtractor(HTMLParser):
    """Collects text only: scripts, styles and attributes are dropped, never rendered."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def clean_text(value: str | None) -> str | None:
    """Plain text of a message body: HTML stripped, entities unescaped, line ends LF."""
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_TAG_RE.search(text):
        parser = _TextExtractor()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
        text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
        text = re.sub(r"\n{3,}", "\n\n", text)
    elif _ENTITY_RE.search(text):
        text = html.unescape(text)
    text = text.strip()
    return text or None


# --------------------------------------------------------------------------- dates

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}


def get_timezone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown timezone {name!r}") from exc


def _month(token: str) -> int:
    month = _MONTHS.get(token[:3].casefold()) if len(token) >= 3 else None
    if month is None:
        raise ValueError(f"unknown English month {token!r}")
    return month


_DMY_RE = re.compile(r"^(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})$")
_UTC_DASH_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$")
_UTC_SLASH_RE = re.compile(r"^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$")
_US_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}), (\d{1,2}):(\d{2})[\s\u202f]([AaPp][Mm])$")
_MON_YEAR_RE = re.compile(r"^([A-Za-z]{3,9}) (\d{4})$")


def _parse_dmy(value: str, tz: tzinfo) -> datetime:
    m = _DMY_RE.match(value)
    if not m:
        raise ValueError
    return datetime(int(m[3]), _month(m[2]), int(m[1]), tzinfo=tz)


def _parse_utc_dash(value: str, tz: tzinfo) -> datetime:
    m = _UTC_DASH_RE.match(value)
    if not m:
        raise ValueError
    y, mo, d, h, mi, s = (int(g) for g in m.groups())
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def _parse_utc_slash(value: str, tz: tzinfo) -> datetime:
    m = _UTC_SLASH_RE.match(value)
    if not m:
        raise ValueError
    y, mo, d, h, mi, s = (int(g) for g in m.groups())
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def _parse_us(value: str, tz: tzinfo) -> datetime:
    m = _US_RE.match(value)
    if not m:
        raise ValueError
    month, day, yy, hour, minute, ampm = m.groups()
    h = int(hour) % 12 + (12 if ampm.lower() == "pm" else 0)
    # Two-digit years: LinkedIn exists since 2003, so 20YY is the only reading.
    return datetime(2000 + int(yy), int(month), int(day), h, int(minute), tzinfo=tz)


def _parse_mon_year(value: str, tz: tzinfo) -> datetime:
    m = _MON_YEAR_RE.match(value)
    if not m:
        raise ValueError
    return datetime(int(m[2]), _month(m[1]), 1, tzinfo=tz)


#: The formats seen in exports, by name. Each is syntactically distinct from
#: the others, so picking one never involves guessing day/month order.
DATE_FORMATS: dict[str, Callable[[str, tzinfo], datetime]] = {
    "DD Mon YYYY": _parse_dmy,
    "YYYY-MM-DD HH:MM:SS UTC": _parse_utc_dash,
    "YYYY/MM/DD HH:MM:SS UTC": _parse_utc_slash,
    "M/D/YY, h:mm AM": _parse_us,
    "Mon YYYY": _parse_mon_year,
}


class DateColumn:
    """Parses one column of one file with a single format, fixed by its first value.

    A column may list several allowed formats (the synthetic volume fixture
    writes ISO dates where real exports write US dates); the first non-empty
    value selects one and every later value must match it. Day-first versus
    month-first is never inferred.
    """

    def __init__(self, column: str, formats: Sequence[str], tz: tzinfo) -> None:
        self.column = column
        self.formats = tuple(formats)
        self.tz = tz
        self.chosen: str | None = None

    def parse(self, value: str) -> datetime:
        # str.split() also splits on U+202F, which newer exports may put before AM/PM.
        value = " ".join(value.split())
        if self.chosen is None:
            for name in self.formats:
                try:
                    result = DATE_FORMATS[name](value, self.tz)
                except ValueError:
                    continue
                self.chosen = name
                return result
            raise ValueError(
                f"{self.column} {value!r} matches none of the expected formats ({'; '.join(self.formats)})"
            )
        try:
            return DATE_FORMATS[self.chosen](value, self.tz)
        except ValueError:
            raise ValueError(
                f"{self.column} {value!r} does not match the file's format {self.chosen!r}"
            ) from None


def iso(dt: datetime) -> str:
    """ISO 8601 with ``Z`` for UTC and the offset otherwise (contract ``at``)."""
    text = dt.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


# --------------------------------------------------------------------------- CSV


def _bounded_lines(fh: TextIO, where: Callable[[], tuple[str, int]]) -> Iterator[str]:
    """Physical lines, refusing any longer than ``MAX_LINE_CHARS`` (never read whole)."""
    readline = fh.readline
    while True:
        line = readline(MAX_LINE_CHARS)
        if not line:
            return
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            archive, lineno = where()
            raise ExportError(archive, None, lineno, f"line longer than {MAX_LINE_CHARS} characters")
        if "\x00" in line:
            archive, lineno = where()
            raise ExportError(archive, None, lineno, "binary content (NUL byte), not a CSV text file")
        yield line


def _norm_header(cell: str) -> str:
    return cell.strip().strip('"').strip().lstrip("\ufeff").casefold()


class CsvTable:
    """A streamed CSV whose header row is found by content, columns by name."""

    def __init__(self, path: Path, *, archive: str, display: str, required: Sequence[str]) -> None:
        self.path = path
        self.archive = archive
        self.display = display
        self.required = tuple(r.casefold() for r in required)
        self.line = 0
        self.header_line = 0

    def error(self, message: str, line: int | None = None) -> ExportError:
        return ExportError(self.archive, self.display, line if line is not None else self.line, message)

    def rows(self) -> Iterator[dict[str, str]]:
        """Yield each data row as ``{normalised column: value}``.

        Raises ExportError for undecodable bytes, NUL bytes, over-long lines,
        malformed quoting, or a missing header. A file that is empty or holds a
        single non-CSV line ("No conversations found") yields nothing.
        """
        try:
            with open(self.path, encoding="utf-8-sig", newline="") as fh:
                reader = csv.reader(_bounded_lines(fh, lambda: (self.archive, reader.line_num + 1)))
                header: list[str] | None = None
                scanned = 0
                for raw in reader:
                    self.line = reader.line_num
                    if header is None:
                        scanned += 1
                        cells = [_norm_header(c) for c in raw]
                        if all(r in cells for r in self.required):
                            header = cells
                            self.header_line = reader.line_num
                            continue
                        if scanned >= HEADER_SCAN_ROWS:
                            break
                        continue
                    if not any(c.strip() for c in raw):
                        continue
                    if len(raw) > len(header) and any(c.strip() for c in raw[len(header) :]):
                        raise self.error(f"{len(raw)} fields but the header has {len(header)}")
                    yield dict(zip(header, (c.strip() for c in raw), strict=False))
                if header is None and scanned > 1:
                    raise self.error(
                        "not the expected CSV: no header row with "
                        + ", ".join(self.required)
                        + f" in the first {HEADER_SCAN_ROWS} rows",
                        line=0,
                    )
        except ExportError as exc:
            if exc.file is None:
                raise self.error(exc.message, exc.line) from None
            raise
        except UnicodeDecodeError as exc:
            raise self.error(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        except csv.Error as exc:
            raise self.error(f"malformed CSV ({exc})") from None


# --------------------------------------------------------------------------- org map


def _archive_key(name: str) -> str:
    key = Path(name.strip()).name.casefold()
    return key[:-4] if key.endswith(".zip") else key


@dataclass(frozen=True)
class OrgMapEntry:
    info: OrgInfo
    profile: str | None = None
    email: str | None = None


class OrgMap:
    """Who handed in which export: archive file name or owner slug → ``OrgInfo``.

    Read from a small CSV (see ``docs/linkedin-export.md``) with the columns
    ``archive, profile_url, email, organization, sector, institution_type,
    role, seniority``; every column is optional but each row needs an
    ``archive``, ``profile_url`` or ``email`` to be found by.
    """

    def __init__(self, entries: Sequence[tuple[str | None, OrgMapEntry]] = ()) -> None:
        self.by_archive: dict[str, OrgMapEntry] = {}
        self.by_profile: dict[str, OrgMapEntry] = {}
        self.by_email: dict[str, OrgMapEntry] = {}
        for archive, entry in entries:
            if archive:
                self.by_archive[_archive_key(archive)] = entry
            if entry.profile:
                self.by_profile[entry.profile] = entry
            if entry.email:
                self.by_email[entry.email.casefold()] = entry

    @classmethod
    def load(cls, path: Path) -> OrgMap:
        table = CsvTable(Path(path), archive=str(path), display=Path(path).name, required=())
        entries: list[tuple[str | None, OrgMapEntry]] = []
        for row in _org_rows(table):

            def get(*names: str, row: dict[str, str] = row) -> str | None:
                for n in names:
                    if row.get(n):
                        return row[n]
                return None

            archive = get("archive", "archive file", "file")
            profile = slug_from_url(get("profile_url", "profile url", "profile", "slug", "url"))
            email = get("email", "email address")
            if not (archive or profile or email):
                raise table.error("row has none of archive, profile_url, email")
            try:
                info = OrgInfo(
                    organization=get("organization", "organisation"),
                    sector=get("sector"),
                    institution_type=get("institution_type", "institution type"),
                    role=get("role"),
                    seniority=get("seniority"),
                )
            except ValueError as exc:
                raise table.error(str(exc)) from None
            entries.append((archive, OrgMapEntry(info, profile, email)))
        return cls(entries)

    def for_archive(self, name: str) -> OrgMapEntry | None:
        return self.by_archive.get(_archive_key(name))

    def for_profile(self, slug: str | None) -> OrgMapEntry | None:
        return self.by_profile.get(slug) if slug else None

    def for_email(self, email: str | None) -> OrgMapEntry | None:
        return self.by_email.get(email.casefold()) if email else None


def _org_rows(table: CsvTable) -> Iterator[dict[str, str]]:
    """Rows of the mapping file; its header is simply the first row."""
    try:
        with open(table.path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(_bounded_lines(fh, lambda: (table.archive, reader.line_num + 1)))
            header: list[str] | None = None
            for raw in reader:
                table.line = reader.line_num
                if header is None:
                    header = [_norm_header(c) for c in raw]
                    continue
                if any(c.strip() for c in raw):
                    yield {k: v.strip() for k, v in zip(header, raw, strict=False)}
    except UnicodeDecodeError as exc:
        raise table.error(f"not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise table.error(f"malformed CSV ({exc})") from None
