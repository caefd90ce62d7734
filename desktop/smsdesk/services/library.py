"""The content library: phrases (SET-3), signatures (SET-5), templates (SET-4, TPL-1) and sensitive words (SET-1).

Blacklists are in services/blacklist.py. Every write goes through a database function that checks the
caller and audits the change; the checks here only give earlier, clearer messages.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.domain import text as sms_text
from smsdesk.domain.kinds import KINDS
from smsdesk.domain.templates import MissingVariables, Template, TemplateError
from smsdesk.domain.words import SensitiveWords
from smsdesk.infra.jobs import JobLike, QuietJob
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_library import (
    LibraryRepository,
    PhraseGroupRow,
    PhraseRow,
    Rights,
    SignatureRow,
    Stored,
    TemplateRow,
    WordRow,
)

__all__ = [
    "PhraseGroupRow",
    "PhraseRow",
    "Rights",
    "SignatureRow",
    "Stored",
    "TemplateRow",
    "WordRow",
]

STATUSES = ("pending", "approved", "rejected")
PHRASE_MAX = 500
PHRASE_GROUP_MAX = 50
TEMPLATE_NAME_MAX = 100
TEMPLATE_MAX = 1000
WORD_MAX = 50
IMPORT_CHUNK = 100_000
# First cells of a word list that name the column rather than being a word.
_WORD_SEPARATORS = re.compile("[,，、;；]")
WORD_HEADERS = frozenset({"word", "words", "sensitive word", "sensitive words", "敏感词", "敏感字", "关键词", "词语"})


def _repo(session: Session) -> LibraryRepository:
    return LibraryRepository(session)


def rights(session: Session) -> Rights:
    return _repo(session).rights()


# ------------------------------------------------------------------------------------------------ phrases


@dataclass(frozen=True)
class PhraseBook:
    """Phrase groups the caller sees (public first) and their phrases."""

    groups: list[PhraseGroupRow]
    phrases: list[PhraseRow]

    def in_group(self, group_id: int) -> list[PhraseRow]:
        return [p for p in self.phrases if p.phrase_group_id == group_id]


def phrase_book(session: Session, text_filter: str = "") -> PhraseBook:
    repo = _repo(session)
    return PhraseBook(repo.phrase_groups(), repo.phrases(text_filter.strip()))


def _phrase_group_name(name: str) -> str:
    clean = (name or "").strip()
    if not clean:
        raise ServiceError("phrase_group_empty", "a phrase group needs a name")
    if len(clean) > PHRASE_GROUP_MAX:
        raise ServiceError("phrase_group_too_long", f"a phrase group name has at most {PHRASE_GROUP_MAX} characters")
    return clean


def _phrase_content(content: str) -> str:
    clean = (content or "").strip()
    if not clean:
        raise ServiceError("phrase_empty", "a phrase cannot be empty")
    if len(clean) > PHRASE_MAX:
        raise ServiceError("phrase_too_long", f"a phrase has at most {PHRASE_MAX} characters")
    return clean


def create_phrase_group(session: Session, name: str, public: bool) -> int:
    clean = _phrase_group_name(name)
    with translate_db_errors():
        return _repo(session).create_phrase_group(clean, public)


def rename_phrase_group(session: Session, group_id: int, name: str) -> None:
    clean = _phrase_group_name(name)
    with translate_db_errors():
        _repo(session).rename_phrase_group(group_id, clean)


def delete_phrase_group(session: Session, group_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_phrase_group(group_id)


def add_phrase(session: Session, group_id: int, content: str) -> int:
    clean = _phrase_content(content)
    with translate_db_errors():
        return _repo(session).add_phrase(group_id, clean)


def update_phrase(session: Session, phrase_id: int, content: str) -> None:
    clean = _phrase_content(content)
    with translate_db_errors():
        _repo(session).update_phrase(phrase_id, clean)


def delete_phrase(session: Session, phrase_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_phrase(phrase_id)


# ------------------------------------------------------------------------------------------------ signatures


def signature_problem(signature: str) -> str | None:
    """The error code for a signature the database would refuse (``signature_too_short``…), or None."""
    code = sms_text.validate_signature(signature)
    return None if code is None else f"signature_{code}"


def check_signature(signature: str) -> str:
    """The signature without its brackets; raises ServiceError("signature_<problem>")."""
    problem = signature_problem(signature)
    if problem:
        raise ServiceError(problem, f"not a usable signature: {signature!r} ({problem})")
    inner = signature.strip()
    if inner.startswith(sms_text.SIGNATURE_OPEN) and inner.endswith(sms_text.SIGNATURE_CLOSE):
        inner = inner[1:-1].strip()
    return inner


def signatures(session: Session) -> list[SignatureRow]:
    """Signatures of the caller's group path and of the groups they oversee, top groups first."""
    return _repo(session).signatures()


def default_signature(rows: Iterable[SignatureRow], group_path_ids: list[int]) -> SignatureRow | None:
    """The signature a user of the group with these ancestor ids (root first) sends with by default:
    the default of the nearest group along the path that has one."""
    defaults = {r.group_id: r for r in rows if r.is_default}
    for group_id in reversed(group_path_ids):
        if group_id in defaults:
            return defaults[group_id]
    return None


def my_default_signature(session: Session) -> str | None:
    """The text (without 【】) of the signature the caller sends with by default, resolved by the database along
    the caller's own group path: never a sibling branch's default, whatever an administrator may read."""
    with translate_db_errors():
        return _repo(session).my_default_signature()


def signature_choices(session: Session) -> tuple[list[SignatureRow], str | None]:
    """The signatures the caller may send with (their own group's and those above it, nearest first) and the text
    of the one they send with by default, as the database lists them (my_signatures): the Send tab's compose and
    template pages show the same choices and the same default."""
    with translate_db_errors():
        rows = _repo(session).my_signatures()
    default = next((row.text for row, chosen in rows if chosen), None)
    return [row for row, _chosen in rows], default


def create_signature(session: Session, group_id: int, signature: str, default: bool = False) -> int:
    inner = check_signature(signature)
    with translate_db_errors():
        return _repo(session).create_signature(group_id, inner, default)


def update_signature(session: Session, signature_id: int, signature: str) -> None:
    inner = check_signature(signature)
    with translate_db_errors():
        _repo(session).update_signature(signature_id, inner)


def set_default_signature(session: Session, signature_id: int) -> None:
    with translate_db_errors():
        _repo(session).set_default_signature(signature_id)


def delete_signature(session: Session, signature_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_signature(signature_id)


# ------------------------------------------------------------------------------------------------ templates


@dataclass(frozen=True)
class TemplatePreview:
    """What the template editor shows while the user types: variables, a sample rendering and its count."""

    variables: tuple[str, ...] = ()
    rendered: str = ""
    measure: sms_text.Measure | None = None
    error: str | None = None  # "template_unclosed"… when the text is malformed
    error_position: int | None = None
    missing: tuple[str, ...] = ()


def preview_template(
    content: str,
    samples: dict[str, str] | None = None,
    *,
    kind: str = "notification",
    signature: str | None = None,
) -> TemplatePreview:
    """Parses and renders ``content`` with ``samples`` (a variable without a sample shows its own name)."""
    try:
        template = Template(content)
    except TemplateError as exc:
        return TemplatePreview(error=f"template_{exc.code}", error_position=exc.position)
    values = {name: (samples or {}).get(name) or name for name in template.variables}
    try:
        rendered = template.render(values)
    except MissingVariables as exc:  # only blank names, which the parser refuses; kept for safety
        return TemplatePreview(variables=template.variables, missing=tuple(exc.names))
    m = sms_text.measure(rendered, signature=signature or None, kind=kind if kind in KINDS else "notification")
    return TemplatePreview(variables=template.variables, rendered=rendered, measure=m)


def check_template(name: str, kind: str, content: str) -> tuple[str, str]:
    """(name, content) stripped; raises ServiceError with a template_* code the console explains."""
    clean_name = (name or "").strip()
    clean = (content or "").strip()
    if not clean_name:
        raise ServiceError("template_name_empty", "a template needs a name")
    if len(clean_name) > TEMPLATE_NAME_MAX:
        raise ServiceError("template_name_too_long", f"a template name has at most {TEMPLATE_NAME_MAX} characters")
    if kind not in KINDS:
        raise ServiceError("invalid", f"unknown message kind {kind!r}")
    if not clean:
        raise ServiceError("template_empty", "a template's text cannot be empty")
    if len(clean) > TEMPLATE_MAX:
        raise ServiceError("template_too_long", f"a template has at most {TEMPLATE_MAX} characters")
    try:
        Template(clean)
    except TemplateError as exc:
        raise ServiceError(f"template_{exc.code}", str(exc)) from exc
    return clean_name, clean


def templates(session: Session, text_filter: str = "", status: str | None = None) -> list[TemplateRow]:
    return _repo(session).templates(text_filter=text_filter.strip(), status=status or None)


def template(session: Session, template_id: int) -> TemplateRow:
    rows = _repo(session).templates(template_id=template_id)
    if not rows:
        raise ServiceError("not_found", f"no template {template_id}")
    return rows[0]


def create_template(
    session: Session, name: str, kind: str, content: str, public: bool = False, group_id: int | None = None
) -> int:
    clean_name, clean = check_template(name, kind, content)
    with translate_db_errors():
        return _repo(session).create_template(clean_name, kind, clean, public, group_id)


def update_template(session: Session, template_id: int, name: str, kind: str, content: str, public: bool) -> None:
    """Any change sends the template back to review (the database does it)."""
    clean_name, clean = check_template(name, kind, content)
    with translate_db_errors():
        _repo(session).update_template(template_id, clean_name, kind, clean, public)


def delete_template(session: Session, template_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_template(template_id)


def review_template(session: Session, template_id: int, approve: bool, reason: str = "") -> None:
    """APR-1, for the approvals tab: reviewers over the group, never the author; a rejection needs a reason."""
    if not approve and not reason.strip():
        raise ServiceError("reason_required", "a rejection needs a reason")
    with translate_db_errors():
        _repo(session).review_template(template_id, approve, reason.strip() or None)


def usable_template(session: Session, template_id: int) -> TemplateRow:
    """The template if the caller may send with it now (approved, theirs or public above them) — for sending."""
    with translate_db_errors():
        if not _repo(session).template_usable(template_id):
            raise ServiceError("template_not_approved", f"template {template_id} is not approved for sending")
        return template(session, template_id)


# ------------------------------------------------------------------------------------------------ words


@dataclass
class WordImport:
    """The outcome of a sensitive-word import."""

    source: str
    read: int = 0  # cells read from the file
    added: int = 0
    existing: int = 0  # already on the list, or given twice
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (row, text, reason) — reason: empty/too_long

    def summary(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "read": self.read,
            "added": self.added,
            "existing": self.existing,
            "rejected": len(self.rejected),
        }


def word_problem(word: str) -> str | None:
    clean = (word or "").strip()
    if not clean:
        return "word_empty"
    if len(clean) > WORD_MAX:
        return "word_too_long"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in clean):
        return "word_bad_chars"
    return None


def words(session: Session, text_filter: str = "", limit: int | None = None) -> list[WordRow]:
    return _repo(session).words(text_filter.strip(), limit)


def add_word(session: Session, word: str) -> Stored:
    problem = word_problem(word)
    if problem:
        raise ServiceError(problem, f"not a usable sensitive word: {word[:60]!r}")
    with translate_db_errors():
        stored = _repo(session).import_words([word.strip()], "")
    if not stored.added:
        raise ServiceError("word_exists", f"{word.strip()!r} is already on the list")
    _forget_words()
    return stored


def delete_words(session: Session, ids: list[int]) -> int:
    with translate_db_errors():
        n = _repo(session).delete_words(list(ids))
    _forget_words()
    return n


def read_word_file(
    path: str | Path, column: str | None = None, *, sheet: str | None = None, encoding: str | None = None
) -> tuple[list[str], list[tuple[int, str, str]], int]:
    """(usable words, rejected (row, text, reason), words read). Without ``column`` every cell of the file
    holds words, several to a cell when separated by commas, 、 or semicolons."""
    from smsdesk.infra import tabular  # pandas: imported on first use, not with the console's tabs

    # A word list has no header (a one-line list is one word, not a header over nothing); a word that names the
    # column ("敏感词") is skipped below. With ``column``, the first row names the columns.
    table = tabular.read_table(path, header=column is not None, sheet=sheet, encoding=encoding)
    frame = table.frame if column is None else table.frame.iloc[:, [table.column_index(column)]]
    cells = frame.to_numpy(dtype=object)
    good: list[str] = []
    rejected: list[tuple[int, str, str]] = []
    read = 0
    first = True
    rows, cols = (cells != "").nonzero()  # only the cells that hold something, row by row
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        row_number = table.row_numbers[i]
        # lists typed by hand put several words on a line: "博彩，六合彩、私彩"
        cell = cells[i, j]
        for word in _WORD_SEPARATORS.split(cell) if column is None else (cell,):
            if column is None and not word.strip():
                continue
            if first and column is None and word.strip().casefold() in WORD_HEADERS:
                first = False
                continue
            first = False
            read += 1
            problem = word_problem(word)
            if problem:
                rejected.append((row_number, word, problem.removeprefix("word_")))
            else:
                good.append(word.strip())
    return good, rejected, read


def import_words(
    session: Session,
    job: JobLike,
    path: str | Path,
    column: str | None = None,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
) -> WordImport:
    """Bulk import (SET-1) with the same file reading as the other imports; importing twice adds nothing."""
    job = job or QuietJob()
    name = Path(path).name
    job.progress(0, 0, name, force=True)
    good, rejected, read = read_word_file(path, column, sheet=sheet, encoding=encoding)
    report = WordImport(source=name, read=read, rejected=rejected)
    if not good:
        raise ServiceError("no_words", f"{name} holds no usable sensitive words ({read} cells read)")
    repo = _repo(session)
    for start in range(0, len(good), IMPORT_CHUNK):
        job.check()
        with translate_db_errors():
            stored = repo.import_words(good[start : start + IMPORT_CHUNK], name)
        report.added += stored.added
        report.existing += stored.existing
        job.progress(min(start + IMPORT_CHUNK, len(good)), len(good), name)
    _forget_words()
    return report


# The rules engine's matcher, rebuilt only when the list changed (one cheap query to find out).
_words_lock = threading.Lock()
_words_cache: dict[str, tuple[tuple, SensitiveWords]] = {}


def _forget_words() -> None:
    with _words_lock:
        _words_cache.clear()


def sensitive_words(session: Session) -> SensitiveWords:
    """The SensitiveWords of this database's current list, shared by every caller until the list changes."""
    repo = _repo(session)
    version = repo.words_version()
    key = f"{version[0]}@{version[1]}"
    with _words_lock:
        cached = _words_cache.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    matcher = SensitiveWords(repo.all_words())
    with _words_lock:
        _words_cache[key] = (version, matcher)
    return matcher


def mask_text(session: Session, content: str) -> tuple[str, list[str]]:
    """The "test text" box: ``content`` with sensitive words masked, and the words found."""
    return sensitive_words(session).mask(content)
