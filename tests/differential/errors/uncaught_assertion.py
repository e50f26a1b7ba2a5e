# A failing assert with a message.
def withdraw(balance, amount):
    assert amount <= balance, f"overdraft: {amount} > {balance}"
    return balance - amount
b = 100
for amt in [30, 50, 40]:
    b = withdraw(b, amt)
    print("balance", b)
