"""``python -m smsdesk.simsc``: run the SMSC simulator."""

from smsdesk.simsc.cli import main

raise SystemExit(main())
