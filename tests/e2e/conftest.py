"""End-to-end tests run under the same GUI watchdog as the UI tests."""

from tests.ui.conftest import gui_watchdog, prefs, pytest_runtest_call, runner, zh  # noqa: F401
