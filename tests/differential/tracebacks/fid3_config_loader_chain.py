import json


class ConfigError(Exception):
    pass


def parse_port(value):
    port = int(value)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def load(text):
    data = json.loads(text)
    try:
        return {"host": data["host"], "port": parse_port(data["port"])}
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"invalid config: {exc}") from exc


print(load('{"host": "a", "port": "8080"}'))
configs = ['{"host": "b", "port": 99999}']
for c in configs:
    cfg = load(c)
    print(cfg)
