# Notebook: a damped oscillator x'' + c x' + k x = 0 as a first-order system; its eigenvalues
# give the decay rate and the damped frequency (rounded: the vectors' last bits may differ).
import numpy as np

for c in [0.4, 1.0, 4.5]:
    A = np.array([[0.0, 1.0], [-4.0, -c]])
    w, v = np.linalg.eig(A)
    print("c =", c, "eigenvalues", w)
    print(np.round(v, 10) + 0)
    if np.iscomplexobj(w):
        print(f"decay {-w[0].real:.4f}  frequency {abs(w[0].imag):.6f}")
    print(np.allclose(A @ v, v * w))
