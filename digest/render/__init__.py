"""Render one digest issue into the email subscribers open: MJML + jinja2 HTML and a plain-text twin.

Two steps so that 1,000 recipients cost one MJML compile: `render_base()` builds everything an issue
shares (subject, compiled HTML, text) with opaque random slots where the per-recipient footer goes;
`personalize()` fills those slots by plain string replacement (the unsubscribe link, the address, and
the feed-health summary in editors' copies).

Safety lives here rather than in templates: feed text reaches templates as plain strings (autoescaped
in `.mjml`/`.html`/`.xml` templates, never compiled as template code), links are kept only when they
are http(s), and a digest that would pass Gmail's 102 KB clipping point is shortened topic by topic
with "read the rest" links instead of being cut off mid-footer.

Rooms: `text` (text and link hygiene, subjects), `views` (what templates see, and its builders),
`renderer` (MJML compile once, personalize per recipient, the stored copy) and `sample` (a complete
sample issue). Callers import from this package.
"""

from digest.render.renderer import (
    HTML_BUDGET,
    HTML_LIMIT,
    BaseRender,
    Renderer,
    bundled_templates_dir,
)
from digest.render.sample import sample_context
from digest.render.text import (
    RenderError,
    check_subject,
    clean_header_text,
    clean_line,
    format_subject,
    safe_url,
    wrap_text,
)
from digest.render.views import DETAIL_LEVELS, Cite, Detail, Line

__all__ = [
    "DETAIL_LEVELS",
    "HTML_BUDGET",
    "HTML_LIMIT",
    "BaseRender",
    "Cite",
    "Detail",
    "Line",
    "RenderError",
    "Renderer",
    "bundled_templates_dir",
    "check_subject",
    "clean_header_text",
    "clean_line",
    "format_subject",
    "safe_url",
    "sample_context",
    "wrap_text",
]
