# Colour-space conversions on a small float image with einsum and broadcasting.
import numpy as np

h, w = 3, 4
yy, xx = np.mgrid[0:h, 0:w]
img = np.stack([xx / (w - 1), yy / (h - 1), 0.5 * np.ones((h, w))], axis=-1)
print("image shape:", img.shape)
print(np.round(img[0], 4))

M = np.array([[0.299, 0.587, 0.114], [-0.14713, -0.28886, 0.436], [0.615, -0.51499, -0.10001]])
yuv = np.einsum("ij,hwj->hwi", M, img)
print("Y channel")
print(np.round(yuv[..., 0], 5))
print("same as matmul:", np.allclose(yuv, img @ M.T))
back = np.einsum("ij,hwj->hwi", np.linalg.inv(M), yuv)
print("round trip:", np.allclose(back, img))

print("grayscale by weighted sum over the last axis")
gray = np.einsum("...c,c->...", img, np.array([0.2126, 0.7152, 0.0722]))
print(np.round(gray, 5))

print("per-channel statistics")
print(np.round(img.mean(axis=(0, 1)), 5), np.round(img.std(axis=(0, 1)), 5))
print(np.round(np.einsum("hwc->c", img) / (h * w), 5))

print("channel covariance with einsum")
flat = img.reshape(-1, 3)
centered = flat - flat.mean(axis=0)
cov = np.einsum("nc,nd->cd", centered, centered) / (len(flat) - 1)
print(np.round(cov, 6))
print(np.allclose(cov, np.cov(flat, rowvar=False)))

print("gamma correction and clipping")
corrected = np.clip(img ** (1 / 2.2) * 1.1, 0.0, 1.0)
print(np.round(corrected[..., 0], 4))
print("8-bit quantisation")
q = np.round(corrected * 255).astype(int)
print(q[..., 1])
print("histogram of the red channel:", np.histogram(q[..., 0], bins=4, range=(0, 256))[0])
print("brightest pixel:", np.unravel_index(np.argmax(gray), gray.shape))
