"""Regenerate generated/<package>/ and docs/reference/ from openapi/*.yaml, or check that they are current.

One entry point for `make generate` and `make check-generated`, driven by
generator-config.yaml so that adding an API is one config entry. openapi-python-client
runs in this process with our templates (templates/): its models, and our endpoint
modules, resources, clients, errors and reference docs (see tools/surface.py for the
`x-sdk-*` extensions it reads). Each API is generated into a scratch folder first and
only then swapped into place, so a failed run never leaves a half-written package.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG_PATH = ROOT / "generator-config.yaml"
GENERATED = ROOT / "generated"
REFERENCE = ROOT / "docs" / "reference"


@dataclass(frozen=True)
class ApiEntry:
    name: str
    spec: Path
    package: str  # the generated package, e.g. cubicasa_client
    public: str  # the package users import, e.g. cubicasa (the generated one when there is no overlay)
    client_class: str
    error_base: str
    env_prefix: str
    hooks: str | None
    version: str
    display_name: str
    command: str

    @property
    def spec_label(self) -> str:
        return self.spec.relative_to(ROOT).as_posix() if self.spec.is_relative_to(ROOT) else self.spec.name


@dataclass(frozen=True)
class PipelineConfig:
    generator_version: str
    templates: Path
    options: dict[str, object]
    apis: tuple[ApiEntry, ...]


class PipelineError(Exception):
    """A problem the user must fix (bad config, generator failure); printed without a traceback."""


def _entry(raw: dict[str, Any], root: Path) -> ApiEntry:
    name = str(raw["name"])
    package = str(raw["package"])
    prefix = str(raw.get("env_prefix") or name.upper())
    client_class = str(raw.get("client_class") or "".join(w.capitalize() for w in name.split("_")))
    return ApiEntry(
        name=name,
        spec=root / raw["spec"],
        package=package,
        public=str(raw.get("public_package") or package),
        client_class=client_class,
        error_base=str(raw.get("error_base") or f"{client_class}Error"),
        env_prefix=prefix,
        hooks=str(raw["hooks"]) if raw.get("hooks") else None,
        version=str(raw.get("version") or "0.1.0"),
        display_name=str(raw.get("display_name") or client_class),
        command=str(raw.get("command") or name.replace("_", "-")),
    )


def load_config(path: Path = CONFIG_PATH, root: Path = ROOT) -> PipelineConfig:
    raw = yaml.safe_load(path.read_text())
    try:
        gen = raw["generator"]
        return PipelineConfig(
            generator_version=str(gen["version"]),
            templates=root / gen["custom_templates"],
            options=dict(gen.get("options") or {}),
            apis=tuple(_entry(a, root) for a in raw["apis"]),
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


def _use_local_ruff() -> None:
    # The post-hooks call `ruff`; make sure it is the one installed beside this interpreter.
    bin_dir = str(Path(sys.executable).parent)
    if not os.environ.get("PATH", "").startswith(bin_dir + os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


@dataclass(frozen=True)
class Output:
    package: Path
    reference: Path


def generate_one(api: ApiEntry, config: PipelineConfig, scratch: Path) -> Output:
    """Generate one API into scratch/<package> (and its reference page) and return where they are."""
    from tools.surface_project import build_project  # noqa: PLC0415 -- the generator loads only when used

    if not api.spec.is_file():
        raise PipelineError(f"{api.name}: spec {api.spec_label} does not exist")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(api.spec.read_text(), Loader=loader)
    out = scratch / api.package
    project, errors = build_project(api, document, config.options, config.templates, out)
    if errors:
        detail = "\n".join(f"{e.header}: {e.detail}" for e in errors)
        raise PipelineError(f"{api.name}: openapi-python-client reported problems in {api.spec_label}:\n{detail}")
    (out / "py.typed").write_text("")  # PEP 561; --meta none leaves it out
    # The spec ships with its client: the mocks and contract tests of an installed wheel read it.
    (out / "openapi.yaml").write_bytes(api.spec.read_bytes())
    reference = scratch / "reference" / f"{api.name}.md"
    reference.parent.mkdir(exist_ok=True)
    reference.write_text(project.render_reference())
    return Output(out, reference)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts:
            yield path.relative_to(root)


def diff_file(expected: Path, actual: Path, label: str) -> list[str]:
    if not actual.is_file():
        return [f"{label}: missing (run `make generate`)"]
    if filecmp.cmp(expected, actual, shallow=False):
        return []
    diff = difflib.unified_diff(
        actual.read_text().splitlines(),
        expected.read_text().splitlines(),
        f"checked-in {label}",
        f"generated {label}",
        lineterm="",
        n=1,
    )
    return [f"{label}: differs\n" + "\n".join(list(diff)[:20])]


def diff_trees(expected: Path, actual: Path, label: str) -> list[str]:
    """Describe how `actual` (checked in) differs from `expected` (freshly generated)."""
    if not actual.is_dir():
        return [f"{label}: missing (run `make generate`)"]
    want, have = set(_files(expected)), set(_files(actual))
    problems = [f"{label}/{p}: should not exist" for p in sorted(have - want)]
    problems += [f"{label}/{p}: missing" for p in sorted(want - have)]
    for rel in sorted(want & have):
        problems += diff_file(expected / rel, actual / rel, f"{label}/{rel}")
    return problems


def _generate_all(apis: Sequence[ApiEntry], config: PipelineConfig, scratch: Path) -> list[Output]:
    _use_local_ruff()
    with ThreadPoolExecutor(max_workers=len(apis) or 1) as pool:
        return list(pool.map(lambda a: generate_one(a, config, scratch), apis))


def run(selected: Sequence[str], check: bool, *, root: Path = ROOT, quiet: bool = False) -> int:
    config = load_config(root / "generator-config.yaml", root)
    check_generator_version(config.generator_version)
    apis = [a for a in config.apis if not selected or a.name in selected]
    unknown = set(selected) - {a.name for a in config.apis}
    if unknown:
        raise PipelineError(f"unknown API name(s): {', '.join(sorted(unknown))}")
    generated, reference = root / "generated", root / "docs" / "reference"
    with tempfile.TemporaryDirectory(prefix="generate-") as tmp:
        outputs = _generate_all(apis, config, Path(tmp))
        if check:
            problems: list[str] = []
            for api, out in zip(apis, outputs, strict=True):
                problems += diff_trees(out.package, generated / api.package, api.package)
                problems += diff_file(out.reference, reference / out.reference.name, f"docs/reference/{api.name}.md")
            if problems:
                print(
                    "generated/ or docs/reference/ is out of date with openapi/ (run `make generate`):", file=sys.stderr
                )
                print("\n".join(problems), file=sys.stderr)
                return 1
            print(f"generated/ and docs/reference/ match openapi/ for {', '.join(a.name for a in apis)}")
            return 0
        generated.mkdir(exist_ok=True)
        reference.mkdir(parents=True, exist_ok=True)
        for api, out in zip(apis, outputs, strict=True):
            target = generated / api.package
            if target.exists():
                shutil.rmtree(target)
            shutil.move(str(out.package), target)
            shutil.copyfile(out.reference, reference / out.reference.name)
            if not quiet:
                print(f"generated {target.relative_to(root)} and docs/reference/{api.name}.md from {api.spec_label}")
    if not quiet:
        from tools.spec_diff import print_change_summary  # noqa: PLC0415

        # What this regeneration changes for client code, per API, against the last commit (never fails the run).
        print_change_summary([a.name for a in apis], base="HEAD", root=root)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from what the specs produce")
    parser.add_argument("--api", action="append", default=[], help="only this API (repeatable)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # a copy of the repo (tests)
    args = parser.parse_args(argv)
    try:
        return run(args.api, args.check, root=args.root.resolve())
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
