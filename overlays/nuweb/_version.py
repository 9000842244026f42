"""Version and User-Agent of the NU Web client."""

__version__ = "0.1.0"
USER_AGENT = f"nuweb-python/{__version__}"
