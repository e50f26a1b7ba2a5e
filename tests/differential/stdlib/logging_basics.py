import logging
import sys

logging.warning("goes to stderr before config: %s", 1)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s", force=True)
log = logging.getLogger("app")
db = logging.getLogger("app.db")
log.info("starting %s v%d", "service", 3)
log.debug("hidden debug")
db.warning("slow query took %.1f ms", 123.456)
db.setLevel(logging.ERROR)
db.warning("now hidden")
db.error("failed: %r", {"code": 7})
print(log.getEffectiveLevel(), db.getEffectiveLevel(), db.isEnabledFor(logging.WARNING), logging.getLevelName(30), logging.getLevelName("ERROR"))
print(log, db, logging.getLogger("app") is log, db.name, db.getChild("x").name)
logging.info("root info %d%%", 50)
logging.log(logging.CRITICAL, "critical via log()")

other = logging.getLogger("other")
other.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {name} | {message}", style="{"))
other.addHandler(h)
other.setLevel(logging.DEBUG)
other.debug("debug via own handler")
other.info("data=%(x)s y=%(y)s", {"x": 1, "y": 2})
h.setLevel(logging.WARNING)
other.info("filtered by handler level")
other.error("error passes")
other.removeHandler(h)
print(other.hasHandlers(), log.hasHandlers())


class Service:
    def __init__(self):
        self.log = logging.getLogger(f"svc.{type(self).__name__}")

    def run(self, n):
        self.log.info("run n=%d", n)
        try:
            return 10 / n
        except ZeroDivisionError:
            self.log.error("division failed for n=%d", n)
            return None


s = Service()
print(s.run(2), s.run(0))
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
raise SystemExit(log.info("bye") or 2)
