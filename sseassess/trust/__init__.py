"""Keys, PDF signatures and their inspection (pyHanko, cryptography): no Qt, no SQL."""
