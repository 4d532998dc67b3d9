"""The demo province: a deterministic, fictional, realistic data set built through the real services."""
