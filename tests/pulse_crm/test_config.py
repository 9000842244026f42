"""Constructor options: credentials and their environment variables, account id, base URL."""

from __future__ import annotations

import httpx
import pytest

from pulse_crm import DEFAULT_BASE_URL, AsyncPulseCRM, ConfigurationError, PulseCRM
from tests.pulse_crm.fakes import ACCOUNT_ID, API_KEY, API_SECRET, BASE_URL, FakePulse, sync_client


def test_missing_credentials_name_every_environment_variable() -> None:
    with pytest.raises(ConfigurationError) as caught:
        PulseCRM(account_id=ACCOUNT_ID)
    for name in ("PULSE_API_KEY", "PULSE_API_SECRET", "PULSE_TOKEN"):
        assert name in str(caught.value)


def test_async_client_checks_credentials_the_same_way() -> None:
    with pytest.raises(ConfigurationError, match="PULSE_API_KEY"):
        AsyncPulseCRM()


def test_a_key_without_its_secret_names_the_missing_one(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="PULSE_API_SECRET"):
        PulseCRM(api_key=API_KEY)
    monkeypatch.setenv("PULSE_API_SECRET", API_SECRET)
    with pytest.raises(ConfigurationError, match="PULSE_API_KEY"):
        PulseCRM()


def test_everything_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, fake: FakePulse) -> None:
    monkeypatch.setenv("PULSE_API_KEY", API_KEY)
    monkeypatch.setenv("PULSE_API_SECRET", API_SECRET)
    monkeypatch.setenv("PULSE_ACCOUNT_ID", "987")
    monkeypatch.setenv("PULSE_BASE_URL", BASE_URL)
    client = PulseCRM(transport=fake.transport())

    client.users.get(1)

    assert client.base_url == BASE_URL
    assert client.account_id == "987"
    assert fake.requests[-1].headers["x-account-id"] == "987"
    assert len(fake.logins) == 1


def test_token_from_the_environment_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_TOKEN", "a-session-token-0001")
    with PulseCRM(account_id=ACCOUNT_ID) as client:
        assert client.base_url == DEFAULT_BASE_URL
        assert client._session_auth.has_token
        assert not client._session_auth.can_login


@pytest.mark.parametrize("bad", ["abc", "23-11", " 2311", "", "\uff12\uff13\uff11\uff11", -5, 1.5])
def test_an_account_id_that_is_not_digits_is_refused_up_front(fake: FakePulse, bad: object) -> None:
    with pytest.raises(ConfigurationError, match="digits"):
        sync_client(fake, account_id=bad)
    assert fake.requests == []


def test_an_account_id_from_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_ACCOUNT_ID", "acct-1")
    with pytest.raises(ConfigurationError, match="PULSE_ACCOUNT_ID"):
        PulseCRM(api_key=API_KEY, api_secret=API_SECRET)
    client = PulseCRM(api_key=API_KEY, api_secret=API_SECRET, account_id="1")
    with client, pytest.raises(ConfigurationError, match="digits"):
        client.with_account("x1")


def test_an_integer_account_id_is_sent_as_digits(fake: FakePulse) -> None:
    client = sync_client(fake, account_id=6591739253089529)
    client.users.get(1)
    assert fake.requests[-1].headers["x-account-id"] == "6591739253089529"


def test_users_calls_without_an_account_id_fail_before_sending(fake: FakePulse) -> None:
    client = sync_client(fake, account_id=None)
    assert client.auth.session().email  # auth calls need no account
    sent = len(fake.requests)
    with pytest.raises(ConfigurationError, match="PULSE_ACCOUNT_ID"):
        client.users.get(1)
    with pytest.raises(ConfigurationError, match="account"):
        client.users.list()
    assert len(fake.requests) == sent


def test_the_default_base_url_is_the_inferred_one() -> None:
    with PulseCRM(api_key=API_KEY, api_secret=API_SECRET) as client:
        assert client.base_url == DEFAULT_BASE_URL == "https://api.pulse.com/api"


def test_plain_http_is_refused_unless_allowed() -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure"):
        PulseCRM(api_key=API_KEY, api_secret=API_SECRET, base_url="http://pulse.example.com/api")
    with PulseCRM(
        api_key=API_KEY, api_secret=API_SECRET, base_url="http://pulse.example.com/api", allow_insecure=True
    ) as allowed:
        assert allowed.base_url == "http://pulse.example.com/api"


def test_an_http_client_must_agree_with_base_url(fake: FakePulse) -> None:
    own = httpx.Client(base_url=BASE_URL, transport=fake.transport())
    client = PulseCRM(api_key=API_KEY, api_secret=API_SECRET, account_id=ACCOUNT_ID, http_client=own)
    assert client.base_url == BASE_URL  # taken from the http_client
    client.users.get(1)
    assert fake.logins[0].url == f"{BASE_URL}/auth/login"
    client.close()
    assert not own.is_closed  # not ours to close

    with pytest.raises(ConfigurationError, match="differs"):
        PulseCRM(api_key=API_KEY, api_secret=API_SECRET, http_client=own, base_url="https://elsewhere.test/api")
    own.close()


def test_bad_timeout_and_retries_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        PulseCRM(api_key=API_KEY, api_secret=API_SECRET, timeout=-1)
    with pytest.raises(ConfigurationError, match="max_retries"):
        PulseCRM(api_key=API_KEY, api_secret=API_SECRET, max_retries=-1)
