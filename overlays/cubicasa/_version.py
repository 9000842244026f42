"""Version and User-Agent of the CubiCasa client."""

__version__ = "0.1.0"
USER_AGENT = f"cubicasa-python/{__version__}"
