"""The only package that talks SQL: models, engine and session, migrations, repository."""
