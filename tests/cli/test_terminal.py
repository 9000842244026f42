"""The installed `cubicasa` script in a real 80-column terminal and in a pipe: IDs and e-mails whole,
a live count while a long listing is fetched, a progress bar on a download, prompts that ask."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import CREDENTIALS, Cli
from tests.cli.terminal import BIN, environment, in_pipe, in_terminal

UUID_LIKE = re.compile(r"[0-9a-f]{8}-[0-9a-f-]*[0-9a-f…]")
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w.-]*[\w…]")


def env(cli: Cli) -> dict[str, str]:
    return {**CREDENTIALS[cli.api], "CUBICASA_BASE_URL": cli.url}


@pytest.fixture
def users(cubicasa: Cli) -> list[dict[str, str]]:
    found: list[dict[str, str]] = cubicasa.json("users", "list", "--limit", "100")
    assert len(found) > 100
    return found


def assert_whole(text: str, ids: set[str], emails: set[str]) -> None:
    """Every ID and address shown is a whole, known one (nothing cut to `eeec9e2b-bdd4-46db-…`)."""
    assert set(UUID_LIKE.findall(text)) <= ids
    assert set(EMAIL_LIKE.findall(text)) <= emails


@pytest.mark.parametrize("columns", [80, 50])
def test_a_listing_keeps_every_id_and_email_whole_in_a_narrow_terminal(
    cubicasa: Cli, users: list[dict[str, str]], columns: int
) -> None:
    run = in_terminal(["cubicasa", "users", "list", "--limit", "100"], env(cubicasa), columns=columns)
    assert run.code == 0, run.output
    ids, emails = {u["id"] for u in users}, {u["email"] for u in users}
    assert_whole(run.output, ids, emails)
    assert all(i in run.output for i in ids)
    if columns == 80:  # both fit: the few rows whose address is longer than the room left run past the edge
        assert all(e in run.output for e in emails)
        too_wide = [line for line in run.output.splitlines() if len(line) > columns and UUID_LIKE.match(line)]
        assert too_wide and all(len(line.split()[-1]) > columns - 36 - 3 for line in too_wide)
    assert "left out at this width" in run.output  # the columns left out are named, not cut


def test_orders_in_80_columns_never_cut_an_id_or_the_creator_address(cubicasa: Cli) -> None:
    orders = cubicasa.json("orders", "list", "--limit", "100")
    run = in_terminal(["cubicasa", "orders", "list", "--max-items", "30"], env(cubicasa), columns=80)
    assert run.code == 0, run.output
    assert_whole(run.output, {o["id"] for o in orders}, {o["info"]["created_by"] for o in orders})
    assert all(o["id"] in run.output for o in orders[:30])


def test_a_listing_in_a_pipe_is_whole_tab_separated_lines(cubicasa: Cli, users: list[dict[str, str]]) -> None:
    result = in_pipe(["cubicasa", "users", "list", "--limit", "100"], env(cubicasa))
    assert result.returncode == 0, result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.split("\t")[:2] == ["id", "email"]
    assert [line.split("\t")[:2] for line in lines] == [[u["id"], u["email"]] for u in users]
    assert result.stderr == ""  # no progress display when stderr is not a terminal


def test_a_long_listing_shows_a_live_count_on_a_terminal(cubicasa: Cli, users: list[dict[str, str]]) -> None:
    run = in_terminal(["cubicasa", "users", "list", "--limit", "20"], env(cubicasa), stdout_pipe=True)
    assert run.code == 0, run.output
    counts = [int(n) for n in re.findall(r"users: (\d+)", run.output)]
    assert counts and max(counts) == len(users)  # the count, on stderr, reached every user
    assert len(run.stdout.splitlines()) == 1 + len(users)  # stdout (a pipe) got the rows, not the count


def test_a_download_shows_a_progress_bar_on_a_terminal(cubicasa: Cli, tmp_path: Path) -> None:
    order_id = cubicasa.json("orders", "list", "--status", "Ready", "--max-items", "1")[0]["id"]
    target = tmp_path / "plan.pdf"
    run = in_terminal(["cubicasa", "orders", "combined-pdf", order_id, str(target)], env(cubicasa))
    assert run.code == 0, run.output
    assert "orders combined-pdf" in run.output and "━" in run.raw  # the bar, drawn on stderr
    assert re.search(r"\d+(\.\d+)?/\d+(\.\d+)? (bytes|kB)", run.output)
    assert str(target) in run.output and target.read_bytes().startswith(b"%PDF")


def test_answering_no_at_the_prompt_cancels_with_exit_code_4(cubicasa: Cli, users: list[dict[str, str]]) -> None:
    victim = users[-1]
    run = in_terminal(["cubicasa", "users", "delete", victim["id"]], env(cubicasa), answer="n\n")
    assert run.code == 4, run.output
    assert f"Delete user {victim['id']}? [y/N]" in run.output and "Cancelled; nothing was sent." in run.output
    assert cubicasa.json("users", "get-by-email", victim["email"])["id"] == victim["id"]

    confirmed = in_terminal(["cubicasa", "users", "delete", victim["id"]], env(cubicasa), answer="y\n")
    assert confirmed.code == 0, confirmed.output
    cubicasa("users", "get-by-email", victim["email"], code=1)


def test_yes_skips_the_prompt_in_a_terminal(cubicasa: Cli, users: list[dict[str, str]]) -> None:
    run = in_terminal(["cubicasa", "users", "delete", users[0]["id"], "--yes"], env(cubicasa))
    assert run.code == 0 and "[y/N]" not in run.output and "deleted" in run.output


def test_a_password_is_asked_for_without_echo(cubicasa: Cli) -> None:
    argv = ["cubicasa", "users", "create", "--email", "pty.user@example.com", "--password"]
    run = in_terminal(argv, env(cubicasa), answer="typed-secret-99\n")
    assert run.code == 0, run.output
    assert "Password: " in run.output and "typed-secret-99" not in run.raw
    assert "User was created." in run.output


def test_ctrl_c_during_a_listing_exits_130_without_a_traceback(cubicasa: Cli) -> None:
    argv = ["cubicasa", "users", "list", "--limit", "1"]  # a page per user: still fetching when interrupted
    run = in_terminal(argv, env(cubicasa), stdout_pipe=True, interrupt_on=r"users: [1-9]")
    assert run.code == 130, run.output
    assert "Interrupted." in run.output and "Traceback" not in run.output


def test_a_reader_that_stops_early_ends_the_listing_quietly(cubicasa: Cli) -> None:
    command = [str(BIN / "cubicasa"), "users", "list", "--limit", "1"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(env(cubicasa)), text=True
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith("id\temail")
    process.stdout.close()  # `| head -1`
    assert process.wait(timeout=20) == 0
    assert process.stderr.read() == ""
