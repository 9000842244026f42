"""`python -m cubicasa ...` runs the `cubicasa` command line (the `cli` extra)."""

from cubicasa_client._cli import main

if __name__ == "__main__":
    main()
