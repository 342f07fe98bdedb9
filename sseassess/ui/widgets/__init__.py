"""Widgets shared by pages and dialogs: labels, charts, tables, the indicator editor."""
