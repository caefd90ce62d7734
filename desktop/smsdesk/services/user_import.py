"""Bulk import of users from a CSV/TXT/XLSX/XLS file (USR-3): every row is checked first, then all are created in
the caller's one transaction through user_create (each a login role with its SCRAM verifier), so a file either
goes in whole or not at all. A results file says what happened to each row."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from smsdesk.infra.csv_writer import safe_writer
from smsdesk.services import org_admin
from smsdesk.services.errors import ServiceError
from smsdesk.store import roles
from smsdesk.store.repositories import GroupRepository

FIELDS = ("login", "name", "group", "mobile", "type", "reviewer", "review", "quota", "password")
# the headers user list / export writes, and common Chinese ones
HINTS = {
    "login": ("login", "登录名", "账号", "用户名"),
    "name": ("name", "姓名", "操作员"),
    "group": ("group", "部门", "用户组", "组"),
    "mobile": ("mobile", "手机", "手机号"),
    "type": ("type", "类型"),
    "reviewer": ("reviewer", "审核员"),
    "review": ("review", "审核"),
    "quota": ("quota", "额度"),
    "password": ("password", "密码"),
}
YES = {"yes", "y", "true", "1", "是", "admin", "administrator", "管理员"}


@dataclass
class ImportResult:
    created: int = 0
    rows: int = 0
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (row, login, what)

    def summary(self) -> dict[str, object]:
        return {"rows": self.rows, "created": self.created, "refused": len(self.problems)}


def guess_mapping(headers: list[str]) -> dict[str, int]:
    folded = [h.strip().casefold() for h in headers]
    out: dict[str, int] = {}
    for name in FIELDS:
        for hint in HINTS[name]:
            if hint in folded and folded.index(hint) not in out.values():
                out[name] = folded.index(hint)
                break
    return out


def _truthy(text: str) -> bool:
    return text.strip().casefold() in YES


def import_file(
    session: Session,
    path: str,
    *,
    mapping: dict[str, str] | None = None,
    sheet: str | None = None,
    encoding: str | None = None,
    results: str | None = None,
) -> ImportResult:
    from smsdesk.infra import tabular

    table = tabular.read_table(path, sheet=sheet, header=True, encoding=encoding)
    columns = (
        {name: table.column_index(spec) for name, spec in mapping.items()} if mapping else guess_mapping(table.headers)
    )
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise ServiceError("invalid", f"unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}")
    for needed in ("login", "group", "password"):
        if needed not in columns:
            raise ServiceError("invalid", f"the file has no {needed} column: name it with --map {needed}=COLUMN")
    return import_rows(session, table.rows, columns, table.row_numbers, results)


def import_rows(
    session: Session,
    rows: list[list[str]],
    columns: dict[str, int],
    row_numbers: list[int] | None = None,
    results: str | None = None,
) -> ImportResult:
    result = ImportResult(rows=len(rows))
    numbers = list(row_numbers or range(2, len(rows) + 2))
    least = org_admin.min_password_length(session)
    groups = {g.path: g.id for g in GroupRepository(session).visible()}
    seen: dict[str, int] = {}
    planned: list[tuple[int, org_admin.NewUser]] = []
    for number, row in zip(numbers, rows, strict=False):

        def cell(name: str, row=row) -> str:
            index = columns.get(name)
            return "" if index is None or index >= len(row) else str(row[index] or "").strip()

        login = cell("login").lower()
        problem = ""
        if not roles.valid_login(login):
            problem = "login: 1 to 32 lower-case letters, digits, '_', '.' or '-'"
        elif login in seen:
            problem = f"login {login} also on row {seen[login]}"
        elif cell("group").strip("/") not in groups:
            problem = f"no group {cell('group')!r}"
        elif len(cell("password")) < least:
            problem = f"a password has at least {least} characters"
        elif cell("quota") and not cell("quota").isdigit():
            problem = "quota: a whole number of segments"
        seen.setdefault(login, number)
        if problem:
            result.problems.append((number, login, problem))
            continue
        planned.append(
            (
                number,
                org_admin.NewUser(
                    login=login,
                    operator_name=cell("name"),
                    group_id=groups[cell("group").strip("/")],
                    password=cell("password"),
                    mobile=cell("mobile") or None,
                    admin=_truthy(cell("type")),
                    reviewer=_truthy(cell("reviewer")),
                    review=_truthy(cell("review")),
                    quota=int(cell("quota") or 0),
                ),
            )
        )
    if not result.problems:
        # the verifiers (4,096 rounds of PBKDF2 each) are computed on every core ahead of the rows being created
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            verifiers = pool.map(scram_sha_256, (new.password for _, new in planned))
            _create(session, result, planned, verifiers)
            pool.shutdown(cancel_futures=True)  # a refused row: the verifiers still to come are not needed
    if results:
        _write_results(results, result, [(n, u.login) for n, u in planned])
    if result.problems:
        number, login, what = result.problems[0]
        raise org_admin.OrgError(
            "invalid",
            f"nothing was imported: {len(result.problems)} row(s) refused, the first row {number} ({login}): {what}",
            "import_refused",
            {"refused": len(result.problems), "row": number, "login": login, "results": results or ""},
        )
    return result


def _create(session: Session, result: ImportResult, planned, verifiers) -> None:
    for (number, new), verifier in zip(planned, verifiers, strict=True):
        try:
            org_admin.create_user(session, new, verifier=verifier, checked=True)
        except ServiceError as exc:
            result.problems.append((number, new.login, exc.detail or exc.code))
            return
        result.created += 1


def scram_sha_256(password: str, salt: bytes | None = None) -> str:
    """A SCRAM-SHA-256 verifier as PostgreSQL stores it (RFC 5803), computed with hashlib, which lets go of the
    interpreter while it hashes, so several run at once. A password with characters outside printable ASCII goes
    through libpq's own (SASLprep) on the session instead: None here."""
    if not (password.isascii() and password.isprintable()):
        return None  # type: ignore[return-value]
    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 4096)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    b64 = base64.b64encode
    return f"SCRAM-SHA-256$4096:{b64(salt).decode()}${b64(stored_key).decode()}:{b64(server_key).decode()}"


def _write_results(path: str, result: ImportResult, planned: list[tuple[int, str]]) -> None:
    refused = {row: (login, what) for row, login, what in result.problems}
    lines = sorted({*refused, *(n for n, _ in planned)})
    logins = dict(planned)
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = safe_writer(out, lineterminator="\n")
        writer.writerow(["row", "login", "result"])
        for row in lines:
            if row in refused:
                writer.writerow([row, refused[row][0], refused[row][1]])
            else:
                writer.writerow([row, logins[row], "created" if not result.problems else "not imported"])
