"""The organisation tab."""
