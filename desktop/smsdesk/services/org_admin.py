"""Running the organisation from the console and the admin tool (USR-1..5): groups, users, quotas, rights and
passwords. Every change is one checked, audited database function; a refusal comes back as ``OrgError`` whose
``reason`` the console turns into a sentence in the user's language (ui/messages.py)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from smsdesk.services.errors import ServiceError, from_db_error
from smsdesk.store import roles
from smsdesk.store.database import scram_verifier
from smsdesk.store.repositories import GroupRepository, GroupRow
from smsdesk.store.repositories_org import OrgRepository, OrgUser, refusal_facts

__all__ = [
    "GroupRow",
    "NewUser",
    "OrgError",
    "OrgUser",
    "UserChanges",
    "create_user",
    "groups",
    "users",
]


class OrgError(ServiceError):
    """A refused change: ``org_reason`` is the database's (DETAIL {"reason": ...}), ``facts`` its figures and
    names; ui/messages.py says it in the user's language."""

    def __init__(self, code: str, detail: str, reason: str = "", facts: dict[str, Any] | None = None) -> None:
        super().__init__(code, detail)
        self.org_reason = reason
        self.facts = dict(facts or {})
        self.facts.pop("reason", None)


@contextmanager
def refusals(**facts: Any) -> Iterator[None]:
    """Database refusals inside the block become OrgError; ``facts`` (a login, say) are added for the message."""
    try:
        yield
    except (DBAPIError, psycopg.Error) as exc:
        generic = from_db_error(exc)
        found = refusal_facts(exc)
        reason = str(found.get("reason", ""))
        if not reason:
            raise generic from exc
        raise OrgError(generic.code, generic.detail, reason, {**facts, **found}) from exc


def _fail(reason: str, detail: str, code: str = "invalid", **facts: Any) -> OrgError:
    return OrgError(code, detail, reason, facts)


# ---------------------------------------------------------------------------------------------------- reading


def groups(session: Session) -> list[GroupRow]:
    """The live groups the caller sees (their subtree and the path above it), parents first."""
    return GroupRepository(session).visible()


def users(session: Session, group_ids: Sequence[int] | None = None, deleted: bool = False) -> list[OrgUser]:
    return OrgRepository(session).users(None if group_ids is None else list(group_ids), deleted=deleted)


def deleted_group_paths(session: Session) -> dict[int, str]:
    """Paths of the deleted groups the caller oversees: where deleted users were when their group went too."""
    return {g.id: g.path for g in GroupRepository(session).visible(with_deleted=True)}


def min_password_length(session: Session) -> int:
    return OrgRepository(session).min_password_length()


def must_change_password(session: Session) -> bool:
    return OrgRepository(session).my_must_change_password()


def check_password(session: Session, password: str) -> None:
    least = OrgRepository(session).min_password_length()
    if len(password) < least:
        raise _fail("password_short", f"a password has at least {least} characters", min=least)


def _verifier(session: Session, login: str, password: str) -> str:
    role = OrgRepository(session).role_of(login)
    return scram_verifier(session.connection().connection.driver_connection, password, role)


# ---------------------------------------------------------------------------------------------------- groups


def create_group(session: Session, parent_id: int, name: str, review: bool = False) -> int:
    with refusals(name=name):
        return OrgRepository(session).group_create(parent_id, name, review)


def rename_group(session: Session, group_id: int, name: str) -> None:
    with refusals(name=name):
        OrgRepository(session).group_rename(group_id, name)


def move_group(session: Session, group_id: int, parent_id: int) -> None:
    with refusals():
        OrgRepository(session).group_move(group_id, parent_id)


def delete_group(session: Session, group_id: int) -> None:
    with refusals():
        OrgRepository(session).group_delete(group_id)


def set_group_review(session: Session, group_id: int, review: bool) -> None:
    with refusals():
        OrgRepository(session).group_set_review(group_id, review)


def top_up_group(session: Session, group_id: int, amount: int) -> int:
    with refusals():
        return OrgRepository(session).group_top_up(group_id, amount)


def give_back_group(session: Session, group_id: int, amount: int) -> int:
    with refusals():
        return OrgRepository(session).group_give_back(group_id, amount)


# ---------------------------------------------------------------------------------------------------- users


@dataclass(frozen=True)
class NewUser:
    login: str
    operator_name: str
    group_id: int
    password: str
    mobile: str | None = None
    admin: bool = False
    reviewer: bool = False
    review: bool = False
    see_full_numbers: bool = False
    quota: int = 0


def create_user(session: Session, new: NewUser, *, verifier: str | None = None, checked: bool = False) -> int:
    """Creates the user, grants the right to see full numbers and the initial quota: all in the caller's
    transaction, so a refusal of any part leaves nothing behind. A bulk import passes the password's verifier
    computed ahead and ``checked`` when it already checked the password against the installation's rule."""
    login = new.login.strip().lower()
    if not roles.valid_login(login):
        raise _fail(
            "login_format",
            "a login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-', "
            "starting with a letter or digit",
        )
    if not checked:
        check_password(session, new.password)
    if new.quota < 0:
        raise _fail("amount", "a quota is a positive number of segments")
    repo = OrgRepository(session)
    with refusals(login=login):
        user_id = repo.user_create(
            login=login,
            operator_name=new.operator_name.strip() or login,
            group_id=new.group_id,
            kind="admin" if new.admin else "user",
            is_reviewer=new.reviewer,
            review_mode=new.review,
            mobile=(new.mobile or "").strip() or None,
            verifier=verifier or _verifier(session, login, new.password),
            password_length=len(new.password),
        )
        if new.see_full_numbers:
            repo.user_set_full_numbers(user_id, True)
        if new.quota:
            repo.user_top_up(user_id, new.quota)
    return user_id


@dataclass(frozen=True)
class UserChanges:
    """What an edit changes; None leaves a field as it is."""

    operator_name: str | None = None
    mobile: str | None = None
    group_id: int | None = None
    admin: bool | None = None
    reviewer: bool | None = None
    review: bool | None = None
    see_full_numbers: bool | None = None
    changed: set[str] = field(default_factory=set)


def update_user(session: Session, user_id: int, changes: UserChanges) -> OrgUser:
    repo = OrgRepository(session)
    user = repo.user(user_id)
    if user is None:
        raise _fail("no_user", "no such user", "not_found")
    with refusals(login=user.login):
        name = user.operator_name if changes.operator_name is None else changes.operator_name
        mobile = user.mobile if changes.mobile is None else changes.mobile
        if name != user.operator_name or (mobile or None) != (user.mobile or None):
            repo.user_update_profile(user_id, name, mobile)
        if changes.group_id is not None and changes.group_id != user.group_id:
            repo.user_move(user_id, changes.group_id)
        kind = user.kind if changes.admin is None else ("admin" if changes.admin else "user")
        reviewer = user.is_reviewer if changes.reviewer is None else changes.reviewer
        review = user.review_mode if changes.review is None else changes.review
        if (kind, reviewer, review) != (user.kind, user.is_reviewer, user.review_mode):
            repo.user_set_flags(user_id, kind, reviewer, review)
        if changes.see_full_numbers is not None and changes.see_full_numbers != user.see_full_numbers:
            repo.user_set_full_numbers(user_id, changes.see_full_numbers)
    return repo.user(user_id) or user


def _each(session: Session, user_ids: Sequence[int], act) -> int:
    """One action on many users, in one transaction: all or nothing; a refusal names the user it stopped at."""
    repo = OrgRepository(session)
    for user_id in user_ids:
        user = repo.user(user_id)
        login = user.login if user else str(user_id)
        with refusals(login=login):
            act(repo, user_id)
    return len(user_ids)


def set_status(session: Session, user_ids: Sequence[int], status: str) -> int:
    return _each(session, user_ids, lambda repo, uid: repo.user_set_status(uid, status))


def delete_users(session: Session, user_ids: Sequence[int]) -> int:
    return set_status(session, user_ids, "deleted")


def restore_users(session: Session, user_ids: Sequence[int], group_id: int | None = None) -> int:
    return _each(session, user_ids, lambda repo, uid: repo.user_restore(uid, group_id))


def top_up_users(session: Session, user_ids: Sequence[int], amount: int) -> int:
    if amount <= 0:
        raise _fail("amount", "a grant is a positive number of segments")
    return _each(session, user_ids, lambda repo, uid: repo.user_top_up(uid, amount))


def take_back_users(session: Session, user_ids: Sequence[int], amount: int) -> int:
    if amount <= 0:
        raise _fail("amount", "a take-back is a positive number of segments")
    return _each(session, user_ids, lambda repo, uid: repo.user_take_back(uid, amount))


def reset_password(session: Session, user_id: int, password: str) -> None:
    """An administrator's reset: the user must choose their own password at the next sign-in."""
    check_password(session, password)
    repo = OrgRepository(session)
    user = repo.user(user_id)
    if user is None:
        raise _fail("no_user", "no such user", "not_found")
    with refusals(login=user.login):
        repo.user_set_password(user_id, _verifier(session, user.login, password), len(password))


def change_own_password(session: Session, user_id: int, login: str, password: str) -> None:
    check_password(session, password)
    with refusals(login=login):
        OrgRepository(session).user_set_password(user_id, _verifier(session, login, password), len(password))


def user_by_login(session: Session, login: str) -> OrgUser:
    user = OrgRepository(session).user_by_login(login.strip().lower())
    if user is None:
        raise _fail("no_user", f"no user {login!r}", "not_found")
    return user


EXPORT_COLUMNS = (
    "login",
    "name",
    "group",
    "type",
    "reviewer",
    "review",
    "full_numbers",
    "status",
    "quota",
    "used",
    "mobile",
    "must_change_password",
)


def export_users(session: Session, path: str, group_ids: Sequence[int] | None = None, deleted: bool = False) -> int:
    """Writes the users to a CSV file (the columns of ``smsdesk-admin user list``, which ``user import`` reads back;
    UTF-8 with a BOM for Excel); the database records the export. Returns how many users were written."""
    from smsdesk.infra.csv_writer import safe_writer

    with refusals():
        rows = OrgRepository(session).export_rows(None if group_ids is None else list(group_ids), deleted)
    yes = {True: "yes", False: "no"}
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = safe_writer(out, lineterminator="\n")
        writer.writerow(EXPORT_COLUMNS)
        for login, name, group, kind, reviewer, review, full, status, limit, used, mobile, must in rows:
            writer.writerow(
                [
                    login,
                    name,
                    group,
                    kind,
                    yes[reviewer],
                    yes[review],
                    yes[full],
                    status,
                    limit,
                    used,
                    mobile,
                    yes[must],
                ]
            )
    return len(rows)
