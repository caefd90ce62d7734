"""Library: phrases, signatures, templates, sensitive words and blacklists (SET-1..SET-5, TPL-1)."""

from smsdesk.ui.tabs import TabSpec

# Everyone has phrases and templates; the sections an operator may not change are read-only or hidden,
# as the database enforces.
TAB = TabSpec(
    key="library",
    order=50,
    module="smsdesk.ui.tabs.library.library_tab",
    class_name="LibraryTab",
    allowed=lambda p: True,
)
