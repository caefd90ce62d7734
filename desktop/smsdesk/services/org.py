"""The organisation as the signed-in user may see it: group tree, users, quotas and their ledgers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from smsdesk.store.repositories import GroupRepository, GroupRow, UserRepository, UserRow
from smsdesk.store.repositories_outbox import GroupLedger, LedgerRepository, QuotaLedger


def visible_groups(session: Session) -> list[GroupRow]:
    return GroupRepository(session).visible()


def subtree_ids(groups: list[GroupRow], root_id: int) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for g in groups:
        children.setdefault(g.parent_id, []).append(g.id)
    out, stack = [], [root_id]
    while stack:
        gid = stack.pop()
        out.append(gid)
        stack.extend(children.get(gid, []))
    return out


def users_of(session: Session, group_ids: list[int], *, include_deleted: bool = False) -> list[UserRow]:
    return UserRepository(session).in_groups(group_ids, include_deleted=include_deleted)


@dataclass(frozen=True)
class QuotaView:
    limit: int
    used: int
    group_balance: int  # what the group still holds to allocate

    @property
    def left(self) -> int:
        return self.limit - self.used


def my_quota(session: Session, login: str, group_id: int) -> QuotaView:
    me = UserRepository(session).by_login(login)
    balance = GroupRepository(session).balance(group_id) or 0
    return QuotaView(me.quota_limit, me.quota_used, balance) if me else QuotaView(0, 0, balance)


def quota_ledger(session: Session, user_id: int) -> QuotaLedger:
    """The user's quota and the sums of its movements; ``balanced`` is the billing invariant (GW-5)."""
    return LedgerRepository(session).for_user(user_id)


def group_ledger(session: Session, group_id: int) -> GroupLedger:
    """A group's balance and the sum of its movements. Success billing refunds failed messages to the sender's
    quota only: the group's share left the group when the user's quota was granted (USR-2), and sending never
    touched the group, so a refund to it as well would create quota from nothing."""
    return LedgerRepository(session).for_group(group_id)
