"""One module per operation: the contract the resources call."""
