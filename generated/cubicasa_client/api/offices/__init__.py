"""Operations tagged `offices`."""
