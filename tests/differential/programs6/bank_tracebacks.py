import sys
import traceback


class BankError(Exception):
    """Base class for bank errors."""


class AccountNotFound(BankError, KeyError):
    pass


class Overdraft(BankError):
    def __init__(self, acct, amount, balance):
        self.acct, self.amount, self.balance = acct, amount, balance
        super().__init__(acct, amount)

    def __str__(self):
        return f"account {self.acct} cannot withdraw {self.amount} (balance {self.balance})"


class FrozenAccount(BankError):
    pass


class Bank:
    def __init__(self):
        self.accounts = {}
        self.frozen = set()
        self.log = []

    def open(self, name, deposit=0):
        self.accounts[name] = deposit
        self.log.append(("open", name, deposit))

    def _get(self, name):
        try:
            return self.accounts[name]
        except KeyError:
            raise AccountNotFound(name) from None

    def withdraw(self, name, amount):
        bal = self._get(name)
        if name in self.frozen:
            raise FrozenAccount(f"{name} is frozen")
        if amount > bal:
            raise Overdraft(name, amount, bal)
        self.accounts[name] = bal - amount
        self.log.append(("withdraw", name, amount))

    def transfer(self, src, dst, amount):
        try:
            self.withdraw(src, amount)
            self.accounts[dst] = self._get(dst) + amount
        except BankError as exc:
            raise RuntimeError(f"transfer {src}->{dst} failed") from exc


bank = Bank()
bank.open("alice", 100)
bank.open("bob", 50)
bank.frozen.add("bob")

ops = [("withdraw", "alice", 30), ("withdraw", "carol", 5), ("withdraw", "alice", 500),
       ("withdraw", "bob", 1), ("transfer", "alice", "dave", 10)]
for op, *args in ops:
    try:
        getattr(bank, op)(*args)
        print("ok", op, args)
    except AccountNotFound as e:
        print("missing:", e, repr(e), e.args, isinstance(e, KeyError))
    except Overdraft as e:
        print("overdraft:", e, "|", repr(e), e.args)
    except BankError as e:
        print(type(e).__name__, e)
    except RuntimeError as e:
        print("runtime:", e, "cause:", repr(e.__cause__), e.__suppress_context__)
        lines = traceback.format_exception(type(e), e, e.__traceback__)
        text = "".join(lines)
        print(text.count("Traceback"), "tracebacks;", "direct cause" in text)
        for line in text.splitlines():
            if line.startswith("  File"):
                print("   ", line.split(",")[1].strip(), line.split(",")[2].strip())
            elif not line.startswith("    "):
                print("   ", line)

print(bank.accounts, bank.log[-1])
print(traceback.format_exception_only(Overdraft("x", 1, 0)))
try:
    try:
        bank.withdraw("nobody", 1)
    except BankError:
        bank.withdraw("alice", 10**6)
except Overdraft as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)
    # The script's path depends on the checkout: print it without its folder.
    text = "".join(traceback.format_exception(e))
    print(text.replace(__file__, "bank_tracebacks.py"), end="")


def audit(b):
    total = sum(b.accounts.values())
    if total < 0:
        raise AssertionError(f"total {total}")
    return total


print("audit", audit(bank))
bank.accounts["alice"] -= 1
sys.stderr.write("about to fail\n")
bank.transfer("bob", "alice", 5)
