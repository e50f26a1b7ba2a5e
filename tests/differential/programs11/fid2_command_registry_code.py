"""A tiny command shell whose registry reads handler arity from __code__."""

COMMANDS = {}


def command(fn):
    code = fn.__code__
    names = code.co_varnames[:code.co_argcount]
    defaults = fn.__defaults__ or ()
    required = len(names) - len(defaults)
    COMMANDS[fn.__name__] = (fn, names, required)
    return fn


@command
def add(a, b):
    return int(a) + int(b)


@command
def greet(name, greeting="hello", punct="!"):
    return f"{greeting}, {name}{punct}"


@command
def stats(*values):
    nums = [float(v) for v in values]
    return f"n={len(nums)} mean={sum(nums) / len(nums):.2f}" if nums else "n=0"


@command
def help():
    lines = []
    for name, (fn, names, required) in sorted(COMMANDS.items()):
        flags = fn.__code__.co_flags
        star = " *args" if flags & 0x04 else ""
        sig = " ".join(f"<{n}>" if i < required else f"[{n}]" for i, n in enumerate(names))
        lines.append(f"  {name:<6} {sig}{star}  (line {fn.__code__.co_firstlineno - help.__code__.co_firstlineno:+d})")
    return "\n".join(lines)


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count

    return counter


def run(line):
    name, *args = line.split()
    if name not in COMMANDS:
        return f"unknown command {name!r}"
    fn, names, required = COMMANDS[name]
    varargs = bool(fn.__code__.co_flags & 0x04)
    if len(args) < required or (len(args) > len(names) and not varargs):
        return f"{name}: expected {required}..{len(names)} arguments, got {len(args)}"
    try:
        return fn(*args)
    except ValueError as e:
        return f"{name}: {e}"


for line in ["help", "add 2 40", "add 2", "greet Ann", "greet Bob hi", "greet Cy hey ?", "greet a b c d",
             "stats 1 2 3 4", "stats", "add x 1", "quit"]:
    print(f"> {line}\n{run(line)}")

c = make_counter(5)
print(c(), c(), c.__code__.co_freevars, make_counter.__code__.co_cellvars, make_counter.__code__.co_varnames)
print(c.__closure__[0].cell_contents, [cell.cell_contents for cell in c.__closure__])
print(add.__code__.co_name, add.__code__.co_nlocals, stats.__code__.co_varnames, greet.__code__.co_argcount)
print(sorted(n for n in dir(add.__code__) if n.startswith("co_") and n in ("co_name", "co_argcount", "co_varnames")))
