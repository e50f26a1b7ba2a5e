import numpy as np
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: np.arange(3)[5])
attempt(lambda: np.zeros((2, 2))[0, 5])
attempt(lambda: np.arange(6).reshape(4, 2))
attempt(lambda: np.ones(3) @ np.ones(4))
attempt(lambda: np.array([[1, 2], [3]]))
attempt(lambda: np.arange(4).sum(axis=1))
attempt(lambda: np.linalg.inv(np.zeros((2, 2))))
attempt(lambda: np.linalg.inv(np.ones((2, 3))))
attempt(lambda: len(np.float64(1.0)) if False else len(np.array(5)))
attempt(lambda: np.arange(3)[1.5])
