"""Only digest/store/ speaks SQLAlchemy: elsewhere a module may name the `Engine` and `Connection`
types it passes along, nothing more (no query builders, no SQLAlchemy exceptions: store raises
StoreError and StoreBusy). Read from the source, so a new module is checked the day it appears."""

from __future__ import annotations

import ast
from pathlib import Path

import digest

PACKAGE = Path(digest.__file__).parent
ALLOWED = {"Engine", "Connection"}


def _sqlalchemy_imports(path: Path) -> list[str]:
    """Every name a module imports from SQLAlchemy beyond the allowed types, as 'file:line: name'."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where}: import {a.name}" for a in node.names if a.name.split(".")[0] == "sqlalchemy"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
            if node.module != "sqlalchemy":
                found.append(f"{where}: from {node.module} import …")
            else:
                found += [f"{where}: {a.name}" for a in node.names if a.name not in ALLOWED]
    return found


def test_no_module_outside_store_imports_more_of_sqlalchemy_than_engine_and_connection() -> None:
    modules = [p for p in PACKAGE.rglob("*.py") if (PACKAGE / "store") not in p.parents]
    assert len(modules) > 50  # the walk found the package
    assert [hit for p in sorted(modules) for hit in _sqlalchemy_imports(p)] == []


def test_the_check_sees_what_it_forbids(tmp_path: Path) -> None:
    bad = PACKAGE / "store" / "db.py"  # store itself uses the query builder and the exceptions
    assert any("OperationalError" in hit or "import …" in hit for hit in _sqlalchemy_imports(bad))
