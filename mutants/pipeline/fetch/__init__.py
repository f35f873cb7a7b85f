"""`openwit fetch`: resumable, verified downloads of the raw inputs (Wikipedia, pageviews, WAT)."""
