"""OpenWIT's query list: the paper's ~500k queries from Wikipedia and WordNet."""
