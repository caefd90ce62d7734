"""The smsdesk-admin command line for IT and automation."""
