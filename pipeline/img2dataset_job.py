"""Run img2dataset.download with keyword arguments from a JSON file (`python -m` entry).

img2dataset starts its workers with `spawn`, which re-imports this module as `__mp_main__`
in each of them: the guard installed at the top level below is what every worker downloads
through (img2dataset calls `urllib.request.urlopen`). The `__main__` check makes the
re-import safe wherever `openwit download` itself is called from.
"""

import json
import sys

from pipeline import guard

guard.install()  # here and in every spawned worker; fails without the guard's settings

if __name__ == "__main__":
    from img2dataset import download

    with open(sys.argv[1]) as f:
        download(**json.load(f))
