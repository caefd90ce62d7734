"""Dispatcher and SMPP tests: the codec, session fault handling, a channel alone, the SMSC simulator over real TCP,
and the dispatcher against a real database."""
