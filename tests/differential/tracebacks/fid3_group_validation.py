def check(order):
    problems = []
    if order["qty"] <= 0:
        problems.append(ValueError(f"qty must be positive, got {order['qty']}"))
    if order["sku"] not in {"A1", "B2"}:
        problems.append(KeyError(order["sku"]))
    if problems:
        raise ExceptionGroup(f"order {order['id']} rejected", problems)


orders = [{"id": 1, "qty": 2, "sku": "A1"}, {"id": 2, "qty": 0, "sku": "Z9"}]
for o in orders:
    check(o)
    print("accepted", o["id"])
