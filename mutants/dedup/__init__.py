"""Duplicate detection and the CLIP paper's data-overlap audit (`openwit dedup`, `openwit audit`).

Detectors: a perceptual hash (imagehash's pHash, searched with faiss binary indexes) and
L2-normalised image embeddings (an OpenWIT/open_clip image tower or a TorchScript
copy-detection descriptor, searched with faiss inner-product indexes). The evaluation side
is indexed; the (large) training side is streamed past it.
"""
