import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 1, 1), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6])
print(list(calendar.month_name)[:3], len(calendar.day_name))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 1))
print(calendar.month(2023, 2, w=3, l=1))
print(calendar.weekheader(3))
print(calendar.calendar(2024))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 7))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(calendar.timegm((2024, 1, 1, 12, 0, 0)))
print(calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("error:", e)
print(list(calendar.Calendar().itermonthdates(2024, 2))[0])
