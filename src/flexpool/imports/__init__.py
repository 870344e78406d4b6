"""CSV imports for coordinators: pool members and capacity requests, all or nothing (see `importers`)."""
