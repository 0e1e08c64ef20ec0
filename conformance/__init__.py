"""BILL's own Postman collection run with newman against the local mock (`make conformance`).

See conformance/README.md; `python -m conformance --help` lists the options.
"""
