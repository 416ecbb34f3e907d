"""Check the attribute chains in a Jinja template against the fact classes, at load time.

`jinja2.meta.find_undeclared_variables` only knows top-level names; this walk follows
`pupil.school.name` through the type hints of the dataclasses (and pydantic models, properties,
enums) and through `{% for p in absence_periods %}` loops, and reports the first unknown
attribute ("onbekend veld 'pupil.scool'"). What it cannot type (filters, calls, `set`) it leaves
to `StrictUndefined` at render time.
"""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import nodes


class _Sequence:
    """A `tuple[X, ...]` or `list[X]` type: iterating gives X."""

    def __init__(self, item: Any) -> None:
        self.item = item


def _unwrap(tp: Any) -> Any:
    """X | None → X; tuple[X, ...] → _Sequence(X); anything else as is."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _unwrap(members[0]) if len(members) == 1 else None
    if origin in (tuple, list):
        args = typing.get_args(tp)
        return _Sequence(_unwrap(args[0])) if args else _Sequence(None)
    return tp


@lru_cache(maxsize=256)
def _members(cls: type) -> dict[str, Any]:
    """The public attributes of a class with their types (None when the type is unknown)."""
    out: dict[str, Any] = {}
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            out[f.name] = hints.get(f.name)
    model_fields = getattr(cls, "model_fields", None)
    if isinstance(model_fields, dict):
        for name, info in model_fields.items():
            out[name] = info.annotation
    for name in dir(cls):
        if name.startswith("_") or name in out:
            continue
        attr = inspect.getattr_static(cls, name, None)
        if isinstance(attr, property) and attr.fget is not None:
            try:
                out[name] = typing.get_type_hints(attr.fget).get("return")
            except (NameError, TypeError):
                out[name] = None
        else:
            out[name] = None
    return out


def _checkable(tp: Any) -> bool:
    return isinstance(tp, type) and (dataclasses.is_dataclass(tp) or hasattr(tp, "model_fields"))


class _Walker:
    def __init__(self, roots: Mapping[str, Any]) -> None:
        self.roots = {name: _unwrap(tp) for name, tp in roots.items()}

    def type_of(self, node: nodes.Node, scope: Mapping[str, Any]) -> tuple[Any, str]:
        """The type of an expression and its dotted path (for the message)."""
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name], node.name
            return self.roots.get(node.name), node.name
        if isinstance(node, nodes.Getattr):
            owner, path = self.type_of(node.node, scope)
            dotted = f"{path}.{node.attr}" if path else node.attr
            if _checkable(owner):
                members = _members(owner)
                if node.attr not in members:
                    raise _Unknown(dotted)
                return _unwrap(members[node.attr]), dotted
            return None, ""
        self.visit(node, scope)
        return None, ""

    def visit(self, node: nodes.Node, scope: Mapping[str, Any]) -> None:
        if isinstance(node, nodes.For):
            iter_type, _ = self.type_of(node.iter, scope)
            inner = dict(scope)
            item = iter_type.item if isinstance(iter_type, _Sequence) else None
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = item
            else:  # unpacking: {% for label, hours in … %}
                for target in node.target.find_all(nodes.Name):
                    inner[target.name] = None
            for child in [*node.body, *node.else_]:
                self.visit(child, inner)
            if node.test is not None:
                self.visit(node.test, inner)
            return
        if isinstance(node, nodes.Getattr | nodes.Name):
            self.type_of(node, scope)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)


class _Unknown(Exception):
    def __init__(self, dotted: str) -> None:
        super().__init__(dotted)
        self.dotted = dotted


def check_attributes(ast: nodes.Template, roots: Mapping[str, Any]) -> str | None:
    """None when every typed attribute chain exists, else a Dutch description of the first
    unknown one."""
    try:
        _Walker(roots).visit(ast, {})
    except _Unknown as exc:
        return f"onbekend veld '{exc.dotted}'"
    return None
