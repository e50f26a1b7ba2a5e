"""Form letters: string.Template, format_map, textwrap, str alignment and padding."""
from string import Template, Formatter
import textwrap
from collections import defaultdict

customers = [
    {"first": "Ada", "last": "Lovelace", "balance": 1234.5, "due": "2024-06-30", "items": ["engine", "cards"]},
    {"first": "Alan", "last": "Turing", "balance": -20.0, "due": "2024-07-15", "items": []},
    {"first": "Grace", "last": "Hopper", "balance": 0, "due": "2024-08-01", "items": ["compiler", "bug", "nanosecond"]},
]

letter = Template("""Dear $first $last,

Your balance of $$${balance} is due on ${due}. $note
Regards, $$ender""")

for c in customers:
    note = "Thank you!" if c["balance"] <= 0 else "Please pay promptly."
    text = letter.safe_substitute(c, balance=f"{c['balance']:,.2f}", note=note)
    print(text)
    print("-" * 30)

try:
    Template("Hi $name, $missing").substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b ${a}c $$").substitute(a=1, b="2"), Template("x").template)


class Fallback(defaultdict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{first} owes {amount} for {thing}".format_map(Fallback(None, first="Ada", amount=3)))
print(list(Formatter().parse("Hi {name!r:>10} and {0} {{literal}}")))

invoice_lines = [("Widget", 3, 4.25), ("Gadget with a very long name indeed", 1, 129.99), ("Nut", 250, 0.02)]
width = 44
print("+" + "-" * (width - 2) + "+")
print("|" + "INVOICE".center(width - 2) + "|")
print("+" + "=" * (width - 2) + "+")
total = 0
for name, qty, price in invoice_lines:
    amount = qty * price
    total += amount
    short = textwrap.shorten(name, width=18, placeholder="...")
    print(f"| {short:<18} {qty:>4} x {price:>7.2f} = {amount:>7.2f} |")
print("+" + "-" * (width - 2) + "+")
print(f"| {'TOTAL':<31}{total:>9.2f} |")
print(f"| {'VAT 21%':<31}{total * 0.21:>9.2f} |")
print("+" + "-" * (width - 2) + "+")

policy = ("Payment is due within thirty days of the invoice date. Late payments incur a fee of "
          "one and a half percent per month. Questions? Contact billing@example.com.")
print(textwrap.fill(policy, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(policy, width=25, max_lines=3, placeholder=" (more)"))
wrapper = textwrap.TextWrapper(width=30, break_long_words=False, expand_tabs=True)
print(wrapper.wrap("a\tb http://example.com/a/very/long/url/that/cannot/break ok"))
for c in customers:
    items = ", ".join(c["items"][:-1]) + (" and " if len(c["items"]) > 1 else "") + (c["items"][-1] if c["items"] else "nothing")
    print(f"{(c['first'] + ' ' + c['last']).ljust(16, '.')}{items}")
print("|".join(s.center(7) for s in ["a", "bb", "ccc", "dddd"]), "x".center(4, "*"), "ab".center(5, "-"))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^9}|{3.5:^8}|{-7:^5}|")
