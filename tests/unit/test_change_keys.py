"""Change keys: every key a tab listens for is sent by some write of the console, and writes declare typed keys.

Read from the console's source (ui/). A write declares its keys in a ``changes=`` argument (``runner.write``, a
library section's ``write``) or in a constant whose name ends in ``changes`` that such an argument uses (a
library section's class attribute ``changes``, the approvals tab's ``DECISION_CHANGES``). Every other place
that names a ``Change`` member listens for it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from smsdesk.ui.changes import Change

UI = Path(__file__).resolve().parents[2] / "desktop" / "smsdesk" / "ui"


def _members(node: ast.AST) -> set[str]:
    """The Change members named anywhere below ``node``."""
    return {
        sub.attr
        for sub in ast.walk(node)
        if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "Change"
    }


def _names(node: ast.AST) -> set[str]:
    """Names and attribute names used below ``node`` (``DECISION_CHANGES``, ``self.changes``)."""
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            found.add(sub.attr)
    return found


def _strings(node: ast.AST) -> list[str]:
    return [sub.value for sub in ast.walk(node) if isinstance(sub, ast.Constant) and isinstance(sub.value, str)]


def classify(sources: dict[str, str]) -> tuple[set[str], set[str], list[str]]:
    """(keys sent, keys listened for, untyped keys) of the modules in ``sources`` (name -> source text)."""
    sent: set[str] = set()
    listened: set[str] = set()
    untyped: list[str] = []
    constants: dict[str, set[str]] = {}  # name -> members, for assignments to ...changes
    used_in_writes: set[str] = set()
    declared: set[int] = set()  # ids of nodes already counted as declarations
    for name, source in sources.items():
        tree = ast.parse(source, filename=name)
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "changes":
                sent |= _members(node.value)
                used_in_writes |= _names(node.value)
                untyped += [f"{name}: {s!r}" for s in _strings(node.value)]
                declared |= {id(sub) for sub in ast.walk(node.value)}
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    label = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
                    if label.lower().endswith("changes") and node.value is not None:
                        constants.setdefault(label, set()).update(_members(node.value))
                        declared |= {id(sub) for sub in ast.walk(node.value)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "Change"
                and id(node) not in declared
            ):
                listened.add(node.attr)
    for label, members in constants.items():
        if label in used_in_writes:
            sent |= members
        else:
            listened |= members
    return sent, listened, untyped


def _console_sources() -> dict[str, str]:
    return {
        str(path.relative_to(UI)): path.read_text(encoding="utf-8")
        for path in UI.rglob("*.py")
        if path.name != "changes.py"
    }


def test_every_key_a_tab_listens_for_is_sent_by_some_write():
    sent, listened, _ = classify(_console_sources())
    assert listened, "no tab listens for any change: the reading of the source is broken"
    assert not listened - sent, f"tabs listen for keys no write sends: {sorted(listened - sent)}"


def test_every_key_is_sent_and_heard():
    sent, listened, _ = classify(_console_sources())
    members = {member.name for member in Change}
    assert sent <= members and listened <= members
    assert members - sent == set(), f"keys no write sends: {sorted(members - sent)}"
    assert members - listened - sent == set()


def test_writes_declare_typed_keys():
    _, _, untyped = classify(_console_sources())
    assert not untyped, f"change keys given as plain strings: {untyped}"


def test_the_check_catches_a_key_nobody_sends():
    listening = "def on_changes(self, keys):\n    if Change.TASKS in keys or Change.WORDS in keys:\n        pass\n"
    writing = "runner.write(fn, changes={Change.TASKS})\nLOCAL_CHANGES = frozenset({Change.QUOTA})\n"
    sent, listened, _ = classify({"tab.py": listening, "dialog.py": writing})
    assert sent == {"TASKS"}  # LOCAL_CHANGES is never passed to a write: its keys count as listened for
    assert listened - sent == {"WORDS", "QUOTA"}
    _, _, untyped = classify({"old.py": 'runner.write(fn, changes={"tasks"})\n'})
    assert untyped == ["old.py: 'tasks'"]
