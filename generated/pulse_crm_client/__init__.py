"""A client library for accessing Pulse CRM API (user management)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
