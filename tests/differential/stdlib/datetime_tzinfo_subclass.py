# datetime: user tzinfo subclasses, subclasses of date/datetime/timedelta, keyword construction.
from datetime import datetime, date, time, timedelta, timezone, tzinfo

class FixedOffset(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.offset
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f"FixedOffset({self.name})"

class SimpleDST(tzinfo):
    """Central European time with DST from the last Sunday of March to the last Sunday of October (1am UTC)."""
    def _bounds(self, year):
        start = datetime(year, 3, 31, 2)
        start -= timedelta(days=(start.weekday() + 1) % 7)
        end = datetime(year, 10, 31, 3)
        end -= timedelta(days=(end.weekday() + 1) % 7)
        return start, end
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._bounds(dt.year)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

ist = FixedOffset(330, "IST")
d = datetime(2024, 1, 2, 3, 4, 5, tzinfo=ist)
print(d, repr(d), d.utcoffset(), d.tzname(), d.dst(), d.isoformat(), d.strftime("%H:%M %z %Z"))
print(d.astimezone(timezone.utc), d.astimezone(timezone.utc).astimezone(ist), d.timestamp(), d.timetuple().tm_isdst)
print(d == datetime(2024, 1, 1, 21, 34, 5, tzinfo=timezone.utc), d - datetime(2024, 1, 1, tzinfo=timezone.utc))
print(time(10, tzinfo=ist), time(10, tzinfo=ist).utcoffset(), time(10, tzinfo=ist).isoformat())

cet = SimpleDST()
for m, day in [(1, 15), (3, 30), (3, 31), (7, 1), (10, 27), (11, 1)]:
    x = datetime(2024, m, day, 12, tzinfo=cet)
    print(x, x.tzname(), x.utcoffset(), x.dst(), x.timetuple().tm_isdst, x.astimezone(timezone.utc))
u = datetime(2024, 7, 1, 10, tzinfo=timezone.utc)
print(u.astimezone(cet), u.astimezone(cet).tzname(), datetime(2024, 1, 1, 10, tzinfo=timezone.utc).astimezone(cet))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
class TooBig(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)
class NoImpl(tzinfo):
    pass
for tz in (Bad(), TooBig(), NoImpl()):
    try:
        print(datetime(2024, 1, 1, tzinfo=tz).utcoffset())
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

# subclasses
class MyDate(date):
    def describe(self):
        return f"{self.year}/{self.month}/{self.day}"
md = MyDate(2024, 5, 6)
print(md, repr(md), md.describe(), isinstance(md, date), type(md).__name__)
print(type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__, type(MyDate.fromordinal(1)).__name__, type(MyDate.today()).__name__)
print(MyDate.fromisoformat("2024-02-03").describe(), md - date(2024, 1, 1))

class Stamp(datetime):
    def label(self):
        return self.strftime("[%Y%m%d-%H%M]")
s = Stamp(2024, 1, 2, 3, 4)
print(s, repr(s), s.label(), Stamp.fromisoformat("2024-05-06T07:08").label(), type(Stamp.strptime("2024", "%Y")).__name__)
print(type(s + timedelta(hours=1)).__name__, (s + timedelta(hours=1)).label(), isinstance(s, datetime))

class Duration(timedelta):
    def hours(self):
        return self.total_seconds() / 3600
du = Duration(hours=5, minutes=30)
print(du, repr(du), du.hours(), type(du).__name__, du + timedelta(1))

# keyword construction
print(datetime(year=2024, month=2, day=3, hour=4, minute=5, second=6, microsecond=7, tzinfo=ist))
print(date(day=1, month=2, year=2003), time(minute=5, hour=4), timedelta(weeks=1, milliseconds=2))
print(datetime(2024, 1, 2, hour=3, tzinfo=timezone.utc).replace(minute=30, tzinfo=None))
for f in [lambda: datetime(2024), lambda: date(2024, 1), lambda: datetime(2024, 1, 1, nope=1), lambda: date(2024, 1, 1, 1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError")
