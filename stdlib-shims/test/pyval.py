"""Encode Python values as JSON for the shim tests (decoded by pyval.mjs).

A float is {"f": repr}, an int {"i": decimal string}, a tuple {"t": [...]}, a function of FUNCS {"fn": name}, a set
{"s": [...]}, a dict {"d": [[key, value], ...]}, a list [...],
a str/bool/None as itself, a raised exception {"err": class name, "msg": str(e)}.
"""
import json
import operator


def mod7(x):
    return x % 7


def mod2(x):
    return x % 2


def neg(x):
    return -x


def lt4(x):
    return x < 4


# Functions that may appear as arguments: pyval.mjs has a JS twin for each name.
FUNCS = {f.__name__: f for f in [abs, len, str, max, pow, operator.mul, mod2, mod7, neg, lt4]}


def enc(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return {"s": [enc(x) for x in v]}
    if callable(v) and FUNCS.get(getattr(v, "__name__", None)) is v:
        return {"fn": v.__name__}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(f"cannot encode {type(v).__name__}")


def call(f, *args, **kw):
    """The encoded result of f(*args, **kw), or the exception it raised."""
    try:
        return enc(f(*args, **kw))
    except Exception as e:  # noqa: BLE001 - every exception is an expected value here
        return {"err": type(e).__name__, "msg": str(e)}


def dump(obj):
    print(json.dumps(obj, separators=(",", ":")))
