"""Dispatcher tests: SMPP codec, session fault handling, and the SMSC simulator over real TCP."""
