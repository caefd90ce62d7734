"""The Settings tab's work (issue 17): every installation setting at once, a batch of changes saved in one
transaction (all or none, naming the setting the database refused), and each group's default signature with the
one its users inherit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.services import library, org
from smsdesk.services import settings as install_settings
from smsdesk.services.errors import ServiceError


class SettingRefused(ServiceError):
    """The database refused one setting of a batch (nothing of the batch was saved)."""

    def __init__(self, key: str, error: ServiceError) -> None:
        super().__init__(error.code, error.detail)
        self.key = key


def load(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in install_settings.all_settings(session)}


def save(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Stores every changed setting, in one transaction; returns the values now in force."""
    for key, value in changes.items():
        try:
            install_settings.set_value(session, key, value)
        except ServiceError as exc:
            raise SettingRefused(key, exc) from exc
    return load(session)


@dataclass(frozen=True)
class GroupSignature:
    group_id: int
    path: str
    depth: int
    own_default: str | None  # this group's own default signature (text without 【】)
    in_force: str | None  # what its users send with: its own, or the nearest one above
    inherited_from: str | None  # the group path the one in force comes from, when not its own
    choices: tuple[tuple[int, str], ...]  # (signature id, text) of this group's signatures


def group_signatures(session: Session) -> list[GroupSignature]:
    groups = org.visible_groups(session)
    by_id = {g.id: g for g in groups}
    signatures = library.signatures(session)
    defaults = {s.group_id: s for s in signatures if s.is_default}
    choices: dict[int, list[tuple[int, str]]] = {}
    for s in signatures:
        choices.setdefault(s.group_id, []).append((s.id, s.text))
    out = []
    for g in sorted(groups, key=lambda g: g.path):
        own = defaults.get(g.id)
        in_force, source = own, g
        node = g
        while in_force is None and node.parent_id is not None and node.parent_id in by_id:
            node = by_id[node.parent_id]
            in_force, source = defaults.get(node.id), node
        out.append(GroupSignature(
            g.id, g.path, g.path.count("/") + 1, own.text if own else None, in_force.text if in_force else None,
            source.path if in_force is not None and source is not g else None, tuple(choices.get(g.id, ())),
        ))
    return out
