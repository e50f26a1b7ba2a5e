# Mapping patterns: required keys, extra keys, **rest, nested, value constraints.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extras={rest}"
        case {"type": t}:
            return f"unhandled type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "scroll"},
    {"kind": "other"},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))
def nested(cfg):
    match cfg:
        case {"db": {"host": host, "port": int(port)}, **others}:
            return f"db at {host}:{port}, others={sorted(others)}"
        case {"db": {"host": host}}:
            return f"db at {host}, default port"
        case _:
            return "no db"
print(nested({"db": {"host": "localhost", "port": 5432}, "debug": True, "name": "x"}))
print(nested({"db": {"host": "remote", "port": "5432"}}))
print(nested({"cache": {}}))
class Missing(dict):
    def __missing__(self, key):
        return "default"
match Missing(a=1):
    case {"b": value}:
        print("matched via __missing__?", value)
    case {"a": value}:
        print("mapping pattern uses get(), not __missing__; a =", value)
match {1: "one", -2.5: "float", None: "none", True: "ignored"}:
    case {1: one, -2.5: t, None: n}:
        print(one, t, n)
match {"key": None}:
    case {"key": None}:
        print("None value matched")
