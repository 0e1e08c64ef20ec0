"""A client library for accessing BILL Connect Events API (webhooks)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
