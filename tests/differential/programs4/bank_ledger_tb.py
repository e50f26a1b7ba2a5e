import traceback
import sys
from decimal import Decimal, InvalidOperation


class LedgerError(Exception):
    def __init__(self, msg, *, line=None):
        super().__init__(msg)
        self.line = line

    def __str__(self):
        base = super().__str__()
        return f"{base} (line {self.line})" if self.line is not None else base


class OverdraftError(LedgerError):
    pass


def parse_amount(text):
    try:
        return Decimal(text)
    except InvalidOperation:
        raise LedgerError(f"bad amount {text!r}") from None


def apply(balances, line_no, line):
    parts = line.split()
    if len(parts) != 3:
        raise LedgerError(f"expected 3 fields, got {len(parts)}", line=line_no)
    op, acct, amt = parts
    amount = parse_amount(amt)
    if op == "dep":
        balances[acct] = balances.get(acct, Decimal(0)) + amount
    elif op == "wd":
        bal = balances.get(acct, Decimal(0))
        if bal < amount:
            raise OverdraftError(f"{acct} would go to {bal - amount}", line=line_no)
        balances[acct] = bal - amount
    else:
        raise LedgerError(f"unknown op {op!r}", line=line_no)


LEDGER = """dep alice 100.00
dep bob 20
wd alice 30.50
wd bob 25
xfer alice bob 1
dep carol 1e2
wd carol abc
mul alice 2
dep bob 5.005"""

balances = {}
errors = []
for n, line in enumerate(LEDGER.splitlines(), 1):
    try:
        apply(balances, n, line)
    except OverdraftError as e:
        errors.append(("overdraft", str(e)))
    except LedgerError as e:
        errors.append((type(e).__name__, str(e), e.line, e.__cause__, e.__suppress_context__))
for acct in sorted(balances):
    print(f"{acct:<6}{balances[acct]:>10}")
for err in errors:
    print(err)
print(sum(balances.values()), max(balances, key=balances.get))

try:
    apply(balances, 99, "wd bob 1000")
except LedgerError:
    exc_type, exc, tb = sys.exc_info()
    print(exc_type.__name__, exc, tb is not None)
    lines = traceback.format_exception_only(exc_type, exc)
    print(lines)
    summary = traceback.extract_tb(tb)
    print([(fs.name, fs.lineno > 0) for fs in summary])


def risky(level):
    if level == 0:
        raise KeyError("deep")
    return risky(level - 1)


try:
    risky(3)
except KeyError as e:
    stack = traceback.extract_tb(e.__traceback__)
    print(len(stack), [f.name for f in stack], stack[-1].line)
e = ValueError("with note")
e.add_note("extra context")
print(traceback.format_exception_only(type(e), e))
print(repr(LedgerError("x", line=3)), str(LedgerError("y")), LedgerError("z").args)
apply(balances, 100, "wd carol 1000")
