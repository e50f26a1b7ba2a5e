"""A grade book: statistics, defaultdict, rounding and letter grades."""
from collections import defaultdict
import statistics

RAW = """\
alice,math,91
bob,math,78
carol,math,85
alice,physics,88
bob,physics,64
carol,physics,95
dave,math,59
dave,physics,71
alice,history,77
bob,history,82.5
carol,history,90
dave,history,49
"""


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


class GradeBook:
    def __init__(self):
        self.by_student = defaultdict(dict)
        self.by_subject = defaultdict(list)

    def record(self, student, subject, score):
        self.by_student[student][subject] = score
        self.by_subject[subject].append(score)

    def average(self, student):
        scores = self.by_student[student].values()
        return sum(scores) / len(scores)

    def ranking(self):
        return sorted(self.by_student, key=lambda s: (-self.average(s), s))

    def subject_stats(self, subject):
        xs = self.by_subject[subject]
        return {
            "mean": statistics.mean(xs),
            "median": statistics.median(xs),
            "stdev": round(statistics.stdev(xs), 3),
            "min": min(xs),
            "max": max(xs),
        }


book = GradeBook()
for line in RAW.splitlines():
    name, subject, score = line.split(",")
    score = float(score) if "." in score else int(score)
    book.record(name.title(), subject, score)

subjects = sorted(book.by_subject)
header = f"{'Student':<8}" + "".join(f"{s[:7]:>9}" for s in subjects) + f"{'Avg':>8} Grade"
print(header)
print("=" * len(header))
for student in book.ranking():
    row = book.by_student[student]
    cells = "".join(f"{row.get(s, '-'):>9}" for s in subjects)
    avg = book.average(student)
    print(f"{student:<8}{cells}{avg:>8.2f} {letter(avg):^5}")
print()

for subject in subjects:
    st = book.subject_stats(subject)
    print(subject, st)

dist = defaultdict(int)
for student, row in book.by_student.items():
    for subject, score in row.items():
        dist[letter(score)] += 1
print(dict(sorted(dist.items())))
print("honor roll:", [s for s in book.ranking() if book.average(s) >= 85])
print("averages:", {s: round(book.average(s), 1) for s in sorted(book.by_student)})
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 10]), statistics.mode("aabbbc"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(84.16666, 1))
print(f"{82.5:.0f} {83.5:.0f} {1e-7:.3g} {123456789.0:.3e} {0.1 + 0.2}")
