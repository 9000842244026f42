"""`make demo`: the clients doing real work against the embedded mocks, over real HTTP."""
