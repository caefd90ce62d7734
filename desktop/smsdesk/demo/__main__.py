"""Child-process entry of services.trial.ensure_demo_organisation: exits 0 when the demo organisation was created
now, 3 when it was there already. SMSDESK_DEMO_TARGET holds the embedded server's superuser address (JSON)."""

from __future__ import annotations

import json
import logging
import os

from smsdesk.demo import create
from smsdesk.services.trial import DEMO_ADMIN
from smsdesk.settings import DatabaseTarget
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.store.repositories import UserRepository


def seed(su: DatabaseTarget) -> bool:
    engine = make_engine(su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            if UserRepository(session).by_login(DEMO_ADMIN) is not None:
                return False
            create(session)
            return True
    finally:
        engine.dispose()


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    spec = json.loads(os.environ["SMSDESK_DEMO_TARGET"])
    su = DatabaseTarget(
        source="embedded",
        host=spec["host"],
        port=int(spec["port"]),
        dbname=spec["dbname"],
        user=spec["user"],
        password=spec["password"],
    )
    return 0 if seed(su) else 3


if __name__ == "__main__":
    raise SystemExit(main())
