"""One module per Pulse CRM resource; each holds its calls and its sync and async classes."""
