"""Version and User-Agent of the Pulse CRM client."""

__version__ = "0.1.0"
USER_AGENT = f"pulse-crm-python/{__version__}"
