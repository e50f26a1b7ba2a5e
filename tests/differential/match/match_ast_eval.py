# Evaluating a tiny expression tree with nested class and sequence patterns.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand
def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l) / evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case _:
            raise TypeError(f"not a node: {node!r}")
def show(node):
    match node:
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
trees = [
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    Neg(Neg(Num(5))),
    BinOp("*", Num(0), BinOp("/", Num(1), Num(0))),
    BinOp("/", Num(7), Num(2)),
    BinOp("/", Num(1), Num(0)),
    BinOp("%", Num(1), Num(2)),
    Neg(BinOp("+", Num(1.5), Num(2))),
]
for t in trees:
    try:
        print(show(t), "=", evaluate(t))
    except (ZeroDivisionError, ValueError) as e:
        print(show(t), "->", type(e).__name__, e)
try:
    evaluate("oops")
except TypeError as e:
    print("TypeError", e)
