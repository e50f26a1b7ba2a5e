import io
import traceback
import sys


def clean(text):
    # The script's path depends on the checkout: print it without its folder.
    return text.replace(__file__, "traceback_report.py")


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
        print(clean(traceback.format_exc()))

try:
    divide(1, 0)
except ZeroDivisionError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()), end="")

try:
    lookup({"a": [1, 2]}, "a")[5]
except IndexError as e:
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))))

try:
    value = lookup({"x": 1}, "x") + lookup({}, "y")
except KeyError:
    print(clean(traceback.format_exc(limit=1)))
print("done")
