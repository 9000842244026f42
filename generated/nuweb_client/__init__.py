"""A client library for accessing NU Web Group (Nutickets) Admin API - company users"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
