"""A tiny expression tokenizer and evaluator: str methods, exceptions, recursion."""
import operator

OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv),
       "%": (2, operator.mod), "^": (3, operator.pow)}


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            if num.count(".") > 1:
                raise ParseError(f"bad number {num!r}", i)
            tokens.append(("num", float(num) if "." in num else int(num), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j], i))
            i = j
        elif ch in OPS or ch in "()":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r}", i)
    return tokens


def evaluate(text, env=None):
    env = env or {}
    tokens = tokenize(text)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else ("end", None, len(text))

    def advance():
        nonlocal pos
        tok = peek()
        pos += 1
        return tok

    def atom():
        kind, val, at = advance()
        if kind == "num":
            return val
        if kind == "name":
            if val not in env:
                raise NameError(f"unknown variable {val!r}")
            return env[val]
        if val == "(":
            v = expr(0)
            if advance()[1] != ")":
                raise ParseError("expected ')'", at)
            return v
        if val == "-":
            return -atom()
        raise ParseError(f"unexpected {val!r}", at)

    def expr(min_prec):
        left = atom()
        while True:
            kind, val, at = peek()
            if kind != "op" or val not in OPS or OPS[val][0] < min_prec:
                return left
            prec, fn = OPS[val]
            advance()
            right = expr(prec + (0 if val == "^" else 1))
            left = fn(left, right)

    result = expr(0)
    if pos != len(tokens):
        raise ParseError("trailing input", peek()[2])
    return result


cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "10 % 4 - -3", "x * (y + 1.5)", "7 / 0", "2 ^ 0.5",
         "1 +", "3 $ 4", "1..2", "(1 + 2", "z + 1", "1 2", "100000 ^ 5", "-(-2) * -3"]
for c in cases:
    try:
        print(f"{c!r:>16} = {evaluate(c, {'x': 2, 'y': 3})!r}")
    except ParseError as e:
        print(f"{c!r:>16} ! ParseError: {e} (pos={e.pos})")
    except (NameError, ZeroDivisionError) as e:
        print(f"{c!r:>16} ! {type(e).__name__}: {e}")

print(tokenize("a1 + 22*b_c"))
text = "  Mixed CASE text, with punctuation!  "
print(text.strip().lower().replace(",", "").split(), text.count("t"), text.strip().title(), text.strip().swapcase())
print("|".join(w.capitalize() for w in text.split()), text.find("CASE"), text.rindex("t"), text.startswith(("  M", "x")))
csv_line = 'name="Ann Lee"; age=31; city="New York"'
fields = dict(part.strip().split("=", 1) for part in csv_line.split(";"))
print({k: v.strip('"') for k, v in fields.items()})
print("%-10s|%10s|" % ("left", "right"), "{:=^20}".format(" mid "), "x".join(["a", "b", "c"]), "abc" * 0 == "")
