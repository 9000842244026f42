"""Operations tagged `webhooks`."""
