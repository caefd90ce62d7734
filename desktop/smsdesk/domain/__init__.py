"""The SMS rules: text, numbers, words, templates, schedule, pricing. No Qt, no SQL."""
