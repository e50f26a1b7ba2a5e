import json
from datetime import datetime, date, timedelta
from enum import Enum, auto, IntEnum


class Level(Enum):
    DEBUG = auto()
    INFO = auto()
    WARNING = auto()
    ERROR = auto()

    def __str__(self):
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


CONFIG = """
{
  "name": "service",
  "version": [1, 4, 2],
  "debug": false,
  "ratio": 0.75,
  "limits": {"cpu": 2, "mem": "512M", "none": null},
  "tags": ["a", "b", "\u00e9t\u00e9"],
  "level": "WARNING"
}
"""

cfg = json.loads(CONFIG)
print(cfg)
print(type(cfg["ratio"]).__name__, cfg["limits"]["none"], cfg["tags"][2])
print(json.dumps(cfg))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg["tags"], ensure_ascii=False), json.dumps({"a": 1.0, "b": 1e100, "c": -0.0}))
print(json.dumps([1, (2, 3), {"k": None}], separators=(",", ":")))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "f"}))
lvl = Level[cfg["level"]]
print(lvl, repr(lvl), lvl.value, lvl.name, Level(2), list(Level)[:2])
print(Level.INFO in Level, len(Level), Level.DEBUG is Level["DEBUG"], Level.ERROR == Level.ERROR)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MEDIUM))
print({l.name: l.value for l in Level})


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


d0 = datetime(2024, 2, 28, 23, 30, 15)
event = {"when": d0, "day": d0.date(), "level": Level.ERROR, "ids": {3, 1, 2}}
print(json.dumps(event, cls=Encoder))
print(json.dumps(event, default=str))
try:
    json.dumps({"x": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.loads("[1, 2.0, \"x\", true, null]"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": {"b": [1, {"c": 2}]}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))

print(d0 + timedelta(hours=1), d0 + timedelta(days=1, minutes=45))
print(d0.strftime("%Y-%m-%d %H:%M:%S %A %B %j %a %b %p %I"), d0.weekday(), d0.isoweekday())
delta = datetime(2024, 12, 25) - d0
print(delta, delta.days, delta.seconds, delta.total_seconds())
print(date(2024, 1, 31) + timedelta(days=30), date(2023, 3, 1) - date(2023, 2, 1))
print(datetime.strptime("2023-07-04 12:00", "%Y-%m-%d %H:%M"), date.fromisoformat("2020-02-29").isoformat())
print(d0.replace(year=2025, day=1), d0.year, d0.month, d0.day, d0.hour, d0.minute, d0.second)
print(timedelta(seconds=-1), timedelta(days=1.5), timedelta(weeks=2) // timedelta(days=3), abs(timedelta(hours=-5)))
print(repr(d0), repr(date(2020, 1, 1)), repr(timedelta(days=2, seconds=5)), str(timedelta(microseconds=1500)))
print(sorted([date(2022, 5, 1), date(2021, 12, 31), date(2022, 1, 1)]), date(2022, 1, 1).toordinal())
print(f"{d0:%d/%m/%Y}", "{:%H:%M}".format(d0), d0.date() < date(2025, 1, 1))
print(Level.DEBUG < Level.INFO)
