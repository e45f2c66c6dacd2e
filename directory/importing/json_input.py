"""Reading JSON from an import file without tracebacks.

Python's json module is made for trusted input: very deep nesting raises
RecursionError, a number like 1e400 becomes infinity (which no integer or
decimal field can take), and a number of more than 4,300 digits raises
ValueError. Here each becomes either a plain message or a value that the
models' own validation rejects with the row and field named.
"""

import json
import math
import sys
from typing import Any

# Open Referral services nest a few levels (a service, its links, a
# location, its addresses). Far deeper is not a service, and refusing it
# keeps every later step clear of Python's recursion limit.
MAX_DEPTH = 32


class UnusableJSON(ValueError):
    """The text cannot be read as JSON; the message says why and where."""


def loads(text: str) -> Any:
    try:
        return json.loads(text, parse_float=_float, parse_int=_int, parse_constant=str)
    except RecursionError:
        line, column = _where_too_deep(text)
        raise UnusableJSON(
            f"is not usable JSON: lists and objects nest more than {MAX_DEPTH} levels deep "
            f"at line {line}, column {column}."
        ) from None
    except json.JSONDecodeError as error:
        raise UnusableJSON(f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}.") from None


def nested_deeper_than(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether lists and objects in `value` nest more than `limit` levels.
    A loop, not recursion, so any depth json.loads accepted is safe here."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (list, dict)):
            if depth >= limit:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return False


def _float(text: str) -> float | str:
    # Infinity stays as the file's own text, so the field's validation
    # names it ("“1e400” value must be an integer").
    number = float(text)
    return number if math.isfinite(number) else text


def _int(text: str) -> int | str:
    # Past Python's limit for reading integers from text; shortened, since
    # the message quotes it.
    if len(text) > sys.get_int_max_str_digits():
        return text[:12] + "…"
    return int(text)


def _where_too_deep(text: str) -> tuple[int, int]:
    """(line, column) where brackets outside strings first nest too deep."""
    depth, line, column, in_string, escaped = 0, 1, 0, False, False
    for character in text:
        column += 1
        if character == "\n":
            line, column = line + 1, 0
        elif in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, column
        elif character in "]}":
            depth -= 1
    return line, column
