"""Files that travel between computers: bundles of an assessment or of one participant's answers."""
