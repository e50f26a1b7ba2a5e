import numpy as np
r = np.array([0, 2.5, 7.0])
for d in [0, 1.5, True, None]:
    try:
        print(np.select([r == 0, r < 5, r >= 5], ["dry", "light", "heavy"], d) if d is not None else np.select([r == 0, r >= 5], ["dry", "heavy"]))
    except TypeError as e:
        print(e)
print(np.select([r == 0, r < 5, r >= 5], ["dry", "light", "heavy"], "?"))
print(np.select([r == 0], [np.array(["z", "zz", "zzz"])], ""))
