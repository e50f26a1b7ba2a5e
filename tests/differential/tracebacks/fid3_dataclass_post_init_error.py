from dataclasses import dataclass, field


@dataclass
class Line:
    sku: str
    qty: int
    unit_price: float
    total: float = field(init=False)

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.sku}: {self.qty}")
        self.total = round(self.qty * self.unit_price, 2)


lines = [("pen", 3, 1.2), ("ink", 1, 7.5), ("pad", -2, 3.0)]
invoice = []
for spec in lines:
    invoice.append(Line(*spec))
    print(invoice[-1])
