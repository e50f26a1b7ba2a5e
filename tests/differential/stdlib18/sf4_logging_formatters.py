"""logging: formatters with a fixed clock, handlers, levels, propagation, adapters, exc_info."""
import io
import logging
import sys
import time


def fixed_converter(secs):
    return time.gmtime(1700000000)


class FixedFormatter(logging.Formatter):
    converter = staticmethod(fixed_converter)


def make_record_time(record):
    record.created = 1700000000.25
    record.msecs = 250.0
    return True


buf = io.StringIO()
root = logging.getLogger("app")
root.setLevel(logging.DEBUG)
h = logging.StreamHandler(buf)
h.addFilter(make_record_time)
h.setFormatter(FixedFormatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s"))
root.addHandler(h)

root.debug("starting %s with %d workers", "pool", 4)
root.info("ready")
root.warning("disk at %.1f%%", 93.456)
child = logging.getLogger("app.db")
child.error("connection lost: %r", ("db1", 5432))
print(buf.getvalue(), end="")

# datefmt and style="{"
buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.addFilter(make_record_time)
h2.setFormatter(FixedFormatter("[{asctime}] {levelname:>7} {name}.{funcName}: {message}", datefmt="%Y/%m/%d %H-%M", style="{"))
lg = logging.getLogger("fmt2")
lg.propagate = False
lg.setLevel(logging.INFO)
lg.addHandler(h2)


def worker():
    lg.info("from worker")
    lg.debug("hidden")


worker()
lg.log(logging.WARNING, "explicit %s", "level")
print(buf2.getvalue(), end="")

# $-style
buf3 = io.StringIO()
h3 = logging.StreamHandler(buf3)
h3.setFormatter(logging.Formatter("$levelname|$name|$message", style="$"))
lg3 = logging.getLogger("dollar")
lg3.propagate = False
lg3.addHandler(h3)
lg3.warning("cost $5")
print(buf3.getvalue(), end="")

# levels and effective level
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
a = logging.getLogger("lv")
b = logging.getLogger("lv.sub.leaf")
a.setLevel(logging.ERROR)
print(b.getEffectiveLevel(), b.isEnabledFor(logging.WARNING), b.isEnabledFor(logging.CRITICAL))
print(repr(a), repr(b))
print(b.parent.name, b.parent.parent.name)

# LoggerAdapter
buf4 = io.StringIO()
h4 = logging.StreamHandler(buf4)
h4.setFormatter(logging.Formatter("%(levelname)s %(message)s [req=%(request_id)s]"))
base = logging.getLogger("adapt")
base.propagate = False
base.addHandler(h4)
base.setLevel(logging.DEBUG)


class ReqAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"<{self.extra['user']}> {msg}", kwargs


ad = logging.LoggerAdapter(base, {"request_id": "r-17"})
ad.info("handled %d items", 3)
ra = ReqAdapter(base, {"request_id": "r-18", "user": "ann"})
ra.warning("slow request")
ra.debug("details")
print(buf4.getvalue(), end="")
print(ad.getEffectiveLevel(), ad.isEnabledFor(logging.INFO))

# exc_info output
buf5 = io.StringIO()
h5 = logging.StreamHandler(buf5)
h5.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
lg5 = logging.getLogger("exc")
lg5.propagate = False
lg5.addHandler(h5)
try:
    {}["missing"]
except KeyError:
    lg5.exception("lookup failed")
try:
    int("x1")
except ValueError as e:
    lg5.error("bad int", exc_info=e)
lg5.error("no exc", exc_info=False)
text = buf5.getvalue()
for line in text.splitlines():
    if line.startswith("  File"):
        print("  File ...", line.split(", ")[-1])
    else:
        print(line)

# filters on loggers, handler levels
buf6 = io.StringIO()
h6 = logging.StreamHandler(buf6)
h6.setLevel(logging.WARNING)
h6.setFormatter(logging.Formatter("%(name)s %(levelno)d %(message)s"))
lg6 = logging.getLogger("filt")
lg6.propagate = False
lg6.setLevel(logging.DEBUG)
lg6.addHandler(h6)
lg6.addFilter(logging.Filter("filt"))


class NoSecrets(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()


lg6.addFilter(NoSecrets())
lg6.info("info dropped by handler")
lg6.warning("kept")
lg6.error("secret token")
lg6.critical("also kept %s", [1, 2])
print(buf6.getvalue(), end="")
print(len(lg6.filters), len(lg6.handlers), lg6.hasHandlers())
lg6.removeHandler(h6)
print(len(lg6.handlers))
