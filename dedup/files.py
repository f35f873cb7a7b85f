"""Atomic output files (temp file + rename) so a killed job never leaves half a file."""

from __future__ import annotations

import json
import os
import uuid


def write_bytes_atomic(path: str, data: bytes) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_text_atomic(path: str, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: str, obj) -> None:
    write_text_atomic(path, json.dumps(obj, indent=2, sort_keys=False) + "\n")


def write_lines_atomic(path: str, lines: list[str]) -> None:
    write_text_atomic(path, "".join(f"{line}\n" for line in lines))
