# Int and bool arrays through the ufuncs: the dtype and values of each result.
import numpy as np

i = np.array([-7, -2, 0, 3, 8])
bo = np.array([True, False, True, True, False])
f = np.array([-1.5, 0.0, 2.25, 9.0, 16.0])

unary = [("sqrt", np.sqrt), ("exp", np.exp), ("log1", lambda x: np.log(np.abs(x) + 1)),
         ("abs", np.abs), ("sign", np.sign), ("floor", np.floor), ("ceil", np.ceil),
         ("rint", np.rint), ("round", np.round), ("negative", lambda x: -x),
         ("square", lambda x: x ** 2), ("isnan", np.isnan), ("isfinite", np.isfinite),
         ("sin", np.sin), ("arctan", np.arctan), ("tanh", np.tanh)]
for name, fn in unary:
    for label, arr in [("int", i), ("int2d", i.reshape(5, 1)[1:4])]:
        with np.errstate(all="ignore"):
            try:
                r = fn(arr)
                print(name, label, r.dtype, r)
            except Exception as e:
                print(name, label, type(e).__name__, e)

print(np.maximum(i, 1), np.maximum(i, 1).dtype)
print(np.minimum(i, 0.5), np.minimum(i, 0.5).dtype)
print(np.clip(i, -3, 4), np.clip(i, -3, 4).dtype)
print(np.clip(i, -3.0, 4), np.clip(i, -3.0, 4).dtype)
print(np.power(i, 2), np.power(i, 2).dtype)
print(np.power(i, 2.0), np.power(i, 2.0).dtype)
print(np.mod(i, 3), np.mod(i, -3))
print(np.arctan2(i, 2), np.arctan2(i, 2).dtype)
print(np.where(bo, i, 0).dtype, np.where(bo, i, 0.0).dtype, np.where(bo, 1, 0).dtype)
print(bo + bo, (bo + bo).dtype)
print(bo * 3, (bo * 3).dtype)
print(bo * 1.5, bo.sum(), bo.mean(), type(bo.sum()).__name__)
print(i / 2, (i / 2).dtype)
print(i // 2, (i // 2).dtype)
print(i % 3, i % -3)
print(i // -3)
print(f // 2, f % 2)
print(f // -2, f % -2)
print(i ** 0, i.dtype)
print(abs(i), -bo if False else ~bo)
print(~i, i & 6, i | 1, i ^ 3)
print(np.abs(i).dtype, np.sign(f), np.sign(i).dtype)
try:
    print(i ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(np.power(i, -2))
except Exception as e:
    print(type(e).__name__, e)
print(np.power(i.astype(float), -1))
try:
    print(-bo)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bo - bo)
except Exception as e:
    print(type(e).__name__, e)
with np.errstate(divide="ignore"):
    print(i // 0, i % 0)
print(np.floor(i).dtype, np.ceil(bo).dtype)
for fn in [np.sign, np.positive, np.invert]:
    try:
        print(fn(bo if fn is not np.invert else f))
    except TypeError as e:
        print(type(e).__name__, e)
print(np.abs(bo), np.negative(i), np.logical_not(i))
