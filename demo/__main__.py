"""Run the demo: `python -m demo` (what `make demo` does): each client against its embedded mock."""

import sys

from demo import cubicasa_tour, nuweb_tour, pulse_tour
from demo._console import console

for tour in (cubicasa_tour, pulse_tour, nuweb_tour):
    if tour.main() != 0:
        sys.exit(1)
console.print("\n[bold green]Demo finished.[/] Try the CLI next: `make mock`, then see README.md.")
