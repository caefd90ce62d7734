"""Routing (GW-3): which channel carries a carrier's and a kind's messages right now, with failover.

Pure: the dispatcher feeds it the rules and every channel's health once a second and hands the resulting
table to ``claim_batch``, which gives each dispatcher only messages for the channels it binds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from smsdesk.domain.carriers import CARRIER_NAMES
from smsdesk.domain.kinds import KINDS

ANY_CARRIER = "*"  # in the route table: every carrier without an entry of its own
HOLD = -1  # in the route table: no channel can take these now; they wait in the queue


@dataclass(frozen=True, slots=True)
class ChannelState:
    id: int
    name: str
    status: str  # idle, binding, up, down, failing, disabled
    enabled: bool
    fresh: bool  # its dispatcher reported within the last few seconds

    @property
    def usable(self) -> bool:
        return self.enabled and self.fresh and self.status == "up"

    @property
    def degraded(self) -> bool:
        """Failing but bound: better than nothing when no healthy channel can take the traffic."""
        return self.enabled and self.fresh and self.status == "failing"


@dataclass(frozen=True, slots=True)
class Rule:
    channel_id: int
    carrier: str | None  # None: any carrier
    kind: str | None  # None: any kind
    priority: int = 100  # lower wins
    backup_channel_id: int | None = None

    def matches(self, carrier: str | None, kind: str) -> bool:
        return (self.carrier is None or self.carrier == carrier) and (self.kind is None or self.kind == kind)

    @property
    def specificity(self) -> int:
        return (self.carrier is not None) + (self.kind is not None)


def choose(rules: Sequence[Rule], states: dict[int, ChannelState], carrier: str | None, kind: str) -> int | None:
    """The channel for one (carrier, kind): the best matching rule's channel if healthy, else its backup,
    else the next rule; failing-but-bound channels only when nothing healthy is left; None: hold."""
    matching = sorted((r for r in rules if r.matches(carrier, kind)), key=lambda r: (r.priority, -r.specificity))
    for acceptable in (lambda s: s.usable, lambda s: s.degraded):
        for rule in matching:
            for candidate in (rule.channel_id, rule.backup_channel_id):
                state = states.get(candidate) if candidate is not None else None
                if state is not None and acceptable(state):
                    return candidate
    return None


def route_table(
    rules: Sequence[Rule], states: Iterable[ChannelState], kinds: Iterable[str] = KINDS
) -> tuple[list[str], list[str], list[int]]:
    """Parallel arrays (kind, carrier or '*', channel or HOLD) for ``claim_batch``."""
    by_id = {s.id: s for s in states}
    carriers = list(dict.fromkeys([*CARRIER_NAMES, *(r.carrier for r in rules if r.carrier)]))
    out_kinds: list[str] = []
    out_carriers: list[str] = []
    out_channels: list[int] = []
    for kind in kinds:
        for carrier in (*carriers, ANY_CARRIER):
            channel = choose(rules, by_id, None if carrier == ANY_CARRIER else carrier, kind)
            out_kinds.append(kind)
            out_carriers.append(carrier)
            out_channels.append(HOLD if channel is None else channel)
    return out_kinds, out_carriers, out_channels


def parse_routing(data: dict) -> tuple[list[Rule], list[ChannelState]]:
    """The JSON of ``smsdesk.dispatch_routing()``."""
    rules = [
        Rule(
            int(r["channel_id"]),
            r.get("carrier"),
            r.get("kind"),
            int(r.get("priority") or 100),
            None if r.get("backup_channel_id") is None else int(r["backup_channel_id"]),
        )
        for r in data.get("rules") or []
    ]
    states = [
        ChannelState(int(c["id"]), str(c["name"]), str(c["status"]), bool(c["enabled"]), bool(c.get("fresh")))
        for c in data.get("channels") or []
    ]
    return rules, states
