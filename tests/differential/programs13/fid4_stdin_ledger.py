# Reads a ledger from stdin with input() until EOF, with a prompt, and reports balances.
import sys
balances = {}
errors = []
first = input("header> ")
print()
print("header was:", first.split(","))
lineno = 1
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", lineno, "lines")
        break
    lineno += 1
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        who, amount = line.split(",")
        amt = float(amount)
    except ValueError as e:
        errors.append((lineno, str(e)))
        continue
    balances[who.strip()] = balances.get(who.strip(), 0.0) + amt
for who, bal in sorted(balances.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{who:<8}{bal:>10.2f}")
for ln, msg in errors:
    print(f"line {ln}: {msg}")
print(repr(sys.stdin.read()), sys.stdin.readline() == "")
try:
    input("again? ")
except EOFError as e:
    print("\nEOFError:", repr(e), e.args)
