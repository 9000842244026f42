"""One module per NU Web resource; each holds its calls and its sync and async classes."""
