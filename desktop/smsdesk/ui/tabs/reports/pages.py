"""The pages of the Reports tab. Each page module of this package declares ``PAGE = PageSpec(...)``; the tab finds
them, orders them and shows those the signed-in user may use. A page class takes ``(ctx, parent)``, has a static
``page_title()`` (translated), ``refresh()`` (read again when shown) and ``on_changes(keys)``."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from smsdesk.services.auth import Profile


@dataclass(frozen=True)
class PageSpec:
    key: str  # detail, replies, cost, daily, monthly, complaints
    order: int  # 短信明细 10, 上行短信 20, 发送费用统计 30, 短信日报 40, 短信月报 50, 投诉处理 60
    module: str
    class_name: str
    allowed: Callable[[Profile], bool] = lambda p: True

    @property
    def factory(self) -> Callable:
        return getattr(importlib.import_module(self.module), self.class_name)

    def title(self) -> str:
        return self.factory.page_title()


def page_specs() -> list[PageSpec]:
    import smsdesk.ui.tabs.reports as package

    specs = []
    for info in pkgutil.iter_modules(package.__path__):
        if not info.ispkg and info.name.endswith("_page"):
            spec = getattr(importlib.import_module(f"{package.__name__}.{info.name}"), "PAGE", None)
            if spec is not None:
                specs.append(spec)
    return sorted(specs, key=lambda s: s.order)


def pages_for(profile: Profile) -> list[PageSpec]:
    return [spec for spec in page_specs() if spec.allowed(profile)]
