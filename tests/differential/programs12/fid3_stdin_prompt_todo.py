import sys
import shlex

todos = []
HELP = "commands: add <text> [--pri N], done <n>, rm <n>, list, undo, help, quit"
history = []


def show():
    if not todos:
        print("  (empty)")
    for i, t in enumerate(sorted(todos, key=lambda t: (t["done"], -t["pri"], t["id"])), 1):
        mark = "x" if t["done"] else " "
        print(f"  {i:>2}. [{mark}] {t['text']:<24} p{t['pri']} #{t['id']}")


name = input("Your name: ").strip() or "anon"
print(f"Hi {name}! {HELP}")
next_id = 1
while True:
    try:
        line = input(f"{name}> ")
    except EOFError:
        print("\n(eof)")
        break
    try:
        parts = shlex.split(line)
    except ValueError as e:
        print(f"  parse error: {e}")
        continue
    if not parts:
        continue
    cmd, args = parts[0].lower(), parts[1:]
    if cmd == "quit":
        break
    elif cmd == "help":
        print(HELP)
    elif cmd == "add":
        pri = 1
        if "--pri" in args:
            k = args.index("--pri")
            try:
                pri = int(args[k + 1])
            except (IndexError, ValueError):
                print("  --pri needs a number")
                continue
            del args[k:k + 2]
        text = " ".join(args)
        todos.append({"id": next_id, "text": text, "pri": pri, "done": False})
        history.append(("add", next_id))
        print(f"  added #{next_id}: {text!r}")
        next_id += 1
    elif cmd in ("done", "rm"):
        ordered = sorted(todos, key=lambda t: (t["done"], -t["pri"], t["id"]))
        try:
            t = ordered[int(args[0]) - 1]
        except (IndexError, ValueError):
            print(f"  no such item: {' '.join(args) or '(none)'}")
            continue
        if cmd == "done":
            t["done"] = True
            history.append(("done", t["id"]))
        else:
            todos.remove(t)
            history.append(("rm", t))
        print(f"  {cmd} #{t['id']}")
    elif cmd == "list":
        show()
    elif cmd == "undo":
        if not history:
            print("  nothing to undo")
            continue
        kind, what = history.pop()
        if kind == "add":
            todos[:] = [t for t in todos if t["id"] != what]
        elif kind == "done":
            next(t for t in todos if t["id"] == what)["done"] = False
        else:
            todos.append(what)
        print(f"  undid {kind}")
    else:
        print(f"  unknown command {cmd!r}; try help")
show()
print(f"{sum(t['done'] for t in todos)}/{len(todos)} done", file=sys.stdout)
