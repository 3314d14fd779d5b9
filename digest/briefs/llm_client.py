"""Talking to an OpenAI-compatible chat endpoint the way a careful operator would.

One `ChatClient` per engine; what is learned about an endpoint (its structured-output mode, how far
our token estimate is off) is shared by every client of that endpoint in the process and remembered
in the cache folder, so it is detected once. Requests to one endpoint never exceed its concurrency
limit; 429, 5xx, timeouts and dropped connections are retried with exponential backoff, honouring
Retry-After, and nothing waits past the topic's deadline. Valid answers are cached by a hash of the
request, so an unchanged input costs no tokens.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx

from digest.config import LlmConfig

log = logging.getLogger(__name__)

T = TypeVar("T")

# Ways of asking for JSON, strictest first. "json_object_schema" is llama-cpp-python's dialect.
MODES = ("json_schema", "json_object_schema", "json_object", "text")
RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MESSAGE_OVERHEAD = 8  # chat-template tokens around each message


class LlmError(Exception):
    """The endpoint failed or answered something we cannot use."""


def estimate_tokens(text: str) -> int:
    """A deliberately high token count: ~3 ASCII characters per token, one per other character.

    Real tokenizers do ~4 characters per token on English and worse on other scripts; erring high
    keeps the prompt inside the context. The server's reported usage calibrates it (`Endpoint.ratio`).
    """
    ascii_chars = sum(1 for ch in text if ord(ch) < 128)
    return math.ceil(ascii_chars / 3.0) + (len(text) - ascii_chars)


@dataclass
class Usage:
    """What one topic (or article) cost: for the log and the run summary."""

    calls: int = 0  # requests sent, retries included
    cached: int = 0  # answers taken from the cache
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.calls} call(s), {self.cached} cached, {self.prompt_tokens} prompt + "
            f"{self.completion_tokens} completion tokens, {self.seconds:.1f}s"
        )


@dataclass
class Endpoint:
    """Shared state for one base URL and model."""

    limit: threading.BoundedSemaphore
    mode: str | None = None  # structured-output mode that worked, once known
    ratio: float = 1.0  # reported prompt tokens / our estimate, worst seen (times a margin)
    observed: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


_ENDPOINTS: dict[tuple[str, str], Endpoint] = {}
_REGISTRY_LOCK = threading.Lock()


def forget_endpoints() -> None:
    """Forget what was learned about every endpoint in this process (tests; a changed server)."""
    with _REGISTRY_LOCK:
        _ENDPOINTS.clear()


def endpoint_for(config: LlmConfig) -> Endpoint:
    key = (config.base_url.rstrip("/"), config.model)
    with _REGISTRY_LOCK:
        ep = _ENDPOINTS.get(key)
        if ep is None:
            ep = _ENDPOINTS[key] = Endpoint(limit=threading.BoundedSemaphore(config.concurrency))
        return ep


class ChatClient:
    """Chat completions against one endpoint, with budgets, retries, a concurrency limit and a cache."""

    def __init__(self, config: LlmConfig, cache_dir: Path | None = None, sleep: Callable[[float], None] = time.sleep):
        self.config = config
        self.cache_dir = cache_dir
        self.endpoint = endpoint_for(config)
        self.url = config.base_url.rstrip("/") + "/chat/completions"
        self._sleep = sleep
        if config.structured_output != "auto":
            self.endpoint.mode = config.structured_output
        elif self.endpoint.mode is None:
            self.endpoint.mode = self._remembered_mode()

    # -- token budget -----------------------------------------------------------------------------

    def tokens(self, *texts: str) -> int:
        """The prompt's size as the server will count it (estimate, calibrated by reported usage)."""
        raw = sum(estimate_tokens(t) + MESSAGE_OVERHEAD for t in texts)
        return math.ceil(raw * self.endpoint.ratio)

    def _calibrate(self, estimate_raw: int, reported: int) -> None:
        if estimate_raw <= 0 or reported <= 0:
            return
        seen = reported / estimate_raw * 1.05
        ep = self.endpoint
        with ep.lock:
            ep.ratio = max(ep.ratio, seen) if ep.observed else seen
            ep.observed = True

    # -- structured-output mode, remembered per endpoint --------------------------------------------

    def _modes_file(self) -> Path | None:
        return self.cache_dir / "endpoints.json" if self.cache_dir else None

    def _remembered_mode(self) -> str | None:
        path = self._modes_file()
        if path is None or not path.is_file():
            return None
        try:
            mode = json.loads(path.read_text(encoding="utf-8")).get(self._endpoint_key())
        except (OSError, ValueError, AttributeError):
            return None
        return mode if mode in MODES else None

    def _remember_mode(self, mode: str) -> None:
        ep = self.endpoint
        if ep.mode == mode:
            return
        ep.mode = mode
        log.info("LLM endpoint %s (%s): structured output mode %s", self.config.base_url, self.config.model, mode)
        path = self._modes_file()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
            known[self._endpoint_key()] = mode
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(known, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(path)
        except (OSError, ValueError) as exc:
            log.warning("LLM endpoint mode not remembered (%s): %s", path, exc)

    def _endpoint_key(self) -> str:
        return f"{self.config.base_url.rstrip('/')} {self.config.model}"

    @staticmethod
    def _response_format(mode: str, name: str, schema: dict[str, Any]) -> dict[str, Any] | None:
        if mode == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        if mode == "json_object_schema":
            return {"type": "json_object", "schema": schema}
        if mode == "json_object":
            return {"type": "json_object"}
        return None

    # -- the request ------------------------------------------------------------------------------

    def complete(
        self,
        system: str,
        user: str,
        *,
        name: str,
        schema: dict[str, Any],
        max_tokens: int,
        deadline: float,
        usage: Usage,
        parse: Callable[[str], T],
    ) -> T:
        """The parsed answer to one request; raises LlmError with a one-line reason.

        `parse` turns the text into a value or raises; only answers it accepts are cached.
        """
        cfg = self.config
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        raw_estimate = sum(estimate_tokens(t) + MESSAGE_OVERHEAD for t in (system, user))
        if self.tokens(system, user) + max_tokens > cfg.context_tokens:
            raise LlmError(
                f"prompt of ~{self.tokens(system, user)} tokens + {max_tokens} for the answer exceeds "
                f"context_tokens {cfg.context_tokens}"
            )
        base = {"model": cfg.model, "messages": messages, "temperature": cfg.temperature, "max_tokens": max_tokens}
        key = hashlib.sha256(json.dumps([cfg.base_url, base, schema], sort_keys=True).encode()).hexdigest()
        cache = self.cache_dir / key[:2] / f"{key}.json" if self.cache_dir else None
        if cache is not None and cache.is_file():
            try:
                value = parse(cache.read_text(encoding="utf-8"))
                usage.cached += 1
                return value
            except (OSError, LlmError, ValueError):
                pass
        known = self.endpoint.mode
        modes = list(MODES[MODES.index(known) :]) if known in MODES else list(MODES)
        last_refusal = ""
        for i, mode in enumerate(modes):
            request = dict(base)
            fmt = self._response_format(mode, name, schema)
            if fmt is not None:
                request["response_format"] = fmt
            response = self._post(request, deadline, usage)
            if response.status_code in (400, 422, 500) and i + 1 < len(modes) and _refuses_format(response):
                last_refusal = response.text[:200]
                log.info("LLM endpoint %s refused response_format %s; trying the next mode", cfg.base_url, mode)
                continue
            if response.status_code >= 400:
                if response.status_code == 400 and _context_exceeded(response):
                    with self.endpoint.lock:  # our estimate was low for this model: plan smaller prompts
                        self.endpoint.ratio *= 1.25
                raise LlmError(f"HTTP {response.status_code} from {self.url}: {_brief_error(response)}")
            content, reported_prompt, completion = _content(response, self.url)
            if reported_prompt:
                self._calibrate(raw_estimate, reported_prompt)
            usage.prompt_tokens += reported_prompt or self.tokens(system, user)
            usage.completion_tokens += completion or estimate_tokens(content)
            self._remember_mode(mode)
            value = parse(content)
            if cache is not None:
                _write(cache, content)
            return value
        raise LlmError(f"the endpoint refused every structured-output mode: {last_refusal}")

    def _post(self, request: dict[str, Any], deadline: float, usage: Usage) -> httpx.Response:
        """POST with retries on transient failures, within the concurrency limit and the deadline."""
        cfg = self.config
        headers = {"Content-Type": "application/json"}
        api_key = os.environ.get(cfg.api_key_env) if cfg.api_key_env else None
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        attempt = 0
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LlmError(f"topic deadline of {cfg.deadline:.0f}s passed")
            timeout = min(cfg.timeout, left)
            why: str
            wait: float | None = None
            started = time.monotonic()
            try:
                with self.endpoint.limit, httpx.Client(timeout=timeout) as client:
                    usage.calls += 1
                    response = client.post(self.url, json=request, headers=headers)
                usage.seconds += time.monotonic() - started
                if response.status_code not in RETRY_STATUS or (
                    response.status_code == 500 and _refuses_format(response)
                ):
                    return response  # llama-cpp-python answers 500 to a response_format it does not know
                why = f"HTTP {response.status_code}"
                wait = _retry_after(response)
            except httpx.TimeoutException:
                usage.seconds += time.monotonic() - started
                why = f"timeout after {timeout:.0f}s"
            except httpx.HTTPError as exc:
                usage.seconds += time.monotonic() - started
                why = f"{type(exc).__name__}: {exc}"
            if attempt >= cfg.retries:
                raise LlmError(f"{why} from {self.url} (after {attempt + 1} tries)")
            if wait is None:
                wait = cfg.backoff * (2**attempt) * (1 + random.random() * 0.25)
            left = deadline - time.monotonic()
            if wait >= left:
                raise LlmError(f"{why} from {self.url}; next try in {wait:.0f}s would pass the topic deadline")
            log.info("LLM %s from %s; retrying in %.1fs (try %d)", why, self.url, wait, attempt + 2)
            self._sleep(wait)
            attempt += 1


def _refuses_format(response: httpx.Response) -> bool:
    """A 400/422 that is about response_format (as opposed to, say, a prompt that is too long)."""
    body = response.text.lower()
    return any(w in body for w in ("response_format", "json_schema", "json_object", "schema"))


def _context_exceeded(response: httpx.Response) -> bool:
    body = response.text.lower()
    return "context" in body and any(w in body for w in ("exceed", "too long", "maximum", "length"))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _brief_error(response: httpx.Response) -> str:
    try:
        err = response.json().get("error")
        text = err.get("message") if isinstance(err, dict) else (err or response.text)
    except (ValueError, AttributeError):
        text = response.text
    return " ".join(str(text).split())[:200]


def _content(response: httpx.Response, url: str) -> tuple[str, int, int]:
    """The answer text and the reported prompt and completion tokens (0 when not reported)."""
    try:
        data = response.json()
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise LlmError(f"unexpected response shape from {url}: {exc!r}") from exc
    if not isinstance(content, str):
        raise LlmError("response message has no text content")
    usage = data.get("usage") if isinstance(data, dict) else None
    prompt = completion = 0
    if isinstance(usage, dict):
        prompt = int(usage.get("prompt_tokens") or 0)
        completion = int(usage.get("completion_tokens") or 0)
    return content, prompt, completion


def _write(path: Path, content: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        log.warning("LLM cache not written (%s): %s", path, exc)


def parse_json(content: str) -> Any:
    """The JSON object in a reply: tolerates code fences, chatter, trailing commas and a cut-off end."""
    text = content.strip()
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", text)
    start = text.find("{")
    if start < 0:
        raise LlmError("reply is not JSON")
    for candidate in (text, text[start : text.rfind("}") + 1], text[start:]):
        for fixed in (candidate, _repair(candidate)):
            try:
                value = json.loads(fixed)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    raise LlmError("reply is not valid JSON, even after repair")


def _repair(text: str) -> str:
    """Trailing commas removed; an answer cut off by max_tokens closed at its last complete item."""
    text = re.sub(r",\s*([}\]])", r"\1", text)
    still_open, in_str, last_safe = _scan(text)
    if not still_open and not in_str:
        return text
    head = text[:last_safe].rstrip().rstrip(",")
    opened, _, _ = _scan(head)  # close whatever is still open at the cut, innermost first
    return head + "".join(reversed(opened))


def _scan(text: str) -> tuple[list[str], bool, int]:
    """The closers still owed at the end of `text`, whether it ends inside a string, and where the
    last complete item ends (after a closing bracket, or at a comma)."""
    owed: list[str] = []
    in_str = esc = False
    last_safe = 0
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "{[":
            owed.append("}" if ch == "{" else "]")
        elif ch in "}]":
            if owed:
                owed.pop()
            last_safe = i + 1
        elif ch == ",":
            last_safe = i
    return owed, in_str, last_safe
