# A failing assert with a message, after passing ones and a handled failure.
def check_sorted(xs):
    assert xs == sorted(xs), f"not sorted: {xs}"
    return "sorted"
print(check_sorted([1, 2, 3]))
try:
    check_sorted([3, 1])
except AssertionError as e:
    print("handled:", e)
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"overdraft: {amount} > {balance}"
    return balance - amount
b = 100
try:
    withdraw(b, -5)
except AssertionError as e:
    print("handled:", e)
assert b == 100
assert isinstance(b, int) and b > 0, "never shown"
for amt in [30, 50, 40]:
    print("withdrawing", amt)
    b = withdraw(b, amt)
    print("balance", b)
print("never reached")
