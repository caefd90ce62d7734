"""SMPP 3.4 driver: the PDU codec, delivery receipts, message parts, and the asyncio ESME session.

Layers, kept apart on purpose: ``pdu``, ``receipt``, ``alphabet`` and ``parts`` are pure (no sockets, no
clock), ``ratelimit`` holds the pacing arithmetic, ``stream`` is one TCP connection at either end (framing and
coalesced writes), ``session`` owns the ESME's links, the send window and the timers. The dispatcher and the
SMSC simulator both build on it; routing, the outbox and what an outcome means live above this package.
"""
