# list.sort / sorted: stability, key functions, reverse.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40), ("fay", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, reverse=True))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print(by_age)
words = ["banana", "Apple", "cherry", "apple", "date", "Fig", "elderberry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
recs.sort(key=lambda r: r["v"])
print([r["n"] for r in recs])
print(sorted("Mississippi"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)), sorted([]), sorted([1.5, 1, True, 0]))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"{self.rank}{self.suit}"
cards = [Card(5, "h"), Card(2, "s"), Card(5, "c"), Card(2, "d"), Card(9, "h")]
print(sorted(cards), sorted(cards, reverse=True), max(cards), min(cards))
data = [3, 1, 2]
res = data.sort()
print(res, data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=lambda v: None)
except TypeError as e:
    print("TypeError", e)
try:
    [3, 1].sort(lambda v: v)
except TypeError as e:
    print("TypeError", e)
print(sorted([[2, 1], [1, 2], [1], [], [1, 1]]), sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
