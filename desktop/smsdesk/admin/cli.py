"""smsdesk-admin: database set-up and upgrades, groups, users and quotas, for IT and automation.

It connects with the URL given by --db (or the console's settings) as that URL's user: a PostgreSQL
superuser for `db init` and `db upgrade`. With no database configured it works on this user's embedded
server. Output is one line of key=value pairs per result, so scripts can read it; errors go to stderr
with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable

import psycopg
from sqlalchemy.exc import DBAPIError

from smsdesk import __version__, settings
from smsdesk.services import admin
from smsdesk.services.errors import ServiceError, from_db_error
from smsdesk.store.database import make_engine, session_factory, unit_of_work

EXIT_FAILED = 3
EXIT_UNREACHABLE = 4


def _kv(**values: object) -> str:
    def fmt(v: object) -> str:
        s = "" if v is None else str(v)
        return f'"{s}"' if (" " in s or not s) else s

    return " ".join(f"{k}={fmt(v)}" for k, v in values.items())


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise ServiceError("invalid", "no terminal to ask for the password: use --password-stdin")
        password = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != password:
            raise ServiceError("invalid", "the two passwords differ")
    if not password:
        raise ServiceError("invalid", "the password is empty")
    return password


class Context:
    """Resolves the database once; starts the embedded server when nothing else is configured."""

    def __init__(self, db_url: str | None) -> None:
        self.target = settings.resolve(db_url)
        self._server = None

    def admin_target(self) -> settings.DatabaseTarget:
        if not self.target.embedded:
            return self.target
        from smsdesk.services import trial
        from smsdesk.store.embedded import EmbeddedServer

        self._server = EmbeddedServer()
        target = trial.embedded_target(self._server)
        return trial.superuser_target(self._server, target)

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()


def cmd_db_init(ctx: Context, args: argparse.Namespace) -> None:
    password = read_password(args)
    user_id, role = admin.db_init(ctx.admin_target(), args.admin, password, root_group=args.root_group)
    print(_kv(initialised="yes", admin=args.admin.lower(), role=role, user_id=user_id))


def cmd_db_upgrade(ctx: Context, args: argparse.Namespace) -> None:
    target = ctx.admin_target()
    admin.ensure_database(target)
    status = admin.db_upgrade(target)
    print(_kv(state=status.state, revision=status.current, head=status.head))


def cmd_db_status(ctx: Context, args: argparse.Namespace) -> None:
    status = admin.db_status(ctx.admin_target())
    print(
        _kv(
            state=status.state,
            revision=status.current or "none",
            head=status.head,
            role_prefix=status.role_prefix,
            server=status.server_version,
        )
    )
    if status.state != "up-to-date":
        raise SystemExit(1)


def cmd_db_drop_roles(ctx: Context, args: argparse.Namespace) -> None:
    dropped = admin.drop_roles(ctx.admin_target())
    print(_kv(dropped=len(dropped)))


def _in_session(ctx: Context, work: Callable):
    engine = make_engine(ctx.admin_target(), pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            return work(session)
    finally:
        engine.dispose()


def cmd_group_create(ctx: Context, args: argparse.Namespace) -> None:
    group_id = _in_session(ctx, lambda s: admin.ensure_group_path(s, args.path))
    print(_kv(group=args.path.strip("/"), group_id=group_id))


def cmd_user_create(ctx: Context, args: argparse.Namespace) -> None:
    password = read_password(args)
    user_id, role = _in_session(
        ctx,
        lambda s: admin.create_user(
            s,
            login=args.login,
            password=password,
            group_path=args.group,
            operator_name=args.name or "",
            admin=args.admin,
            reviewer=args.reviewer,
            review=args.review,
            mobile=args.mobile,
        ),
    )
    print(_kv(login=args.login.lower(), role=role, user_id=user_id))


def cmd_quota_grant(ctx: Context, args: argparse.Namespace) -> None:
    if bool(args.group) == bool(args.user):
        raise ServiceError("invalid", "give exactly one of --group or --user")
    if args.group:
        balance = _in_session(ctx, lambda s: admin.grant_group(s, args.group, args.amount))
        print(_kv(group=args.group.strip("/"), granted=args.amount, balance=balance))
    else:
        limit = _in_session(ctx, lambda s: admin.grant_user(s, args.user, args.amount))
        print(_kv(user=args.user.lower(), granted=args.amount, limit=limit))


def cmd_smsc_sim(ctx: Context, args: argparse.Namespace) -> None:
    """The simulator needs no database: hand it the rest of the command line."""
    from smsdesk.simsc.cli import main as simulator_main

    raise SystemExit(simulator_main(args.sim_args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smsdesk-admin", description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="postgresql://user@host:port/dbname?sslmode=require")
    parser.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="area", required=True)

    db = sub.add_parser("db", help="create, upgrade and inspect the database").add_subparsers(
        dest="action", required=True
    )
    p = db.add_parser("init", help="prepare an empty database with its first administrator")
    p.add_argument("--admin", required=True, metavar="LOGIN")
    p.add_argument("--root-group", default="", metavar="NAME", help="name of the top-level group")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_db_init)
    db.add_parser("upgrade", help="apply pending migrations").set_defaults(func=cmd_db_upgrade)
    db.add_parser("status", help="schema revision of the database and of this release").set_defaults(func=cmd_db_status)
    db.add_parser("drop-roles", help="remove this installation's roles after its database was dropped").set_defaults(
        func=cmd_db_drop_roles
    )

    group = sub.add_parser("group", help="user groups").add_subparsers(dest="action", required=True)
    p = group.add_parser("create", help="create a group path such as 华东/上海/客服一部")
    p.add_argument("path")
    p.set_defaults(func=cmd_group_create)

    user = sub.add_parser("user", help="users").add_subparsers(dest="action", required=True)
    p = user.add_parser("create", help="add a user; prints the PostgreSQL role they sign in as")
    p.add_argument("--login", required=True)
    p.add_argument("--group", required=True, metavar="PATH")
    p.add_argument("--name", help="operator name shown in the console")
    p.add_argument("--mobile")
    p.add_argument("--admin", action="store_true", help="make the user an administrator")
    p.add_argument("--reviewer", action="store_true", help="let the user review others' work")
    p.add_argument("--review", action="store_true", help="the user's tasks wait for approval")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_user_create)

    quota = sub.add_parser("quota", help="quotas in segments").add_subparsers(dest="action", required=True)
    p = quota.add_parser("grant", help="top up a group from its parent, or a user from their group")
    p.add_argument("--group", metavar="PATH")
    p.add_argument("--user", metavar="LOGIN")
    p.add_argument("--amount", type=int, required=True)
    p.set_defaults(func=cmd_quota_grant)
    p = sub.add_parser(
        "smsc-sim",
        help="run the SMSC simulator, a real SMPP server (smsc-sim --help lists its options)",
        add_help=False,
    )
    p.set_defaults(func=cmd_smsc_sim, sim_args=[])
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    sim_args: list[str] = []
    if "smsc-sim" in argv:
        # everything after the word belongs to the simulator, options included (argparse would take them)
        cut = argv.index("smsc-sim") + 1
        argv, sim_args = argv[:cut], argv[cut:]
    args = build_parser().parse_args(argv)
    if args.area == "smsc-sim":
        args.sim_args = sim_args
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        ctx = Context(args.db)
    except ValueError as exc:
        print(f"smsdesk-admin: {exc}", file=sys.stderr)
        return 2
    try:
        args.func(ctx, args)
        return 0
    except ServiceError as exc:
        print(f"smsdesk-admin: {exc.detail or exc.code}", file=sys.stderr)
        return EXIT_UNREACHABLE if exc.code == "unreachable" else EXIT_FAILED
    except (psycopg.Error, DBAPIError) as exc:
        err = from_db_error(exc)
        if err.code == "unreachable":
            print(f"smsdesk-admin: cannot reach the database: {err.detail}", file=sys.stderr)
            return EXIT_UNREACHABLE
        print(f"smsdesk-admin: {err.detail}", file=sys.stderr)
        return EXIT_FAILED
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
