"""Synthetic CubiCasa response bodies, shaped like the mock's (and the vendor's) answers."""

from __future__ import annotations

import json
import uuid
from typing import Any

ROLES = ("Manager", "User", "Collaborator")
STATUSES = ("New", "Draft", "Pending", "Ready", "Fixing")
EPOCH = 1_748_000_000.0


def user(index: int) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=0x8B8A99D2737D4681BC160000000000 + index)),
        "email": f"user{index}@northwind-media.example",
        "name": "Ada" if index % 20 else None,
        "surname": "Lovelace" if index % 19 else None,
        "role": ROLES[index % 3],
        "email_confirmed": index % 10 != 0,
        "created_at": EPOCH - index * 3600.0,
    }


def users_page(offset: int, limit: int, total: int) -> dict[str, Any]:
    """One `GET /users` page of a list of `total` users."""
    end = min(offset + limit, total)
    has_more = end < total
    return {
        "pagination": {
            "has_more": has_more,
            "limit": limit,
            "next_offset": end if has_more else None,
            "previous_offset": max(offset - limit, 0),
        },
        "items": [user(i) for i in range(offset, end)],
    }


def users_page_bytes(offset: int, limit: int, total: int) -> bytes:
    return json.dumps(users_page(offset, limit, total)).encode()


def order(index: int) -> dict[str, Any]:
    """A list row of `GET /orders` (no delivery_assets), as the mock renders it."""
    status = STATUSES[index % len(STATUSES)]
    delivered = status in ("Ready", "Fixing")
    created = EPOCH - 5e6 + index * 7200.0
    return {
        "id": str(uuid.UUID(int=0x312BABC6E7424D54AC490000000000 + index)),
        "info": {
            "status": status,
            "created_by": f"user{index % 50}@northwind-media.example",
            "location": f"{100 + index} North Washington Avenue Minneapolis",
            "order_type": "vbim",
            "first_delivered_at": created + 86400.0 if delivered else None,
            "created_at": created,
            "is_scan_order": True,
            "total_scanned_area": 120.5 if delivered else 0,
            "go2scan": None,
            "external_id": f"EXT{20000 + index}" if index % 4 else None,
            "add_info": "",
            "style_template": None,
            "product": {
                "add_ons": ["gla"],
                "over_limits": [],
                "package_type": "plus",
                "purchasable_add_ons": ["3d_cad_files", "3d_video"],
            },
        },
        "address": {
            "full_address": f"{100 + index} North Washington Avenue Minneapolis",
            "street": f"{100 + index} North Washington Avenue",
            "suite": None if index % 3 else "Cubi suite",
            "city": "Minneapolis",
            "state": "Minnesota",
            "postalCode": "55401",
            "country": "United States",
            "latitude": 44.98468,
            "longitude": -93.26903,
        },
    }


def orders_page(count: int) -> dict[str, Any]:
    return {
        "pagination": {"has_more": True, "limit": count, "next_offset": count, "previous_offset": 0},
        "items": [order(i) for i in range(count)],
    }


def orders_page_bytes(count: int) -> bytes:
    return json.dumps(orders_page(count)).encode()


def empty_page_bytes(limit: int) -> bytes:
    """The last page of a list: no items, nothing more to fetch (same answer for users and orders)."""
    pagination = {"has_more": False, "limit": limit, "next_offset": None, "previous_offset": 0}
    return json.dumps({"pagination": pagination, "items": []}).encode()
