"""Fault injection for the kill-and-rerun tests: with `OPENWIT_KILL_AFTER=STEP` set, a job
kills its whole process group with SIGKILL right after STEP, as `kill -9` would, so a test
can stop it at a known point instead of after a guessed sleep."""

from __future__ import annotations

import os
import signal

KILL_AFTER = "OPENWIT_KILL_AFTER"


def reached(step: str) -> None:
    """Mark that `step` is done; kill the job here if the tests asked for it."""
    if os.environ.get(KILL_AFTER) == step:
        os.killpg(os.getpgrp(), signal.SIGKILL)
