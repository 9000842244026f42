"""The generated attrs models, re-exported so users need only `import pulse_crm`."""

from pulse_crm_client import models as _generated
from pulse_crm_client.models import *  # noqa: F403
from pulse_crm_client.types import UNSET, Unset

__all__ = [*_generated.__all__, "UNSET", "Unset"]  # noqa: PLE0604
