import math
import operator as op


class LispError(Exception):
    pass


Symbol = str


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read_from(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens[0] != ")":
            out.append(read_from(tokens))
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    return atom(tok)


def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__()
        self.update(zip(params, args))
        self.outer = outer

    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise LispError(f"unbound symbol: {var}")
        return self.outer.find(var)


def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({
        "+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv,
        ">": op.gt, "<": op.lt, ">=": op.ge, "<=": op.le, "=": op.eq,
        "abs": abs, "append": op.add, "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda x, y: [x] + y, "list": lambda *x: list(x), "list?": lambda x: isinstance(x, list),
        "null?": lambda x: x == [], "length": len, "max": max, "min": min, "not": op.not_,
    })
    return env


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


GLOBAL = standard_env()


def evaluate(x, env=GLOBAL):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    head, *rest = x
    if head == "quote":
        return rest[0]
    if head == "if":
        test, conseq, alt = rest
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        name, expr = rest
        env[name] = evaluate(expr, env)
        return None
    if head == "set!":
        name, expr = rest
        env.find(name)[name] = evaluate(expr, env)
        return None
    if head == "lambda":
        params, body = rest
        return Procedure(params, body, env)
    proc = evaluate(head, env)
    args = [evaluate(a, env) for a in rest]
    return proc(*args)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


PROGRAM = [
    "(define r 10)",
    "(* pi (* r r))",
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 10)",
    "(fact 30)",
    "(define count (lambda (item L) (if (null? L) 0 (+ (if (= item (car L)) 1 0) (count item (cdr L))))))",
    "(count 0 (list 0 1 2 3 0 0))",
    "(define twice (lambda (f) (lambda (x) (f (f x)))))",
    "((twice (lambda (x) (* x x))) 3)",
    "(list 1 2.5 (quote sym) (list? (list)))",
    "(/ 7 2)", "(// 7 2)", "(sqrt 2)", "(max 3 9 4)",
    "fact",
    "(undefined-thing 1)",
    "(fact 1 2)",
    "(car (quote ()))",
    ")",
]

for line in PROGRAM:
    try:
        val = evaluate(read_from(tokenize(line)))
        if val is not None:
            print(line, "=>", to_str(val))
    except LispError as e:
        print(line, "!! LispError:", e)
    except Exception as e:
        print(line, "!!", type(e).__name__ + ":", e)

evaluate(read_from(tokenize("(/ 1 0)")))
