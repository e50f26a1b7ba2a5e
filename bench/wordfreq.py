# Dict and str work: word frequencies over generated text, joins, splits and formatting.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
lines = []
for i in range(100000):
    a = words[i % 10]
    b = words[(i * 7) % 10]
    c = words[(i * i) % 10]
    lines.append(f"{a} {b}-{c} {i % 13} {a.upper()}")
counts = {}
for line in lines:
    for w in line.split():
        key = w.lower().strip("0123456789")
        if key:
            counts[key] = counts.get(key, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
joined = ",".join(k for k, _ in top)
print("wordfreq", len(counts), top, len(joined), joined.count("a"))
