import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC, "C"))
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"], conv["frac_digits"])
print(locale.format_string("%d items, %.2f total, %s", (1234567, 9876.543, "x"), grouping=True))
print(locale.format_string("%10.3f|%-5d|%%", (2.5, 7)))
print(locale.format_string("%(n)08.2f", {"n": 3.14159}))
print(locale.str(3.14159), locale.str(1e20), locale.atof("3.5"), locale.atoi("42"))
print(locale.delocalize("1234.5"), locale.localize("1234.5"))
try:
    locale.currency(3.5)
except ValueError as e:
    print("ValueError:", e)
try:
    locale.setlocale(locale.LC_ALL, "xx_YY")
except locale.Error as e:
    print("Error:", e)
print(sorted(["b", "a", "C"], key=locale.strxfrm), locale.strcoll("a", "b"), locale.strcoll("b", "a"))
print(locale.LC_ALL, locale.LC_NUMERIC, locale.CHAR_MAX)
