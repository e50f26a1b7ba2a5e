# statistics: mean/fmean of ints and floats, median variants, mode/multimode, stdev/pvariance,
# quantiles, harmonic/geometric mean, errors on empty data.
import statistics as st
from fractions import Fraction

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mean([1.5, 2.5, 3.0]), st.mean([1, 2]), type(st.mean([1, 2, 3])).__name__, st.median([3, 1, 2]))
print(st.mode(data), st.mode("abracadabra"), st.multimode("aabbc"), st.multimode([]))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([Fraction(1, 4), Fraction(5, 4)]))
print(st.quantiles(data, n=4), st.quantiles(range(1, 11), n=10), st.quantiles([1, 2, 3, 4], method="inclusive"))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
for fn, arg in [(st.mean, []), (st.median, []), (st.stdev, [1]), (st.mode, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([True, False, True]) if False else "skip")
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 12), st.linear_regression([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 3, 2]))
