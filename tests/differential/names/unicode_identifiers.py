# Non-ASCII identifiers are legal Python names.
café = "coffee"
π = 3.14159
名前 = "name in Japanese"
Σ = sum
def größe(länge, breite):
    return länge * breite
class Ünïcödé:
    def __init__(self):
        self.ñ = "eñe"
        self.Δ = 0.5
print(café, π, 名前, Σ([1, 2, 3]), größe(2, 3), größe(länge=4, breite=5))
u = Ünïcödé()
print(u.ñ, u.Δ, type(u).__name__, vars(u))
setattr(u, "ø", "slashed o")
print(getattr(u, "ø"), sorted(vars(u)))
kwargs = {"länge": 1, "breite": 7}
print(größe(**kwargs))
x1, x_1, _x, X = 1, 2, 3, 4
print(x1, x_1, _x, X)
ℌ = "normalized?"
print(H, "H" in globals(), "ℌ" in globals())
