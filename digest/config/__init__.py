"""feeds.yaml: load safely, validate strictly, and point at the line of any mistake.

Editors edit this file by hand, so every error names the file, the line and the key.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator
from pydantic.functional_validators import AfterValidator

DEFAULT_CONFIG = "feeds.yaml"
CONFIG_ENV = "DIGEST_CONFIG"  # the config path when --config is not given
MAX_CONFIG_BYTES = 1024 * 1024  # checked before parsing: a hand-written feeds.yaml is a few KB
MAX_DEPTH = 50  # nesting levels; feeds.yaml needs four
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ConfigError(Exception):
    """An invalid feeds.yaml; str() is `file:line: key: message`, one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class NotSendable(ConfigError):
    """A valid file that cannot send from here (a password variable unset): exit 5, nothing attempted."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    url: str
    name: str | None = None
    tags: list[str] = Field(default_factory=list)
    # the articles' language ("de"), when the page does not say or says it wrong; else detected per article
    language: str | None = None
    # fetch at most every N minutes whatever Cache-Control, <ttl> or sy:updatePeriod say (0: every run)
    refresh_minutes: int | None = Field(default=None, ge=0, le=10080)

    @field_validator("url")
    @classmethod
    def _http_only(cls, v: str) -> str:
        return _http_url(v, "feed URL")

    @property
    def display_name(self) -> str:
        return self.name or (urlsplit(self.url).hostname or self.url)


def _http_url(v: str, what: str, example: str = "https://example.org/feed.xml") -> str:
    """An http(s) URL with a host and, when given, a port in range (urlsplit raises on bad ones lazily)."""
    v = v.strip()
    try:
        parts = urlsplit(v)
        parts.port  # noqa: B018 - raises ValueError on "abc" or 99999
    except ValueError as exc:
        raise ValueError(f"{what} {v!r}: {exc} (a port is a number from 1 to 65535)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{what} must be http(s) with a host, got {v!r} (for example {example})")
    return v


class TopicConfig(_Strict):
    name: str
    description: str = ""
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)  # feed tags whose articles are candidates
    slug: str | None = None  # keep a topic's history when its name is edited
    pinned: bool = False
    muted: bool = False
    merge_into: str | None = None  # name or slug of the topic that absorbs this one
    search: bool | str = False  # issue 20: true (query from name and include terms) or a custom query

    @field_validator("search")
    @classmethod
    def _query(cls, v: bool | str) -> bool | str:
        if isinstance(v, str) and not v.strip():
            raise ValueError("search must be true, false or a non-empty query")
        return v.strip() if isinstance(v, str) else v

    @field_validator("slug")
    @classmethod
    def _plain_slug(cls, v: str | None) -> str | None:
        if v is not None and (not SLUG_RE.match(v) or len(v) > 200):
            raise ValueError(
                f"slug {v!r} must be lower-case letters, digits and single hyphens (for example 'harbour-tram')"
            )
        return v


class DigestConfig(_Strict):
    name: str
    schedule: str = "0 7 * * *"
    timezone: str = "UTC"
    subject: str = "{digest}: {topics_updated} — {date}"
    recipients: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)  # get the copy with the feed-health footer
    topics: Literal["all"] | list[str] = "all"  # topic names or feed tags
    max_lateness_minutes: int = Field(default=120, ge=1)
    send_empty: bool = False
    article_briefs: int = Field(default=2, ge=0, le=10)
    language: str = "en"  # the words around the content (headings, footer, dates): en, de, fr, es

    @field_validator("language")
    @classmethod
    def _known_language(cls, v: str) -> str:
        from digest.i18n.catalogs import catalog_languages

        code = v.strip().lower().replace("_", "-").split("-")[0]
        if code not in catalog_languages():
            raise ValueError(f"unsupported language {v!r} (supported: {', '.join(catalog_languages())})")
        return code

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r} (use an IANA name such as Europe/London)") from exc
        return v

    @field_validator("schedule")
    @classmethod
    def _valid_cron(cls, v: str) -> str:
        from digest.config.cron import parse_cron

        try:
            parse_cron(v)
        except ValueError as exc:
            raise ValueError(f"bad cron expression {v!r}: {exc}") from exc
        return v

    @field_validator("recipients", "editors")
    @classmethod
    def _addresses(cls, v: list[str]) -> list[str]:
        from digest.config.addresses import InvalidAddress, check

        for address in v:
            try:
                check(address)
            except InvalidAddress as exc:
                raise ValueError(str(exc)) from None
        return v


class SmtpConfig(_Strict):
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    starttls: bool = True
    ssl: bool = False
    user: str | None = None
    password_env: str | None = None  # the name of the variable, never the password
    timeout: float = 30.0
    rate_per_minute: int = Field(default=120, ge=1)

    def password(self) -> str | None:
        return os.environ.get(self.password_env) if self.password_env else None


class DeliveryConfig(_Strict):
    method: Literal["outbox", "smtp"] = "outbox"
    outbox: str = "./outbox"
    sender: str = Field(default="digest@localhost", alias="from")
    smtp: SmtpConfig | None = None
    max_attempts: int = Field(default=8, ge=1)
    bounce_limit: int = Field(default=3, ge=1)  # permanent failures in a row that mark an address bounced

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("sender")
    @classmethod
    def _sender_address(cls, v: str) -> str:
        from email.utils import parseaddr

        from digest.config.addresses import InvalidAddress, check

        try:
            check(parseaddr(v)[1] or v)
        except InvalidAddress as exc:
            raise ValueError(str(exc)) from None
        return v

    @model_validator(mode="after")
    def _smtp_needs_host(self) -> DeliveryConfig:
        if self.method == "smtp" and self.smtp is None:
            raise ValueError("method is smtp but no smtp: section is given")
        return self


class StorageConfig(_Strict):
    url: str = "sqlite:///./data/digest.sqlite"

    @field_validator("url")
    @classmethod
    def _known_backend(cls, v: str) -> str:
        """backend[+driver]://…, read with urllib so validating feeds.yaml needs no database library."""
        hint = "use sqlite:///./data/digest.sqlite or postgresql+psycopg://user@host/digest"
        scheme, sep, _ = v.partition("://")
        if not sep or not _DB_SCHEME.fullmatch(scheme):
            raise ValueError(f"not a database URL: {v!r} ({hint})")
        backend = scheme.split("+")[0]
        if backend not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database {backend!r} ({hint})")
        try:
            parts = urlsplit(v)
            parts.port  # noqa: B018 - a port that is not a number raises here
        except ValueError:
            raise ValueError(f"not a database URL: {v!r} ({hint})") from None
        if not parts.path.strip("/") and not (backend == "postgresql" and parts.hostname):
            where = "host or database" if backend == "postgresql" else "file path"
            raise ValueError(f"not a database URL: {v!r} names no {where} ({hint})")
        return v


_DB_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(\+[A-Za-z0-9_]+)?")


def _ip_network(item: str) -> str:
    try:
        ipaddress.ip_network(item.strip(), strict=False)
    except ValueError:
        raise ValueError(f"{item!r} is not an IP address or network (write 10.0.0.5, 10.0.0.0/8 or fd00::/8)") from None
    return item


class NetworkConfig(_Strict):
    allow_private: list[Annotated[str, AfterValidator(_ip_network)]] = Field(default_factory=list)
    timeout: float = Field(default=20.0, gt=0)
    max_feed_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_page_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    concurrency: int = Field(default=64, ge=1)
    per_host: int = Field(default=4, ge=1)
    user_agent: str = "digest/0.1 (+https://github.com/digest; self-hosted newsletter digest)"
    max_failures: int = Field(default=10, ge=1)  # consecutive failures before a feed is paused
    extract_workers: int = Field(default=0, ge=0)  # 0: one per core
    extract_timeout: float = Field(default=20.0, gt=0)


class LlmConfig(_Strict):
    """An OpenAI-compatible chat endpoint and the budgets the LLM engine keeps to when calling it."""

    base_url: str = "http://localhost:11434/v1"
    model: str = "llama3.1"
    api_key_env: str | None = None
    timeout: float = Field(default=60.0, gt=0)  # seconds per request
    max_tokens: int = Field(default=2000, ge=64)  # the answer's budget, reserved out of context_tokens
    temperature: float = 0.2
    context_tokens: int = Field(default=8192, ge=1024)  # the model's context window (prompt + answer)
    concurrency: int = Field(default=2, ge=1)  # requests in flight at once to this endpoint
    retries: int = Field(default=3, ge=0)  # extra tries on 429, 5xx, timeouts and dropped connections
    backoff: float = Field(default=2.0, ge=0)  # first wait between tries, doubled each time (Retry-After wins)
    deadline: float = Field(default=900.0, gt=0)  # seconds one topic may take before it falls back
    structured_output: Literal["auto", "json_schema", "json_object", "text"] = "auto"
    language: str | None = None  # the language briefs are written in; None: the sources' own

    @model_validator(mode="after")
    def _answer_fits(self) -> LlmConfig:
        if self.max_tokens > self.context_tokens // 2:
            raise ValueError(
                f"max_tokens ({self.max_tokens}) must be at most half of context_tokens ({self.context_tokens}), "
                "or no source would fit in the prompt"
            )
        return self


class BriefsConfig(_Strict):
    engine: Literal["extractive", "llm"] = "extractive"
    llm: LlmConfig = Field(default_factory=LlmConfig)


class GroupingConfig(_Strict):
    discover: bool = True
    min_articles: int = Field(default=3, ge=1)
    min_sources: int = Field(default=2, ge=1)
    dormant_after_days: int = Field(default=14, ge=1)


class WebConfig(_Strict):
    base_url: str | None = None
    secret_env: str = "DIGEST_SECRET"
    trusted_proxies: list[str] = Field(default_factory=list)  # addresses/CIDRs whose X-Forwarded-For counts
    signups_per_client: int = Field(default=10, ge=1)  # sign-up emails per client (IPv6: per /64) per 10 minutes
    confirmations_per_hour: int = Field(default=100, ge=1)  # sign-up emails per hour from the whole site
    unconfirmed_days: int = Field(default=7, ge=1)  # sign-ups not confirmed within this are deleted

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, v: list[str]) -> list[str]:
        import ipaddress

        for item in v:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(f"not an IP address or CIDR: {item!r}") from None
        return v

    @field_validator("base_url")
    @classmethod
    def _http_base(cls, v: str | None) -> str | None:
        if v is None:
            return v
        return _http_url(v, "base_url", "https://digest.example.org").rstrip("/")


# --- issue 20: newsletters by email and topic-driven search (begin) ---------------------------


class ImapConfig(_Strict):
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)  # default 993 with ssl, else 143
    ssl: bool = True
    starttls: bool = False  # upgrade a plain connection (ssl: false) before logging in
    user: str
    password_env: str  # the name of the variable, never the password
    folder: str = "INBOX"
    timeout: float = Field(default=30.0, gt=0)

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.ssl else 143)

    def password(self) -> str | None:
        return os.environ.get(self.password_env)


class NewsletterConfig(_Strict):
    name: str
    maildir: str | None = None  # a Maildir folder an MTA or fetchmail delivers to
    imap: ImapConfig | None = None
    tags: list[str] = Field(default_factory=list)
    max_messages: int = Field(default=200, ge=1)  # messages read per run; the rest wait for the next

    @model_validator(mode="after")
    def _one_place(self) -> NewsletterConfig:
        if (self.maildir is None) == (self.imap is None):
            raise ValueError("give exactly one of maildir: PATH or imap: {host, user, password_env, ...}")
        return self


SEARCH_PLACEHOLDERS = ("query", "tag")


class SearchFeedConfig(_Strict):
    name: str
    url: str  # a feed URL template with {query} or {tag}

    @field_validator("url")
    @classmethod
    def _template(cls, v: str) -> str:
        import string

        v = v.strip()
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(v) if f is not None}
        except ValueError as exc:
            raise ValueError(f"bad URL template {v!r}: {exc}") from None
        unknown = sorted(f for f in fields if f not in SEARCH_PLACEHOLDERS)
        if unknown:
            raise ValueError(f"unknown placeholder {{{unknown[0]}}} (use {{query}} or {{tag}})")
        if not fields:
            raise ValueError("a search URL needs a {query} or {tag} placeholder")
        parts = urlsplit(v.format(query="q", tag="t"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"search URL must be http(s) with a host, got {v!r}")
        return v


class SearchConfig(_Strict):
    feeds: list[SearchFeedConfig] = Field(default_factory=list)
    max_requests_per_topic: int = Field(default=4, ge=0)
    max_requests_per_run: int = Field(default=20, ge=0)
    max_new_per_topic: int = Field(default=10, ge=0)
    max_new_per_run: int = Field(default=50, ge=0)


# --- issue 20 (end) ----------------------------------------------------------------------------


class ExecutionConfig(_Strict):
    """`local`: the in-process pipeline; `distributed`: stages as Procrastinate jobs on PostgreSQL."""

    mode: Literal["local", "distributed"] = "local"
    send_batch: int = Field(default=500, ge=1, le=10_000)  # recipient rows per send job (Ghost, listmonk: 200–1,000)


class Config(_Strict):
    version: Literal[1] = 1
    feeds: list[FeedConfig] = Field(default_factory=list)
    topics: list[TopicConfig] = Field(default_factory=list)
    digests: list[DigestConfig] = Field(default_factory=list)
    delivery: DeliveryConfig = Field(default_factory=DeliveryConfig)
    storage: StorageConfig = Field(default_factory=StorageConfig)
    network: NetworkConfig = Field(default_factory=NetworkConfig)
    briefs: BriefsConfig = Field(default_factory=BriefsConfig)
    grouping: GroupingConfig = Field(default_factory=GroupingConfig)
    web: WebConfig = Field(default_factory=WebConfig)
    templates: str | None = None  # a folder of the editors' own templates
    newsletters: list[NewsletterConfig] = Field(default_factory=list)  # issue 20
    search: SearchConfig = Field(default_factory=SearchConfig)  # issue 20
    execution: ExecutionConfig = Field(default_factory=ExecutionConfig)

    path: Path | None = Field(default=None, exclude=True)  # set by load(); not a YAML key
    _root: yaml.Node | None = PrivateAttr(default=None)  # the parsed YAML, to point at lines

    def line_of(self, *loc: int | str) -> int | None:
        """The 1-based line of a key in the file this config was parsed from (None when unknown)."""
        return _line_of(self._root, loc)

    def where(self, *loc: int | str) -> str:
        """`file:line: key` for messages about a value."""
        line = self.line_of(*loc)
        key = ".".join(str(p) for p in loc)
        return f"{self.path or DEFAULT_CONFIG}:{line or '?'}: {key}"

    def resolve(self, relative: str) -> Path:
        """Paths in the file are relative to the file, not to the working directory."""
        p = Path(relative).expanduser()
        if p.is_absolute() or self.path is None:
            return p
        return (self.path.parent / p).resolve()

    @property
    def database_url(self) -> str:
        url = self.storage.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.resolve(url[len(prefix) :]))
        return url

    @property
    def outbox_dir(self) -> Path:
        return self.resolve(self.delivery.outbox)

    @property
    def templates_dir(self) -> Path | None:
        return self.resolve(self.templates) if self.templates else None

    def digest(self, name: str | None) -> DigestConfig:
        if not self.digests:
            raise ConfigError([f"{self.path}: no digests: section; add one to send a digest"])
        if name is None:
            return self.digests[0]
        for d in self.digests:
            if d.name.casefold() == name.casefold():
                return d
        known = ", ".join(d.name for d in self.digests)
        raise ConfigError([f"{self.path}: no digest named {name!r} (known: {known})"])


def _duplicates(config: Config, root: yaml.Node | None, path: Path) -> list[str]:
    """Duplicate feeds, topic names and digest names, each reported on the line of the repeat."""
    problems = []
    seen: dict[str, int] = {}
    for i, feed in enumerate(config.feeds):
        key = _feed_identity(feed.url)
        if key in seen:
            line = _line_of(root, ("feeds", i, "url"))
            first = _line_of(root, ("feeds", seen[key], "url"))
            problems.append(f"{path}:{line}: feeds.{i}.url: duplicate feed (same as line {first}): {feed.url}")
        else:
            seen[key] = i
    named: tuple[tuple[str, Sequence[TopicConfig | DigestConfig]], ...] = (
        ("topics", config.topics),
        ("digests", config.digests),
    )
    for label, items in named:
        names: dict[str, int] = {}
        for i, item in enumerate(items):
            folded = item.name.casefold()
            if folded in names:
                line = _line_of(root, (label, i, "name"))
                first = _line_of(root, (label, names[folded], "name"))
                problems.append(
                    f"{path}:{line}: {label}.{i}.name: duplicate name {item.name!r} (first on line {first})"
                )
            else:
                names[folded] = i
    return problems


def _search_problems(config: Config, root: yaml.Node | None, path: Path) -> list[str]:
    """Issue 20: a topic that asks for search needs a search feed to ask; newsletter and search names are unique."""
    problems = []
    if not config.search.feeds:
        for i, topic in enumerate(config.topics):
            if topic.search:
                line = _line_of(root, ("topics", i, "search"))
                problems.append(f"{path}:{line}: topics.{i}.search: no search feeds: add them under search: feeds:")
    named: list[tuple[tuple[str, ...], list[str]]] = [
        (("newsletters",), [n.name for n in config.newsletters]),
        (("search", "feeds"), [f.name for f in config.search.feeds]),
    ]
    for where, items in named:
        names: dict[str, int] = {}
        for i, name in enumerate(items):
            folded = name.casefold()
            if folded in names:
                line = _line_of(root, (*where, i, "name"))
                first = _line_of(root, (*where, names[folded], "name"))
                key = ".".join((*where, str(i), "name"))
                problems.append(f"{path}:{line}: {key}: duplicate name {name!r} (first on line {first})")
            else:
                names[folded] = i
    return problems


def _feed_identity(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path.rstrip('/') or '/'}?{parts.query}"


# libyaml when present: a 1 MB file parses in about a second instead of fifteen.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):  # type: ignore[valid-type,misc,unused-ignore]
    """SafeLoader that refuses duplicate keys, which plain YAML silently overwrites."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            kind = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
            raise yaml.constructor.ConstructorError(
                None, None, f"a key must be a plain word, not a {kind}", key_node.start_mark
            )
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=deep)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _line_of(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to a 1-based line."""
    node, line = root, (root.start_mark.line + 1 if root is not None else None)
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    line = key_node.start_mark.line + 1
                    node = value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def parse(text: str, path: Path | str = DEFAULT_CONFIG) -> Config:
    """Validate feeds.yaml text; raise ConfigError with file:line messages."""
    path = Path(path)
    if len(text) > MAX_CONFIG_BYTES:
        raise ConfigError([_too_big(path, len(text.encode()))])
    root, data = _yaml(text, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"{path}:1: the file must be a mapping with keys such as feeds:, digests:"])
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "literal["))))
            loc = tuple(p for p in loc if p not in ("list[str]",))
            line = _line_of(root, loc)
            key = ".".join(str(p) for p in loc) or "(top level)"
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}" + _suggest(loc)
            elif err["type"] == "list_type" and isinstance(err.get("input"), str | int | float) and loc:
                msg = f"write a list: {loc[-1]}: [{err['input']}]"
            problems.append(f"{path}:{line}: {key}: {msg}")
        raise ConfigError(sorted(set(problems), key=_line_key)) from None
    duplicates = (
        _duplicates(config, root, path)
        + _topic_links(config, root, path)
        + _search_problems(config, root, path)
        + _execution(config, root, path)
    )
    if duplicates:
        raise ConfigError(sorted(duplicates, key=_line_key))
    config = config.model_copy(update={"path": path.resolve()})
    config._root = root
    return config


def _execution(config: Config, root: yaml.Node | None, path: Path) -> list[str]:
    """Distributed execution keeps its job queue in the database: it needs PostgreSQL."""
    if config.execution.mode != "distributed" or config.storage.url.startswith("postgresql"):
        return []
    line = _line_of(root, ("execution", "mode"))
    return [
        f"{path}:{line}: execution.mode: distributed needs a PostgreSQL storage.url "
        "(postgresql+psycopg://user@host/digest); SQLite serves one machine: use mode: local"
    ]


def _too_big(path: Path, size: int) -> str:
    return (
        f"{path}: the file is {size / 1024 / 1024:.1f} MB; feeds.yaml may be at most "
        f"{MAX_CONFIG_BYTES // 1024 // 1024} MB (keep long subscriber lists in the database: digest subscribers import)"
    )


# What PyYAML says, and what an editor needs to hear.
_TAB = "a tab is used for indentation; YAML needs spaces"
_COLON = "a ':' where none belongs: quote a value containing ': ', or fix the indentation"
_INDENTATION = "the indentation does not line up with the lines above (keys of one item start in one column)"
_YAML_HINTS = (  # PyYAML's words, then libyaml's
    ("'\\t'", _TAB),
    ("tab character", _TAB),
    ("expected <block end>", _INDENTATION),
    ("did not find expected key", _INDENTATION),
    ("did not find expected '-' indicator", _INDENTATION),
    ("exceeded maximum nesting depth", f"nested more than {MAX_DEPTH} levels deep; feeds.yaml needs four"),
    ("mapping values are not allowed", _COLON),
    ("could not find expected ':'", "a key without ':' after it, or a line indented too far"),
    ("found unexpected end of stream", "a quote or bracket is never closed"),
    ("did not find expected ',' or ']'", "a '[' list is not closed with ']' (or items lack a ',' between them)"),
    ("did not find expected ',' or '}'", "a '{' mapping is not closed with '}' (or items lack a ',' between them)"),
    ("found unhashable key", "a key must be a plain word, not a list or mapping"),
)


def _yaml(text: str, path: Path) -> tuple[yaml.Node | None, Any]:
    """Parse once into nodes (for line numbers) and build the data from them, nesting bounded."""
    try:
        _check_depth(text, path)
        loader = _LineLoader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else "?"
        problem = exc.problem or str(exc)
        for needle, hint in _YAML_HINTS:
            if needle in problem or (hint is _TAB and "\t" in problem):
                problem = hint
                break
        if problem not in (_TAB,) and exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            problem += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
        raise ConfigError([f"{path}:{line}: {problem}"]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([f"{path}: {exc}"]) from None
    return root, data


def _check_depth(text: str, path: Path) -> None:
    """Refuse deep nesting before building anything (5,000 brackets would exhaust the stack)."""
    depth = 0
    for event in yaml.parse(text, Loader=_SafeBase):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark else "?"
                raise ConfigError([f"{path}:{line}: nested more than {MAX_DEPTH} levels deep; feeds.yaml needs four"])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _topic_links(config: Config, root: yaml.Node | None, path: Path) -> list[str]:
    """Explicit slugs used twice, and merges into the topic itself or round in a cycle."""
    problems = []
    slugs: dict[str, int] = {}
    for i, tc in enumerate(config.topics):
        if tc.slug is None:
            continue
        if tc.slug in slugs:
            first = _line_of(root, ("topics", slugs[tc.slug], "slug"))
            problems.append(
                f"{path}:{_line_of(root, ('topics', i, 'slug'))}: topics.{i}.slug: "
                f"slug {tc.slug!r} is already used on line {first}; each topic needs its own"
            )
        else:
            slugs[tc.slug] = i
    index: dict[str, int] = {}
    for i, tc in enumerate(config.topics):
        index.setdefault(tc.name.casefold(), i)
        if tc.slug:
            index.setdefault(tc.slug, i)
    for i, tc in enumerate(config.topics):
        if tc.merge_into is None:
            continue
        where = f"{path}:{_line_of(root, ('topics', i, 'merge_into'))}: topics.{i}.merge_into"
        chain, j = [i], index.get(tc.merge_into.casefold(), index.get(tc.merge_into))
        while j is not None and j not in chain:
            chain.append(j)
            nxt = config.topics[j].merge_into
            j = index.get(nxt.casefold(), index.get(nxt)) if nxt else None
        if j == i and len(chain) == 1:
            problems.append(f"{where}: a topic cannot merge into itself; remove merge_into")
        elif j == i:
            names = " -> ".join(config.topics[k].name for k in [*chain, i])
            problems.append(f"{where}: merges go round in a cycle ({names}); one of them must stay")
    return problems


def _line_key(problem: str) -> int:
    try:
        return int(problem.split(":")[1])
    except (IndexError, ValueError):
        return 0


def _suggest(loc: tuple[int | str, ...]) -> str:
    import difflib

    model: type[BaseModel] = Config
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        if field is None:
            return ""
        inner = field.annotation
        for candidate in (*getattr(inner, "__args__", ()), inner):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                model = candidate
                break
        else:
            return ""
    names = [f.alias or n for n, f in model.model_fields.items() if n != "path"]
    close = difflib.get_close_matches(str(loc[-1]), names, n=1)
    return f" (did you mean {close[0]!r}?)" if close else f" (allowed: {', '.join(names)})"


def load(path: Path | str = DEFAULT_CONFIG) -> Config:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError([_too_big(path, size)])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            [f"{path}: no such file (pass --config, set {CONFIG_ENV}, or write a starter file with `digest init`)"]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    return parse(text, path)


def send_blockers(config: Config) -> list[str]:
    """What stops every delivery before the first one is tried; a run checks this before it sends."""
    smtp = config.delivery.smtp
    if config.delivery.method != "smtp" or smtp is None or not smtp.user:
        return []
    if not smtp.password_env:
        return [f"{config.where('delivery', 'smtp', 'user')}: SMTP user {smtp.user!r} has no password_env"]
    if not os.environ.get(smtp.password_env):
        return [
            f"{config.where('delivery', 'smtp', 'password_env')}: the variable {smtp.password_env} is not set "
            f"in this environment (export {smtp.password_env}=… where digest runs)"
        ]
    return []


def unset_secrets(config: Config) -> list[str]:
    """Variables the file names for a secret that are not set here: legal, but probably a mistake."""
    problems = []
    smtp = config.delivery.smtp
    if config.delivery.method == "smtp" and smtp is not None:
        if smtp.password_env and not os.environ.get(smtp.password_env):
            problems.append(
                f"{config.where('delivery', 'smtp', 'password_env')}: the variable {smtp.password_env} is not set; "
                f"sending will fail until you export {smtp.password_env}=…"
            )
        elif smtp.user and not smtp.password_env:
            problems.append(
                f"{config.where('delivery', 'smtp', 'user')}: a user but no password_env; name the variable "
                "that holds the password (password_env: DIGEST_SMTP_PASSWORD)"
            )
    if config.web.base_url and not os.environ.get(config.web.secret_env):
        problems.append(
            f"{config.where('web', 'base_url')}: the variable {config.web.secret_env} is not set; unsubscribe "
            f"links need it and `digest run` will refuse to send (export {config.web.secret_env}=<long random string>)"
        )
    llm = config.briefs.llm
    if config.briefs.engine == "llm" and llm.api_key_env and not os.environ.get(llm.api_key_env):
        problems.append(
            f"{config.where('briefs', 'llm', 'api_key_env')}: the variable {llm.api_key_env} is not set; "
            "briefs will fall back to the extractive engine"
        )
    return problems


def describe_changes(old: Config, new: Config) -> list[str]:
    """What a reload changed, in words an operator can check against the edit they made."""
    changes: list[str] = []

    def named(items: list, key) -> dict:
        return {key(item): item for item in items}

    for label, key in (
        ("feed", lambda f: f.url),
        ("topic", lambda t: t.slug or t.name),
        ("digest", lambda d: d.name),
    ):
        before = named(getattr(old, label + "s"), key)
        after = named(getattr(new, label + "s"), key)
        added = [k for k in after if k not in before]
        removed = [k for k in before if k not in after]
        edited = [k for k in after if k in before and after[k] != before[k]]
        for verb, keys in (("added", added), ("removed", removed), ("changed", edited)):
            if keys:
                shown = ", ".join(keys[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")
                changes.append(f"{label}s {verb}: {shown}")
    for section in ("delivery", "storage", "network", "briefs", "grouping", "web", "templates"):
        if getattr(old, section) != getattr(new, section):
            changes.append(f"{section} changed")
    return changes
