import json

class ConfigError(Exception):
    """Raised when a setting is invalid."""

    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason


RAW = '{"port": "80a", "host": "example.org", "retries": 3}'


def parse_port(value):
    try:
        return int(value)
    except ValueError as exc:
        raise ConfigError("port", f"not a number ({value!r})") from exc


def load(text):
    data = json.loads(text)
    settings = {}
    for key in sorted(data):
        print("loading", key)
        if key == "port":
            settings[key] = parse_port(data[key])
        else:
            settings[key] = data[key]
    return settings


try:
    load('{"port": 8080}')
    print("first ok")
    load('{"port": "x"}')
except ConfigError as e:
    print("caught:", e, "| key =", e.key, "| cause:", type(e.__cause__).__name__)

print(load('{"host": "a", "retries": 2}'))
settings = load(RAW)
print("unreachable", settings)
