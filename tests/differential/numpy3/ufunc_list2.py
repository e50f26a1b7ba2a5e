import numpy as np
x = np.array([0.1, 0.5, 1.0, 2.0])
for name, f in [("sqrt", np.sqrt), ("exp", np.exp), ("log", np.log), ("log2", np.log2), ("log10", np.log10),
                ("expm1", np.expm1), ("log1p", np.log1p), ("sin", np.sin), ("cos", np.cos), ("tan", np.tan),
                ("arctan", np.arctan), ("sinh", np.sinh), ("cosh", np.cosh), ("tanh", np.tanh),
                ("arcsinh", np.arcsinh), ("cbrt", np.cbrt), ("square", np.square), ("reciprocal", np.reciprocal),
                ("exp2", np.exp2), ("deg2rad", np.deg2rad), ("rad2deg", np.rad2deg)]:
    print(name, f(x))
y = np.array([-0.5, 0.0, 0.5])
print(np.arcsin(y), np.arccos(y), np.arctanh(y), np.arccosh(np.array([1.0, 2.0])))
z = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7])
print(np.floor(z), np.ceil(z), np.trunc(z), np.rint(z), np.round(z), np.fix(z), np.around(z, 1))
print(np.round(np.array([1234.5678, 0.00456]), -2), np.round(np.array([1234.5678, 0.00456]), 3))
print(np.round(np.array([15, 25, 149]), -1), np.round(7), repr(np.round(2.5)), repr(np.round(np.float64(3.14159), 2)))
print(np.arctan2(np.array([1.0, -1.0, 0.0]), np.array([0.0, -1.0, -1.0])), np.hypot(3, np.array([4.0, 0.0])))
print(np.power(np.array([2.0, 3.0]), np.array([0.5, -1.0])), np.float_power(np.array([2, 3]), 2))
print(np.maximum(np.arange(5), 2), np.minimum(np.arange(5), np.array([4, 3, 2, 1, 0])), np.fmin(1.0, np.array([0.0, 2.0])))
print(np.remainder(np.array([-7, 7]), 3), np.mod(-7.5, 2))
print(np.logical_and(np.array([1, 0, 1]), np.array([1, 1, 0])), np.logical_or(0, np.array([0, 1])), np.logical_xor(True, np.array([True, False])), np.logical_not(np.arange(3)))
print(np.negative(np.array([1, -2])), np.positive(np.array([1.5])), np.absolute(np.array([-3.5, 2.0])), np.fabs(np.array([-1, 2])))
print(np.signbit(np.array([-0.0, 0.0, -1.0])), np.isnan(np.array([1, 2])), np.sign(np.array([-0.0, np.nan])))
print(np.sqrt(np.array([4, 9, 16])), np.sqrt(np.array([4, 9])).dtype)
print(np.add(1, 2), repr(np.add(1, 2)), np.multiply(np.array([1, 2]), 2.5), np.subtract(np.array([5]), np.array([1, 2])))
print(np.divide(1, np.array([2, 4])), np.true_divide(np.arange(3), 2), np.floor_divide(np.arange(5), 2))
print(np.equal(np.arange(3), 1), np.not_equal(1.0, np.array([1, 2])), np.less(np.arange(3), 2), np.greater_equal(np.arange(3), 1))
print(np.clip(np.arange(10), 2, 7), np.clip(np.array([-1.5, 0.5, 3.0]), 0, None), np.clip(np.arange(4), None, 2), np.arange(6).clip(1, 4))
print(np.cumsum([1, 2, 3]), np.cumprod([1.5, 2.0]), np.cumulative_sum(np.array([1, 2, 3])))
print(np.sin(np.pi), np.cos(np.pi / 2), np.tan(np.pi / 4))
print(np.exp(1), np.log(np.e), np.log10(1000), np.log2(8))
