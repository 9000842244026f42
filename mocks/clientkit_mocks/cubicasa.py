"""Stateful CubiCasa Integrate v3 mock (``openapi/cubicasa-integrate-v3.yaml``).

State is seeded from ``options.seed``: a company with offices, users and
orders in every status. Keys: ``demo-key`` (or ``options.api_key``) may do
everything, ``readonly-key`` only reads. Status changes POST the
``OrderStatusEvent`` to the company's webhook URLs that subscribed to the
matching ``moved_to_*`` trigger. ``POST /__mock__/orders/{id}/advance`` moves
an order along New/Draft -> Pending -> Ready, Fixing -> Ready.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from clientkit_mocks.engine.api import JSON, Access, Handler, HttpError, MockApi, MockRequest, MockResponse
from clientkit_mocks.engine.fake import address, email_for, fake_uuid, person, tiny_pdf
from clientkit_mocks.engine.spec import SecurityScheme, packaged_spec
from clientkit_mocks.engine.validation import Issue

SPEC = packaged_spec("cubicasa_client")  # openapi/cubicasa-integrate-v3.yaml, as shipped with the client
STATUSES = ("New", "Draft", "Pending", "Ready", "Fixing")
TRIGGERS = {
    "Draft": "moved_to_draft",
    "Pending": "moved_to_pending",
    "Ready": "moved_to_ready",
    "Fixing": "moved_to_fixing",
}
NEXT_STATUS = {"New": "Pending", "Draft": "Pending", "Pending": "Ready", "Fixing": "Ready"}
DEFAULT_LIMIT, MAX_LIMIT = 20, 100
SEED_EPOCH = 1_748_000_000.0  # late May 2025: seeded records are older than anything created at run time
ASSETS = "https://assets.example.com/cubicasa-mock"
READONLY_KEY, DEMO_KEY = "readonly-key", "demo-key"
_PYDANTIC_TYPES = {
    "string": "str type expected",
    "integer": "value is not a valid integer",
    "number": "value is not a valid float",
    "boolean": "value could not be parsed to a boolean",
    "array": "value is not a valid list",
    "object": "value is not a valid dict",
}
# Records shown in the vendor docs, seeded as is so documented examples work against the mock.
DOCUMENTED_USERS = (
    ("8b8a99d2-737d-4681-bc16-7ffee5c61fe2", "tim@internet.com", "Tim", "Berners-Lee", "Collaborator", 1748553783.0),
    ("6549d877-dde8-45de-b87a-eb68207d0b3c", "linus@computer.com", "Linus", "Torvalds", "User", 1748551917.0),
)
DOCUMENTED_ORDER = "312babc6-e742-4d54-ac49-e0f7b16ec15a"
_ADDRESS_FIELDS = ("street", "suite", "city", "state", "country", "postalCode", "latitude", "longitude")


def _page(rows: Sequence[Any], query: Mapping[str, Any], render: Callable[[Any], JSON]) -> JSON:
    """CubiCasa's ``{pagination, items}`` envelope computed from real data."""
    limit = min(int(query.get("limit", DEFAULT_LIMIT)), MAX_LIMIT)
    offset = int(query.get("offset", 0))
    chunk = rows[offset : offset + limit]
    has_more = offset + len(chunk) < len(rows)
    return {
        "pagination": {
            "has_more": has_more,
            "limit": limit,
            "next_offset": offset + len(chunk) if has_more else None,
            "previous_offset": max(offset - limit, 0),
        },
        "items": [render(row) for row in chunk],
    }


_USER_KEYS = ("id", "email", "name", "surname", "role", "email_confirmed", "created_at")


def _user_view(user: dict[str, Any]) -> JSON:
    """Public form of a user record, cached on the record (``GET /users`` is the benchmark path)."""
    view = user.get("_view")
    if view is None:
        view = user["_view"] = {key: user[key] for key in _USER_KEYS}
    return view


class CubiCasaMock(MockApi):
    """In-memory CubiCasa company account."""

    name = "cubicasa"
    spec_path = SPEC
    _users_newest: list[dict[str, Any]] | None = None  # newest-first cache for GET /users

    # -- state --------------------------------------------------------------------------------
    def reset(self) -> None:
        rng = random.Random(self.options.seed)
        self.rng = rng
        self.company = {"email": "manager@northwind-media.example", "name": "Northwind Realty Media"}
        self.package: dict[str, Any] = {"package_type": "plus", "add_ons": ["gla"]}
        self.webhook_config: dict[str, list[str]] = {"webhook_urls": [], "webhook_triggers": []}
        self.merge_requests: list[JSON] = []
        office_names = ("Minneapolis HQ", "Oulu", "Helsinki", "New Orleans", "Austin", "Toronto")
        self.offices: dict[str, dict[str, Any]] = {}
        for index, office_name in enumerate(office_names):
            office_id = fake_uuid(rng)
            self.offices[office_id] = {"id": office_id, "name": office_name, "created_at": SEED_EPOCH - 9e6 + index}
        self.users: dict[str, dict[str, Any]] = {}
        taken: set[str] = set()
        office_ids = list(self.offices)
        for index in range(int(self.options.extra.get("users", 125))):
            first, last = person(rng)
            self._add_user(
                {
                    "id": fake_uuid(rng),
                    "email": email_for(first, last, "northwind-media.example", taken),
                    "name": first if rng.random() > 0.05 else None,
                    "surname": last if rng.random() > 0.05 else None,
                    "role": rng.choices(("Manager", "User", "Collaborator"), (1, 6, 3))[0],
                    "email_confirmed": rng.random() > 0.1,
                    "created_at": SEED_EPOCH - 8e6 + index * 3600.0,
                    "office_id": rng.choice(office_ids),
                    "password": "password123",
                }
            )
        for user_id, email, first, last, role, created_at in DOCUMENTED_USERS:
            self._add_user(
                {
                    "id": user_id,
                    "email": email,
                    "name": first,
                    "surname": last,
                    "role": role,
                    "email_confirmed": True,
                    "created_at": created_at,
                    "office_id": office_ids[0],
                    "password": "password123",
                }
            )
        self.orders: dict[str, dict[str, Any]] = {}
        self.change_requests: dict[str, dict[str, Any]] = {}
        creators = [u["email"] for u in self.users.values()]
        for index in range(65):
            status = STATUSES[index % len(STATUSES)]
            order = self._new_order(rng.choice(creators), address(rng), SEED_EPOCH - 5e6 + index * 7200.0)
            order["status"] = status
            order["external_id"] = f"EXT{20000 + index}"
            if status in ("Ready", "Fixing"):
                order["first_delivered_at"] = order["created_at"] + 86400.0
                order["total_scanned_area"] = round(rng.uniform(60, 420), 1)
            if status == "Fixing" or (status == "Ready" and index % 3 == 0):
                self._add_change_request(
                    order, {"description": "Please fix the kitchen layout."}, done=status == "Ready"
                )
        minneapolis = {
            "full_address": "121 North Washington Avenue Cubi suite Minneapolis",
            "street": "121 North Washington Avenue",
            "suite": "Cubi suite",
            "city": "Minneapolis",
            "state": "Minnesota",
            "postalCode": "55401",
            "country": "United States",
            "latitude": 44.98468,
            "longitude": -93.26903,
        }
        documented = self._new_order("manager@cubicasa.com", minneapolis, 1716238626.904049)
        del self.orders[documented["id"]]
        documented.update(id=DOCUMENTED_ORDER, status="Ready", external_id="EXT10005")
        self.orders[DOCUMENTED_ORDER] = documented
        self._users_newest = None

    def _add_user(self, user: dict[str, Any]) -> None:
        self.users[user["id"]] = user
        self._users_newest = None

    def _newest_users(self) -> list[dict[str, Any]]:
        if self._users_newest is None:
            self._users_newest = sorted(self.users.values(), key=lambda u: u["created_at"], reverse=True)
        return self._users_newest

    def _user_by_email(self, email: str) -> dict[str, Any] | None:
        wanted = email.strip().lower()
        return next((u for u in self.users.values() if u["email"].lower() == wanted), None)

    def _new_order(self, created_by: str, addr: dict[str, Any], created_at: float | None = None) -> dict[str, Any]:
        order_id = fake_uuid(self.rng)
        order = {
            "id": order_id,
            "status": "New",
            "created_by": created_by,
            "location": addr.get("full_address") or "",
            "order_type": "vbim",
            "first_delivered_at": None,
            "created_at": created_at if created_at is not None else time.time(),
            "is_scan_order": True,
            "total_scanned_area": 0,
            "go2scan": None,
            "external_id": None,
            "add_info": "",
            "style_template": None,
            "package_type": self.package["package_type"],
            "add_ons": list(self.package["add_ons"]),
            "address": addr,
            "model_id": fake_uuid(self.rng),
            "change_requests": [],
        }
        self.orders[order_id] = order
        return order

    def _order(self, order_id: str) -> dict[str, Any]:
        order = self.orders.get(order_id)
        if order is None:
            raise HttpError(404, f"Order {order_id} not found.")
        return order

    def _order_view(self, order: dict[str, Any], assets: bool = True) -> JSON:
        purchasable = [a for a in ("gla", "3d_cad_files", "3d_video") if a not in order["add_ons"]]
        view: dict[str, Any] = {
            "id": order["id"],
            "info": {
                "status": order["status"],
                "created_by": order["created_by"],
                "location": order["location"],
                "order_type": order["order_type"],
                "first_delivered_at": order["first_delivered_at"],
                "created_at": order["created_at"],
                "is_scan_order": order["is_scan_order"],
                "total_scanned_area": order["total_scanned_area"],
                "go2scan": order["go2scan"],
                "external_id": order["external_id"],
                "add_info": order["add_info"],
                "style_template": order["style_template"],
                "product": {
                    "add_ons": list(order["add_ons"]),
                    "over_limits": [],
                    "package_type": order["package_type"],
                    "purchasable_add_ons": purchasable,
                },
            },
            "address": dict(order["address"]),
        }
        if assets:
            view["delivery_assets"] = self._assets(order)
        return view

    @staticmethod
    def _delivered(order: dict[str, Any]) -> bool:
        return order["first_delivered_at"] is not None or order["status"] in ("Ready", "Fixing")

    def _assets(self, order: dict[str, Any]) -> JSON:
        if not self._delivered(order):
            return {"listing_floorplans": [], "home_report": []}
        base = f"{ASSETS}/{order['id']}"
        plans = {
            f"{kind}_urls{dim}": [f"{base}/floorplan{dim}.{kind}"]
            for kind in ("pdf", "png", "jpg", "svg")
            for dim in ("", "_dim")
        }
        assets: dict[str, Any] = {"listing_floorplans": plans, "home_report": []}
        if order["package_type"] in ("plus", "plus_3d"):
            assets["home_report"] = {"pdf_urls": [f"{base}/home-report.pdf"]}
        if "gla" in order["add_ons"]:
            assets["gla_package"] = {"pdf_urls": [f"{base}/gla.pdf"], "json_urls": [f"{base}/gla.json"]}
        return assets

    def _set_status(self, order: dict[str, Any], status: str, fresh: bool = False) -> None:
        """Move an order and fire the order-status webhook if subscribed."""
        previous = None if fresh else order["status"]
        order["status"] = status
        if status == "Ready" and order["first_delivered_at"] is None:
            order["first_delivered_at"] = time.time()
        self._notify(order, previous)

    def _notify(self, order: dict[str, Any], previous: str | None) -> None:
        trigger = TRIGGERS.get(order["status"])
        if trigger is None or trigger not in self.webhook_config["webhook_triggers"]:
            return
        event: dict[str, Any] = {
            "id": order["id"],
            "current_status": order["status"],
            "model_id": order["model_id"],
            "product_type": "products_2d",
            "delivery_type": "new",
        }
        if previous is not None:
            event["previous_status"] = previous
        self.webhooks.send("orderStatus", list(self.webhook_config["webhook_urls"]), event)

    def _add_change_request(self, order: dict[str, Any], fields: Mapping[str, Any], done: bool = False) -> JSON:
        reserved = {"id", "order_id", "status", "created_at"}
        record = {k: v for k, v in fields.items() if k not in reserved}
        record.update(
            id=fake_uuid(self.rng),
            order_id=order["id"],
            status="Done" if done else "Open",
            created_at=order["created_at"] + 172800.0 if done else time.time(),
        )
        self.change_requests[record["id"]] = record
        order["change_requests"].append(record["id"])
        return record

    # -- engine hooks -------------------------------------------------------------------------
    def authenticate(self, scheme: SecurityScheme, credential: str) -> Access | None:
        if credential == (self.options.api_key or DEMO_KEY):
            return Access.WRITE
        if credential == READONLY_KEY:
            return Access.READ
        return None

    def error_body(self, status: int, message: str) -> JSON:
        return {"message": message}

    def validation_error_body(self, issues: Sequence[Issue]) -> JSON:
        groups: dict[str, list[JSON]] = {}
        for issue in issues:
            if issue.kind == "required":
                msg, code = "field required", "value_error.missing"
            elif issue.kind == "type" and len(issue.expected) == 1 and issue.expected[0] in _PYDANTIC_TYPES:
                msg, code = _PYDANTIC_TYPES[issue.expected[0]], f"type_error.{issue.expected[0]}"
            else:
                msg, code = issue.msg, f"value_error.{issue.kind}"
            loc = list(issue.loc[1:]) or ["__root__"]
            groups.setdefault(f"{issue.loc[0]}_params", []).append({"loc": loc, "msg": msg, "type": code})
        return {"validation_error": groups}

    def control_routes(self) -> Sequence[BaseRoute]:
        async def advance(request: Request) -> JSONResponse:
            order = self.orders.get(request.path_params["order_id"])
            if order is None:
                return JSONResponse({"message": "Order not found."}, status_code=404)
            raw = await request.body()
            wanted = None
            if raw:
                try:
                    wanted = (await request.json()).get("status")
                except (ValueError, AttributeError):
                    return JSONResponse({"message": 'body must be {"status": "<OrderStatus>"}'}, status_code=400)
            target = wanted or NEXT_STATUS.get(order["status"])
            if target not in STATUSES:
                return JSONResponse({"message": f"Order is {order['status']}; no next status."}, status_code=409)
            previous = order["status"]
            self._set_status(order, target)
            return JSONResponse({"id": order["id"], "previous_status": previous, "current_status": target})

        return [Route("/__mock__/orders/{order_id}/advance", advance, methods=["POST"])]

    def handlers(self) -> Mapping[str, Handler]:
        return {name: getattr(self, name) for name in _OPERATIONS}

    def client_credentials(self) -> dict[str, Any]:
        return {"api_key": self.options.api_key or DEMO_KEY}

    # -- company and webhooks -----------------------------------------------------------------
    def get_company_info(self, req: MockRequest) -> JSON:
        return {"profile": dict(self.company)}

    def get_company_package(self, req: MockRequest) -> JSON:
        return {"package_type": self.package["package_type"], "add_ons": list(self.package["add_ons"])}

    def update_company_webhooks(self, req: MockRequest) -> JSON:
        self.webhook_config = {
            "webhook_urls": list(req.body.get("webhook_urls", [])),
            "webhook_triggers": list(req.body.get("webhook_triggers", [])),
        }
        return {key: list(value) for key, value in self.webhook_config.items()}

    def delete_company_webhook(self, req: MockRequest) -> JSON:
        self.webhook_config = {"webhook_urls": [], "webhook_triggers": []}
        return {"message": "Webhook settings were deleted."}

    def send_merge_request(self, req: MockRequest) -> JSON:
        self.merge_requests.append(req.body)
        return {"message": "Merge request was sent."}

    # -- offices ------------------------------------------------------------------------------
    def list_offices(self, req: MockRequest) -> JSON:
        rows = sorted(self.offices.values(), key=lambda o: o["created_at"], reverse=True)
        return _page(rows, req.query, lambda o: {"id": o["id"], "name": o["name"]})

    def create_office(self, req: MockRequest) -> JSON:
        name = req.body["name"].strip() or req.body["name"]
        if any(o["name"].lower() == name.lower() for o in self.offices.values()):
            raise HttpError(409, f"An office named {name!r} already exists.")
        office = {"id": fake_uuid(self.rng), "name": name, "created_at": time.time()}
        self.offices[office["id"]] = office
        return {"id": office["id"], "name": office["name"]}

    # -- users --------------------------------------------------------------------------------
    def list_users(self, req: MockRequest) -> JSON:
        return _page(self._newest_users(), req.query, _user_view)

    def create_user(self, req: MockRequest) -> JSON:
        body = req.body
        if self._user_by_email(body["email"]) is not None:
            raise HttpError(409, f"A user with e-mail {body['email']} already exists.")
        office_id = body.get("office_id")
        if office_id is not None and office_id not in self.offices:
            raise HttpError(409, f"Office {office_id} does not exist in this company.")
        password = body.get("password")
        user = {
            "id": fake_uuid(self.rng),
            "email": body["email"],
            "name": None,
            "surname": None,
            "role": body.get("role", "User"),
            "email_confirmed": password is not None,
            "created_at": time.time(),
            "office_id": office_id,
            "password": password,
        }
        self._add_user(user)
        message = (
            "User was created."
            if password is not None
            else "Invitation email was sent to user email and needs to be finished before first login."
        )
        return {"email": user["email"], "id": user["id"], "message": message, "role": user["role"]}

    def get_user_by_email(self, req: MockRequest) -> JSON:
        key = req.path_params["user_id"]  # an e-mail address, or (inferred in the spec) the user's id
        user = self.users.get(key) or self._user_by_email(key)
        if user is None:
            raise HttpError(404, f"User {req.path_params['user_id']} not found.")
        return _user_view(user)

    def _user(self, user_id: str) -> dict[str, Any]:
        user = self.users.get(user_id)
        if user is None:
            raise HttpError(404, f"User {user_id} not found.")
        return user

    def update_user(self, req: MockRequest) -> JSON:
        user = self._user(req.path_params["user_id"])
        office_id = req.body.get("office_id")
        if office_id is not None and office_id not in self.offices:
            raise HttpError(409, f"Office {office_id} does not exist in this company.")  # as on create
        for key in ("name", "surname", "role", "office_id"):
            if key in req.body:
                user[key] = req.body[key]
        user.pop("_view", None)
        return _user_view(user)

    def delete_user(self, req: MockRequest) -> JSON:
        user = self._user(req.path_params["user_id"])
        del self.users[user["id"]]
        self._users_newest = None
        return {"message": f"User {user['email']} was deleted successfully"}

    def change_user_password(self, req: MockRequest) -> JSON:
        user = self._user_by_email(req.body["email"])
        if user is None:
            raise HttpError(404, f"User {req.body['email']} not found.")
        if user["password"] is None or user["password"] != req.body["old_password"]:
            raise HttpError(403, "The old password is not correct.")
        user["password"] = req.body["new_password"]  # not part of the public view
        return {"message": "Your password has been changed."}

    def send_password_reset_link(self, req: MockRequest) -> JSON:
        if self._user_by_email(req.body["email"]) is None:
            raise HttpError(404, f"User {req.body['email']} not found.")
        return {"message": "Send reset password email successfully."}

    # -- orders -------------------------------------------------------------------------------
    def list_orders(self, req: MockRequest) -> JSON:
        wanted = set(req.query.get("status") or STATUSES)
        rows = [o for o in self.orders.values() if o["status"] in wanted]
        rows.sort(key=lambda o: o["created_at"], reverse=True)
        return _page(rows, req.query, lambda o: self._order_view(o, assets=False))

    def get_order(self, req: MockRequest) -> JSON:
        return self._order_view(self._order(req.path_params["id"]))

    def get_combined_pdf(self, req: MockRequest) -> MockResponse:
        order = self._order(req.path_params["id"])
        if not self._delivered(order):
            raise HttpError(404, f"Order {order['id']} has no deliverables yet.")
        accept = req.accept
        if "application/json" in accept and "application/pdf" not in accept:
            url = str(req.request.base_url).rstrip("/") + f"/orders/{order['id']}/combined-pdf"
            return MockResponse(body={"url": url})
        pdf = tiny_pdf(f"CubiCasa mock - order {order['id']} - {order['location']}")
        return MockResponse(raw=pdf, content_type="application/pdf")

    def upgrade_order(self, req: MockRequest) -> JSON:
        order = self._order(req.path_params["order_id"])
        if order["status"] == "Draft":
            raise HttpError(409, "A draft order cannot be upgraded; complete it first.")
        if req.body.get("package_type") is not None:
            order["package_type"] = req.body["package_type"]
        order["add_ons"] += [a for a in req.body["add_ons"] if a not in order["add_ons"]]
        return self._order_view(order)

    def redeliver_order(self, req: MockRequest) -> JSON:
        order = self._order(req.path_params["order_id"])
        if order["status"] != "Ready":
            raise HttpError(409, f"Only Ready orders can be re-delivered; this one is {order['status']}.")
        order["preferences"] = req.body.get("order_preferences")
        return self._order_view(order)

    def create_redraw_order(self, req: MockRequest) -> JSON:
        body = req.body
        addr = self._address_from(body)
        order = self._new_order(self.company["email"], addr)
        order.update(order_type="redraw", is_scan_order=False, external_id=body.get("external_id"))
        order["add_info"] = body.get("info", "")
        order["package_type"] = body.get("package_type", order["package_type"])
        order["add_ons"] = list(body.get("add_ons", order["add_ons"]))
        order["source"] = body["source"]
        self._set_status(order, "Pending", fresh=True)
        return self._order_view(order)

    # -- change requests ----------------------------------------------------------------------
    def create_change_request(self, req: MockRequest) -> JSON:
        order = self._order(req.path_params["order_id"])
        if order["status"] != "Ready":
            raise HttpError(409, f"Change requests need a delivered (Ready) order; this one is {order['status']}.")
        record = self._add_change_request(order, req.body)
        self._set_status(order, "Fixing")
        return dict(record)

    def list_change_requests(self, req: MockRequest) -> JSON:
        order = self._order(req.path_params["order_id"])
        rows = [self.change_requests[cid] for cid in reversed(order["change_requests"])]
        return _page(rows, req.query, dict)

    def get_change_request(self, req: MockRequest) -> JSON:
        order = self._order(req.path_params["order_id"])
        record = self.change_requests.get(req.path_params["change_request_id"])
        if record is None or record["order_id"] != order["id"]:
            raise HttpError(404, f"Change request {req.path_params['change_request_id']} not found.")
        return dict(record)

    # -- draft and GoToScan orders ------------------------------------------------------------
    @staticmethod
    def _address_from(body: Mapping[str, Any]) -> dict[str, Any]:
        addr = {key: body.get(key) for key in _ADDRESS_FIELDS}
        parts = (
            body.get("street"),
            body.get("suite"),
            body.get("city"),
            body.get("state"),
            body.get("postalCode"),
            body.get("country"),
        )
        addr["full_address"] = ", ".join(p for p in parts if p)
        return addr

    def _apply_draft(self, order: dict[str, Any], body: Mapping[str, Any]) -> None:
        addr = self._address_from(body)
        order.update(
            address=addr,
            location=addr["full_address"],
            created_by=body["owner_email"],
            external_id=body.get("external_id"),
            add_info=body.get("info", ""),
            package_type=body.get("package_type", self.package["package_type"]),
            add_ons=list(body.get("add_ons", self.package["add_ons"])),
            preferences=body.get("order_preferences"),
        )

    def _draft(self, order_id: str) -> dict[str, Any]:
        order = self._order(order_id)
        if order["status"] != "Draft":
            raise HttpError(409, f"Order {order_id} is {order['status']}, not a draft.")
        return order

    def create_draft_order(self, req: MockRequest) -> JSON:
        order = self._new_order(req.body["owner_email"], self._address_from(req.body))
        self._apply_draft(order, req.body)
        self._set_status(order, "Draft", fresh=True)
        return self._order_view(order)

    def update_draft_order(self, req: MockRequest) -> JSON:
        order = self._draft(req.path_params["order_id"])
        self._apply_draft(order, req.body)
        return self._order_view(order)

    def delete_draft_order(self, req: MockRequest) -> JSON:
        order = self._draft(req.path_params["order_id"])
        del self.orders[order["id"]]
        return {"message": f"Draft order {order['id']} was deleted successfully"}

    def create_gotoscan_order(self, req: MockRequest) -> JSON:
        body = req.body
        addr = self._address_from({**body, "street": body["street_address"], "postalCode": body.get("postcode")})
        order = self._new_order(self.company["email"], addr)
        token = fake_uuid(self.rng).replace("-", "")
        link = f"https://gotoscan.example.com/start?token={token}"
        order["external_id"] = body["external_id"]
        order["go2scan"] = {
            "external_id": body["external_id"],
            "conversion_type": body.get("conversion_type", "t3"),
            "priority": body.get("priority", "regular"),
            "client_name": body.get("client_name"),
            "link": link,
        }
        return {"id": order["id"], "link": link}


_OPERATIONS = (
    "get_company_info",
    "update_company_webhooks",
    "delete_company_webhook",
    "get_company_package",
    "send_merge_request",
    "list_offices",
    "create_office",
    "list_users",
    "create_user",
    "get_user_by_email",
    "update_user",
    "delete_user",
    "change_user_password",
    "send_password_reset_link",
    "list_orders",
    "upgrade_order",
    "redeliver_order",
    "get_order",
    "get_combined_pdf",
    "create_redraw_order",
    "create_change_request",
    "list_change_requests",
    "get_change_request",
    "create_draft_order",
    "update_draft_order",
    "delete_draft_order",
    "create_gotoscan_order",
)

MOCK = CubiCasaMock
