# Expression simplifier using match statements on dataclasses; derivatives and printing.
from __future__ import annotations
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Num:
    value: float

    def __str__(self):
        v = self.value
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


@dataclass(frozen=True)
class Var:
    name: str

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class Bin:
    op: str
    left: "Expr"
    right: "Expr"

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


@dataclass(frozen=True)
class Call:
    fn: str
    arg: "Expr"

    def __str__(self):
        return f"{self.fn}({self.arg})"


Expr = Union[Num, Var, Bin, Call]


def simplify(e):
    match e:
        case Bin(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case (_, Num(a), Num(b)):
                    return Num({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"),
                                "^": a ** b}[op])
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("-", x, Num(0)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("*", Num(1), x) | ("*", x, Num(1)) | ("/", x, Num(1)) | ("^", x, Num(1)):
                    return x
                case ("^", _, Num(0)):
                    return Num(1)
                case ("-", a, b) if a == b:
                    return Num(0)
                case ("/", a, b) if a == b:
                    return Num(1)
                case ("+", a, b) if a == b:
                    return simplify(Bin("*", Num(2), a))
                case ("*", Num(a), Bin("*", Num(b), x)):
                    return simplify(Bin("*", Num(a * b), x))
                case _:
                    return Bin(op, l, r)
        case Call("ln", Call("exp", x)) | Call("exp", Call("ln", x)):
            return simplify(x)
        case Call(fn, arg):
            return Call(fn, simplify(arg))
        case Num() | Var():
            return e
        case other:
            raise TypeError(f"not an expression: {other!r}")


def deriv(e, v):
    match e:
        case Num():
            return Num(0)
        case Var(name=n):
            return Num(1 if n == v else 0)
        case Bin("+" | "-" as op, l, r):
            return Bin(op, deriv(l, v), deriv(r, v))
        case Bin("*", l, r):
            return Bin("+", Bin("*", deriv(l, v), r), Bin("*", l, deriv(r, v)))
        case Bin("/", l, r):
            return Bin("/", Bin("-", Bin("*", deriv(l, v), r), Bin("*", l, deriv(r, v))), Bin("^", r, Num(2)))
        case Bin("^", base, Num(n)):
            return Bin("*", Bin("*", Num(n), Bin("^", base, Num(n - 1))), deriv(base, v))
        case Call("sin", a):
            return Bin("*", Call("cos", a), deriv(a, v))
        case Call("exp", a):
            return Bin("*", e, deriv(a, v))
        case Call("ln", a):
            return Bin("/", deriv(a, v), a)
    raise ValueError(f"cannot differentiate {e}")


def parse(tokens):
    def expr(i):
        left, i = term(i)
        while i < len(tokens) and tokens[i] in "+-":
            op = tokens[i]
            right, i = term(i + 1)
            left = Bin(op, left, right)
        return left, i

    def term(i):
        left, i = power(i)
        while i < len(tokens) and tokens[i] in "*/":
            op = tokens[i]
            right, i = power(i + 1)
            left = Bin(op, left, right)
        return left, i

    def power(i):
        base, i = atom(i)
        if i < len(tokens) and tokens[i] == "^":
            exp, i = power(i + 1)
            return Bin("^", base, exp), i
        return base, i

    def atom(i):
        t = tokens[i]
        if t == "(":
            e, i = expr(i + 1)
            return e, i + 1
        if t.isalpha() and i + 1 < len(tokens) and tokens[i + 1] == "(":
            e, j = expr(i + 2)
            return Call(t, e), j + 1
        if t.replace(".", "", 1).isdigit():
            return Num(float(t)), i + 1
        return Var(t), i + 1

    return expr(0)[0]


def tokenize(s):
    out, num = [], ""
    for ch in s.replace(" ", ""):
        if ch.isalnum() or ch == ".":
            num += ch
        else:
            if num:
                out.append(num)
                num = ""
            out.append(ch)
    return out + ([num] if num else [])


for src in ["x + 0", "2 * 3 + x * 1", "x - x + y / y", "x ^ 3 + 2 * x", "ln(exp(x * 1))",
            "sin(x ^ 2)", "(x + 1) / x", "exp(2 * x) + x + x", "2 * (3 * z)", "1 / 0 + 0 ^ 0"]:
    e = parse(tokenize(src))
    s = simplify(e)
    print(f"{src:<18} => {s!s:<28}", end=" ")
    try:
        print("d/dx =", simplify(deriv(s, "x")))
    except ValueError as err:
        print("error:", err)
print(repr(parse(tokenize("a*b+1"))))
print(Num(2.0) == Num(2), hash(Var("x")) == hash(Var("x")), Bin.__match_args__)
try:
    simplify("oops")
except TypeError as e:
    print(e)
