"""The trial simulator is started with what a top-level administrator set (GW-6): the setting becomes its command
line, and the simulator's own parser takes that command line."""

from __future__ import annotations

from smsdesk.services.dispatch_host import simulator_args
from smsdesk.simsc.config import FailMix


def test_the_setting_becomes_the_simulators_command_line():
    args = simulator_args({"latency_ms": 250, "reply_rate": 0.1, "fail_mix": {"delivered": 50, "sys_error": 50}})
    assert args == ["--latency-ms", "250", "--reply-rate", "0.1", "--fail-mix", "delivered=50,sys_error=50"]
    mix = FailMix.parse(args[-1])
    assert mix.share("sys_error") == 0.5


def test_missing_values_keep_the_trials_defaults():
    assert simulator_args(None) == ["--latency-ms", "2", "--reply-rate", "0.03"]
    assert simulator_args({"latency_ms": 0}) == ["--latency-ms", "0", "--reply-rate", "0.03"]
