"""OpenWIT's CLIP trainer: `openwit train` (pretraining on webdataset shards) and
`openwit eval` (zero-shot classification and image-text retrieval)."""
