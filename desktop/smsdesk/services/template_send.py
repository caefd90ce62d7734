"""Template sends (TPL-2, 业务通知): an approved template, a data file, the phone column and every variable bound
to a file column, every row rendered, counted and priced, then one task with a personal message per recipient.

    data = read_data_file(job, path)                              # io job: no database
    bindings = guess_bindings(template.variables, data)           # header == variable name; a phone-like column
    preview = preview_send(session, job, template_id, data, bindings, signature=...)   # read job
    task_id = submit(session, job, preview, name=..., start=..., end=..., task_key=...)  # write job

Every refusal is a ServiceError whose code the console explains (see ERROR_CODES).
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.domain import text as text_rules
from smsdesk.domain.pricing import PriceList
from smsdesk.domain.templates import Template, _value_text
from smsdesk.infra.jobs import JobLike, QuietJob
from smsdesk.services import blacklist, library, org, tasks
from smsdesk.services import settings as install_settings
from smsdesk.services.contacts_transfer import normalise_mobiles
from smsdesk.services.errors import ServiceError
from smsdesk.services.library import SignatureRow, TemplateRow

# The price per billed segment when no price list is given (render_rows alone); a preview uses the installation's.
ESTIMATE_PRICES = PriceList("0.045")
PREVIEW_FIRST = 50  # rows shown whatever their state; every row with a problem is listed after them
PHONE_HINTS = ("手机", "mobile", "phone", "电话", "号码", "tel", "联系方式", "number")
_DOUBLE_GSM7 = re.compile("[\\^{}\\\\\\[~\\]|€\\f]")  # GSM-7 extension characters: two septets each
_ASTRAL = re.compile("[\\U00010000-\\U0010FFFF\\ud800-\\udfff]")  # two UTF-16 units each (emoji)
_DIGIT = re.compile(r"\d")
PAST_GRACE = timedelta(minutes=1)  # a start time this far in the past still means "now" (the form sat open)

# Why a row is not sent; the console translates them.
PROBLEMS: tuple[str, ...] = ("missing", "invalid", "duplicate", "sensitive", "too_long")

# Codes of the refusals below (ServiceError.code), beyond the shared ones (insufficient_quota, file_* …).
ERROR_CODES: tuple[str, ...] = (
    "template_none",  # no approved template to send with (or none chosen)
    "template_not_approved",  # the chosen template is not (or no longer) approved for the caller
    "template_changed",  # the template was edited after the preview was made
    "phone_unbound",  # no column chosen for the phone numbers
    "variable_unbound",  # a variable has no column (UnboundVariables.names)
    "no_rows",  # no row of the file can be sent
    "end_before_start",
    "start_in_past",
)


class UnboundVariables(ServiceError):
    """Variables of the template that have no column; ``names`` in template order."""

    def __init__(self, names: list[str]) -> None:
        super().__init__("variable_unbound", "no column for: " + ", ".join(names))
        self.names = names


# ------------------------------------------------------------------------------------------------ choosing


@dataclass(frozen=True)
class SendOptions:
    """What the form offers: the approved templates the caller may send with, signatures, quota left."""

    templates: list[TemplateRow]
    signatures: list[SignatureRow]
    default_signature: SignatureRow | None
    quota_left: int | None


def send_options(session: Session, group_path: str = "", user_id: int | None = None) -> SendOptions:
    """Approved templates the caller may use, the signatures they may send with and their default (the database
    resolves both along the caller's own group path; ``group_path`` is no longer needed), and the quota left."""
    repo = library._repo(session)
    rows = [row for row in repo.templates(status="approved") if repo.template_usable(row.id)]
    # the same choices and default as the compose page: the database's, along the sender's own group path
    signatures, default_text = library.signature_choices(session)
    default = next((s for s in signatures if s.text == default_text), None)
    return SendOptions(rows, signatures, default, quota_left(session, user_id) if user_id is not None else None)


def quota_left(session: Session, user_id: int) -> int:
    ledger = org.quota_ledger(session, user_id)
    return ledger.quota_limit - ledger.quota_used


def usable_template(session: Session, template_id: int | None) -> TemplateRow:
    if template_id is None:
        raise ServiceError("template_none", "choose an approved template")
    return library.usable_template(session, template_id)


# ------------------------------------------------------------------------------------------------ the data file


@dataclass(frozen=True)
class DataFile:
    """A data file as read: its headers, a few rows to show, and the whole table (cells as text)."""

    path: str
    headers: list[str]
    row_count: int
    samples: list[list[str]]
    sheets: list[str]
    sheet: str | None
    encoding: str | None
    has_header: bool
    table: Any = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


def read_data_file(
    job, path: str, sheet: str | None = None, header: bool | None = None, encoding: str | None = None
) -> DataFile:
    """Reads a CSV/TXT/XLSX/XLS data file (an io job, no database); TableError on a bad or empty file."""
    from smsdesk.infra import tabular  # pandas: loaded when a file is read, not with the console

    job.progress(0, 2, "read", force=True)
    table = tabular.read_table(path, sheet=sheet, header=header, encoding=encoding)
    job.progress(1, 2, "read", force=True)
    return DataFile(
        path=str(path),
        headers=table.headers,
        row_count=len(table),
        samples=table.frame.head(5).to_numpy(dtype=object).tolist(),
        sheets=list(table.sheets),
        sheet=table.sheet,
        encoding=table.encoding,
        has_header=table.has_header,
        table=table,
    )


def load_data_file(
    job, path: str, variables: Sequence[str] = (), sheet: str | None = None, encoding: str | None = None
) -> tuple[DataFile, Bindings]:
    """The console's io job: the file read, and the columns guessed for the phone and ``variables``."""
    data = read_data_file(job, path, sheet, encoding=encoding)
    job.check()
    return data, guess_bindings(variables, data)


@dataclass(frozen=True)
class Bindings:
    """Column index of the phone numbers and of each variable (None: not bound yet)."""

    phone: int | None
    variables: dict[str, int | None]

    def unbound(self) -> list[str]:
        return [name for name, column in self.variables.items() if column is None]


def guess_bindings(variables: Sequence[str], data: DataFile) -> Bindings:
    """A variable goes to the column whose header is its name (case and blanks ignored); the phone to the first
    column named like one (手机, mobile…) whose cells look like numbers, else to the column that looks most like
    them (None when no column does)."""
    folded = [h.strip().casefold() for h in data.headers] if data.has_header else []
    bound = {
        name: (folded.index(name.strip().casefold()) if name.strip().casefold() in folded else None)
        for name in variables
    }
    scores = [_phone_score(data, i) for i in range(len(data.headers))]
    named = [i for i, h in enumerate(folded) if any(hint in h for hint in PHONE_HINTS) and scores[i] >= 0.3]
    if named:
        return Bindings(named[0], bound)
    best = max(range(len(scores)), key=lambda i: scores[i], default=None)
    return Bindings(best if best is not None and scores[best] >= 0.3 else None, bound)


def _phone_score(data: DataFile, column: int) -> float:
    """The share of the first 200 filled cells of a column that are valid mobile numbers."""
    sample = [c for c in data.table.frame.iloc[:, column].head(200).tolist() if c]
    if not sample:
        return 0.0
    # Only cells with enough digits can be numbers; names and dates need not go through the number rules.
    candidates = [c for c in sample if len(_DIGIT.findall(c)) >= 7]
    if not candidates:
        return 0.0
    e164s, _ = normalise_mobiles(candidates)
    return sum(1 for e in e164s if e) / len(sample)


# ------------------------------------------------------------------------------------------------ rendering


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int  # 1-based row in the file
    number: str  # as the file has it
    e164: str | None
    body: str  # the personal content; a missing variable stays 【name】
    segments: int  # 0 when the row is not sent
    cost: Decimal
    problem: str | None  # one of PROBLEMS, None when the row is sent
    detail: str = ""  # missing variable names, the number's refusal reason, the words found, the first row …


@dataclass
class SendPreview:
    """Every row rendered: what will be sent, what will not and why, and the totals."""

    template: TemplateRow
    signature: str | None
    bindings: Bindings
    file_name: str
    rows: int  # data rows in the file
    numbers: list[str]  # E.164 of the rows that are sent, in file order
    bodies: list[str]
    segments: list[int]
    preview: list[PreviewRow]  # the first rows, then every row with a problem
    problems: dict[str, int]  # problem -> rows
    blacklisted: int = 0  # sent numbers on a blacklist: recorded as failed, not charged
    masked: int = 0  # rows that go out with sensitive words replaced by "*"
    blacklisted_segments: int = 0
    unit_price: Decimal = Decimal(0)
    quota_left: int | None = None
    seconds: float = 0.0

    @property
    def kind(self) -> str:
        return self.template.kind

    @property
    def sendable(self) -> int:
        return len(self.numbers)

    @property
    def total_segments(self) -> int:
        return sum(self.segments)

    @property
    def reserve(self) -> int:
        """Quota the submit reserves: the segments of every sent row that no blacklist blocks."""
        return self.total_segments - self.blacklisted_segments

    @property
    def cost(self) -> Decimal:
        return self.reserve * self.unit_price

    @property
    def quota_short(self) -> int:
        return 0 if self.quota_left is None else max(0, self.reserve - self.quota_left)

    @property
    def missing_rows(self) -> list[PreviewRow]:
        return [row for row in self.preview if row.problem == "missing"]


def render_rows(
    job: JobLike,
    template: TemplateRow,
    data: DataFile,
    bindings: Bindings,
    *,
    signature: str | None = None,
    words=None,
    prices: PriceList = ESTIMATE_PRICES,
    opt_out: str | None = text_rules.DEFAULT_OPT_OUT,
    refuse_words: bool = False,
) -> SendPreview:
    """Renders every row of ``data`` with ``template`` (pure: no database). ``words``: a SensitiveWords whose
    hits are masked with "*" in the values; a hit that remains (across a value's edge) keeps the row back, and so
    does every hit when the installation refuses sensitive words (``refuse_words``) rather than masking them."""
    started = time.perf_counter()
    if bindings.phone is None:
        raise ServiceError("phone_unbound", "choose the column that holds the phone numbers")
    unbound = bindings.unbound()
    if unbound:
        raise UnboundVariables(unbound)
    if data.row_count == 0:
        raise ServiceError("no_rows", f"{data.name} has no data rows")
    parsed = Template(template.content)
    kind = template.kind
    frame = data.table.frame
    total = len(frame)
    row_numbers = data.table.row_numbers or list(range(1, total + 1))
    job.progress(0, total, "numbers", force=True)
    raw_numbers = frame.iloc[:, bindings.phone].tolist()
    e164s, reasons = normalise_mobiles(raw_numbers)
    job.progress(total // 10, total, "render")
    names = list(parsed.variables)
    columns = [[_cell(v) for v in frame.iloc[:, bindings.variables[name]].tolist()] for name in names]
    # One str.format per row: the template's literal text with {0}, {1}… where its variables are.
    layout = _format_string(parsed)
    if columns:
        blank = [any(v is None for v in vals) for vals in zip(*columns, strict=True)]
        bodies_all = [
            None if empty else layout.format(*vals)
            for empty, vals in zip(blank, zip(*columns, strict=True), strict=True)
        ]
    else:
        blank = [False] * total
        bodies_all = [parsed.text] * total
    job.progress(total // 3, total, "render")
    masker = words if words is not None and len(words) else None
    unit = prices.unit_price(kind)
    measure = text_rules.measure

    numbers: list[str] = []
    bodies: list[str] = []
    segments: list[int] = []
    first: list[PreviewRow] = []
    flagged: list[PreviewRow] = []
    problems = dict.fromkeys(PROBLEMS, 0)
    masked = 0  # rows sent with sensitive words masked
    seen: dict[str, int] = {}
    cache: dict[tuple[int, str], int] = {}  # (length, alphabet) -> segments, see _segments
    zero = Decimal(0)
    for i in range(total):
        if i % 5000 == 0:
            job.progress(total // 3 + i * 2 // 3, total, "render")
        e164 = e164s[i]
        row_no = row_numbers[i]
        body = bodies_all[i]
        problem, detail, count = None, "", 0
        if blank[i]:
            values = [column[i] for column in columns]
            problem = "missing"
            detail = "、".join(name for name, v in zip(names, values, strict=True) if v is None)
            body = parsed.render({n: (v if v is not None else f"【{n}】") for n, v in zip(names, values, strict=True)})
        elif e164 is None:
            problem, detail = "invalid", reasons[i] or "invalid_number"
        elif e164 in seen:
            problem, detail = "duplicate", str(seen[e164])
        elif refuse_words and masker is not None and masker.find(body):
            problem, detail = "sensitive", "、".join(masker.find(body))  # the database would refuse the task
        else:
            if masker is not None and masker.find(body):
                body, detail = _masked(parsed, names, [column[i] for column in columns], masker, layout)
            count = _segments(body, signature, kind, opt_out, measure, cache)
            if count < 0:
                problem, detail, count = "too_long", "", 0
            elif masker is not None and detail and masker.find(body):
                problem, detail, count = "sensitive", "、".join(masker.find(body)), 0
        if problem is None:
            seen[e164] = row_no
            numbers.append(e164)
            bodies.append(body)
            segments.append(count)
            masked += bool(detail)
        else:
            problems[problem] += 1
        if i < PREVIEW_FIRST or problem is not None or detail:  # masked rows are shown too, as they go out
            line = PreviewRow(
                row_no, raw_numbers[i], e164, body, count, count * unit if count else zero, problem, detail
            )
            (first if i < PREVIEW_FIRST else flagged).append(line)
    job.progress(total, total, "render", force=True)
    return SendPreview(
        template=template,
        signature=signature,
        bindings=bindings,
        file_name=data.name,
        rows=total,
        numbers=numbers,
        bodies=bodies,
        segments=segments,
        preview=first + flagged,
        problems=problems,
        masked=masked,
        unit_price=unit,
        seconds=time.perf_counter() - started,
    )


def _cell(value: object) -> str | None:
    """A cell's text, or None when it counts as missing (tabular gives str; anything else is judged as such)."""
    if type(value) is str:
        return value if value and not value.isspace() else None
    return _value_text(value)


def _format_string(parsed: Template) -> str:
    """The template as a str.format pattern: literal braces doubled, variable k as {k}."""
    marks = {name: f"\ue000{k}\ue001" for k, name in enumerate(parsed.variables)}
    skeleton = parsed.render(marks).replace("{", "{{").replace("}", "}}")
    return skeleton.replace("\ue000", "{").replace("\ue001", "}")


def _masked(parsed: Template, names: list[str], values: list[str], masker, layout: str) -> tuple[str, str]:
    """The body with the sensitive words in its values masked, and the words found (a word the template's own
    text holds, or one across a value's edge, stays: the row is then kept back)."""
    hits: set[str] = set()
    masked = []
    for value in values:
        text, found = masker.mask(value)
        masked.append(text)
        hits.update(found)
    return layout.format(*masked), "、".join(sorted(hits))


def _segments(body: str, signature: str | None, kind: str, opt_out: str | None, measure, cache: dict) -> int:
    """Billed segments of one body, -1 when it cannot be sent (too long).

    The signature and opt-out are the same on every row, so two bodies of one length and one alphabet that
    hold no character counting twice (a GSM-7 extension character, a character outside the BMP) measure
    alike: most rows are answered from ``cache``.
    """
    encoding = text_rules.encoding_of(body)
    uniform = _DOUBLE_GSM7.search(body) is None if encoding == text_rules.GSM7 else _ASTRAL.search(body) is None
    key = (len(body), encoding) if uniform else None
    if key is not None:
        cached = cache.get(key)
        if cached is not None:
            return cached
    m = measure(body, signature=signature, kind=kind, opt_out=opt_out)
    count = -1 if m.issues else m.segments
    if key is not None:
        cache[key] = count
    return count


def preview_send(
    session: Session,
    job: JobLike,
    template_id: int | None,
    data: DataFile,
    bindings: Bindings,
    signature: str | None = None,
    user_id: int | None = None,
    prices: PriceList | None = None,
) -> SendPreview:
    """The whole preview as a read job: the template checked again, the rows rendered with the current
    sensitive words, the blacklisted numbers counted, the quota left read."""
    started = time.perf_counter()
    prices = prices or install_settings.price_list(session)  # the installation's price list (Settings tab)
    template = usable_template(session, template_id)
    signature = library.check_signature(signature) if signature else None
    # the installation's opt-out suffix, which the database appends to marketing and counts
    opt_out = install_settings.get(session, "opt_out_suffix") if template.kind == "marketing" else None
    result = render_rows(
        job,
        template,
        data,
        bindings,
        signature=signature,
        words=library.sensitive_words(session),
        prices=prices,
        opt_out=opt_out or text_rules.DEFAULT_OPT_OUT,
        refuse_words=(install_settings.get(session, "sensitive_words_mode") or "replace") == "refuse",
    )
    job.check()
    if result.numbers:
        listed = blacklist.hits(session, result.numbers, template.kind)
        if listed:
            blocked = [seg for number, seg in zip(result.numbers, result.segments, strict=True) if number in listed]
            result.blacklisted, result.blacklisted_segments = len(blocked), sum(blocked)
    if user_id is not None:
        result.quota_left = quota_left(session, user_id)
    result.seconds = time.perf_counter() - started
    return result


# ------------------------------------------------------------------------------------------------ submitting


def _aware(moment: datetime | None) -> datetime | None:
    """A time from the form (naive: the workstation's local time) as an aware datetime."""
    return None if moment is None else moment.astimezone()


def check_times(start: datetime | None, end: datetime | None, now: datetime | None = None) -> None:
    """Start (None: now) and end (None: no end) as the form gives them; raises end_before_start, start_in_past."""
    now = now or datetime.now(UTC)
    start, end = _aware(start), _aware(end)
    if start is not None and start < now - PAST_GRACE:
        raise ServiceError("start_in_past", f"the start time {start:%Y-%m-%d %H:%M} has passed")
    if end is not None and end <= (start if start is not None and start > now else now):
        raise ServiceError("end_before_start", "the end time must come after the start time")


def queued(session: Session, task_id: int) -> tuple[int, int]:
    """(messages, segments reserved) of a queued task, as the database counted them."""
    row = tasks.get(session, task_id)
    if row is None:
        raise ServiceError("not_found", "no such task")
    return row.recipient_count, row.reserved


def submit(
    session: Session,
    job: JobLike | None,
    preview: SendPreview,
    *,
    name: str = "",
    start: datetime | None = None,
    end: datetime | None = None,
    task_key: uuid.UUID | None = None,
) -> int:
    """Queues the previewed rows as one task (quota = the sum of their segments); returns the task id.

    Idempotent on ``task_key``: a double click or a retry after a lost connection returns the first task.
    Raises InsufficientQuota (with the shortfall) when the quota is short; nothing is saved then.
    """
    job = job or QuietJob()
    check_times(start, end)
    start, end = _aware(start), _aware(end)
    if start is not None and start <= datetime.now(UTC):
        start = None  # "now" that the form held a moment ago: the database takes its own now()
    if not preview.numbers:
        raise ServiceError("no_rows", "no row of the file can be sent")
    template = usable_template(session, preview.template.id)
    if template.content != preview.template.content or template.kind != preview.template.kind:
        raise ServiceError("template_changed", "the template changed after the preview; preview again")
    job.progress(0, 1, "submit", force=True)
    task_id = tasks.queue(
        session,
        name=name,
        kind=template.kind,
        content=template.content,
        signature=preview.signature,
        numbers=preview.numbers,
        bodies=preview.bodies,
        send_at=start,
        expires_at=end,
        task_key=task_key,
        template_id=template.id,
    )
    job.progress(1, 1, "submit", force=True)
    return task_id
