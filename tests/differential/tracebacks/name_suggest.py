def main():
    values = [1, 2, 3]
    return sum(valeus)


main()
