"""The ``lureguard`` command: thin wrappers over the library, with Rich progress."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from lureguard import __version__

app = typer.Typer(
    name="lureguard",
    help=(
        "Find fake professional-network personas, the lures they send and the campaigns they run "
        "against your organisation's experts. Everything runs on this machine; nothing is sent anywhere.\n\n"
        "Start with:  lureguard demo --out out/demo   (simulates a small world, scans it, writes report.html)"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console(stderr=True)
out_console = Console()


def _version(value: bool) -> None:
    if value:
        out_console.print(f"lureguard {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """lureguard: detect covert recruitment through fake profiles."""


@contextmanager
def _steps(title: str) -> Iterator[callable]:  # type: ignore[valid-type]
    """A spinner line per step, so long stages show they are alive."""
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task(title, total=None)

        def step(name: str) -> None:
            progress.update(task, description=f"{title}: {name}")

        yield step
        progress.update(task, description=f"{title}: done")


def _fail(exc: Exception) -> None:
    # The message may quote a line of an adversary's file: print it as plain text, never as markup.
    console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def _is_export(path: Path) -> bool | None:
    """True for a LinkedIn export, False for anything else, None for an archive too hostile to open."""
    from lureguard.adapters.linkedin import looks_like_linkedin_export
    from lureguard.safezip import UnsafeArchiveError

    try:
        return bool(looks_like_linkedin_export(path))
    except UnsafeArchiveError:
        return None


def _print_scan(res: object) -> None:
    from lureguard.scan import ScanResult

    assert isinstance(res, ScanResult)
    t = Table(title="lureguard scan", show_header=False)
    t.add_row("accounts that contacted anyone", str(res.accounts_scored))
    t.add_row("flagged as likely fake personas", str(res.accounts_flagged))
    t.add_row("campaigns", str(res.campaigns))
    t.add_row("protected members reached by flagged accounts", str(res.members_reached))
    t.add_row("messages analysed", str(res.files.get("messages.jsonl", 0)))
    t.add_row(
        "early-warning alerts",
        "skipped (--no-replay)"
        if res.extra.get("replay") == "skipped"
        else str(res.files.get("alerts.jsonl", 0)),
    )
    verdicts = res.extra.get("analyst_labels")
    if verdicts:
        t.add_row(
            "analyst verdicts applied",
            f"{verdicts['fake']} fake, {verdicts['genuine']} genuine"
            + (
                f" ({verdicts['not_scanned']} on accounts that sent nothing)"
                if verdicts["not_scanned"]
                else ""
            ),
        )
    out_console.print(t)
    view = res.extra.get("view")
    if view:
        out_console.print(
            f"One person's data: flagged from risk {view['flag_level']:.2f}, the one-inbox operating point "
            "(whom else a contact approached cannot be seen here; pool exports for an organisation's view)."
        )
    out_console.print(f"Outputs in [bold]{res.out}[/]")
    if res.report:
        out_console.print(f"Report: [bold]{res.report}[/]  (open it in a browser)")


@app.command()
def scan(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="A dataset folder or .zip (see docs/dataset-format), or one or more LinkedIn data-export archives."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the results.")] = Path("out/scan"),
    db: Annotated[
        Path | None,
        typer.Option(help="Keep the DuckDB store here across runs (default: inside --out, fresh)."),
    ] = None,
    org_map: Annotated[
        Path | None,
        typer.Option("--org-map", help="For LinkedIn exports: CSV mapping archives to organisations."),
    ] = None,
    reports: Annotated[
        list[Path] | None,
        typer.Option("--reports", help="For LinkedIn exports: staff report files to merge."),
    ] = None,
    timezone: Annotated[
        str, typer.Option(help="Time zone of LinkedIn export dates that carry none.")
    ] = "UTC",
    keep_going: Annotated[
        bool, typer.Option("--keep-going", help="Skip a broken export archive instead of stopping.")
    ] = False,
    model: Annotated[
        Path | None, typer.Option(help="A risk model saved as JSON (default: the shipped one).")
    ] = None,
    signal: Annotated[
        list[str] | None, typer.Option("--signal", help="Run only these signals (repeatable).")
    ] = None,
    no_report: Annotated[bool, typer.Option("--no-report", help="Skip report.html.")] = False,
    labels: Annotated[
        Path | None,
        typer.Option(
            "--labels",
            help="An analyst's verdicts, CSV account_id,label (fake or genuine): a confirmed fake raises "
            "the accounts tied to it, a confirmed genuine one lowers them.",
        ),
    ] = None,
    no_replay: Annotated[
        bool,
        typer.Option(
            "--no-replay",
            help="Skip the early-warning replay (about a third of a platform-scale scan); "
            "alerts.jsonl is then not written.",
        ),
    ] = False,
    memory_limit: Annotated[
        str | None,
        typer.Option(
            "--memory-limit",
            help="Most memory the store may use before spilling to disk, e.g. 12GB "
            "(default: the smaller of 5 GB and 60% of RAM; env LUREGUARD_MEMORY_LIMIT).",
        ),
    ] = None,
) -> None:
    """Scan data for fake personas, lures and campaigns; write the four result files and report.html."""
    import os

    from lureguard.ingest import DatasetError
    from lureguard.scan import scan as run_scan

    if memory_limit:
        import re

        if not re.fullmatch(
            r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", memory_limit.strip(), re.IGNORECASE
        ):
            _fail(ValueError(f"--memory-limit {memory_limit!r}: give a size such as 8GB or 512MB"))
        os.environ["LUREGUARD_MEMORY_LIMIT"] = memory_limit.strip()
    try:
        datasets = list(inputs)
        kinds = [_is_export(p) for p in inputs]
        if any(kinds) or (reports and not all(k is False for k in kinds)):
            # Exports (and hostile archives among them) go through the adapter, which
            # rejects or, with --keep-going, skips and reports each bad one.
            from lureguard.adapters.linkedin import convert_exports

            converted = convert_exports(
                inputs, org_map=org_map, timezone=timezone, keep_going=keep_going, reports=reports or ()
            )
            for err in converted.stats.get("errors", []):
                console.print(f"[yellow]skipped:[/] {escape(str(err))}", highlight=False, soft_wrap=True)
            out.mkdir(parents=True, exist_ok=True)
            target = out / "dataset"
            converted.write(target, overwrite=True)
            datasets = [target]
        with _steps("scan") as step:
            res = run_scan(
                datasets,
                out,
                db=db,
                model_path=model,
                signal_names=signal,
                report=not no_report,
                progress=step,
                replay=not no_replay,
                labels=labels,
            )
    except (DatasetError, FileNotFoundError, ValueError) as exc:
        _fail(exc)
    _print_scan(res)


@app.command()
def convert(
    inputs: Annotated[
        list[Path], typer.Argument(help="LinkedIn data-export archives (zip or unpacked folder).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Dataset folder to write.")],
    org_map: Annotated[
        Path | None, typer.Option("--org-map", help="CSV mapping archives to organisations.")
    ] = None,
    reports: Annotated[
        list[Path] | None, typer.Option("--reports", help="Staff report files to merge.")
    ] = None,
    timezone: Annotated[str, typer.Option(help="Time zone for export dates that carry none.")] = "UTC",
    keep_going: Annotated[bool, typer.Option("--keep-going", help="Skip broken archives.")] = False,
) -> None:
    """Convert LinkedIn data exports (and staff reports) to the lureguard dataset format, for inspection."""
    from lureguard.adapters.linkedin import convert_exports

    try:
        converted = convert_exports(
            inputs, org_map=org_map, timezone=timezone, keep_going=keep_going, reports=reports or ()
        )
        converted.write(out)
    except ValueError as exc:
        _fail(exc)
    out_console.print(f"Dataset written to [bold]{out}[/]")
    out_console.print_json(data=json.loads(json.dumps(converted.stats, default=str)))


@app.command()
def signals() -> None:
    """List the registered signals: what each reads and what it catches."""
    from lureguard.signals import available

    t = Table(title="lureguard signals")
    for col in ("name", "version", "reads", "what it measures"):
        t.add_column(col)
    for cls in available():
        t.add_row(cls.name, cls.version, ", ".join(cls.reads), cls.summary)
    out_console.print(t)


@app.command()
def ingest(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder or .zip.")],
    db: Annotated[Path, typer.Option(help="DuckDB store to load into (created if missing).")],
) -> None:
    """Validate a dataset and load it into a store, all or nothing."""
    from lureguard.ingest import DatasetError
    from lureguard.ingest import ingest as do_ingest
    from lureguard.store import connect

    con = connect(db)
    try:
        with _steps("ingest"):
            res = do_ingest(con, dataset)
    except DatasetError as exc:
        _fail(exc)
    finally:
        con.close()
    out_console.print(f"added {res.added}; store now holds {res.totals}")


@app.command()
def simulate(
    scenario: Annotated[str, typer.Argument(help="Scenario: demo, france-2018 or germany-2017.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Dataset folder to write.")],
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same world.")] = 0,
    scale: Annotated[float, typer.Option(help="Multiply population sizes (0.1 = a tenth).")] = 1.0,
    parquet: Annotated[bool, typer.Option("--parquet", help="Write Parquet instead of JSON Lines.")] = False,
) -> None:
    """Generate a world with ground truth (labels.jsonl, message_labels.jsonl) in the dataset format."""
    from lureguard.simulate import SCENARIOS
    from lureguard.simulate import simulate as run_sim

    if scenario not in SCENARIOS:
        _fail(ValueError(f"unknown scenario {scenario!r}; choose from {', '.join(sorted(SCENARIOS))}"))
    with _steps(f"simulate {scenario}"):
        summary = run_sim(scenario, out, seed=seed, scale=scale, fmt="parquet" if parquet else "jsonl")
    out_console.print(f"World written to [bold]{out}[/]: {summary}")


@app.command()
def evaluate(
    dataset: Annotated[
        Path, typer.Argument(help="The dataset with labels.jsonl (and message_labels.jsonl).")
    ],
    scan_dir: Annotated[Path, typer.Argument(help="The folder a scan of that dataset wrote.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Score a scan against ground truth: ROC AUC, recall at 1% FPR, hard-negative FPR, campaigns, early warning."""
    from lureguard.evaluate import evaluate as run_eval
    from lureguard.evaluate import render_table

    try:
        metrics = run_eval(dataset, scan_dir)
    except (FileNotFoundError, ValueError) as exc:
        _fail(exc)
    if as_json:
        out_console.print_json(data=metrics)
    else:
        out_console.print(render_table(metrics))


@app.command()
def watch(
    dataset: Annotated[Path, typer.Argument(help="A dataset folder or .zip.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for alerts.jsonl and the other results.")
    ] = Path("out/watch"),
    step: Annotated[str, typer.Option(help="Replay increment, e.g. '1 day' or '6 hours'.")] = "1 day",
) -> None:
    """Replay events in time order and say when each account would first have been flagged (alerts.jsonl).

    Uses only what was known at each moment: no later event, and a model never trained on this data.
    """
    import json as _json

    from lureguard.scan import scan as run_scan

    with _steps("watch") as step_cb:
        res = run_scan([dataset], out, report=False, progress=step_cb, alert_step=step)
    alerts = [_json.loads(x) for x in (out / "alerts.jsonl").read_text(encoding="utf-8").splitlines()]
    alerts.sort(key=lambda a: a["at"])
    t = Table(title=f"first alerts ({len(alerts)} accounts)")
    for col in ("when", "account", "risk", "campaign"):
        t.add_column(col)
    for a in alerts[:25]:
        t.add_row(a["at"], escape(a["account_id"]), f"{a['risk']:.2f}", a["campaign"] or "")
    out_console.print(t)
    out_console.print(
        f"{res.accounts_flagged} accounts flagged at the end; alerts in [bold]{out / 'alerts.jsonl'}[/]"
    )


@app.command()
def export(
    scan_dir: Annotated[Path, typer.Argument(help="The folder a scan wrote (--out of lureguard scan).")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="stix (one STIX 2.1 bundle) or misp (one event file per campaign)."
        ),
    ] = "stix",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Bundle file (stix) or folder (misp); default: findings.stix.json or misp/ in SCAN_DIR.",
        ),
    ] = None,
    db: Annotated[
        Path | None, typer.Option(help="The scan's store, if it was kept outside SCAN_DIR (--db).")
    ] = None,
    producer: Annotated[
        str,
        typer.Option(
            help="Who shares this: the identity named as its author (STIX) and whose sightings these are (both)."
        ),
    ] = "lureguard",
    platform: Annotated[
        str, typer.Option(help="The network the accounts live on (STIX account_type).")
    ] = "linkedin",
    tlp: Annotated[
        str, typer.Option(help="Traffic Light Protocol marking: clear, green, amber or red.")
    ] = "amber",
    targets: Annotated[
        str,
        typer.Option(
            help="organisations: name the organisations reached, with counts; none: leave them out."
        ),
    ] = "organisations",
    distribution: Annotated[
        str, typer.Option(help="MISP distribution: organisation, community, connected or all.")
    ] = "organisation",
    scripts: Annotated[
        bool,
        typer.Option(
            help="Share each campaign's message scripts sent to 3+ people, with names and dates blanked."
        ),
    ] = True,
) -> None:
    """Write a scan's flagged personas and campaigns as threat intelligence a CERT ingests (STIX 2.1, MISP).

    Only flagged accounts and campaign members are shared; protected people are never named.
    """
    from lureguard.intel import FindingsError, load_findings, write_misp, write_stix

    if fmt not in ("stix", "misp"):
        _fail(ValueError(f"--format {fmt!r}: use stix or misp"))
    if targets not in ("organisations", "none"):
        _fail(ValueError(f"--targets {targets!r}: use organisations or none"))
    try:
        findings = load_findings(scan_dir, db=db)
        if not scripts:
            findings.scripts = []
        if fmt == "stix":
            path = out or scan_dir / "findings.stix.json"
            counts = write_stix(
                findings, path, producer=producer, platform=platform, tlp=tlp, targets=targets
            )
            what = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
            out_console.print(f"STIX 2.1 bundle written to [bold]{escape(str(path))}[/]: {what}")
        else:
            folder = out or scan_dir / "misp"
            files = write_misp(
                findings,
                folder,
                platform=platform,
                tlp=tlp,
                distribution=distribution,
                targets=targets,
                producer=producer,
            )
            out_console.print(f"{len(files)} MISP event file(s) written to [bold]{escape(str(folder))}[/]")
    except (FindingsError, FileNotFoundError, ValueError) as exc:
        _fail(exc)


@app.command()
def serve(
    scan_dir: Annotated[Path, typer.Argument(help="The folder a scan wrote (--out of lureguard scan).")],
    port: Annotated[int, typer.Option(help="Port on this machine.")] = 8765,
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; keep the default unless you know who else can reach it."),
    ] = "127.0.0.1",
    db: Annotated[
        Path | None, typer.Option(help="The scan's store, if it was kept outside SCAN_DIR (--db).")
    ] = None,
    verdicts: Annotated[
        Path | None, typer.Option(help="Where analysts' verdicts are kept (default: SCAN_DIR/verdicts.csv).")
    ] = None,
    analyst: Annotated[
        str | None,
        typer.Option(help="Your name in the verdicts' journal (default: your login name)."),
    ] = None,
) -> None:
    """Open the analysts' dashboard on a scan: browse accounts, campaigns and exposure, record verdicts, export."""
    import uvicorn

    from lureguard.dashboard import LOCAL_HOSTS, ScanError, create_app

    try:
        hosts = LOCAL_HOSTS if host in ("127.0.0.1", "localhost", "::1") else (*LOCAL_HOSTS, host)
        application = create_app(scan_dir, db=db, verdicts=verdicts, allowed_hosts=hosts, analyst=analyst)
    except (ScanError, ValueError) as exc:  # DatasetError included: a broken result file or journal line
        _fail(exc)
    out_console.print(
        f"lureguard dashboard on [bold]http://{'localhost' if host == '127.0.0.1' else host}:{port}/[/]"
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the demo world and its scan.")] = Path(
        "out/demo"
    ),
    seed: Annotated[int, typer.Option(help="Seed of the demo world.")] = 7,
) -> None:
    """Simulate the small built-in demo world, scan it, and write report.html."""
    from lureguard.scan import scan as run_scan
    from lureguard.simulate import simulate as run_sim

    world = out / "world"
    with _steps("demo") as step:
        step("simulate")
        run_sim("demo", world, seed=seed)
        res = run_scan([world], out / "scan", progress=step)
    _print_scan(res)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
