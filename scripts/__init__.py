"""Build tooling for policy-clients (not shipped)."""
