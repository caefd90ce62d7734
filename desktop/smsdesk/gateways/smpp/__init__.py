"""SMPP 3.4 driver: the PDU codec, delivery receipts, and the asyncio ESME session.

Layers, kept apart on purpose: ``pdu`` and ``receipt`` are pure (no sockets, no clock),
``ratelimit`` holds the pacing arithmetic, ``session`` owns the TCP links, the send window
and the timers. Routing and the outbox live above this package.
"""
