"""The renderer: MJML + jinja2 HTML and a plain-text twin, compiled once per issue, personalized per
recipient by string replacement; the stored copy the archive and resumed sends read back.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape as html_escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import mjml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from digest.i18n.catalogs import translations
from digest.models import (
    DigestContext,
    Recipient,
    RenderedMessage,
)
from digest.render.sample import sample_context
from digest.render.text import (
    RenderError,
    clean_header_text,
    clean_line,
    format_subject,
    safe_url,
    underline,
    wrap_text,
)
from digest.render.views import (
    DETAIL_LEVELS,
    Detail,
    _article_view,
    _day,
    _feed_health_view,
    _period,
    _plural,
    _topic_view,
    _zone,
    ngettext,
    rendering_language,
)

HTML_LIMIT = 102 * 1024  # Gmail clips a larger HTML part, hiding the footer and its unsubscribe link
HTML_BUDGET = HTML_LIMIT - 2 * 1024  # headroom for client-side additions
URL_ALLOWANCE = 512  # the longest unsubscribe URL and address the size budget reserves room for

HTML_TEMPLATE = "digest.mjml.j2"
TEXT_TEMPLATE = "digest.txt.j2"
FOOTER_HTML = "email/footer.html.j2"
FOOTER_TEXT = "email/footer.txt.j2"
REQUIRED_TEMPLATES = (HTML_TEMPLATE, TEXT_TEMPLATE, FOOTER_HTML, FOOTER_TEXT)
ESCAPED_EXTENSIONS = ("mjml", "html", "htm", "xml")

KNOWN_MJML_TAGS = frozenset(
    (
        *("mjml", "mj-head", "mj-body", "mj-attributes", "mj-all", "mj-class", "mj-breakpoint", "mj-font"),
        *("mj-html-attributes", "mj-html-attribute", "mj-selector", "mj-preview", "mj-style", "mj-title"),
        *("mj-accordion", "mj-accordion-element", "mj-accordion-text", "mj-accordion-title", "mj-button"),
        *("mj-carousel", "mj-carousel-image", "mj-column", "mj-divider", "mj-group", "mj-hero", "mj-image"),
        *("mj-navbar", "mj-navbar-link", "mj-raw", "mj-section", "mj-social", "mj-social-element", "mj-spacer"),
        *("mj-table", "mj-text", "mj-wrapper", "mj-include"),
    )
)
_MJ_TAG = re.compile(r"<(mj-[a-z-]+|mjml)\b")


# --------------------------------------------------------------------------------------------------
# Renderer


@dataclass(frozen=True)
class BaseRender:
    """One issue rendered for everyone: HTML compiled from MJML once, split around the recipient's footer.

    `html` and `text` are the stored copies of the issue: their footer is the web-archive variant (no
    address, no unsubscribe link), and `html` ends with a comment carrying the readers' footers, so
    `Renderer.base_from_stored(subject, html, text)` rebuilds this after a restart (editors then get a
    reader's footer: the feed-health summary is never stored in the public copy).
    """

    subject: str
    html: str
    text: str
    html_parts: tuple[str, str]  # the sent HTML before and after the footer
    text_parts: tuple[str, str]
    url_slot: str  # in footers: where the recipient's unsubscribe URL goes
    email_slot: str  # in footers: where the recipient's address goes
    footers: dict[tuple[bool, bool], tuple[str, str]]  # (editor, has unsubscribe URL) -> (html, text)
    detail_level: int = 0  # 0: full depth; higher: shortened to fit HTML_BUDGET
    html_bytes: int = 0  # the largest personalized HTML this issue can produce
    shortened: bool = False
    problems: tuple[str, ...] = ()


_STORED = re.compile(r"\n?<!--digest-footers:([A-Za-z0-9+/=]+)-->\s*\Z")


def _stored_copy(
    head_tail: tuple[str, str], archive: str, text_parts: tuple[str, str], archive_text: str, data: dict[str, Any]
) -> tuple[str, str]:
    html = head_tail[0] + archive + head_tail[1]
    text = text_parts[0] + archive_text + text_parts[1]
    data = {
        **data,
        "html": [len(head_tail[0]), len(archive)],
        "text": [len(text_parts[0]), len(archive_text)],
    }
    blob = base64.b64encode(json.dumps(data, ensure_ascii=False).encode("utf-8")).decode("ascii")
    return f"{html}\n<!--digest-footers:{blob}-->\n", text


def _slot(token: str) -> Markup:
    """A placeholder the HTML templates print unescaped; tokens are our own letters and digits only."""
    assert token.isalnum()
    return Markup(token)  # noqa: S704 - alphanumeric by the assertion above


def _autoescape(name: str | None) -> bool:
    if name is None:
        return True
    base = name.removesuffix(".j2").removesuffix(".jinja").removesuffix(".jinja2")
    return base.rsplit(".", 1)[-1].lower() in ESCAPED_EXTENSIONS


def bundled_templates_dir() -> Path:
    """The templates shipped with digest: package data when installed, else the repository's folder."""
    here = Path(__file__).resolve().parent.parent  # the digest package
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / HTML_TEMPLATE).is_file():
            return candidate
    raise RenderError(f"bundled templates not found (looked in {here / 'templates'} and {here.parent / 'templates'})")


class Renderer:
    """Renders digests with the bundled templates, overridden file by file by an editors' folder."""

    def __init__(self, templates_dir: Path | None = None):
        self.templates_dir = Path(templates_dir) if templates_dir is not None else None
        self.bundled_dir = bundled_templates_dir()
        folders = [str(self.bundled_dir)]
        if self.templates_dir is not None:
            folders.insert(0, str(self.templates_dir))
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader([FileSystemLoader(f) for f in folders]),
            autoescape=_autoescape,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
            extensions=["jinja2.ext.i18n"],
        )
        self._use_language(None)
        self.env.filters["wrap"] = wrap_text
        self.env.filters["plural"] = _plural
        self.env.filters["underline"] = underline

    # -- validation ---------------------------------------------------------------------------

    def origin(self, name: str) -> Path:
        """The file a template name resolves to (the editors' copy wins)."""
        if self.templates_dir is not None and (self.templates_dir / name).is_file():
            return self.templates_dir / name
        return self.bundled_dir / name

    def check(self) -> list[str]:
        """Problems that would stop an issue from rendering: syntax, missing slots, MJML errors."""
        problems: list[str] = []
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            problems.append(f"{self.templates_dir}: templates folder not found")
        names = sorted(
            n
            for n in set(self.env.list_templates())
            if n.endswith((".j2", ".jinja", ".jinja2")) and ("/" not in n or n.startswith("email/"))
        )  # the email's templates only: web/ and prompts/ belong to other stages
        for name in names:
            try:
                self.env.get_template(name)
            except TemplateSyntaxError as exc:
                problems.append(f"{self.origin(name)}:{exc.lineno}: {exc.message}")
        if problems:
            return problems
        ctx = sample_context()
        try:
            source = self._template_source(ctx)
            unknown = sorted({t for t in _MJ_TAG.findall(source) if t not in KNOWN_MJML_TAGS})
            problems += [f"{self.origin(HTML_TEMPLATE)}: unknown MJML tag <{t}>" for t in unknown]
            base = self.render_base(ctx)
            for editor in (False, True):
                self.personalize(base, Recipient("reader@example.org", "https://example.org/u/t", editor))
            problems += list(base.problems)
        except RenderError as exc:
            problems.append(str(exc))
        return problems

    # -- rendering ----------------------------------------------------------------------------

    def render(self, ctx: DigestContext, recipient: Recipient) -> RenderedMessage:
        return self.personalize(self.render_base(ctx), recipient)

    def _use_language(self, code: str | None) -> None:
        """Templates' `_()` and `ngettext()` speak the digest's language (the catalogs in digest/i18n/locale)."""
        env: Environment = self.env
        env.install_gettext_translations(translations(code), newstyle=True)  # type: ignore[attr-defined]

    def render_base(self, ctx: DigestContext) -> BaseRender:
        """Everything one issue shares, at the deepest detail level whose HTML fits HTML_BUDGET."""
        self._use_language(ctx.language)
        with rendering_language(ctx.language):
            return self._render_base(ctx)

    def _render_base(self, ctx: DigestContext) -> BaseRender:
        tz = _zone(ctx)
        token = secrets.token_hex(8)
        slot, url_slot, email_slot = f"dgslot{token}footer", f"dgslot{token}url", f"dgslot{token}email"
        footers, archive = self._footers(ctx, tz, url_slot, email_slot)
        extra = max(len(h.encode()) for h, _ in footers.values()) - len(slot) + 2 * URL_ALLOWANCE
        subject = self._subject(ctx, tz)
        problems: list[str] = []

        def attempt(level: int) -> tuple[dict[str, Any], str, int]:
            values = self._values(ctx, tz, DETAIL_LEVELS[level], subject)
            html = self._compile(self._render_template(HTML_TEMPLATE, {**values, "footer": _slot(slot)}))
            return values, html, len(html.encode()) + extra

        # Level 0 fits almost always; otherwise binary-search the deepest level that fits (sizes fall
        # with each level), so an oversized issue costs a few compiles rather than one per level.
        level = 0
        values, html, size = attempt(0)
        if size > HTML_BUDGET:
            last = len(DETAIL_LEVELS) - 1
            lo, hi = 1, last
            best: tuple[int, tuple[dict[str, Any], str, int]] | None = None
            while lo <= hi:
                mid = (lo + hi) // 2
                result = attempt(mid)
                if result[2] <= HTML_BUDGET:
                    best, hi = (mid, result), mid - 1
                else:
                    lo = mid + 1
            level, (values, html, size) = best if best else (last, attempt(last))
        if size > HTML_BUDGET:
            problems.append(f"HTML is {size} bytes even at the shortest level (budget {HTML_BUDGET})")
        text = self._render_template(TEXT_TEMPLATE, {**values, "footer": slot})
        for part, content in (("HTML", html), ("text", text)):
            if content.count(slot) != 1:
                name = HTML_TEMPLATE if part == "HTML" else TEXT_TEMPLATE
                raise RenderError(
                    f"{self.origin(name)}: the {part} template must output {{{{ footer }}}} exactly once "
                    "(it carries the unsubscribe link)"
                )
        html_head, _, html_tail = html.partition(slot)  # exactly one slot, checked above
        text_head, _, text_tail = text.partition(slot)
        html_parts, text_parts = (html_head, html_tail), (text_head, text_tail)
        data = {
            "v": 1,
            "url_slot": url_slot,
            "email_slot": email_slot,
            # readers' footers only: the stored copy is the public archive page, and the editors'
            # feed-health summary is not for the public (a resumed send gives editors a reader's footer)
            "footers": [[has_url, h, t] for (editor, has_url), (h, t) in footers.items() if not editor],
        }
        stored_html, stored_text = _stored_copy(html_parts, archive[0], text_parts, archive[1], data)
        return BaseRender(
            subject=subject,
            html=stored_html,
            text=stored_text,
            html_parts=html_parts,
            text_parts=text_parts,
            url_slot=url_slot,
            email_slot=email_slot,
            footers=footers,
            detail_level=level,
            html_bytes=size,
            shortened=level > 0 or any(t.hidden for t in values["topics"]),
            problems=tuple(problems),
        )

    def base_from_stored(self, subject: str, html: str, text: str) -> BaseRender:
        """Rebuild an issue's BaseRender from its stored copies (`base.subject`, `base.html`, `base.text`)."""
        match = _STORED.search(html)
        if match is None:
            raise RenderError("the stored issue has no footer data (it was not stored from BaseRender.html)")
        try:
            data = json.loads(base64.b64decode(match.group(1)))
            (h_at, h_len), (t_at, t_len) = data["html"], data["text"]
            readers = {bool(u): (str(h), str(t)) for u, h, t in data["footers"]}
            footers = {(editor, has_url): readers[has_url] for editor in (False, True) for has_url in (False, True)}
            url_slot, email_slot = str(data["url_slot"]), str(data["email_slot"])
        except (ValueError, KeyError, TypeError) as exc:
            raise RenderError(f"the stored issue's footer data is damaged: {exc}") from exc
        body = html[: match.start()]
        html_parts = (body[:h_at], body[h_at + h_len :])
        text_parts = (text[:t_at], text[t_at + t_len :])
        size = len((html_parts[0] + html_parts[1]).encode()) + max(len(h.encode()) for h, _ in footers.values())
        return BaseRender(
            subject=subject,
            html=html,
            text=text,
            html_parts=html_parts,
            text_parts=text_parts,
            url_slot=url_slot,
            email_slot=email_slot,
            footers=footers,
            html_bytes=size,
        )

    def personalize(self, base: BaseRender, recipient: Recipient) -> RenderedMessage:
        """Fill one recipient's footer into the shared render: string joins only, no template run."""
        url = safe_url(recipient.unsubscribe_url)
        html_footer, text_footer = base.footers[(recipient.editor, url is not None)]
        email = clean_line(recipient.email, 254)
        html_footer = html_footer.replace(base.url_slot, html_escape(url or "")).replace(
            base.email_slot, html_escape(email)
        )
        text_footer = text_footer.replace(base.url_slot, url or "").replace(base.email_slot, email)
        return RenderedMessage(
            subject=base.subject,
            html=base.html_parts[0] + html_footer + base.html_parts[1],
            text=base.text_parts[0] + text_footer + base.text_parts[1],
        )

    # -- internals ----------------------------------------------------------------------------

    def _subject(self, ctx: DigestContext, tz: ZoneInfo) -> str:
        values = {
            "digest": clean_line(ctx.digest, 120),
            "topics": len(ctx.updates),
            "articles": ctx.new_articles,
            "date": _day(ctx.period_end, tz),
            "number": ctx.number,
            "topics_updated": ngettext("%(num)d topic updated", "%(num)d topics updated", len(ctx.updates)),
            "new_articles": ngettext("%(num)d new article", "%(num)d new articles", ctx.new_articles),
        }
        return format_subject(ctx.subject_template or "{digest}", values) or clean_header_text(ctx.digest)

    def _values(self, ctx: DigestContext, tz: ZoneInfo, detail: Detail, subject: str) -> dict[str, Any]:
        base_url = safe_url(ctx.web_base_url.rstrip("/")) if ctx.web_base_url else None
        topics = [
            _topic_view(i, u, detail, base_url, tz, full=i <= detail.sections)
            for i, u in enumerate(ctx.updates[: detail.glance], start=1)
        ]
        articles = [_article_view(i, b, detail, tz) for i, b in enumerate(ctx.article_briefs, start=1)]
        articles_shown = articles[: detail.article_briefs]
        n_topics, n_articles = len(ctx.updates), ctx.new_articles
        topics_updated = ngettext("%(num)d topic updated", "%(num)d topics updated", n_topics)
        preheader = f"{topics_updated} · {ngettext('%(num)d new article', '%(num)d new articles', n_articles)}"
        return {
            "subject": subject,
            "language": ctx.language or "en",
            "digest": clean_line(ctx.digest, 120),
            "number": ctx.number,
            "period": _period(ctx.period_start, ctx.period_end, tz),
            "date": _day(ctx.period_end, tz),
            "preheader": preheader,
            "late_note": clean_line(ctx.late_note, 400),
            "topics": topics,
            "sections": [t for t in topics if t.full],
            "glance_more": max(0, n_topics - len(topics)),
            "articles": articles_shown,
            "articles_more": len(articles) - len(articles_shown),
            "web_base_url": base_url,
            "topic_count": n_topics,
            "new_articles": n_articles,
        }

    def _footers(self, ctx: DigestContext, tz: ZoneInfo, url_slot: str, email_slot: str):
        """Each recipient variant's footer with slots for URL and address, and the web-archive footer."""
        health = _feed_health_view(ctx.feed_health, tz)
        base_url = safe_url(ctx.web_base_url.rstrip("/")) if ctx.web_base_url else None
        common = {"digest": clean_line(ctx.digest, 120), "web_base_url": base_url}

        def render(editor: bool, url: str | None, email: str | None) -> tuple[str, str]:
            values = {**common, "editor": editor, "feed_health": health if editor else None}
            html = self._render_template(
                FOOTER_HTML,
                {**values, "unsubscribe_url": url and _slot(url), "email": email and _slot(email)},
            )
            return html, self._render_template(FOOTER_TEXT, {**values, "unsubscribe_url": url, "email": email})

        footers = {
            (editor, has_url): render(editor, url_slot if has_url else None, email_slot)
            for editor in (False, True)
            for has_url in (False, True)
        }
        return footers, render(False, None, None)

    def _template_source(self, ctx: DigestContext) -> str:
        tz = _zone(ctx)
        self._use_language(ctx.language)
        with rendering_language(ctx.language):
            values = self._values(ctx, tz, DETAIL_LEVELS[0], self._subject(ctx, tz))
            return self._render_template(HTML_TEMPLATE, {**values, "footer": _slot("footer")})

    def _render_template(self, name: str, values: Mapping[str, Any]) -> str:
        try:
            return self.env.get_template(name).render(values)
        except TemplateSyntaxError as exc:
            raise RenderError(f"{self.origin(exc.name or name)}:{exc.lineno}: {exc.message}") from exc
        except TemplateError as exc:
            raise RenderError(f"{self._where(exc, name)}: {exc}") from exc

    def _where(self, exc: BaseException, name: str) -> str:
        """file:line of the innermost template frame (jinja rewrites tracebacks to template lines)."""
        folders = [str(self.bundled_dir)] + ([str(self.templates_dir)] if self.templates_dir else [])
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if any(frame.filename.startswith(f) for f in folders):
                return f"{frame.filename}:{frame.lineno}"
        return str(self.origin(name))

    def _compile(self, source: str) -> str:
        try:
            return mjml.mjml2html(source, disable_comments=True, fonts={})
        except ValueError as exc:
            raise RenderError(f"{self.origin(HTML_TEMPLATE)}: MJML: {exc}") from exc
