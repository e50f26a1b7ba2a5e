# Sorting records by tuple keys (`key=lambda r: (-r[1], r[0])`) and counting str keys with
# `d[k] = d.get(k, 0) + 1`: many distinct keys, so the sorts are large.
def make_names(n):
    state = 7
    names = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        names.append("n" + str(state % 50021))
    return names


def main():
    names = make_names(300000)
    counts = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    records = [(name, len(name), i % 97) for i, name in enumerate(names[:100000])]
    by_len = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
    by_mod = sorted(records, key=lambda r: (r[2], r[0]), reverse=True)
    print(len(counts), by_count[:3], by_count[-1])
    print(by_len[:2], by_len[-1], by_mod[:2], by_mod[-1])


main()
