"""Operations tagged `company`."""
