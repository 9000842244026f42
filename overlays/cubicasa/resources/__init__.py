"""One module per CubiCasa resource; each holds its calls and its sync and async classes."""
