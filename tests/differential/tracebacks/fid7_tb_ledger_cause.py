# An uncaught custom exception with a custom __str__, raised from a chain of method calls with an
# explicit cause (raise ... from ...) whose own traceback runs through a property.
class LedgerError(Exception):
    def __init__(self, account, reason):
        super().__init__(account, reason)
        self.account = account

    def __str__(self):
        return f"account {self.account!r}: {self.args[1]}"


class Ledger:
    def __init__(self):
        self.rows = {"alice": [10, -3], "bob": []}

    @property
    def totals(self):
        return {k: sum(v) / len(v) for k, v in self.rows.items()}

    def average(self, who):
        try:
            return self.totals[who]
        except ZeroDivisionError as e:
            raise LedgerError(who, "no entries to average") from e


def report(ledger, names):
    for n in names:
        print(n, ledger.average(n))


report(Ledger(), ["alice", "bob"])
