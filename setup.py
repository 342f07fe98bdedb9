"""Build steps that pyproject.toml cannot express.

* the top-level ``resources/`` folder ships inside the package as ``sseassess.resources``;
* translation catalogs (``translations/*.po``, ``*.ts``) are compiled into the wheel.
"""

import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).parent / "packaging"))


class BuildWithTranslations(build_py):
    """Compile the ``.mo`` and ``.qm`` catalogs next to the built package."""

    def run(self) -> None:
        super().run()
        from build_translations import compile_all

        if not self.editable_mode:
            compile_all(Path(self.build_lib) / "sseassess")


setup(
    packages=[*find_packages(include=["sseassess", "sseassess.*"]), "sseassess.resources"],
    package_dir={"sseassess.resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
