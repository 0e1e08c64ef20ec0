"""BILL's v2 API in the mock: form posts under /api/v2 answered in BILL's envelope, over the same store,
sessions and rules as v3 (what one version creates, the other reads).

- app: routing from spec/bill-v2.yaml and the checks every request passes, in BILL's order;
- wire: forms in, envelopes out, v2's fixed texts and timestamps;
- handlers: V2Call, V2_HANDLERS and handles_v2, MFA_PROTECTED and require_trusted;
- session_ops: Login, ListOrgs, sessions and MFA;
- entities, listing: declarative Crud/List/Bulk for area modules (areas/, loaded automatically).
"""
