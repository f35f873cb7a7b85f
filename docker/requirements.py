"""Print what pyproject.toml needs installed, one requirement a line, for `pip install -r`.

`python requirements.py PYPROJECT [EXTRA ...]`: the build system's requirements (so the
project then installs with `--no-build-isolation`), the dependencies and those of the extras
named. The Dockerfiles install these in a layer of their own before the source is copied.
"""

import sys
import tomllib

with open(sys.argv[1], "rb") as f:
    pyproject = tomllib.load(f)
project, extras = pyproject["project"], pyproject["project"].get("optional-dependencies", {})
lines = pyproject["build-system"]["requires"] + project["dependencies"]
print("\n".join(lines + [d for extra in sys.argv[2:] for d in extras[extra]]))
