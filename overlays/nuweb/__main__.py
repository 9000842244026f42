"""`python -m nuweb ...` runs the `nuweb` command line (the `cli` extra)."""

from nuweb_client._cli import main

if __name__ == "__main__":
    main()
