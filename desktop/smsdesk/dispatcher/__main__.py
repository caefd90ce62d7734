"""``python -m smsdesk.dispatcher``: run the dispatcher (what ``smsdesk-dispatcher`` runs)."""

from smsdesk.dispatcher.cli import main

raise SystemExit(main())
