"""Bounds on a letter template: its size, what it may allocate and how long it may render.

A region's own template is data from a settings screen, so it is treated as untrusted code
(issue 14, defect 11: `{{ "x" * 1000000000 }}` once grew the program to 22 GB). Jinja's sandbox
keeps a template away from Python internals but not from huge values, so on top of it:

* the source of a part is at most `MAX_SOURCE_CHARS`;
* no constant folding of anything that can grow: `*`, `**`, `+` and `%` are intercepted (the
  sandbox then never evaluates them at compile time), every filter is context-bound (Jinja
  folds only filters that are not) and `~` goes through `_concat`;
* every value those make is checked *before* it is made against `MAX_VALUE_CHARS` (strings,
  lists) or `MAX_INT_BITS` (numbers), and string methods that take a width are refused or
  bounded;
* loops go through `_steps`, which counts iterations over one render (`MAX_LOOP_STEPS`);
  `range` stops at `MAX_RANGE`; the rendered text is capped at `MAX_OUTPUT_CHARS`;
* a render takes at most `MAX_SECONDS` of its thread's CPU time (checked at every step, call,
  operation and output), so a busy machine does not make a fair template fail.

Anything over a bound stops the render with `TemplateTooCostly`, a Dutch one-liner that the
caller turns into a `TemplateError` naming the template.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import jinja2
from jinja2 import nodes, pass_context
from jinja2.runtime import Context, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg
from jinja2.visitor import NodeTransformer

MAX_SOURCE_CHARS = 50_000  # the longest shipped template part is under 6,000
MAX_VALUE_CHARS = 100_000  # any one string or list made while rendering
MAX_OUTPUT_CHARS = 200_000  # a rendered letter's text (a long letter is ~10,000)
MAX_INT_BITS = 256
MAX_RANGE = 10_000
MAX_LOOP_STEPS = 200_000
MAX_SECONDS = 2.0

# Filters a template may use (the shipped ones use a handful of these); others are removed.
ALLOWED_FILTERS = frozenset(
    {
        "abs", "attr", "capitalize", "count", "d", "default", "e", "escape", "first", "float",
        "format", "int", "join", "last", "length", "list", "lower", "map", "max", "min",
        "reject", "rejectattr", "replace", "reverse", "round", "select", "selectattr", "sort",
        "string", "striptags", "sum", "title", "trim", "truncate", "unique", "upper",
    }
)  # fmt: skip
# String methods a template may call; those that take a width or repeat text are left out.
ALLOWED_STR_METHODS = frozenset(
    {
        "capitalize", "casefold", "count", "endswith", "find", "isdigit", "isspace", "lower",
        "lstrip", "rstrip", "split", "startswith", "strip", "title", "upper",
    }
)  # fmt: skip
_FORMAT_WIDTH = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


class TemplateTooCostly(Exception):
    """A template went over a bound while rendering; `reason` is Dutch."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Budget:
    deadline: float
    steps: int = 0
    output: int = 0
    extra: dict[str, int] = field(default_factory=dict)


_budget: ContextVar[_Budget | None] = ContextVar("lvs_template_budget", default=None)


def _tick() -> None:
    budget = _budget.get()
    if budget is not None and time.thread_time() > budget.deadline:
        raise TemplateTooCostly(f"het invullen duurt langer dan {MAX_SECONDS:g} seconden")


def _size(value: Any) -> int:
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value)
    return 0


def _check_value(value: Any) -> Any:
    if _size(value) > MAX_VALUE_CHARS:
        raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateTooCostly("een getal wordt te groot")
    return value


def _check_format(spec: str, args: Any) -> None:
    for match in _FORMAT_WIDTH.finditer(spec):
        for number in match.groups():
            if number == "*" or (number and int(number) > 200):
                raise TemplateTooCostly("een opmaak met een te grote breedte")
    values = args.values() if isinstance(args, Mapping) else args
    values = values if isinstance(values, tuple | list) or isinstance(args, Mapping) else [args]
    if len(spec) + sum(len(str(v)) for v in values) > MAX_VALUE_CHARS:
        raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if _size(seq) and isinstance(times, int) and _size(seq) * times > MAX_VALUE_CHARS:
                raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")
        ints = isinstance(left, int) and isinstance(right, int)
        if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateTooCostly("een getal wordt te groot")
    elif operator == "**":
        if isinstance(right, int | float) and abs(right) > MAX_INT_BITS:
            raise TemplateTooCostly("een macht is te groot")
        ints = isinstance(left, int) and isinstance(right, int) and right > 0
        if ints and left.bit_length() * right > MAX_INT_BITS:
            raise TemplateTooCostly("een getal wordt te groot")
    elif operator == "+":
        if _size(left) + _size(right) > MAX_VALUE_CHARS:
            raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")
    elif operator == "%" and isinstance(left, str):
        _check_format(left, right)


def _steps(iterable: Iterable[Any]) -> Iterator[Any]:
    """Every loop of a template iterates through here: one budget of steps per render."""
    budget = _budget.get()
    for item in iterable:
        if budget is not None:
            budget.steps += 1
            if budget.steps > MAX_LOOP_STEPS:
                raise TemplateTooCostly(f"de lussen draaien meer dan {MAX_LOOP_STEPS} keer")
            if budget.steps % 256 == 0:
                _tick()
        yield item


def _concat(*parts: Any) -> Any:
    """`a ~ b`: the parts' total length is checked before they are joined."""
    _tick()
    if sum(len(str(part)) for part in parts) > MAX_VALUE_CHARS:
        raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")
    return markup_join(parts)


def _range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateTooCostly(f"range() geeft meer dan {MAX_RANGE} getallen")
    return numbers


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """The filter as a context-bound one (never folded at compile time), with its input
    checked where it can grow (join, format, replace) and its result checked after."""
    passes = _PassArg.from_obj(func)

    @pass_context
    def bounded(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
        _tick()
        if name == "join" and isinstance(value, Iterable):
            items = list(_steps(value))  # (a generator is consumed once, here)
            if sum(len(str(i)) for i in items) + len(items) * len(str(args[:1])) > (
                MAX_VALUE_CHARS
            ):
                raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")
            value = items
        elif name == "format" and isinstance(value, str):
            _check_format(value, kwargs or args)
        elif name == "replace" and isinstance(value, str) and len(args) >= 2:
            grows = value.count(str(args[0])) * len(str(args[1]))
            if len(value) + grows > MAX_VALUE_CHARS:
                raise TemplateTooCostly(f"een waarde wordt langer dan {MAX_VALUE_CHARS} tekens")
        if passes is _PassArg.context:
            result = func(context, value, *args, **kwargs)
        elif passes is _PassArg.eval_context:
            result = func(context.eval_ctx, value, *args, **kwargs)
        elif passes is _PassArg.environment:
            result = func(context.environment, value, *args, **kwargs)
        else:
            result = func(value, *args, **kwargs)
        return _check_value(result)

    return bounded


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the bounds of this module."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.clear()  # no lipsum, cycler, joiner, namespace, dict
        self.globals.update(range=_range, lvs_steps=_steps, lvs_concat=_concat)

    def bound_filters(self) -> None:
        """Keep the allowed and our own filters, each made bounded (call after adding ours)."""
        ours = {
            name: func
            for name, func in self.filters.items()
            if name in ALLOWED_FILTERS or name not in jinja2.filters.FILTERS
        }
        self.filters = {name: _bounded_filter(name, func) for name, func in ours.items()}

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _tick()
        _check_binop(operator, left, right)
        return _check_value(super().call_binop(context, operator, left, right))

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and callable(value) and attr not in ALLOWED_STR_METHODS:
            raise TemplateTooCostly(f"de tekstfunctie '{attr}' mag niet in een sjabloon")
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        _tick()
        method = callable(getattr(str, attribute, None))  # checked before Jinja wraps str.format
        if isinstance(obj, str) and method and attribute not in ALLOWED_STR_METHODS:
            raise TemplateTooCostly(f"de tekstfunctie '{attribute}' mag niet in een sjabloon")
        return super().getattr(obj, attribute)

    def call(
        __self,  # Jinja's own signature: keyword arguments may be called self or obj
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _tick()
        return _check_value(super().call(__context, __obj, *args, **kwargs))


class _Bounder(NodeTransformer):
    """Sends every loop's iterable through `lvs_steps` and every `~` through `lvs_concat`."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Call(nodes.Name("lvs_steps", "load"), [node.iter], [], None, None)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(nodes.Name("lvs_concat", "load"), list(node.nodes), [], None, None)


def compile_bounded(env: BoundedEnvironment, source: str) -> jinja2.Template:
    """Compile `source` with its loops and joins bounded (raises `TemplateTooCostly` if the
    source itself is too long, jinja2 errors as they are)."""
    if len(source) > MAX_SOURCE_CHARS:
        raise TemplateTooCostly(f"de tekst is langer dan {MAX_SOURCE_CHARS} tekens")
    tree = _Bounder().visit(env.parse(source))
    tree.set_environment(env)
    return env.from_string(tree)


def render_bounded(template: jinja2.Template, ctx: Mapping[str, Any]) -> str:
    """Render within the time, step and output bounds (raises `TemplateTooCostly`)."""
    # CPU time of this thread: the cost of the template, not how busy the machine is
    token = _budget.set(_Budget(deadline=time.thread_time() + MAX_SECONDS))
    try:
        out: list[str] = []
        total = 0
        for chunk in template.generate(ctx):
            total += len(chunk)
            if total > MAX_OUTPUT_CHARS:
                raise TemplateTooCostly(f"de brief wordt langer dan {MAX_OUTPUT_CHARS} tekens")
            _tick()
            out.append(chunk)
        return "".join(out)
    except RecursionError:
        raise TemplateTooCostly("het sjabloon roept zichzelf te vaak aan") from None
    except MemoryError:
        raise TemplateTooCostly("het invullen vraagt te veel geheugen") from None
    finally:
        _budget.reset(token)
