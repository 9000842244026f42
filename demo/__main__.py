"""Run the demo: `python -m demo` (what `make demo` does)."""

import sys

from demo.cubicasa_tour import main

sys.exit(main())
