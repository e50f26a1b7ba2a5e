# A toy virtual machine: assembler, bytecode as bytes, a disassembler printout, and execution trace.
from enum import IntEnum
import struct


class Op(IntEnum):
    PUSH = 1
    LOAD = 2
    STORE = 3
    ADD = 4
    SUB = 5
    MUL = 6
    DIVMOD = 7
    JMP = 8
    JZ = 9
    PRINT = 10
    HALT = 11
    CALL = 12
    RET = 13
    DUP = 14
    LT = 15


WITH_ARG = {Op.PUSH, Op.LOAD, Op.STORE, Op.JMP, Op.JZ, Op.CALL}


def assemble(src):
    labels, code, fixups = {}, bytearray(), []
    for raw in src.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        name, *args = line.split()
        op = Op[name.upper()]
        code.append(op)
        if op in WITH_ARG:
            arg = args[0]
            if arg.lstrip("-").isdigit():
                code += struct.pack("<h", int(arg))
            else:
                fixups.append((len(code), arg))
                code += b"\0\0"
    for pos, label in fixups:
        code[pos:pos + 2] = struct.pack("<h", labels[label])
    return bytes(code), labels


def disassemble(code, labels):
    names = {v: k for k, v in labels.items()}
    pc = 0
    while pc < len(code):
        op = Op(code[pc])
        if pc in names:
            print(f"{names[pc]}:")
        if op in WITH_ARG:
            (arg,) = struct.unpack_from("<h", code, pc + 1)
            target = f"  -> {names[arg]}" if op in (Op.JMP, Op.JZ, Op.CALL) else ""
            print(f"  {pc:04x}  {code[pc]:02x} {code[pc + 1]:02x} {code[pc + 2]:02x}  {op.name:<7}{arg:>5}{target}")
            pc += 3
        else:
            print(f"  {pc:04x}  {code[pc]:02x}        {op.name}")
            pc += 1


class VMError(RuntimeError):
    pass


def run(code, trace=False, max_steps=10_000):
    stack, frames, mem, out = [], [], [0] * 8, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit at pc={pc:#06x}")
        op = Op(code[pc])
        arg = struct.unpack_from("<h", code, pc + 1)[0] if op in WITH_ARG else None
        if trace:
            print(f"    pc={pc:3} {op.name:<6} {'' if arg is None else arg!s:>4} stack={stack}")
        pc += 3 if arg is not None else 1
        match op:
            case Op.PUSH:
                stack.append(arg)
            case Op.LOAD:
                stack.append(mem[arg])
            case Op.STORE:
                mem[arg] = stack.pop()
            case Op.ADD | Op.SUB | Op.MUL | Op.LT:
                b, a = stack.pop(), stack.pop()
                stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b, Op.LT: int(a < b)}[op])
            case Op.DIVMOD:
                b, a = stack.pop(), stack.pop()
                try:
                    stack.extend(divmod(a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"{e} at pc={pc - 1}") from e
            case Op.JMP:
                pc = arg
            case Op.JZ:
                if stack.pop() == 0:
                    pc = arg
            case Op.DUP:
                stack.append(stack[-1])
            case Op.PRINT:
                out.append(stack.pop())
            case Op.CALL:
                frames.append(pc)
                pc = arg
            case Op.RET:
                pc = frames.pop()
            case Op.HALT:
                return out, steps, mem
            case _:
                raise VMError(f"bad opcode {op!r}")


FACT = """
    push 10
    store 0      ; n
    push 1
    store 1      ; acc
loop:
    load 0
    jz done
    load 1
    load 0
    mul
    store 1
    load 0
    push 1
    sub
    store 0
    jmp loop
done:
    load 1
    print
    push -17
    push 5
    divmod
    print
    print
    call square
    halt
square:
    push 12
    dup
    mul
    print
    ret
"""
code, labels = assemble(FACT)
print(len(code), "bytes:", code[:12].hex(" "), code[:6])
disassemble(code, labels)
out, steps, mem = run(code)
print("out:", out, "steps:", steps, "mem:", mem)
small, _ = assemble("push 3\npush 4\nlt\nprint\npush 7\npush 0\ndivmod\nhalt")
try:
    run(small, trace=True)
except VMError as e:
    print("VMError:", e, "| cause:", repr(e.__cause__))
try:
    run(assemble("top:\njmp top")[0])
except VMError as e:
    print("VMError:", e)
print(Op.ADD, repr(Op(7)), Op["HALT"].value, Op.PUSH in WITH_ARG, sorted(WITH_ARG)[:3], max(Op).name)
print(struct.pack("<h", -2), struct.pack(">hH", 1, 65535), struct.calcsize("<hHi"), struct.unpack("<2h", b"\x01\x00\xff\xff"))
