# Slicing and membership: list and str slices (steps, negative bounds), `in` on strs, lists
# and sets, str methods (startswith/endswith/find/count/strip/upper/replace), enumerate/zip.
def main():
    base = "The quick brown fox jumps over the lazy dog; Sphinx of black quartz, judge my vow. "
    text = base * 5000
    n = len(text)
    acc = 0
    for i in range(0, n - 40, 13):
        chunk = text[i:i + 40]
        if "fox" in chunk:
            acc += 1
        if chunk.startswith("The"):
            acc += 3
        acc += chunk.find("o") + chunk.count("a")
        acc += len(chunk[::-3]) + len(chunk.strip())
    words = text.split()
    vowels = set("aeiouAEIOU")
    v = 0
    for w in words:
        for ch in w:
            if ch in vowels:
                v += 1
    caps = [w.upper() for w in words if w.endswith("s") or w in ("dog;", "vow.")]
    nums = list(range(200000))
    s = 0
    for i in range(0, 200000 - 10, 10):
        window = nums[i:i + 10]
        s += window[-1] - window[0] + sum(window[::3])
    rev = nums[::-1]
    pairs = 0
    for i, (a, b) in enumerate(zip(nums, rev)):
        if (a + b + i) % 5 == 0:
            pairs += 1
    stops = ["the", "of", "my", "over"]
    kept = [w for w in words if w.lower() not in stops]
    rep = text[:5000].replace("o", "0").replace("quick", "slow")
    print(acc, v, len(caps), caps[:3], s, pairs, len(kept), rep[:60], text[-30:-10])


main()
