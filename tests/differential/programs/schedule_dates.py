# Meeting scheduler: datetime arithmetic, weekday logic, timedelta formatting, calendar-ish output.
from datetime import date, datetime, time, timedelta
from collections import defaultdict

HOLIDAYS = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}


def business_days(start, n):
    d = start
    out = []
    while len(out) < n:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


def fmt_delta(td):
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rem = divmod(total, 86400)
    hours, rem = divmod(rem, 3600)
    minutes = rem // 60
    parts = [f"{days}d"] * bool(days) + [f"{hours}h"] * bool(hours) + [f"{minutes}m"] * bool(minutes)
    return sign + (" ".join(parts) or "0m")


start = date(2024, 12, 20)
days = business_days(start, 8)
print([d.strftime("%a %d") for d in days])
print(days[-1] - days[0], (days[-1] - days[0]).days)

meetings = [
    ("standup", datetime(2024, 12, 20, 9, 30), timedelta(minutes=15)),
    ("review", datetime(2024, 12, 20, 14, 0), timedelta(hours=1, minutes=30)),
    ("planning", datetime(2024, 12, 23, 10, 0), timedelta(hours=2)),
    ("retro", datetime(2024, 12, 20, 15, 0), timedelta(minutes=45)),
    ("party", datetime(2024, 12, 24, 18, 0), timedelta(hours=4)),
]
meetings.sort(key=lambda m: m[1])
by_day = defaultdict(list)
for name, when, dur in meetings:
    by_day[when.date()].append((name, when, dur))
for day, items in sorted(by_day.items()):
    print(day.isoformat(), day.strftime("%A"), f"({len(items)})")
    for name, when, dur in items:
        end = when + dur
        print(f"   {when:%H:%M}-{end:%H:%M} {name:<9} {fmt_delta(dur)}")
for (n1, s1, d1), (n2, s2, d2) in zip(meetings, meetings[1:]):
    if s1 + d1 > s2:
        print(f"conflict: {n1} overlaps {n2} by {fmt_delta(s1 + d1 - s2)}")
now = datetime(2024, 12, 20, 12, 0)
upcoming = [m for m in meetings if m[1] > now]
print("next:", upcoming[0][0], "in", fmt_delta(upcoming[0][1] - now))
print("since standup:", fmt_delta(now - meetings[0][1]), "| until party:", fmt_delta(meetings[-1][1] - now))
print(fmt_delta(meetings[0][1] - now))
d = date(2024, 1, 31)
for _ in range(4):
    m = d.month % 12 + 1
    y = d.year + (d.month == 12)
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    d = d.replace(year=y, month=m, day=min(31, last))
    print(d, d.isocalendar()[1], d.timetuple().tm_yday)
print(date(2024, 2, 29) + timedelta(days=365), date.fromisoformat("2024-03-10").isoweekday())
dt = datetime.strptime("2024-07-04 17:45:10", "%Y-%m-%d %H:%M:%S")
print(dt, dt.year, dt.minute, dt.strftime("%I:%M %p on %B %d, %Y"), dt.replace(hour=0).isoformat())
print(datetime.combine(date(2024, 5, 5), time(8, 15)), time(23, 59, 59).strftime("%H.%M.%S"))
print(timedelta(days=1, hours=25, minutes=70), timedelta(seconds=-30), timedelta(weeks=2) / timedelta(days=1))
print(repr(timedelta(hours=1)), repr(date(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4)))
print(max(d for _, d, _ in meetings).strftime("%j"), sorted({m[1].weekday() for m in meetings}))
ages = {"ann": date(1990, 6, 15), "bo": date(2001, 12, 31), "cy": date(1985, 2, 28)}
today = date(2024, 12, 20)
for who, born in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    nxt = born.replace(year=today.year)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(f"{who:<4}{age:>3} next birthday in {(nxt - today).days:>3} days")
