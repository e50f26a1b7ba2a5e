class Config:
    name = "cfg"
    size = int("ten")


print(Config)
