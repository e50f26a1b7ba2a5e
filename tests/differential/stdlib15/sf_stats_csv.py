import csv
import io
import statistics as st
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

RAW = """region,product,units,price,date
North,Widget,12,2.50,2024-01-03
South,Widget,7,2.50,2024-01-04
North,Gadget,3,10.00,2024-01-04
East,"Gizmo, deluxe",1,99.99,2024-01-05
South,Gadget,9,10.00,2024-01-06
West,Widget,20,2.45,2024-01-06
North,Widget,5,2.50,2024-01-07
East,Gadget,4,9.95,2024-01-08
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
print(rows[3])
units = [int(r["units"]) for r in rows]
prices = [float(r["price"]) for r in rows]
print(st.mean(units), st.fmean(units), st.median(units), st.median_low(units), st.median_high(units))
print(st.mode([r["product"] for r in rows]), st.multimode([r["region"] for r in rows]))
print(st.stdev(units), st.pstdev(units), st.variance(units), st.pvariance(units))
print(st.stdev(prices), st.variance(prices, st.mean(prices)))
print(st.quantiles(units), st.quantiles(units, n=10), st.quantiles(units, n=4, method="inclusive"))
print(st.geometric_mean(units), st.harmonic_mean(units), st.harmonic_mean([2.5, 3], weights=[1, 3]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.correlation(units, prices), st.covariance(units, prices))
lr = st.linear_regression(units, prices)
print(lr, lr.slope, lr.intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([Decimal("1"), Decimal("4")]))
print(st.variance([Fraction(1, 2), Fraction(3, 4), 1]), st.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("4")]))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__, st.mean([1.5, 2]))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.zscore(85), nd.overlap(st.NormalDist(110, 10)))
print(nd.quantiles(), nd + 5, nd * 2, nd - st.NormalDist(10, 5))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(nd.samples(3, seed=42))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.variance([1]),
            lambda: st.correlation([1, 2], [3]), lambda: st.harmonic_mean([-1, 2]), lambda: st.quantiles([1]),
            lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
    except ValueError as e:
        print("ValueError:", e)

totals = {}
for r in rows:
    amt = Decimal(r["units"]) * Decimal(r["price"])
    totals[r["region"]] = totals.get(r["region"], Decimal(0)) + amt
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "total", "share"])
grand = sum(totals.values())
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    share = (total / grand * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    w.writerow([region, total.quantize(Decimal("0.01")), f"{share}%"])
w.writerow(["all", grand, "100.0%"])
print(out.getvalue())
o2 = io.StringIO()
dw = csv.DictWriter(o2, fieldnames=["a", "b", "c"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": "x,y", "c": 2.5}, {"a": None, "b": 'say "hi"', "c": ""}])
print(repr(o2.getvalue()))
o3 = io.StringIO()
csv.writer(o3, delimiter=";", quoting=csv.QUOTE_MINIMAL, quotechar="'").writerow(["a;b", "c'd", "e\nf", 3])
print(repr(o3.getvalue()))
o4 = io.StringIO()
csv.writer(o4, quoting=csv.QUOTE_ALL).writerow(["a", 1, None, 2.0])
print(repr(o4.getvalue()))
print(list(csv.reader(['a,"b ""q"" c",d', "  x , y", '"multi', 'line",z'], skipinitialspace=True)))
print(list(csv.reader(["1\t2\t3"], delimiter="\t")))
print(list(csv.reader(['a,"b'], strict=False)))
try:
    dw.writerow({"zz": 1})
except ValueError as e:
    print("ValueError:", e)
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
print(list(r), r.fieldnames, r.line_num)
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header(RAW))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
o5 = io.StringIO()
csv.writer(o5, "pipes").writerow(["a|b", "c"])
print(repr(o5.getvalue()), csv.list_dialects()[-1] if "pipes" in csv.list_dialects() else None)
