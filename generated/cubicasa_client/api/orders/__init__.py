"""Operations tagged `orders`."""
