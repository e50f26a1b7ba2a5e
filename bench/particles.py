# OO method calls: particles with methods, properties and a small class hierarchy.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.norm2 > 100.0:
            self.vel = self.vel.scale(-1.0)


class Heavy(Particle):
    def step(self, dt):
        super().step(dt * 0.5)


ps = [Particle(Vec(i * 0.1, -i * 0.05), Vec(0.3, 0.7)) if i % 3 else Heavy(Vec(0.0, 0.0), Vec(1.0, -0.5)) for i in range(300)]
for t in range(600):
    for p in ps:
        p.step(0.01)
print("particles", round(sum(p.pos.norm2 for p in ps), 6))
