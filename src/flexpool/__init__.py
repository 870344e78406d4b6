"""Flexpool: regional capacity and knowledge pools for Dutch municipalities."""
