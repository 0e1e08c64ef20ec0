"""Maps the import packages to the repo's top-level folders (metadata lives in pyproject.toml).

setuptools' declarative `packages.find` cannot rename a folder, and spec/ ships as `bill_spec`.
"""

from setuptools import find_packages, setup

ROOTS = ("generated", "policy", "mock")
packages = [pkg for root in ROOTS for pkg in find_packages(root)]
package_dir = {pkg: f"{root}/{pkg}" for root in ROOTS for pkg in find_packages(root) if "." not in pkg}
package_dir["bill_spec"] = "spec"

setup(packages=[*packages, "bill_spec"], package_dir=package_dir)
