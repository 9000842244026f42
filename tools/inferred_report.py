"""Print, per API, which operations are confirmed by vendor material and which are inferred.

Used to keep the README's confidence table honest: `python -m tools.inferred_report`.
"""

from __future__ import annotations

import sys

import yaml

from tools.generate import load_config
from tools.spec_examples import METHODS


def main() -> int:
    for api in load_config().apis:
        spec = yaml.safe_load(api.spec.read_text())
        rows = []
        for path, item in spec.get("paths", {}).items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    status = "inferred" if op.get("x-inferred") else "seen"
                    rows.append((op["operationId"], method.upper(), path, status))
        marks = api.spec.read_text().count("x-inferred: true")
        seen = sum(1 for r in rows if r[3] == "seen")
        print(f"\n### {spec['info']['title']} ({api.spec.name})\n")
        inferred = len(rows) - seen
        print(f"{len(rows)} operations: {seen} confirmed, {inferred} inferred; {marks} `x-inferred` marks in all.\n")
        print("| operation | method | path | path/method |")
        print("|---|---|---|---|")
        for op_id, method, path, status in rows:
            print(f"| `{op_id}` | {method} | `{path}` | {status} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
