import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
logging.debug("debug %d", 1)
logging.info("info")
logging.warning("warn %s and %s", "a", "b")
logging.error("error")
logging.critical("critical")

log = logging.getLogger("app")
log.info("from app")
child = logging.getLogger("app.db")
print(child.parent is log, child.name, log.getEffectiveLevel(), child.getEffectiveLevel())
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown %r", {"k": 1})
print(logging.getLevelName(logging.INFO), logging.getLevelName(25), logging.getLevelName("ERROR"))
print(logging.getLogger() is logging.root, logging.getLogger("app") is log)
print(log.isEnabledFor(logging.DEBUG), child.isEnabledFor(logging.WARNING))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.INFO)
other.info("custom format")
other.debug("not shown")
other.log(logging.WARNING, "via log() %05.1f", 3.14159)

h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
fmt_log = logging.getLogger("brace")
fmt_log.addHandler(h2)
fmt_log.propagate = False
fmt_log.warning("brace style")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


odd = OnlyOdd()
other.addFilter(odd)
for i in range(4):
    other.info("n=%d", i)
other.removeFilter(odd)

import io
buf = io.StringIO()
other.addHandler(logging.StreamHandler(buf))
other.removeHandler(h)
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    other.exception("failed")
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[-1], sep="\n")

logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.warning("adapted")
print(repr(log), repr(logging.root))
logging.addLevelName(15, "VERBOSE")
log.log(15, "verbose level")
print(logging.getLevelName(15))
rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 10, "hello %s", ("w",), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname)
