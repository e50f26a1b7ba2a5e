# convolve / correlate in every mode, with odd and even kernels, ints and floats.
import numpy as np

sig = np.array([1.0, 2.0, 0.5, -1.0, 3.0, 4.0, 0.0])
kernels = [np.array([1.0]), np.array([0.5, 0.5]), np.array([0.25, 0.5, 0.25]),
           np.array([1.0, -2.0, 1.0, 0.5])]
for k in kernels:
    for mode in ["full", "same", "valid"]:
        r = np.convolve(sig, k, mode=mode)
        print(len(k), mode, r.shape, r)
        c = np.correlate(sig, k, mode)
        print("   corr", c)
print(np.correlate(sig, kernels[3]))
print(np.convolve([1, 2, 3], [0, 1, 2]))
print(np.convolve(np.array([1, 2, 3]), np.array([0.5, 1])).dtype, np.convolve([1, 2], [3, 4]).dtype)
print(np.convolve(kernels[2], sig, "same"))
print(np.convolve(np.array([True, False]), np.array([True, True])))
for mode in ["valid", "same"]:
    print(np.convolve(np.array([1.0, 2.0]), np.arange(5.0), mode=mode))
try:
    np.convolve(sig, k, mode="middle")
except Exception as e:
    print(type(e).__name__, e)
try:
    np.convolve(np.array([]), sig)
except Exception as e:
    print(type(e).__name__, e)

# moving average smoother over a noisy ramp
np.random.seed(4)
noisy = np.linspace(0, 5, 20) + np.random.normal(0, 0.3, 20)
win = np.ones(5) / 5
smooth = np.convolve(noisy, win, mode="valid")
print(smooth.round(4))
print(np.convolve(noisy, win, mode="same")[:3])
# discrete prior shifted with a motion kernel (Bayes predict step)
prior = np.zeros(10)
prior[2] = 0.6
prior[3] = 0.4
kernel = np.array([0.1, 0.8, 0.1])
pred = np.convolve(prior, kernel, mode="same")
print(pred, pred.sum())
pred2 = np.convolve(np.roll(prior, 1), kernel[::-1], "same")
print(pred2)
print(np.correlate(np.array([1, 2, 3, 4]), np.array([1, 1])))
