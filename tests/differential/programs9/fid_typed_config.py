"""Config loading driven by type hints: get_type_hints with string/forward annotations, coercion."""
from typing import get_type_hints, Optional, List, Dict, Union, get_origin, get_args
import json


class Endpoint:
    url: str
    timeout: "float"
    retries: int = 3
    headers: "Dict[str, str]"


class Service:
    name: str
    primary: "Endpoint"
    fallbacks: "List[Endpoint]"
    owner: Optional["Person"]
    debug: bool = False


class Person:
    name: str
    email: "str"


class AdminService(Service):
    admins: "List[Person]"
    level: "int"


def coerce(tp, value, path):
    origin = get_origin(tp)
    if origin is Union:
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return coerce(args[0], value, path)
    if origin is list:
        (item,) = get_args(tp)
        return [coerce(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        k, v = get_args(tp)
        return {coerce(k, a, path): coerce(v, b, f"{path}.{a}") for a, b in value.items()}
    if isinstance(tp, type) and hasattr(tp, "__annotations__"):
        return build(tp, value, path)
    if tp is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    try:
        return tp(value)
    except (TypeError, ValueError) as e:
        raise ValueError(f"{path}: cannot convert {value!r} to {tp.__name__}") from e


def build(cls, data, path="$"):
    obj = cls.__new__(cls)
    for name, tp in get_type_hints(cls).items():
        if name in data:
            setattr(obj, name, coerce(tp, data[name], f"{path}.{name}"))
        elif hasattr(cls, name):
            setattr(obj, name, getattr(cls, name))
        else:
            raise KeyError(f"{path}: missing field {name!r}")
    return obj


def dump(obj, indent=0):
    pad = "  " * indent
    for name in get_type_hints(type(obj)):
        v = getattr(obj, name)
        if hasattr(v, "__annotations__") and not isinstance(v, type):
            print(f"{pad}{name}:")
            dump(v, indent + 1)
        elif isinstance(v, list) and v and hasattr(v[0], "__annotations__"):
            print(f"{pad}{name}: [{len(v)} items]")
            for item in v:
                dump(item, indent + 1)
        else:
            print(f"{pad}{name} = {v!r}")


hints = get_type_hints(Service)
for k, v in hints.items():
    print(f"{k:10} {v}")
print(Service.__annotations__["primary"], Service.__annotations__["owner"])
print(get_type_hints(AdminService)["level"], list(get_type_hints(AdminService)))
print(get_type_hints(Endpoint))

RAW = """{"name": "billing", "primary": {"url": "https://a", "timeout": "2.5", "headers": {"X-Id": 7}},
 "fallbacks": [{"url": "https://b", "timeout": 5, "retries": "9", "headers": {}}],
 "owner": {"name": "Ann", "email": "ann@example.com"}, "debug": "yes",
 "admins": [{"name": "Bob", "email": "bob@x"}], "level": "4"}"""
svc = build(AdminService, json.loads(RAW))
dump(svc)
for bad in ['{"name": "x"}', '{"name": "x", "primary": {"url": "u", "timeout": "fast", "headers": {}}, "fallbacks": [], "owner": null}']:
    try:
        build(Service, json.loads(bad))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def handler(event: "Dict[str, int]", retries: "int" = 1) -> "Optional[str]":
    return None


print(handler.__annotations__)
print(get_type_hints(handler))
