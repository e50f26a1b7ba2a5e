"""datetime: arithmetic, formatting, parsing, comparisons."""
from datetime import date, datetime, time, timedelta, timezone

start = datetime(2024, 2, 27, 22, 30, 15)
print(start, repr(start), start.isoformat(), start.isoformat(sep=" ", timespec="minutes"))
for days in (1, 2, 3, 365):
    d = start + timedelta(days=days)
    print(d.strftime("%a %d %b %Y %H:%M"), d.weekday(), d.isoweekday(), d.timetuple().tm_yday)
print(start.strftime("%Y-%m-%dT%H:%M:%S | %I:%M %p | %j | %U | %w | %y | %%"))
print(start.date(), start.time(), start.replace(hour=0, minute=0, second=0), start.ctime())

deltas = [timedelta(days=1, hours=3), timedelta(seconds=-1), timedelta(minutes=90), timedelta(weeks=2, microseconds=5),
          timedelta(days=-3, seconds=7200), timedelta(0), timedelta(hours=36.5)]
for td in deltas:
    print(str(td), repr(td), td.total_seconds(), td.days, td.seconds)
print(timedelta(days=1) / timedelta(hours=1), timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2))
print(timedelta(days=1) * 1.5, -timedelta(hours=1), abs(timedelta(hours=-2)), timedelta(minutes=1) * 3 == timedelta(seconds=180))
print(max(deltas), min(deltas), sum(deltas, timedelta()))

a = date(2024, 1, 31)
b = date(2024, 3, 1)
print(b - a, (b - a).days, a < b, a.replace(day=1), date(2023, 12, 31) + timedelta(days=60))
print(a.isoformat(), a.isocalendar(), date.fromisoformat("2024-02-29").strftime("%A"), date(2024, 2, 29).toordinal())
print(date.fromordinal(738000), date(2000, 1, 1).weekday(), repr(date(2024, 5, 6)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 13, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    time(25, 0)
except ValueError as e:
    print("ValueError:", e)

parsed = datetime.strptime("03/15/2024 14:05", "%m/%d/%Y %H:%M")
print(parsed, parsed.year, parsed.minute, datetime.strptime("2024-07-04", "%Y-%m-%d").date())
try:
    datetime.strptime("2024/07/04", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(datetime.fromisoformat("2024-03-01T10:20:30"), datetime.fromisoformat("2024-03-01 10:20:30.500000"))

t = time(9, 5, 7, 1234)
print(t, repr(t), t.isoformat(), t.strftime("%H.%M"), time(23, 59) > time(8), time())

utc = timezone.utc
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
plus2 = timezone(timedelta(hours=2), "CEST")
print(aware, aware.astimezone(plus2), aware.tzname(), aware.astimezone(plus2).tzname(), aware.utcoffset())
print(aware.isoformat(), repr(plus2), str(timezone(timedelta(hours=-5, minutes=-30))))
print(aware == aware.astimezone(plus2), aware.timestamp())
try:
    aware < datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), datetime(2024, 3, 10, 12) - timedelta(hours=13))
print(datetime.fromtimestamp(0, tz=utc), datetime(1970, 1, 2, tzinfo=utc).timestamp())
schedule = sorted([datetime(2024, 5, d, h) for d, h in [(3, 9), (1, 17), (3, 8), (2, 12)]])
print([s.strftime("%d/%H") for s in schedule])
print(f"{start:%B %d, %Y} | {a:%d.%m.%y} | {t:%H:%M:%S.%f}")
print(date.min, date.max, timedelta.max, timedelta.resolution, datetime.min)
