"""smsdesk-admin: database set-up and upgrades, groups, users and quotas, for IT and automation.

It connects with the URL given by --db (or the console's settings) as that URL's user: a PostgreSQL
superuser for `db init` and `db upgrade`. With no database configured it works on this user's embedded
server. Output is one line of key=value pairs per result, so scripts can read it; errors go to stderr
with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable

import psycopg
from sqlalchemy.exc import DBAPIError

from smsdesk import __version__, settings
from smsdesk.admin import cli_check
from smsdesk.admin.cli_reports import add_report_commands
from smsdesk.services import admin, channels
from smsdesk.services import settings as install_settings
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
    group_id = _in_session(ctx, lambda s: admin.create_group_path(s, args.path, top_level=args.top_level))
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


USER_CSV_COLUMNS = (
    "login", "name", "group", "type", "reviewer", "review", "full_numbers", "status", "quota", "used", "mobile",
    "must_change_password",
)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _user_cells(user, paths: dict[int, str]) -> list[object]:
    return [
        user.login, user.operator_name, paths.get(user.group_id, ""), user.kind, _yes(user.is_reviewer),
        _yes(user.review_mode), _yes(user.see_full_numbers), user.status, user.quota_limit, user.quota_used,
        user.mobile or "", _yes(user.must_change_password),
    ]


def _write_users_csv(out, rows, paths: dict[int, str]) -> None:
    from smsdesk.infra.csv_writer import safe_writer

    writer = safe_writer(out, lineterminator="\n")
    writer.writerow(USER_CSV_COLUMNS)
    writer.writerows(_user_cells(u, paths) for u in rows)


def _users_in(session, group: str | None, deleted: bool):
    from smsdesk.services import org, org_admin

    groups = org_admin.groups(session)
    paths = {g.id: g.path for g in groups}
    ids = None
    if group:
        ids = org.subtree_ids(groups, admin.find_group(session, group))
    rows = org_admin.users(session, ids, deleted=deleted)
    if deleted:  # a deleted user's group may be deleted too: name it from the database
        from smsdesk.store.repositories import GroupRepository

        paths = {g.id: g.path for g in GroupRepository(session).visible(with_deleted=True)}
    return rows, paths


def cmd_user_list(ctx: Context, args: argparse.Namespace) -> None:
    rows, paths = _in_session(ctx, lambda s: _users_in(s, args.group, args.deleted))
    _write_users_csv(sys.stdout, rows, paths)


def cmd_user_export(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org, org_admin

    def work(session):
        ids = None
        if args.group:
            ids = org.subtree_ids(org_admin.groups(session), admin.find_group(session, args.group))
        return org_admin.export_users(session, args.file, ids, args.deleted)

    count = _in_session(ctx, work)
    print(_kv(exported="users", file=args.file, users=count))


def cmd_user_update(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org_admin

    def work(session):
        user = org_admin.user_by_login(session, args.login)
        group_id = admin.find_group(session, args.group) if args.group else None
        changes = org_admin.UserChanges(
            operator_name=args.name, mobile=args.mobile, group_id=group_id, admin=args.admin,
            reviewer=args.reviewer, review=args.review, see_full_numbers=args.full_numbers,
        )
        org_admin.update_user(session, user.id, changes)
        if args.top_up:
            org_admin.top_up_users(session, [user.id], args.top_up)
        if args.take_back:
            org_admin.take_back_users(session, [user.id], args.take_back)
        return org_admin.user_by_login(session, args.login)

    user = _in_session(ctx, work)
    print(_kv(login=user.login, updated="yes", type=user.kind, reviewer=_yes(user.is_reviewer),
              review=_yes(user.review_mode), full_numbers=_yes(user.see_full_numbers), status=user.status,
              quota=user.quota_limit, used=user.quota_used))


def _status_verb(status: str, word: str):
    def run(ctx: Context, args: argparse.Namespace) -> None:
        from smsdesk.services import org_admin

        def work(session):
            user = org_admin.user_by_login(session, args.login)
            org_admin.set_status(session, [user.id], status)

        _in_session(ctx, work)
        print(_kv(login=args.login.lower(), status=word))

    return run


def cmd_user_restore(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org_admin

    def work(session):
        user = org_admin.user_by_login(session, args.login)
        group_id = admin.find_group(session, args.group) if args.group else None
        org_admin.restore_users(session, [user.id], group_id)

    _in_session(ctx, work)
    print(_kv(login=args.login.lower(), status="normal", restored="yes"))


def cmd_user_reset_password(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org_admin

    password = read_password(args, "New password: ")

    def work(session):
        user = org_admin.user_by_login(session, args.login)
        org_admin.reset_password(session, user.id, password)

    _in_session(ctx, work)
    print(_kv(login=args.login.lower(), password="reset", must_change="yes"))


def cmd_user_import(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import user_import

    def work(session):
        return user_import.import_file(
            session, args.file, mapping=_parse_user_map(args.map) if args.map else None, sheet=args.sheet,
            encoding=args.encoding, results=args.results,
        )

    result = _in_session(ctx, work)
    print(_kv(imported="users", **result.summary()))


def _parse_user_map(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ServiceError("invalid", f"--map takes FIELD=COLUMN pairs separated by commas, not {part!r}")
        out[field.strip().lower()] = column.strip()
    return out


def cmd_group_rename(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org_admin

    _in_session(ctx, lambda s: org_admin.rename_group(s, admin.find_group(s, args.path), args.name))
    parent = args.path.strip().strip("/").rsplit("/", 1)[0] if "/" in args.path.strip("/") else ""
    print(_kv(group="/".join(p for p in (parent, args.name.strip()) if p), renamed="yes"))


def cmd_group_move(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org_admin

    def work(session):
        group_id = admin.find_group(session, args.path)
        org_admin.move_group(session, group_id, admin.find_group(session, args.to))
        return group_id

    group_id = _in_session(ctx, work)
    name = args.path.strip().strip("/").rsplit("/", 1)[-1]
    print(_kv(group=f"{args.to.strip().strip('/')}/{name}", group_id=group_id, moved="yes"))


def cmd_group_delete(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import org_admin

    _in_session(ctx, lambda s: org_admin.delete_group(s, admin.find_group(s, args.path)))
    print(_kv(group=args.path.strip().strip("/"), deleted="yes"))


def cmd_quota_grant(ctx: Context, args: argparse.Namespace) -> None:
    if bool(args.group) == bool(args.user):
        raise ServiceError("invalid", "give exactly one of --group or --user")
    if args.group:
        balance = _in_session(ctx, lambda s: admin.grant_group(s, args.group, args.amount))
        print(_kv(group=args.group.strip("/"), granted=args.amount, balance=balance))
    else:
        limit = _in_session(ctx, lambda s: admin.grant_user(s, args.user, args.amount))
        print(_kv(user=args.user.lower(), granted=args.amount, limit=limit))


def cmd_blacklist_import(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import blacklist

    def work(session):
        ref = blacklist.parse_list(session, args.scope)
        return blacklist.import_file(
            session,
            None,
            args.file,
            ref.scope,
            group_id=ref.group_id,
            kind=ref.kind,
            column=args.column,
            reason=args.reason,
            sheet=args.sheet,
            encoding=args.encoding,
        )

    report = _in_session(ctx, work)
    print(_kv(imported="blacklist", scope=args.scope, **report.summary()))


def cmd_words_import(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import library

    report = _in_session(
        ctx,
        lambda s: library.import_words(s, None, args.file, args.column, sheet=args.sheet, encoding=args.encoding),
    )
    print(_kv(imported="words", **report.summary()))


def cmd_contacts_import(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import contacts, contacts_transfer
    from smsdesk.store.repositories import UserRepository

    wanted = _parse_map(args.map)

    def work(session):
        owner = UserRepository(session).by_login(args.owner.strip().lower())
        if owner is None:
            raise ServiceError("not_found", f"no user {args.owner!r}")
        table = contacts_transfer.read_file(args.file, args.sheet, encoding=args.encoding)
        if not table.has_header and any(not _is_position(column) for column in wanted.values()):
            table = contacts_transfer.read_file(args.file, args.sheet, True, args.encoding)  # --map names headers
        mapping = {}
        for field, column in wanted.items():
            key = field if field in contacts_transfer.STANDARD_FIELDS else f"new:{field}"
            mapping[key] = table.column_index(column)
        group_id = contacts.ensure_group_path(session, owner.id, args.group)
        request = contacts_transfer.ImportRequest(
            path=args.file,
            group_id=group_id,
            mapping=mapping,
            sheet=table.sheet,
            encoding=args.encoding,
            update=args.duplicates == "update",
            keep_invalid=args.keep_invalid,
        )
        return contacts_transfer.import_contacts(session, None, request, table)

    result = _in_session(ctx, work)
    print(_kv(contacts="import", owner=args.owner.lower(), group=args.group.strip("/"), **result.summary()))


def cmd_send(ctx: Context, args: argparse.Namespace) -> None:
    """Preview or submit a task as the user's own role (issue #6): the console's services and database rules."""
    import uuid
    from datetime import datetime

    from smsdesk.domain.schedule import BEIJING
    from smsdesk.services import library, sending
    from smsdesk.services import session as session_service
    from smsdesk.services.auth import sign_in

    password = read_password(args)
    when = None
    if args.at:
        try:
            when = datetime.fromisoformat(args.at)
        except ValueError:
            raise ServiceError("invalid", f"--at {args.at!r} is not an ISO time such as 2026-12-01T09:30") from None
        when = when if when.tzinfo else when.replace(tzinfo=BEIJING)
    if args.column and not args.file:
        raise ServiceError("invalid", "--column needs --file")
    target = ctx.target
    if target.embedded:
        from smsdesk.services import trial
        from smsdesk.store.embedded import EmbeddedServer

        ctx._server = ctx._server or EmbeddedServer()
        target = trial.embedded_target(ctx._server)
    signed = sign_in(target, args.login, password, pool_size=1)
    try:

        def work(session):
            signature = None
            if args.signature:
                wanted = library.check_signature(args.signature)
                known = {row.text for row in library.signatures(session)}
                if wanted not in known:
                    raise ServiceError(
                        "unknown_signature",
                        f"unknown signature {args.signature!r}; known: " + (", ".join(sorted(known)) or "none"),
                    )
                signature = wanted
            draft = sending.Draft(
                name=args.name or "",
                kind=args.kind,
                signature=signature,
                content=args.text,
                send_at=when,
                typed=args.numbers or "",
                file=args.file,
                column=args.column,
                sheet=args.sheet,
                encoding=args.encoding,
            )
            p = sending.preview(session, None, draft)
            if args.preview:
                return p, None
            if p.problems:
                code, arg = p.problems[0]
                if code == "quota_short":
                    raise ServiceError(
                        "insufficient_quota",
                        f"not enough quota: {p.needed} segments needed, {p.quota_left} left, {arg} short",
                    )
                raise ServiceError("invalid", f"cannot submit: {code}{' ' + arg if arg else ''}")
            return p, sending.submit(session, p, uuid.uuid4())

        p, result = session_service.run(signed, work)
    finally:
        signed.close()
    if result is None:
        print(_kv(**p.summary()))
    else:
        print(_kv(task=result.task_id, status=result.status, recipients=result.recipients, reserved=result.reserved))


def _is_position(column: str) -> bool:
    return column.isdigit() or (len(column) <= 3 and column.isascii() and column.isalpha())


def _parse_map(text: str) -> dict[str, str]:
    """name=姓名,mobile=B,email=3 -> {"name": "姓名", "mobile": "B", "email": "3"}; other names are custom fields."""
    out: dict[str, str] = {}
    for part in (p for p in text.split(",") if p.strip()):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ServiceError("invalid", f"--map takes FIELD=COLUMN pairs separated by commas, not {part!r}")
        field = field.strip()
        out[field.lower() if field.lower() in ("name", "mobile", "phone", "email", "notes") else field] = column.strip()
    if "mobile" not in out:
        raise ServiceError("invalid", "--map must say which column holds the mobile numbers: mobile=COLUMN")
    return out


def _channel_options(args: argparse.Namespace) -> dict[str, object]:
    options = {
        "system_type": args.system_type, "bind_mode": args.bind_mode, "source_addr": args.source_addr,
        "tps": args.tps, "window_size": args.window, "enquire_link_s": args.enquire_link,
        "submit_timeout_s": args.submit_timeout, "receipt_ids": args.receipt_ids,
        "max_attempts": args.max_attempts, "retry_interval_s": args.retry_interval,
    }
    if args.tls is not None:
        options["tls"] = args.tls
    return {k: v for k, v in options.items() if v is not None}


def cmd_channel_add(ctx: Context, args: argparse.Namespace) -> None:
    password = read_password(args, "SMPP password: ") if args.password_stdin or sys.stdin.isatty() else ""
    channel_id = _in_session(ctx, lambda s: channels.add_channel(
        s, name=args.name, host=args.host, port=args.port, system_id=args.system_id, password=password,
        carriers=args.carriers or (), kinds=args.kinds or (), backup=args.backup, priority=args.priority or 100,
        **_channel_options(args)))
    print(_kv(channel=args.name, channel_id=channel_id))


def cmd_channel_update(ctx: Context, args: argparse.Namespace) -> None:
    fields = _channel_options(args)
    if args.host:
        fields["host"] = args.host
    if args.port:
        fields["port"] = args.port
    if args.system_id:
        fields["system_id"] = args.system_id
    if args.password_stdin:
        fields["password"] = read_password(args)
    if args.enable:
        fields["enabled"] = True
    channel_id = _in_session(ctx, lambda s: channels.update_channel(
        s, args.name, carriers=args.carriers, kinds=args.kinds, backup=args.backup, priority=args.priority,
        **fields))
    print(_kv(channel=args.name, channel_id=channel_id, updated="yes"))


def cmd_channel_disable(ctx: Context, args: argparse.Namespace) -> None:
    channel_id = _in_session(ctx, lambda s: channels.set_enabled(s, args.name, False))
    print(_kv(channel=args.name, channel_id=channel_id, enabled="no"))


def cmd_channel_list(ctx: Context, args: argparse.Namespace) -> None:
    def work(session):
        return channels.list_channels(session), channels.routes(session)

    rows, routes = _in_session(ctx, work)
    names = {row.id: row.name for row in rows}
    for row in rows:
        mine = [r for r in routes if r.channel_id == row.id]
        print(_kv(
            channel=row.name, host=row.host, port=row.port, system_id=row.system_id, bind=row.bind_mode,
            source=row.source_addr, tps=f"{row.tps:g}", window=row.window_size, enabled="yes" if row.enabled else "no",
            status=row.status, reason=row.status_reason,
            carriers=",".join(sorted({r.carrier for r in mine if r.carrier})) or "any",
            kinds=",".join(sorted({r.kind for r in mine if r.kind})) or "any",
            backup=",".join(sorted({names.get(r.backup_channel_id, "") for r in mine if r.backup_channel_id})) or "-",
            submitted=(row.stats or {}).get("submitted", 0),
        ))


def cmd_channel_map_failure(ctx: Context, args: argparse.Namespace) -> None:
    _in_session(ctx, lambda s: channels.set_failure_mapping(s, args.name, args.source, args.code, args.category,
                                                             args.transient))
    print(_kv(channel=args.name or "all", source=args.source, code=args.code, category=args.category,
              transient="yes" if args.transient else "no"))


def _setting_text(value: object) -> str:
    """A setting as one token: strings as they are, numbers and objects as compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def cmd_settings_get(ctx: Context, args: argparse.Namespace) -> None:
    rows = _in_session(ctx, install_settings.all_settings)
    if args.key:
        rows = [row for row in rows if row.key in args.key]
        missing = sorted(set(args.key) - {row.key for row in rows})
        if missing:
            raise ServiceError("not_found", f"unknown setting: {', '.join(missing)}")
    for row in rows:
        print(_kv(key=row.key, value=_setting_text(row.value), default=_setting_text(row.default),
                  changed="yes" if row.changed else "no"))


def cmd_settings_set(ctx: Context, args: argparse.Namespace) -> None:
    if args.default:
        value = None
    elif args.value is None:
        raise ServiceError("invalid", "give a value, or --default to put the default back")
    else:
        try:
            value = json.loads(args.value)
        except ValueError:
            value = args.value  # a plain word such as 退订回T or refuse
    now = _in_session(ctx, lambda s: install_settings.set_value(s, args.key, value))
    print(_kv(key=args.key, value=_setting_text(now)))


def cmd_retention_purge(ctx: Context, args: argparse.Namespace) -> None:
    from smsdesk.services import retention

    engine = make_engine(ctx.admin_target(), pool_size=1)
    try:
        result = retention.purge(session_factory(engine), budget_ms=args.budget_ms, batch=args.batch,
                                 max_seconds=args.max_seconds)  # fmt: skip
    finally:
        engine.dispose()
    print(_kv(months=result.months, cutoff=result.cutoff or None, **result.counts,
              finished="yes" if result.finished else "no", seconds=f"{result.seconds:.1f}"))  # fmt: skip


def cmd_dispatcher_create_login(ctx: Context, args: argparse.Namespace) -> None:
    password = read_password(args)
    role = _in_session(ctx, lambda s: channels.create_dispatcher_login(s, args.name, password))
    print(_kv(dispatcher=args.name, role=role))


def cmd_smsc_sim(ctx: Context, args: argparse.Namespace) -> None:
    """The simulator needs no database: hand it the rest of the command line."""
    from smsdesk.simsc.cli import main as simulator_main

    raise SystemExit(simulator_main(args.sim_args))


def _file_options(p: argparse.ArgumentParser) -> None:
    from smsdesk.infra.text_encodings import ENCODINGS

    p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first visible one)")
    p.add_argument(
        "--encoding",
        choices=tuple(ENCODINGS),
        help="a text file's encoding (default: detected; a file whose encoding is unclear is refused)",
    )


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
    p = group.add_parser("create", help="create a group path from the top group, such as 总部/华东/上海/客服一部")
    p.add_argument("path")
    p.add_argument("--top-level", action="store_true", help="allow a path that starts a new top-level group")
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

    p = user.add_parser("list", help="users as CSV (login,name,group,type,...)")
    p.add_argument("--group", metavar="PATH", help="only this group and those below it")
    p.add_argument("--deleted", action="store_true", help="the deleted users instead")
    p.set_defaults(func=cmd_user_list)
    p = user.add_parser("export", help="write the users to a CSV file (the columns of user list)")
    p.add_argument("file")
    p.add_argument("--group", metavar="PATH", help="only this group and those below it")
    p.add_argument("--deleted", action="store_true", help="the deleted users instead")
    p.set_defaults(func=cmd_user_export)
    p = user.add_parser("update", help="change a user's name, mobile, group, rights or quota")
    p.add_argument("login")
    p.add_argument("--name", help="operator name shown in the console")
    p.add_argument("--mobile")
    p.add_argument("--group", metavar="PATH", help="move the user to this group")
    p.add_argument("--admin", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--reviewer", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--review", action=argparse.BooleanOptionalAction, default=None,
                   help="the user's tasks wait for approval (--no-review: trusted)")
    p.add_argument("--full-numbers", action=argparse.BooleanOptionalAction, default=None,
                   help="the right to see full phone numbers")
    p.add_argument("--top-up", type=int, metavar="N", help="grant N segments from the user's group")
    p.add_argument("--take-back", type=int, metavar="N", help="give N unused segments back to the group")
    p.set_defaults(func=cmd_user_update)
    for verb, status, word, text in (
        ("disable", "disabled", "disabled", "stop a user from signing in"),
        ("enable", "normal", "normal", "let a disabled user sign in again"),
        ("delete", "deleted", "deleted", "delete a user (kept for history; restore brings them back)"),
    ):
        p = user.add_parser(verb, help=text)
        p.add_argument("login")
        p.set_defaults(func=_status_verb(status, word))
    p = user.add_parser("restore", help="bring a deleted user back with the same login, rights and history")
    p.add_argument("login")
    p.add_argument("--group", metavar="PATH", help="the group to restore into, when theirs was deleted")
    p.set_defaults(func=cmd_user_restore)
    p = user.add_parser("reset-password", help="set a new password the user must change at their next sign-in")
    p.add_argument("login")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_user_reset_password)
    p = user.add_parser("import", help="create the users of a CSV/XLSX file (all or nothing)")
    p.add_argument("file")
    p.add_argument("--map", metavar="FIELD=COL,...",
                   help="login, name, group, mobile, type, reviewer, review, quota, password = header, letter or "
                   "1-based position (default: the headers of user list, and password)")
    p.add_argument("--results", metavar="FILE", help="write one line per row: what happened to it")
    _file_options(p)
    p.set_defaults(func=cmd_user_import)

    p = group.add_parser("rename", help="rename a group: group rename 总部/华东/上海 上海分部")
    p.add_argument("path")
    p.add_argument("name")
    p.set_defaults(func=cmd_group_rename)
    p = group.add_parser("move", help="move a group under another: group move 总部/华东/上海 --to 总部/华南")
    p.add_argument("path")
    p.add_argument("--to", required=True, metavar="PATH")
    p.set_defaults(func=cmd_group_move)
    p = group.add_parser("delete", help="delete an empty group (no users, sub-groups or balance)")
    p.add_argument("path")
    p.set_defaults(func=cmd_group_delete)

    quota = sub.add_parser("quota", help="quotas in segments").add_subparsers(dest="action", required=True)
    p = quota.add_parser("grant", help="top up a group from its parent, or a user from their group")
    p.add_argument("--group", metavar="PATH")
    p.add_argument("--user", metavar="LOGIN")
    p.add_argument("--amount", type=int, required=True)
    p.set_defaults(func=cmd_quota_grant)
    lists = sub.add_parser("blacklist", help="blacklisted numbers").add_subparsers(dest="action", required=True)
    p = lists.add_parser("import", help="add the numbers of a CSV/TXT/XLSX/XLS file to a blacklist")
    p.add_argument("file")
    p.add_argument("--scope", required=True, metavar="LIST", help="global, group:PATH or kind:KIND")
    p.add_argument("--column", metavar="COL", help="header, letter or 1-based position of the numbers")
    p.add_argument("--reason", default="", help="why these numbers are blocked (recorded with them)")
    _file_options(p)
    p.set_defaults(func=cmd_blacklist_import)

    words = sub.add_parser("words", help="sensitive words").add_subparsers(dest="action", required=True)
    p = words.add_parser("import", help="add the words of a CSV/TXT/XLSX/XLS file (every cell, or --column)")
    p.add_argument("file")
    p.add_argument("--column", metavar="COL", help="header, letter or 1-based position of the words")
    _file_options(p)
    p.set_defaults(func=cmd_words_import)

    book = sub.add_parser("contacts", help="address books").add_subparsers(dest="action", required=True)
    p = book.add_parser("import", help="import a CSV/TXT/XLSX/XLS file into a user's contact group (all or nothing)")
    p.add_argument("file")
    p.add_argument("--owner", required=True, metavar="LOGIN", help="whose address book")
    p.add_argument(
        "--group", required=True, metavar="PATH", help="group path such as 客户/华东/VIP (created if missing)"
    )
    p.add_argument(
        "--map",
        required=True,
        metavar="FIELD=COL,...",
        help="name, mobile, phone, email, notes (or a custom field's name) = header, letter or 1-based position",
    )
    _file_options(p)
    p.add_argument(
        "--duplicates",
        choices=("skip", "update"),
        default="skip",
        help="a number already in the group: keep the contact (skip) or update it from the file",
    )
    p.add_argument("--keep-invalid", action="store_true", help="import rows with invalid mobiles, marked invalid")
    p.set_defaults(func=cmd_contacts_import)

    p = sub.add_parser("send", help="preview or submit an SMS task as a user (same rules as the console)")
    p.add_argument("--login", required=True)
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--kind", required=True, choices=("verification", "notification", "marketing", "alert"))
    p.add_argument("--text", required=True, help="the message content")
    p.add_argument("--signature", metavar="S", help="one of the library's signatures")
    p.add_argument("--numbers", metavar="LIST", help="numbers separated by commas, spaces or semicolons")
    p.add_argument("--file", metavar="F", help="a CSV/TXT/XLSX/XLS file of recipients")
    p.add_argument("--column", metavar="COL", help="the file's phone column: header, letter or 1-based position")
    _file_options(p)
    p.add_argument("--at", metavar="ISO-TIME", help="send later, e.g. 2026-12-01T09:30 (Beijing time unless given)")
    p.add_argument("--name", help="task name (default: the current time)")
    p.add_argument("--preview", action="store_true", help="print the preview and submit nothing")
    p.set_defaults(func=cmd_send)

    channel = sub.add_parser("channel", help="SMPP channels and their routes").add_subparsers(
        dest="action", required=True
    )

    def channel_settings(p: argparse.ArgumentParser) -> None:
        p.add_argument("--system-type")
        p.add_argument("--bind-mode", choices=("trx", "tx+rx"))
        p.add_argument("--source-addr", metavar="ADDR", help="sender address, e.g. a 106 number")
        p.add_argument("--tps", type=float, help="messages per second (0: unlimited)")
        p.add_argument("--window", type=int, help="submit_sm awaiting a response at most")
        p.add_argument("--enquire-link", type=int, metavar="S", help="enquire_link interval in seconds")
        p.add_argument("--submit-timeout", type=int, metavar="S")
        p.add_argument("--tls", action=argparse.BooleanOptionalAction, default=None)
        p.add_argument("--receipt-ids", choices=("auto", "exact", "hex_dec", "dec_hex"),
                       help="how receipt ids relate to submit_sm_resp ids")
        p.add_argument("--max-attempts", type=int, help="tries for transient errors")
        p.add_argument("--retry-interval", type=int, metavar="S")
        p.add_argument("--carriers", nargs="*", metavar="CARRIER", help='e.g. "China Mobile" (default: any)')
        p.add_argument("--kinds", nargs="*", metavar="KIND",
                       help="verification notification marketing alert (default: any)")
        p.add_argument("--backup", metavar="NAME", help="channel that takes over when this one is down")
        p.add_argument("--priority", type=int, help="lower wins among rules that match (default 100)")
        p.add_argument("--password-stdin", action="store_true")

    p = channel.add_parser("add", help="add an SMPP channel")
    p.add_argument("--name", required=True)
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--system-id", required=True)
    channel_settings(p)
    p.set_defaults(func=cmd_channel_add)
    p = channel.add_parser("update", help="change a channel's settings or routes")
    p.add_argument("--name", required=True)
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--system-id")
    p.add_argument("--enable", action="store_true", help="enable a disabled channel")
    channel_settings(p)
    p.set_defaults(func=cmd_channel_update)
    p = channel.add_parser("disable", help="take a channel out of service")
    p.add_argument("--name", required=True)
    p.set_defaults(func=cmd_channel_disable)
    channel.add_parser("list", help="channels, their routes and states").set_defaults(func=cmd_channel_list)
    p = channel.add_parser("map-failure", help="map an SMSC code to a failure category (REP-6) for one channel")
    p.add_argument("--name", help="the channel (default: the installation-wide default map)")
    p.add_argument("--source", required=True, choices=("submit", "error", "stat", "err"),
                   help="submit_sm_resp status name, local error, receipt stat, or receipt err")
    p.add_argument("--code", required=True, help="e.g. ESME_RSYSERR, timeout, UNDELIV, 013")
    p.add_argument("--category", required=True, choices=("timeout", "content_blocked", "invalid_number",
                                                         "blacklisted", "quota", "gateway_error", "other"))
    p.add_argument("--transient", action="store_true", help="retried (GW-4); only for submit and error codes")
    p.set_defaults(func=cmd_channel_map_failure)

    settings_p = sub.add_parser("settings", help="installation settings (top-level administrators)").add_subparsers(
        dest="action", required=True
    )
    p = settings_p.add_parser("get", help="every setting (or the ones named) with its value and default")
    p.add_argument("key", nargs="*", help="e.g. opt_out_suffix marketing_hours content_limits")
    p.set_defaults(func=cmd_settings_get)
    p = settings_p.add_parser("set", help="change one setting: a JSON value, or a plain word")
    p.add_argument("key")
    p.add_argument("value", nargs="?", help='e.g. 退订回T, or \'{"start":"09:00","end":"21:00",...}\'')
    p.add_argument("--default", action="store_true", help="put the default back")
    p.set_defaults(func=cmd_settings_set)

    retention_p = sub.add_parser("retention", help="purge message details older than the retention setting")
    retention_p = retention_p.add_subparsers(dest="action", required=True)
    p = retention_p.add_parser(
        "purge",
        help="remove the tasks, messages, parts, receipts and replies older than retention_months (reports keep "
        "their totals); small batches, so sending goes on",
    )
    p.add_argument("--budget-ms", type=int, default=2000, help="work per transaction (default 2000)")
    p.add_argument("--batch", type=int, default=5000, help="rows per statement (default 5000)")
    p.add_argument("--max-seconds", type=float, default=None, help="stop after this long (run again to go on)")
    p.set_defaults(func=cmd_retention_purge)

    dispatcher = sub.add_parser("dispatcher", help="dispatcher processes").add_subparsers(
        dest="action", required=True
    )
    p = dispatcher.add_parser("create-login", help="create (or re-key) a dispatcher's login; prints its role")
    p.add_argument("--name", required=True)
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_dispatcher_create_login)

    p = sub.add_parser(
        "smsc-sim",
        help="run the SMSC simulator, a real SMPP server (smsc-sim --help lists its options)",
        add_help=False,
    )
    p.set_defaults(func=cmd_smsc_sim, sim_args=[])
    add_report_commands(sub)
    cli_check.register(sub)
    from smsdesk.admin import chart_cli  # after the reports' commands: `report chart` joins their `report`

    chart_cli.register(sub)
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
