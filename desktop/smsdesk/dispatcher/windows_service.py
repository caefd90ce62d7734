"""The dispatcher as a Windows service (the MSI's DISPATCHER=1 feature, service "SMSDeskDispatcher").

The service control manager starts smsdesk-dispatcher-service.exe, which runs the dispatcher until the service is
stopped; a stop is the same clean stop as SIGTERM (claimed messages go back, outcomes are written). It reads its
name from HKLM\\SOFTWARE\\SMSDesk\\Dispatcher (``name``, set by DISPATCHERNAME), the database from the machine
settings the console uses, and its login's password from %ProgramData%\\SMSDesk\\dispatcher.password (readable
by SYSTEM and Administrators only) or else from the service account's Credential Manager. Windows only (pywin32).
"""

from __future__ import annotations

import io
import os
import sys
import threading
import winreg
from collections.abc import Callable
from pathlib import Path

import servicemanager
import win32service
import win32serviceutil

from smsdesk.dispatcher import cli

SERVICE_NAME = "SMSDeskDispatcher"
REGISTRY_KEY = r"SOFTWARE\SMSDesk\Dispatcher"


def data_dir() -> Path:
    return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "SMSDesk"


def dispatcher_name() -> str:
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY) as key:
            return str(winreg.QueryValueEx(key, "name")[0]).strip() or "dispatcher"
    except OSError:
        return "dispatcher"


def run_dispatcher(on_ready: Callable[[Callable[[], None]], None]) -> int:
    """Runs the dispatcher with the service's settings; logs go to %ProgramData%\\SMSDesk\\logs."""
    logs = data_dir() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    sys.stderr = open(logs / "dispatcher.log", "a", encoding="utf-8", buffering=1)  # noqa: SIM115 (the process's)
    argv = ["--name", dispatcher_name(), "--message-log", str(logs / "dispatcher-messages.log")]
    password_file = data_dir() / "dispatcher.password"
    if password_file.is_file():
        sys.stdin = io.StringIO(password_file.read_text(encoding="utf-8").splitlines()[0] + "\n")
        argv.append("--password-stdin")
    return cli.main(argv, on_ready=on_ready)


def main() -> int:
    class DispatcherService(win32serviceutil.ServiceFramework):
        _svc_name_ = SERVICE_NAME
        _svc_display_name_ = "SMS Desk dispatcher"

        def __init__(self, args) -> None:
            super().__init__(args)
            self._stop: Callable[[], None] | None = None
            self._stopping = threading.Event()

        def SvcStop(self) -> None:
            self.ReportServiceStatus(win32service.SERVICE_STOP_PENDING, waitHint=45_000)
            self._stopping.set()
            if self._stop is not None:
                self._stop()

        def SvcDoRun(self) -> None:
            def ready(stop: Callable[[], None]) -> None:
                self._stop = stop
                if self._stopping.is_set():
                    stop()

            self.ReportServiceStatus(win32service.SERVICE_RUNNING)
            code = run_dispatcher(ready)
            if code != 0 and not self._stopping.is_set():
                # A non-zero exit makes the service manager apply the recovery actions (sc failure ...).
                servicemanager.LogErrorMsg(f"SMS Desk dispatcher exited with status {code}; see {data_dir()}\\logs")
                raise SystemExit(code)

    if len(sys.argv) > 1:  # install / remove / debug by hand, as pywin32's tools allow
        win32serviceutil.HandleCommandLine(DispatcherService)
        return 0
    servicemanager.Initialize()
    servicemanager.PrepareToHostSingle(DispatcherService)
    servicemanager.StartServiceCtrlDispatcher()
    return 0


if __name__ == "__main__":
    sys.exit(main())
