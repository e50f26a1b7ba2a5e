# memoryview basics: slicing, tobytes, tolist, release, readonly, writes through to a bytearray, cast, comparisons.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv.readonly, mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides)
print(mv[1:4].tobytes(), mv[::2].tolist(), bytes(mv[2:]), mv.tobytes(), mv.hex(), mv[1:3].hex(":"))
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv == b"ABCdef", mv == ba, mv.obj is ba, list(mv[:2]))
ro = memoryview(b"xyz")
print(ro.readonly, ro[1], ro.tolist())
for bad in [lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(0, 300), lambda: mv.__setitem__(slice(0, 2), b"abc"), lambda: mv[10], lambda: hash(mv)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(ro) == hash(b"xyz"))
with memoryview(bytearray(b"ctx")) as m2:
    print(m2.tobytes())
try:
    m2[0]
except ValueError as e:
    print("ValueError", e)
m3 = memoryview(b"\x01\x00\x02\x00")
c = m3.cast("B")
print(c.format, c.itemsize, len(c), c.tolist(), c[1], c.nbytes)
m4 = memoryview(bytearray(4))
m4[:] = b"\xff\x00\xff\x00"
print(m4.tobytes(), m4.tobytes() == bytes(m4), str(m4)[:13])
print(b"".join([memoryview(b"ab"), memoryview(b"cd")[1:]]), bytearray(b"xy") + memoryview(b"z"))
