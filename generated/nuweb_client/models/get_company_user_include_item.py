from enum import StrEnum


class GetCompanyUserIncludeItem(StrEnum):
    COMPANYUSERS = "companyUsers"
    ROLES = "roles"
    VISIBILITYGROUPS = "visibilityGroups"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the API sent that the spec does not list."""
        return self._value_ in type(self)._value2member_map_

    @classmethod
    def _from_json(cls, value: object) -> "GetCompanyUserIncludeItem":
        """`cls(value)` for a value read from JSON; a listed value skips Enum's call machinery."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)  # type: ignore[arg-type]  # _missing_ decides about values of other types

    @classmethod
    def _missing_(cls, value: object) -> "GetCompanyUserIncludeItem | None":
        """Keep a value the spec does not list instead of failing the whole response.

        Vendors add enum values without notice; the unknown value stays visible as
        a pseudo-member (``is_known`` is False) and round-trips unchanged.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
