"""The PySide6 console."""
