import logging
import io
import sys

stream = io.StringIO()
logger = logging.getLogger("app")
logger.setLevel(logging.DEBUG)
h = logging.StreamHandler(stream)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
logger.addHandler(h)
logger.debug("hidden debug")
logger.info("started %s with %d workers", "job", 4)
logger.warning("disk at %.1f%%", 91.26)
logger.error("failed: %r", {"code": 7})
logger.critical("shutting down")
print(stream.getvalue())

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)s|%(levelno)d] %(name)s.%(funcName)s:%(message)s"))
child = logging.getLogger("app.db")
child.addHandler(out)
def query():
    child.info("query ran")
query()
child.propagate = False
child.warning("not propagated")
print(repr(stream.getvalue().splitlines()[-1]))
print(child.parent.name, child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()), child.isEnabledFor(logging.DEBUG))
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName(logging.CRITICAL), logging.DEBUG, logging.NOTSET)
logging.addLevelName(25, "NOTICE")
child.log(25, "custom level %s", "msg")

fmt_out = logging.StreamHandler(sys.stdout)
fmt_out.setFormatter(logging.Formatter("{levelname:>7} | {name} | {message}", style="{"))
l2 = logging.getLogger("brace")
l2.propagate = False
l2.addHandler(fmt_out)
l2.warning("brace style %s", "arg")
fmt_out.setFormatter(logging.Formatter("$levelname - $message", style="$"))
l2.error("dollar style")

class CtxFilter(logging.Filter):
    def filter(self, record):
        record.user = "alice"
        return "secret" not in record.getMessage()
l3 = logging.getLogger("filtered")
l3.propagate = False
hf = logging.StreamHandler(sys.stdout)
hf.setFormatter(logging.Formatter("%(user)s %(message)s"))
hf.addFilter(CtxFilter())
l3.addHandler(hf)
l3.warning("visible")
l3.warning("a secret thing")
l3.warning("extra field %s", 1, extra={"zzz": 1})

cap = io.StringIO()
fmt_out.setStream(cap)  # the tracebacks name this file: print them with its path cut
try:
    1 / 0
except ZeroDivisionError:
    l2.exception("division failed")
    text = io.StringIO()
    eh = logging.StreamHandler(text)
    l2.addHandler(eh)
    l2.error("with info", exc_info=True)
    print("Traceback" in text.getvalue(), text.getvalue().splitlines()[-1])
    l2.removeHandler(eh)
fmt_out.setStream(sys.stdout)
print(cap.getvalue().replace(__file__, "FILE"), end="")

class JsonFormatter(logging.Formatter):
    def format(self, record):
        return f'{{"lvl": "{record.levelname}", "msg": "{record.getMessage()}", "logger": "{record.name}", "line": {record.lineno > 0}}}'
jh = logging.StreamHandler(sys.stdout)
jh.setFormatter(JsonFormatter())
lj = logging.getLogger("json")
lj.propagate = False
lj.addHandler(jh)
lj.info("not shown: level WARNING inherited")
lj.setLevel(logging.INFO)
lj.info("now shown %d", 3)

rec = logging.LogRecord("n", logging.INFO, "/p/mod.py", 12, "hi %s", ("x",), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno, rec.name, rec.args)
print(logging.Formatter("%(message)s %(filename)s:%(lineno)d").format(rec))
f2 = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(len(f2.format(rec)) > 3)
la = logging.LoggerAdapter(lj, {"req": 42})
la.warning("adapted")
print(logging.getLogger() is logging.root, logging.root.level, logging.getLogger("app").handlers[0].level, logging.getLogger("").name)
print(repr(logger), repr(h)[:30], repr(logging.getLogger()))

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="BASIC %(levelname)s:%(name)s:%(message)s")
logging.info("root info")
logging.getLogger("other").warning("via root handler")
logging.debug("root debug hidden")
logging.warning("%s and %s", "one", "two")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error still shown")
logging.disable(logging.NOTSET)
nh = logging.NullHandler()
logging.getLogger("quiet").addHandler(nh)
logging.getLogger("quiet").propagate = False
logging.getLogger("quiet").error("nowhere")
logging.lastResort  # exists
l4 = logging.getLogger("noh")
l4.propagate = False
l4.warning("goes to lastResort on stderr")
print(logging.getLevelNamesMapping()["NOTICE"] if hasattr(logging, "getLevelNamesMapping") else "")
logging.shutdown()
