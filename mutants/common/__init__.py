"""The ground floor shared by every stage: IO and the webdataset shard format. Imports no stage."""
