import math
import numpy as np
a = np.array([1.0, 4.0, 9.0])
print(math.sqrt(a[1]), math.floor(a[2] / 2), math.isclose(a[0], 1.0), math.pi == np.pi)
print([math.exp(v) for v in a[:2]])
print(np.sqrt(a).tolist(), sum(np.sqrt(a)))
print(round(float(np.mean(a)), 3), "%.2f" % a[1], "{:.1f}".format(a[2]))
