"""Runtime data files (frameworks, demo, fonts) shipped inside the package."""
