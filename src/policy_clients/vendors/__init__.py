"""One factory module per vendor; each imports its generated package only when called."""
