"""logging.handlers: QueueHandler/QueueListener, BufferingHandler subclasses, TimedRotatingFileHandler naming, WatchedFileHandler, network handlers."""
import io
import logging
import logging.handlers
import os
import queue
import tempfile

q = queue.Queue()
out = io.StringIO()
sink = logging.StreamHandler(out)
sink.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
warn_sink = logging.StreamHandler(out)
warn_sink.setLevel(logging.WARNING)
warn_sink.setFormatter(logging.Formatter("!! %(message)s"))
listener = logging.handlers.QueueListener(q, sink, warn_sink, respect_handler_level=True)
qh = logging.handlers.QueueHandler(q)
lg = logging.getLogger("worker")
lg.propagate = False
lg.setLevel(logging.DEBUG)
lg.addHandler(qh)
listener.start()
lg.info("job %s queued", "a1")
lg.warning("job %s slow", "a2")
try:
    raise KeyError("k")
except KeyError:
    lg.exception("job failed")
listener.stop()
text = out.getvalue()
print("\n".join(l if not l.startswith("  File") else "  File ..." for l in text.splitlines()))
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("x",), "levelno": 20, "levelname": "INFO", "name": "n"})
prepared = qh.prepare(rec)
print(prepared.msg, prepared.args, prepared.exc_info, prepared.getMessage())


class ListBuffer(logging.handlers.BufferingHandler):
    def __init__(self):
        super().__init__(capacity=2)
        self.flushed = []

    def flush(self):
        self.flushed.append([r.getMessage() for r in self.buffer])
        self.buffer = []


bh = ListBuffer()
bl = logging.getLogger("buf")
bl.propagate = False
bl.addHandler(bh)
for i in range(5):
    bl.warning("w%d", i)
bh.close()
print(bh.flushed, bh.capacity, bh.shouldFlush(rec))

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, "timed.log")
th = logging.handlers.TimedRotatingFileHandler(base, when="midnight", backupCount=3, utc=True)
print(th.when, th.interval, th.suffix, th.extMatch.pattern if hasattr(th.extMatch, "pattern") else th.extMatch)
for when, interval in [("S", 1), ("M", 5), ("H", 2), ("D", 1), ("W0", 1)]:
    h = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, f"t_{when}.log"), when=when, interval=interval, utc=True, delay=True)
    print(when, h.interval, h.suffix, h.computeRollover(1700000000) - 1700000000)
    h.close()
try:
    logging.handlers.TimedRotatingFileHandler(base, when="X", delay=True)
except ValueError as e:
    print("ValueError", e)
print(th.getFilesToDelete())
th.close()
rh = logging.handlers.RotatingFileHandler(os.path.join(tmp, "r.log"), maxBytes=0, delay=True)
print(rh.maxBytes, rh.backupCount, rh.shouldRollover(rec), rh.rotation_filename("x.1"), rh.namer, rh.rotator)
rh.close()
wh = logging.handlers.WatchedFileHandler(os.path.join(tmp, "w.log"))
wh.setFormatter(logging.Formatter("%(message)s"))
wh.emit(rec)
wh.close()
with open(os.path.join(tmp, "w.log")) as f:
    print(repr(f.read()))
for n in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, n))
os.rmdir(tmp)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
