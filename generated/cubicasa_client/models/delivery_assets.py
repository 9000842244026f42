from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from clientkit.decoding import SHAPE_ERRORS, ModelFieldError, decode_model, field_failed

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryAssets")


@_attrs_define
class DeliveryAssets:
    """Download links of what has been delivered. Keys per product are partly seen (`listing_floorplans`, `gla_package`,
    `homereport`) and partly inferred from a public integration (the others). An empty draft answers `[]` for a key, so
    each value may be an array or an object; values are kept as given.

        Attributes:
            listing_floorplans (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists
                (for example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            gla_package (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            homereport (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            home_report (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            snapshot (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            tour (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for example
                `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            floorplans_3d (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            video_3d (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            cad_files (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
            property_data (AssetGroupType0 | list[Any] | Unset): Links of one delivered product: an object of URL lists (for
                example `pdf_urls`, `png_urls_dim`) or, when nothing is delivered yet, an empty array. Kept as given.
    """

    listing_floorplans: AssetGroupType0 | list[Any] | Unset = UNSET
    gla_package: AssetGroupType0 | list[Any] | Unset = UNSET
    homereport: AssetGroupType0 | list[Any] | Unset = UNSET
    home_report: AssetGroupType0 | list[Any] | Unset = UNSET
    snapshot: AssetGroupType0 | list[Any] | Unset = UNSET
    tour: AssetGroupType0 | list[Any] | Unset = UNSET
    floorplans_3d: AssetGroupType0 | list[Any] | Unset = UNSET
    video_3d: AssetGroupType0 | list[Any] | Unset = UNSET
    cad_files: AssetGroupType0 | list[Any] | Unset = UNSET
    property_data: AssetGroupType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        listing_floorplans: dict[str, Any] | list[Any] | Unset
        if isinstance(self.listing_floorplans, Unset):
            listing_floorplans = UNSET
        elif isinstance(self.listing_floorplans, AssetGroupType0):
            listing_floorplans = self.listing_floorplans.to_dict()
        else:
            listing_floorplans = self.listing_floorplans

        gla_package: dict[str, Any] | list[Any] | Unset
        if isinstance(self.gla_package, Unset):
            gla_package = UNSET
        elif isinstance(self.gla_package, AssetGroupType0):
            gla_package = self.gla_package.to_dict()
        else:
            gla_package = self.gla_package

        homereport: dict[str, Any] | list[Any] | Unset
        if isinstance(self.homereport, Unset):
            homereport = UNSET
        elif isinstance(self.homereport, AssetGroupType0):
            homereport = self.homereport.to_dict()
        else:
            homereport = self.homereport

        home_report: dict[str, Any] | list[Any] | Unset
        if isinstance(self.home_report, Unset):
            home_report = UNSET
        elif isinstance(self.home_report, AssetGroupType0):
            home_report = self.home_report.to_dict()
        else:
            home_report = self.home_report

        snapshot: dict[str, Any] | list[Any] | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, AssetGroupType0):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        tour: dict[str, Any] | list[Any] | Unset
        if isinstance(self.tour, Unset):
            tour = UNSET
        elif isinstance(self.tour, AssetGroupType0):
            tour = self.tour.to_dict()
        else:
            tour = self.tour

        floorplans_3d: dict[str, Any] | list[Any] | Unset
        if isinstance(self.floorplans_3d, Unset):
            floorplans_3d = UNSET
        elif isinstance(self.floorplans_3d, AssetGroupType0):
            floorplans_3d = self.floorplans_3d.to_dict()
        else:
            floorplans_3d = self.floorplans_3d

        video_3d: dict[str, Any] | list[Any] | Unset
        if isinstance(self.video_3d, Unset):
            video_3d = UNSET
        elif isinstance(self.video_3d, AssetGroupType0):
            video_3d = self.video_3d.to_dict()
        else:
            video_3d = self.video_3d

        cad_files: dict[str, Any] | list[Any] | Unset
        if isinstance(self.cad_files, Unset):
            cad_files = UNSET
        elif isinstance(self.cad_files, AssetGroupType0):
            cad_files = self.cad_files.to_dict()
        else:
            cad_files = self.cad_files

        property_data: dict[str, Any] | list[Any] | Unset
        if isinstance(self.property_data, Unset):
            property_data = UNSET
        elif isinstance(self.property_data, AssetGroupType0):
            property_data = self.property_data.to_dict()
        else:
            property_data = self.property_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if listing_floorplans is not UNSET:
            field_dict["listing_floorplans"] = listing_floorplans
        if gla_package is not UNSET:
            field_dict["gla_package"] = gla_package
        if homereport is not UNSET:
            field_dict["homereport"] = homereport
        if home_report is not UNSET:
            field_dict["home_report"] = home_report
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if tour is not UNSET:
            field_dict["tour"] = tour
        if floorplans_3d is not UNSET:
            field_dict["floorplans_3d"] = floorplans_3d
        if video_3d is not UNSET:
            field_dict["video_3d"] = video_3d
        if cad_files is not UNSET:
            field_dict["cad_files"] = cad_files
        if property_data is not UNSET:
            field_dict["property_data"] = property_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON; a value that does not fit raises `ModelFieldError` naming its field."""
        _field: str | None = None
        try:
            if not isinstance(src_dict, Mapping):
                raise TypeError(
                    f"expected a JSON object, got {type(src_dict).__name__}"
                )
            d = dict(src_dict)
            _field = "listing_floorplans"

            def _parse_listing_floorplans(
                data: object,
            ) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            listing_floorplans = _parse_listing_floorplans(
                d.pop("listing_floorplans", UNSET)
            )

            _field = "gla_package"

            def _parse_gla_package(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            gla_package = _parse_gla_package(d.pop("gla_package", UNSET))

            _field = "homereport"

            def _parse_homereport(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            homereport = _parse_homereport(d.pop("homereport", UNSET))

            _field = "home_report"

            def _parse_home_report(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            home_report = _parse_home_report(d.pop("home_report", UNSET))

            _field = "snapshot"

            def _parse_snapshot(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            snapshot = _parse_snapshot(d.pop("snapshot", UNSET))

            _field = "tour"

            def _parse_tour(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            tour = _parse_tour(d.pop("tour", UNSET))

            _field = "floorplans_3d"

            def _parse_floorplans_3d(
                data: object,
            ) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            floorplans_3d = _parse_floorplans_3d(d.pop("floorplans_3d", UNSET))

            _field = "video_3d"

            def _parse_video_3d(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            video_3d = _parse_video_3d(d.pop("video_3d", UNSET))

            _field = "cad_files"

            def _parse_cad_files(data: object) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            cad_files = _parse_cad_files(d.pop("cad_files", UNSET))

            _field = "property_data"

            def _parse_property_data(
                data: object,
            ) -> AssetGroupType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(
                        data
                    )

                    return componentsschemas_asset_group_type_0
                except (
                    ModelFieldError,
                    TypeError,
                    ValueError,
                    AttributeError,
                    KeyError,
                ):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_asset_group_type_1 = data

                return componentsschemas_asset_group_type_1

            property_data = _parse_property_data(d.pop("property_data", UNSET))

            _field = None
            delivery_assets = cls(
                listing_floorplans=listing_floorplans,
                gla_package=gla_package,
                homereport=homereport,
                home_report=home_report,
                snapshot=snapshot,
                tour=tour,
                floorplans_3d=floorplans_3d,
                video_3d=video_3d,
                cad_files=cad_files,
                property_data=property_data,
            )

            delivery_assets.additional_properties = d
        except SHAPE_ERRORS as exc:
            field_failed(cls, _field, exc)
        return delivery_assets

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Build from a JSON body; a value that does not fit raises `ModelFieldError` naming its field.

        The body is decoded by msgspec straight into `_DeliveryAssetsWire` when it fits the schema exactly;
        any other body (unknown fields or enum values, unexpected types) is read by `from_dict`.
        """
        return decode_model(content, _wire, cls._from_wire, cls.from_dict)

    @classmethod
    def _from_wire(cls, wire: Any) -> Self:
        """The model of a decoded `_DeliveryAssetsWire` (attrs' `__init__` is skipped: nothing to validate or convert)."""
        delivery_assets = object.__new__(cls)

        def _parse_listing_floorplans(
            data: object,
        ) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        listing_floorplans = _parse_listing_floorplans(wire.listing_floorplans)

        delivery_assets.listing_floorplans = listing_floorplans

        def _parse_gla_package(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        gla_package = _parse_gla_package(wire.gla_package)

        delivery_assets.gla_package = gla_package

        def _parse_homereport(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        homereport = _parse_homereport(wire.homereport)

        delivery_assets.homereport = homereport

        def _parse_home_report(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        home_report = _parse_home_report(wire.home_report)

        delivery_assets.home_report = home_report

        def _parse_snapshot(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        snapshot = _parse_snapshot(wire.snapshot)

        delivery_assets.snapshot = snapshot

        def _parse_tour(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        tour = _parse_tour(wire.tour)

        delivery_assets.tour = tour

        def _parse_floorplans_3d(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        floorplans_3d = _parse_floorplans_3d(wire.floorplans_3d)

        delivery_assets.floorplans_3d = floorplans_3d

        def _parse_video_3d(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        video_3d = _parse_video_3d(wire.video_3d)

        delivery_assets.video_3d = video_3d

        def _parse_cad_files(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        cad_files = _parse_cad_files(wire.cad_files)

        delivery_assets.cad_files = cad_files

        def _parse_property_data(data: object) -> AssetGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_asset_group_type_0 = AssetGroupType0.from_dict(data)

                return componentsschemas_asset_group_type_0
            except (ModelFieldError, TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_asset_group_type_1 = data

            return componentsschemas_asset_group_type_1

        property_data = _parse_property_data(wire.property_data)

        delivery_assets.property_data = property_data
        delivery_assets.additional_properties = {}
        return delivery_assets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The msgspec Structs of the fast path are defined by `_wire()` on the second body a model decodes, so a
# program that makes one call never loads msgspec (see `clientkit.decoding.decode_model`).
_DeliveryAssetsWire: Any = None
_WIRE_UNSET: Any = None


def _wire() -> Any:
    """`_DeliveryAssetsWire`: `DeliveryAssets` as msgspec decodes it, defined on first use (with the Structs it nests)."""
    global _DeliveryAssetsWire, _WIRE_UNSET
    if _DeliveryAssetsWire is not None:
        return _DeliveryAssetsWire
    import msgspec

    globals()["msgspec"] = (
        msgspec  # msgspec reads the annotations below in this module's namespace
    )

    class Wire(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
        listing_floorplans: Any = UNSET
        gla_package: Any = UNSET
        homereport: Any = UNSET
        home_report: Any = UNSET
        snapshot: Any = UNSET
        tour: Any = UNSET
        floorplans_3d: Any = UNSET
        video_3d: Any = UNSET
        cad_files: Any = UNSET
        property_data: Any = UNSET

    Wire.__name__ = Wire.__qualname__ = "_DeliveryAssetsWire"
    # bound before the nested ones, which may refer back to this one
    _DeliveryAssetsWire = Wire
    _WIRE_UNSET = msgspec.UNSET
    return Wire


from ..models.asset_group_type_0 import AssetGroupType0
