"""The workshop view: where participants agree or diverge, and the group's consensus."""
