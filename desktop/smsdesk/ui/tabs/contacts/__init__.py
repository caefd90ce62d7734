"""Contacts: each user's address book (groups of any depth, contacts, import, export); administrators also see
the address books of every user below them (BOOK-1..BOOK-3)."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="contacts",
    order=30,
    module="smsdesk.ui.tabs.contacts.contacts_tab",
    class_name="ContactsTab",
    allowed=lambda p: True,
)
