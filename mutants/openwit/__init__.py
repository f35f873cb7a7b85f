"""The front door: the `openwit` command and the demo that drives every stage."""
