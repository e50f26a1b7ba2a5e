# Exception messages with non-ASCII text.
print("données: début")
raise ValueError("échec: 😀 naïve 中文")
