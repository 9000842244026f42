"""`python -m cubicasa ...` runs the `cubicasa` command line."""

from cubicasa.cli import main

if __name__ == "__main__":
    main()
