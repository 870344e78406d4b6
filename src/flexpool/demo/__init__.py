"""Demo data for Flexpool: the Drenthe heat pool with fictitious people (see `build.build_demo`)."""
