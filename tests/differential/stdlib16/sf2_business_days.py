"""Business-day arithmetic and a payroll calendar: datetime + calendar + bisect + itertools + string formatting."""
import calendar
import bisect
import itertools
from datetime import date, datetime, timedelta, time

HOLIDAYS = sorted([date(2024, 1, 1), date(2024, 1, 15), date(2024, 2, 19), date(2024, 5, 27), date(2024, 7, 4),
                   date(2024, 9, 2), date(2024, 11, 28), date(2024, 12, 25)])

def is_business(d):
    i = bisect.bisect_left(HOLIDAYS, d)
    return d.weekday() < 5 and not (i < len(HOLIDAYS) and HOLIDAYS[i] == d)

def add_business_days(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += timedelta(days=step)
        if is_business(d):
            n -= step
    return d

def business_days_between(a, b):
    return sum(1 for k in range((b - a).days) if is_business(a + timedelta(days=k + 1)))

start = date(2024, 1, 12)
for n in (0, 1, 2, 5, 10, -1, -3, 30):
    print(f"{start:%a %d %b} + {n:3} bd = {add_business_days(start, n):%a %d %b %Y}")
print(business_days_between(date(2024, 1, 1), date(2024, 12, 31)), business_days_between(date(2024, 7, 1), date(2024, 7, 8)))

def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n >= 0 else days[n]
print([nth_weekday(2024, m, calendar.FRIDAY, -1).isoformat() for m in range(1, 13)])
print(nth_weekday(2024, 11, calendar.THURSDAY, 3), nth_weekday(2024, 5, calendar.MONDAY, -1))

def paydays(year):
    out = []
    for month in range(1, 13):
        for day in (15, calendar.monthrange(year, month)[1]):
            d = date(year, month, day)
            while not is_business(d):
                d -= timedelta(days=1)
            out.append(d)
    return out
pd = paydays(2024)
print(len(pd), [d.strftime("%m/%d") for d in pd[:8]])
gaps = [(b - a).days for a, b in itertools.pairwise(pd)]
print(min(gaps), max(gaps), sum(gaps) / len(gaps))
for key, grp in itertools.groupby(pd, key=lambda d: (d.year, (d.month - 1) // 3 + 1)):
    grp = list(grp)
    print(f"Q{key[1]} {key[0]}: {len(grp)} paydays, first {grp[0]:%b %d}, last {grp[-1]:%b %d}")
shifts = []
t = datetime.combine(date(2024, 3, 8), time(22, 0))
for i in range(5):
    end = t + timedelta(hours=9, minutes=30)
    shifts.append((t, end, end.date() != t.date()))
    t = end + timedelta(hours=14, minutes=15)
for s, e, overnight in shifts:
    print(f"{s:%a %H:%M} -> {e:%a %H:%M} {'overnight' if overnight else ''}".rstrip(), (e - s))
ages = {"ann": date(1990, 2, 28), "bo": date(2000, 2, 29), "cy": date(1985, 12, 31)}
today = date(2024, 2, 28)
for name, born in ages.items():
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    try:
        nxt = born.replace(year=today.year)
    except ValueError:
        nxt = date(today.year, 3, 1)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(name, years, nxt, (nxt - today).days, calendar.day_name[born.weekday()])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2))
print(calendar.month_abbr[1:4], calendar.isleap(2024), calendar.leapdays(2000, 2024), date(2024, 12, 30).isocalendar(), date(2027, 1, 1).isocalendar().week)
week_starts = [date.fromisocalendar(2024, w, 1) for w in (1, 2, 52)]
print(week_starts, (date(2024, 3, 31) - date(2024, 1, 1)) // timedelta(weeks=1))
