"""The audit tab."""
