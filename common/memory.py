"""The C heap of long-lived workers that pass large, short-lived buffers around."""

from __future__ import annotations

import ctypes
import functools

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter (malloc.h)
MMAP_THRESHOLD = 1 << 20


@functools.cache
def keep_large_buffers_mapped(threshold: int = MMAP_THRESHOLD) -> bool:
    """Have C allocations of `threshold` bytes or more mapped on their own, so that each
    goes back to the system when freed; True where this is set (glibc), else False.

    glibc raises that threshold by itself, up to 32 MiB, whenever a mapped buffer is freed;
    from then on buffers of a few MiB come from the heap, where freed ones stay resident
    and fragment it, and a curate worker's peak memory grew with each round (README,
    measured figures). Setting the threshold turns that adjustment off; once per process.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this process runs on
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, threshold))
