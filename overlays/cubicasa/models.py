"""The generated attrs models, re-exported so users need only `import cubicasa`."""

from cubicasa_client import models as _generated
from cubicasa_client.models import *  # noqa: F403
from cubicasa_client.types import UNSET, Unset

__all__ = [*_generated.__all__, "UNSET", "Unset"]  # noqa: PLE0604
