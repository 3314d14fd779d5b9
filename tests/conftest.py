"""Shared fixtures: real databases (SQLite file, and PostgreSQL when DIGEST_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text

from digest.store import open_db

POSTGRES_URL = os.environ.get("DIGEST_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A fresh empty database URL on each backend; PostgreSQL only when configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'digest.sqlite'}"
        return
    if not POSTGRES_URL:
        pytest.skip("DIGEST_TEST_POSTGRES_URL not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def db(db_url) -> Iterator[Engine]:
    engine = open_db(db_url)
    yield engine
    engine.dispose()
