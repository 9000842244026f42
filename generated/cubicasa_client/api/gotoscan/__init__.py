"""Operations tagged `gotoscan`."""
