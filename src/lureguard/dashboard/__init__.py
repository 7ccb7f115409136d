"""The analysts' dashboard: a scan's findings to browse, judge and hand on, served on this machine only.

``lureguard serve SCAN_DIR`` starts it on 127.0.0.1. Pages are rendered on the server
with Jinja2's autoescaping and carry no script at all (the Content-Security-Policy
forbids it), because every name, headline and message on them was written by someone
the tool suspects. A verdict (fake / genuine) is a POST with a per-process token, so
another site open in the same browser cannot cast one, and the Host header must name
this machine, so a DNS-rebinding page cannot read the dashboard.
"""

from __future__ import annotations

import io
import json
import math
import secrets
import zipfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.middleware.trustedhost import TrustedHostMiddleware

from lureguard.contract import EXPOSURE_STAGES
from lureguard.dashboard._data import ScanError, ScanView, Verdicts

__all__ = ["ScanError", "create_app"]

LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
PAGE = 50
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # Not no-referrer: with it, Chromium sends 'Origin: null' on the dashboard's own forms.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("lureguard.dashboard", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["q"] = lambda v: quote(str(v), safe="")
    env.filters["pct"] = lambda v: "" if v is None else f"{float(v):.2f}"
    env.filters["day"] = lambda v: "" if not v else str(v)[:10]
    return env


def _login_name() -> str:
    """Who is at the keyboard, as the operating system names them."""
    import getpass

    try:
        return getpass.getuser() or "analyst"
    except (OSError, KeyError):  # no login name in a container without a passwd entry
        return "analyst"


def create_app(
    scan_dir: Path,
    *,
    db: Path | None = None,
    verdicts: Path | None = None,
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS,
    analyst: str | None = None,
) -> FastAPI:
    """The dashboard over one finished scan; verdicts go to ``verdicts`` (default SCAN_DIR/verdicts.csv).

    ``analyst`` names who records verdicts in the journal (default: this machine's login name).
    """
    judged = Verdicts(verdicts or Path(scan_dir) / "verdicts.csv", analyst=analyst or _login_name())
    view = ScanView(scan_dir, db=db)
    token = secrets.token_urlsafe(32)
    env = _env()

    @asynccontextmanager
    async def _lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        view.close()

    app = FastAPI(title="lureguard", docs_url=None, redoc_url=None, openapi_url=None, lifespan=_lifespan)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.mount("/static", StaticFiles(packages=[("lureguard.dashboard", "static")]), name="static")
    app.state.view = view

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def page(name: str, request: Request, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(
            request_path=request.url.path, token=token, stages=EXPOSURE_STAGES, verdicts=judged, **ctx
        )
        return HTMLResponse(html)

    def paged(name: str, request: Request, query: Any, filters: dict[str, Any], **ctx: Any) -> HTMLResponse:
        """A list page: one page of ``query``'s rows under ``filters``, with the pager's numbers."""
        n = _page_no(request)
        rows, total = query(**filters, limit=PAGE, offset=(n - 1) * PAGE)
        pages = max(1, math.ceil(total / PAGE))
        return page(name, request, rows=rows, total=total, page_no=n, pages=pages, filters=filters, **ctx)

    def _page_no(request: Request) -> int:
        try:
            return max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            return 1

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        return page(
            "overview.html",
            request,
            totals=view.overview(),
            campaigns=view.campaigns(),
            orgs=view.exposure_by("organization")[:10],
            judged=len(judged),
            verdicts_path=judged.path,
        )

    def _account_filters(request: Request) -> dict[str, Any]:
        qp = request.query_params
        return {
            "flagged_only": qp.get("all") != "1",
            "campaign": qp.get("campaign") or None,
            "query": (qp.get("q") or "").strip()[:200] or None,
        }

    @app.get("/accounts", response_class=HTMLResponse)
    def accounts(request: Request) -> HTMLResponse:
        filters = _account_filters(request)
        return paged(
            "accounts.html",
            request,
            view.accounts,
            filters,
            campaigns=[c["campaign"] for c in view.campaigns()],
        )

    @app.get("/account", response_class=HTMLResponse)
    def account(request: Request, id: str = "") -> HTMLResponse:
        acc = view.account(id)
        if acc is None:
            raise HTTPException(404, "no such account in this scan")
        return page(
            "account.html",
            request,
            a=acc,
            verdict=judged.get(id),
            history=judged.history(id),
            analyst=judged.analyst,
            verdicts_path=judged.path,
        )

    @app.post("/verdict")
    async def verdict(request: Request) -> Response:
        origin = request.headers.get("origin")
        if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
            raise HTTPException(403, "a verdict must come from the dashboard itself")
        form = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        if not secrets.compare_digest((form.get("token") or [""])[0], token):
            raise HTTPException(403, "stale or missing form token; reload the page")
        account_id = (form.get("account_id") or [""])[0]
        label = (form.get("label") or [""])[0] or None
        acc = view.account(account_id)
        if acc is None:
            raise HTTPException(404, "no such account in this scan")
        if not acc["scored"]:
            raise HTTPException(400, "this account sent nothing, so the scan did not judge it")
        note = (form.get("note") or [""])[0]
        try:
            judged.set(account_id, label, note=note, risk=acc.get("risk"))
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        return RedirectResponse(f"/account?id={quote(account_id, safe='')}", status_code=303)

    @app.get("/messages", response_class=HTMLResponse)
    def messages(request: Request) -> HTMLResponse:
        from lureguard.contract import LURE_CATEGORIES

        qp = request.query_params
        filters: dict[str, Any] = {
            "lures_only": qp.get("all") != "1",
            "category": qp.get("category") if qp.get("category") in LURE_CATEGORIES else None,
            "language": (qp.get("language") or "").strip()[:12] or None,
            "query": (qp.get("q") or "").strip()[:200] or None,
        }
        return paged(
            "messages.html",
            request,
            view.messages,
            filters,
            categories=LURE_CATEGORIES,
            counts=view.lure_counts(),
        )

    @app.get("/campaigns", response_class=HTMLResponse)
    def campaigns(request: Request) -> HTMLResponse:
        return page("campaigns.html", request, campaigns=view.campaigns())

    @app.get("/campaign", response_class=HTMLResponse)
    def campaign(request: Request, id: str = "") -> HTMLResponse:
        c = view.campaign(id)
        if c is None:
            raise HTTPException(404, "no such campaign in this scan")
        return page("campaign.html", request, c=c)

    @app.get("/exposure", response_class=HTMLResponse)
    def exposure(request: Request, org: str = "") -> HTMLResponse:
        return page(
            "exposure.html",
            request,
            orgs=view.exposure_by("organization"),
            sectors=view.exposure_by("sector"),
            kinds=view.exposure_by("institution_type"),
            org=org,
            members=view.exposed_members(org) if org else [],
        )

    @app.get("/alerts", response_class=HTMLResponse)
    def alerts(request: Request) -> HTMLResponse:
        return page("alerts.html", request, alerts=view.alerts())

    # --- data for scripts and for CERTs -------------------------------------------
    @app.get("/api/accounts")
    def api_accounts(request: Request) -> JSONResponse:
        n = _page_no(request)
        rows, total = view.accounts(**_account_filters(request), limit=PAGE * 4, offset=(n - 1) * PAGE * 4)
        for r in rows:
            r["verdict"] = judged.get(r["account_id"])
        return JSONResponse(
            {"total": total, "page": n, "accounts": json.loads(json.dumps(rows, default=str))}
        )

    @app.get("/api/campaigns")
    def api_campaigns() -> JSONResponse:
        return JSONResponse(json.loads(json.dumps(view.campaigns(), default=str)))

    @app.get("/export/stix")
    def export_stix() -> Response:
        from lureguard.intel import load_findings
        from lureguard.intel.stix import stix_bundle

        text = stix_bundle(load_findings(view.scan_dir, db=db)).serialize()
        return Response(
            text,
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="findings.stix.json"'},
        )

    @app.get("/export/misp")
    def export_misp() -> Response:
        from lureguard.intel import load_findings
        from lureguard.intel.misp import misp_events

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for stem, event in misp_events(load_findings(view.scan_dir, db=db)).items():
                zf.writestr(f"{stem}.json", json.dumps(event, indent=2, ensure_ascii=False))
        return Response(
            buf.getvalue(),
            media_type="application/zip",
            headers={"Content-Disposition": 'attachment; filename="findings-misp.zip"'},
        )

    return app
