"""Operations tagged `users`."""
