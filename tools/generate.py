"""Regenerate generated/<package>/ from openapi/*.yaml, or check that it is current.

One entry point for `make generate` and `make check-generated`, driven by
generator-config.yaml so that adding an API is one config entry. Each API is
generated into a scratch folder first and only then swapped into place, so a
failed run never leaves a half-written package behind.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

from tools.spec_diff import print_change_summary

ROOT = Path(__file__).resolve().parent.parent
CONFIG_PATH = ROOT / "generator-config.yaml"
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class ApiEntry:
    name: str
    spec: Path
    package: str


@dataclass(frozen=True)
class PipelineConfig:
    generator_version: str
    templates: Path
    options: dict[str, object]
    apis: tuple[ApiEntry, ...]


class PipelineError(Exception):
    """A problem the user must fix (bad config, generator failure); printed without a traceback."""


def load_config(path: Path = CONFIG_PATH) -> PipelineConfig:
    raw = yaml.safe_load(path.read_text())
    try:
        gen = raw["generator"]
        apis = tuple(ApiEntry(name=a["name"], spec=ROOT / a["spec"], package=a["package"]) for a in raw["apis"])
        return PipelineConfig(
            generator_version=str(gen["version"]),
            templates=ROOT / gen["custom_templates"],
            options=dict(gen.get("options") or {}),
            apis=apis,
        )
    except (KeyError, TypeError) as exc:
        raise PipelineError(f"{path.name}: missing or malformed key {exc}") from None


def check_generator_version(expected: str) -> None:
    installed = metadata.version("openapi-python-client")
    if installed != expected:
        raise PipelineError(
            f"openapi-python-client {installed} is installed but generator-config.yaml pins {expected}; "
            "the custom templates are forked from that version. Run `make venv` or update the pin and templates."
        )


def _generator_env() -> dict[str, str]:
    # The post-hooks call `ruff`; make sure it is the one installed beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def generate_one(api: ApiEntry, config: PipelineConfig, scratch: Path) -> Path:
    """Generate one API into scratch/<package> and return that folder."""
    if not api.spec.is_file():
        raise PipelineError(f"{api.name}: spec {api.spec.relative_to(ROOT)} does not exist")
    out = scratch / api.package
    # The generator parses YAML with a pure-Python loader (about half its run time); hand it the
    # same document as JSON, parsed here by libyaml. The output does not depend on the format.
    spec_json = scratch / f"{api.package}.openapi.json"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec_json.write_text(json.dumps(yaml.load(api.spec.read_text(), Loader=loader)))
    options = dict(config.options, package_name_override=api.package, project_name_override=api.package)
    config_file = scratch / f"{api.package}.config.yaml"
    config_file.write_text(yaml.safe_dump(options, sort_keys=True))
    cmd = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_json),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--config",
        str(config_file),
        "--custom-template-path",
        str(config.templates),
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, cwd=scratch, env=_generator_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not out.is_dir():
        detail = (proc.stdout + proc.stderr).strip()
        raise PipelineError(f"{api.name}: openapi-python-client failed on {api.spec.relative_to(ROOT)}:\n{detail}")
    # Ship type information with the package (PEP 561); --meta none leaves it out.
    (out / "py.typed").write_text("")
    return out


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts:
            yield path.relative_to(root)


def diff_trees(expected: Path, actual: Path, label: str) -> list[str]:
    """Describe how `actual` (checked in) differs from `expected` (freshly generated)."""
    if not actual.is_dir():
        return [f"{label}: missing (run `make generate`)"]
    want, have = set(_files(expected)), set(_files(actual))
    problems = [f"{label}/{p}: should not exist" for p in sorted(have - want)]
    problems += [f"{label}/{p}: missing" for p in sorted(want - have)]
    for rel in sorted(want & have):
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False):
            diff = difflib.unified_diff(
                (actual / rel).read_text().splitlines(),
                (expected / rel).read_text().splitlines(),
                f"checked-in {label}/{rel}",
                f"generated {label}/{rel}",
                lineterm="",
                n=1,
            )
            problems.append(f"{label}/{rel}: differs\n" + "\n".join(list(diff)[:20]))
    return problems


def run(selected: Sequence[str], check: bool) -> int:
    config = load_config()
    check_generator_version(config.generator_version)
    apis = [a for a in config.apis if not selected or a.name in selected]
    unknown = set(selected) - {a.name for a in config.apis}
    if unknown:
        raise PipelineError(f"unknown API name(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="generate-") as tmp:
        scratch = Path(tmp)
        with ThreadPoolExecutor(max_workers=len(apis) or 1) as pool:
            outputs = list(pool.map(lambda a: generate_one(a, config, scratch), apis))
        if check:
            problems = [
                p
                for api, out in zip(apis, outputs, strict=True)
                for p in diff_trees(out, GENERATED / api.package, api.package)
            ]
            if problems:
                print(
                    "generated/ is out of date with openapi/ (run `make generate` and commit):",
                    file=sys.stderr,
                )
                print("\n".join(problems), file=sys.stderr)
                return 1
            print(f"generated/ matches openapi/ for {', '.join(a.name for a in apis)}")
            return 0
        GENERATED.mkdir(exist_ok=True)
        for api, out in zip(apis, outputs, strict=True):
            target = GENERATED / api.package
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(out), target)
            print(f"generated {target.relative_to(ROOT)} from {api.spec.relative_to(ROOT)}")
    # What this regeneration changes for client code, per API, against the last commit (never fails the run).
    print_change_summary([a.name for a in apis], base="HEAD", root=ROOT)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from what the specs produce")
    parser.add_argument("--api", action="append", default=[], help="only this API (repeatable)")
    args = parser.parse_args(argv)
    try:
        return run(args.api, args.check)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
