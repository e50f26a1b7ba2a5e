# A config pipeline: a parse error wrapped twice, with notes on both levels, uncaught.
class ConfigError(Exception):
    pass

def parse_port(raw):
    return int(raw)

def read_section(name, values):
    try:
        return {k: parse_port(v) for k, v in values.items()}
    except ValueError as e:
        e.add_note(f"in section [{name}]")
        raise ConfigError(f"bad section {name!r}") from e

def load(config):
    out = {}
    for name, values in config.items():
        try:
            out[name] = read_section(name, values)
        except ConfigError as err:
            err.add_note("loaded from settings.ini")
            err.add_note("line 2 of the notes")
            raise
    return out

print(load({"ok": {"port": "80"}}))
load({"web": {"port": "8080", "admin": "80a"}})
