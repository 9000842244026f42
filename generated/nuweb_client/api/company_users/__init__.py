"""Operations tagged `company_users`."""
