"""The demo organisation's history (issue 15 item 10): thirteen months of finished traffic with volumes by hour
and weekday, a failure mix by carrier and channel, replies and opt-outs to marketing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from smsdesk.demo import __main__ as demo_main
from smsdesk.store import migrate
from smsdesk.store.database import make_engine

pytestmark = pytest.mark.db


@pytest.fixture
def demo(empty_db):
    engine = make_engine(empty_db.su, pool_size=1)
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn)
            conn.commit()
    finally:
        engine.dispose()
    assert demo_main.seed(empty_db.su)
    with psycopg.connect(**empty_db.su.conninfo(), autocommit=True) as conn:
        yield conn


def test_thirteen_months_by_hour_weekday_carrier_and_channel(demo):
    first, last = demo.execute("SELECT min(send_at), max(send_at) FROM smsdesk.send_task WHERE status = 'finished'"
                               ).fetchone()  # fmt: skip
    now = datetime.now(UTC)
    assert now - first > timedelta(days=365 + 21) and now - last < timedelta(days=2)
    months = demo.execute(
        "SELECT count(DISTINCT date_trunc('month', send_at AT TIME ZONE 'Asia/Shanghai')) FROM smsdesk.send_task "
        "WHERE status = 'finished'").fetchone()[0]  # fmt: skip
    assert months >= 13
    # busier by day than by night (Beijing), on weekdays than at weekends, and towards today
    day, night = demo.execute(
        """SELECT count(*) FILTER (WHERE h BETWEEN 9 AND 17), count(*) FILTER (WHERE h < 6)
             FROM (SELECT extract(hour FROM t.send_at AT TIME ZONE 'Asia/Shanghai') h
                     FROM smsdesk.message m JOIN smsdesk.send_task t ON t.id = m.task_id) x""").fetchone()  # fmt: skip
    assert day > 10 * night
    weekday, weekend = demo.execute(
        """SELECT count(*) FILTER (WHERE d < 6) / 5.0::float, count(*) FILTER (WHERE d >= 6) / 2.0::float
             FROM (SELECT extract(isodow FROM t.send_at AT TIME ZONE 'Asia/Shanghai') d
                     FROM smsdesk.message m JOIN smsdesk.send_task t ON t.id = m.task_id) x""").fetchone()  # fmt: skip
    assert weekday > 1.5 * weekend
    # failures: every carrier fails, China Telecom most; the backup channel fails more than the primary
    rates = dict(demo.execute(
        """SELECT carrier, avg((status = 'failed')::int)::float FROM smsdesk.message GROUP BY carrier""").fetchall())
    assert set(rates) == {"China Mobile", "China Unicom", "China Telecom"}
    assert rates["China Telecom"] > rates["China Mobile"] > 0
    by_channel = dict(demo.execute(
        """SELECT c.name, avg((m.status = 'failed')::int)::float FROM smsdesk.message m
             JOIN smsdesk.channel c ON c.id = m.channel_id GROUP BY c.name""").fetchall())
    assert len(by_channel) == 2 and max(by_channel.values()) > 1.15 * min(by_channel.values())
    categories = {r[0] for r in demo.execute("SELECT DISTINCT failure_category FROM smsdesk.message "
                                             "WHERE failure_category IS NOT NULL")}  # fmt: skip
    assert {"invalid_number", "timeout", "gateway_error"} <= categories
    # replies: opt-outs only to marketing, and on the marketing blacklist
    kinds = dict(demo.execute("SELECT kind, count(*) FILTER (WHERE opt_out) FROM smsdesk.inbound_reply GROUP BY kind"
                              ).fetchall())  # fmt: skip
    assert kinds.get("marketing", 0) > 0 and sum(v for k, v in kinds.items() if k != "marketing") == 0
    # every task's counters are its messages'
    wrong = demo.execute(
        """SELECT count(*) FROM smsdesk.send_task t
            WHERE t.status = 'finished' AND EXISTS (
                  SELECT 1 FROM smsdesk.message m WHERE m.task_id = t.id
                  HAVING count(*) FILTER (WHERE m.status = 'delivered') <> t.delivered_count
                      OR count(*) FILTER (WHERE m.status = 'failed') <> t.failed_count)""").fetchone()[0]  # fmt: skip
    assert wrong == 0


def test_the_rollups_of_the_history_equal_its_raw_rows(demo):
    """Staged through the recording functions' own path, the rollups equal what stat_rebuild would compute."""
    first, last = demo.execute("SELECT min(send_at), max(send_at) + interval '1 hour' FROM smsdesk.send_task"
                               ).fetchone()  # fmt: skip
    columns = ("hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category")
    sums = "sum(messages), sum(segments), sum(refunded_segments), sum(cost), sum(replies), sum(opt_outs)"
    rolled = demo.execute(f"SELECT {columns}, {sums} FROM smsdesk.stat_hour GROUP BY {columns} "
                          f"HAVING sum(messages) <> 0 OR sum(replies) <> 0 ORDER BY {columns}").fetchall()  # fmt: skip
    raw = demo.execute(f"SELECT {columns}, {sums} FROM smsdesk._stat_from_raw(%s, %s) GROUP BY {columns} "
                       f"HAVING sum(messages) <> 0 OR sum(replies) <> 0 ORDER BY {columns}",
                       (first, last)).fetchall()  # fmt: skip
    assert rolled and rolled == raw
    replies, costed = demo.execute(
        "SELECT (SELECT sum(replies) FROM smsdesk.stat_hour), (SELECT count(*) FROM smsdesk.stat_hour WHERE cost > 0)"
    ).fetchone()
    assert replies > 0 and costed > 0
