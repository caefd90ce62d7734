"""Message templates with 【name】 variables (TPL-1, SET-4): parse once, render per recipient."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import Decimal

OPEN = "【"
CLOSE = "】"

TEMPLATE_ERRORS: tuple[str, ...] = ("not_text", "unclosed", "nested", "empty_name", "unopened")


class TemplateError(ValueError):
    """A malformed template; ``code`` is one of TEMPLATE_ERRORS, ``position`` a character index."""

    def __init__(self, code: str, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.position = position


class MissingVariables(ValueError):
    """Rendering lacked values; ``names`` lists every missing variable in template order."""

    def __init__(self, names: list[str]) -> None:
        super().__init__("missing values for: " + ", ".join(names))
        self.names = names


class Template:
    """A template such as "尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳".

    The signature is a separate field of a send and is never parsed out of the text: any 【…】 here
    is a variable. Names are stripped of surrounding blanks.
    """

    __slots__ = ("_pieces", "text", "variables")

    def __init__(self, text: object) -> None:
        if not isinstance(text, str):
            raise TemplateError("not_text", f"a template must be text, not {type(text).__name__}")
        self.text = text
        # Even indexes are literal text, odd indexes are variable names.
        self._pieces: tuple[str, ...] = tuple(_parse(text))
        self.variables: tuple[str, ...] = tuple(dict.fromkeys(self._pieces[1::2]))

    def __repr__(self) -> str:
        return f"Template({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Template) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def missing(self, values: Mapping[str, object]) -> list[str]:
        """Variables with no usable value in ``values`` (absent, None, NaN, blank), in template order."""
        return [name for name in self.variables if _value_text(_lookup(values, name)) is None]

    def render(self, values: Mapping[str, object]) -> str:
        """The content for one recipient; raises MissingVariables naming every variable without a value.

        ``values`` may be a dict or anything with ``get`` (a pandas row works). Whole floats, as a
        spreadsheet column with blanks delivers them, render without ".0"; midnight datetimes as dates.
        """
        texts: dict[str, str] = {}
        missing: list[str] = []
        for name in self.variables:
            text = _value_text(_lookup(values, name))
            if text is None:
                missing.append(name)
            else:
                texts[name] = text
        if missing:
            raise MissingVariables(missing)
        pieces = self._pieces
        return "".join(piece if i % 2 == 0 else texts[piece] for i, piece in enumerate(pieces))


def _parse(text: str) -> list[str]:
    pieces: list[str] = []
    literal_start = 0
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == OPEN:
            if open_at is not None:
                raise TemplateError("nested", f"「{OPEN}」 at position {i + 1} opens inside another variable", i)
            open_at = i
        elif ch == CLOSE:
            if open_at is None:
                raise TemplateError("unopened", f"「{CLOSE}」 at position {i + 1} closes nothing", i)
            name = text[open_at + 1 : i].strip()
            if not name:
                raise TemplateError("empty_name", f"the variable at position {open_at + 1} has no name", open_at)
            pieces.append(text[literal_start:open_at])
            pieces.append(name)
            literal_start = i + 1
            open_at = None
    if open_at is not None:
        raise TemplateError("unclosed", f"「{OPEN}」 at position {open_at + 1} is never closed", open_at)
    pieces.append(text[literal_start:])
    return pieces


def _lookup(values: object, name: str) -> object:
    getter = getattr(values, "get", None)
    if callable(getter):
        try:
            return getter(name)
        except (KeyError, IndexError, TypeError):
            return None
    try:
        return values[name]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return None


def _value_text(value: object) -> str | None:
    """The text a value renders as, or None when it counts as missing."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else str(value)
    if isinstance(value, Decimal):
        return None if value.is_nan() else str(value)
    if isinstance(value, dt.datetime):
        if type(value).__name__ == "NaTType":
            return None
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    text = str(value)
    return text if text.strip() else None
