"""The command line: `officedesk [--db PATH] [--user NAME] COMMAND …`; no command opens the desktop client.

Errors print one clear line (no traceback) and exit non-zero.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from officedesk import __version__, pyside_startup
from officedesk.errors import UserError
from officedesk.i18n import install_translator, language

pyside_startup.skip_feature_scan()  # before anything else is imported: see the module


def _tr(s: str) -> str:
    return QCoreApplication.translate("Cli", s)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="officedesk", description="OfficeDesk — working-discipline inspections.")
    p.add_argument("--version", action="version", version=f"OfficeDesk {__version__}")
    p.add_argument("--db", help="database file or SQLAlchemy URL (default: OFFICEDESK_DB, then the per-user file)")
    p.add_argument("--user", help="act as this account (password from OFFICEDESK_PASSWORD or a prompt)")
    p.add_argument("--exit-when-ready", action="store_true", help="start the client, exit 0 once it is ready")
    p.add_argument("--demo-if-missing", action="store_true", help="build the demo database first if it is missing")
    sub = p.add_subparsers(dest="command")

    d = sub.add_parser("demo", help="build the demo province database")
    d.add_argument("--force", action="store_true", help="replace an existing file")
    i = sub.add_parser("init", help="create an empty database")
    i.add_argument("--code", default="A1", help="this installation's short code (goes into minutes numbers)")
    i.add_argument("--name", default="", help="this installation's name")
    i.add_argument("--province", default="")

    ls = sub.add_parser("list", help="list campaigns, units, staff or inspections")
    ls.add_argument("what", choices=["campaigns", "units", "staff", "inspections", "users"])
    ls.add_argument("--campaign", help="inspections of this campaign (id or code)")
    ls.add_argument("--unit", help="staff of this unit (id or code)")
    ls.add_argument("--search", help="staff whose name contains these words (accents optional)")
    ls.add_argument("--format", choices=["table", "json"], default="table")

    f = sub.add_parser("flags", help="every flag of a day: late, absent, left post, empty posts, violations")
    f.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    f.add_argument("--unit", help="unit id or code")
    f.add_argument("--format", choices=["table", "json"], default="table")

    s = sub.add_parser("summary", help="a campaign's counts per unit and in total")
    s.add_argument("campaign")
    s.add_argument("--format", choices=["table", "json"], default="table")

    r = sub.add_parser("report", help="print a document as PDF (minutes, summary, staff history, unit scorecard)")
    r.add_argument("kind", choices=["minutes", "summary", "staff", "unit"])
    r.add_argument("key", nargs="?", help="inspection (id or number), campaign, staff or unit (id or code)")
    r.add_argument("--campaign", help="with 'minutes': every minutes of this campaign in one PDF")
    r.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")

    x = sub.add_parser("export", help="export a campaign to Excel")
    x.add_argument("format", choices=["xlsx"])
    x.add_argument("campaign")
    x.add_argument("-o", "--output", required=True, type=Path)

    sg = sub.add_parser("sign", help="add a PAdES digital signature to a minutes PDF (never in place)")
    sg.add_argument("input", type=Path)
    sg.add_argument("-o", "--output", required=True, type=Path)
    sg.add_argument("--p12", type=Path, help="certificate file (password from OFFICEDESK_P12_PASSWORD or a prompt)")
    sg.add_argument("--pkcs11-lib", type=Path, help="PKCS#11 library of a USB token (PIN from OFFICEDESK_PIN or a prompt)")
    sg.add_argument("--token-label")
    sg.add_argument("--key-label")
    sg.add_argument("--block", choices=["unit", "team", "minutes"], default="team")
    sg.add_argument("--reason", default="Ký biên bản kiểm tra")
    sg.add_argument("--location")

    vf = sub.add_parser("verify", help="check the digital signatures of a PDF")
    vf.add_argument("input", type=Path)
    vf.add_argument("--trust", type=Path, action="append", default=[], help="a trusted root certificate (PEM/DER)")

    a = sub.add_parser("audit", help="check the audit chain and the signed inspections")
    a.add_argument("action", choices=["verify"])
    return p


def main(argv: Sequence[str] | None = None, *, end_process_after_client: bool = False) -> int:
    """Run a command, or the desktop client when none is given; returns the exit code.

    end_process_after_client (the program's entry point only): once the client has closed, end the process
    without Python taking every module and Qt object apart one by one — see _end_process."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        code = _run_client(args)
        if end_process_after_client:
            _end_process(code)
        return code
    install_translator(language())
    try:
        handler = COMMANDS[args.command]
        return handler(args)
    except UserError as exc:
        text_ = getattr(exc, "english", None) if language() == "en" else None
        print(_tr("Error: {0}").format(text_ or exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # output piped into `head` and the like: not an error of ours
        sys.stderr.close()
        return 0


def _end_process(code: int) -> None:
    """Exit now, after what must outlast the process is done: the exit handlers (the log is flushed and closed,
    temporary files removed) and the standard streams. The client has already closed its window, saved its
    settings and closed the database; what is skipped is the interpreter's module-by-module teardown, 40 ms or
    more of a start-stop (tests/bench/bench_gui.py)."""
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed or broken pipe: nothing more can be said through it
    os._exit(code)


def _run_client(args: argparse.Namespace) -> int:
    # The client's start-up module is the one part of the GUI the command line may import (tools/check_layers.py);
    # it hands over the database chosen on the settings page, which comes after --db and OFFICEDESK_DB.
    from officedesk.gui.app import run_gui, saved_database_path
    from officedesk.storage.location import resolve_db, sqlite_path

    url = resolve_db(args.db, saved_database_path())
    if args.demo_if_missing:
        path = sqlite_path(url)
        if path is not None and not path.exists():
            from officedesk.demo.build import build_demo

            print(_tr("Building the demo database in {0} …").format(path), file=sys.stderr)
            build_demo(path)

    return run_gui(sys.argv[:1], db_url=url, exit_when_ready=args.exit_when_ready, user=args.user)


def _ctx(args: argparse.Namespace, *, create: bool = False) -> Any:
    from officedesk.services.context import Ctx
    from officedesk.storage.location import resolve_db
    from officedesk.storage.schema import open_database

    db = open_database(resolve_db(args.db), create=create)
    ctx = Ctx(db=db)
    if args.user:
        from officedesk.services.accounts import authenticate

        password = os.environ.get("OFFICEDESK_PASSWORD")
        if password is None:
            password = getpass.getpass(_tr("Password for {0}: ").format(args.user))
        ctx.actor = authenticate(ctx, args.user, password)
    return ctx


def _emit(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    if fmt == "json":
        import json  # not at the top: the client starts through this module

        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    widths = {c: max([len(c)] + [len(str(r.get(c, ""))) for r in rows]) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for r in rows:
        print("  ".join(str(r.get(c, "") if r.get(c) is not None else "").ljust(widths[c]) for c in columns))


def cmd_demo(args: argparse.Namespace) -> int:
    from officedesk.demo.build import build_demo
    from officedesk.storage.location import resolve_db, sqlite_path

    path = sqlite_path(resolve_db(args.db))
    if path is None:
        raise UserError(_tr("The demo is built into a SQLite file; give --db PATH."))
    if path.exists() and not args.force:
        raise UserError(_tr("{0} already exists; add --force to replace it.").format(path))
    build_demo(path, progress=lambda m: print(f"… {m}", file=sys.stderr))
    print(_tr("Demo database ready: {0}").format(path))
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from officedesk.services import setup
    from officedesk.storage.location import resolve_db, sqlite_path

    path = sqlite_path(resolve_db(args.db))
    if path is not None and path.exists():
        raise UserError(_tr("{0} already exists.").format(path))
    ctx = _ctx(args, create=True)
    if setup.is_initialised(ctx):
        raise UserError(_tr("This database is already set up."))
    setup.initialise(ctx, installation_code=args.code, installation_name=args.name or args.code,
                     province=args.province)
    print(_tr("Empty database ready: {0}").format(ctx.db.display_name))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from officedesk.services import accounts, queries

    ctx = _ctx(args)
    if args.what == "campaigns":
        rows = queries.list_campaigns(ctx)
        cols: Sequence[str] = ("code", "name", "start_date", "end_date", "inspected_units", "planned_units", "id")
    elif args.what == "units":
        rows = queries.list_units(ctx)
        cols = ("code", "name", "kind", "staff_count", "id")
    elif args.what == "staff":
        unit = queries.resolve(ctx, "unit", args.unit) if args.unit else None
        rows = queries.list_staff(ctx, unit_id=unit, search=args.search)
        cols = ("code", "full_name", "position", "unit_code", "id")
    elif args.what == "users":
        rows = accounts.list_users(ctx)
        cols = ("username", "full_name", "role", "title", "id")
    else:
        camp = queries.resolve(ctx, "campaign", args.campaign) if args.campaign else None
        rows = queries.list_inspections(ctx, camp)
        cols = ("number_text", "visit_date", "check_time", "unit_code", "unit_name", "state", "version", "id")
    _emit(rows, args.format, cols)
    return 0


def cmd_flags(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from officedesk.services import queries

    ctx = _ctx(args)
    unit = queries.resolve(ctx, "unit", args.unit) if args.unit else None
    rows = [asdict(f) for f in queries.flags(ctx, day=args.date, unit_id=unit)]
    _emit(rows, args.format, ("kind", "unit_code", "staff_code", "staff_name", "minutes_late", "reason"))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from officedesk.rules.vnformat import rate_vi
    from officedesk.services import queries

    ctx = _ctx(args)
    camp = queries.resolve(ctx, "campaign", args.campaign)
    rows = []
    for uc in queries.campaign_counts(ctx, camp):
        row = {"unit_code": uc.unit_code, "unit_name": uc.unit_name, "inspections": uc.inspections,
               **asdict(uc.counts), "violation_rate": rate_vi(uc.counts.violation_rate)}
        rows.append(row)
    total = queries.campaign_totals(ctx, camp)
    rows.append({"unit_code": "TOTAL", "unit_name": "", **asdict(total),
                 "violation_rate": rate_vi(total.violation_rate)})
    _emit(rows, args.format, ("unit_code", "headcount", "present", "late", "excused", "unexcused", "left_post",
                              "empty_posts", "violation_rate"))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from officedesk.services.audit import verify_chain
    from officedesk.services.signoff import verify_signed

    ctx = _ctx(args)
    with ctx.db.session() as s:
        chain = verify_chain(s)
        signed = verify_signed(s)
    if not chain and not signed:
        print("ok")
        return 0
    for p in chain:
        when = p.at.strftime("%d/%m/%Y %H:%M:%S") if p.at else "?"
        what = _tr("entry {0} missing (deleted)") if p.problem == "missing" else _tr("entry {0} altered")
        print(_tr("Audit log broken at {0}: {1}, at {2}").format(p.installation_id[:8], what.format(p.seq), when) +
              f" ({p.action})")
    for sp in signed:
        print(_tr("Signed inspection {0} ({1}) was changed after signing.").format(sp.number_text or "?",
                                                                                 sp.inspection_id))
    return 7


def _check_output(path: Path) -> None:
    if path.exists() and path.is_dir():
        raise UserError(_tr("{0} is a folder; give a file name.").format(path))
    if not path.parent.exists():
        raise UserError(_tr("The folder {0} does not exist.").format(path.parent))


def cmd_report(args: argparse.Namespace) -> int:
    from officedesk.services import queries, report_data

    _check_output(args.output)
    ctx = _ctx(args)
    if args.kind == "minutes":
        from officedesk.reports.minutes_pdf import render_minutes, render_minutes_many

        if args.campaign:
            _count, items = report_data.campaign_minutes(ctx, args.campaign)
            pages = render_minutes_many(items, args.output)
        elif args.key:
            pages = render_minutes(report_data.minutes_data(ctx, queries.resolve(ctx, "inspection", args.key)),
                                   args.output)
        else:
            raise UserError(_tr("Name an inspection, or a campaign with --campaign."))
    elif not args.key:
        raise UserError(_tr("Name what the report is about."))
    elif args.kind == "summary":
        from officedesk.reports.summary_pdf import render_summary

        pages = render_summary(report_data.summary_data(ctx, args.key), args.output)
    elif args.kind == "staff":
        from officedesk.reports.history_pdf import render_staff_history

        pages = render_staff_history(report_data.staff_history_data(ctx, args.key), args.output)
    else:
        from officedesk.reports.history_pdf import render_unit_scorecard

        pages = render_unit_scorecard(report_data.unit_scorecard_data(ctx, args.key), args.output)
    print(_tr("{0}: {1} pages").format(args.output, pages))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from officedesk.reports.excel_export import export_campaign_xlsx
    from officedesk.services import report_data

    _check_output(args.output)
    ctx = _ctx(args)
    summary = report_data.summary_data(ctx, args.campaign)
    _count, items = report_data.campaign_minutes(ctx, args.campaign)
    export_campaign_xlsx(summary, items, args.output)
    print(_tr("{0} written").format(args.output))
    return 0


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    return value if value is not None else getpass.getpass(prompt)


def cmd_sign(args: argparse.Namespace) -> int:
    from officedesk.security import pdf_signing

    if args.output.resolve() == args.input.resolve():
        raise UserError(_tr("Write the signed copy to another file; the original is never signed in place."))
    _check_output(args.output)
    if args.pkcs11_lib:
        result = pdf_signing.sign_pdf_pkcs11(
            args.input, args.output, lib=args.pkcs11_lib, pin=_secret("OFFICEDESK_PIN", _tr("Token PIN: ")),
            token_label=args.token_label, key_label=args.key_label, block=args.block, reason=args.reason,
            location=args.location)
    elif args.p12:
        password = _secret("OFFICEDESK_P12_PASSWORD", _tr("Certificate password: "))
        result = pdf_signing.sign_pdf_p12(args.input, args.output, args.p12, password.encode("utf-8"),
                                          block=args.block, reason=args.reason, location=args.location)
    else:
        raise UserError(_tr("Give a certificate file (--p12) or a token library (--pkcs11-lib)."))
    print(_tr("Signed by {0} at {1} in block '{2}': {3}").format(
        result.signer, pdf_signing.iso_time(result.signed_at), result.field, result.dst))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from officedesk.security import pdf_signing

    reports = pdf_signing.verify_pdf(args.input, args.trust)
    if not reports:
        print(_tr("{0} has no digital signature.").format(args.input))
        return 8
    bad = False
    for r in reports:
        when = pdf_signing.iso_time(r.signed_at) if r.signed_at else "?"
        print(_tr("Field '{0}': signed by {1} at {2}").format(r.field, r.signer, when))
        print("  " + (_tr("intact") if r.intact else _tr("NOT intact: the signed bytes were changed")))
        print("  " + (_tr("changed after signing") if r.modified_after else _tr("not changed after signing")))
        print("  " + (_tr("trusted") if r.trusted else _tr("not trusted: {0}").format(r.trust_problem or "")))
        bad = bad or not r.intact or r.modified_after
    return 9 if bad else 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo, "init": cmd_init, "list": cmd_list, "flags": cmd_flags, "summary": cmd_summary,
    "audit": cmd_audit, "report": cmd_report, "export": cmd_export, "sign": cmd_sign, "verify": cmd_verify,
}


def console_path(p: str) -> Path:
    return Path(p).expanduser()
