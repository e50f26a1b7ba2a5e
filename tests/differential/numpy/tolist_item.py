import numpy as np
a = np.array([[1, 2], [3, 4]])
print(a.tolist(), type(a.tolist()[0][0]).__name__)
print(np.array([1.5, 2.0]).tolist())
print(np.array([True, False]).tolist())
print(np.array([[5]]).item(), np.array([2.5]).item())
print(a[1, 0].item(), type(a[1, 0].item()).__name__)
print(np.float64(3.0).item())
