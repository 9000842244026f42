"""The command line: git refs, the repository's own specs, output formats and the CHANGELOG check."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tools import spec_diff
from tools.spec_diff import ROOT, load_config, main, print_change_summary, spec_at, unreleased_section

CUBICASA = "openapi/cubicasa-integrate-v3.yaml"
FIXTURES = Path(__file__).parent / "fixtures"
EMPTY_CHANGELOG = "# Changelog\n\nIntro.\n\n## Unreleased\n\n## 0.1.0\n\n- Initial specs.\n"


def _without_email_confirmed(text: str, out: Path) -> Path:
    doc = yaml.load(text, Loader=yaml.CSafeLoader)
    del doc["components"]["schemas"]["User"]["properties"]["email_confirmed"]
    out.write_text(yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=False))
    return out


def test_breaking_edit_to_cubicasa_fails_the_changelog_check_naming_the_symbol(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = _without_email_confirmed((ROOT / CUBICASA).read_text(), tmp_path / "cubicasa.yaml")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(EMPTY_CHANGELOG)
    args = ["--api", "cubicasa", "--spec-file", str(edited), "--base-file", str(ROOT / CUBICASA)]
    args += ["--check-changelog", "--changelog", str(changelog)]

    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "BREAKING    removed response field User.email_confirmed" in out
    assert "breaks: cubicasa.models.User.email_confirmed" in err
    line = (
        "- `cubicasa: removed response field User.email_confirmed` "
        "(`cubicasa.models.User.email_confirmed`): <what users of the client must change>"
    )
    assert line in err.splitlines()

    # Recording the printed line under "## Unreleased" makes the same check pass.
    changelog.write_text(EMPTY_CHANGELOG.replace("## Unreleased\n", f"## Unreleased\n\n{line}\n"))
    assert main(args) == 0
    assert "changelog check passed (1 breaking change(s)" in capsys.readouterr().err

    # ...but not when it sits under a released version.
    report = spec_diff.build_report(load_config(), "cubicasa", spec_file=edited, base_file=ROOT / CUBICASA)
    assert spec_diff.unrecorded(report.changes, EMPTY_CHANGELOG.replace("- Initial specs.", line)) == report.breaking


def test_breaking_edit_against_the_committed_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = load_config()
    head = spec_at(ROOT, spec_diff.resolve_ref(ROOT, "HEAD"), config.api("cubicasa").spec)
    assert head is not None
    edited = _without_email_confirmed(head, tmp_path / "cubicasa.yaml")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(EMPTY_CHANGELOG)
    code = main(["--api", "cubicasa", "--spec-file", str(edited), "--check-changelog", "--changelog", str(changelog)])
    assert code == 1
    assert "cubicasa.models.User.email_confirmed" in capsys.readouterr().err


def test_repository_specs_against_head_report_without_crashing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--all", "--format", "json"]) == 0
    reports = json.loads(capsys.readouterr().out)["reports"]
    assert [r["api"] for r in reports] == [a.name for a in load_config().apis]
    for report in reports:
        assert report["base"] == "HEAD" and len(report["base_commit"]) == 40
        assert report["breaking"] == sum(c["severity"] == "breaking" for c in report["changes"])
    assert main(["--api", "nuweb"]) == 0
    assert capsys.readouterr().out.startswith("nuweb: openapi/nuweb.yaml vs HEAD (")


def test_committed_specs_compared_with_themselves_have_no_changes() -> None:
    config = load_config()
    commit = spec_diff.resolve_ref(ROOT, "HEAD")
    for api in config.apis:
        text = spec_at(ROOT, commit, api.spec)
        assert text is not None, api.name
        doc = spec_diff.parse_spec(text, api.name)
        assert spec_diff.diff_documents(api.entry, doc, doc, config.naming, config.options) == []


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A small git repository with two APIs: `crm` committed twice, `fresh` never committed."""
    (tmp_path / "openapi").mkdir()
    (tmp_path / "generator-config.yaml").write_text(
        "generator: {options: {}}\n"
        "apis:\n"
        "  - {name: crm, spec: openapi/crm.yaml, package: crm_client}\n"
        "  - {name: fresh, spec: openapi/fresh.yaml, package: fresh_client}\n"
    )
    _git(tmp_path, "init", "-q")
    shutil.copy(FIXTURES / "models" / "v1.yaml", tmp_path / "openapi" / "crm.yaml")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "v1")
    shutil.copy(FIXTURES / "models" / "v2.yaml", tmp_path / "openapi" / "crm.yaml")
    _git(tmp_path, "commit", "-q", "-am", "v2")
    shutil.copy(FIXTURES / "new_api" / "v2.yaml", tmp_path / "openapi" / "fresh.yaml")
    (tmp_path / "CHANGELOG.md").write_text(EMPTY_CHANGELOG)
    return tmp_path


def test_git_refs_and_a_spec_not_in_git_yet(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = load_config(repo)
    assert spec_diff.build_report(config, "crm").changes == []  # working tree == HEAD
    previous = spec_diff.build_report(config, "crm", "HEAD~1")
    assert "crm: removed response field User.email_confirmed" in {c.id for c in previous.breaking}
    fresh = spec_diff.build_report(config, "fresh")
    assert fresh.new_at_base and fresh.changes and all(c.kind.endswith("-added") for c in fresh.changes)

    assert main(["--root", str(repo), "--api", "fresh", "--check-changelog"]) == 0
    assert "not in the base yet, so everything is added" in capsys.readouterr().out
    assert main(["--root", str(repo), "--all", "--base", "HEAD~1", "--check-changelog"]) == 1
    err = capsys.readouterr().err
    assert "14 breaking change(s) not recorded" in err
    assert "crm_client.models.UserCreate.type_" in err


def test_input_errors_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "--api", "nope"]) == 2
    assert "unknown API 'nope'" in capsys.readouterr().err
    assert main(["--root", str(repo), "--base", "no-such-ref"]) == 2
    assert "unknown git ref 'no-such-ref'" in capsys.readouterr().err
    (repo / "openapi" / "crm.yaml").write_text("paths: {/x: {get: {responses: {'200': {$ref: '#/nowhere'}}}}}\n")
    assert main(["--root", str(repo), "--api", "crm"]) == 2
    assert "unresolvable $ref '#/nowhere'" in capsys.readouterr().err


def test_generate_hook_prints_reports_and_never_raises(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    print_change_summary(["crm", "fresh"], base="HEAD~1", root=repo)
    out = capsys.readouterr().out
    assert "crm: openapi/crm.yaml vs HEAD~1" in out and "breaking changes above" in out
    print_change_summary(["crm"], base="no-such-ref", root=repo)
    assert "no change report" in capsys.readouterr().err


def test_markdown_report(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(repo), "--api", "crm", "--base", "HEAD~1", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### crm: openapi/crm.yaml vs HEAD~1 (")
    assert (
        "| **breaking** | removed response field User.email_confirmed | `crm_client.models.User.email_confirmed` |"
        in out
    )


def test_the_project_changelog_follows_the_convention() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    section = unreleased_section(text)
    assert section is not None
    assert "## 0.1.0" in text and "## 0.1.0" not in section
    assert unreleased_section("# C\n\n## 1.0\n- x\n") is None
    assert unreleased_section("## Unreleased\n- `a: b`\n## 1.0\n- `c: d`\n") == "- `a: b`"


def test_report_names_the_methods_users_call(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An added operation, a method renamed by x-sdk-name and a removed body field, as user code sees them."""
    doc = yaml.load((ROOT / CUBICASA).read_text(), Loader=yaml.CSafeLoader)
    doc["paths"]["/offices/{office_id}"] = {
        "get": {
            "operationId": "get_office",
            "tags": ["offices"],
            "security": doc["security"],
            "parameters": [{"name": "office_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "The office.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Office"}}},
                }
            },
        }
    }
    doc["paths"]["/orders/{id}/combined-pdf"]["get"]["x-sdk-name"] = "pdf"
    del doc["components"]["schemas"]["UserCreate"]["properties"]["office_id"]
    edited = tmp_path / "cubicasa.yaml"
    edited.write_text(yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=False))

    assert main(["--api", "cubicasa", "--spec-file", str(edited), "--base-file", str(ROOT / CUBICASA)]) == 0
    out = capsys.readouterr().out
    added = out[out.index("compatible  added operation GET /offices/{office_id}") :]
    assert added.splitlines()[1:3] == [
        "              call: client.offices.get(office_id)",
        "              python: CubiCasa.offices.get, AsyncCubiCasa.offices.get",
    ]
    renamed = out[out.index("BREAKING    renamed the method of GET /orders/{id}/combined-pdf") :]
    assert renamed.splitlines()[0].endswith("from orders.combined_pdf to orders.pdf")
    assert renamed.splitlines()[1] == "              call: client.orders.pdf(order_id, path)"
    removed = out[out.index("BREAKING    removed request field UserCreate.office_id") :]
    assert removed.splitlines()[1:3] == [
        "              call: client.users.create(office_id=...)",
        "              python: cubicasa.models.UserCreate.office_id, CubiCasa.users.create(office_id=...), "
        "AsyncCubiCasa.users.create(office_id=...)",
    ]

    assert main(["--api", "cubicasa", "--spec-file", str(edited), "--base-file", str(ROOT / CUBICASA),
                 "--format", "json"]) == 0  # fmt: skip
    (report,) = json.loads(capsys.readouterr().out)["reports"]
    by_id = {c["id"]: c for c in report["changes"]}
    change = by_id["cubicasa: added operation GET /offices/{office_id}"]
    assert change["calls"] == ["client.offices.get(office_id)"]
    assert change["python"] == ["CubiCasa.offices.get", "AsyncCubiCasa.offices.get"]
    assert (
        by_id["cubicasa: renamed the method of GET /orders/{id}/combined-pdf from orders.combined_pdf to orders.pdf"][
            "severity"
        ]
        == "breaking"
    )
