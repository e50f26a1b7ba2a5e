"""datetime/zoneinfo: DST conversions, 3.11 ISO forms, strptime errors, arithmetic."""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

ny = ZoneInfo("America/New_York")
berlin = ZoneInfo("Europe/Berlin")
utc = timezone.utc

for stamp in ["2023-03-12T06:30:00", "2023-03-12T07:30:00", "2023-11-05T05:30:00", "2023-11-05T06:30:00"]:
    u = datetime.fromisoformat(stamp).replace(tzinfo=utc)
    local = u.astimezone(ny)
    print(u.isoformat(), "->", local.isoformat(), local.tzname(), local.fold, local.utcoffset(), local.dst())
amb = datetime(2023, 11, 5, 1, 30, tzinfo=ny)
print(amb.isoformat(), amb.tzname(), amb.replace(fold=1).isoformat(), amb.replace(fold=1).tzname())
print(amb.astimezone(utc), amb.replace(fold=1).astimezone(utc))
gap = datetime(2023, 3, 12, 2, 30, tzinfo=ny)
print(gap.isoformat(), gap.astimezone(utc).astimezone(ny).isoformat())
meet = datetime(2024, 3, 29, 15, 0, tzinfo=berlin)
print(meet.astimezone(ny), (meet + timedelta(days=3)).astimezone(ny))
print(meet.strftime("%Y-%m-%d %H:%M %Z %z"), repr(berlin), str(ny))
print(datetime(2024, 1, 1, tzinfo=berlin) - datetime(2024, 1, 1, tzinfo=ny))

iso = ["2024-02-29", "20240229", "2024-W09-4", "2024-060", "2024-02-29T13:45", "2024-02-29 13:45:30.5",
       "2024-02-29T13:45:30.123456+05:30", "2024-02-29T13:45:30Z", "2024-02-29T13", "20240229T134530",
       "2024-02-29T13:45:30,25", "2024-02-29T24:00:00", "2024-02-30"]
for s in iso:
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "-> ValueError", e)
for s in ["2024-02-29", "20240229", "2024-W01-1", "2024-1-1", "2024-02-29T00:00"]:
    try:
        print(s, "->", date.fromisoformat(s))
    except ValueError as e:
        print(s, "-> ValueError", e)
for s in ["13:45", "134530", "13:45:30.5", "T13:45:30+01:00", "13:45:30Z", "25:00", "13:4"]:
    try:
        print(s, "->", repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, "-> ValueError", e)
d = datetime(2024, 2, 29, 13, 45, 30, 120000, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, d.isoformat(timespec=spec), d.isoformat(sep=" ", timespec=spec) if spec == "minutes" else "")
print(d.time().isoformat("milliseconds"), d.date().isocalendar(), d.isoweekday(), d.timetuple().tm_yday)
try:
    d.isoformat(timespec="nanos")
except ValueError as e:
    print("ValueError", e)

for s, fmt in [("2024-13-01", "%Y-%m-%d"), ("31/04/2024", "%d/%m/%Y"), ("2024-01-01 extra", "%Y-%m-%d"),
               ("Mon Jan  1 10:00:00 2024", "%a %b %d %H:%M:%S %Y"), ("10:61", "%H:%M"), ("2024-01-01", "%Y/%m/%d"),
               ("12 PM", "%I %p"), ("2024-001", "%Y-%j"), ("+0130", "%z"), ("1700000000", "%s")]:
    try:
        print(repr(s), "->", repr(datetime.strptime(s, fmt)))
    except ValueError as e:
        print(repr(s), "-> ValueError", e)
print(timezone(timedelta(hours=5, minutes=45)), timezone(-timedelta(hours=8), "PST"), repr(timezone.utc), timezone.min, timezone.max)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print("ValueError", e)
td = timedelta(days=-1, seconds=5, microseconds=7)
print(td, repr(td), td.total_seconds(), abs(td), -td, td // timedelta(hours=1), td % timedelta(hours=5), divmod(timedelta(hours=25), timedelta(days=1)))
print(timedelta(weeks=1, hours=-1) / 3, timedelta(seconds=1) * 2.5, timedelta(microseconds=1.5), timedelta(0.5))
print(date(2024, 1, 31) + timedelta(days=30), date.max - date(2024, 1, 1), (date(2024, 3, 1) - date(2023, 3, 1)).days)
print(datetime.combine(date(2024, 5, 6), time(7, 8, tzinfo=utc)), date(2024, 5, 6).replace(day=31) if False else date(2024, 5, 6).ctime())
try:
    date(2024, 5, 6).replace(month=2, day=30)
except ValueError as e:
    print("ValueError", e)
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc)
except TypeError as e:
    print("TypeError", e)
print(datetime(2024, 1, 1, tzinfo=utc) == datetime(2024, 1, 1), datetime.fromtimestamp(1700000000, utc), datetime.fromtimestamp(0, ny))
print(datetime(2024, 1, 1, 12, tzinfo=ny).timestamp(), datetime.utcfromtimestamp(86400.5) if hasattr(datetime, "utcfromtimestamp") else None)
