"""zoneinfo with the system time zone database: a meeting planner across offices, DST edges."""
from datetime import datetime, date, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
import zoneinfo

OFFICES = {"London": "Europe/London", "New York": "America/New_York", "Tokyo": "Asia/Tokyo",
           "Sydney": "Australia/Sydney", "Kolkata": "Asia/Kolkata", "São Paulo": "America/Sao_Paulo"}
zones = {city: ZoneInfo(key) for city, key in OFFICES.items()}
print({c: repr(z) for c, z in zones.items()})
meeting_utc = datetime(2024, 3, 15, 14, 0, tzinfo=timezone.utc)
for city, z in zones.items():
    local = meeting_utc.astimezone(z)
    print(f"{city:10} {local:%Y-%m-%d %H:%M %Z (%z)} dst={local.dst()} working={9 <= local.hour < 18}")

# find the hours of one day that are working hours for London and New York both
day = date(2024, 3, 20)
good = []
for h in range(24):
    t = datetime.combine(day, time(h), tzinfo=timezone.utc)
    if all(9 <= t.astimezone(zones[c]).hour < 17 for c in ("London", "New York")):
        good.append(h)
print("overlap UTC hours on", day, good)

# DST transitions: the gap and the fold
ny = zones["New York"]
for dt in [datetime(2024, 3, 10, 1, 59, tzinfo=ny), datetime(2024, 3, 10, 2, 30, tzinfo=ny), datetime(2024, 3, 10, 3, 0, tzinfo=ny),
           datetime(2024, 11, 3, 1, 30, tzinfo=ny), datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny)]:
    print(dt.isoformat(), dt.tzname(), dt.utcoffset(), dt.astimezone(timezone.utc).isoformat())
start = datetime(2024, 3, 9, 12, tzinfo=ny)
print("24h later (wall clock):", start + timedelta(hours=24))
print("24h later (elapsed):", (start.astimezone(timezone.utc) + timedelta(hours=24)).astimezone(ny))
london = zones["London"]
transitions = []
prev = None
t = datetime(2024, 1, 1, tzinfo=timezone.utc)
while t.year == 2024:
    off = t.astimezone(london).utcoffset()
    if prev is not None and off != prev:
        transitions.append((t - timedelta(hours=1)).astimezone(london).strftime("%b %d %H:%M %Z") + " -> " + t.astimezone(london).strftime("%H:%M %Z"))
    prev = off
    t += timedelta(hours=1)
print(transitions)
print(ZoneInfo("UTC"), ZoneInfo("Etc/UTC").utcoffset(None), ZoneInfo("Etc/GMT-14").utcoffset(None), ZoneInfo("UTC") is ZoneInfo("UTC"))
print(datetime(1970, 1, 1, tzinfo=ZoneInfo("Europe/Amsterdam")).utcoffset(), datetime(1850, 6, 1, tzinfo=ZoneInfo("Asia/Tokyo")))
print(datetime(2038, 7, 1, tzinfo=london).tzname(), datetime(2100, 1, 1, tzinfo=ZoneInfo("Australia/Sydney")).tzname())
print(datetime.fromtimestamp(1700000000, tz=zones["Tokyo"]), datetime.fromtimestamp(0, ZoneInfo("America/Los_Angeles")))
print(datetime(2024, 6, 1, 12, tzinfo=zones["Kolkata"]).timestamp(), datetime(2024, 6, 1, 12, tzinfo=zones["Kolkata"]) == datetime(2024, 6, 1, 6, 30, tzinfo=timezone.utc))
for bad in ["Mars/Olympus", "", "/etc/passwd", "Europe/../etc"]:
    try:
        ZoneInfo(bad)
    except (ZoneInfoNotFoundError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(ZoneInfoNotFoundError, KeyError), "America/Chicago" in available_timezones(), len(zoneinfo.TZPATH) > 0)
z = ZoneInfo.no_cache("Europe/Berlin")
print(z is not ZoneInfo("Europe/Berlin"), z == ZoneInfo("Europe/Berlin"), str(z))
ZoneInfo.clear_cache()
print(repr(ZoneInfo("Europe/Berlin")))
