"""A tiny Lisp: tokenizer, reader, environments with closures, and a REPL transcript."""
import math
import operator as op


class Symbol(str):
    pass


class LispError(Exception):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda *a: math.prod(a), "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq,
        "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:],
        "cons": lambda a, l: [a] + l, "null?": lambda l: l == [], "len": len,
        "sqrt": math.sqrt, "abs": abs, "max": max, "min": min,
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


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head, *args = x
        if head == "quote":
            return args[0]
        if head == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) not in (False, [], 0) else alt
            continue
        if head == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            return Procedure(args[0], args[1], env)
        if head == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if not callable(proc):
            raise LispError(f"not a procedure: {proc!r}")
        return proc(*vals)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


env = standard_env()
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 30)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define make-adder (lambda (k) (lambda (x) (+ x k))))
(define add5 (make-adder 5))
(add5 37)
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map add5 '(1 2 3))
(map (lambda (x) (* x x)) (list 1 2 3 4))
(begin (define r 10) (* 3.14159 (* r r)))
(/ 7 2)
(sqrt 2)
(< 1 2)
'(a (b c) d)
(len (list 1 2 3))
add5
(undefined-thing 1)
(1 2 3)
(fact)
(+ 1 2
)
"""
for line in program.strip().splitlines():
    try:
        tokens = tokenize(line)
        result = evaluate(read(tokens), env)
        if result is not None:
            print(f"{line[:40]:<42}=> {to_str(result)}")
    except LispError as e:
        print(f"{line[:40]:<42}!! {e}")
    except TypeError as e:
        print(f"{line[:40]:<42}!! TypeError")
print(sorted(k for k in env if isinstance(env[k], Procedure)), isinstance(Symbol("x"), str), Symbol("ab") == "ab")
