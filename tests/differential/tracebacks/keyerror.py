counts = {"apple": 1}
print(counts["apple"])
print(counts["banana"])
