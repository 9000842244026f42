"""`python -m pulse_crm ...` runs the `pulse-crm` command line (the `cli` extra)."""

from pulse_crm_client._cli import main

if __name__ == "__main__":
    main()
