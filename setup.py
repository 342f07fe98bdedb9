"""Build hooks that pyproject.toml cannot express: the top-level ``resources/`` folder ships
inside the package as ``sseassess.resources``."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["sseassess", "sseassess.*"]), "sseassess.resources"],
    package_dir={"sseassess.resources": "resources"},
)
