"""The web side: archive, topic history pages, sign-up with double opt-in, one-click unsubscribe.

`create_app` is imported lazily so `digest.web.tokens` (used by delivery for unsubscribe links)
does not pull in Starlette and the templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.web.app import build_app, create_app

__all__ = ["build_app", "create_app"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from digest.web import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
