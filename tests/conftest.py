"""Root conftest: the vendor fakes' fixtures come from the installed pytest11 entry point of policy-clients."""
