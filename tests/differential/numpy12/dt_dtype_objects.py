# dtype objects of small types: attributes, equality with types and strings, issubdtype.
import numpy as np

for spec in ["float32", "int8", "uint8", "int16", "uint16", "int32", "uint32", "uint64", "f4", "i4", "u1", "i2"]:
    d = np.dtype(spec)
    print(spec, repr(d), str(d), d.name, d.kind, d.char, d.itemsize, d.type.__name__)
a = np.zeros(2, dtype=np.float32)
print(a.dtype == np.float32, a.dtype == "float32", a.dtype == "f4", a.dtype == np.float64, a.dtype != np.int32)
print(a.dtype.type is np.float32, np.dtype(np.uint8) == np.uint8, np.dtype("int32") == np.dtype(np.int32))
print(np.issubdtype(np.float32, np.floating), np.issubdtype(np.uint8, np.integer), np.issubdtype(np.int32, np.signedinteger))
print(np.issubdtype(np.uint16, np.unsignedinteger), np.issubdtype(a.dtype, np.integer), np.issubdtype(np.int8, np.floating))
print(isinstance(np.float32(1), np.floating), isinstance(np.uint8(1), np.integer), isinstance(np.int16(1), np.number))
print({np.dtype("float32"): 1}[a.dtype], len({np.dtype("uint8"), np.dtype("u1")}))
print([np.dtype(t).itemsize for t in (np.int8, np.int16, np.int32, np.float32, np.uint64, np.float64, np.bool_)])
