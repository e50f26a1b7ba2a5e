# str.translate/maketrans in all three forms; bytes.translate/maketrans; errors.
t1 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
print(sorted(t1.items()))
print("abcdabcd".translate(t1))
t2 = str.maketrans("abc", "xyz")
print(t2, "aabbccdd".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
print("hello".translate({ord("l"): ord("L")}), "hello".translate({}), "héllo".translate({233: "e"}), "abc".translate([None, None, "q"] * 40))
class Table:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        if k == ord("q"):
            return None
        return chr(k).upper() * 2
print("quiz".translate(Table()))
for bad in [lambda: str.maketrans("ab", "a"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: str.maketrans("a", 1),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans({1.5: "a"}), lambda: "x".translate(None)]:
    try:
        print(repr(bad()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bt = bytes.maketrans(b"abc", b"xyz")
print(len(bt), bt[97:100], b"aabbcc".translate(bt), b"abcdef".translate(None, b"bd"), bytearray(b"hello").translate(bt, b"l"))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError", e)
try:
    b"x".translate(b"short")
except ValueError as e:
    print("ValueError", e)
print(str.maketrans("", ""), str.maketrans({}), "abc".translate(str.maketrans("", "", "b")))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! The quick brown fox."
print(msg.translate(rot13), msg.translate(rot13).translate(rot13) == msg)
strip_punct = str.maketrans("", "", ",.!?;:")
print(msg.translate(strip_punct).lower().split())
print("😀a😀".translate({0x1F600: "<smile>", 97: "😀"}), "\ud800x".translate({0xd800: "S"}))
