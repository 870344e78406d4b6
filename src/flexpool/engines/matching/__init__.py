"""Matching engine: allocation of pool members to capacity requests. No Django here."""
