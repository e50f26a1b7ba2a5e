"""logging.basicConfig variants, captureWarnings, stack_info, extra fields, custom Formatter methods, LogRecord factory, Logger.manager."""
import io
import logging
import sys
import time
import warnings

buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("configured")
logging.debug("hidden")
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)  # ignored: root has handlers
logging.debug("still hidden")
logging.basicConfig(stream=buf, level=logging.DEBUG, format="%(levelno)s|%(message)s", force=True)
logging.debug("after force")
logging.warning("%s and %s", "one", "two")
logging.log(logging.ERROR, "via log()")
print(buf.getvalue(), end="")
try:
    logging.basicConfig(stream=buf, filename="x.log", force=True)
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(format="%(message)s", style="!", force=True)
except ValueError as e:
    print("ValueError", e)

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG, format="[%(levelname)s] %(name)s %(message)s%(suffix)s", force=True)


class SuffixFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "suffix"):
            record.suffix = ""
        return True


for h in logging.getLogger().handlers:
    h.addFilter(SuffixFilter())
log = logging.getLogger("app.core")
log.info("with extra", extra={"suffix": " <-- extra"})
try:
    log.info("bad extra", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)
logging.captureWarnings(True)
warnings.warn("deprecated API", DeprecationWarning)
warnings.warn("user level")
logging.captureWarnings(False)
log.info("stack follows", stack_info=True)
text = out.getvalue()
for line in text.splitlines():
    if line.startswith("  File"):
        print("  File", line.split(", ")[-1])
    elif "warnings.warn(" in line or line.startswith("    "):
        continue
    else:
        print(line.replace(__file__, "<file>"))


class UpperFormatter(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def formatException(self, ei):
        return "EXC<" + ei[0].__name__ + ">"

    def formatTime(self, record, datefmt=None):
        return "T0"


f = UpperFormatter("%(asctime)s %(levelname)s %(message)s")
rec = logging.LogRecord("n", logging.ERROR, "/path/mod.py", 42, "value %d of %s", (7, "x"), None, func="fn")
print(f.format(rec), rec.getMessage(), rec.lineno, rec.funcName, rec.pathname, rec.filename, rec.module, rec.levelname)
try:
    raise RuntimeError("boom")
except RuntimeError:
    rec2 = logging.LogRecord("n", logging.ERROR, "p.py", 1, "failed", None, sys.exc_info())
print(f.format(rec2))
print(repr(rec).split(",")[0], logging.Formatter("%(message)s").format(logging.makeLogRecord({"msg": "a %s", "args": ({"k": 1},)})))
print(logging.Formatter("%(message)s %(k)s").format(logging.makeLogRecord({"msg": "m", "k": "v"})))
old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    r = old(*args, **kwargs)
    r.custom = "CF"
    return r


logging.setLogRecordFactory(factory)
cf = io.StringIO()
h = logging.StreamHandler(cf)
h.setFormatter(logging.Formatter("%(custom)s %(message)s"))
lg = logging.getLogger("factory")
lg.addHandler(h)
lg.propagate = False
lg.warning("made by factory")
logging.setLogRecordFactory(old)
print(cf.getvalue(), end="")
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("app")), logging.getLogger("app").getChild("core") is log)
print(logging.getLogger("app.core.db").parent.name, logging.getLevelName(logging.getLogger().level), logging.root.name)
fmt = logging.Formatter("%(asctime)s.%(msecs)03d %(message)s", datefmt="%H:%M:%S")
fmt.converter = time.gmtime
r3 = logging.makeLogRecord({"msg": "timed", "created": 3661.5, "msecs": 500.0})
print(fmt.format(r3), fmt.usesTime(), logging.Formatter("%(message)s").usesTime())
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([logging.makeLogRecord({"msg": m}) for m in "abc"]))
