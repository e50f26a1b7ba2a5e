"""logging: a logger tree configured with dictConfig, file handlers in a temp dir, propagation, disable, shutdown."""
import io
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
logfile = os.path.join(tmp, "app.log")
stream = io.StringIO()

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "full": {"format": "%(levelname)-7s %(name)s:%(lineno)d %(funcName)s - %(message)s"},
    },
    "filters": {"only_db": {"name": "svc.db"}},
    "handlers": {
        "mem": {"class": "logging.StreamHandler", "stream": stream, "formatter": "brief", "level": "DEBUG"},
        "file": {"class": "logging.FileHandler", "filename": logfile, "formatter": "full", "level": "WARNING", "mode": "w"},
        "dbonly": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "filters": ["only_db"]},
    },
    "loggers": {
        "svc": {"level": "DEBUG", "handlers": ["mem", "file"], "propagate": False},
        "svc.db": {"level": "INFO", "handlers": ["dbonly"]},
        "svc.quiet": {"level": "ERROR"},
    },
    "root": {"level": "WARNING", "handlers": []},
})

svc = logging.getLogger("svc")
db = logging.getLogger("svc.db")
api = logging.getLogger("svc.api")
quiet = logging.getLogger("svc.quiet")


def handle_request(n):
    api.debug("request %d start", n)
    if n % 2:
        db.info("query for %d", n)
    if n == 3:
        api.warning("slow request %d", n)
    if n == 4:
        try:
            1 / 0
        except ZeroDivisionError:
            api.error("request %d failed", n, exc_info=True)


for i in range(5):
    handle_request(i)
quiet.warning("not shown")
quiet.error("shown from quiet")
db.debug("db debug hidden")
print(stream.getvalue().replace(__file__, "FILE"), end="")
print("--- file")
for h in svc.handlers:
    h.flush()
with open(logfile) as f:
    for line in f:
        if line.startswith("  File"):
            print("  File ...")
        else:
            print(line, end="")
print("--- levels")
for name in ["svc", "svc.db", "svc.api", "svc.quiet", "other"]:
    lg = logging.getLogger(name)
    print(name, logging.getLevelName(lg.level), logging.getLevelName(lg.getEffectiveLevel()), lg.propagate, [type(h).__name__ for h in lg.handlers])
print(logging.getLogger().level, logging.root is logging.getLogger(), logging.getLogger("svc.api").parent.name)
logging.disable(logging.WARNING)
api.warning("disabled")
api.error("error passes disable")
logging.disable(logging.NOTSET)
print(stream.getvalue().splitlines()[-1])

mh_target = io.StringIO()
target = logging.StreamHandler(mh_target)
target.setFormatter(logging.Formatter("%(message)s"))
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
buf_logger = logging.getLogger("buffered")
buf_logger.propagate = False
buf_logger.addHandler(mh)
buf_logger.setLevel(logging.DEBUG)
buf_logger.info("one")
buf_logger.info("two")
print(repr(mh_target.getvalue()))
buf_logger.info("three")
print(repr(mh_target.getvalue()))
buf_logger.info("four")
buf_logger.error("boom")
print(repr(mh_target.getvalue()))

rot = os.path.join(tmp, "rot.log")
rh = logging.handlers.RotatingFileHandler(rot, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
rl = logging.getLogger("rot")
rl.propagate = False
rl.addHandler(rh)
for k in range(8):
    rl.warning("message number %d", k)
rh.close()
for name in sorted(os.listdir(tmp)):
    if name.startswith("rot"):
        with open(os.path.join(tmp, name)) as f:
            print(name, f.read().split("\n"))

qh_records = []


class ListHandler(logging.Handler):
    def emit(self, record):
        qh_records.append((record.levelname, record.name, record.getMessage(), record.args))


lh = ListHandler(level=logging.INFO)
ll = logging.getLogger("list")
ll.addHandler(lh)
ll.setLevel(logging.DEBUG)
ll.propagate = False
ll.debug("dropped")
ll.info("dict args %(a)s", {"a": 1})
ll.log(35, "custom level")
print(qh_records, lh.level, repr(lh))
logging.shutdown()
for n in os.listdir(tmp):
    os.remove(os.path.join(tmp, n))
os.rmdir(tmp)
print(logging.getLevelName(35), logging.WARN, logging.FATAL, logging.getLevelNamesMapping()["WARN"] if hasattr(logging, "getLevelNamesMapping") else "")
