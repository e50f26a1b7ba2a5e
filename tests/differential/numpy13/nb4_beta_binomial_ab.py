# A/B test with Beta posteriors sampled through the legacy np.random API.
import numpy as np

np.random.seed(2024)
visitors = np.array([1200, 1180])
conversions = np.array([96, 118])
prior_a, prior_b = 2.0, 40.0

post_a = prior_a + conversions
post_b = prior_b + visitors - conversions
print("posterior parameters:", post_a, post_b)
print("posterior means:", np.round(post_a / (post_a + post_b), 5))

draws = 4000
samples_A = np.random.beta(post_a[0], post_b[0], size=draws)
samples_B = np.random.beta(post_a[1], post_b[1], size=draws)
print("first draws A:", np.round(samples_A[:4], 6))
print("first draws B:", np.round(samples_B[:4], 6))
lift = samples_B / samples_A - 1
print("P(B > A) = %.4f" % np.mean(samples_B > samples_A))
print("expected lift = %.4f" % lift.mean())
lo, hi = np.percentile(lift, [2.5, 97.5])
print("95%% interval for lift: [%.4f, %.4f]" % (lo, hi))

print("broadcast parameters, one call")
both = np.random.beta(post_a, post_b, size=(3, 2))
print(np.round(both, 5))

print("small shape parameters use Johnk's algorithm")
j = np.random.beta(0.5, 0.8, size=6)
print(np.round(j, 6))

print("binomial posterior predictive for the next 500 visitors")
p_next = np.random.beta(post_a[1], post_b[1], size=8)
pred = np.random.binomial(500, p_next)
print(pred, pred.dtype)

print("scalar draws are Python floats")
x = np.random.beta(2, 3)
print(type(x).__name__, round(x, 8))

for bad in [(0, 1), (1, -2)]:
    try:
        np.random.beta(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    np.random.beta([1.0, 0.0], 1.0)
except ValueError as e:
    print("ValueError:", e)
