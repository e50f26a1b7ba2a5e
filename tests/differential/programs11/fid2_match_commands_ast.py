from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Call:
    fn: str
    args: list


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)) if op in "+-*":
            return Num({"+": a + b, "-": a - b, "*": a * b}[op])
        case BinOp(op, l, r):
            l2, r2 = simplify(l), simplify(r)
            if (l2, r2) != (l, r):
                return simplify(BinOp(op, l2, r2))
            return node
        case Call(fn, [arg]) if fn == "neg":
            inner = simplify(arg)
            match inner:
                case Num(value=v):
                    return Num(-v)
                case _:
                    return Call(fn, [inner])
        case Call(fn, args):
            return Call(fn, [simplify(a) for a in args])
        case _:
            return node


def show(node):
    match node:
        case Num(value=int(v) | float(v)) if v == int(v):
            return str(int(v))
        case Num(value=v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(fn, args):
            return f"{fn}({', '.join(map(show, args))})"


exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("-", Num(10), BinOp("*", Num(0), Var("z"))),
    Call("neg", [BinOp("+", Num(1.5), Num(2))]),
    Call("max", [Var("a"), BinOp("*", Num(2), Num(4)), Num(0.5)]),
]
for e in exprs:
    print(f"{show(e):<28} => {show(simplify(e))}")


def command(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"move {d}"
        case ["go", *rest]:
            return f"unknown direction {' '.join(rest)!r}"
        case ["take", item, *more] if more:
            return f"take {item} and {len(more)} more"
        case ["take", item]:
            return f"take {item}"
        case ["say", *words]:
            return "say " + " ".join(words).upper()
        case [cmd]:
            return f"bare {cmd}"
        case [cmd, *_]:
            return f"?? {cmd}"


for ln in ["", "go north", "go up there", "take lamp", "take a b c", "say hi you", "look", "dance now"]:
    print(f"{ln!r:16} -> {command(ln)}")


def config(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str() as k} if len(k) == 1:
            return f"key {k}"
        case {"type": t}:
            return f"other {t}"
        case [int() | float() as a, *_] if a > 0:
            return f"positive seq head {a}"
        case str() | bytes():
            return "text"
        case None:
            return "none"
        case _:
            return "???"


for ev in [{"type": "click", "pos": (1, 2), "btn": 1, "mod": None}, {"type": "key", "key": "q"},
           {"type": "key", "key": "esc"}, [3.5, 1], [0, 1], "s", b"b", None, 42, {"pos": 1}]:
    print(config(ev))
