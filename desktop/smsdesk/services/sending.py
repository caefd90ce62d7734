"""Sending (SEND-1..SEND-9): a draft from any mix of recipient paths, its preview, and its submit.

    draft = Draft(kind="notification", content="…", typed="138…, 139…", file="客户.xlsx", column="手机")
    p = preview(session, job, draft)        # counts, lists, samples, segments, cost, words, warnings, problems
    result = submit(session, p, task_key)   # one database call in one transaction; idempotent on task_key

Typed and file numbers are cleaned here by the number rules (domain.numbers), together, so a number typed and
also in the file counts once. Address-book picks (contacts, whole groups with sub-groups) are resolved by the
database, which shows an operator without the right only masked numbers (SEC-3) and merges them with the other
paths. Blacklists (global, group, kind) are one set-wise query at preview and are applied again at submit.
The console, the command line and the benchmark all call these functions.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from smsdesk.domain import numbers as number_rules
from smsdesk.domain import schedule
from smsdesk.domain import text as text_rules
from smsdesk.domain.kinds import KINDS
from smsdesk.domain.pricing import PriceList
from smsdesk.infra.jobs import JobLike, QuietJob
from smsdesk.services import blacklist
from smsdesk.services import settings as install_settings
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.services.tasks import InsufficientQuota, queue_refusal
from smsdesk.store.repositories_sending import ContactCheck, SendRepository

__all__ = ["ContactCheck", "Draft", "InsufficientQuota", "Preview", "SubmitResult", "preview", "submit"]

# What one billed segment costs, in yuan, when the installation's price list (setting "prices") is not at hand.
PRICES = PriceList(Decimal("0.05"))
SAMPLES = 5
PAST_TOLERANCE = timedelta(minutes=5)  # a time picked a moment ago is "now", not "in the past"
PHONE_HEADERS = blacklist.PHONE_HEADERS
_SPLIT = re.compile(r"[,，;；、\r\n\t]+")
_SPACES = re.compile(r"[ \u3000]+")


def default_name(now: datetime | None = None) -> str:
    """SEND-1: a task is named after the moment it was composed until the user names it."""
    return (now or datetime.now()).strftime("%Y-%m-%d %H:%M:%S")


def split_typed(text: str) -> list[str]:
    """Typed or pasted numbers separated by commas, spaces, semicolons or new lines (SEND-5a).

    A piece with spaces inside is one number when it reads as one ("+86 138 0013 8000"), else several."""
    out: list[str] = []
    for part in _slices(text or ""):
        for piece in _SPLIT.split(part):
            piece = piece.strip()
            if not piece:
                continue
            if _SPACES.search(piece) and not number_rules.normalize(piece).valid:
                out.extend(p for p in _SPACES.split(piece) if p)
            else:
                out.append(piece)
    return out


_SLICE_CHARS = 262_144
_SEPARATORS = ",，;；、\r\n\t"


def _slices(text: str):
    """The text cut at separators about every 256 KB: one regular-expression split over a million pasted
    numbers (12 MB) holds the GIL for 200 ms, and the console's window waits for it."""
    start = 0
    while len(text) - start > _SLICE_CHARS:
        end = start + _SLICE_CHARS
        cut = text.rfind("\n", start, end)
        if cut <= start:
            cut = max(text.rfind(c, start, end) for c in _SEPARATORS)
        if cut <= start:
            cut = end - 1  # a quarter of a megabyte without a separator is not a number anyway
        yield text[start : cut + 1]
        start = cut + 1
    yield text[start:]


@dataclass
class Draft:
    """Everything the compose page holds; plain data, so it survives in QSettings as JSON."""

    name: str = ""
    kind: str = "notification"
    signature: str | None = None
    content: str = ""
    send_at: datetime | None = None  # timezone-aware; None sends now
    typed: str = ""
    file: str | None = None
    column: str | None = None  # header, letter or 1-based position; None guesses the phone column
    sheet: str | None = None
    encoding: str | None = None  # a text file's encoding as chosen (None: detected)
    contact_ids: list[int] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)  # contact groups; their sub-groups come with them
    opt_out: str = text_rules.DEFAULT_OPT_OUT

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["send_at"] = self.send_at.isoformat() if self.send_at else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        when = known.get("send_at")
        known["send_at"] = datetime.fromisoformat(when) if isinstance(when, str) and when else None
        known["contact_ids"] = [int(i) for i in known.get("contact_ids") or []]
        known["group_ids"] = [int(i) for i in known.get("group_ids") or []]
        if known.get("kind") not in KINDS:
            known["kind"] = "notification"
        return cls(**known)

    @property
    def has_recipients(self) -> bool:
        return bool(self.typed.strip() or self.file or self.contact_ids or self.group_ids)


def measure(draft: Draft) -> text_rules.Measure:
    """The live counter of the compose page (SEND-3)."""
    return text_rules.measure(
        draft.content, signature=draft.signature or None, kind=draft.kind, opt_out=_opt_out(draft)
    )


def _opt_out(draft: Draft) -> str | None:
    return (draft.opt_out or text_rules.DEFAULT_OPT_OUT) if draft.kind == "marketing" else None


def opt_out_suffix(session: Session) -> str:
    """The installation's opt-out suffix (setting opt_out_suffix): the database appends it to every marketing
    message, so the compose page counts it."""
    with translate_db_errors():
        value = SendRepository(session).opt_out_suffix()
    return value or text_rules.DEFAULT_OPT_OUT


def estimated_cost(segments: int, recipients: int, kind: str, prices: PriceList | None = None) -> Decimal:
    return (prices or PRICES).cost(max(0, segments) * max(0, recipients), kind)


# ------------------------------------------------------------------------------------------------ files


@dataclass(frozen=True)
class FileInfo:
    """What the column picker shows for a chosen file."""

    path: str
    headers: list[str]
    guessed: int  # index of the column that looks like phone numbers
    rows: int
    sheets: list[str]
    sheet: str | None
    encoding: str | None


_last_table: list = []  # ((path, size, mtime, sheet, header), Table): the column picker's read, reused by preview
_table_lock = threading.Lock()


def _read_table(path: str | Path, sheet: str | None, header: bool | None = None, encoding: str | None = None):
    from smsdesk.infra import tabular  # pandas: loaded with the first file (the console preloads it in the background)

    try:
        stat = Path(path).lstat()
        key = (str(Path(path).absolute()), stat.st_size, stat.st_mtime_ns, sheet, header, encoding)
    except OSError:
        key = None
    with _table_lock:
        if key is not None and _last_table and _last_table[0][0] == key:
            return _last_table[0][1]
    table = tabular.read_table(path, sheet=sheet, header=header, encoding=encoding)
    if key is not None:
        with _table_lock:
            _last_table[:] = [(key, table)]
    return table


def file_info(path: str | Path, sheet: str | None = None, encoding: str | None = None) -> FileInfo:
    """Headers of a file (read in the background by the console); raises TableError on a bad file."""
    table = _read_table(path, sheet, encoding=encoding)
    return FileInfo(
        path=str(path),
        headers=table.headers,
        guessed=table.guess_column(PHONE_HEADERS),
        rows=len(table),
        sheets=list(table.sheets),
        sheet=table.sheet,
        encoding=table.encoding,
    )


def read_file_numbers(
    path: str | Path, column: str | None, sheet: str | None, encoding: str | None = None, *, with_rows: bool = False
):
    """The cells of the phone column (blank cells left out) and the column's header; ``with_rows`` adds each
    cell's 1-based row in the file or sheet (a numpy array), so the preview can say where a bad number is."""
    from smsdesk.infra import tabular  # pandas: as in _read_table

    table = _read_table(path, sheet, encoding=encoding)
    if column is None or not str(column).strip():
        index = table.guess_column(PHONE_HEADERS)
    else:
        try:
            index = table.column_index(column)
        except tabular.TableError:
            if table.has_header:
                raise
            table = _read_table(path, sheet, header=True, encoding=encoding)  # a header we took for data
            index = table.column_index(column)
    values = table.frame.iloc[:, index].to_numpy()
    step = 65_536  # tolist() a slice at a time: over a million cells it is one C call holding the GIL ~50 ms
    cells = [cell for start in range(0, len(values), step) for cell in values[start : start + step].tolist() if cell]
    if not with_rows:
        return cells, table.headers[index]
    import numpy as np

    filled = values.astype(bool)  # the same test as above ("if cell"), in C
    numbers = np.asarray(table.row_numbers, dtype=np.int64) if len(table.row_numbers) == len(values) else None
    if numbers is None:
        numbers = np.arange(1, len(values) + 1, dtype=np.int64) + (1 if table.has_header else 0)
    return cells, table.headers[index], numbers[filled]


# ------------------------------------------------------------------------------------------------ preview


@dataclass
class Preview:
    """What the user confirms (SEND-7). Lists hold what the preview page shows and saves."""

    draft: Draft
    name: str
    send_at: datetime | None  # as asked; None = now
    starts_at: datetime  # when it may really start (marketing waits for the allowed window)
    numbers: list[str]  # typed and file numbers to send: E.164, unique, not blacklisted
    carriers: list[str]
    contacts: list[ContactCheck]  # the address-book pick, as the database judged it
    invalid: list[tuple[str, str, str]]  # (source, raw text, reason code)
    duplicates: int
    blacklisted: list[tuple[str, str]]  # (number, scope)
    message: text_rules.Measure  # the text as it goes out: sensitive words already masked
    words: list[str]  # sensitive words found (replaced by "*", or refused)
    quota_left: int
    review: bool
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, argument)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (code, argument): submit is refused
    column: str | None = None
    sources: dict[str, int] = field(default_factory=dict)  # items read per path
    billed: int | None = None  # segments per message as the database counts them (it bills these), None: not asked
    words_refused: bool = False  # the installation refuses sensitive words rather than masking them
    prices: PriceList | None = None  # the installation's price list when the preview was made
    signature_allowed: bool = True  # the signature is in the library of the user's group or above
    typed_count: int = 0  # typed items come first in _raws, then the file's cells
    _raws: list[object] = field(default_factory=list, repr=False)
    _invalid_raws: list[object] = field(default_factory=list, repr=False)  # the objects behind ``invalid``

    @property
    def contact_valid(self) -> list[ContactCheck]:
        return [c for c in self.contacts if c.state == "valid"]

    @property
    def valid_count(self) -> int:
        return len(self.numbers) + len(self.contact_valid)

    @property
    def invalid_count(self) -> int:
        return len(self.invalid) + sum(1 for c in self.contacts if c.state == "invalid")

    @property
    def duplicate_count(self) -> int:
        return self.duplicates + sum(1 for c in self.contacts if c.state == "duplicate")

    @property
    def blacklisted_count(self) -> int:
        return len(self.blacklisted) + sum(1 for c in self.contacts if c.state == "blacklisted")

    @property
    def segments(self) -> int:
        return self.message.segments if self.billed is None else self.billed

    @property
    def needed(self) -> int:
        return self.segments * self.valid_count

    @property
    def cost(self) -> Decimal:
        return estimated_cost(self.segments, self.valid_count, self.draft.kind, self.prices)

    @property
    def shortfall(self) -> int:
        return max(0, self.needed - self.quota_left)

    @property
    def samples(self) -> list[tuple[str, str]]:
        """(recipient, message) for the first few recipients: every one gets the same text."""
        room = SAMPLES - min(SAMPLES, len(self.numbers))
        who = self.numbers[:SAMPLES] + [c.shown for c in self.contact_valid[:room]]
        return [(n, self.message.text) for n in who]

    @property
    def can_submit(self) -> bool:
        return not self.problems

    def valid_list(self) -> list[str]:
        return self.numbers + [c.shown for c in self.contact_valid]

    def invalid_list(self) -> list[tuple[str, str, str]]:
        picks = [("contacts", c.shown, "no_mobile") for c in self.contacts if c.state == "invalid"]
        return self.invalid + picks

    def invalid_rows(self, job: JobLike | None = None) -> list[tuple[str, int | None, str, str]]:
        """(source, where, entry, reason) per invalid entry: where is the row of the file, the place among the
        typed numbers (1-based), or None (address book, or not known). Worked out on demand (it scans every
        recipient again: ~0.4 s for a million), so the preview itself does not pay for it."""
        job = job or QuietJob()
        at = _positions(self._raws, self._invalid_raws, job) if self._invalid_raws else None
        file_rows = None
        if at is not None and self.draft.file and any(src == "file" for src, _raw, _reason in self.invalid):
            _cells, _column, file_rows = read_file_numbers(  # the column picker's table, read again only if changed
                self.draft.file, self.column, self.draft.sheet, self.draft.encoding, with_rows=True
            )
            if len(file_rows) != len(self._raws) - self.typed_count:
                file_rows = None  # the file changed since the preview
        out: list[tuple[str, int | None, str, str]] = []
        for i, (source, raw, reason) in enumerate(self.invalid):
            where = None
            if at is not None:
                if at[i] < self.typed_count:
                    where = at[i] + 1
                elif file_rows is not None:
                    where = int(file_rows[at[i] - self.typed_count])
            out.append((source, where, raw, reason))
        out += [("contacts", None, c.shown, "no_mobile") for c in self.contacts if c.state == "invalid"]
        return out

    def blacklisted_list(self) -> list[tuple[str, str]]:
        return self.blacklisted + [(c.shown, c.scope or "") for c in self.contacts if c.state == "blacklisted"]

    def duplicate_list(self, job: JobLike | None = None) -> list[tuple[str, int]]:
        """(number, times given) for every number given more than once; worked out on demand."""
        job = job or QuietJob()
        seen: Counter[str] = Counter()
        total = len(self._raws)
        for i in range(0, total, 50_000):
            job.progress(i, total)
            cleaned = [number_rules.normalize(raw).e164 for raw in self._raws[i : i + 50_000]]
            seen.update(e for e in cleaned if e)
        out = [(n, k) for n, k in seen.items() if k > 1]
        out += [(c.shown, 2) for c in self.contacts if c.state == "duplicate"]
        return out

    def summary(self) -> dict[str, Any]:
        """The command line's one line (and the tests' view)."""
        return {
            "valid": self.valid_count,
            "invalid": self.invalid_count,
            "duplicates": self.duplicate_count,
            "blacklisted": self.blacklisted_count,
            "segments": self.segments,
            "encoding": self.message.encoding,
            "chars": self.message.chars,
            "needed": self.needed,
            "cost": f"{self.cost:.2f}",
            "quota_left": self.quota_left,
            "words": ",".join(self.words),
            "starts": self.starts_at.astimezone(schedule.BEIJING).isoformat(timespec="minutes"),
            "warnings": ",".join(code for code, _ in self.warnings),
            "problems": ",".join(code for code, _ in self.problems),
        }


_CARRIERS: dict[str, str] = {}


def carrier_of(e164: str) -> str:
    """Mainland carrier by number block (cached per 4-digit prefix); "" abroad."""
    if not e164.startswith("+86"):
        return ""
    block = e164[3:7]  # the mainland carrier follows the number's first four digits (domain.numbers)
    found = _CARRIERS.get(block)
    if found is None:
        found = _CARRIERS[block] = number_rules.normalize(e164).carrier or ""
    return found


def _aware(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=schedule.BEIJING)


def preview(session: Session, job: JobLike | None, draft: Draft) -> Preview:
    """Reads, merges and cleans every recipient path; checks content, schedule, blacklists and quota.

    Raises ServiceError only for what stops the preview itself (a bad file, no phone column, an unknown kind);
    everything else becomes a problem (submit refused) or a warning on the returned Preview.
    """
    job = job or QuietJob()
    if draft.kind not in KINDS:
        raise ServiceError("invalid", f"unknown message kind {draft.kind!r}; expected one of {', '.join(KINDS)}")
    repo = SendRepository(session)
    steps = 5
    typed: list[object] = list(split_typed(draft.typed))
    cells: list[object] = []
    sources = {"typed": len(typed)}
    column = None
    if draft.file:
        job.progress(0, steps, "file", force=True)
        cells, column = read_file_numbers(draft.file, draft.column, draft.sheet, draft.encoding)  # type: ignore[assignment]
        sources["file"] = len(cells)
        if cells and not number_rules.clean(cells[:2000]).valid and not number_rules.clean(cells).valid:
            raise ServiceError(
                "no_numbers",
                f"{Path(draft.file).name}: no cell of column {column!r} holds a phone number; choose the phone column",
            )
    job.progress(1, steps, "clean", force=True)
    raws = typed + cells if typed else cells
    cleaned = number_rules.clean(raws, check=job.check)  # a cancelled preview stops here, not a second later
    invalid: list[tuple[str, str, str]] = []
    if cleaned.invalid:
        typed_ids = {id(raw) for raw in typed}
        invalid = [("typed" if id(raw) in typed_ids else "file", str(raw), reason) for raw, reason in cleaned.invalid]
    job.progress(2, steps, "blacklists", force=True)
    hits = blacklist.hits(session, cleaned.valid, draft.kind) if cleaned.valid else {}
    if hits:
        numbers = [n for n in cleaned.valid if n not in hits]
        listed = [(n, hits[n]) for n in cleaned.valid if n in hits]
    else:
        numbers, listed = cleaned.valid, []
    job.check()
    contacts: list[ContactCheck] = []
    if draft.contact_ids or draft.group_ids:
        job.progress(3, steps, "contacts", force=True)
        with translate_db_errors():
            contacts = repo.contact_check(draft.contact_ids, draft.group_ids, draft.kind, cleaned.valid)
        sources["contacts"] = len(contacts)
    job.progress(4, steps, "checks", force=True)
    carriers = [carrier_of(n) for n in numbers]

    # The database says what it would send and bill: masked words, the installation's opt-out, the segments.
    with translate_db_errors():
        sent = repo.send_text(draft.kind, draft.signature or None, draft.content or "")
        sender = repo.sender()
    message = text_rules.measure(sent.content, signature=draft.signature or None, kind=draft.kind, opt_out=sent.opt_out)
    now = datetime.now(UTC)
    send_at = _aware(draft.send_at)
    starts = send_at if send_at is not None and send_at > now else now
    result = Preview(
        draft=draft,
        name=(draft.name or "").strip() or default_name(),
        send_at=send_at,
        starts_at=schedule.next_allowed(starts, draft.kind),
        numbers=numbers,
        carriers=carriers,
        contacts=contacts,
        invalid=invalid,
        duplicates=cleaned.duplicates,
        blacklisted=listed,
        message=message,
        words=sent.words,
        quota_left=sender.quota_left,
        review=sender.review,
        column=column,
        sources=sources,
        billed=sent.segments,
        words_refused=sent.refused,
        prices=install_settings.price_list(session),
        signature_allowed=sent.signature_allowed,
        typed_count=len(typed),
        _raws=raws,
        _invalid_raws=[raw for raw, _reason in cleaned.invalid],
    )
    _judge(result, now)
    job.progress(steps, steps, "done", force=True)
    return result


def _positions(raws: list[object], found: list[object], job: JobLike) -> list[int] | None:
    """Where each of ``found`` (items of ``raws``, in the order they appear there) is in ``raws``; None when that
    cannot be told (the same object given twice)."""
    wanted = {id(raw) for raw in found}
    at: list[int] = []
    for start in range(0, len(raws), 200_000):
        job.check()
        at.extend(start + i for i, raw in enumerate(raws[start : start + 200_000]) if id(raw) in wanted)
    return at if len(at) == len(found) else None


def _judge(p: Preview, now: datetime) -> None:
    problems, warnings = p.problems, p.warnings
    for issue in p.message.issues:
        problems.append(("content_" + issue, str(p.message.limit) if issue == "over_limit" else ""))
    if len(p.draft.content or "") > 1000 and not any(c == "content_over_limit" for c, _ in problems):
        problems.append(("content_over_limit", str(p.message.limit)))
    if not p.signature_allowed and not any(c.startswith("content_signature") for c, _ in problems):
        problems.append(("content_signature_not_allowed", ""))
    if p.words and p.words_refused:
        problems.append(("sensitive_refused", "、".join(p.words)))
    if len(p.name) > 200:
        problems.append(("name_too_long", "200"))
    if p.send_at is not None and p.send_at < now - PAST_TOLERANCE:
        problems.append(("past_schedule", p.send_at.isoformat()))
    if p.valid_count == 0:
        problems.append(("no_recipients", ""))
    if p.shortfall > 0:
        problems.append(("quota_short", str(p.shortfall)))
    if p.starts_at > (p.send_at or now) + timedelta(seconds=1):
        warnings.append(("quiet_hours", p.starts_at.isoformat()))
    if p.words and not p.words_refused:
        warnings.append(("sensitive_words", "、".join(p.words)))
    if p.review:
        warnings.append(("review", ""))


# ------------------------------------------------------------------------------------------------ submit


@dataclass(frozen=True)
class SubmitResult:
    task_id: int
    status: str  # awaiting_review, scheduled or queued
    reserved: int  # segments reserved from the user's quota
    recipients: int


def new_task_key() -> uuid.UUID:
    return uuid.uuid4()


def submit(session: Session, p: Preview, task_key: uuid.UUID) -> SubmitResult:
    """Queues the previewed task in one database call (quota, review, schedule, audit in one transaction).

    The same ``task_key`` again (a double click, a retry after a lost connection) returns the first task and
    reserves nothing more. Raises InsufficientQuota (with the shortfall) or ServiceError with a clear detail.
    """
    blocking = [(c, a) for c, a in p.problems if c != "quota_short"]  # the database judges quota itself
    if blocking:
        code, arg = blocking[0]
        raise ServiceError("invalid", f"this task cannot be submitted: {code}{' ' + arg if arg else ''}")
    repo = SendRepository(session)
    try:
        task_id, status, reserved = repo.submit(
            task_key=task_key,
            name=p.name,
            kind=p.draft.kind,
            content=p.message.content,
            signature=p.message.signature,
            opt_out=_opt_out(p.draft),  # the database appends the installation's own
            segments=p.segments,
            send_at=p.send_at,
            numbers=p.numbers,
            carriers=p.carriers,
            contacts=p.draft.contact_ids,
            groups=p.draft.group_ids,
        )
    except (psycopg.Error, DBAPIError) as exc:
        raise queue_refusal(exc) from exc
    return SubmitResult(task_id, status, reserved, p.valid_count)
