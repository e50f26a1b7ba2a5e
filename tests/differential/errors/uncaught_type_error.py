# Unsupported operand types.
items = [("apples", 3), ("pears", "4")]
total = 0
for name, count in items:
    print("adding", name)
    total = total + count
print(total)
