"""A tiny stack-machine interpreter with labels, calls and a trace."""
from collections import deque
from enum import Enum, auto


class Op(Enum):
    PUSH = auto()
    ADD = auto()
    SUB = auto()
    MUL = auto()
    DUP = auto()
    SWAP = auto()
    JZ = auto()
    JMP = auto()
    PRINT = auto()
    CALL = auto()
    RET = auto()
    HALT = auto()


class VMError(RuntimeError):
    pass


def assemble(text):
    program, labels = [], {}
    for raw in text.strip().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        parts = line.split()
        op = Op[parts[0].upper()]
        arg = parts[1] if len(parts) > 1 else None
        program.append((op, arg))
    resolved = []
    for op, arg in program:
        if arg is not None and op in (Op.JZ, Op.JMP, Op.CALL):
            arg = labels[arg]
        elif arg is not None:
            arg = int(arg)
        resolved.append((op, arg))
    return resolved, labels


def run(program, limit=10_000):
    stack, calls, out = [], deque(), []
    pc = steps = 0
    while True:
        steps += 1
        if steps > limit:
            raise VMError(f"step limit exceeded at pc={pc}")
        op, arg = program[pc]
        pc += 1
        match op:
            case Op.PUSH:
                stack.append(arg)
            case Op.ADD | Op.SUB | Op.MUL:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op is Op.ADD else a - b if op is Op.SUB else a * b)
            case Op.DUP:
                stack.append(stack[-1])
            case Op.SWAP:
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case Op.JZ:
                if stack.pop() == 0:
                    pc = arg
            case Op.JMP:
                pc = arg
            case Op.PRINT:
                out.append(stack[-1])
            case Op.CALL:
                calls.append(pc)
                pc = arg
            case Op.RET:
                if not calls:
                    raise VMError("return with empty call stack")
                pc = calls.pop()
            case Op.HALT:
                return out, stack, steps


FACT = """
    push 1        # acc
    push 20       # n
loop:
    dup
    jz done
    dup
    call mulacc
    push 1
    sub
    jmp loop
done:
    swap
    print
    halt
mulacc:           # stack: acc n n -> acc*n n
    swap          # acc n n -> acc n n (swap top two equal)
    push 0
    add
    call rot
    ret
rot:
    ret
"""

prog, labels = assemble(FACT)
print(labels)
print(prog[:4])
try:
    print(run(prog, limit=500))
except VMError as e:
    print("VMError:", e)
except IndexError as e:
    print("IndexError:", e)

COUNT = """
    push 5
top:
    print
    push 1
    sub
    dup
    jz end
    jmp top
end:
    halt
"""
out, stack, steps = run(assemble(COUNT)[0])
print(out, stack, steps)
try:
    run(assemble("top:\n jmp top")[0], limit=50)
except VMError as e:
    print("VMError:", e)
try:
    run(assemble("ret")[0])
except VMError as e:
    print(repr(e))
print(list(Op)[:3], Op.MUL.value, Op(3).name, Op["HALT"])
print(sorted(Op, key=lambda o: o.name)[:4])
