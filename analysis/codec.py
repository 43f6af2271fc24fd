"""Plain-data JSON for the frozen result types of :mod:`analysis.types`: what the cache stores.

Reading a cached value must never run code, so the cache holds JSON text and this module turns it
back into dataclasses by their type hints alone, checking every value on the way: a wrong type, a
missing or extra field, an unknown literal or a malformed date raises :class:`CodecError` (the
caller drops the entry and recomputes it). A dataclass is written as the list of its field values
in declaration order (no field names: a cached corpus is a third smaller); floats that JSON cannot
hold (``inf``, ``-inf``, ``nan``) are written as those strings.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
_Encoder = Callable[[Any], Any]
_Decoder = Callable[[Any], Any]
_NON_FINITE = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}


class CodecError(ValueError):
    """A value that is not a valid encoding of the expected type; the message says where."""


def encode_value(value: object, kind: object | None = None) -> str:
    """``value`` (of type ``kind``, default its own class) as compact JSON text.

    >>> from analysis.types import NumberMention
    >>> encode_value(NumberMention(4, 10, 80000.0, "80.000", "hơn"))
    '[4,10,80000.0,"80.000","hơn"]'
    """
    encoded = _encoder(type(value) if kind is None else kind)(value)
    return json.dumps(encoded, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def decode_value(kind: type[T] | object, text: str | bytes) -> T:
    """The value of type ``kind`` that ``text`` encodes, or :class:`CodecError` saying what is wrong.

    >>> from analysis.types import NumberMention
    >>> decode_value(NumberMention, '[4,10,80000.0,"80.000","hơn"]').qualifier
    'hơn'
    >>> decode_value(NumberMention, '[4,10,"80.000"]')
    Traceback (most recent call last):
    analysis.codec.CodecError: NumberMention: 3 values for 5 fields
    """
    try:
        data = json.loads(text)
    except ValueError as error:  # UnicodeDecodeError is a ValueError
        raise CodecError(f"not JSON: {error}") from None
    except RecursionError:
        raise CodecError("nested too deeply") from None
    try:
        return _decoder(kind)(data)
    except RecursionError:
        raise CodecError("nested too deeply") from None


def _name(kind: object) -> str:
    return getattr(kind, "__name__", None) or str(kind)


@cache
def _fields(kind: type) -> tuple[tuple[str, object], ...]:
    hints = typing.get_type_hints(kind)
    return tuple((item.name, hints[item.name]) for item in dataclasses.fields(kind))


def _optional_part(kind: object) -> object | None:
    """``X`` for ``X | None``; None for anything else."""
    if typing.get_origin(kind) not in (typing.Union, types.UnionType):
        return None
    parts = [part for part in typing.get_args(kind) if part is not type(None)]
    if len(parts) != 1 or len(typing.get_args(kind)) != 2:
        raise TypeError(f"only X | None unions are supported, not {kind}")
    return parts[0]


@cache
def _encoder(kind: object) -> _Encoder:
    """How to turn a value of ``kind`` into JSON-ready data (built once per type)."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        parts = [(name, _encoder(hint)) for name, hint in _fields(kind)]
        return lambda value: [encode(getattr(value, name)) for name, encode in parts]
    inner = _optional_part(kind)
    if inner is not None:
        encode_inner = _encoder(inner)
        return lambda value: None if value is None else encode_inner(value)
    origin = typing.get_origin(kind)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            encode_item = _encoder(args[0])
            return lambda value: [encode_item(item) for item in value]
        encoders = [_encoder(arg) for arg in args]
        return lambda value: [encode(item) for encode, item in zip(encoders, value, strict=True)]
    if kind is float:
        return _encode_float
    if kind in (datetime, date):
        return lambda value: value.isoformat()
    if kind in (int, str, bool, type(None)) or origin is typing.Literal:
        return lambda value: value
    raise TypeError(f"no encoding for {kind}")


def _encode_float(value: float) -> float | str:
    if math.isfinite(value):
        return float(value)
    return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")


def _refuse(kind: object, data: object) -> CodecError:
    shown = repr(data)
    return CodecError(f"{_name(kind)}: unexpected {shown[:60]}")


@cache
def _decoder(kind: object) -> _Decoder:
    """How to check JSON data and turn it into a value of ``kind`` (built once per type)."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass_decoder(kind)
    inner = _optional_part(kind)
    if inner is not None:
        decode_inner = _decoder(inner)
        return lambda data: None if data is None else decode_inner(data)
    origin = typing.get_origin(kind)
    if origin is tuple:
        return _tuple_decoder(kind)
    if origin is typing.Literal:
        allowed = frozenset(typing.get_args(kind))

        def decode_literal(data: object) -> object:
            if type(data) is not str or data not in allowed:
                raise _refuse(kind, data)
            return data

        return decode_literal
    if kind is float:
        return _decode_float
    if kind in (datetime, date):
        parse = kind.fromisoformat

        def decode_date(data: object) -> object:
            try:
                value = parse(data)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise _refuse(kind, data) from None
            if type(value) is not kind:
                raise _refuse(kind, data)
            return value

        return decode_date
    if kind in (int, str, bool, type(None)):
        exact = kind

        def decode_plain(data: object) -> object:
            if type(data) is not exact:  # a bool is no int here, an int no str
                raise _refuse(kind, data)
            return data

        return decode_plain
    raise TypeError(f"no decoding for {kind}")


def _dataclass_decoder(kind: type) -> _Decoder:
    names = [name for name, _ in _fields(kind)]
    decoders = [_decoder(hint) for _, hint in _fields(kind)]
    count = len(decoders)
    new = object.__new__

    def decode_dataclass(data: object) -> object:
        if type(data) is not list:
            raise _refuse(kind, data)
        if len(data) != count:
            raise CodecError(f"{kind.__name__}: {len(data)} values for {count} fields")
        # as unpickling does: fill the fields without running a frozen dataclass's __init__,
        # which sets each through object.__setattr__ and took half the decoding time
        value = new(kind)
        values = [decode(item) for decode, item in zip(decoders, data, strict=True)]
        value.__dict__.update(zip(names, values, strict=True))
        return value

    return decode_dataclass


def _tuple_decoder(kind: object) -> _Decoder:
    args = typing.get_args(kind)
    if len(args) == 2 and args[1] is Ellipsis:
        decode_item = _decoder(args[0])

        def decode_items(data: object) -> tuple[object, ...]:
            if type(data) is not list:
                raise _refuse(kind, data)
            return tuple([decode_item(item) for item in data])

        return decode_items
    decoders = [_decoder(arg) for arg in args]

    def decode_fixed(data: object) -> tuple[object, ...]:
        if type(data) is not list or len(data) != len(decoders):
            raise _refuse(kind, data)
        return tuple([decode(item) for decode, item in zip(decoders, data, strict=True)])

    return decode_fixed


def _decode_float(data: object) -> float:
    if type(data) is float:
        return data  # type: ignore[return-value]
    if type(data) is int:  # JSON writes 1e16 as a float, but a hand-written 3 is still a number
        return float(data)  # type: ignore[arg-type]
    if type(data) is str and data in _NON_FINITE:
        return _NON_FINITE[data]  # type: ignore[index]
    raise _refuse(float, data)
