"""Resource limits for user templates: loop size, value size, output length, render time.

Templates are written by utility staff and rendered inside QGIS (in the
dialog's thread or a task's), so a template must not be able to hang or
exhaust QGIS: ``range(100000000)``, ``'x' * 10**9``, ``2 ** 2 ** 40``, a loop
inside a loop inside a loop, a namespace doubling a string forty times. The
jinja2 sandbox blocks attribute tricks but not resource use, so the
:class:`LimitedSandbox` adds, for each render (one :class:`Budget`):

- every ``for`` loop counts its iterations into the render's budget; jinja2
  has no hook inside a loop, so the code generator wraps each loop's
  iterable in a counting filter before it compiles the template;
- ``range`` refuses more than the budget at once;
- arithmetic (``* ** + %``), concatenation (``~``), list and dict literals,
  every filter and every call check the size of what they make (characters
  of text, items of lists, digits of numbers), before making it when the
  size can be known in advance (``'x' * n``, ``center(n)``, ``join``);
- every printed value is sized before it is turned into text, and the output
  is counted as it is produced;
- each of those steps checks the render's deadline, so a slow template stops
  with a named error instead of freezing QGIS.

A refusal is a :class:`TemplateLimitError` with a stable ``code``.
"""

from __future__ import annotations

import re
import time
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps

from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

LOOP_TOO_LONG = "template_loop_too_long"
VALUE_TOO_BIG = "template_value_too_big"
OUTPUT_TOO_LONG = "template_output_too_long"
TOO_SLOW = "template_too_slow"
TOO_DEEP = "template_too_deep"

#: The filters the code generator adds (a template may call them too: harmless).
LOOP_FILTER = "_counted_loop"
SIZE_FILTER = "_sized"
#: Filters whose integer arguments say how much they make (a width, a count).
_SIZING_FILTERS = frozenset({"center", "indent", "batch", "slice"})
#: ``str`` methods whose integer arguments are a width.
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
#: A width or precision in a ``%`` format, or any number inside a ``{...:spec}``.
_PERCENT_WIDTHS = re.compile(r"%(?:\([^)]*\))?[#0 +-]*(\d*|\*)(?:\.(\d*|\*))?")
_BRACE_SPECS = re.compile(r"\{[^{}]*:([^{}]*)\}")
#: How deep :func:`size_of` looks into nested lists (a list holding itself stops here).
_MAX_DEPTH = 32


@dataclass(frozen=True)
class TemplateLimits:
    """How much one render may do. SMS and email templates need a tiny part of it."""

    iterations: int = 10_000
    length: int = 100_000
    seconds: float = 2.0


DEFAULT_LIMITS = TemplateLimits()


class TemplateLimitError(Exception):
    """A template went over one of its :class:`TemplateLimits`; ``code`` says which."""

    def __init__(self, code: str, limit: object):
        super().__init__(f"{code} (limit {limit})")
        self.code = code
        self.limit = limit


class Budget:
    """What is left of one render's limits; created by :func:`rendering`."""

    def __init__(self, limits: TemplateLimits):
        self.limits = limits
        self.iterations = limits.iterations
        self.output = limits.length
        self.deadline = time.monotonic() + limits.seconds

    def tick(self) -> None:
        """Stop the render when its time is up."""
        if time.monotonic() >= self.deadline:
            raise TemplateLimitError(TOO_SLOW, self.limits.seconds)

    def iterate(self) -> None:
        self.iterations -= 1
        if self.iterations < 0:
            raise TemplateLimitError(LOOP_TOO_LONG, self.limits.iterations)
        self.tick()

    def check_size(self, size: int) -> None:
        """Refuse a value (or a value about to be made) larger than the length limit."""
        if size > self.limits.length:
            raise TemplateLimitError(VALUE_TOO_BIG, self.limits.length)

    def sized(self, value):
        self.tick()
        self.check_size(size_of(value, self.limits.length))
        return value

    def emit(self, chunk: str) -> str:
        """Count one piece of output against the length limit."""
        self.output -= len(chunk)
        if self.output < 0:
            raise TemplateLimitError(OUTPUT_TOO_LONG, self.limits.length)
        self.tick()
        return chunk


_CURRENT: ContextVar[Budget | None] = ContextVar("template_budget", default=None)


def current_budget() -> Budget:
    """The budget of the render in progress (a fresh default one outside :func:`rendering`)."""
    budget = _CURRENT.get()
    return budget if budget is not None else Budget(DEFAULT_LIMITS)


class rendering:  # noqa: N801 - used as a context manager, like open()
    """``with rendering(limits) as budget:`` one render, in this thread or task only."""

    def __init__(self, limits: TemplateLimits = DEFAULT_LIMITS):
        self.budget = Budget(limits)

    def __enter__(self) -> Budget:
        self._token = _CURRENT.set(self.budget)
        return self.budget

    def __exit__(self, *_exc) -> None:
        _CURRENT.reset(self._token)


def size_of(value, limit: int, depth: int = 0) -> int:
    """Characters of text, digits of a number, items (and their sizes) of a container.

    Stops counting past ``limit``: only whether the limit is crossed matters.
    """
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool) or not isinstance(value, (int, list, tuple, set, dict)):
        return 1
    if isinstance(value, int):
        return value.bit_length() // 3 + 1
    if depth >= _MAX_DEPTH:
        return limit + 1
    items = list(value.items()) if isinstance(value, dict) else value
    total = len(items)
    for item in items:
        if total > limit:
            break
        total += size_of(item, limit - total, depth + 1)
    return total


def _widest_format(template: str) -> int:
    """The largest width or precision written in a ``%`` or ``{:...}`` format string.

    ``*`` (a width taken from the arguments) counts as unlimited.
    """
    numbers = []
    for match in _PERCENT_WIDTHS.finditer(template):
        numbers += [group for group in match.groups() if group]
    for spec in _BRACE_SPECS.findall(template):
        numbers += re.findall(r"\d+|\{", spec)
    if any(number in ("*", "{") for number in numbers):
        return float("inf")
    return max((int(number) for number in numbers), default=0)


def _check_ints(budget: Budget, values) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool):
            budget.check_size(value)


def _counted_loop(iterable):
    budget = current_budget()
    budget.sized(iterable)
    for item in iterable:
        budget.iterate()
        yield item


def _sized(value):
    return current_budget().sized(value)


def _limited_range(*args):
    values = range(*args)
    budget = current_budget()
    if len(values) > budget.limits.iterations:
        raise TemplateLimitError(LOOP_TOO_LONG, budget.limits.iterations)
    return values


def _limited_filter(name: str, function):
    """``function`` (a jinja2 filter) refusing sizes over the limit, before and after."""

    skip = 1 if getattr(function, "jinja_pass_arg", None) else 0  # context or environment

    @wraps(function)  # keeps jinja_pass_arg, so jinja2 passes the same first argument
    def limited(*args, **kwargs):
        budget = current_budget()
        budget.tick()
        values = list(args[skip:]) + list(kwargs.values())
        if name in _SIZING_FILTERS:
            _check_ints(budget, values[1:])
        if name == "format" and values and isinstance(values[0], str):
            budget.check_size(_widest_format(values[0]))
        if name == "join" and values:
            budget.check_size(size_of(values[0], budget.limits.length))
        return budget.sized(function(*args, **kwargs))

    return limited


class _LoopAndSizeGuard(NodeTransformer):
    """Wraps loop iterables, printed values, concatenations and literals in the limit filters."""

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 - jinja2 visitor name
        node = self.generic_visit(node)
        if not node.recursive:
            node.iter = _filtered(node.iter, LOOP_FILTER)
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Node:  # noqa: N802 - jinja2 visitor name
        node = self.generic_visit(node)
        node.nodes = [
            child if isinstance(child, nodes.TemplateData) else _filtered(child, SIZE_FILTER)
            for child in node.nodes
        ]
        return node

    def _sized_literal(self, node: nodes.Node) -> nodes.Node:
        node = self.generic_visit(node)
        if getattr(node, "ctx", "load") != "load":
            return node
        return _filtered(node, SIZE_FILTER)

    visit_Concat = visit_List = visit_Dict = visit_Tuple = _sized_literal  # noqa: N815


def _filtered(node: nodes.Node, name: str) -> nodes.Filter:
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles templates with the guard filters in place (see the module docstring)."""

    def visit_Template(self, node, frame=None):  # noqa: N802 - jinja2 API name
        return super().visit_Template(_LoopAndSizeGuard().visit(node), frame)


class LimitedSandbox(SandboxedEnvironment):
    """The jinja2 sandbox with the resource limits of the current :class:`Budget`."""

    code_generator_class = _LimitedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters = {name: _limited_filter(name, f) for name, f in self.filters.items()}
        self.filters[LOOP_FILTER] = _counted_loop
        self.filters[SIZE_FILTER] = _sized
        self.globals["range"] = _limited_range
        self.globals.pop("lipsum", None)  # placeholder text: no use in a notice

    def call_binop(self, context, operator, left, right):
        budget = current_budget()
        budget.tick()
        limit = budget.limits.length
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            budget.check_size(right * max(1, abs(left).bit_length()) // 3)
        elif operator == "*":
            budget.check_size(_product_size(left, right, limit))
        elif operator == "+" and not isinstance(left, (int, float)):
            budget.check_size(size_of(left, limit) + size_of(right, limit))
        elif operator == "%" and isinstance(left, str):
            budget.check_size(_widest_format(left))
        try:
            result = super().call_binop(context, operator, left, right)
        except OverflowError:
            raise TemplateLimitError(VALUE_TOO_BIG, limit) from None
        return budget.sized(result)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - jinja2's signature
        budget = current_budget()
        budget.tick()
        method = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(method, "__self__", None)
        name = getattr(method, "__name__", "")
        if isinstance(owner, str):
            if name in _WIDTH_METHODS:
                _check_ints(budget, list(args) + list(kwargs.values()))
            elif name in ("format", "format_map"):
                budget.check_size(_widest_format(owner))
            elif name == "join" and args:
                budget.check_size(size_of(args[0], budget.limits.length))
            elif name == "replace" and len(args) >= 2:
                budget.check_size(len(owner) * max(1, size_of(args[1], budget.limits.length)))
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(owner, (list, dict, set)):
            budget.sized(owner)
        return budget.sized(result)


def _product_size(left, right, limit: int) -> int:
    """The size of ``left * right`` without computing it."""
    if isinstance(left, int) and isinstance(right, int):
        return size_of(left, limit) + size_of(right, limit)
    for sequence, times in ((left, right), (right, left)):
        if isinstance(times, int) and isinstance(sequence, (str, list, tuple)):
            return size_of(sequence, limit) * max(0, times)
    return 1
