"""Typed Python client for the Pulse CRM API (user management).

from pulse_crm import PulseCRM
with PulseCRM(api_key="...", api_secret="...", account_id="2311") as client:
    for user in client.users.list():
        print(user.email)
"""

from clientkit import SDKError as PulseCRMError
from clientkit.public_errors import *  # noqa: F403
from clientkit.public_errors import __all__ as _error_names
from pulse_crm import models
from pulse_crm._client import DEFAULT_BASE_URL, AsyncPulseCRM, PulseCRM
from pulse_crm._version import __version__

__all__ = [  # noqa: PLE0604
    *_error_names,
    "DEFAULT_BASE_URL",
    "AsyncPulseCRM",
    "PulseCRM",
    "PulseCRMError",
    "__version__",
    "models",
]
