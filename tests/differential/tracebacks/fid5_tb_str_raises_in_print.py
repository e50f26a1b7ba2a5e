# __str__ raising inside print(), then __repr__ raising inside an f-string !r conversion.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __str__(self):
        if self.kelvin < 0:
            raise ValueError(f"impossible temperature {self.kelvin}")
        return f"{self.kelvin - 273.15:.1f}C"

    def __repr__(self):
        return f"Temperature({self.kelvin!r})"


readings = [Temperature(300), Temperature(273.15), Temperature(-5)]
for t in readings[:2]:
    print(t, repr(t))
try:
    print("bad:", readings[2])
except ValueError as e:
    print("caught", e)
print(f"{readings[1]!r} then {readings[2]}")
