"""The gateway process: takes queued messages from the database and sends them over SMPP."""
