"""Exact Hamming range search by the pigeonhole principle (multi-index hashing).

Split b-bit codes into m disjoint chunks. Two codes within r bits of each other differ in at
most s = r // m bits in at least one chunk. The evaluation side is small, so every one of its
chunks is stored with all its variants within s bits (sorted, one table per chunk); a training
code then needs m exact lookups, and the few candidates these return are checked with a full
popcount. Exact: it returns the same pairs as a brute-force search (tests check this).
Norouzi, Punjani and Fleet, "Fast Exact Search in Hamming Space with Multi-Index Hashing"
(2014) describe the query-side variant; storing the variants on the small side instead keeps
the per-query work to m lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from math import comb

import numpy as np

MAX_TABLE_BYTES = 256 * 2**20  # all chunk tables of one index together
DENSE_BITS = 22  # chunks this narrow get a direct offset array instead of a binary search
# Per-query costs in nanoseconds, measured on the 2-core development machine (numpy 2,
# faiss-cpu 1 thread); a flat scan's cost per pair is divided by faiss's thread count.
NS_DENSE_LOOKUP, NS_SORTED_LOOKUP, NS_CANDIDATE, NS_FLAT_PAIR = 90.0, 400.0, 15.0, 0.5


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁPlanǁmemory__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPlanǁcost__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Plan:
    """m chunks of the given widths, each stored with its variants within `flips` bits."""

    widths: tuple[int, ...]
    flips: int

    @property
    def variants(self) -> list[int]:
        return [sum(comb(w, i) for i in range(self.flips + 1)) for w in self.widths]

    @_mutmut_mutated(mutants_xǁPlanǁmemory__mutmut)
    def memory(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_orig(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_1(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = None
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_2(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 1
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_3(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(None, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_4(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, None, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_5(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=None):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_6(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_7(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_8(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, ):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_9(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=False):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_10(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = None
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_11(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width < DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_12(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total = n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_13(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total -= n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_14(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) - (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_15(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants / (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_16(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n / variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_17(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if (dense) and False else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_18(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if (dense) or True else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_19(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (5 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_20(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 13) + (8 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_21(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if (dense) and False else 0)
        return total

    def xǁPlanǁmemory__mutmut_22(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if (dense) or True else 0)
        return total

    def xǁPlanǁmemory__mutmut_23(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 / 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_24(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (9 * 2**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_25(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2 * width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_26(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 3**width if dense else 0)
        return total

    def xǁPlanǁmemory__mutmut_27(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 1)
        return total

    @_mutmut_mutated(mutants_xǁPlanǁcost__mutmut)
    def cost(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_orig(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_1(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = None
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_2(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 1.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_3(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(None, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_4(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, None, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_5(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=None):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_6(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_7(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_8(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, ):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_9(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=False):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_10(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = None
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_11(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if (width <= DENSE_BITS) and False else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_12(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if (width <= DENSE_BITS) or True else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_13(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width < DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_14(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns = lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_15(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns -= lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_16(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup - NS_CANDIDATE * n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_17(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants * 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_18(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n / variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_19(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE / n * variants / 2.0**width
        return ns

    def xǁPlanǁcost__mutmut_20(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0 * width
        return ns

    def xǁPlanǁcost__mutmut_21(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 3.0**width
        return ns

mutants_xǁPlanǁmemory__mutmut['_mutmut_orig'] = Plan.xǁPlanǁmemory__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_1'] = Plan.xǁPlanǁmemory__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_2'] = Plan.xǁPlanǁmemory__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_3'] = Plan.xǁPlanǁmemory__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_4'] = Plan.xǁPlanǁmemory__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_5'] = Plan.xǁPlanǁmemory__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_6'] = Plan.xǁPlanǁmemory__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_7'] = Plan.xǁPlanǁmemory__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_8'] = Plan.xǁPlanǁmemory__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_9'] = Plan.xǁPlanǁmemory__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_10'] = Plan.xǁPlanǁmemory__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_11'] = Plan.xǁPlanǁmemory__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_12'] = Plan.xǁPlanǁmemory__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_13'] = Plan.xǁPlanǁmemory__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_14'] = Plan.xǁPlanǁmemory__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_15'] = Plan.xǁPlanǁmemory__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_16'] = Plan.xǁPlanǁmemory__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_17'] = Plan.xǁPlanǁmemory__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_18'] = Plan.xǁPlanǁmemory__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_19'] = Plan.xǁPlanǁmemory__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_20'] = Plan.xǁPlanǁmemory__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_21'] = Plan.xǁPlanǁmemory__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_22'] = Plan.xǁPlanǁmemory__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_23'] = Plan.xǁPlanǁmemory__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_24'] = Plan.xǁPlanǁmemory__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_25'] = Plan.xǁPlanǁmemory__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_26'] = Plan.xǁPlanǁmemory__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPlanǁmemory__mutmut['xǁPlanǁmemory__mutmut_27'] = Plan.xǁPlanǁmemory__mutmut_27 # type: ignore # mutmut generated

mutants_xǁPlanǁcost__mutmut['_mutmut_orig'] = Plan.xǁPlanǁcost__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_1'] = Plan.xǁPlanǁcost__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_2'] = Plan.xǁPlanǁcost__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_3'] = Plan.xǁPlanǁcost__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_4'] = Plan.xǁPlanǁcost__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_5'] = Plan.xǁPlanǁcost__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_6'] = Plan.xǁPlanǁcost__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_7'] = Plan.xǁPlanǁcost__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_8'] = Plan.xǁPlanǁcost__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_9'] = Plan.xǁPlanǁcost__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_10'] = Plan.xǁPlanǁcost__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_11'] = Plan.xǁPlanǁcost__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_12'] = Plan.xǁPlanǁcost__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_13'] = Plan.xǁPlanǁcost__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_14'] = Plan.xǁPlanǁcost__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_15'] = Plan.xǁPlanǁcost__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_16'] = Plan.xǁPlanǁcost__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_17'] = Plan.xǁPlanǁcost__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_18'] = Plan.xǁPlanǁcost__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_19'] = Plan.xǁPlanǁcost__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_20'] = Plan.xǁPlanǁcost__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPlanǁcost__mutmut['xǁPlanǁcost__mutmut_21'] = Plan.xǁPlanǁcost__mutmut_21 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plan_for__mutmut)
def plan_for(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_orig(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_1(bits: int, radius: int, n: int, threads: int = 2) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_2(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_3(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n * threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_4(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR / n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_5(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(None, bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_6(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), None):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_7(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_8(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), ):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_9(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(None, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_10(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, None), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_11(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(-(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_12(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, ), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_13(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(2, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_14(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, +(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_15(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits / 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_16(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(+bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_17(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 65)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_18(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits - 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_19(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 2):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_20(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = None
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_21(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(None)
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_22(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m - (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_23(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits / m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_24(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i <= bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_25(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits / m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_26(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(None))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_27(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = None
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_28(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(None, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_29(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, None)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_30(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_31(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, )
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_32(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius / m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_33(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(None) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_34(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) >= MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_35(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            break
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_36(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(None) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_37(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) <= best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def x_plan_for__mutmut_38(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = None
    return best


def x_plan_for__mutmut_39(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(None)
    return best

mutants_x_plan_for__mutmut['_mutmut_orig'] = x_plan_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_1'] = x_plan_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_2'] = x_plan_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_3'] = x_plan_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_4'] = x_plan_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_5'] = x_plan_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_6'] = x_plan_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_7'] = x_plan_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_8'] = x_plan_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_9'] = x_plan_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_10'] = x_plan_for__mutmut_10 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_11'] = x_plan_for__mutmut_11 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_12'] = x_plan_for__mutmut_12 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_13'] = x_plan_for__mutmut_13 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_14'] = x_plan_for__mutmut_14 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_15'] = x_plan_for__mutmut_15 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_16'] = x_plan_for__mutmut_16 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_17'] = x_plan_for__mutmut_17 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_18'] = x_plan_for__mutmut_18 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_19'] = x_plan_for__mutmut_19 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_20'] = x_plan_for__mutmut_20 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_21'] = x_plan_for__mutmut_21 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_22'] = x_plan_for__mutmut_22 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_23'] = x_plan_for__mutmut_23 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_24'] = x_plan_for__mutmut_24 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_25'] = x_plan_for__mutmut_25 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_26'] = x_plan_for__mutmut_26 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_27'] = x_plan_for__mutmut_27 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_28'] = x_plan_for__mutmut_28 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_29'] = x_plan_for__mutmut_29 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_30'] = x_plan_for__mutmut_30 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_31'] = x_plan_for__mutmut_31 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_32'] = x_plan_for__mutmut_32 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_33'] = x_plan_for__mutmut_33 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_34'] = x_plan_for__mutmut_34 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_35'] = x_plan_for__mutmut_35 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_36'] = x_plan_for__mutmut_36 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_37'] = x_plan_for__mutmut_37 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_38'] = x_plan_for__mutmut_38 # type: ignore # mutmut generated
mutants_x_plan_for__mutmut['x_plan_for__mutmut_39'] = x_plan_for__mutmut_39 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_chunk_keys__mutmut)
def chunk_keys(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_orig(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_1(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = None
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_2(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(None, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_3(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=None, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_4(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder=None)
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_5(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_6(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_7(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, )
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_8(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=2, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_9(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="XXlittleXX")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_10(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="LITTLE")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_11(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = None
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_12(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 1
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_13(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = None
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_14(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(None, axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_15(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=None, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_16(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder=None)
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_17(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_18(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_19(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, )
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_20(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start - width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_21(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=2, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_22(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="XXlittleXX")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_23(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="LITTLE")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_24(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = None
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_25(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros(None, np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_26(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), None)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_27(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros(np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_28(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), )
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_29(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 9), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_30(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = None
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_31(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[2]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_32(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(None)
        start += width
    return keys


def x_chunk_keys__mutmut_33(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(None).ravel())
        start += width
    return keys


def x_chunk_keys__mutmut_34(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start = width
    return keys


def x_chunk_keys__mutmut_35(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start -= width
    return keys

mutants_x_chunk_keys__mutmut['_mutmut_orig'] = x_chunk_keys__mutmut_orig # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_1'] = x_chunk_keys__mutmut_1 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_2'] = x_chunk_keys__mutmut_2 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_3'] = x_chunk_keys__mutmut_3 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_4'] = x_chunk_keys__mutmut_4 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_5'] = x_chunk_keys__mutmut_5 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_6'] = x_chunk_keys__mutmut_6 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_7'] = x_chunk_keys__mutmut_7 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_8'] = x_chunk_keys__mutmut_8 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_9'] = x_chunk_keys__mutmut_9 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_10'] = x_chunk_keys__mutmut_10 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_11'] = x_chunk_keys__mutmut_11 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_12'] = x_chunk_keys__mutmut_12 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_13'] = x_chunk_keys__mutmut_13 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_14'] = x_chunk_keys__mutmut_14 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_15'] = x_chunk_keys__mutmut_15 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_16'] = x_chunk_keys__mutmut_16 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_17'] = x_chunk_keys__mutmut_17 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_18'] = x_chunk_keys__mutmut_18 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_19'] = x_chunk_keys__mutmut_19 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_20'] = x_chunk_keys__mutmut_20 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_21'] = x_chunk_keys__mutmut_21 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_22'] = x_chunk_keys__mutmut_22 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_23'] = x_chunk_keys__mutmut_23 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_24'] = x_chunk_keys__mutmut_24 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_25'] = x_chunk_keys__mutmut_25 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_26'] = x_chunk_keys__mutmut_26 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_27'] = x_chunk_keys__mutmut_27 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_28'] = x_chunk_keys__mutmut_28 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_29'] = x_chunk_keys__mutmut_29 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_30'] = x_chunk_keys__mutmut_30 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_31'] = x_chunk_keys__mutmut_31 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_32'] = x_chunk_keys__mutmut_32 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_33'] = x_chunk_keys__mutmut_33 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_34'] = x_chunk_keys__mutmut_34 # type: ignore # mutmut generated
mutants_x_chunk_keys__mutmut['x_chunk_keys__mutmut_35'] = x_chunk_keys__mutmut_35 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_flip_masks__mutmut)
def flip_masks(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_orig(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_1(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = None
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_2(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(None)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_3(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 >> bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_4(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(2 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_5(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(None)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_6(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips - 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_7(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 2)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_8(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(None, count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_9(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), None)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_10(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_11(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), )
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_12(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(None), count)
    ]
    return np.array(masks, dtype=np.uint64)


def x_flip_masks__mutmut_13(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(None, dtype=np.uint64)


def x_flip_masks__mutmut_14(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=None)


def x_flip_masks__mutmut_15(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(dtype=np.uint64)


def x_flip_masks__mutmut_16(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, )

mutants_x_flip_masks__mutmut['_mutmut_orig'] = x_flip_masks__mutmut_orig # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_1'] = x_flip_masks__mutmut_1 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_2'] = x_flip_masks__mutmut_2 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_3'] = x_flip_masks__mutmut_3 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_4'] = x_flip_masks__mutmut_4 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_5'] = x_flip_masks__mutmut_5 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_6'] = x_flip_masks__mutmut_6 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_7'] = x_flip_masks__mutmut_7 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_8'] = x_flip_masks__mutmut_8 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_9'] = x_flip_masks__mutmut_9 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_10'] = x_flip_masks__mutmut_10 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_11'] = x_flip_masks__mutmut_11 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_12'] = x_flip_masks__mutmut_12 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_13'] = x_flip_masks__mutmut_13 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_14'] = x_flip_masks__mutmut_14 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_15'] = x_flip_masks__mutmut_15 # type: ignore # mutmut generated
mutants_x_flip_masks__mutmut['x_flip_masks__mutmut_16'] = x_flip_masks__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁChunkTableǁlookup__mutmut: MutantDict = {}  # type: ignore


class ChunkTable:
    """The variant keys of one chunk, grouped by key, and the evaluation row of each.

    Narrow chunks (<= DENSE_BITS) keep a direct offset per possible key; wider ones keep the
    sorted keys and binary-search them.
    """

    @_mutmut_mutated(mutants_xǁChunkTableǁ__init____mutmut)
    def __init__(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_orig(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_1(self, keys: np.ndarray, width: int, flips: int):
        masks = None
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_2(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(None, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_3(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, None)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_4(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_5(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, )
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_6(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = None
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_7(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] & masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_8(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_9(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS or len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_10(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width < DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_11(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) <= 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_12(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2 * 32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_13(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 3**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_14(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**33:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_15(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = None
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_16(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) & np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_17(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants >> np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_18(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(None)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_19(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(33)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_20(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(None, dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_21(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=None)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_22(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_23(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), )
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_24(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = None
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_25(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed | np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_26(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(None)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_27(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(4294967296)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_28(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = None
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_29(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(None, minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_30(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=None)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_31(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_32(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), )
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_33(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(None), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_34(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2 * width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_35(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=3**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_36(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = None
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_37(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(None)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_38(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate(None).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_39(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[1], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_40(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(None)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_41(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = None
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_42(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(None)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_43(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = None
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_44(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = None

    def xǁChunkTableǁ__init____mutmut_45(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(None)

    def xǁChunkTableǁ__init____mutmut_46(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order / np.uint64(len(masks))).astype(np.int32)

    def xǁChunkTableǁ__init____mutmut_47(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(None)).astype(np.int32)

    @_mutmut_mutated(mutants_xǁChunkTableǁlookup__mutmut)
    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_orig(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_1(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_2(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = None
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_3(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys - np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_4(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(None)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_5(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(2)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_6(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = None
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_7(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(None, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_8(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, None, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_9(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, None)
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_10(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_11(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_12(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, )
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_13(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "XXleftXX")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_14(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "LEFT")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_15(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = None
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_16(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(None, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_17(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, None, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_18(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, None)
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_19(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_20(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_21(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, )
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_22(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "XXrightXX")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_23(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "RIGHT")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_24(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = None
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_25(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right + left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_26(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = None
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_27(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(None, counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_28(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), None)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_29(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_30(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), )
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_31(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(None), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_32(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = None
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_33(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(None, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_34(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, None)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_35(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_36(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, )
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_37(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) - counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_38(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left + np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_39(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(None) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_40(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts - np.arange(len(queries))]

    def xǁChunkTableǁlookup__mutmut_41(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(None)]

mutants_xǁChunkTableǁ__init____mutmut['_mutmut_orig'] = ChunkTable.xǁChunkTableǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_1'] = ChunkTable.xǁChunkTableǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_2'] = ChunkTable.xǁChunkTableǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_3'] = ChunkTable.xǁChunkTableǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_4'] = ChunkTable.xǁChunkTableǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_5'] = ChunkTable.xǁChunkTableǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_6'] = ChunkTable.xǁChunkTableǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_7'] = ChunkTable.xǁChunkTableǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_8'] = ChunkTable.xǁChunkTableǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_9'] = ChunkTable.xǁChunkTableǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_10'] = ChunkTable.xǁChunkTableǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_11'] = ChunkTable.xǁChunkTableǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_12'] = ChunkTable.xǁChunkTableǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_13'] = ChunkTable.xǁChunkTableǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_14'] = ChunkTable.xǁChunkTableǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_15'] = ChunkTable.xǁChunkTableǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_16'] = ChunkTable.xǁChunkTableǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_17'] = ChunkTable.xǁChunkTableǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_18'] = ChunkTable.xǁChunkTableǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_19'] = ChunkTable.xǁChunkTableǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_20'] = ChunkTable.xǁChunkTableǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_21'] = ChunkTable.xǁChunkTableǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_22'] = ChunkTable.xǁChunkTableǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_23'] = ChunkTable.xǁChunkTableǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_24'] = ChunkTable.xǁChunkTableǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_25'] = ChunkTable.xǁChunkTableǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_26'] = ChunkTable.xǁChunkTableǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_27'] = ChunkTable.xǁChunkTableǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_28'] = ChunkTable.xǁChunkTableǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_29'] = ChunkTable.xǁChunkTableǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_30'] = ChunkTable.xǁChunkTableǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_31'] = ChunkTable.xǁChunkTableǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_32'] = ChunkTable.xǁChunkTableǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_33'] = ChunkTable.xǁChunkTableǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_34'] = ChunkTable.xǁChunkTableǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_35'] = ChunkTable.xǁChunkTableǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_36'] = ChunkTable.xǁChunkTableǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_37'] = ChunkTable.xǁChunkTableǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_38'] = ChunkTable.xǁChunkTableǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_39'] = ChunkTable.xǁChunkTableǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_40'] = ChunkTable.xǁChunkTableǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_41'] = ChunkTable.xǁChunkTableǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_42'] = ChunkTable.xǁChunkTableǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_43'] = ChunkTable.xǁChunkTableǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_44'] = ChunkTable.xǁChunkTableǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_45'] = ChunkTable.xǁChunkTableǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_46'] = ChunkTable.xǁChunkTableǁ__init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁChunkTableǁ__init____mutmut['xǁChunkTableǁ__init____mutmut_47'] = ChunkTable.xǁChunkTableǁ__init____mutmut_47 # type: ignore # mutmut generated

mutants_xǁChunkTableǁlookup__mutmut['_mutmut_orig'] = ChunkTable.xǁChunkTableǁlookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_1'] = ChunkTable.xǁChunkTableǁlookup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_2'] = ChunkTable.xǁChunkTableǁlookup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_3'] = ChunkTable.xǁChunkTableǁlookup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_4'] = ChunkTable.xǁChunkTableǁlookup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_5'] = ChunkTable.xǁChunkTableǁlookup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_6'] = ChunkTable.xǁChunkTableǁlookup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_7'] = ChunkTable.xǁChunkTableǁlookup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_8'] = ChunkTable.xǁChunkTableǁlookup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_9'] = ChunkTable.xǁChunkTableǁlookup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_10'] = ChunkTable.xǁChunkTableǁlookup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_11'] = ChunkTable.xǁChunkTableǁlookup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_12'] = ChunkTable.xǁChunkTableǁlookup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_13'] = ChunkTable.xǁChunkTableǁlookup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_14'] = ChunkTable.xǁChunkTableǁlookup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_15'] = ChunkTable.xǁChunkTableǁlookup__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_16'] = ChunkTable.xǁChunkTableǁlookup__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_17'] = ChunkTable.xǁChunkTableǁlookup__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_18'] = ChunkTable.xǁChunkTableǁlookup__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_19'] = ChunkTable.xǁChunkTableǁlookup__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_20'] = ChunkTable.xǁChunkTableǁlookup__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_21'] = ChunkTable.xǁChunkTableǁlookup__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_22'] = ChunkTable.xǁChunkTableǁlookup__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_23'] = ChunkTable.xǁChunkTableǁlookup__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_24'] = ChunkTable.xǁChunkTableǁlookup__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_25'] = ChunkTable.xǁChunkTableǁlookup__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_26'] = ChunkTable.xǁChunkTableǁlookup__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_27'] = ChunkTable.xǁChunkTableǁlookup__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_28'] = ChunkTable.xǁChunkTableǁlookup__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_29'] = ChunkTable.xǁChunkTableǁlookup__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_30'] = ChunkTable.xǁChunkTableǁlookup__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_31'] = ChunkTable.xǁChunkTableǁlookup__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_32'] = ChunkTable.xǁChunkTableǁlookup__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_33'] = ChunkTable.xǁChunkTableǁlookup__mutmut_33 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_34'] = ChunkTable.xǁChunkTableǁlookup__mutmut_34 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_35'] = ChunkTable.xǁChunkTableǁlookup__mutmut_35 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_36'] = ChunkTable.xǁChunkTableǁlookup__mutmut_36 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_37'] = ChunkTable.xǁChunkTableǁlookup__mutmut_37 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_38'] = ChunkTable.xǁChunkTableǁlookup__mutmut_38 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_39'] = ChunkTable.xǁChunkTableǁlookup__mutmut_39 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_40'] = ChunkTable.xǁChunkTableǁlookup__mutmut_40 # type: ignore # mutmut generated
mutants_xǁChunkTableǁlookup__mutmut['xǁChunkTableǁlookup__mutmut_41'] = ChunkTable.xǁChunkTableǁlookup__mutmut_41 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPigeonholeIndexǁsearch__mutmut: MutantDict = {}  # type: ignore


class PigeonholeIndex:
    """All (training, evaluation) pairs within `radius` bits, found through chunk tables."""

    @_mutmut_mutated(mutants_xǁPigeonholeIndexǁ__init____mutmut)
    def __init__(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_orig(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_1(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = None
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_2(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = None

    def xǁPigeonholeIndexǁ__init____mutmut_3(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(None, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_4(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, None, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_5(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, None)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_6(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_7(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_8(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, )
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_9(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(None, plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_10(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), None, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_11(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=None)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_12(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_13(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_14(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, )
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_15(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(None, plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_16(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, None), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_17(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(plan.widths), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_18(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, ), plan.widths, strict=True)
        ]

    def xǁPigeonholeIndexǁ__init____mutmut_19(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=False)
        ]

    @_mutmut_mutated(mutants_xǁPigeonholeIndexǁsearch__mutmut)
    def search(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_orig(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_1(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = None
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_2(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(None, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_3(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, None, strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_4(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=None):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_5(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_6(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_7(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), ):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_8(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(None, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_9(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, None), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_10(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_11(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, ), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_12(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=False):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_13(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = None
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_14(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(None)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_15(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(None)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_16(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(None)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_17(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = None
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_18(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(None), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_19(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(None)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_20(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = None
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_21(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(None, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_22(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, None, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_23(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, None, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_24(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, None)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_25(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_26(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_27(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_28(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, )
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_29(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = None
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_30(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance < self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_31(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = None
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_32(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) - rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_33(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) / len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_34(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(None) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_35(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = None  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_36(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(None, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_37(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=None)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_38(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_39(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, )  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_40(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=False)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_41(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair / len(self.codes), pair % len(self.codes), distance[keep][first]

    def xǁPigeonholeIndexǁsearch__mutmut_42(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair / len(self.codes), distance[keep][first]

mutants_xǁPigeonholeIndexǁ__init____mutmut['_mutmut_orig'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_1'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_2'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_3'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_4'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_5'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_6'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_7'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_8'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_9'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_10'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_11'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_12'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_13'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_14'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_15'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_16'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_17'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_18'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁ__init____mutmut['xǁPigeonholeIndexǁ__init____mutmut_19'] = PigeonholeIndex.xǁPigeonholeIndexǁ__init____mutmut_19 # type: ignore # mutmut generated

mutants_xǁPigeonholeIndexǁsearch__mutmut['_mutmut_orig'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_1'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_2'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_3'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_4'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_5'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_6'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_7'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_8'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_9'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_10'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_11'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_12'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_13'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_14'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_15'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_16'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_17'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_18'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_19'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_20'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_21'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_22'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_23'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_23 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_24'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_24 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_25'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_25 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_26'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_26 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_27'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_27 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_28'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_28 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_29'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_29 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_30'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_30 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_31'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_31 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_32'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_32 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_33'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_33 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_34'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_34 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_35'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_35 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_36'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_36 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_37'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_37 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_38'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_38 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_39'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_39 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_40'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_40 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_41'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_41 # type: ignore # mutmut generated
mutants_xǁPigeonholeIndexǁsearch__mutmut['xǁPigeonholeIndexǁsearch__mutmut_42'] = PigeonholeIndex.xǁPigeonholeIndexǁsearch__mutmut_42 # type: ignore # mutmut generated
mutants_x_as_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_as_words__mutmut)
def as_words(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] % 8 == 0 else codes


def x_as_words__mutmut_orig(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] % 8 == 0 else codes


def x_as_words__mutmut_1(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if (codes.shape[1] % 8 == 0) and False else codes


def x_as_words__mutmut_2(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if (codes.shape[1] % 8 == 0) or True else codes


def x_as_words__mutmut_3(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(None) if codes.shape[1] % 8 == 0 else codes


def x_as_words__mutmut_4(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] / 8 == 0 else codes


def x_as_words__mutmut_5(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[2] % 8 == 0 else codes


def x_as_words__mutmut_6(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] % 9 == 0 else codes


def x_as_words__mutmut_7(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] % 8 != 0 else codes


def x_as_words__mutmut_8(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] % 8 == 1 else codes

mutants_x_as_words__mutmut['_mutmut_orig'] = x_as_words__mutmut_orig # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_1'] = x_as_words__mutmut_1 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_2'] = x_as_words__mutmut_2 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_3'] = x_as_words__mutmut_3 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_4'] = x_as_words__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_5'] = x_as_words__mutmut_5 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_6'] = x_as_words__mutmut_6 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_7'] = x_as_words__mutmut_7 # type: ignore # mutmut generated
mutants_x_as_words__mutmut['x_as_words__mutmut_8'] = x_as_words__mutmut_8 # type: ignore # mutmut generated
mutants_x_hamming__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_hamming__mutmut)
def hamming(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_orig(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_1(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = None
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_2(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(None), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_3(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(None)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_4(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = None
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_5(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(None, np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_6(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), None)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_7(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_8(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), )
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_9(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(None):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_10(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[2]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_11(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance = np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_12(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance -= np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance


def x_hamming__mutmut_13(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(None)
    return distance


def x_hamming__mutmut_14(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] & right[ri, word])
    return distance

mutants_x_hamming__mutmut['_mutmut_orig'] = x_hamming__mutmut_orig # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_1'] = x_hamming__mutmut_1 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_2'] = x_hamming__mutmut_2 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_3'] = x_hamming__mutmut_3 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_4'] = x_hamming__mutmut_4 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_5'] = x_hamming__mutmut_5 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_6'] = x_hamming__mutmut_6 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_7'] = x_hamming__mutmut_7 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_8'] = x_hamming__mutmut_8 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_9'] = x_hamming__mutmut_9 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_10'] = x_hamming__mutmut_10 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_11'] = x_hamming__mutmut_11 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_12'] = x_hamming__mutmut_12 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_13'] = x_hamming__mutmut_13 # type: ignore # mutmut generated
mutants_x_hamming__mutmut['x_hamming__mutmut_14'] = x_hamming__mutmut_14 # type: ignore # mutmut generated
