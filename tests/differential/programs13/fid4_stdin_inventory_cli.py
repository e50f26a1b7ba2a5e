# An interactive inventory shell driven by input() prompts, reading until 'quit' or EOF.
stock = {}
history = []
def show():
    if not stock:
        print("  (empty)")
    for name in sorted(stock):
        print(f"  {name:<10}{stock[name]:>5}")
while True:
    try:
        raw = input("inv> ")
    except EOFError:
        print("\n[eof]")
        break
    parts = raw.split()
    if not parts:
        continue
    cmd, *args = parts
    history.append(cmd)
    try:
        if cmd == "add":
            name, qty = args[0], int(args[1])
            stock[name] = stock.get(name, 0) + qty
            print(f"added {qty} {name}")
        elif cmd == "take":
            name, qty = args
            qty = int(qty)
            if stock.get(name, 0) < qty:
                raise ValueError(f"only {stock.get(name, 0)} {name} left")
            stock[name] -= qty
            if stock[name] == 0:
                del stock[name]
        elif cmd == "show":
            show()
        elif cmd == "quit":
            print("bye")
            break
        else:
            print(f"unknown command {cmd!r}")
    except (ValueError, IndexError) as e:
        print(f"error: {type(e).__name__}: {e}")
print("history:", " ".join(history))
print("remaining input:", repr(input("left? ")) if history[-1:] == ["quit"] else "n/a")
