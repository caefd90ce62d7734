"""The console's tabs. Each tab package ``ui/tabs/<tab>/`` declares ``TAB = TabSpec(...)`` in its
``__init__.py``; they are found here, ordered, and shown only to the roles their spec allows."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from smsdesk.services.auth import Profile


@dataclass(frozen=True)
class TabSpec:
    """The tab class has ``tab_title()`` (static, translated), ``refresh()`` and ``on_changes(keys)``."""

    key: str
    order: int  # position in the tab bar, smallest first
    module: str  # where the tab class lives, imported only when the window is built
    class_name: str
    allowed: Callable[[Profile], bool]

    @property
    def factory(self) -> Callable:
        return getattr(importlib.import_module(self.module), self.class_name)

    def title(self) -> str:
        return self.factory.tab_title()


def tab_specs() -> list[TabSpec]:
    import smsdesk.ui.tabs as package

    specs = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.ispkg:
            spec = getattr(importlib.import_module(f"{package.__name__}.{info.name}"), "TAB", None)
            if spec is not None:
                specs.append(spec)
    return sorted(specs, key=lambda s: s.order)


def tabs_for(profile: Profile) -> list[TabSpec]:
    return [spec for spec in tab_specs() if spec.allowed(profile)]
