"""The SMSC simulator: a real SMPP server process for trial mode and tests."""
