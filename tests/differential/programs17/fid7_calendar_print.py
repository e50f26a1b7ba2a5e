# A date-free calendar printer: day-of-week by Zeller's congruence, leap years, month grids,
# a year overview in three columns, day-of-year and weekday counts, all by hand.
MONTHS = "January February March April May June July August September October November December".split()
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    """0 = Monday ... 6 = Sunday."""
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_lines(y, m):
    title = f"{MONTHS[m - 1]} {y}"
    lines = [title.center(20).rstrip(), " ".join(DAYS)]
    row = ["  "] * weekday(y, m, 1)
    for d in range(1, days_in(y, m) + 1):
        row.append(f"{d:2}")
        if len(row) == 7:
            lines.append(" ".join(row))
            row = []
    if row:
        lines.append(" ".join(row))
    return lines


for line in month_lines(2024, 2):
    print(line)
print()
for line in month_lines(1999, 12):
    print(repr(line))


def year_view(y, cols=3):
    out = [str(y).center(cols * 22).rstrip(), ""]
    for start in range(1, 13, cols):
        blocks = [month_lines(y, m) for m in range(start, start + cols)]
        height = max(map(len, blocks))
        for i in range(height):
            out.append("  ".join((b[i] if i < len(b) else "").ljust(20) for b in blocks).rstrip())
        out.append("")
    return out


print("\n".join(year_view(2023)[:12]))


def day_of_year(y, m, d):
    return sum(days_in(y, k) for k in range(1, m)) + d


def from_day_of_year(y, n):
    m = 1
    while n > days_in(y, m):
        n -= days_in(y, m)
        m += 1
    return m, n


print([day_of_year(2024, m, d) for m, d in [(1, 1), (2, 29), (3, 1), (12, 31)]], day_of_year(2023, 12, 31))
print(all(from_day_of_year(2024, day_of_year(2024, m, d)) == (m, d) for m in range(1, 13) for d in range(1, days_in(2024, m) + 1)))
known = {(2000, 1, 1): 5, (1970, 1, 1): 3, (2024, 7, 4): 3, (1900, 3, 1): 3, (2038, 1, 19): 1, (1600, 2, 29): 1}
print({k: (weekday(*k), v) for k, v in known.items() if weekday(*k) != v})
fri13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fri13), fri13[:5])
counts = [0] * 7
for m in range(1, 13):
    for d in range(1, days_in(2024, m) + 1):
        counts[weekday(2024, m, d)] += 1
print(dict(zip(DAYS, counts)), sum(counts))
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100), sum(map(is_leap, range(1, 2001))))
first_sundays = [MONTHS[m - 1][:3] for m in range(1, 13) if weekday(2025, m, 1) == 6]
print(first_sundays)
span = sum(366 if is_leap(y) else 365 for y in range(1970, 2024))
print(span, span // 7, span % 7, f"{span / 365.2425:.4f} years")
