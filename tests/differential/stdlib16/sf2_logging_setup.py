"""logging: formatters (% { $ styles), levels, handlers to stdout, hierarchy, filters, adapters, dictConfig."""
import logging
import logging.config
import sys
import io

class FixedTime(logging.Formatter):
    converter = None
    def formatTime(self, record, datefmt=None):
        return "2023-01-02 03:04:05,678" if datefmt is None else "T"

root = logging.getLogger()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(FixedTime("%(asctime)s %(levelname)-8s %(name)s:%(lineno)s %(message)s"))
root.addHandler(h)
root.setLevel(logging.DEBUG)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s %r", "x", "y")
log.warning("warn %(k)s", {"k": "mapping arg"})
log.error("error with percent %%")
log.critical("crit")
log.log(25, "custom level 25")
logging.addLevelName(25, "NOTICE")
log.log(25, "now named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(13), logging.getLevelName("NOPE"), logging.getLevelName(logging.WARN))
child = logging.getLogger("app.db.pool")
print(child.parent.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG), repr(child), repr(root), repr(log))
log.setLevel(logging.WARNING)
child.info("suppressed by parent level")
child.warning("child warning")
print(child.getEffectiveLevel(), logging.getLogger("app.db").level, repr(logging.getLogger("app.db")))
h.setFormatter(logging.Formatter("{levelname:>7}|{name}|{message}", style="{"))
log.error("brace style %s", "args")
h.setFormatter(logging.Formatter("$levelname $name: $message", style="$"))
log.error("dollar style")
h.setFormatter(logging.Formatter("%(levelno)d %(funcName)s %(module)s %(filename)s %(message)s"))
def worker():
    log.error("in worker")
worker()
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
f = OnlyOdd()
log.addFilter(f)
for i in range(4):
    log.error("num %d", i)
log.removeFilter(f)
log.addFilter(lambda r: "secret" not in r.getMessage())
log.error("has secret")
log.error("plain")
nf = logging.Filter("app.db")
print(nf.filter(logging.makeLogRecord({"name": "app.db.x"})), nf.filter(logging.makeLogRecord({"name": "app.dbx"})))
class ShortPaths(logging.Formatter):
    # the traceback's file path depends on where the test runs: keep only the file name
    def formatException(self, ei):
        import re
        return re.sub(r'File "[^"]*/', 'File "', super().formatException(ei))
h.setFormatter(ShortPaths("%(name)s %(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed to divide")
    text = logging.Formatter().formatException(sys.exc_info())
    print(text.splitlines()[0], text.splitlines()[-1])
adapter = logging.LoggerAdapter(log, {"req": "r-17"})
class ReqAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['req']}] {msg}", kwargs
ReqAdapter(log, {"req": "r-42"}).error("handled")
adapter.error("plain adapter")
log.error("extra field", extra={"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s did %(message)s"))
log.error("login", extra={"user": "ann"})
h.setFormatter(logging.Formatter("%(name)s %(message)s"))
stream = io.StringIO()
sh = logging.StreamHandler(stream)
sh.setLevel(logging.ERROR)
sh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
audit = logging.getLogger("audit")
audit.addHandler(sh)
audit.propagate = False
audit.warning("not stored")
audit.error("stored 1")
audit.critical("stored 2")
print(repr(stream.getvalue()), audit.hasHandlers(), logging.getLogger("zzz").hasHandlers())
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelno": 30, "levelname": "WARNING"})
print(rec.getMessage(), rec.levelname, rec.name, logging.Formatter("%(message)s!").format(rec))
bad = logging.Formatter("%(message)s")
print(logging.Formatter("%(levelname)s", validate=True)._fmt)
try:
    logging.Formatter("%(message", validate=True)
except ValueError as e:
    print("ValueError:", e)
root.removeHandler(h)
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "%(levelname).1s %(name)s %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "short", "level": "INFO"}},
    "loggers": {"svc": {"handlers": ["out"], "level": "DEBUG", "propagate": False}},
})
svc = logging.getLogger("svc")
svc.debug("hidden by handler level")
svc.info("from dictConfig")
logging.getLogger("svc.sub").warning("sub logger")
logging.basicConfig(stream=sys.stdout, format="BASIC %(levelname)s %(message)s", level=logging.INFO, force=True)
logging.info("root via basicConfig")
logging.warning("warn %s", "fn")
logging.debug("not shown")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET, logging.root is logging.getLogger())
print(logging.getLogger("svc").handlers[0].level, type(logging.getLogger("svc").handlers[0]).__name__, logging.lastResort is not None)
