"""Curation and download: crawled image–text pairs to balanced, downloaded webdataset shards."""
