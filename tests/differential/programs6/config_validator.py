import json
from typing import Any, Dict, List, Optional, Union, get_type_hints
from dataclasses import dataclass


class ValidationError(Exception):
    def __init__(self, path, msg):
        super().__init__(f"{'.'.join(map(str, path)) or '<root>'}: {msg}")
        self.path = path


SCHEMA = {
    "type": "object",
    "required": ["name", "port", "servers"],
    "properties": {
        "name": {"type": "string", "minLength": 3},
        "port": {"type": "integer", "min": 1, "max": 65535},
        "debug": {"type": "boolean"},
        "ratio": {"type": "number", "min": 0, "max": 1},
        "servers": {"type": "array", "items": {"type": "object", "required": ["host"],
                                                "properties": {"host": {"type": "string"},
                                                               "weight": {"type": "integer", "min": 0}}}},
        "mode": {"enum": ["fast", "safe"]},
    },
}
TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict}


def validate(value, schema, path=()):
    errors = []
    t = schema.get("type")
    if t:
        ok = isinstance(value, TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
        if not ok:
            return [ValidationError(path, f"expected {t}, got {type(value).__name__} {value!r}")]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(ValidationError(path, f"{value!r} not one of {schema['enum']}"))
    if "min" in schema and value < schema["min"]:
        errors.append(ValidationError(path, f"{value} < {schema['min']}"))
    if "max" in schema and value > schema["max"]:
        errors.append(ValidationError(path, f"{value} > {schema['max']}"))
    if "minLength" in schema and len(value) < schema["minLength"]:
        errors.append(ValidationError(path, f"too short ({len(value)} < {schema['minLength']})"))
    if t == "object":
        for key in schema.get("required", []):
            if key not in value:
                errors.append(ValidationError(path + (key,), "is required"))
        props = schema.get("properties", {})
        for key, sub in value.items():
            if key in props:
                errors.extend(validate(sub, props[key], path + (key,)))
            else:
                errors.append(ValidationError(path + (key,), "unknown key"))
    if t == "array":
        for i, item in enumerate(value):
            errors.extend(validate(item, schema["items"], path + (i,)))
    return errors


DOCS = [
    '{"name": "api", "port": 8080, "servers": [{"host": "a"}, {"host": "b", "weight": 2}], "mode": "fast"}',
    '{"name": "x", "port": 70000, "debug": 1, "servers": [{"weight": -1}, "oops"], "mode": "slow", "extra": null}',
    '{"port": true, "ratio": 1.5, "servers": {}}',
    '{"name": "ok", "port": 1, "servers": [], "ratio": 0.25,}',
]
for i, doc in enumerate(DOCS):
    try:
        cfg = json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"doc {i}: invalid JSON: {e.msg} (line {e.lineno}, col {e.colno})")
        continue
    errs = validate(cfg, SCHEMA)
    status = "valid" if not errs else f"{len(errs)} error(s)"
    print(f"doc {i}: {status}")
    for e in sorted(errs, key=lambda e: [str(p) for p in e.path]):
        print("   ", e)


@dataclass
class ServerCfg:
    host: str
    weight: int = 1
    tags: Optional[List[str]] = None


@dataclass
class AppCfg:
    name: str
    port: int
    servers: List[ServerCfg]
    extra: Dict[str, Any] = None
    mode: Union[str, None] = "safe"


hints = get_type_hints(AppCfg)
print({k: repr(v) for k, v in hints.items()})
raw = json.loads(DOCS[0])
app = AppCfg(**{**raw, "servers": [ServerCfg(**s) for s in raw["servers"]]})
print(app)
print(json.dumps(app.__dict__, default=lambda o: o.__dict__, indent=1))
