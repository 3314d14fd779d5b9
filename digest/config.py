"""feeds.yaml: load safely, validate strictly, and point at the line of any mistake.

Editors edit this file by hand, so every error names the file, the line and the key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_CONFIG = "feeds.yaml"


class ConfigError(Exception):
    """An invalid feeds.yaml; str() is `file:line: key: message`, one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    url: str
    name: str | None = None
    tags: list[str] = Field(default_factory=list)

    @field_validator("url")
    @classmethod
    def _http_only(cls, v: str) -> str:
        parts = urlsplit(v.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"feed URL must be http(s) with a host, got {v!r}")
        return v.strip()

    @property
    def display_name(self) -> str:
        return self.name or (urlsplit(self.url).hostname or self.url)


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
        from digest.schedule import cron_trigger

        try:
            cron_trigger(v, "UTC")
        except ValueError as exc:
            raise ValueError(f"bad cron expression {v!r}: {exc}") from exc
        return v

    @field_validator("recipients", "editors")
    @classmethod
    def _addresses(cls, v: list[str]) -> list[str]:
        for address in v:
            if "@" not in address or any(c in address for c in "\r\n <>,"):
                raise ValueError(f"not an email address: {address!r}")
        return v


class SmtpConfig(_Strict):
    host: str
    port: int = 587
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

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _smtp_needs_host(self) -> DeliveryConfig:
        if self.method == "smtp" and self.smtp is None:
            raise ValueError("method is smtp but no smtp: section is given")
        return self


class StorageConfig(_Strict):
    url: str = "sqlite:///./data/digest.sqlite"


class NetworkConfig(_Strict):
    allow_private: list[str] = Field(default_factory=list)
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
    language: str = "English"  # the language briefs are written in

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

    @field_validator("base_url")
    @classmethod
    def _http_base(cls, v: str | None) -> str | None:
        if v is not None and urlsplit(v).scheme not in ("http", "https"):
            raise ValueError("base_url must be an http(s) URL")
        return v.rstrip("/") if v else v


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

    path: Path | None = Field(default=None, exclude=True)  # set by load(); not a YAML key

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
    for label, items in (("topics", config.topics), ("digests", config.digests)):
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


def _feed_identity(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}{parts.path.rstrip('/') or '/'}?{parts.query}"


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys, which plain YAML silently overwrites."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


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
    try:
        root = yaml.compose(text, Loader=_LineLoader)
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else "?"
        problem = exc.problem or str(exc)
        if "'\\t'" in problem or "\t" in problem:
            problem = "a tab is used for indentation; YAML needs spaces"
        raise ConfigError([f"{path}:{line}: {problem}"]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([f"{path}: {exc}"]) from None
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
            problems.append(f"{path}:{line}: {key}: {msg}")
        raise ConfigError(sorted(set(problems), key=_line_key)) from None
    duplicates = _duplicates(config, root, path)
    if duplicates:
        raise ConfigError(duplicates)
    return config.model_copy(update={"path": path.resolve()})


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
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such file (pass --config or create feeds.yaml)"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    return parse(text, path)
