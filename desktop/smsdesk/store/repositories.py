"""Every query of the console, the admin tool and the dispatcher lives in a repository here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, func, literal_column, select, text
from sqlalchemy.orm import Session

from smsdesk.store.models import AppUser, AuditLog, Installation, QuotaMovement, UserGroup


@dataclass(frozen=True)
class GroupRow:
    id: int
    parent_id: int | None
    name: str
    path: str
    quota_balance: int
    review_mode: bool
    user_count: int


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    role_name: str
    operator_name: str
    group_id: int
    group_path: str
    mobile: str | None
    kind: str
    is_reviewer: bool
    status: str
    review_mode: bool
    quota_limit: int
    quota_used: int
    created_at: datetime


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_role: str
    actor_login: str | None
    action: str
    target: str
    details: dict


class InstallationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def role_prefix(self) -> str | None:
        return self.session.scalar(select(Installation.role_prefix).where(Installation.id == 1))

    def server_version(self) -> str:
        return self.session.execute(text("show server_version")).scalar_one()


class GroupRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def visible(self, *, with_deleted: bool = False) -> list[GroupRow]:
        """Every live group row-level security lets the caller see, parents before children (a deleted group keeps
        its row for the history that refers to it: ``with_deleted``)."""
        counts = (
            select(AppUser.group_id, func.count().label("n"))
            .where(AppUser.status != "deleted")
            .group_by(AppUser.group_id)
            .subquery()
        )
        query = (
            select(
                UserGroup.id,
                UserGroup.parent_id,
                UserGroup.name,
                func.smsdesk.group_path(UserGroup.id),
                UserGroup.quota_balance,
                UserGroup.review_mode,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.group_id == UserGroup.id)
            .order_by(func.cardinality(UserGroup.id_path), UserGroup.name)
        )
        if not with_deleted:
            query = query.where(UserGroup.deleted_at.is_(None))
        rows = self.session.execute(query).all()
        return [GroupRow(*row) for row in rows]

    def find(self, path: str) -> int | None:
        return self.session.scalar(select(func.smsdesk.group_find(path)))

    def create(self, parent_id: int | None, name: str, review: bool = False) -> int:
        return self.session.scalar(select(func.smsdesk.group_create(parent_id, name, review)))

    def set_review(self, group_id: int, review: bool) -> None:
        self.session.execute(select(func.smsdesk.group_set_review(group_id, review)))

    def grant_quota(self, group_id: int, amount: int) -> int:
        return self.session.scalar(select(func.smsdesk.quota_grant_group(group_id, amount)))

    def balance(self, group_id: int) -> int | None:
        return self.session.scalar(select(UserGroup.quota_balance).where(UserGroup.id == group_id))


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _select(self) -> Select:
        return select(
            AppUser.id,
            AppUser.login,
            AppUser.role_name,
            AppUser.operator_name,
            AppUser.group_id,
            func.smsdesk.group_path(AppUser.group_id),
            # masked by the database unless the caller may see full numbers (SEC-3)
            literal_column("(SELECT um.mobile FROM smsdesk.user_mobiles(ARRAY[smsdesk.app_user.id]) AS um)"),
            AppUser.kind,
            AppUser.is_reviewer,
            AppUser.status,
            AppUser.review_mode,
            AppUser.quota_limit,
            AppUser.quota_used,
            AppUser.created_at,
        )

    def in_groups(self, group_ids: list[int], *, include_deleted: bool = False) -> list[UserRow]:
        query = self._select().where(AppUser.group_id.in_(group_ids)).order_by(AppUser.login)
        if not include_deleted:
            query = query.where(AppUser.status != "deleted")
        return [UserRow(*row) for row in self.session.execute(query).all()]

    def any_exist(self) -> bool:
        return bool(self.session.scalar(select(exists().where(AppUser.id.is_not(None)))))

    def by_login(self, login: str) -> UserRow | None:
        row = self.session.execute(self._select().where(AppUser.login == login)).first()
        return UserRow(*row) if row else None

    def create(
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
    ) -> tuple[int, str]:
        row = self.session.execute(
            text(
                "select user_id, role_name from smsdesk.user_create("
                ":login, :name, :grp, :kind, :reviewer, :review, :mobile, :verifier)"
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
            },
        ).one()
        return int(row[0]), str(row[1])

    def set_status(self, user_id: int, status: str) -> None:
        self.session.execute(select(func.smsdesk.user_set_status(user_id, status)))

    def set_flags(self, user_id: int, kind: str, is_reviewer: bool, review_mode: bool) -> None:
        self.session.execute(select(func.smsdesk.user_set_flags(user_id, kind, is_reviewer, review_mode)))

    def grant_quota(self, user_id: int, amount: int) -> int:
        return self.session.scalar(select(func.smsdesk.quota_grant_user(user_id, amount)))

    def sign_in(self, client: dict[str, Any]) -> dict[str, Any]:
        value = self.session.execute(
            text("select smsdesk.sign_in(cast(:client as jsonb))"), {"client": json.dumps(client)}
        ).scalar_one()
        return dict(value)


class QuotaRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def movement_sum_for_group(self, group_id: int) -> int:
        return int(
            self.session.scalar(
                select(func.coalesce(func.sum(QuotaMovement.amount), 0)).where(QuotaMovement.group_id == group_id)
            )
        )

    def movement_sum_for_user(self, user_id: int) -> int:
        return int(
            self.session.scalar(
                select(func.coalesce(func.sum(QuotaMovement.amount), 0)).where(QuotaMovement.user_id == user_id)
            )
        )


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, action: str, target: str, details: dict[str, Any] | None = None) -> None:
        self.session.execute(
            text("select smsdesk.audit_event(:a, :t, cast(:d as jsonb))"),
            {"a": action, "t": target, "d": json.dumps(details or {}, ensure_ascii=False)},
        )

    def search(
        self,
        *,
        text_filter: str = "",
        action: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        before_id: int | None = None,
        limit: int = 500,
    ) -> list[AuditRow]:
        """Newest first, keyset-paged on id so deep pages stay as fast as the first (audit_page: the caller's rows,
        numbers masked unless they may see them in full, SEC-3)."""
        rows = self.session.execute(
            text(
                "SELECT id, at, actor_role, actor_login, action, target, details"
                "  FROM smsdesk.audit_page(:text, CAST(:actions AS text[]), :since, :until, :before, :limit)"
            ),
            {
                "text": text_filter or "",
                "actions": [action] if action else None,
                "since": since,
                "until": until,
                "before": before_id or None,
                "limit": limit,
            },
        ).all()
        return [AuditRow(*row) for row in rows]

    def actions(self) -> list[str]:
        return list(self.session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))
