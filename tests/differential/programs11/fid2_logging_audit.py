import logging
import sys
import io

fmt = logging.Formatter("%(levelname)-8s %(name)s: %(message)s")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(fmt)
root = logging.getLogger()
root.handlers.clear()
root.addHandler(handler)
root.setLevel(logging.INFO)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
db.setLevel(logging.DEBUG)
print(db.parent is app, app.parent is root, db.getEffectiveLevel(), app.getEffectiveLevel(), logging.getLevelName(30))

app.info("starting %s v%d", "audit", 2)
db.debug("connect %r", {"host": "localhost"})
app.debug("hidden")
app.warning("disk at %.1f%%", 93.456)
db.error("query failed: %s", "timeout")

buf = io.StringIO()
mem = logging.StreamHandler(buf)
mem.setLevel(logging.WARNING)
mem.setFormatter(logging.Formatter("[%(levelno)s] %(name)s|%(funcName)s|%(message)s"))
app.addHandler(mem)


def process(items):
    for i in items:
        if i < 0:
            app.warning("negative item %d", i)
        elif i == 0:
            app.error("zero item")
        else:
            db.info("ok %d", i)


process([3, -1, 0, 5])
print("captured:", buf.getvalue().splitlines())


class Once(logging.Filter):
    def __init__(self):
        super().__init__()
        self.seen = set()

    def filter(self, record):
        if record.msg in self.seen:
            return False
        self.seen.add(record.msg)
        return True


app.addFilter(Once())
for _ in range(3):
    app.warning("repeated message")
try:
    1 / 0
except ZeroDivisionError:
    app.exception("division failed") if False else app.error("division failed: %s", "ZeroDivisionError")
logging.disable(logging.ERROR)
app.error("suppressed by disable")
logging.disable(logging.NOTSET)
app.critical("back on")
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.getLevelName("ERROR"))
print(app.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.DEBUG), app.name, db.name, repr(db)[:20])
