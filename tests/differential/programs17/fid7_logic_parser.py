# A tokenizer + recursive descent parser + evaluator for boolean logic with error messages that
# point at the column, truth tables, equivalence checks, and normal forms by brute force.
import itertools
import re

TOKEN = re.compile(r"\s*(?:(?P<name>[A-Za-z_]\w*)|(?P<op>->|<->|[&|!^()])|(?P<bad>\S))")


class ParseError(Exception):
    def __init__(self, msg, text, pos):
        super().__init__(f"{msg} at column {pos + 1}\n  {text}\n  {' ' * pos}^")
        self.pos = pos


def tokenize(text):
    pos, out = 0, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        if m.group("bad"):
            raise ParseError(f"unexpected character {m.group('bad')!r}", text, m.start("bad"))
        kind = "name" if m.group("name") else "op"
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("end", "", len(text)))
    return out


class Parser:
    # expr := iff ; iff := imp ('<->' imp)* ; imp := or ('->' imp)? ; or := xor ('|' xor)* ; xor := and ('^' and)* ; and := not ('&' not)*
    def __init__(self, text):
        self.text, self.toks, self.i = text, tokenize(text), 0

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t[1] != value:
            what = "end of input" if t[0] == "end" else repr(t[1])
            raise ParseError(f"expected {value!r}, found {what}", self.text, t[2])
        self.i += 1
        return t

    def parse(self):
        e = self.iff()
        t = self.peek()
        if t[0] != "end":
            raise ParseError(f"unexpected {t[1]!r}", self.text, t[2])
        return e

    def binary(self, sub, op, tag):
        left = sub()
        while self.peek()[1] == op:
            self.take()
            left = (tag, left, sub())
        return left

    def iff(self):
        return self.binary(self.imp, "<->", "iff")

    def imp(self):
        left = self.or_()
        if self.peek()[1] == "->":
            self.take()
            return ("imp", left, self.imp())
        return left

    def or_(self):
        return self.binary(self.xor, "|", "or")

    def xor(self):
        return self.binary(self.and_, "^", "xor")

    def and_(self):
        return self.binary(self.not_, "&", "and")

    def not_(self):
        t = self.peek()
        if t[1] == "!":
            self.take()
            return ("not", self.not_())
        if t[1] == "(":
            self.take()
            e = self.iff()
            self.take(")")
            return e
        if t[0] == "name":
            self.take()
            if t[1] in ("true", "false"):
                return ("const", t[1] == "true")
            return ("var", t[1])
        what = "end of input" if t[0] == "end" else repr(t[1])
        raise ParseError(f"expected an operand, found {what}", self.text, t[2])


def ev(e, env):
    match e:
        case ("const", v):
            return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"unbound variable {name!r}") from None
        case ("not", x):
            return not ev(x, env)
        case ("and", a, b):
            return ev(a, env) and ev(b, env)
        case ("or", a, b):
            return ev(a, env) or ev(b, env)
        case ("xor", a, b):
            return ev(a, env) != ev(b, env)
        case ("imp", a, b):
            return (not ev(a, env)) or ev(b, env)
        case ("iff", a, b):
            return ev(a, env) == ev(b, env)
    raise TypeError(f"bad node {e!r}")


def variables(e):
    if e[0] == "var":
        return {e[1]}
    return set().union(*(variables(x) for x in e[1:] if isinstance(x, tuple)))


def show(e):
    match e:
        case ("var", n):
            return n
        case ("const", v):
            return str(v).lower()
        case ("not", x):
            return "!" + show(x)
        case (op, a, b):
            sym = {"and": "&", "or": "|", "xor": "^", "imp": "->", "iff": "<->"}[op]
            return f"({show(a)} {sym} {show(b)})"


def table(text):
    e = Parser(text).parse()
    vs = sorted(variables(e))
    print(show(e))
    print(" ".join(vs), "|", "out")
    rows = []
    for bits in itertools.product([False, True], repeat=len(vs)):
        env = dict(zip(vs, bits))
        r = ev(e, env)
        rows.append((bits, r))
        print(" ".join("T" if b else "F" for b in bits), "|", "T" if r else "F")
    return vs, rows


vs, rows = table("a & !b | c")
table("p -> q -> r")
table("x ^ y <-> !(x <-> y)")
minterms = [" & ".join(v if b else "!" + v for v, b in zip(vs, bits)) for bits, r in rows if r]
print("DNF:", " | ".join(f"({m})" for m in minterms))


def equivalent(s1, s2):
    e1, e2 = Parser(s1).parse(), Parser(s2).parse()
    vs = sorted(variables(e1) | variables(e2))
    for bits in itertools.product([False, True], repeat=len(vs)):
        env = dict(zip(vs, bits))
        if ev(e1, env) != ev(e2, env):
            return False, env
    return True, None


for a, b in [("!(a & b)", "!a | !b"), ("a -> b", "!b -> !a"), ("a -> b", "b -> a"), ("a ^ b ^ c", "a <-> b <-> c"), ("true | x", "x | !x")]:
    print(f"{a:>12} == {b:<14}", equivalent(a, b))
for bad in ["a & ", "(a | b", "a b", "a $ b", "!", "a & (b | )", "a -> -> b", ""]:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print(f"error: {e}")
try:
    ev(Parser("a & zz").parse(), {"a": True})
except NameError as e:
    print("NameError:", e, e.__suppress_context__)
print(tokenize("a<->b->!c")[:-1], show(Parser("((a))&true").parse()), ev(Parser("false -> anything").parse(), {}))
