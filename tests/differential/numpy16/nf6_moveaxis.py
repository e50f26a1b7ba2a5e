import numpy as np
c = np.arange(24).reshape(2, 3, 4)
print(np.moveaxis(c, 0, -1).shape, np.moveaxis(c, [0, 1], [-1, -2]).shape, np.moveaxis(c, (2, 0), (0, 1)).shape)
print(np.moveaxis(c, [0, 2], [2, 0])[1])
print(np.rollaxis(c, 2).shape, np.rollaxis(c, 2, 1).shape, np.rollaxis(c, 0, 3).shape, np.rollaxis(c, -1, -2).shape)
print(np.rollaxis(c, 1, 2)[0])
for f in [lambda: np.moveaxis(c, 0, 5), lambda: np.moveaxis(c, 4, 0), lambda: np.moveaxis(c, [0, 0], [1, 2]),
          lambda: np.moveaxis(c, [0, 1], [1]), lambda: np.rollaxis(c, 3), lambda: np.rollaxis(c, 0, 5), lambda: np.rollaxis(c, 0, -5)]:
    try:
        print(f().shape)
    except Exception as e:
        print(type(e).__name__, e)
