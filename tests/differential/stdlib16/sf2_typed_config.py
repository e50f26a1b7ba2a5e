"""Run-time validation of typed dataclasses from JSON (typing.get_type_hints/get_origin/get_args), enums, errors."""
import json
import enum
import typing
from dataclasses import dataclass, field, fields, asdict, MISSING
from typing import Optional, Union, Literal, List, Dict, Tuple, get_type_hints, get_origin, get_args

class Level(enum.Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"

@dataclass
class Endpoint:
    host: str
    port: int = 80
    tls: bool = False

@dataclass
class Config:
    name: str
    level: Level
    endpoints: List[Endpoint]
    retries: int = 3
    timeout: Optional[float] = None
    tags: Dict[str, str] = field(default_factory=dict)
    mode: Literal["fast", "safe"] = "safe"
    window: Tuple[int, int] = (0, 24)
    owner: Union[str, int, None] = None

class ValidationError(Exception):
    pass

def convert(tp, value, path):
    origin, args = get_origin(tp), get_args(tp)
    if tp is typing.Any:
        return value
    if origin is Union:
        if value is None and type(None) in args:
            return None
        errors = []
        for a in args:
            if a is type(None):
                continue
            try:
                return convert(a, value, path)
            except ValidationError as e:
                errors.append(str(e))
        raise ValidationError(f"{path}: no member of {tp} matched ({'; '.join(errors)})")
    if origin is Literal:
        if value not in args:
            raise ValidationError(f"{path}: {value!r} is not one of {args}")
        return value
    if origin in (list, List):
        if not isinstance(value, list):
            raise ValidationError(f"{path}: expected list, got {type(value).__name__}")
        return [convert(args[0], v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin in (dict, Dict):
        return {convert(args[0], k, path): convert(args[1], v, f"{path}.{k}") for k, v in value.items()}
    if origin in (tuple, Tuple):
        if len(value) != len(args):
            raise ValidationError(f"{path}: expected {len(args)} items, got {len(value)}")
        return tuple(convert(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError as e:
            raise ValidationError(f"{path}: {e}") from None
    if hasattr(tp, "__dataclass_fields__"):
        return build(tp, value, path)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is bool and not isinstance(value, bool):
        raise ValidationError(f"{path}: expected bool, got {value!r}")
    if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
        raise ValidationError(f"{path}: expected {tp.__name__}, got {type(value).__name__}")
    return value

def build(cls, data, path="$"):
    hints = get_type_hints(cls)
    unknown = set(data) - {f.name for f in fields(cls)}
    if unknown:
        raise ValidationError(f"{path}: unknown keys {sorted(unknown)}")
    kwargs = {}
    for f in fields(cls):
        if f.name in data:
            kwargs[f.name] = convert(hints[f.name], data[f.name], f"{path}.{f.name}")
        elif f.default is MISSING and f.default_factory is MISSING:
            raise ValidationError(f"{path}: missing required key {f.name!r}")
    return cls(**kwargs)

print({k: str(v) for k, v in get_type_hints(Config).items()})
good = json.loads('''{"name": "api", "level": "info", "endpoints": [{"host": "a.example", "port": 443, "tls": true}, {"host": "b"}],
  "timeout": 2, "tags": {"team": "core"}, "mode": "fast", "window": [8, 18], "owner": 42}''')
cfg = build(Config, good)
print(cfg)
print(json.dumps(asdict(cfg), default=lambda o: o.value if isinstance(o, enum.Enum) else str(o), indent=1))
bad_docs = [
    '{"level": "info", "endpoints": []}',
    '{"name": "x", "level": "verbose", "endpoints": []}',
    '{"name": "x", "level": "info", "endpoints": [{"host": 5}]}',
    '{"name": "x", "level": "info", "endpoints": [], "mode": "turbo"}',
    '{"name": "x", "level": "info", "endpoints": [], "window": [1]}',
    '{"name": "x", "level": "info", "endpoints": [], "retries": true}',
    '{"name": "x", "level": "info", "endpoints": [], "owner": 1.5}',
    '{"name": "x", "level": "info", "endpoints": [], "extra": 1}',
    '{"name": "x", "level": "info", "endpoints": {"host": "a"}}',
    '{"name": "x", "level": "info", "endpoints": [{"host": "h", "tls": "yes"}]}',
]
for doc in bad_docs:
    try:
        print("OK?", build(Config, json.loads(doc)))
    except ValidationError as e:
        print("invalid:", e)
print(get_origin(Optional[int]) is Union, get_args(Dict[str, int]), get_origin(List[int]) is list, get_args(Literal["a", 1]))
print(typing.get_type_hints(build), Config.__annotations__["mode"])
