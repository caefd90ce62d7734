"""Wire protocols to SMS gateways (SMPP now, CMPP beside it later), used by the dispatcher and the simulator alike.

Nothing here knows the database, the console or the dispatcher's decisions: a driver encodes, decodes and keeps
its links; what a message means is decided above it.
"""
