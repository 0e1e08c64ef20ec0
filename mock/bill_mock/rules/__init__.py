"""BILL's rules as plain functions over the store: no HTTP, no JSON, one module per concern."""
