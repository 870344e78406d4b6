"""Plain-Python engines (matching, simulation). Nothing here may import Django."""
