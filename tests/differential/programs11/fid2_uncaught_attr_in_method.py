class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self.readings = readings

    def average(self):
        return sum(self.readings) / len(self.readings)

    def report(self):
        return f"{self.name}: avg={self.average():.2f} max={max(self.readings)}"


class Station:
    def __init__(self):
        self.sensors = {}

    def add(self, sensor):
        self.sensors[sensor.name] = sensor
        return self

    def summary(self):
        lines = []
        for name in sorted(self.sensors):
            lines.append(self.sensors[name].report())
        return "\n".join(lines)

    def calibrate(self, name, offset):
        s = self.sensors[name]
        s.readings = [r + offset for r in s.readings]
        return s.readins


st = Station().add(Sensor("temp", [20.5, 21.0, 19.5])).add(Sensor("hum", [40, 42, 45, 41]))
print(st.summary())
try:
    Station().add(Sensor("empty", [])).summary()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    st.calibrate("wind", 1)
except KeyError as e:
    print("KeyError:", e)
print(st.calibrate("temp", 0.5))
