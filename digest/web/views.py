"""The site's pages: archive, issues, topic histories, the Atom feed, sign-up, preferences, unsubscribe.

Every page that changes something is a POST behind a CSRF token, except the RFC 8058 one-click
unsubscribe that mail clients send without one. A GET never changes a subscription, because link
scanners in mail systems follow every link.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
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
from digest.i18n.catalogs import translations
from digest.models import TimelineEntry, Topic, TopicVersion
from digest.render.views import format_label
from digest.store.issues import IssueRecord
from digest.web import mail
from digest.web.data import SiteData, TopicHead
from digest.web.language import N_, digest_language, negotiate, site_languages
from digest.web.pages import inject_after_body, scrub_tokens, topic_page
from digest.web.throttle import Network, SignupThrottle, client_address, parse_networks

log = logging.getLogger(__name__)

CSRF_COOKIE = "digest_csrf"
CSRF_FIELD = "csrf_token"
RESEND_AFTER = timedelta(minutes=2)  # one confirmation email per address per this much time
MAX_ID = 2**63 - 1  # ids beyond a signed 64-bit integer cannot exist (and overflow the driver)

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


@dataclass
class Site:
    """What every view needs; lives on app.state.site.

    `allow_any_host`: without web.base_url, build links in mail from the request's Host header
    (`digest serve --allow-any-host`, local trials only); otherwise such mail is refused.
    """

    config: Config
    engine: Engine
    data: SiteData
    tokens: Tokens
    mailer: mail.Mailer
    env: Environment  # the first language's (see `envs`)
    allow_any_host: bool = False
    throttle: SignupThrottle | None = None
    trusted: list[Network] = field(default_factory=list)
    pages: PageCache = field(default_factory=lambda: PageCache())
    envs: dict[str, Environment] = field(default_factory=dict)  # one per language the site speaks, built once
    languages: tuple[str, ...] = ()  # the digests' languages, the fallback first

    def __post_init__(self) -> None:
        if not self.languages:
            self.languages = site_languages(self.config)
        if not self.envs:
            self.envs = {self.languages[0]: self.env}
        web = self.config.web
        if self.throttle is None:
            self.throttle = SignupThrottle(web.signups_per_client, web.confirmations_per_hour)
        if not self.trusted:
            self.trusted = parse_networks(web.trusted_proxies)


class PageCache:
    """Rendered topic pages by the stamp of what they are made of (see `TopicHead.stamp`).

    A version never changes once written, so its page is rendered once per process, not per request;
    a rename, a merge, a new version or a rewritten brief changes the stamp and renders anew.
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._pages: OrderedDict[tuple[Any, ...], str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, stamp: tuple[Any, ...]) -> str | None:
        with self._lock:
            page = self._pages.get(stamp)
            if page is not None:
                self._pages.move_to_end(stamp)
            return page

    def put(self, stamp: tuple[Any, ...], page: str) -> None:
        with self._lock:
            self._pages[stamp] = page
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


class HttpError(Exception):
    """Answered with the escaped error page (and `headers`, e.g. Retry-After).

    `message` is the English msgid (marked with N_), translated into the page's language when shown,
    with `params` filled in after.
    """

    def __init__(
        self,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
        params: dict[str, object] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.params = params or {}


def site_of(request: Request) -> Site:
    return request.app.state.site


def page_language(request: Request) -> str:
    """The language of this request's pages: the site's only one, else negotiated (kept for the request)."""
    site = site_of(request)
    if len(site.languages) == 1:
        return site.languages[0]
    chosen = getattr(request.state, "language", None)
    if chosen is None:
        chosen = negotiate(request.headers.get("accept-language"), site.languages)
        request.state.language = chosen
    return chosen


def gettext_for(request: Request, language: str | None = None) -> Callable[[str], str]:
    """The catalog's gettext for a page in `language` (default: this request's)."""
    return translations(language or page_language(request)).gettext


def _with_vary(site: Site, headers: dict[str, str] | None) -> dict[str, str] | None:
    """Vary: Accept-Language on negotiated pages (a site with one language negotiates nothing)."""
    if len(site.languages) == 1:
        return headers
    return {**(headers or {}), "Vary": "Accept-Language"}


def render(
    request: Request,
    name: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
    *,
    language: str | None = None,
    **ctx: Any,
) -> Response:
    """A page of the site in the request's language, or in `language` (a page of one digest's)."""
    site = site_of(request)
    nonce = _csrf_nonce(request)
    env = site.envs.get(language or page_language(request), site.env)
    html = env.get_template(name).render(
        request=request,
        site_name=_site_name(site.config),
        csrf_token=site.tokens.make_csrf(nonce),
        csrf_field=CSRF_FIELD,
        **ctx,
    )
    response = HTMLResponse(html, status_code=status, headers=headers if language else _with_vary(site, headers))
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


def error_page(
    request: Request,
    status: int,
    message: str,
    headers: dict[str, str] | None = None,
    params: dict[str, object] | None = None,
) -> Response:
    """The escaped error page; `message` is an English msgid, shown in the page's language."""
    site = site_of(request)
    language = page_language(request)
    text = translations(language).gettext(message)
    if params:
        text = text % params
    html = (
        site.envs.get(language, site.env)
        .get_template("error.html")
        .render(request=request, site_name=_site_name(site.config), status=status, message=text)
    )
    # Set here too: a 500 is answered outside the middleware that adds the site headers.
    base = {**PRIVATE_HEADERS, "Content-Security-Policy": SITE_CSP, "X-Content-Type-Options": "nosniff"}
    return HTMLResponse(html, status_code=status, headers=_with_vary(site, {**base, **(headers or {})}))


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
        raise HttpError(403, N_("This form has expired or did not come from this site. Reload the page and try again."))
    return form


def _base_url(request: Request) -> str:
    """For the Atom feed, read by whoever asked: the configured address, else the one they used."""
    return site_of(request).config.web.base_url or str(request.base_url).rstrip("/")


def _mail_base(request: Request) -> str:
    """For links in mail: web.base_url only, never a Host header a stranger chose (unless
    `--allow-any-host` was given for a local trial)."""
    site = site_of(request)
    if site.config.web.base_url:
        return site.config.web.base_url
    if site.allow_any_host:
        return str(request.base_url).rstrip("/")
    log.error("sign-up mail refused: web.base_url is not set (set it, or serve with --allow-any-host for a trial)")
    raise HttpError(503, N_("Sign-up is not available on this site yet. Please try again later."))


def _path(request: Request, purpose: Purpose, sub: Subscriber) -> str:
    """A signed link on this site, for pages and redirects: it keeps the browser on the host it came to."""
    token = site_of(request).tokens.make(purpose, sub.id, sub.token_key)
    return f"/{purpose}/{token}"


def _link(request: Request, purpose: Purpose, sub: Subscriber) -> str:
    """The same link made absolute with web.base_url, for emails."""
    return _mail_base(request) + _path(request, purpose, sub)


def _subscriber_for(request: Request, purpose: Purpose) -> tuple[Subscriber, bool]:
    """The subscriber a path token speaks for, and whether the token is current.

    A bad or foreign token raises HttpError. A token made before the row's last stop (every stop
    draws a new key) is not current: the page may say the address is unsubscribed, without
    naming it, and nothing can be changed with it.
    """
    site = site_of(request)
    sub: Subscriber | None = None
    try:
        subject = site.tokens.read(purpose, request.path_params["token"])
        sub = subscribers.get(site.engine, subject.subscriber_id)
        site.tokens.check_key(subject, sub.token_key if sub else None)
    except BadToken as exc:
        if exc.status == 403 and sub is not None and sub.stopped:
            # Not named: "This address" starts each sentence it is shown in.
            return replace(sub, email=gettext_for(request)(N_("This address")), status="unsubscribed"), False
        raise HttpError(exc.status, str(exc)) from None
    assert sub is not None
    return sub, True


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


def _id_param(request: Request, name: str) -> int:
    value = request.path_params[name]
    if not 0 < value <= MAX_ID:
        raise HttpError(404, N_("There is nothing at this address."))
    return value


async def issue_page(request: Request) -> Response:
    site = site_of(request)
    issue = await run_in_threadpool(site.data.get_issue, _id_param(request, "issue_id"))
    if issue is None:
        raise HttpError(404, N_("There is no such issue in the archive."))
    language = digest_language(site.config, issue.digest, site.languages[0])  # the issue's, not the browser's
    if not (issue.html or "").strip():
        return render(request, "issue_text.html", language=language, issue=issue)
    env = site.envs.get(language, site.env)
    banner = env.get_template("issue_banner.html").render(issue=issue, site_name=_site_name(site.config))
    html = inject_after_body(scrub_tokens(issue.html), banner)
    return HTMLResponse(html, headers={"Content-Security-Policy": ISSUE_CSP})


async def issue_text(request: Request) -> Response:
    site = site_of(request)
    issue = await run_in_threadpool(site.data.get_issue, _id_param(request, "issue_id"))
    if issue is None:
        raise HttpError(404, N_("There is no such issue in the archive."))
    return PlainTextResponse(scrub_tokens(issue.text or ""), headers={"Content-Security-Policy": "default-src 'none'"})


async def topics_index(request: Request) -> Response:
    site = site_of(request)
    topics = await run_in_threadpool(_topics, site)
    return render(request, "topics.html", topics=topics)


def _load_topic(
    site: Site, slug: str, number: int | None, language: str
) -> tuple[TopicHead, str | None, TopicVersion | None, TopicVersion | None]:
    """The topic's head and either its kept page (in `language`) or the versions to render it from."""
    head = site.data.topic_head(slug, number)
    if head is None:
        raise HttpError(404, N_("There is no topic at this address."))
    kept = site.pages.get((language, head.stamp)) if head.stamp is not None else None
    if kept is not None:
        return head, kept, None, None  # no brief read or decoded
    version = site.data.get_version(slug, head.number) if head.number else None
    if version is None and head.number:
        raise HttpError(404, N_("This topic has no version %(number)s."), params={"number": head.number})
    previous = site.data.get_version(slug, head.previous) if head.previous else None
    return head, None, version, previous


async def topic(request: Request) -> Response:
    site = site_of(request)
    number = _id_param(request, "number") if "number" in request.path_params else None
    slug = request.path_params["slug"]
    language = page_language(request)
    head, kept, version, previous = await run_in_threadpool(_load_topic, site, slug, number, language)
    if kept is not None:
        return HTMLResponse(kept, headers=_with_vary(site, None))
    if version is None:
        response = render(request, "topic_empty.html", topic=head.topic)
    else:
        day = partial(_timeline_day, language=language)  # the diff's timeline lines dated as the page dates them
        page = topic_page(head.topic, version, head.versions, previous, head.departures, day)
        response = render(request, "topic.html", page=page)
    if head.stamp is not None and response.status_code == 200 and "set-cookie" not in response.headers:
        site.pages.put((language, head.stamp), bytes(response.body).decode())
    return response


def _timeline_day(entry: TimelineEntry, language: str) -> str:
    return format_label(entry.when, entry.label, language)


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
        # each entry in its digest's language; the feed's own only when the site has one
        feed_lang=site.languages[0] if len(site.languages) == 1 else None,
        langs={i.id: digest_language(site.config, i.digest, site.languages[0]) for i in issues},
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
    """Sign-up: checked, throttled (a throttled request writes nothing), then one email.

    A new address gets a confirmation link; a confirmed one a preferences link; one that
    unsubscribed or bounced a link that only its owner can confirm to re-subscribe. The answer
    is the same page in every case, so the form reveals nobody's subscription.
    """
    site = site_of(request)
    form = await checked_form(request)
    email = str(form.get("email") or "")
    digests = _chosen_digests(site, form)
    error = None
    try:
        key = subscribers.normalize_email(email)
    except InvalidEmail:
        error = N_("That does not look like an email address.")
    if error is None and digests is None:
        error = N_("Choose at least one digest.")
    if error:
        chosen = {str(v) for v in form.getlist("digests")}
        return render(
            request,
            "subscribe.html",
            400,
            digests=_digest_names(site),
            email=email,
            chosen=chosen,
            error=gettext_for(request)(error),
        )

    assert site.throttle is not None
    _mail_base(request)  # no base to link to: refuse before writing anything
    peer = request.client.host if request.client else None
    client = client_address(peer, request.headers.get("x-forwarded-for"), site.trusted)
    refusal = site.throttle.check(client, key)
    if refusal is not None:
        log.info("sign-up throttled (%s): client %s", refusal.why, client)
        if refusal.silent:
            return render(request, "subscribe_sent.html", headers=PRIVATE_HEADERS, email=key)
        raise HttpError(
            429,
            N_("Too many sign-ups just now. Please try again in a few minutes."),
            {"Retry-After": str(refusal.retry_after)},
        )

    sub = await run_in_threadpool(subscribers.subscribe, site.engine, key, digests=digests or "all")
    now = subscribers.utcnow()
    if sub.confirm_sent is None or now - sub.confirm_sent >= RESEND_AFTER:
        language = page_language(request)  # the mail speaks the language of the form it answers
        if sub.status == "confirmed":
            message = mail.preferences_message(site.config, sub.email, _link(request, "preferences", sub), language)
        else:  # pending, or stopped: confirming is the owner's way back
            message = mail.confirmation_message(site.config, sub.email, _link(request, "confirm", sub), language)
        site.throttle.record(client, key)
        try:
            await run_in_threadpool(site.mailer, message)
        except Exception:
            log.exception("could not send the confirmation email")
            raise HttpError(
                503, N_("We could not send the confirmation email just now. Please try again later.")
            ) from None
        await run_in_threadpool(subscribers.mark_confirmation_sent, site.engine, sub.id, now)
    # The same answer whatever the address's state, so the form reveals nobody's subscription.
    return render(request, "subscribe_sent.html", headers=PRIVATE_HEADERS, email=sub.email)


async def confirm_page(request: Request) -> Response:
    sub, current = await run_in_threadpool(_subscriber_for, request, "confirm")
    if current and sub.stopped:  # a link mailed after the stop: its owner may come back
        sub = replace(sub, status="pending")
    preferences = _path(request, "preferences", sub) if sub.status == "confirmed" else None
    return render(request, "confirm.html", headers=PRIVATE_HEADERS, sub=sub, preferences=preferences)


async def confirm_post(request: Request) -> Response:
    site = site_of(request)
    sub, current = await run_in_threadpool(_subscriber_for, request, "confirm")
    await checked_form(request)
    if not current:
        return render(request, "confirm.html", headers=PRIVATE_HEADERS, sub=sub, preferences=None)
    # The token carries the row's current key, which changes at every stop: this link was mailed
    # to the address after its last unsubscribe, so whoever holds it reads that mailbox.
    confirmed = await run_in_threadpool(lambda: subscribers.confirm(site.engine, sub.id, reopen=True))
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
    sub, _current = await run_in_threadpool(_subscriber_for, request, "preferences")
    context = await run_in_threadpool(_preferences_context, request, sub)
    welcome = request.query_params.get("welcome") == "1"
    return render(request, "preferences.html", headers=PRIVATE_HEADERS, welcome=welcome, saved=False, **context)


async def preferences_post(request: Request) -> Response:
    site = site_of(request)
    sub, _current = await run_in_threadpool(_subscriber_for, request, "preferences")
    form = await checked_form(request)
    if sub.status != "confirmed":
        context = await run_in_threadpool(_preferences_context, request, sub)
        return render(request, "preferences.html", headers=PRIVATE_HEADERS, welcome=False, saved=False, **context)
    digests = _chosen_digests(site, form)
    error = None
    if digests is None:
        error = N_("Choose at least one digest, or unsubscribe below.")
    if form.get("topics_mode") == "some":
        known = {t.slug for t in site.data.list_topics()}
        picked = tuple(v for v in form.getlist("topics") if isinstance(v, str) and v in known)
        topics: subscribers.Choice = picked if picked else "all"
        if not picked:
            error = error or N_("Choose at least one topic, or all topics.")
    else:
        topics = "all"
    if error:
        context = await run_in_threadpool(_preferences_context, request, sub)
        return render(
            request,
            "preferences.html",
            400,
            PRIVATE_HEADERS,
            welcome=False,
            saved=False,
            error=gettext_for(request)(error),
            **context,
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
    sub, _current = await run_in_threadpool(_subscriber_for, request, "unsubscribe")
    return render(request, "unsubscribe.html", headers=PRIVATE_HEADERS, sub=sub, done=sub.stopped)


async def unsubscribe_post(request: Request) -> Response:
    site = site_of(request)
    sub, _current = await run_in_threadpool(_subscriber_for, request, "unsubscribe")
    form = await request.form()
    if form.get("List-Unsubscribe") == "One-Click":
        # RFC 8058: the mail client POSTs this without a form token; the signed URL is the credential.
        await run_in_threadpool(subscribers.unsubscribe, site.engine, sub.id)
        return PlainTextResponse(gettext_for(request)(N_("Unsubscribed.")), headers=_with_vary(site, PRIVATE_HEADERS))
    await checked_form(request)
    await run_in_threadpool(subscribers.unsubscribe, site.engine, sub.id)
    return render(request, "unsubscribe.html", headers=PRIVATE_HEADERS, sub=sub, done=True)


# ------------------------------------------------------------------------------------ method dispatch


def by_method(**handlers):
    """One endpoint per path, so a 405 names every method the path takes in `Allow`."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await handlers[method](request)

    return endpoint
