# A stack-based virtual machine with an assembler, labels, calls and error reporting.
from enum import Enum


class Op(Enum):
    PUSH = "push"
    POP = "pop"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    DUP = "dup"
    SWAP = "swap"
    JMP = "jmp"
    JZ = "jz"
    CALL = "call"
    RET = "ret"
    PRINT = "print"
    HALT = "halt"
    LOAD = "load"
    STORE = "store"


class VMError(RuntimeError):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} (pc={pc})")
        self.pc = pc


def assemble(src):
    program, labels, fixups = [], {}, []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        name, *args = line.split()
        try:
            op = Op(name)
        except ValueError:
            raise SyntaxError(f"line {lineno}: unknown instruction {name!r}") from None
        arg = None
        if args:
            a = args[0]
            if a.lstrip("-").isdigit():
                arg = int(a)
            else:
                arg = a
                if op in (Op.JMP, Op.JZ, Op.CALL):
                    fixups.append((len(program), a, lineno))
        program.append((op, arg))
    for idx, label, lineno in fixups:
        if label not in labels:
            raise SyntaxError(f"line {lineno}: undefined label {label!r}")
        program[idx] = (program[idx][0], labels[label])
    return program


def run(program, trace=False, limit=10_000):
    stack, calls, mem, out = [], [], {}, []
    pc = steps = 0
    binops = {Op.ADD: lambda a, b: a + b, Op.SUB: lambda a, b: a - b, Op.MUL: lambda a, b: a * b}
    while True:
        if steps >= limit:
            raise VMError("step limit exceeded", pc)
        steps += 1
        op, arg = program[pc]
        if trace:
            print(f"  {pc:3d} {op.name:<6}{'' if arg is None else arg!s:<6} {stack}")
        pc += 1
        try:
            if op is Op.PUSH:
                stack.append(arg)
            elif op is Op.POP:
                stack.pop()
            elif op in binops:
                b, a = stack.pop(), stack.pop()
                stack.append(binops[op](a, b))
            elif op is Op.DIV:
                b, a = stack.pop(), stack.pop()
                stack.append(a // b)
            elif op is Op.DUP:
                stack.append(stack[-1])
            elif op is Op.SWAP:
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op is Op.JMP:
                pc = arg
            elif op is Op.JZ:
                if stack.pop() == 0:
                    pc = arg
            elif op is Op.CALL:
                calls.append(pc)
                pc = arg
            elif op is Op.RET:
                pc = calls.pop()
            elif op is Op.LOAD:
                stack.append(mem[arg])
            elif op is Op.STORE:
                mem[arg] = stack.pop()
            elif op is Op.PRINT:
                out.append(stack.pop())
            elif op is Op.HALT:
                return out, steps
        except IndexError:
            raise VMError(f"stack underflow in {op.value}", pc - 1) from None
        except ZeroDivisionError as e:
            raise VMError(str(e), pc - 1) from e
        except KeyError as e:
            raise VMError(f"unknown variable {e}", pc - 1)


FACT = """
    push 6
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square   ; call a subroutine
    print
    halt
square:
    dup
    mul
    ret
"""
prog = assemble(FACT)
print(len(prog), prog[:3])
print(run(prog))
print(run(assemble("push 2\npush 3\nswap\nsub\nprint\nhalt"), trace=True))
for bad in ["push 1\nadd\nhalt", "push 1\npush 0\ndiv\nhalt", "load x\nhalt", "loop:\njmp loop", "jmp nowhere",
            "frob 3"]:
    try:
        print(run(assemble(bad), limit=50))
    except VMError as e:
        print(f"VMError: {e} | pc attr {e.pc} | cause {type(e.__cause__).__name__} | ctx {type(e.__context__).__name__}")
    except SyntaxError as e:
        print("SyntaxError:", e)
