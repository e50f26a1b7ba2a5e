# Printing month calendars with a hand-written day-of-week computation.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    """0 = Monday ... 6 = Sunday (Zeller's congruence, adjusted)."""
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def month_lines(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:>2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines
for y, m in [(2024, 2), (2000, 1), (1999, 12)]:
    print("\n".join(month_lines(y, m)))
    print()
names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, names[weekday(*date)])
def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
print(day_of_year(2024, 12, 31), day_of_year(2023, 12, 31), day_of_year(2024, 3, 1))
thirteenths = sum(1 for y in range(1901, 2001) for m in range(1, 13) if weekday(y, m, 13) == 4)
print("Friday the 13ths in the 20th century:", thirteenths)
print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(2100))
side = [month_lines(2024, m) for m in (1, 2, 3)]
height = max(map(len, side))
for row in range(height):
    print("   ".join((col[row] if row < len(col) else "").ljust(20) for col in side).rstrip())
