"""Operations tagged `change_requests`."""
