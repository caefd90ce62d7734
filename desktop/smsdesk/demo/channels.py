"""The demo channels: the built-in simulator and its backup (the console points them at it when it starts it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from smsdesk.services import channels


def seed(session: Session) -> None:
    channels.ensure_demo_channels(session)
