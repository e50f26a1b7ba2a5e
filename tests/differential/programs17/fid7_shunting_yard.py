# Infix to RPN with the shunting-yard algorithm (precedence, right-associative ^, unary minus,
# functions with several arguments), an RPN stack evaluator, and a tiny compiler to stack code.
import math

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (4, "R"), "neg": (3, "R")}
FUNCS = {"max": (2, max), "min": (2, min), "sqrt": (1, math.sqrt), "abs": (1, abs), "hyp": (2, math.hypot)}


def tokens(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            txt = s[i:j]
            out.append(float(txt) if "." in txt else int(txt))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            out.append(s[i:j])
            i = j
        elif c in "+-*/%^(),":
            out.append(c)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return out


def to_rpn(toks):
    out, stack, prev = [], [], None
    argc = []
    for t in toks:
        if isinstance(t, (int, float)) or (isinstance(t, str) and t.isalpha() and t not in FUNCS):
            out.append(t)
        elif t in FUNCS:
            stack.append(t)
        elif t == ",":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not argc:
                raise SyntaxError("comma outside a function call")
            argc[-1] += 1
        elif t == "(":
            if stack and stack[-1] in FUNCS:
                argc.append(1)
            stack.append("(")
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
            if stack and stack[-1] in FUNCS:
                f = stack.pop()
                n = argc.pop()
                if n != FUNCS[f][0]:
                    raise TypeError(f"{f}() takes {FUNCS[f][0]} arguments ({n} given)")
                out.append(f)
        else:
            op = t
            if t == "-" and (prev is None or prev in PREC or prev in ("(", ",")):
                op = "neg"
            p, assoc = PREC[op]
            while op != "neg" and stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(op)
            t = op
        prev = t
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("unbalanced '('")
        out.append(t)
    return out


def eval_rpn(rpn, env=None):
    env = env or {}
    st = []
    for t in rpn:
        if isinstance(t, (int, float)):
            st.append(t)
        elif t == "neg":
            st.append(-st.pop())
        elif t in PREC:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "^": a ** b if t == "^" else 0,
                       "/": a / b if t == "/" and b else math.inf, "%": a % b if t == "%" and b else math.nan}[t])
        elif t in FUNCS:
            n, f = FUNCS[t]
            args = st[-n:]
            del st[-n:]
            st.append(f(*args))
        else:
            st.append(env[t])
    if len(st) != 1:
        raise ValueError(f"malformed expression, stack={st}")
    return st[0]


def compile_rpn(rpn):
    code = []
    for t in rpn:
        if isinstance(t, (int, float)):
            code.append(f"PUSH {t!r}")
        elif t in PREC:
            code.append({"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "^": "POW", "neg": "NEG"}[t])
        elif t in FUNCS:
            code.append(f"CALL {t}/{FUNCS[t][0]}")
        else:
            code.append(f"LOAD {t}")
    return code


cases = ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "-2 ^ 2", "2 ^ -1", "(-2) ^ 2", "max(3, 7) * min(2, -1)", "sqrt(16) + abs(-3.5)",
         "hyp(3, 4) % 3", "10 / 4", "10 % 4 - -3", "2 * x + y", "1.5 * (2 - -x)", "7 / 0", "max(1, max(2, 3))"]
env = {"x": 5, "y": -1}
for c in cases:
    rpn = to_rpn(tokens(c))
    print(f"{c:<30} | {' '.join(map(str, rpn)):<36} | {eval_rpn(rpn, env)!r}")
print(compile_rpn(to_rpn(tokens("hyp(a, 2 * b) - -c ^ 2"))))
for bad in ["(1 + 2", "1 + 2)", "max(1)", "1 , 2", "2 $ 3", "1 2", "sqrt(1, 2)"]:
    try:
        print(bad, "->", eval_rpn(to_rpn(tokens(bad))))
    except (SyntaxError, TypeError, ValueError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
print(eval_rpn([2, 3, "^", 2, "^"]), eval_rpn([2, 3, 2, "^", "^"]), eval_rpn([1, 3, "/"]), eval_rpn([2, 0.5, "^"]), eval_rpn([-7, 2, "%"]))
