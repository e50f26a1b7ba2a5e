# np.isin / np.in1d with str arrays and lists; invert.
import numpy as np

regions = np.array(["N", "S", "E", "W", "N", "E"])
print(np.isin(regions, ["N", "S"]))
print(np.isin(regions, ["N", "S"], invert=True))
print(regions[np.isin(regions, np.array(["E"]))])
print(np.in1d(regions, ["W"]))
print(np.isin(["N", "Q"], regions))
m = np.array([["a", "b"], ["c", "d"]])
print(np.isin(m, ["a", "d"]))
