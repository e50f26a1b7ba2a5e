# An assert with a computed message failing inside a method called from a generator expression.
class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance

    def check(self):
        assert self.balance >= 0, f"{self.name} is overdrawn by {-self.balance:.2f}"
        return True


accounts = [Account("a", 10), Account("b", 0), Account("c", -12.5)]
try:
    assert len(accounts) > 5
except AssertionError as e:
    print("empty assert:", repr(e), e.args)
print(all(a.check() for a in accounts[:2]))
print(all(a.check() for a in accounts))
