"""The web side: archive, topic history pages, sign-up with double opt-in, one-click unsubscribe."""

from digest.web.app import build_app, create_app

__all__ = ["build_app", "create_app"]
