"""Queries of number checks (CHK-1, REP-5): staging and creating a check, its list, a page of its results, its
summary, one number across checks, the Send preview's known-dead numbers, the status provider's settings.
Reads go through row-level security (policies/check_task.sql); every change is a check_* function."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Text, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

STAGE_COLUMNS = ("row_no", "source", "number", "raw", "reason", "carrier", "host", "province", "city")
RESULT_COLUMNS = ("row_no", "source", "shown", "reason", "carrier", "host", "province", "city", "lists", "status",
                  "status_at", "masked")


@dataclass(frozen=True)
class CheckTaskRow:
    id: int
    name: str
    owner: str
    created_at: datetime
    scheduled_at: datetime | None
    with_status: bool
    status: str
    given: int
    numbers: int
    valid: int
    duplicates: int
    pending: int
    lookups: int
    cost: Decimal


@dataclass(frozen=True)
class ResultRow:
    row_no: int
    source: str
    shown: str
    reason: str | None
    carrier: str | None
    host: str | None
    province: str | None
    city: str | None
    lists: list[str]
    status: str | None
    status_at: datetime | None
    masked: bool
    task_id: int | None = None
    task_name: str | None = None
    created_at: datetime | None = None

    @property
    def valid(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class ResultFilter:
    """What the results page shows: all, or only valid / invalid / blacklisted rows, one carrier, province or status,
    numbers containing some digits."""

    validity: str = "all"  # all, valid, invalid, blacklisted
    carrier: str | None = None
    province: str | None = None
    status: str | None = None
    contains: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses, params = [], {}
        if self.validity == "valid":
            clauses.append("reason IS NULL")
        elif self.validity == "invalid":
            clauses.append("reason IS NOT NULL")
        elif self.validity == "blacklisted":
            clauses.append("lists IS NOT NULL")
        if self.carrier:
            clauses.append("(carrier = :carrier OR host = :carrier)")
            params["carrier"] = self.carrier
        if self.province:
            clauses.append("province = :province")
            params["province"] = self.province
        if self.status:
            clauses.append("status = :status")
            params["status"] = self.status
        if self.contains:
            clauses.append("strpos(shown, :contains) > 0")
            params["contains"] = self.contains
        return (" AND " + " AND ".join(clauses)) if clauses else "", params


class NumberCheckRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- creating ----------------------------------------------------------------------------------------
    def stage_begin(self) -> None:
        self.session.execute(text("SELECT smsdesk.check_stage_begin()"))

    def stage_text(self, blocks: Iterable[str]) -> None:
        """COPY rows in COPY's text format (STAGE_COLUMNS), a block of whole lines at a time."""
        cursor = self.session.connection().connection.driver_connection.cursor()
        with cursor.copy(f"COPY pg_temp.check_stage ({', '.join(STAGE_COLUMNS)}) FROM STDIN") as copy:
            for block in blocks:
                copy.write(block.encode("utf-8"))

    def create(self, name: str, scheduled_at: datetime | None, with_status: bool, given: int, duplicates: int,
               contacts: Sequence[int], groups: Sequence[int], segments: Sequence[str]) -> int:
        return int(self.session.execute(
            text("SELECT smsdesk.check_create(:n, :at, :st, :given, :dups, :c, :g, :seg)").bindparams(
                bindparam("c", type_=ARRAY(BigInteger)), bindparam("g", type_=ARRAY(BigInteger)),
                bindparam("seg", type_=ARRAY(Text))),
            {"n": name, "at": scheduled_at, "st": with_status, "given": given, "dups": duplicates,
             "c": list(contacts), "g": list(groups), "seg": list(segments)},
        ).scalar_one())

    def cancel(self, task_id: int) -> int:
        return int(self.session.execute(text("SELECT smsdesk.check_cancel(:t)"), {"t": task_id}).scalar_one())

    def delete(self, task_ids: Sequence[int]) -> int:
        return int(self.session.execute(
            text("SELECT smsdesk.check_delete(:t)").bindparams(bindparam("t", type_=ARRAY(BigInteger))),
            {"t": list(task_ids)}).scalar_one())

    # -- reading -----------------------------------------------------------------------------------------
    def tasks(self, name: str = "", since: datetime | None = None, until: datetime | None = None,
              limit: int = 500, ids: Sequence[int] | None = None) -> list[CheckTaskRow]:
        where, params = ["true"], {"limit": limit}
        if name:
            where.append("strpos(t.name, :name) > 0")
            params["name"] = name
        if since is not None:
            where.append("t.created_at >= :since")
            params["since"] = since
        if until is not None:
            where.append("t.created_at < :until")
            params["until"] = until
        if ids is not None:
            where.append("t.id = ANY (:ids)")
            params["ids"] = list(ids)
        stmt = text(
            "SELECT t.id, t.name, coalesce(nullif(u.operator_name, ''), u.login, ''), t.created_at, t.scheduled_at, "
            "       t.with_status, t.status, t.given, t.numbers, t.valid, t.duplicates, t.pending, t.lookups, t.cost "
            "  FROM smsdesk.check_task t LEFT JOIN smsdesk.app_user u ON u.id = t.owner_id "
            f" WHERE {' AND '.join(where)} ORDER BY t.created_at DESC, t.id DESC LIMIT :limit"
        )
        if ids is not None:
            stmt = stmt.bindparams(bindparam("ids", type_=ARRAY(BigInteger)))
        return [CheckTaskRow(*row) for row in self.session.execute(stmt, params)]

    def results(self, task_id: int, flt: ResultFilter, after_row: int = 0, limit: int = 200) -> list[ResultRow]:
        where, params = flt.where()
        # A check just stored has no statistics yet: the planner then guesses a handful of rows and gathers all a
        # million into a bitmap (0.4-3 s). Walking the primary key in order and stopping at the page is right for
        # every page (this transaction only).
        self.session.execute(text("SET LOCAL enable_bitmapscan = off"))
        rows = self.session.execute(
            text(f"SELECT {', '.join(RESULT_COLUMNS)} FROM smsdesk.check_result "
                 f"WHERE task_id = :t AND row_no > :after{where} ORDER BY row_no LIMIT :limit"),
            {"t": task_id, "after": after_row, "limit": limit, **params},
        )
        return [_result(row) for row in rows]

    def count(self, task_id: int, flt: ResultFilter) -> int:
        where, params = flt.where()
        return int(self.session.execute(
            text(f"SELECT count(*) FROM smsdesk.check_result WHERE task_id = :t{where}"), {"t": task_id, **params}
        ).scalar_one())

    def summary(self, task_id: int) -> dict[str, list[tuple[str | None, str | None, int]]]:
        """Counts by carrier (and host), province and status, and by validity and blacklisting."""
        out: dict[str, list[tuple[str | None, str | None, int]]] = {}
        queries = {
            "carrier": "SELECT carrier, host, count(*) FROM smsdesk.check_result WHERE task_id = :t AND reason IS NULL "
                       "GROUP BY carrier, host ORDER BY count(*) DESC",
            "province": "SELECT province, NULL, count(*) FROM smsdesk.check_result WHERE task_id = :t "
                        "AND reason IS NULL GROUP BY province ORDER BY count(*) DESC",
            "status": "SELECT status, NULL, count(*) FROM smsdesk.check_result WHERE task_id = :t AND reason IS NULL "
                      "GROUP BY status ORDER BY count(*) DESC",
            "validity": "SELECT CASE WHEN reason IS NOT NULL THEN 'invalid' WHEN lists IS NOT NULL THEN 'blacklisted' "
                        "ELSE 'valid' END, NULL, count(*) FROM smsdesk.check_result WHERE task_id = :t GROUP BY 1",
            "reason": "SELECT reason, NULL, count(*) FROM smsdesk.check_result WHERE task_id = :t "
                      "AND reason IS NOT NULL GROUP BY reason ORDER BY count(*) DESC",
        }
        for key, sql in queries.items():
            out[key] = [tuple(row) for row in self.session.execute(text(sql), {"t": task_id})]
        return out

    def query(self, number: int, since: datetime | None, until: datetime | None, limit: int) -> list[ResultRow]:
        rows = self.session.execute(
            text("SELECT * FROM smsdesk.check_query(:n, :f, :u, :l)"),
            {"n": number, "f": since, "u": until, "l": limit},
        )
        out = []
        for r in rows:
            m = r._mapping
            out.append(ResultRow(m["row_no"], m["source"], m["shown"], m["reason"], m["carrier"], m["host"],
                                 m["province"], m["city"], list(m["lists"] or []), m["status"], m["status_at"],
                                 False, m["task_id"], m["task_name"], m["created_at"]))
        return out

    def known_dead(self, numbers: Sequence[int], days: int) -> list[tuple[int, str]]:
        rows = self.session.execute(
            text("SELECT number, status FROM smsdesk.check_known_dead(:n, :d)").bindparams(
                bindparam("n", type_=ARRAY(BigInteger))),
            {"n": list(numbers), "d": days},
        )
        return [(int(n), s) for n, s in rows]

    # -- settings ----------------------------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return dict(self.session.execute(text("SELECT smsdesk.check_config_get()")).scalar_one() or {})

    def set_config(self, provider: dict, cache_days: int | None, max_attempts: int | None) -> dict[str, Any]:
        return dict(self.session.execute(
            text("SELECT smsdesk.check_config_set(CAST(:p AS jsonb), :d, :m)"),
            {"p": json.dumps(provider), "d": cache_days, "m": max_attempts},
        ).scalar_one())


def _result(row) -> ResultRow:
    (row_no, source, shown, reason, carrier, host, province, city, lists, status, status_at, masked) = row
    return ResultRow(row_no, source, shown, reason, carrier, host, province, city, list(lists or []), status,
                     status_at, masked)
