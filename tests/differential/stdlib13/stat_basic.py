import os
import stat

st = os.stat("/")
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
for mode in (0o100644, 0o040755, 0o120777, 0o100755 | stat.S_ISUID, 0o020620, 0o010600, 0o140777, 0o060660):
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)),
          stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), stat.S_ISCHR(mode), stat.S_ISFIFO(mode))
print(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH == 0o644, stat.S_IXUSR, stat.ST_MODE, stat.ST_SIZE)
print(stat.UF_NODUMP, stat.SF_ARCHIVED, stat.FILE_ATTRIBUTE_HIDDEN)
