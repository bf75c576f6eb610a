"""Taking in a vendor's spec as published: raw captures, multi-file bundling, Swagger 2.0 conversion, scaffolding."""
