from datetime import date, datetime, timedelta, time

start = date(2024, 1, 31)
print(start, start.isoformat(), start.weekday(), start.isoweekday(), start.strftime("%A %d %B %Y"))
print(start + timedelta(days=1), start - timedelta(weeks=5))
print((date(2024, 12, 25) - date(2024, 3, 1)).days)
print(date(2024, 2, 29).replace(year=2028), date.fromordinal(738000), date(2000, 1, 1).toordinal())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    date(2024, 2, 29).replace(year=2023)
except ValueError as e:
    print("ValueError:", e)

dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %b %p %I"), dt.date(), dt.time())
print(dt + timedelta(hours=12, minutes=45), dt - datetime(2024, 1, 1))
print(datetime.strptime("2023-07-04 09:05", "%Y-%m-%d %H:%M"))
print(datetime.fromisoformat("2021-11-02T08:09:10"), dt.isoformat(timespec="seconds"), dt.isoformat(" "))
d = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
print(d, repr(d), d.total_seconds(), d.days, d.seconds, d.microseconds)
print(timedelta(seconds=-1), timedelta(hours=-25), -d, abs(-d), d * 2, d / 2, d // 3, d / timedelta(hours=1))
print(timedelta(days=1) > timedelta(hours=23), timedelta(0) == timedelta(), bool(timedelta()))
print(time(9, 5), time(23, 59, 59, 999), time(1, 2, 3).strftime("%H-%M-%S"))
print(max(date(2020, 1, 1), date(2019, 12, 31)), sorted([dt, datetime(2000, 1, 1), datetime(2024, 3, 10)]))


def business_days(a, b):
    n = 0
    cur = a
    while cur < b:
        if cur.weekday() < 5:
            n += 1
        cur += timedelta(days=1)
    return n


print("business days in March 2024:", business_days(date(2024, 3, 1), date(2024, 4, 1)))


def add_months(d, k):
    m = d.month - 1 + k
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return d.replace(year=y, month=m, day=day)
        except ValueError:
            continue


for k in range(0, 14, 3):
    print(k, add_months(start, k))
schedule = {}
cur = datetime(2024, 1, 1, 9)
for i in range(5):
    schedule[cur.strftime("%a %H:%M")] = f"task{i}"
    cur += timedelta(hours=30)
print(schedule)
ages = {"ann": date(1990, 6, 15), "bob": date(2001, 12, 1)}
today = date(2024, 6, 14)
for name, born in ages.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name}: {age} years, next birthday in {(born.replace(year=today.year) - today).days % 365} days")
print(date.min, date.max, timedelta.max, datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(f"{dt:%d/%m/%y}", format(start, "%B"), "{:%H:%M}".format(dt))
