"""Build steps that pyproject.toml cannot express.

* the top-level ``resources/`` folder ships inside the package as ``sseassess.resources``;
* translation catalogs (``translations/*.po``, ``*.ts``) are compiled into the wheel.

Folders of data files (``resources/fonts``, the migration scripts' ``versions``) are listed
as namespace packages: Python can import them, so setuptools wants them named, and warns
for each one that is not.
"""

import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).parent / "packaging"))


class BuildWithTranslations(build_py):
    """Compile the ``.mo`` and ``.qm`` catalogs next to the built package."""

    def run(self) -> None:
        super().run()
        from build_translations import compile_all

        if not self.editable_mode:
            compile_all(Path(self.build_lib) / "sseassess")


#: An editable install (``pip install -e .``, as the set-up scripts do) runs the checkout in
#: place, where the code finds ``resources/`` by itself (``sseassess/resource_files.py``).
#: Without the mapping the layout is plain, so setuptools adds the checkout to the path
#: instead of installing an import finder of its own (and printing a warning about it).
EDITABLE = "editable_wheel" in sys.argv


def _packages() -> list[str]:
    skip = ["*__pycache__*", "*.egg-info*"]
    code = find_namespace_packages(include=["sseassess", "sseassess.*"], exclude=skip)
    data = find_namespace_packages("resources", exclude=skip)
    if EDITABLE:
        return code
    return [*code, "sseassess.resources", *(f"sseassess.resources.{name}" for name in data)]


setup(
    packages=_packages(),
    package_dir={"": "."} if EDITABLE else {"sseassess.resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
