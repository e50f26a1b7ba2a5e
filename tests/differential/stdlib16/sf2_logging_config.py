"""logging.config: dictConfig with factories, filters and propagation; fileConfig from an .ini file."""
import logging
import logging.config
import os
import sys
import tempfile

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

class DropDebugWords(logging.Filter):
    def __init__(self, word="noise"):
        super().__init__()
        self.word = word
    def filter(self, record):
        return self.word not in record.getMessage()

def make_handler(stream, prefix):
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter(prefix + " %(name)s|%(levelname)s|%(message)s"))
    return h

CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(levelname)-7s %(name)s: %(message)s"},
        "brace": {"format": "{levelname}:{name}:{message}", "style": "{"},
        "shout": {"()": Upper, "fmt": "%(name)s says %(message)s"},
    },
    "filters": {
        "quiet": {"()": DropDebugWords, "word": "noise"},
        "only_db": {"name": "app.db"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain", "level": "DEBUG", "filters": ["quiet"]},
        "loud": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "shout", "level": "ERROR"},
        "custom": {"()": make_handler, "stream": "ext://sys.stdout", "prefix": ">>"},
        "dbonly": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brace", "filters": ["only_db"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console", "loud"], "propagate": False},
        "app.db": {"level": "INFO", "handlers": ["dbonly"]},
        "lib": {"level": "WARNING", "handlers": ["custom"], "propagate": False},
    },
    "root": {"level": "CRITICAL", "handlers": []},
}
logging.config.dictConfig(CONFIG)
app = logging.getLogger("app")
app.debug("starting up")
app.info("this is noise and is filtered")
app.error("disk almost full")
db = logging.getLogger("app.db")
db.debug("not shown: below INFO")
db.info("connected")
db.warning("slow query noise")
logging.getLogger("app.db.pool").info("pool created")
lib = logging.getLogger("lib")
lib.info("hidden")
lib.warning("deprecated call")
print(app.level, db.level, lib.propagate, [type(h).__name__ for h in app.handlers], [h.name for h in app.handlers])
print(logging.getLogger("app").handlers[0].formatter._fmt, logging.getLogger().level)

for bad in [{"version": 2}, {"handlers": {"h": {"class": "logging.NoSuchHandler"}}, "version": 1},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}}, {"version": 1, "formatters": {"f": {"format": "%(message"}}}]:
    try:
        logging.config.dictConfig(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "WARNING"}}})
app.info("suppressed now")
app.warning("still here")

INI = """
[loggers]
keys=root,svc

[handlers]
keys=out

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=

[logger_svc]
level=DEBUG
handlers=out
qualname=svc
propagate=0

[handler_out]
class=StreamHandler
level=INFO
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=[%(levelname)s] %(name)s - %(message)s
"""
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "logging.ini")
    with open(path, "w") as f:
        f.write(INI)
    logging.config.fileConfig(path, disable_existing_loggers=False)
svc = logging.getLogger("svc")
svc.debug("debug hidden by handler")
svc.info("service ready")
svc.getChild("worker").error("child error")
print(svc.level, svc.propagate, svc.handlers[0].level, svc.handlers[0].formatter._fmt)
print(logging.getLogger("app").disabled, logging.getLogger("lib").disabled)
logging.config.fileConfig(path if False else __import__("io").StringIO(INI.replace("INFO", "DEBUG")))
logging.getLogger("svc").debug("now visible")
print(logging.getLogger("app").disabled)
try:
    logging.config.fileConfig(os.path.join(tmp, "missing.ini"))
except FileNotFoundError as e:
    print("FileNotFoundError:", type(e).__name__)
except Exception as e:
    print(type(e).__name__ + ":", str(e).replace(tmp, "<tmp>"))
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("bad name")
except ValueError as e:
    print("ValueError:", e)
