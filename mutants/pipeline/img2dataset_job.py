"""Run img2dataset.download with keyword arguments from a JSON file (`python -m` entry).

img2dataset starts its workers with `spawn`, which re-imports `__main__`: this module's
guard makes that safe wherever `openwit download` itself is called from.
"""

import json
import sys

if __name__ == "__main__":
    from img2dataset import download

    with open(sys.argv[1]) as f:
        download(**json.load(f))
