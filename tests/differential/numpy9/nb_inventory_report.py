# An inventory report: reorder flags, value tables, formatted lines with NumPy scalars.
import numpy as np

skus = ["A100", "B220", "C310", "D405", "E512", "F600"]
stock = np.array([120, 15, 0, 48, 7, 300])
reorder_at = np.array([50, 20, 10, 40, 10, 100])
unit_cost = np.array([2.5, 12.0, 7.25, 3.1, 45.0, 0.8])
daily_use = np.array([10.0, 3.0, 2.0, 4.0, 1.5, 25.0])

value = stock * unit_cost
days_left = np.divide(stock, daily_use)
need = stock <= reorder_at
print("value:", value)
print("total value:", value.sum(), "mean unit cost:", unit_cost.mean())
print("days of stock:", np.round(days_left, 2))
print("reorder flags:", need, "count:", need.sum())
order_qty = np.where(need, np.ceil(daily_use * 30 - stock).astype(int), 0)
print("order quantities:", order_qty)
print("order cost:", np.dot(order_qty, unit_cost))
order = np.argsort(days_left)
print(f"{'sku':<6}{'stock':>7}{'days':>8}{'value':>10}  flag")
for i in order:
    print(f"{skus[i]:<6}{stock[i]:>7}{days_left[i]:>8.1f}{value[i]:>10.2f}  {'REORDER' if need[i] else ''}")
top = np.argmax(value)
print(f"most valuable line: {skus[top]} ({value[top]:.2f}, {value[top] / value.sum():.1%} of total)")
print("stockouts:", [skus[i] for i in np.flatnonzero(stock == 0)])
summary = {"lines": len(skus), "units": stock.sum(), "value": value.sum().round(2), "low": int(need.sum())}
print(summary)
print(tuple(stock[:3]), [float(v) for v in value[:3]])
print("percent of units:", np.round(100 * stock / stock.sum(), 1))
cum = np.cumsum(np.sort(value)[::-1]) / value.sum()
print("ABC cumulative share:", np.round(cum, 3))
abc = np.where(cum <= 0.8, "A", np.where(cum <= 0.95, "B", "C")) if False else None
classes = ["A" if c <= 0.8 else ("B" if c <= 0.95 else "C") for c in cum]
print("ABC classes:", classes)
print(np.array([stock, reorder_at]).T)
print(np.column_stack([stock, np.round(days_left, 1)]))
