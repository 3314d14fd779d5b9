"""The site's pages: archive, issues, topic histories, the Atom feed, sign-up, preferences, unsubscribe.

Every page that changes something is a POST behind a CSRF token, except the RFC 8058 one-click
unsubscribe that mail clients send without one. A GET never changes a subscription, because link
scanners in mail systems follow every link.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from digest.config import Config
from digest.deliver import subscribers
from digest.deliver.subscribers import InvalidEmail, Subscriber
from digest.deliver.tokens import BadToken, Purpose, Tokens
from digest.models import Topic, TopicVersion
from digest.store.issues import IssueRecord
from digest.web import mail
from digest.web.data import SiteData
from digest.web.pages import inject_after_body, scrub_tokens, topic_page

log = logging.getLogger(__name__)

CSRF_COOKIE = "digest_csrf"
CSRF_FIELD = "csrf_token"
RESEND_AFTER = timedelta(minutes=2)  # one confirmation email per address per this much time

SITE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# A stored email keeps its inline styles; still no script, no forms, no framing.
ISSUE_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; form-action 'none'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
# Pages with a form: only these set the CSRF cookie, so archive pages stay cookie-free and cacheable.
FORM_TEMPLATES = frozenset({"subscribe.html", "confirm.html", "preferences.html", "unsubscribe.html"})
PRIVATE_HEADERS = {"Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow"}

_NONCE = re.compile(r"^[0-9a-f]{32}$")


class SendLimiter:
    """At most `limit` sign-up emails per client address per `window` seconds (no mail bombing)."""

    def __init__(self, limit: int = 10, window: float = 600.0):
        self.limit = limit
        self.window = window
        self._sent: dict[str, deque[float]] = {}

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        times = self._sent.setdefault(client, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        if len(self._sent) > 10_000:  # forget idle clients rather than grow without bound
            for key in [k for k, v in self._sent.items() if not v]:
                del self._sent[key]
        return True


@dataclass
class Site:
    """What every view needs; lives on app.state.site."""

    config: Config
    engine: Engine
    data: SiteData
    tokens: Tokens
    mailer: mail.Mailer
    env: Environment
    limiter: SendLimiter = field(default_factory=SendLimiter)


class HttpError(Exception):
    """Answered with the escaped error page."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def site_of(request: Request) -> Site:
    return request.app.state.site


def render(
    request: Request, name: str, status: int = 200, headers: dict[str, str] | None = None, **ctx: Any
) -> Response:
    site = site_of(request)
    nonce = _csrf_nonce(request)
    html = site.env.get_template(name).render(
        request=request,
        site_name=_site_name(site.config),
        csrf_token=site.tokens.make_csrf(nonce),
        csrf_field=CSRF_FIELD,
        **ctx,
    )
    response = HTMLResponse(html, status_code=status, headers=headers)
    if name in FORM_TEMPLATES and request.cookies.get(CSRF_COOKIE) != nonce:
        response.set_cookie(
            CSRF_COOKIE,
            nonce,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )
    return response


def error_page(request: Request, status: int, message: str) -> Response:
    site = site_of(request)
    html = site.env.get_template("error.html").render(
        request=request, site_name=_site_name(site.config), status=status, message=message
    )
    # Set here too: a 500 is answered outside the middleware that adds the site headers.
    headers = {**PRIVATE_HEADERS, "Content-Security-Policy": SITE_CSP, "X-Content-Type-Options": "nosniff"}
    return HTMLResponse(html, status_code=status, headers=headers)


def _site_name(config: Config) -> str:
    return config.digests[0].name if len(config.digests) == 1 else "digest"


def _csrf_nonce(request: Request) -> str:
    """The browser's CSRF nonce, or a new one for this request (kept for the response's cookie)."""
    cached = getattr(request.state, "csrf_nonce", None)
    if cached:
        return cached
    nonce = request.cookies.get(CSRF_COOKIE, "")
    if not _NONCE.match(nonce):
        nonce = secrets.token_hex(16)
    request.state.csrf_nonce = nonce
    return nonce


def _same_origin(request: Request) -> bool:
    """A present Origin header must be this site (a second line of defence after the token)."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return True  # absent or hidden by a privacy setting: the token (and SameSite cookie) decide
    host = request.headers.get("host", "")
    allowed = {host.lower()}
    base = site_of(request).config.web.base_url
    if base:
        allowed.add(urlsplit(base).netloc.lower())
    return urlsplit(origin).netloc.lower() in allowed


async def checked_form(request: Request) -> FormData:
    """The POSTed form, once its CSRF token matches the browser's cookie; else HttpError 403."""
    form = await request.form()
    token = form.get(CSRF_FIELD)
    ok = isinstance(token, str) and site_of(request).tokens.check_csrf(token, request.cookies.get(CSRF_COOKIE))
    if not ok or not _same_origin(request):
        raise HttpError(403, "This form has expired or did not come from this site. Reload the page and try again.")
    return form


def _base_url(request: Request) -> str:
    return site_of(request).config.web.base_url or str(request.base_url).rstrip("/")


def _path(request: Request, purpose: Purpose, sub: Subscriber) -> str:
    """A signed link on this site, for pages and redirects: it keeps the browser on the host it came to."""
    token = site_of(request).tokens.make(purpose, sub.id, sub.token_key)
    return f"/{purpose}/{token}"


def _link(request: Request, purpose: Purpose, sub: Subscriber) -> str:
    """The same link made absolute with web.base_url, for emails."""
    return _base_url(request) + _path(request, purpose, sub)


def _subscriber_for(request: Request, purpose: Purpose) -> Subscriber:
    """The subscriber a path token speaks for; a bad or foreign token raises HttpError."""
    site = site_of(request)
    try:
        subject = site.tokens.read(purpose, request.path_params["token"])
        sub = subscribers.get(site.engine, subject.subscriber_id)
        site.tokens.check_key(subject, sub.token_key if sub else None)
    except BadToken as exc:
        raise HttpError(exc.status, str(exc)) from None
    assert sub is not None
    return sub


# -------------------------------------------------------------------------------------------- archive


def _issues(site: Site) -> list[IssueRecord]:
    return sorted(site.data.list_issues(), key=lambda i: (i.created, i.id), reverse=True)


def _topics(site: Site) -> list[Topic]:
    shown = [t for t in site.data.list_topics() if t.status != "muted"]
    return sorted(shown, key=lambda t: (t.status != "active", -t.updated.timestamp(), t.title.casefold()))


async def index(request: Request) -> Response:
    site = site_of(request)
    issues, topics = await run_in_threadpool(lambda: (_issues(site), _topics(site)))
    return render(request, "index.html", issues=issues, topics=topics[:20], more_topics=len(topics) > 20)


async def issue_page(request: Request) -> Response:
    site = site_of(request)
    issue = await run_in_threadpool(site.data.get_issue, request.path_params["issue_id"])
    if issue is None:
        raise HttpError(404, "There is no such issue in the archive.")
    if not (issue.html or "").strip():
        return render(request, "issue_text.html", issue=issue)
    banner = site.env.get_template("issue_banner.html").render(issue=issue, site_name=_site_name(site.config))
    html = inject_after_body(scrub_tokens(issue.html), banner)
    return HTMLResponse(html, headers={"Content-Security-Policy": ISSUE_CSP})


async def issue_text(request: Request) -> Response:
    site = site_of(request)
    issue = await run_in_threadpool(site.data.get_issue, request.path_params["issue_id"])
    if issue is None:
        raise HttpError(404, "There is no such issue in the archive.")
    return PlainTextResponse(scrub_tokens(issue.text or ""), headers={"Content-Security-Policy": "default-src 'none'"})


async def topics_index(request: Request) -> Response:
    site = site_of(request)
    topics = await run_in_threadpool(_topics, site)
    return render(request, "topics.html", topics=topics)


def _load_topic(site: Site, slug: str, number: int | None) -> tuple[Topic, TopicVersion | None, list, Any]:
    topic = site.data.get_topic(slug)
    if topic is None:
        raise HttpError(404, "There is no topic at this address.")
    versions = site.data.get_versions(slug)
    if number is None:
        number = max([v.number for v in versions] + [topic.version])
    version = site.data.get_version(slug, number) if number else None
    if version is None and number:
        raise HttpError(404, f"This topic has no version {number}.")
    earlier = [v.number for v in versions if v.number < number]
    previous = site.data.get_version(slug, max(earlier)) if earlier else None
    return topic, version, versions, previous


async def topic(request: Request) -> Response:
    site = site_of(request)
    number = request.path_params.get("number")
    slug = request.path_params["slug"]
    loaded_topic, version, versions, previous = await run_in_threadpool(_load_topic, site, slug, number)
    if version is None:
        return render(request, "topic_empty.html", topic=loaded_topic)
    page = topic_page(loaded_topic, version, versions, previous)
    return render(request, "topic.html", page=page)


async def feed(request: Request) -> Response:
    site = site_of(request)
    issues = (await run_in_threadpool(_issues, site))[:50]
    base = _base_url(request)
    updated = max((i.created for i in issues), default=datetime(2000, 1, 1, tzinfo=UTC))
    xml = site.env.get_template("feed.xml").render(
        issues=issues,
        base=base,
        updated=updated,
        site_name=_site_name(site.config),
        texts={i.id: scrub_tokens(i.text or "") for i in issues},
    )
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


async def stylesheet(request: Request) -> Response:
    css = site_of(request).env.loader.get_source(site_of(request).env, "site.css")[0]  # type: ignore[union-attr]
    return Response(css, media_type="text/css; charset=utf-8", headers={"Cache-Control": "public, max-age=3600"})


async def favicon(request: Request) -> Response:
    """No icon; an empty answer keeps browsers from logging a 404 on every page."""
    return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})


async def healthz(request: Request) -> Response:
    return PlainTextResponse("ok")


# -------------------------------------------------------------------------------------------- sign-up


def _digest_names(site: Site) -> list[str]:
    return [d.name for d in site.config.digests]


def _chosen_digests(site: Site, form: FormData) -> subscribers.Choice | None:
    """The digests ticked in a form: "all" when every one (or the only one) is; None when none is.

    A form without the digest checkboxes (marked by `digests_shown`) means every digest.
    """
    names = _digest_names(site)
    if len(names) <= 1 or not form.get("digests_shown"):
        return "all"
    known = {n.casefold(): n for n in names}
    picked = tuple(
        dict.fromkeys(
            known[v.casefold()] for v in form.getlist("digests") if isinstance(v, str) and v.casefold() in known
        )
    )
    if not picked:
        return None
    return "all" if len(picked) == len(names) else picked


async def subscribe_form(request: Request) -> Response:
    site = site_of(request)
    return render(request, "subscribe.html", digests=_digest_names(site), email="", chosen=set(_digest_names(site)))


async def subscribe_post(request: Request) -> Response:
    site = site_of(request)
    form = await checked_form(request)
    email = str(form.get("email") or "")
    digests = _chosen_digests(site, form)
    error = None
    try:
        subscribers.normalize_email(email)
    except InvalidEmail:
        error = "That does not look like an email address."
    if error is None and digests is None:
        error = "Choose at least one digest."
    if error:
        chosen = {str(v) for v in form.getlist("digests")}
        return render(
            request, "subscribe.html", 400, digests=_digest_names(site), email=email, chosen=chosen, error=error
        )

    sub = await run_in_threadpool(subscribers.subscribe, site.engine, email, digests=digests or "all")
    now = subscribers.utcnow()
    if sub.confirm_sent is None or now - sub.confirm_sent >= RESEND_AFTER:
        client = request.client.host if request.client else "unknown"
        if not site.limiter.allow(client):
            raise HttpError(429, "Too many sign-ups from your network just now. Please try again in a few minutes.")
        if sub.status == "confirmed":
            message = mail.preferences_message(site.config, sub.email, _link(request, "preferences", sub))
        else:
            message = mail.confirmation_message(site.config, sub.email, _link(request, "confirm", sub))
        try:
            await run_in_threadpool(site.mailer, message)
        except Exception:
            log.exception("could not send the confirmation email")
            raise HttpError(503, "We could not send the confirmation email just now. Please try again later.") from None
        await run_in_threadpool(subscribers.mark_confirmation_sent, site.engine, sub.id, now)
    # The same answer whatever the address's state, so the form reveals nobody's subscription.
    return render(request, "subscribe_sent.html", headers=PRIVATE_HEADERS, email=sub.email)


async def confirm_page(request: Request) -> Response:
    sub = await run_in_threadpool(_subscriber_for, request, "confirm")
    preferences = _path(request, "preferences", sub) if sub.status == "confirmed" else None
    return render(request, "confirm.html", headers=PRIVATE_HEADERS, sub=sub, preferences=preferences)


async def confirm_post(request: Request) -> Response:
    site = site_of(request)
    sub = await run_in_threadpool(_subscriber_for, request, "confirm")
    await checked_form(request)
    if sub.status == "unsubscribed":
        return render(request, "confirm.html", headers=PRIVATE_HEADERS, sub=sub, preferences=None)
    confirmed = await run_in_threadpool(subscribers.confirm, site.engine, sub.id)
    assert confirmed is not None
    # A path, not web.base_url: `form-action 'self'` in the CSP blocks a form redirect to another origin.
    return RedirectResponse(_path(request, "preferences", confirmed) + "?welcome=1", status_code=303)


# ------------------------------------------------------------------------------------------ preferences


def _preferences_context(request: Request, sub: Subscriber) -> dict[str, Any]:
    site = site_of(request)
    topics = [t for t in _topics(site) if t.status not in ("merged", "muted")]
    digests = _digest_names(site)
    chosen_digests = set(digests) if sub.digests == "all" else set(sub.digests)
    return {
        "sub": sub,
        "digests": digests,
        "chosen_digests": chosen_digests,
        "topics": topics,
        "all_topics": sub.topics == "all",
        "chosen_topics": set() if sub.topics == "all" else set(sub.topics),
        "unsubscribe": _path(request, "unsubscribe", sub),
    }


async def preferences_page(request: Request) -> Response:
    sub = await run_in_threadpool(_subscriber_for, request, "preferences")
    context = await run_in_threadpool(_preferences_context, request, sub)
    welcome = request.query_params.get("welcome") == "1"
    return render(request, "preferences.html", headers=PRIVATE_HEADERS, welcome=welcome, saved=False, **context)


async def preferences_post(request: Request) -> Response:
    site = site_of(request)
    sub = await run_in_threadpool(_subscriber_for, request, "preferences")
    form = await checked_form(request)
    if sub.status != "confirmed":
        context = await run_in_threadpool(_preferences_context, request, sub)
        return render(request, "preferences.html", headers=PRIVATE_HEADERS, welcome=False, saved=False, **context)
    digests = _chosen_digests(site, form)
    error = None
    if digests is None:
        error = "Choose at least one digest, or unsubscribe below."
    if form.get("topics_mode") == "some":
        known = {t.slug for t in site.data.list_topics()}
        picked = tuple(v for v in form.getlist("topics") if isinstance(v, str) and v in known)
        topics: subscribers.Choice = picked if picked else "all"
        if not picked:
            error = error or "Choose at least one topic, or all topics."
    else:
        topics = "all"
    if error:
        context = await run_in_threadpool(_preferences_context, request, sub)
        return render(
            request, "preferences.html", 400, PRIVATE_HEADERS, welcome=False, saved=False, error=error, **context
        )
    updated = await run_in_threadpool(
        lambda: subscribers.set_preferences(site.engine, sub.id, digests=digests or "all", topics=topics)
    )
    assert updated is not None
    context = await run_in_threadpool(_preferences_context, request, updated)
    return render(request, "preferences.html", headers=PRIVATE_HEADERS, welcome=False, saved=True, **context)


# ------------------------------------------------------------------------------------------ unsubscribe


async def unsubscribe_page(request: Request) -> Response:
    """One button; the GET itself changes nothing (mail scanners open links)."""
    sub = await run_in_threadpool(_subscriber_for, request, "unsubscribe")
    return render(request, "unsubscribe.html", headers=PRIVATE_HEADERS, sub=sub, done=sub.status == "unsubscribed")


async def unsubscribe_post(request: Request) -> Response:
    site = site_of(request)
    sub = await run_in_threadpool(_subscriber_for, request, "unsubscribe")
    form = await request.form()
    if form.get("List-Unsubscribe") == "One-Click":
        # RFC 8058: the mail client POSTs this without a form token; the signed URL is the credential.
        await run_in_threadpool(subscribers.unsubscribe, site.engine, sub.id)
        return PlainTextResponse("Unsubscribed.", headers=PRIVATE_HEADERS)
    await checked_form(request)
    await run_in_threadpool(subscribers.unsubscribe, site.engine, sub.id)
    return render(request, "unsubscribe.html", headers=PRIVATE_HEADERS, sub=sub, done=True)
