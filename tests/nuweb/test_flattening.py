"""JSON:API documents become flat `CompanyUser` objects; nothing the server sent is lost."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import nuweb
from nuweb._jsonapi import Attr, Document, attributes_of, split_attributes, text
from nuweb.models import CompanyUserDocument, CompanyUserStatusMessage
from tests.nuweb.fakes import Recorder, document, json_response, list_body, make_client, replies

UTC_STAMP = datetime.datetime(2021, 11, 22, 11, 59, tzinfo=datetime.UTC)


def test_get_resolves_included_relationships_including_the_atributes_typo() -> None:
    recorder = replies(json_response(200, document(5)))
    with make_client(recorder) as client:
        user = client.users.get(5)

    assert (user.id, user.name, user.email, user.phone, user.phone_code) == (
        5,
        "User 5",
        "user5@example.com",
        "07123456789",
        "44",
    )
    assert user.created_at == UTC_STAMP and user.deleted_at is None and not user.suspended
    # companyUsers arrive under the misspelled `atributes` key and are still read
    (membership,) = user.memberships
    assert membership.id == 105 and membership.included
    assert membership.is_selected is True and membership.locale == "en"
    assert membership.accepted_terms_at == UTC_STAMP and membership.accepted_privacy_at is None
    assert [(r.id, r.title) for r in user.roles] == [(1, "Super user"), (2, "Box office")]
    assert [(g.id, g.name, g.created_at) for g in user.visibility_groups] == [(7, "Bristol Group", UTC_STAMP)]
    assert set(user.relationships) == {"companyUsers", "roles", "visibilityGroups"}
    assert user.relationships["companyUsers"][0].attributes is not None
    assert user.relationships["companyUsers"][0].attributes["locale"] == "en"
    # the default asks for every related resource, comma-separated (never as repeated keys)
    assert recorder.requests[0].url.params.get_list("include") == ["companyUsers,roles,visibilityGroups"]
    assert recorder.requests[0].url.params["id"] == "5"


def test_raw_keeps_the_generated_document_with_the_typo_key() -> None:
    with make_client(replies(json_response(200, document(5, nickname="J")))) as client:
        user = client.users.get(email="user5@example.com")

    assert isinstance(user.raw, CompanyUserDocument)
    raw = user.raw.to_dict()
    assert raw["data"]["attributes"]["nickname"] == "J"
    assert raw["included"][0]["atributes"]["locale"] == "en"  # exactly as sent
    assert "attributes" not in raw["included"][0]


def test_unknown_attributes_and_relationships_are_kept() -> None:
    body = document(3, nickname="Jo", loginCount=12)
    body["data"]["relationships"]["teams"] = {"data": [{"type": "teams", "id": 9}]}
    body["included"].append({"type": "teams", "id": 9, "attributes": {"label": "Ops"}})
    body["included"][1]["attributes"]["colour"] = "red"
    with make_client(replies(json_response(200, body))) as client:
        user = client.users.get(3)

    assert dict(user.extra) == {"nickname": "Jo", "loginCount": 12}
    assert dict(user.roles[0].extra) == {"colour": "red"}
    (team,) = user.relationships["teams"]
    assert (team.type, team.id, dict(team.attributes or {})) == ("teams", 9, {"label": "Ops"})
    assert team.key in {(str(item.type_), str(item.id)) for item in user.raw.included or []}


def test_relationships_not_included_still_name_their_ids() -> None:
    body = {"data": document(2)["data"]}  # no `included`: the caller passed include=()
    recorder = replies(json_response(200, body))
    with make_client(recorder) as client:
        user = client.users.get(2, include=())

    assert [(r.id, r.included, r.title) for r in user.roles] == [(1, False, None), (2, False, None)]
    assert user.memberships[0].included is False
    assert "include" not in recorder.requests[0].url.params


def test_create_reads_the_snake_case_phone_code_and_typo_visibility_groups() -> None:
    body: dict[str, Any] = {
        "data": {
            "type": "users",
            "id": 11,
            "attributes": {"name": "Ada", "email": "ada@example.com", "phone": None, "phone_code": "44"},
            "relationships": {"visibilityGroups": {"data": [{"type": "visibilityGroups", "id": 1}]}},
        },
        "included": [{"type": "visibilityGroups", "id": 1, "atributes": {"name": "Bristol Office"}}],
    }
    recorder = replies(json_response(200, body))
    with make_client(recorder) as client:
        user = client.users.create(name="Ada", email="ada@example.com", password="pa55word!")

    assert (user.id, user.phone, user.phone_code) == (11, None, "44")
    assert user.visibility_groups[0].name == "Bristol Office"
    assert user.roles == ()
    assert recorder.body() == {"name": "Ada", "email": "ada@example.com", "password": "pa55word!"}


def test_each_listed_user_gets_its_own_share_of_included() -> None:
    with make_client(replies(json_response(200, list_body([1, 2], page=1, last_page=1, total=2)))) as client:
        page = client.users.list_page()

    assert [u.id for u in page] == [1, 2] and page.total == 2 and page.number == 1
    first, second = page.items
    assert {(i.type_, i.id) for i in first.raw.included or []} == {
        ("companyUsers", 101),
        ("roles", 1),
        ("roles", 2),
        ("visibilityGroups", 7),
    }
    assert ("companyUsers", 101) not in {(i.type_, i.id) for i in second.raw.included or []}
    assert second.memberships[0].id == 102 and second.memberships[0].included


def test_bad_timestamp_in_included_names_the_field() -> None:
    body = document(1)
    body["included"][3]["attributes"]["createdAt"] = "yesterday"
    with make_client(replies(json_response(200, body))) as client, pytest.raises(nuweb.ResponseValidationError) as info:
        client.users.get(1)
    assert "visibilityGroups[7].createdAt" in str(info.value)


def test_suspend_and_restore_return_the_message() -> None:
    recorder = Recorder(
        lambda request: json_response(
            200, {"message": "User 'John Doe' suspended successfully!" if request.method == "DELETE" else "restored"}
        )
    )
    with make_client(recorder) as client:
        suspended = client.users.suspend(4)
        restored = client.users.restore(email="john@example.com")

    assert suspended.message == "User 'John Doe' suspended successfully!"
    assert isinstance(suspended.raw, CompanyUserStatusMessage)
    assert restored.message == "restored"
    first, second = recorder.requests
    assert (first.method, first.url.path, dict(first.url.params)) == ("DELETE", "/v1/company/users", {"id": "4"})
    assert (second.method, second.url.path, dict(second.url.params)) == (
        "POST",
        "/v1/company/users/restore",
        {"email": "john@example.com"},
    )


def test_update_sends_only_the_given_fields() -> None:
    recorder = replies(json_response(200, document(4)))
    with make_client(recorder) as client:
        user = client.users.update(4, name="Jo", accepted_terms=True, roles=[1, 2], visibility_groups=[7])

    assert user.id == 4
    assert recorder.requests[0].url.path == "/v1/company/users/update"
    assert recorder.body() == {
        "id": 4,
        "name": "Jo",
        "acceptedTerms": True,
        "roles": [1, 2],
        "visibilityGroups": [7],
    }


def test_bad_arguments_fail_before_sending() -> None:
    recorder = replies(json_response(200, document(1)))
    with make_client(recorder) as client:
        with pytest.raises(nuweb.ArgumentError, match="pass user_id or email"):
            client.users.get()
        with pytest.raises(nuweb.ArgumentError, match="pass user_id or email"):
            client.users.suspend()  # neither: the spec's x-any-of-parameters wants one
        with pytest.raises(nuweb.ArgumentError, match="at least"):
            client.users.update(1)
        with pytest.raises(nuweb.ArgumentError, match="roles"):
            client.users.update(1, roles="1,2")  # type: ignore[arg-type]
    assert recorder.requests == []


# --- the generic layer, without HTTP -----------------------------------------------------------
def test_document_resolves_to_one_relationships_and_matches_ids_across_types() -> None:
    index = Document(
        [
            {"type": "companies", "id": "3", "attributes": {"name": "Right"}, "atributes": {"name": "Wrong", "x": 1}},
            {"type": "companies", "id": 3, "attributes": {"name": "Duplicate"}},
        ]
    )
    flat = index.flatten(
        {
            "type": "events",
            "id": 8,
            "atributes": {"title": "Gig"},
            "relationships": {"company": {"data": {"type": "companies", "id": 3}}, "venue": {"data": None}},
        }
    )
    assert dict(flat.attributes) == {"title": "Gig"}
    (company,) = flat.relationships["company"]
    assert dict(company.attributes or {}) == {"name": "Right", "x": 1}  # `attributes` wins over the typo
    assert flat.relationships["venue"] == ()
    assert flat.related_keys() == [("companies", "3")]
    assert attributes_of({"attributes": None}) == {}


def test_split_attributes_types_known_fields_and_keeps_the_rest() -> None:
    spec = (Attr.of("code", "phoneCode", "phone_code", parse=text), Attr.of("name", parse=text))
    values, extra = split_attributes({"phoneCode": None, "phone_code": 44, "other": [1]}, spec, "users[1]")
    assert values == {"code": "44", "name": None}
    assert dict(extra) == {"other": [1]}
    with pytest.raises(nuweb.ResponseValidationError, match=r"users\[1\]\.name"):
        split_attributes({"name": {"first": "A"}}, spec, "users[1]")
