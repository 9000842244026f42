"""Operations tagged `auth`."""
