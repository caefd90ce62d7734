"""Organisation management: the group tree and its users as an administrator manages them, every change through a
checked database function (db/sql/functions/group_*, user_*, quota_*; revision 0011)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class OrgUser:
    id: int
    login: str
    operator_name: str
    group_id: int
    mobile: str | None
    kind: str
    is_reviewer: bool
    status: str
    review_mode: bool
    see_full_numbers: bool
    must_change_password: bool
    quota_limit: int
    quota_used: int
    created_at: datetime
    deleted_at: datetime | None

    @property
    def quota_left(self) -> int:
        return self.quota_limit - self.quota_used


USER_COLUMNS = (
    "id, login, operator_name, group_id, mobile, kind, is_reviewer, status, review_mode, see_full_numbers, "
    "must_change_password, quota_limit, quota_used, created_at, deleted_at"
)
# The mobile numbers come from user_mobiles(), masked by the database unless the caller may see them (SEC-3): one call
# per query, for the users it found.
_USERS_SQL = (
    "WITH u AS MATERIALIZED (SELECT " + USER_COLUMNS.replace("mobile, ", "") + " FROM smsdesk.app_user WHERE {where})"
    " SELECT " + ", ".join("m.mobile" if c == "mobile" else f"u.{c}" for c in USER_COLUMNS.split(", "))
    + " FROM u LEFT JOIN smsdesk.user_mobiles(ARRAY(SELECT id FROM u)) m ON m.id = u.id ORDER BY u.login"
)


class OrgRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _scalar(self, sql: str, **params: Any) -> Any:
        return self.session.execute(text(sql), params).scalar()

    # ------------------------------------------------------------------ reading
    def users(self, group_ids: list[int] | None, *, deleted: bool = False) -> list[OrgUser]:
        """Users the caller may see (row-level security), live ones or only the deleted; no per-row function calls,
        so ten thousand rows come back in one cheap scan (group paths are the client's, from the tree)."""
        where = ["status = 'deleted'" if deleted else "status <> 'deleted'"]
        params: dict[str, Any] = {}
        if group_ids is not None:
            where.append("group_id = ANY(CAST(:groups AS bigint[]))")
            params["groups"] = list(group_ids)
        rows = self.session.execute(
            text(_USERS_SQL.format(where=" AND ".join(where))), params
        ).all()
        return [OrgUser(*row) for row in rows]

    def user(self, user_id: int) -> OrgUser | None:
        row = self.session.execute(
            text(_USERS_SQL.format(where="id = :id")), {"id": user_id}
        ).first()
        return OrgUser(*row) if row else None

    def user_by_login(self, login: str) -> OrgUser | None:
        row = self.session.execute(
            text(_USERS_SQL.format(where="login = :login")), {"login": login}
        ).first()
        return OrgUser(*row) if row else None

    def export_rows(self, group_ids: list[int] | None, deleted: bool) -> list[tuple]:
        """The rows of a users export, audited by the database (user_export)."""
        return [
            tuple(r)
            for r in self.session.execute(
                text("SELECT * FROM smsdesk.user_export(CAST(:groups AS bigint[]), :deleted)"),
                {"groups": group_ids, "deleted": deleted},
            ).all()
        ]

    def my_must_change_password(self) -> bool:
        return bool(self._scalar("SELECT must_change_password FROM smsdesk.app_user WHERE role_name = session_user"))

    def min_password_length(self) -> int:
        policy = self._scalar("SELECT smsdesk.setting('signin_policy')") or {}
        return int(policy.get("min_password_length", 8))

    def role_of(self, login: str) -> str:
        prefix = self._scalar("SELECT role_prefix FROM smsdesk.installation WHERE id = 1")
        return f"{prefix}u_{login}"

    # ------------------------------------------------------------------ groups
    def group_create(self, parent_id: int | None, name: str, review: bool = False) -> int:
        return int(self._scalar("SELECT smsdesk.group_create(:p, :n, :r)", p=parent_id, n=name, r=review))

    def group_rename(self, group_id: int, name: str) -> None:
        self._scalar("SELECT smsdesk.group_rename(:g, :n)", g=group_id, n=name)

    def group_move(self, group_id: int, parent_id: int) -> None:
        self._scalar("SELECT smsdesk.group_move(:g, :p)", g=group_id, p=parent_id)

    def group_delete(self, group_id: int) -> None:
        self._scalar("SELECT smsdesk.group_delete(:g)", g=group_id)

    def group_set_review(self, group_id: int, review: bool) -> None:
        self._scalar("SELECT smsdesk.group_set_review(:g, :r)", g=group_id, r=review)

    def group_top_up(self, group_id: int, amount: int) -> int:
        return int(self._scalar("SELECT smsdesk.quota_grant_group(:g, :a)", g=group_id, a=amount))

    def group_give_back(self, group_id: int, amount: int) -> int:
        return int(self._scalar("SELECT smsdesk.quota_return_group(:g, :a)", g=group_id, a=amount))

    # ------------------------------------------------------------------ users
    def user_create(
        self,
        *,
        login: str,
        operator_name: str,
        group_id: int,
        kind: str,
        is_reviewer: bool,
        review_mode: bool,
        mobile: str | None,
        verifier: str,
        password_length: int | None,
    ) -> int:
        return int(
            self.session.execute(
                text(
                    "SELECT user_id FROM smsdesk.user_create(:login, :name, :grp, :kind, :reviewer, :review, :mobile,"
                    " :verifier, :length)"
                ),
                {
                    "login": login,
                    "name": operator_name,
                    "grp": group_id,
                    "kind": kind,
                    "reviewer": is_reviewer,
                    "review": review_mode,
                    "mobile": mobile,
                    "verifier": verifier,
                    "length": password_length,
                },
            ).scalar_one()
        )

    def user_update_profile(self, user_id: int, operator_name: str, mobile: str | None) -> None:
        self._scalar("SELECT smsdesk.user_update_profile(:u, :n, :m)", u=user_id, n=operator_name, m=mobile)

    def user_move(self, user_id: int, group_id: int) -> None:
        self._scalar("SELECT smsdesk.user_move(:u, :g)", u=user_id, g=group_id)

    def user_set_flags(self, user_id: int, kind: str, is_reviewer: bool, review_mode: bool) -> None:
        self._scalar("SELECT smsdesk.user_set_flags(:u, :k, :r, :m)", u=user_id, k=kind, r=is_reviewer, m=review_mode)

    def user_set_full_numbers(self, user_id: int, on: bool) -> None:
        self._scalar("SELECT smsdesk.user_set_full_numbers(:u, :o)", u=user_id, o=on)

    def user_set_status(self, user_id: int, status: str) -> None:
        self._scalar("SELECT smsdesk.user_set_status(:u, :s)", u=user_id, s=status)

    def user_restore(self, user_id: int, group_id: int | None = None) -> None:
        self._scalar("SELECT smsdesk.user_restore(:u, :g)", u=user_id, g=group_id)

    def user_set_password(self, user_id: int, verifier: str, password_length: int | None) -> None:
        self._scalar("SELECT smsdesk.user_set_password(:u, :v, :n)", u=user_id, v=verifier, n=password_length)

    def user_top_up(self, user_id: int, amount: int) -> int:
        return int(self._scalar("SELECT smsdesk.quota_grant_user(:u, :a)", u=user_id, a=amount))

    def user_take_back(self, user_id: int, amount: int) -> int:
        return int(self._scalar("SELECT smsdesk.quota_take_back_user(:u, :a)", u=user_id, a=amount))


def refusal_facts(exc: BaseException) -> dict[str, Any]:
    """The JSON DETAIL an organisation refusal carries ({"reason": ..., ...}; _org_fail), or {}."""
    orig = getattr(exc, "orig", exc)
    diag = getattr(orig, "diag", None)
    detail = getattr(diag, "message_detail", None) if diag is not None else None
    if not detail:
        return {}
    try:
        facts = json.loads(detail)
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}
