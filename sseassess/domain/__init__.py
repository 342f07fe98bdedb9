"""Pure domain: the framework model, its loader, answers and scoring (no Qt, no SQL)."""
