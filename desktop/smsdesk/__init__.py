"""SMS Desk: desktop operator console for enterprise bulk SMS."""

__version__ = "0.1.0"
