"""The demo organisation of trial mode (INS-2) and its history, one module per area.

``python -m smsdesk.demo`` creates it in the embedded database (services/trial.py runs that as a child process:
the seeding is CPU-heavy Python that would hold the GIL in the console). ``create(session)`` does the work in
the installation owner's session: the organisation (org.py), then each area's ``seed(session)`` in AREAS order,
later areas building on earlier ones. Each user's part is done as that user (acting.py), through the same
checked functions and audit as their console.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from smsdesk.demo import approvals, channels, contacts, history, library, org, tasks

# channels before the history (its messages went out on them); the library's approved template before the
# approvals queue (a template send); the finished history before the pending tasks
AREAS = (channels, contacts, library, history, tasks, approvals)


def create(session: Session) -> None:
    org.create(session)
    for area in AREAS:
        area.seed(session)
