"""The Starlette application behind `digest serve`.

Security is applied to every response in one place: a Content-Security-Policy without inline
script, no cross-site referrer (signed links must not leak to other sites), no framing, no MIME sniffing,
and a cap on request bodies. Errors are plain, escaped pages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from digest.config import Config
from digest.deliver.tokens import Tokens, load_secret
from digest.i18n import DEFAULT
from digest.i18n.catalogs import translations
from digest.models import TimelineEntry
from digest.render.views import format_day, format_label
from digest.store.db import StoreBusy, StoreError
from digest.web import views
from digest.web.data import SiteData, StoreData
from digest.web.language import N_, site_languages
from digest.web.mail import Mailer, default_mailer

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates" / "web"
MAX_BODY_BYTES = 64 * 1024
BUSY_RETRY_AFTER = "30"  # seconds; a locked database is usually free again by then

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",  # signed links never leave in a Referer; Origin still sent
    "cross-origin-opener-policy": "same-origin",
}


def template_env(config: Config, language: str = DEFAULT) -> Environment:
    """Editors' `templates/web/` folder first (when feeds.yaml names one), then ours; always autoescaped.

    One environment per language the site speaks, built once: `_()`/`ngettext()` answer from that
    language's catalog (digest/i18n/locale) and `lang` is its code, for `<html lang>`.
    """
    loaders = []
    if config.templates_dir and (config.templates_dir / "web").is_dir():
        loaders.append(FileSystemLoader(config.templates_dir / "web"))
    loaders.append(FileSystemLoader(TEMPLATES_DIR))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    catalog = translations(language)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    env.globals["lang"] = language
    env.filters.update(date_filters(language))
    from digest.web.pages import evolution_text, safe_url, valid

    env.filters["safe_url"] = safe_url
    env.filters["valid"] = valid
    env.filters["evolution"] = lambda p: evolution_text(p, catalog.gettext)
    env.filters["label"] = catalog.gettext  # our own labels held in data (a section, a status); stays escaped
    return env


def date_filters(language: str) -> dict[str, Callable[..., Any]]:
    """Dates as the page's language writes them (digest.render's formatting, so a page and an email agree):
    `day` "30 Nov 2026", `utc` "30 Nov 2026, 14:05 UTC", `iso` for machines, and `time` the `<time>` element
    that carries both (`time(true)` with the hour), so a browser or crawler still reads the ISO date."""

    def day(d: datetime | date | None) -> str:
        return format_day(d, language) if d else ""

    def utc(d: datetime | None) -> str:
        return f"{format_day(d, language)}, {_as_utc(d):%H:%M} UTC" if d else ""

    def iso(d: datetime | date | None) -> str:
        return d.isoformat().replace("+00:00", "Z") if d else ""

    @lru_cache(maxsize=4096)  # a topic page lists every version's date: the same ones, page after page
    def time(d: datetime | date | None, with_hour: bool = False) -> Markup | str:
        if not d:
            return ""
        if not isinstance(d, datetime):
            return _TIME % (d.isoformat(), format_day(d, language))
        u = _as_utc(d)
        if with_hour:
            return _TIME % (iso(u), f"{format_day(u.date(), language)}, {u:%H:%M} UTC")
        return _TIME % (u.date().isoformat(), format_day(u.date(), language))

    def label(entry: TimelineEntry) -> str:
        return format_label(entry.when, entry.label, language)

    return {"day": day, "utc": utc, "iso": iso, "time": time, "timeline_label": label}


_TIME = Markup('<time datetime="%s">%s</time>')  # both parts escaped by %


def _as_utc(d: datetime) -> datetime:
    return (d if d.tzinfo else d.replace(tzinfo=UTC)).astimezone(UTC)


def template_envs(config: Config) -> dict[str, Environment]:
    """An environment for each language the site speaks (see digest.web.language)."""
    return {code: template_env(config, code) for code in site_languages(config)}


class SecurityHeaders:
    """Adds the security headers (and the site CSP unless a view set its own) to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in headers}
                extra = dict(SECURITY_HEADERS)
                extra["content-security-policy"] = views.SITE_CSP
                for name, value in extra.items():
                    if name not in present:
                        headers.append((name.encode("latin-1"), value.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over `limit` bytes (a form here is a few hundred bytes)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            text = views.gettext_for(Request(scope))(N_("Request body too large."))
            await PlainTextResponse(text, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, "Request body too large.")
            return message

        await self.app(scope, limited_receive, send)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, views.HttpError)
    return views.error_page(request, exc.status, exc.message, exc.headers, exc.params)


async def _database_busy(request: Request, exc: Exception) -> Response:
    """A locked or unreachable database is a wait, not a failure: 503 with Retry-After."""
    log.warning("database busy serving %s: %s", request.url.path, exc)
    return views.error_page(
        request,
        503,
        N_("The site is busy just now. Please try again in a minute."),
        {"Retry-After": BUSY_RETRY_AFTER},
    )


async def _starlette_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    messages = {
        404: N_("There is nothing at this address."),
        405: N_("This page does not accept that kind of request."),
        413: N_("Request body too large."),
    }
    return views.error_page(
        request,
        exc.status_code,
        messages.get(exc.status_code, N_("The request could not be handled.")),
        dict(exc.headers or {}),  # `Allow` on a 405
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path, exc_info=exc)
    return views.error_page(request, 500, N_("Something went wrong on our side. Please try again later."))


def routes() -> list[Route]:
    return [
        Route("/", views.index, methods=["GET", "HEAD"]),
        Route("/issues/{issue_id:int}.txt", views.issue_text, methods=["GET", "HEAD"]),
        Route("/issues/{issue_id:int}", views.issue_page, methods=["GET", "HEAD"]),
        Route("/topics", views.topics_index, methods=["GET", "HEAD"]),
        Route("/topics/{slug}", views.topic, methods=["GET", "HEAD"]),
        Route("/topics/{slug}/versions/{number:int}", views.topic, methods=["GET", "HEAD"]),
        Route("/feed.xml", views.feed, methods=["GET", "HEAD"]),
        Route("/site.css", views.stylesheet, methods=["GET", "HEAD"]),
        Route("/healthz", views.healthz, methods=["GET", "HEAD"]),
        Route("/favicon.ico", views.favicon, methods=["GET", "HEAD"]),
        Route(
            "/subscribe",
            views.by_method(GET=views.subscribe_form, POST=views.subscribe_post),
            methods=["GET", "HEAD", "POST"],
        ),
        Route(
            "/confirm/{token}",
            views.by_method(GET=views.confirm_page, POST=views.confirm_post),
            methods=["GET", "HEAD", "POST"],
        ),
        Route(
            "/preferences/{token}",
            views.by_method(GET=views.preferences_page, POST=views.preferences_post),
            methods=["GET", "HEAD", "POST"],
        ),
        Route(
            "/unsubscribe/{token}",
            views.by_method(GET=views.unsubscribe_page, POST=views.unsubscribe_post),
            methods=["GET", "HEAD", "POST"],
        ),
    ]


def build_app(
    config: Config,
    engine: Engine,
    *,
    mailer: Mailer | None = None,
    data: SiteData | None = None,
    secret: str | None = None,
    allow_any_host: bool = False,
) -> Starlette:
    """create_app with the read side and the secret replaceable (tests, previews).

    Without web.base_url, sign-up mail is refused unless `allow_any_host` (links would otherwise
    carry whatever Host header the requester sent).
    """
    tokens = Tokens(secret if secret is not None else load_secret(config))
    app = Starlette(
        routes=routes(),
        exception_handlers={
            views.HttpError: _http_error,
            HTTPException: _starlette_error,
            StoreBusy: _database_busy,
            StoreError: _database_busy,
            Exception: _server_error,
        },
    )
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    envs = template_envs(config)
    app.state.site = views.Site(
        config=config,
        engine=engine,
        data=data if data is not None else StoreData(engine),
        tokens=tokens,
        mailer=mailer or default_mailer(config),
        env=next(iter(envs.values())),
        envs=envs,
        allow_any_host=allow_any_host,
    )
    return app


def create_app(
    config: Config, engine: Engine, *, mailer: Mailer | None = None, allow_any_host: bool = False
) -> Starlette:
    """The site for `digest serve`; raises SecretError when the signing secret is not set."""
    return build_app(config, engine, mailer=mailer, allow_any_host=allow_any_host)
