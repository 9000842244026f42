"""Operations tagged `draft_orders`."""
