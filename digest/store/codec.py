"""JSON round-trip for the records in digest.models, so briefs and versions can be stored.

Decoding builds one decoder function per type on first use and keeps it: resolving a dataclass's
type hints (`typing.get_type_hints`) on every object was most of the time a topic page took.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
Decoder = Callable[[Any], Any]


def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


def _as_is(data: Any) -> Any:
    return data


@cache
def decoder(tp: Any) -> Decoder:
    """The function that rebuilds `tp` from to_jsonable output (None stays None), made once per type."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return decoder(args[0]) if len(args) == 1 else _as_is
    if origin is typing.Literal:
        return _as_is
    if origin in (list, tuple):
        (inner, *_) = typing.get_args(tp) or (Any,)
        item = decoder(inner)
        if origin is tuple:
            return lambda data: None if data is None else tuple([item(x) for x in data])
        return lambda data: None if data is None else [item(x) for x in data]
    if origin is dict:
        _, inner = typing.get_args(tp)
        value = decoder(inner)
        return lambda data: None if data is None else {k: value(v) for k, v in data.items()}
    if tp is datetime:
        return lambda data: None if data is None else datetime.fromisoformat(data)
    if tp is date:
        return lambda data: None if data is None else date.fromisoformat(data)
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    return _as_is


def _dataclass_decoder(tp: Any) -> Decoder:
    hints = typing.get_type_hints(tp)
    names = [f.name for f in dataclasses.fields(tp)]
    fields: dict[str, Decoder] = {}

    def make(data: Any) -> Any:
        if data is None:
            return None
        if not fields:  # filled on first use: a field may name this very type (or a later one)
            fields.update({name: decoder(hints[name]) for name in names})
        return tp(**{k: fields[k](v) for k, v in data.items() if k in fields})

    return make


def from_jsonable(tp: Any, data: Any) -> Any:
    """Rebuild `tp` (a dataclass or a typing annotation over them) from to_jsonable output."""
    return decoder(tp)(data)


def dumps(obj: Any) -> str:
    return json.dumps(to_jsonable(obj), ensure_ascii=False, sort_keys=True)


def loads(tp: type[T], text: str) -> T:
    return from_jsonable(tp, json.loads(text))
