"""Build a simulated world: protected organisations, genuine background, hard
negatives and fake-persona campaigns, with exact ground truth.

The background (colleague networks, field contacts, views, endorsements, chat)
is drawn with numpy in bulk; only message text is produced row by row. Every
random draw comes from one seeded ``numpy`` generator and one seeded
``random.Random``, and nothing iterates over a ``set``, so a seed gives
byte-identical output.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from lureguard.contract import SECTORS, SENIORITIES
from lureguard.simulate import text as tx
from lureguard.simulate import vocab
from lureguard.simulate._events import CONN, ENDORSE, INV, MSG, VIEW, Events, IntArray
from lureguard.simulate.profiles import (
    Person,
    about,
    career,
    consultancy_name,
    headline,
    languages_of,
    near_copy,
    new_photo,
    person_name,
    place,
    skills_of,
)
from lureguard.simulate.scenarios import CampaignSpec, Scenario

DAY = 86_400
LANG_CODES = ("en", "fr", "de")
HOME_LANG = {"FR": "fr", "DE": "de"}
LANG_COUNTRIES = {"fr": ("FR",), "de": ("DE",), "en": ("GB", "BE", "NL", "LU")}

# Where each kind of external account lives. Fakes draw from a similar spread:
# country is deliberately not a label.
EXTERNAL_COUNTRIES: dict[str, tuple[tuple[str, float], ...]] = {
    "colleague": (
        ("HOME", 0.35),
        ("DE", 0.06),
        ("FR", 0.06),
        ("GB", 0.08),
        ("BE", 0.04),
        ("NL", 0.04),
        ("IT", 0.04),
        ("ES", 0.03),
        ("CH", 0.04),
        ("US", 0.1),
        ("CN", 0.06),
        ("HK", 0.03),
        ("SG", 0.03),
        ("JP", 0.02),
        ("IN", 0.02),
    ),
    "alumni": (
        ("HOME", 0.7),
        ("GB", 0.08),
        ("US", 0.08),
        ("CH", 0.05),
        ("SG", 0.03),
        ("CN", 0.03),
        ("DE", 0.03),
    ),
    "academic-abroad": (
        ("CN", 0.3),
        ("HK", 0.12),
        ("SG", 0.12),
        ("US", 0.12),
        ("GB", 0.1),
        ("JP", 0.06),
        ("DE", 0.05),
        ("FR", 0.05),
        ("CH", 0.04),
        ("NL", 0.04),
    ),
    "business-abroad": (
        ("CN", 0.3),
        ("HK", 0.18),
        ("SG", 0.16),
        ("AE", 0.06),
        ("US", 0.1),
        ("GB", 0.1),
        ("CH", 0.1),
    ),
    "recruiter": (("HOME", 0.4), ("GB", 0.2), ("CH", 0.1), ("US", 0.1), ("SG", 0.1), ("HK", 0.1)),
    "event-organiser": (
        ("GB", 0.2),
        ("BE", 0.15),
        ("CH", 0.1),
        ("US", 0.1),
        ("SG", 0.1),
        ("HK", 0.08),
        ("CN", 0.07),
        ("AE", 0.05),
        ("HOME", 0.15),
    ),
    "sales": (("HOME", 0.5), ("GB", 0.15), ("US", 0.15), ("DE", 0.1), ("NL", 0.1)),
    "expert-network": (("US", 0.35), ("GB", 0.35), ("HK", 0.15), ("SG", 0.15)),
    "new-account": (("HOME", 0.85), ("GB", 0.05), ("CN", 0.05), ("US", 0.05)),
}
FAKE_COUNTRIES = (
    ("GB", 0.15),
    ("HK", 0.15),
    ("SG", 0.12),
    ("CN", 0.1),
    ("US", 0.1),
    ("HOME", 0.12),
    ("BE", 0.08),
    ("CH", 0.08),
    ("NL", 0.05),
    ("AE", 0.05),
)
ACADEMIC_TITLES = (
    "Professor",
    "Associate Professor",
    "Research Fellow",
    "Postdoctoral Researcher",
    "Senior Lecturer",
    "Assistant Professor",
    "Visiting Scholar",
    "Research Scientist",
)
#: Share of a genuine outreach wave that spans four to six sectors at once instead of one.
#: Real conference organisers, expert networks and multi-practice search firms do; without
#: them a model learns "many sectors => fake" with nothing to bound it (docs/account-model.md).
BROAD_WAVE = {"event-organiser": 0.12, "expert-network": 0.15, "recruiter": 0.05, "sales": 0.06}
FAKE_INCOHERENCE = {"burst": 0.6, "aged": 0.2, "impersonation": 0.3, "low-and-slow": 0.15, "handoff": 0.35}
FAKE_CHANNELS = ("WhatsApp", "WeChat", "Skype", "Telegram", "Signal", "WhatsApp")
GENUINE_CHANNELS = ("WhatsApp", "Teams", "Zoom", "Skype", "Signal", "phone")
ASIA_CHANNELS = ("WeChat", "WhatsApp", "Zoom", "Skype")
DAYS = {
    "en": ("Friday", "next Monday", "the end of the month", "the 15th", "Wednesday"),
    "fr": ("vendredi", "lundi prochain", "la fin du mois", "le 15", "mercredi"),
    "de": ("Freitag", "nächsten Montag", "Monatsende", "dem 15.", "Mittwoch"),
}
EVENT_KINDS = ("Summit", "Forum", "Conference", "Symposium", "Dialogue", "Roundtable", "Congress")
CITIES_ABROAD = (
    "Beijing",
    "Shanghai",
    "Hong Kong",
    "Singapore",
    "Shenzhen",
    "Dubai",
    "Geneva",
    "Istanbul",
    "Vienna",
    "Hangzhou",
    "Tokyo",
    "London",
)


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def _iso(t: int) -> str:
    return datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())


@dataclass
class Campaign:
    """A campaign's build record; becomes an entry of ``world.json``."""

    cid: str
    spec: CampaignSpec
    accounts: list[int]
    second: list[int]  # hand-off personas
    second_persona: str
    targets: list[int]
    tz: int
    city: str
    fee: str
    channel: str
    templates: bool  # burst campaigns reuse message templates
    impersonates: str | None
    first_t: int = 0
    last_t: int = 0
    funnel: dict[str, int] | None = None


class World:
    """One world under construction; ``build()`` fills people and events."""

    def __init__(self, sc: Scenario, seed: int, scale: float) -> None:
        self.sc, self.seed, self.scale = sc, seed, scale
        self.rng = np.random.default_rng(seed)
        self.r = random.Random(seed)
        self.t0, self.t1 = _epoch(sc.start), _epoch(sc.end) + DAY - 1
        self.year1 = datetime.fromtimestamp(self.t1, UTC).year
        self.people: list[Person] = []
        self.ev = Events()
        self.orgs: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.firms: list[tuple[str, list[int]]] = []
        self.campaigns: list[Campaign] = []
        self.bank = tx.TemplateBank(random.Random(f"bank:{seed}"))

    # ------------------------------------------------------------------ helpers
    def _n(self, x: float, lo: int = 1) -> int:
        return max(lo, round(x * self.scale))

    def _choice_w(self, pairs: tuple[tuple[str, float], ...]) -> str:
        keys = [k for k, _ in pairs]
        return self.r.choices(keys, weights=[w for _, w in pairs])[0]

    def _country(self, pairs: tuple[tuple[str, float], ...]) -> str:
        c = self._choice_w(pairs)
        return self.sc.country if c == "HOME" else c

    def _topic(self, sector: str, lang: str) -> str:
        return tx.pick(self.r, vocab.SECTOR_TOPICS[sector or "ai"][lang])

    def _fee(self, lang: str) -> str:
        amount = self.r.choice((500, 800, 1000, 1500, 2000, 2500, 3000, 5000))
        cur = self.r.choice(("€", "€", "$", "£"))
        if lang == "fr":
            return f"{amount:,} {cur}".replace(",", "\u202f")
        if lang == "de":
            return f"{amount:,} {cur}".replace(",", ".")
        return f"{cur}{amount:,}"

    def _event_name(self, sector: str) -> str:
        topic = self._topic(sector, "en").title()
        kind = self.r.choice(EVENT_KINDS)
        year = self.r.randint(self.year1 - 1, self.year1)
        pat = self.r.choice(("International {t} {k} {y}", "{t} {k} {y}", "{c} {t} {k}", "Global {k} on {t}"))
        return pat.format(t=topic, k=kind, y=year, c=self.r.choice(CITIES_ABROAD))

    def _email(self, p: Person) -> str:
        dom = self.r.choice(vocab.EMAIL_DOMAINS)
        if p.label == "genuine" and p.employer and self.r.random() < 0.6:
            dom = _ascii(p.employer.split()[0])[:12] + ".com"
        return f"{_ascii(p.first)}.{_ascii(p.last)}@{dom}"

    def _add_msg(
        self,
        typ: int,
        s: int,
        d: int,
        t: int,
        recipe: str,
        lang: str,
        *,
        thread: int = -1,
        lure: bool = False,
        persona: str = "consultant",
        template: tuple[str, int] | None = None,
        bank: bool = True,
        **slots: str,
    ) -> None:
        """Compose (or reuse) a template, fill its slots and record the text event."""
        if template is None:
            # Genuine text comes from the pre-composed bank (speed); each lure is composed afresh.
            use_bank = bank and not lure
            template = self.bank.get(recipe, lang) if use_bank else tx.compose(recipe, lang, self.r, persona)
        body, cats = template
        ps, pd = self.people[s], self.people[d]
        full = {"first": pd.first, "last": pd.last, "me": ps.first, "firm": ps.employer, "city": ps.city}
        full["org"] = pd.employer or ps.employer
        full.update(slots)
        r = self.r
        if "{topic}" in body and "topic" not in slots:
            full["topic"] = self._topic(pd.sector or ps.sector, lang)
        if "{days}" in body:
            full["days"] = tx.pick(r, DAYS[lang])
        if "{event}" in body and "event" not in slots:
            full["event"] = self._event_name(pd.sector or ps.sector)
        if "{fee}" in body and "fee" not in slots:
            full["fee"] = self._fee(lang)
        if "{channel}" in body and "channel" not in slots:
            full["channel"] = tx.pick(
                r, ASIA_CHANNELS if ps.country in ("CN", "HK", "SG") else GENUINE_CHANNELS
            )
        if "{email}" in body and "email" not in slots:
            full["email"] = self._email(ps)
        if "{role}" in body and "role" not in slots:
            full["role"] = tx.pick(r, vocab.TITLES[lang]["senior" if r.random() < 0.5 else "executive"])
        ti = self.ev.add_text(tx.fill(body, full), lure, cats)
        self.ev.row(typ, s, d, t, ti, thread if typ == MSG else -1)

    def _work_time(self, lo: int, hi: int, tz: int) -> int:
        """A time in [lo, hi] snapped to a plausible working hour in UTC+tz."""
        t = lo + int(self.r.random() * max(1, hi - lo))
        hour = min(23.5, max(6.5, self.r.gauss(10.5 if self.r.random() < 0.55 else 15.0, 2.2)))
        snapped = t // DAY * DAY + int((hour - tz) * 3600) + self.r.randrange(3600)
        return min(max(snapped, lo), hi)

    # ------------------------------------------------------------------ people
    def _new_person(self, country: str, persona: str, created: int, lang: str | None = None) -> Person:
        culture = self.r.choice(vocab.COUNTRY_CULTURES[country])
        first, last = person_name(self.r, culture)
        city, region = place(self.r, country)
        lang = lang or vocab.COUNTRY_LANGUAGE.get(country, "en")
        if lang not in LANG_CODES:
            lang = "en"
        tz = {"CN": 8, "HK": 8, "SG": 8, "JP": 9, "IN": 5, "AE": 4, "US": -5, "GB": 0}.get(country, 1)
        p = Person(
            culture=culture,
            country=country,
            city=city,
            region=region,
            lang=lang,
            first=first,
            last=last,
            created=created,
            persona=persona,
            tz=tz,
        )
        self.people.append(p)
        return p

    def _genuine_created(self, recent: bool = False) -> int:
        if recent:
            return self.t0 + int(self.r.random() * (self.t1 - self.t0 - 30 * DAY))
        floor = _epoch("2004-06-01")
        return max(floor, self.t0 - int(self.r.expovariate(1 / (4.5 * 365 * DAY))))

    def _make_orgs_and_members(self) -> None:
        sc, r = self.sc, self.r
        n_members = self._n(sc.members, 30)
        n_orgs = max(4, round(n_members / sc.org_size))
        weights = self.rng.lognormal(0, 0.8, n_orgs)
        sizes = np.maximum(3, np.floor(weights / weights.sum() * n_members)).astype(int)
        for g in range(n_orgs):
            inst = self._choice_w(sc.institution_mix)
            sector = SECTORS[g % len(SECTORS)] if g < len(SECTORS) else r.choice(SECTORS)
            lang = self._choice_w(sc.languages)
            country = sc.country if lang == HOME_LANG.get(sc.country) else r.choice(LANG_COUNTRIES[lang])
            if lang == "en" and sc.country in ("FR", "DE") and r.random() < 0.5:
                country = sc.country  # international organisations based at home, working in English
            en, fr, de = vocab.ORG_FIELDS[sector]
            city, _ = place(r, country)
            pat = r.choice(vocab.ORG_PATTERNS[inst][lang])
            name = pat.format(
                field_en=en,
                field_fr=fr,
                field_de=de,
                city=city,
                brand=r.choice(vocab.BRANDS),
                surname=person_name(r, "fr" if lang == "fr" else "de" if lang == "de" else "en")[1],
                suffix_fr=r.choice(vocab.SUFFIX["fr"]),
                suffix_de=r.choice(vocab.SUFFIX["de"]),
                adj_fr=r.choice(("", "de recherche", "d'études", "")).strip(),
            ).replace("  ", " ")
            if any(o["name"] == name for o in self.orgs[-50:]):
                name = f"{name} ({city})"
            self.orgs.append(
                {
                    "name": name,
                    "inst": inst,
                    "sector": sector,
                    "lang": lang,
                    "country": country,
                    "city": city,
                    "start": len(self.people),
                    "size": int(sizes[g]),
                }
            )
            for _ in range(int(sizes[g])):
                created = self._genuine_created(recent=r.random() < 0.04)
                p = self._new_person(country, "member", created, lang)
                if r.random() < 0.8:
                    p.city = city
                    p.region = next(
                        f"{c}, {reg}" if not reg.startswith(c) else reg
                        for c, reg in vocab.PLACES[country]
                        if c == city
                    )
                sen = r.choices(SENIORITIES, weights=(0.5, 0.38, 0.12))[0]
                p.org, p.sector, p.employer = g, sector, name
                p.title = r.choice(vocab.TITLES[lang][sen])
                p.extra.update(seniority=sen, field_en=vocab.ORG_FIELDS[sector][0])
                self.members.append(
                    {
                        "account": len(self.people) - 1,
                        "organization": name,
                        "institution_type": inst,
                        "sector": sector,
                        "role": p.title,
                        "seniority": sen,
                    }
                )
        self.n_members = len(self.people)

    def _make_externals(self) -> None:
        sc, r = self.sc, self.r
        n_ext = self._n(sc.externals, 20)
        personas = [k for k, _ in sc.hard_negative_mix]
        counts = self.rng.multinomial(
            n_ext, np.array([w for _, w in sc.hard_negative_mix]) / sum(w for _, w in sc.hard_negative_mix)
        )
        self.ext_start = len(self.people)
        # genuine recruiting firms: shared employer, staff connected to each other
        n_rec = int(counts[personas.index("recruiter")])
        n_firms = max(1, min(sc.recruiter_firms, n_rec // 3))
        for f in range(n_firms):
            self.firms.append((consultancy_name(r, "headhunter") + ("" if f % 2 else " International"), []))
        for persona, n in zip(personas, counts, strict=True):
            for _ in range(int(n)):
                country = self._country(EXTERNAL_COUNTRIES[persona])
                p = self._new_person(country, persona, self._genuine_created(recent=persona == "new-account"))
                p.sector = r.choice(SECTORS)
                p.extra["field_en"] = vocab.ORG_FIELDS[p.sector][0]
                sen = r.choices(SENIORITIES, weights=(0.4, 0.45, 0.15))[0]
                p.extra["seniority"] = sen
                if persona == "recruiter":
                    if r.random() < 0.65:
                        fid = r.randrange(n_firms)
                        p.firm_id, p.employer = fid, self.firms[fid][0]
                        self.firms[fid][1].append(len(self.people) - 1)
                    else:
                        p.employer = (
                            consultancy_name(r, "headhunter")
                            if r.random() < 0.6
                            else f"{r.choice(vocab.BRANDS)} Group"
                        )
                    p.title = r.choice(vocab.RECRUITER_TITLES)
                elif persona == "event-organiser":
                    p.employer = r.choice(
                        (
                            f"{r.choice(vocab.BRANDS)} Events",
                            f"{r.choice(vocab.CONSULTANCY_WORDS)} Forum",
                            consultancy_name(r, "think-tank"),
                        )
                    )
                    p.title = r.choice(vocab.ORGANISER_TITLES)
                elif persona == "sales":
                    p.employer, p.title = (
                        f"{r.choice(vocab.BRANDS)} {r.choice(('Systems', 'Software', 'Analytics'))}",
                        r.choice(vocab.SALES_TITLES),
                    )
                elif persona == "expert-network":
                    p.employer = f"{r.choice(vocab.CONSULTANCY_WORDS)} {r.choice(('Expert Network', 'Insights', 'Research Partners'))}"
                    p.title = r.choice(
                        (
                            "Research Associate",
                            "Project Manager",
                            "Client Service Associate",
                            "Expert Recruiter",
                        )
                    )
                elif persona == "academic-abroad":
                    p.employer = r.choice(
                        vocab.SCHOOLS["asia"] if country in ("CN", "HK", "SG", "JP") else vocab.SCHOOLS["en"]
                    )
                    p.title = r.choice(ACADEMIC_TITLES)
                elif persona == "business-abroad":
                    # Same employer and title pools as fake consultants / business representatives.
                    p.employer = (
                        consultancy_name(r)
                        if r.random() < 0.5
                        else f"{r.choice(vocab.BRANDS)} {r.choice(('Holdings', 'Capital', 'Trading', 'Technology Co., Ltd.'))}"
                    )
                    p.title = r.choice(vocab.FAKE_TITLES[r.choice(("consultant", "business-representative"))])
                elif persona == "new-account":
                    g = r.randrange(len(self.orgs))
                    o = self.orgs[g]
                    p.employer, p.sector, p.extra["join_org"] = o["name"], o["sector"], g
                    p.title = r.choice(vocab.TITLES[p.lang]["junior"])
                else:
                    p.employer = r.choice(
                        (
                            f"{r.choice(vocab.BRANDS)} {r.choice(('Group', 'Labs', 'AG', 'Ltd', 'Inc.'))}",
                            r.choice(vocab.SCHOOLS[r.choice(("fr", "de", "en", "asia"))]),
                        )
                    )
                    p.title = r.choice(vocab.TITLES[p.lang][sen])
        self.ext_end = len(self.people)

    def _make_fakes(self) -> None:
        sc, r = self.sc, self.r
        big_firm = max(range(len(self.firms)), key=lambda f: len(self.firms[f][1])) if self.firms else -1
        for k, spec in enumerate(sc.campaigns):
            # floors keep each style recognisable at tiny scales (a burst needs several accounts)
            floor = {"burst": 4, "handoff": 2}.get(spec.style, 1)
            n = 1 if spec.style == "low-and-slow" else self._n(spec.accounts, floor)
            n_targets = max(n, self._n(spec.targets))
            span = self.t1 - self.t0
            c_start = self.t0 + int(spec.start * span)
            tz = 8 if spec.style == "burst" else r.choice((1, 1, 8, 0))
            countries = [self._country(FAKE_COUNTRIES) for _ in range(3 if spec.style == "burst" else 12)]
            impersonated = (
                self.firms[big_firm][0] if spec.style == "impersonation" and big_firm >= 0 else None
            )
            second_persona = (
                r.choice(("think-tank", "business-representative")) if spec.style == "handoff" else ""
            )
            camp = Campaign(
                cid=f"campaign-{k + 1:02d}",
                spec=spec,
                accounts=[],
                second=[],
                second_persona=second_persona,
                targets=[],
                tz=tz,
                city=r.choice(CITIES_ABROAD),
                fee=self._fee("en"),
                channel=r.choice(FAKE_CHANNELS),
                templates=spec.style == "burst",
                impersonates=impersonated,
            )
            photos = [new_photo(r) for _ in range(max(2, n // 6))]
            shared_firm = consultancy_name(r, spec.persona)
            for i in range(n):
                is_second = spec.style == "handoff" and i % 2 == 1
                persona = second_persona if is_second else spec.persona
                if spec.style == "burst":
                    created = c_start - r.randint(1, 20) * DAY
                elif spec.style in ("aged", "low-and-slow"):
                    created = c_start - r.randint(400, 3000) * DAY
                else:
                    created = c_start - r.randint(30, 200) * DAY
                country = r.choice(countries)
                culture_pool = ("en", "zh", "zh", vocab.COUNTRY_CULTURES[country][0])
                p = self._new_person(country, persona, created, "en" if r.random() < 0.7 else None)
                p.culture = r.choice(culture_pool)
                p.first, p.last = person_name(r, p.culture)
                p.label, p.campaign, p.tz = "fake", camp.cid, tz
                p.sector = r.choice(spec.sectors or SECTORS)
                p.extra["field_en"] = r.choice(
                    ("International Relations", "Economics", "Management", "Engineering", "Political Science")
                )
                p.extra["seniority"] = r.choice(("senior", "executive"))
                p.extra["style"] = spec.style
                if impersonated is not None:
                    p.employer, p.firm_id = impersonated, big_firm
                elif spec.style == "burst" and r.random() < 0.7:
                    p.employer = shared_firm
                else:
                    p.employer = consultancy_name(r, persona)
                p.title = r.choice(vocab.FAKE_TITLES[persona])
                if spec.style == "burst":
                    if r.random() < 0.9:
                        p.photo = near_copy(r, r.choice(photos), exact=r.random() < 0.5)
                elif r.random() < 0.95:
                    p.photo = new_photo(r)
                (camp.second if is_second else camp.accounts).append(len(self.people) - 1)
            self.campaigns.append(camp)
            camp.targets = [n_targets]  # count only; drawn in _assign_targets

    def _assign_targets(self) -> None:
        """Pick targets: the national share from national institutions, senior people preferred."""
        r = self.r
        nat = [m["account"] for m in self.members if m["institution_type"] == "national"]
        oth = [m["account"] for m in self.members if m["institution_type"] != "national"]
        wt = {"junior": 1.0, "senior": 2.0, "executive": 2.5}
        taken: dict[int, int] = {}
        for camp in self.campaigns:
            need = camp.targets[0]
            want_sec = camp.spec.sectors
            chosen: list[int] = []
            n_nat = round(need * self.sc.national_target_share)
            for pool, quota in ((nat or oth, n_nat), (oth or nat, need - n_nat)):
                weights = [
                    wt[self.people[a].extra["seniority"]]
                    * (3.0 if not want_sec or self.people[a].sector in want_sec else 0.5)
                    / (1 + 6 * taken.get(a, 0))
                    for a in pool
                ]
                got = 0
                for a in r.choices(pool, weights=weights, k=min(len(pool) * 2, quota * 3 + 5)):
                    if got >= quota:
                        break
                    if a in chosen or (a in taken and r.random() >= 0.08):
                        continue  # only a few people are approached by two campaigns
                    chosen.append(a)
                    taken[a] = taken.get(a, 0) + 1
                    got += 1
            camp.targets = chosen

    # ------------------------------------------------------------ background
    def _group_index(
        self, key: IntArray, idx: IntArray, n_groups: int = 0
    ) -> tuple[IntArray, IntArray, IntArray]:
        """Accounts sorted by group key, with start and size per group value."""
        order = np.argsort(key, kind="stable")
        sorted_idx, sorted_key = idx[order], key[order]
        n_groups = max(n_groups, int(key.max()) + 1 if len(key) else 0)
        size = np.bincount(sorted_key, minlength=n_groups)
        start = np.concatenate([[0], np.cumsum(size)[:-1]])
        return sorted_idx, start, size

    def _draw_pairs(
        self,
        src_pool: IntArray,
        mean_k: float,
        dst_sorted: IntArray,
        dst_start: IntArray,
        dst_size: IntArray,
        src_group: IntArray,
    ) -> tuple[IntArray, IntArray]:
        activity = self.rng.lognormal(-0.3, 0.8, len(src_pool))
        k = self.rng.poisson(mean_k / 2 * activity / activity.mean())
        src = np.repeat(src_pool, k)
        g = np.repeat(src_group, k)
        ok = dst_size[g] > 0
        src, g = src[ok], g[ok]
        off = (self.rng.random(len(src)) * dst_size[g]).astype(np.int64)
        dst = dst_sorted[dst_start[g] + off]
        keep = src != dst
        return src[keep], dst[keep]

    def _background(self) -> None:
        sc, rng = self.sc, self.rng
        n_all = len(self.people)
        created = np.array([p.created for p in self.people], dtype=np.int64)
        tz = np.array([p.tz for p in self.people], dtype=np.int64)
        lang = np.array([LANG_CODES.index(p.lang) for p in self.people], dtype=np.int64)
        sector = np.array([SECTORS.index(p.sector) if p.sector else 0 for p in self.people], dtype=np.int64)
        members = np.arange(self.n_members, dtype=np.int64)
        org = np.array([p.org for p in self.people[: self.n_members]], dtype=np.int64)
        ext_personas = (
            "colleague",
            "alumni",
            "academic-abroad",
            "business-abroad",
            "recruiter",
            "event-organiser",
            "sales",
            "expert-network",
        )
        exts = np.array(
            [i for i in range(self.ext_start, self.ext_end) if self.people[i].persona in ext_personas],
            dtype=np.int64,
        )

        o_sorted, o_start, o_size = self._group_index(org, members)
        s_sorted, s_start, s_size = self._group_index(sector[members], members, len(SECTORS))
        a = [
            self._draw_pairs(members, sc.degree_org, o_sorted, o_start, o_size, org),
            self._draw_pairs(members, sc.degree_field, s_sorted, s_start, s_size, sector[members]),
        ]
        if len(exts):
            # externals reach members of their own sector; externals know each other
            a.append(
                self._draw_pairs(
                    exts,
                    sc.degree_external * self.n_members / max(1, len(exts)) / 2,
                    s_sorted,
                    s_start,
                    s_size,
                    sector[exts],
                )
            )
            e_sorted, e_start, e_size = self._group_index(np.zeros(len(exts), dtype=np.int64), exts)
            a.append(
                self._draw_pairs(
                    exts, sc.degree_ext_ext, e_sorted, e_start, e_size, np.zeros(len(exts), dtype=np.int64)
                )
            )
        # genuine recruiting firms: staff connected to each other
        fs, fd = [], []
        for _, staff in self.firms:
            for i, x in enumerate(staff):
                for y in staff[i + 1 :]:
                    if self.r.random() < 0.7:
                        fs.append(x)
                        fd.append(y)
        a.append((np.array(fs, dtype=np.int64), np.array(fd, dtype=np.int64)))
        src = np.concatenate([x[0] for x in a])
        dst = np.concatenate([x[1] for x in a])
        lo, hi = np.minimum(src, dst), np.maximum(src, dst)
        _, first = np.unique(lo * n_all + hi, return_index=True)
        first.sort()
        src, dst = src[first], dst[first]
        self._pair_events(src, dst, created, tz, lang, sector)
        # profile views with no invitation: browsing colleagues and the field
        n_views = int(sc.views_per_account * n_all * 0.5)
        viewer = rng.integers(0, n_all, n_views)
        same = rng.random(n_views) < 0.6
        vm = viewer[same] % self.n_members
        viewed = np.where(same, 0, rng.integers(0, self.n_members, n_views))
        viewed[same] = o_sorted[o_start[org[vm]] + (rng.random(len(vm)) * o_size[org[vm]]).astype(np.int64)]
        ok = (viewer != viewed) & (np.array([p.label == "genuine" for p in self.people])[viewer])
        viewer, viewed = viewer[ok], viewed[ok]
        lo_t = np.maximum(self.t0, np.maximum(created[viewer], created[viewed]))
        t = lo_t + (rng.random(len(viewer)) * (self.t1 - lo_t)).astype(np.int64)
        self.ev.cols(VIEW, viewer, viewed, self._snap(t, tz[viewer]))

    def _snap(self, t: IntArray, tz: IntArray) -> IntArray:
        """Move times to working hours of the actor's time zone (vectorised)."""
        rng = self.rng
        hour = np.where(
            rng.random(len(t)) < 0.55, rng.normal(10.5, 2.2, len(t)), rng.normal(15.0, 2.2, len(t))
        )
        hour = np.clip(hour, 6.5, 23.5)
        wild = rng.random(len(t)) < 0.07
        hour[wild] = rng.random(int(wild.sum())) * 24
        return (t // DAY * DAY + ((hour - tz) * 3600).astype(np.int64)).clip(self.t0, self.t1)

    def _pair_events(
        self, src: IntArray, dst: IntArray, created: IntArray, tz: IntArray, lang: IntArray, sector: IntArray
    ) -> None:
        sc, rng, ev = self.sc, self.rng, self.ev
        n = len(src)
        lo = np.maximum(self.t0, np.maximum(created[src], created[dst]))
        t_inv = self._snap(lo + (rng.random(n) * (self.t1 - lo)).astype(np.int64), tz[src])
        t_inv = np.maximum(t_inv, lo)
        both_members = (src < self.n_members) & (dst < self.n_members)
        accept = rng.random(n) < np.where(both_members, 0.92, 0.75)
        t_conn = t_inv + (rng.exponential(1.5 * DAY, n) + 600).astype(np.int64)
        accept &= t_conn < self.t1
        # a view shortly before some invitations
        pv = rng.random(n) < 0.25
        ev.cols(
            VIEW,
            src[pv],
            dst[pv],
            np.maximum(self.t0, t_inv[pv] - (rng.random(int(pv.sum())) * 3 * DAY).astype(np.int64)),
        )
        # invitation notes (genuine, per row)
        noted = np.flatnonzero(rng.random(n) < 0.1)
        plain = np.ones(n, dtype=bool)
        plain[noted] = False
        ev.cols(INV, src[plain], dst[plain], t_inv[plain])
        for s, d, t in zip(src[noted].tolist(), dst[noted].tolist(), t_inv[noted].tolist(), strict=True):
            lg = LANG_CODES[int(lang[s])] if lang[s] == lang[d] else "en"
            self._add_msg(INV, s, d, t, "colleague_note", lg, bank=True)
        cs, cd, ct = src[accept], dst[accept], t_conn[accept]
        ev.cols(CONN, cs, cd, ct)
        # endorsements
        en = rng.random(len(cs)) < sc.endorse_share
        flip = rng.random(int(en.sum())) < 0.5
        e_from = np.where(flip, cs[en], cd[en])
        e_to = np.where(flip, cd[en], cs[en])
        ev.cols(
            ENDORSE,
            e_from,
            e_to,
            np.minimum(self.t1, ct[en] + rng.exponential(40 * DAY, int(en.sum())).astype(np.int64)),
        )
        # conversations
        chat = np.flatnonzero(rng.random(len(cs)) < sc.chat_share)
        k = 1 + rng.poisson(sc.chat_len - 1, len(chat))
        pair = np.repeat(chat, k)
        pos = np.arange(len(pair)) - np.repeat(np.cumsum(k) - k, k)
        gaps = rng.exponential(2.5 * DAY, len(pair)) * np.where(rng.random(len(pair)) < 0.15, 20, 1) + 120
        cum = np.cumsum(gaps)
        start_cum = np.repeat(cum[np.cumsum(k) - k] - gaps[np.cumsum(k) - k], k)
        t_msg = ct[pair] + (cum - start_cum).astype(np.int64)
        side = (pos + np.repeat(rng.integers(0, 2, len(chat)), k)) % 2
        m_from = np.where(side == 0, cs[pair], cd[pair])
        m_to = np.where(side == 0, cd[pair], cs[pair])
        thread = self.ev.threads(len(chat))[np.searchsorted(chat, chat)]
        thread_of = np.repeat(thread, k)
        keep = t_msg <= self.t1
        academic = ("academic-abroad", "business-abroad")
        is_acad = [p.persona in academic for p in self.people]
        lang_l = lang.tolist()
        for s, d, t, j, th in zip(
            m_from[keep].tolist(),
            m_to[keep].tolist(),
            t_msg[keep].tolist(),
            pos[keep].tolist(),
            thread_of[keep].tolist(),
            strict=True,
        ):
            ls, ld = lang_l[s], lang_l[d]
            lg = LANG_CODES[ls] if ls == ld else "en"
            recipe = "academic" if j == 0 and (is_acad[s] or is_acad[d]) else "colleague"
            self._add_msg(MSG, s, d, t, recipe, lg, thread=th, bank=True)

    # ------------------------------------------------------------ hard negatives
    def _outreach(self) -> None:
        """Genuine cold outreach: recruiters, organisers, sales, expert networks, new accounts."""
        r = self.r
        by_sector: dict[str, list[int]] = {}
        for m in self.members:
            by_sector.setdefault(m["sector"], []).append(m["account"])
        all_members = [m["account"] for m in self.members]
        plan = {
            "recruiter": (8, 40, "recruiter_note", "recruiter", "recruiter_follow", 0.35, 0.55),
            "event-organiser": (6, 30, "organiser_note", "organiser", "organiser", 0.5, 0.3),
            "sales": (10, 40, "sales_note", "sales", "sales", 0.25, 0.5),
            "expert-network": (6, 25, "colleague_note", "expert", "expert", 0.3, 0.2),
        }
        for a in range(self.ext_start, self.ext_end):
            p = self.people[a]
            if p.persona == "new-account":
                self._new_account(a)
                continue
            if p.persona not in plan:
                continue
            lo_k, hi_k, note_r, open_r, follow_r, p_acc, p_note = plan[p.persona]
            n_waves = r.randint(1, 3)
            for _ in range(n_waves):
                # one search mandate / event / sales push: a burst of contacts in one field, or,
                # for some, several fields at once (a cross-sector summit, an expert network's
                # mixed panel, a multi-practice search): genuine accounts that sweep sectors too
                sector = r.choice(SECTORS)
                pool = by_sector.get(sector) or all_members
                if r.random() < BROAD_WAVE.get(p.persona, 0.0):
                    fields = r.sample(SECTORS, r.randint(4, min(6, len(SECTORS))))
                    pool = [m for f in fields for m in by_sector.get(f, [])] or all_members
                k = min(len(pool), r.randint(lo_k, hi_k))
                start = max(self.t0, p.created) + int(
                    r.random() * max(DAY, self.t1 - max(self.t0, p.created) - 30 * DAY)
                )
                span = r.randint(5, 40) * DAY
                event = self._event_name(sector)
                fee = self._fee(p.lang)
                for d in r.sample(pool, k):
                    pd = self.people[d]
                    lg = pd.lang if r.random() < 0.7 else "en"
                    t = self._work_time(start, min(self.t1, start + span), p.tz)
                    thread = self.ev.thread()
                    if r.random() < 0.4:
                        self.ev.row(VIEW, a, d, max(self.t0, t - r.randint(60, 2 * DAY)))
                    if p.persona in ("expert-network", "sales") and r.random() < 0.4:
                        # direct message without connection (InMail-like)
                        self._add_msg(MSG, a, d, t, open_r, lg, thread=thread, event=event, fee=fee)
                        connected = False
                    else:
                        if r.random() < p_note:
                            self._add_msg(INV, a, d, t, note_r, lg, event=event)
                        else:
                            self.ev.row(INV, a, d, t)
                        connected = r.random() < p_acc
                        t += int(r.expovariate(1 / (2 * DAY))) + 600
                        if connected:
                            self.ev.row(CONN, a, d, t)
                        if connected or r.random() < 0.25:
                            t += int(r.expovariate(1 / DAY)) + 300
                            self._add_msg(MSG, a, d, t, open_r, lg, thread=thread, event=event, fee=fee)
                        else:
                            continue
                    if r.random() < 0.3:
                        t += int(r.expovariate(1 / (1.5 * DAY))) + 300
                        self._reply(d, a, t, lg, thread, lure_context=False)
                        if r.random() < 0.5:
                            t += int(r.expovariate(1 / DAY)) + 300
                            self._add_msg(MSG, a, d, t, follow_r, lg, thread=thread, event=event, fee=fee)

    def _new_account(self, a: int) -> None:
        """A genuine newcomer: thin profile, a quick burst of invitations to future colleagues."""
        r, p = self.r, self.people[a]
        o = self.orgs[p.extra["join_org"]]
        pool = list(range(o["start"], o["start"] + o["size"]))
        k = min(len(pool), r.randint(4, 30))
        t_base = p.created + r.randint(0, 10) * DAY
        for d in r.sample(pool, k):
            t = self._work_time(t_base, min(self.t1, t_base + 5 * DAY), p.tz)
            if r.random() < 0.25:
                self._add_msg(INV, a, d, t, "colleague_note", self.people[d].lang)
            else:
                self.ev.row(INV, a, d, t)
            if r.random() < 0.75:
                self.ev.row(CONN, a, d, min(self.t1, t + int(r.expovariate(1 / DAY)) + 600))

    def _reply(
        self,
        member: int,
        other: int,
        t: int,
        lang: str,
        thread: int,
        lure_context: bool,
        positive: float = 0.6,
    ) -> None:
        """A member answers; replies are genuine messages, never lures."""
        r = self.r
        recipe = (
            "reply_no" if r.random() > positive else r.choice(("reply_yes", "reply_question", "reply_email"))
        )
        self._add_msg(MSG, member, other, min(self.t1, t), recipe, lang, thread=thread)

    # ------------------------------------------------------------ campaigns
    def _run_campaigns(self) -> None:
        for camp in self.campaigns:
            self._camouflage(camp)
            self._approach(camp)

    def _camouflage(self, camp: Campaign) -> None:
        """Fakes network with non-members and each other, so 'only contacts members' is not a label."""
        r, spec = self.r, camp.spec
        firm_staff = set(self.firms[self.people[camp.accounts[0]].firm_id][1]) if camp.impersonates else set()
        ext = [i for i in range(self.ext_start, self.ext_end) if i not in firm_staff]
        everyone = camp.accounts + camp.second
        for a in everyone:
            p = self.people[a]
            k = r.randint(3, 15) if spec.style == "burst" else r.randint(10, 60)
            lo = max(self.t0, p.created)
            for d in r.sample(ext, min(k, len(ext))):
                t = self._work_time(lo, self.t1, p.tz)
                if r.random() < 0.15:
                    self._add_msg(INV, a, d, t, "colleague_note", "en")
                else:
                    self.ev.row(INV, a, d, t)
                if r.random() < 0.6:
                    tc = min(self.t1, t + int(r.expovariate(1 / (2 * DAY))) + 600)
                    self.ev.row(CONN, a, d, tc)
                    if r.random() < 0.1:
                        self._add_msg(
                            MSG,
                            a,
                            d,
                            min(self.t1, tc + r.randint(1, 5) * DAY),
                            "colleague",
                            "en",
                            thread=self.ev.thread(),
                        )
                    if r.random() < 0.1:
                        e_from, e_to = (d, a) if r.random() < 0.5 else (a, d)
                        self.ev.row(ENDORSE, e_from, e_to, min(self.t1, tc + r.randint(1, 60) * DAY))
        if spec.style == "burst" and len(everyone) > 1:
            for a in everyone:
                if r.random() < 0.3:
                    b = r.choice(everyone)
                    if b != a:
                        t = self._work_time(max(self.t0, self.people[a].created), self.t1, camp.tz)
                        self.ev.row(INV, a, b, t)
                        self.ev.row(CONN, a, b, min(self.t1, t + 3600))

    def _template(self, camp: Campaign, recipe: str, lang: str, persona: str) -> tuple[str, int] | None:
        """Burst campaigns reuse a couple of fixed templates per stage and language."""
        if not camp.templates:
            return None
        key = (camp.cid, recipe, lang, persona, self.r.randrange(2))
        cache: dict[tuple[str, str, str, str, int], tuple[str, int]] = self.__dict__.setdefault("_tpl", {})
        if key not in cache:
            cache[key] = tx.compose(recipe, lang, random.Random(f"{self.seed}:{key}"), persona)
        return cache[key]

    def _approach(self, camp: Campaign) -> None:
        r, f, spec = self.r, self.sc.funnel, camp.spec
        span = self.t1 - self.t0
        c_start = self.t0 + int(spec.start * span)
        c_end = min(self.t1 - 7 * DAY, c_start + spec.days * DAY)
        stages = dict.fromkeys(
            ("contacted", "connected", "replied", "lure-received", "off-platform", "trip-offered"), 0
        )
        firsts: list[int] = []
        lasts: list[int] = []
        accts = camp.accounts
        # every persona gets at least one target
        assignment = [
            accts[i % len(accts)] if i < len(accts) else r.choice(accts) for i in range(len(camp.targets))
        ]
        seconds = list(camp.second)
        for i, (tgt, a) in enumerate(zip(camp.targets, assignment, strict=True)):
            p, pt = self.people[a], self.people[tgt]
            lang = pt.lang
            persona = p.persona
            extra = {
                "city": camp.city,
                "fee": camp.fee if camp.templates else self._fee(lang),
                "channel": camp.channel if camp.templates or r.random() < 0.6 else r.choice(FAKE_CHANNELS),
                "email": self._email(p),
            }
            lo = max(c_start, p.created + DAY)
            t = self._work_time(lo, max(lo + DAY, c_end), camp.tz)
            firsts.append(t)
            thread = self.ev.thread()
            stages["contacted"] += 1
            if r.random() < f.view_first:
                self.ev.row(VIEW, a, tgt, max(self.t0, t - r.randint(60, 3 * DAY)))
            note_p = 0.9 if camp.templates else f.note
            if r.random() < note_p:
                self._add_msg(
                    INV,
                    a,
                    tgt,
                    t,
                    "lure_note",
                    lang,
                    lure=True,
                    persona=persona,
                    template=self._template(camp, "lure_note", lang, persona),
                    **extra,  # type: ignore[arg-type]  # slot names (city, fee, …) never name a keyword parameter
                )
            else:
                self.ev.row(INV, a, tgt, t)
            t += int(r.expovariate(1 / (2.5 * DAY))) + 900
            connected = r.random() < f.accept
            if connected:
                self.ev.row(CONN, a, tgt, t)
                stages["connected"] += 1
            elif r.random() >= f.inmail_if_pending:
                lasts.append(t)
                continue
            if r.random() < f.endorse and connected:
                self.ev.row(ENDORSE, a, tgt, t + r.randint(1, 20) * DAY)

            if r.random() >= f.open_message:
                lasts.append(t)
                continue
            t = self._lure(camp, a, tgt, t, "lure_open", 1.5, lang, persona, thread, extra)
            if r.random() < f.reply:
                t += int(r.expovariate(1 / (1.5 * DAY))) + 600
                self._reply(tgt, a, t, lang, thread, lure_context=True, positive=0.8)
                stages["replied"] += 1
                who, pers = a, persona
                if seconds:
                    # hand-off: a second persona takes over the same target soon after
                    who = seconds[i % len(seconds)]
                    pers = self.people[who].persona
                    thread = self.ev.thread()
                    t += r.randint(1, 7) * DAY
                    extra["prev"] = p.first
                    self.ev.row(INV, who, tgt, t)
                    if r.random() < 0.7:
                        t += int(r.expovariate(1 / DAY)) + 600
                        self.ev.row(CONN, who, tgt, t)
                    t = self._lure(camp, who, tgt, t, "lure_handoff", 1.0, lang, pers, thread, extra)
                if r.random() < f.lure:
                    stages["lure-received"] += 1
                    if r.random() < f.reply_again:
                        t += int(r.expovariate(1 / (2 * DAY))) + 600
                        self._reply(tgt, who, t, lang, thread, lure_context=True, positive=0.7)
                    if r.random() < f.off_platform:
                        t = self._lure(camp, who, tgt, t, "lure_follow", 3.0, lang, pers, thread, extra)
                        stages["off-platform"] += 1
                        if r.random() < f.gives_contact:
                            t += int(r.expovariate(1 / DAY)) + 600
                            self._add_msg(MSG, tgt, who, min(self.t1, t), "reply_email", lang, thread=thread)
                        if r.random() < f.trip:
                            t = self._lure(camp, who, tgt, t, "lure_trip", 6.0, lang, pers, thread, extra)
                            stages["trip-offered"] += 1
            elif r.random() < f.nudge:
                t = self._lure(camp, a, tgt, t, "lure_nudge", 8.0, lang, persona, thread, extra)
            lasts.append(min(t, self.t1))
        camp.first_t = min(firsts) if firsts else c_start
        camp.last_t = min(self.t1, max(lasts) if lasts else c_end)
        camp.funnel = stages

    def _lure(
        self,
        camp: Campaign,
        who: int,
        tgt: int,
        t: int,
        recipe: str,
        delay_days: float,
        lang: str,
        persona: str,
        thread: int,
        extra: dict[str, str],
    ) -> int:
        """Send one approach message after a random delay; return its time."""
        t += int(self.r.expovariate(1 / (delay_days * DAY))) + 300
        self._add_msg(
            MSG,
            who,
            tgt,
            t,
            recipe,
            lang,
            lure=True,
            persona=persona,
            thread=thread,
            template=self._template(camp, recipe, lang, persona),
            **extra,  # type: ignore[arg-type]  # slot names (city, fee, …) never name a keyword parameter
        )
        return t

    # ------------------------------------------------------------ profiles
    def _finish_profiles(self, degree: IntArray) -> list[dict[str, Any]]:
        r = self.r
        used: set[str] = set()
        ids: list[str] = []
        for p in self.people:
            base = f"{_ascii(p.first)}-{_ascii(p.last)}".replace("'", "") or "member"
            while True:
                cand = f"{base}-{r.getrandbits(28):07x}"
                if cand not in used:
                    used.add(cand)
                    ids.append(cand)
                    break
        self.ids = ids
        # photos: most genuine people have a unique one; a quarter of a firm's staff show its logo
        for _, staff in self.firms:
            logo = None
            for a in staff:
                if r.random() < 0.25:
                    logo = logo or new_photo(r)
                    self.people[a].photo = dict(logo)
        rows = []
        for i, p in enumerate(self.people):
            fake = p.label == "fake"
            if not fake and p.photo is None:
                no_photo = 0.45 if p.persona == "new-account" else 0.09
                if r.random() >= no_photo:
                    p.photo = new_photo(r)
            sen = p.extra.get("seniority", "senior")
            incoherent = fake and r.random() < FAKE_INCOHERENCE[p.extra["style"]]
            positions, education = career(
                r,
                p,
                self.year1,
                seniority=sen,
                incoherent=incoherent,
                vague_prior=p.persona in ("business-abroad", "recruiter") and r.random() < 0.5,
            )
            if p.persona == "new-account":
                positions = positions[:1] if r.random() < 0.6 else []
                education = education[:1]
            topics = vocab.SECTOR_TOPICS[p.sector or "ai"]["en"]
            in_world = int(degree[i])
            if fake and p.extra["style"] == "burst":
                shown = in_world + r.randint(0, 40)
            elif p.persona == "new-account":
                shown = in_world + r.randint(0, 15)
            else:
                shown = in_world + int(r.lognormvariate(5.0, 0.9))
            row: dict[str, Any] = {"id": ids[i], "name": p.name, "headline": headline(p)}
            if r.random() < (0.65 if not fake else 0.8) and p.persona != "new-account":
                row["about"] = about(r, p, p.extra.get("field_en", "Engineering").lower())
            if r.random() < 0.96:
                row["location"] = p.region
            if r.random() < 0.9:
                row["country"] = p.country
            row["created_at"] = datetime.fromtimestamp(p.created, UTC).strftime(
                "%Y-%m-%d" if r.random() < 0.6 else "%Y-%m"
            )
            row["connections"] = min(500, shown)
            if r.random() < 0.8:
                row["followers"] = int(shown * r.uniform(0.9, 1.6)) + r.randint(0, 30)
            if r.random() < 0.85:
                row["verified"] = (r.random() < 0.12) if not fake else (r.random() < 0.02)
            if p.photo is not None:
                row["photo"] = p.photo
            if positions and r.random() < 0.97:
                row["positions"] = positions
            if education and r.random() < 0.8:
                row["education"] = education
            if r.random() < 0.85:
                row["skills"] = skills_of(r, p, topics)
            if r.random() < 0.7:
                row["languages"] = languages_of(r, p)
            row["profile_url"] = f"https://social.example/in/{ids[i]}"
            rows.append(row)
        return rows

    # ------------------------------------------------------------ main
    def build(self) -> None:
        self._make_orgs_and_members()
        self._make_externals()
        self._make_fakes()
        self._assign_targets()
        self._background()
        self._outreach()
        self._run_campaigns()
