from fractions import Fraction
import re

RECIPE = """\
Pancakes (serves 4)
1 1/2 cups flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cups milk
1 egg
3 tbsp butter, melted
"""

QTY = re.compile(r"^(?P<whole>\d+)?\s*(?:(?P<num>\d+)/(?P<den>\d+))?\s*(?P<rest>.*)$")


def parse_qty(line):
    m = QTY.match(line)
    q = Fraction(0)
    if m.group("whole"):
        q += int(m.group("whole"))
    if m.group("num"):
        q += Fraction(int(m.group("num")), int(m.group("den")))
    return q, m.group("rest")


def fmt(q: Fraction) -> str:
    whole, frac = divmod(q.numerator, q.denominator)
    parts = []
    if whole:
        parts.append(str(whole))
    if frac:
        parts.append(f"{frac}/{q.denominator}")
    return " ".join(parts) or "0"


lines = RECIPE.splitlines()
title = lines[0]
serves = int(re.search(r"serves (\d+)", title).group(1))
items = [parse_qty(l) for l in lines[1:]]
for target in (2, 6, 10):
    factor = Fraction(target, serves)
    print(f"== {title.split(' (')[0]} for {target} (x{factor})")
    for q, rest in items:
        print(f"  {fmt(q * factor):>7} {rest}")
total_cups = sum(q for q, rest in items if rest.startswith("cups"))
print("cups:", total_cups, float(total_cups), fmt(total_cups))
print(sorted(items, key=lambda t: t[0])[-1])
print(Fraction(7, 3).__round__(), round(Fraction(5, 2)), Fraction(1, 3) ** 2, Fraction(2) ** -2, abs(Fraction(-3, 4)))
