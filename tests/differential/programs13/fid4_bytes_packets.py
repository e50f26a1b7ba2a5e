# Building and inspecting binary packets: bytes %-formatting, memoryview windows, int.from_bytes.
def header(kind, seq, payload):
    return b"%b:%03d:%d|" % (kind, seq, len(payload)) + payload

packets = [header(b"PING", 1, b""), header(b"DATA", 2, b"hello"), header(b"ACK", 13, bytes(range(3)))]
for p in packets:
    print(p, len(p), p.split(b"|", 1)[0].split(b":"))
for fmt, args in [(b"%s", ("text",)), (b"%b", (b"ok",)), (b"%r", ("caf\u00e9",)), (b"%a", (b"x",)), (b"%5b|%-5b|", (b"ab", b"cd")),
                  (b"%x-%X-%o", (255, 255, 8)), (b"%c%c", (72, b"i")), (b"%%b %b", (b"lit",)), (b"%(k)b", ({b"k": b"v"},)), (b"%d", ("5",))]:
    try:
        print(fmt, "->", fmt % (args[0] if len(args) == 1 else args))
    except (TypeError, ValueError, KeyError) as e:
        print(fmt, "->", type(e).__name__, e)
buf = bytearray(b"\x00" * 12)
view = memoryview(buf)
view[0:4] = (1024).to_bytes(4, "big")
view[4:8] = b"ABCD"
view[8] = 0xFF
print(buf, bytes(view[4:8]), view[8], int.from_bytes(view[0:4], "big"), view[0:4].hex(), view[4:8].tolist())
print(len(view), view.nbytes, view.readonly, view.format, view.itemsize, view.shape, view[::4].tolist(), bytes(view[-3:]))
try:
    view[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    view[20]
except IndexError as e:
    print("IndexError:", e)
ro = memoryview(b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(ro.tobytes(), ro == b"readonly", ro[1:3] == b"ea", bytes(ro[::-1]), list(ro[:3]), hash(ro) == hash(b"readonly"))
try:
    hash(view)
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)
sub = view[4:8]
buf[4] = ord("Z")
print(bytes(sub), sub.obj is buf, bytearray(sub), b"".join([sub, b"!"]))
print(int(b"42") + int(bytearray(b"8")), float(b"2.5") * 2, int(b"ff", 16), int(b" -7 "))
for bad in [b"4 2", b"\xff", bytearray(b"")]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
