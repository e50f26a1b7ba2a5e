from datetime import date, datetime, timedelta, time
import calendar

start = date(2024, 1, 31)
print(start, start + timedelta(days=30), start.replace(day=1), start.isoformat(), start.weekday(), start.isoweekday())
print(start.strftime("%A %d %B %Y | %a %b %j %U %W | %y %m/%d"))
print(date.fromisoformat("2024-02-29").toordinal(), date.fromordinal(738000), date(2023, 12, 31).isocalendar())


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = calendar.monthrange(y, m)[1]
    return d.replace(year=y, month=m, day=min(d.day, last))


print([str(add_months(start, k)) for k in range(0, 14, 3)])
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4))

t0 = datetime(2024, 3, 9, 22, 45, 10)
shifts = [timedelta(hours=3, minutes=20), timedelta(days=1, seconds=-1), timedelta(weeks=2), -timedelta(minutes=90)]
for s in shifts:
    print(f"{str(s):>20} -> {t0 + s:%Y-%m-%d %H:%M:%S}  {repr(s)}")
d = timedelta(days=3, hours=5, minutes=7, seconds=30, microseconds=250000)
print(d, d.total_seconds(), d.days, d.seconds, d.microseconds, d * 2, d / 2, d // timedelta(hours=1), d % timedelta(hours=1))
print(abs(-d), -d, timedelta(hours=36) > timedelta(days=1), timedelta(0) == timedelta(), bool(timedelta(0)))

sessions = [
    ("alice", "2024-03-04 09:00", "2024-03-04 12:30"),
    ("bob", "2024-03-04 22:15", "2024-03-05 01:45"),
    ("alice", "2024-03-05 13:10", "2024-03-05 17:55"),
    ("carol", "2024-03-06 08:00", "2024-03-06 08:20"),
    ("bob", "2024-03-07 18:00", "2024-03-07 23:59"),
]
RATE = {"alice": 42.5, "bob": 38.0, "carol": 55.0}
totals = {}
for who, a, b in sessions:
    ta = datetime.strptime(a, "%Y-%m-%d %H:%M")
    tb = datetime.strptime(b, "%Y-%m-%d %H:%M")
    dur = tb - ta
    hours = dur.total_seconds() / 3600
    billable = max(0.5, round(hours * 4) / 4)
    totals[who] = totals.get(who, 0) + billable * RATE[who]
    print(f"{who:<6}{ta:%a %H:%M}-{tb:%H:%M} {str(dur):>8} {billable:5.2f}h {ta.date() != tb.date()!s:>5}")
for who, amt in sorted(totals.items()):
    print(f"{who:>8}: ${amt:>9,.2f}")

dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"))
print(dt.timetuple().tm_yday, dt.date(), dt.time(), datetime.combine(date(2020, 2, 29), time(6, 30)))
print(datetime.fromisoformat("2024-05-06T07:08:09"), repr(datetime(2024, 1, 2, 3, 4)), repr(date(2024, 1, 2)))
print(time(14, 5).strftime("%I:%M %p"), time(0, 5).strftime("%I:%M %p"), time(9, 3, 7, 120).isoformat())
print(f"{date(2024, 7, 4):%d.%m.%Y}", format(datetime(2024, 7, 4, 5), "%H h"), "{:%B}".format(date(2024, 11, 1)))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 9)]), max(datetime(2024, 1, 1), datetime(2023, 12, 31, 23)))
print((date(2025, 1, 1) - date(2024, 1, 1)).days, date(2024, 3, 10) - timedelta(days=10))
print([date(2024, 1, 1) + timedelta(days=i) for i in range(0, 60, 20)])
print(calendar.month_name[2], calendar.day_abbr[0], list(calendar.day_name)[-1])
print(datetime(2024, 3, 9).strftime("%%Y literal, %e"), dt.strftime("%f %H%M%S"))
