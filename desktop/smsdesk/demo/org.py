"""The demo organisation: its groups, users and their quotas (trial mode, INS-2)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from smsdesk.services import admin
from smsdesk.services.trial import DEMO_ADMIN, DEMO_PASSWORD

DEMO_ROOT = "演示集团"
REVIEWER = "demo-reviewer"


@dataclass(frozen=True)
class DemoUser:
    login: str
    name: str
    group: str
    admin: bool = False
    reviewer: bool = False
    review: bool = False
    quota: int = 0
    full_numbers: bool = False  # the right to see phone numbers unmasked (SEC-3)


DEMO_USERS = (
    # the administrator holds a quota of their own, so the demo can send from the first minute (issue 17)
    DemoUser(DEMO_ADMIN, "系统管理员", DEMO_ROOT, admin=True, reviewer=True, quota=30_000, full_numbers=True),
    DemoUser(REVIEWER, "审核员 王芳", DEMO_ROOT, reviewer=True),
    DemoUser("demo-op1", "操作员 李明", f"{DEMO_ROOT}/华东分公司", quota=20_000),
    DemoUser("demo-op2", "操作员 张伟", f"{DEMO_ROOT}/华东分公司", review=True, quota=10_000),
    DemoUser("demo-op3", "操作员 陈静", f"{DEMO_ROOT}/华南分公司", quota=15_000),
)
DEMO_GROUP_QUOTA = {f"{DEMO_ROOT}/华东分公司": 50_000, f"{DEMO_ROOT}/华南分公司": 30_000}


def create(session: Session) -> None:
    """Groups, quota granted down the tree, and the users with their rights and quotas."""
    for user in DEMO_USERS:
        admin.ensure_group_path(session, user.group)
    admin.grant_group(session, DEMO_ROOT, 200_000)
    for path, amount in DEMO_GROUP_QUOTA.items():
        admin.grant_group(session, path, amount)
    for user in DEMO_USERS:
        admin.create_user(
            session,
            login=user.login,
            password=DEMO_PASSWORD,
            group_path=user.group,
            operator_name=user.name,
            admin=user.admin,
            reviewer=user.reviewer,
            review=user.review,
        )
        if user.quota:
            admin.grant_user(session, user.login, user.quota)
        if user.full_numbers:
            session.execute(
                text("SELECT smsdesk.user_set_full_numbers(id, true) FROM smsdesk.app_user WHERE login = :login"),
                {"login": user.login},
            )
