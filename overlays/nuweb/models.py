"""The generated attrs models, re-exported so users need only `import nuweb`."""

from nuweb_client import models as _generated
from nuweb_client.models import *  # noqa: F403
from nuweb_client.types import UNSET, Unset

__all__ = [*_generated.__all__, "UNSET", "Unset"]  # noqa: PLE0604
