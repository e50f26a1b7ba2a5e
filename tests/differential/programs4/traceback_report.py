import traceback
import sys


class ConfigError(Exception):
    pass


def load_port(cfg):
    return int(cfg["port"])


def load(cfg):
    try:
        return load_port(cfg)
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad config: {e!r}") from e


def divide(a, b):
    return a / b


def lookup(table, key):
    return table[key]


for cfg in [{"port": "80"}, {"port": "eighty"}, {}]:
    try:
        print("port", load(cfg))
    except ConfigError:
        print(traceback.format_exc())

try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)

try:
    lookup({"a": [1, 2]}, "a")[5]
except IndexError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)))

try:
    value = lookup({"x": 1}, "x") + lookup({}, "y")
except KeyError:
    print(traceback.format_exc(limit=1))
print("done")
