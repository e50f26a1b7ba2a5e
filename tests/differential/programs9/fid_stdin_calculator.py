"""An interactive RPN calculator reading commands from stdin with input() until EOF."""
import sys
import math
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "^": operator.pow}
FUNCS = {"sqrt": math.sqrt, "neg": operator.neg, "abs": abs, "int": int, "float": float}

stack = []
variables = {}
history = []


def show():
    return "[" + " ".join(f"{x:g}" if isinstance(x, float) else str(x) for x in stack) + "]"


def execute(token):
    if token in OPS:
        if len(stack) < 2:
            raise IndexError("need two operands")
        b, a = stack.pop(), stack.pop()
        stack.append(OPS[token](a, b))
    elif token in FUNCS:
        stack.append(FUNCS[token](stack.pop()))
    elif token == "dup":
        stack.append(stack[-1])
    elif token == "swap":
        stack[-2:] = stack[-2:][::-1]
    elif token == "clear":
        stack.clear()
    elif token.startswith("=") and len(token) > 1:
        variables[token[1:]] = stack[-1]
    elif token.startswith("$"):
        stack.append(variables[token[1:]])
    else:
        try:
            stack.append(int(token))
        except ValueError:
            stack.append(float(token))


lineno = 0
while True:
    try:
        line = input(f"rpn {lineno}> ")
    except EOFError:
        print()
        print("bye")
        break
    lineno += 1
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "quit":
        print("quitting early")
        break
    for tok in line.split():
        try:
            execute(tok)
        except (IndexError, KeyError, ValueError, ZeroDivisionError, OverflowError) as e:
            print(f"  error at {tok!r}: {type(e).__name__}: {e}")
            break
    history.append(line)
    print("  ", show())

print("history:", len(history), "lines; variables:", dict(sorted(variables.items())))
print("remaining input:", repr(sys.stdin.read()))
