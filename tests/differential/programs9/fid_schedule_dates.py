"""Date handling: schedules, weekdays, strftime, timedelta arithmetic."""
from datetime import date, datetime, timedelta, time
import calendar

start = date(2024, 1, 29)
print(start, repr(start), start.isoformat(), start.weekday(), start.isoweekday())
print(start.strftime("%A %d %B %Y"), start.strftime("%a %b %d %j %U %W"))
print(start + timedelta(days=3), start - date(2023, 12, 25), (start - date(2023, 12, 25)).days)


def add_months(d, n):
    month = d.month - 1 + n
    year = d.year + month // 12
    month = month % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


print([str(add_months(start, k)) for k in range(5)])
print(add_months(date(2024, 3, 31), -1), add_months(date(2023, 1, 31), 13))

meetings = []
cur = datetime(2024, 2, 26, 9, 30)
while len(meetings) < 8:
    if cur.weekday() < 5:
        meetings.append(cur)
    cur += timedelta(days=1, hours=1, minutes=15)
for m in meetings:
    print(f"{m:%Y-%m-%d %H:%M} {m.strftime('%a'):>4} {'late' if m.time() >= time(12) else 'early'}")

td = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
print(td, repr(td), td.total_seconds())
print(timedelta(hours=-1), timedelta(seconds=3661), timedelta(weeks=1, days=-8))
print(timedelta(days=1) / timedelta(hours=1), timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2))
print(abs(timedelta(days=-1, seconds=5)), -td, td * 2, td / 4)

dt = datetime(2024, 2, 29, 23, 59, 59, 123456)
print(dt, dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
print(dt + timedelta(seconds=1), dt.date(), dt.time(), dt.replace(year=2028))
print(datetime.fromisoformat("2021-07-04T12:00:00"), date.fromisoformat("1999-12-31"))
print(datetime.strptime("03/15/2022 14:05", "%m/%d/%Y %H:%M"))
print(date(2024, 12, 31).timetuple().tm_yday, date(2024, 1, 1).isocalendar())
print(calendar.isleap(1900), calendar.isleap(2000), calendar.monthrange(2024, 2))
print(date.fromordinal(738000), date(2020, 5, 17).toordinal())
print(sorted([date(2022, 5, 1), date(2021, 12, 31), date(2022, 1, 15)]))
print(max(meetings) - min(meetings), min(meetings) < max(meetings))

birthdays = {"Ann": date(1990, 3, 14), "Ben": date(1985, 11, 2), "Cid": date(2000, 2, 29)}
today = date(2024, 6, 1)
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    def on_year(y):
        try:
            return b.replace(year=y)
        except ValueError:
            return date(y, 3, 1)
    nxt = on_year(today.year)
    if nxt < today:
        nxt = on_year(today.year + 1)
    print(f"{name}: age {age}, next birthday in {(nxt - today).days} days ({nxt:%d.%m.})")
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(date.min, date.max, timedelta.max)
print(date(2024, 1, 1) == datetime(2024, 1, 1), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
