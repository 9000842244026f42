"""Operations tagged `accounts`."""
